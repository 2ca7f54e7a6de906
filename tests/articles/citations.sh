#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Each article's citations against its reference list: every "Author [et
# al.] (Year)" of the prose is listed under References, every reference is
# cited, and each reference line is one of references.txt for the article's
# language ("et al." / "et coll.", the journal's full name).
. "$top_srcdir/tests/lib.sh"
LC_ALL=C.UTF-8
export LC_ALL
CANON=$top_srcdir/tests/articles/references.txt

# A citation: a capitalised surname, then "et al.", "et coll." or ", Two &
# Three" (", Two et Three"), then the year, in brackets or after a comma.
CITE='[A-Z][a-z]+( et al\.| et coll\.|, [A-Z][a-z]+ (&|et) [A-Z][a-z]+)?,? \(?(19|20)[0-9]{2}'

# citations FILE: the citations of FILE's prose as "Author (Year)", one a line.
citations() {
	grep -o -E "$CITE" "$1" | sed -E 's/,? \(?([0-9]{4})$/ (\1)/' | sort -u
}

# split ARTICLE: $T/prose (the body before References) and $T/refs (the
# reference lines after it).
split() {
	awk -v prose="$T/prose" -v refs="$T/refs" '
		fm < 2 { if ($0 == "+++") fm++; next }
		/^## (References|Références)[[:space:]]*$/ { inrefs = 1; next }
		inrefs && /^- / { print > refs; next }
		!inrefs { print > prose }
	' "$1"
	touch "$T/prose" "$T/refs"
}

# The extraction itself, on a made-up paragraph.
printf 'As Guo et al. (2017) found, and (Cheung, Hume & Maxwell, 2003) and Dupuy et coll., 2018 too.\n' >"$T/sample"
is "$(citations "$T/sample" | tr '\n' '|')" \
	"Cheung, Hume & Maxwell (2003)|Dupuy et coll. (2018)|Guo et al. (2017)|" \
	"citations are read in their three forms"

for lang in en fr; do
	sed -n "/^\[$lang\]$/,/^\[/p" "$CANON" | grep '^- ' >"$T/canon.$lang"
	ok "$([ "$(wc -l <"$T/canon.$lang")" -ge 9 ]; echo $?)" "$lang: the reference lines are known"
	for f in "$top_srcdir"/data/articles/$lang/*.md; do
		name=${f#"$top_srcdir"/}
		rm -f "$T/prose" "$T/refs"
		split "$f"
		problems=
		# Every citation is in the list, with the same authors and year.
		for c in $(citations "$T/prose" | tr ' ' '~'); do
			c=$(printf '%s' "$c" | tr '~' ' ')
			grep -q -F -- "- $c," "$T/refs" ||
				problems="$problems cited but not listed: $c;"
		done
		# Every reference is cited, once in the list, and in its canonical form.
		while IFS= read -r ref; do
			key=$(printf '%s\n' "$ref" | sed -E 's/^- (.*\([0-9]{4}\)),.*/\1/')
			citations "$T/prose" | grep -q -x -F -- "$key" ||
				problems="$problems listed but not cited: $key;"
			grep -q -x -F -- "$ref" "$T/canon.$lang" ||
				problems="$problems not a reference line of references.txt: $ref;"
		done <"$T/refs"
		dups=$(sort "$T/refs" | uniq -d)
		[ -z "$dups" ] || problems="$problems listed twice: $dups;"
		# A year in the prose that is not part of a citation is a citation
		# in a form nobody can check.
		years=$(grep -o -E '(19|20)[0-9]{2}' "$T/prose" | wc -l)
		cites=$(grep -o -E "$CITE" "$T/prose" | wc -l)
		[ "$years" -eq "$cites" ] ||
			problems="$problems $((years - cites)) year(s) outside a citation;"
		if [ -z "$problems" ]; then
			ok 0 "$name: citations and references agree"
		else
			ok 1 "$name: citations and references agree"
			printf '#  %s\n' "$problems"
		fi
	done
done

done_testing

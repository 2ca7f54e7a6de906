#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Every article, in both languages, read at 80 columns (and at 78, the
# width of the TUI's reader) through `knead read`, in C.UTF-8 and in
# fr_CA.UTF-8: no line wider than the screen, no Markdown or front matter
# left in the text, the title first and underlined, and a title short enough
# for the reader's header.
. "$top_srcdir/tests/lib.sh"
ARTICLES=$top_srcdir/data/articles
TITLE_MAX=76

frloc=$(locale -a 2>/dev/null | grep -i '^fr_CA' | grep -i 'utf' | head -n 1)

# read_as LOCALE-VARS WIDTH SLUG: knead read, setting $out and $rc.
read_as() {
	# shellcheck disable=SC2086 # the assignments are split on purpose
	out=$(env $1 COLUMNS=$2 "$KNEAD" --db "$DB" read "$3" 2>"$T/stderr")
	rc=$?
}

# fault WIDTH TITLE: what is wrong with $out, or nothing.
fault() {
	f=
	[ "$rc" -eq 0 ] || f="$f exit $rc: $(cat "$T/stderr");"
	[ ! -s "$T/stderr" ] || f="$f stderr: $(cat "$T/stderr");"
	wide=$(printf '%s\n' "$out" | LC_ALL=C.UTF-8 wc -L)
	[ "$wide" -le "$1" ] || f="$f a line is $wide columns wide;"
	printf '%s\n' "$out" | iconv -f UTF-8 -t UTF-8 >/dev/null 2>&1 || f="$f invalid UTF-8;"
	[ "$(printf '%s\n' "$out" | head -n 1)" = "$2" ] || f="$f the first line is not the title;"
	printf '%s\n' "$out" | sed -n 2p | grep -Eq '^=+$' || f="$f the title is not underlined;"
	leak=$(printf '%s\n' "$out" |
		grep -n -E '^#|\*|`|\+\+\+|^(slug|title|regions|topics|phases) =|\]\(|&[a-z]+;|&#|<https?:|\\[^ ]' |
		head -n 3 | tr '\n' '|')
	[ -z "$leak" ] || f="$f markup left: $leak"
	printf '%s' "$f"
}

for lang in en fr; do
	if [ "$lang" = fr ]; then
		if [ -n "$frloc" ]; then
			envs="LANGUAGE= LC_ALL=$frloc|LANGUAGE=fr LC_ALL=C.UTF-8"
		else
			envs="LANGUAGE=fr LC_ALL=C.UTF-8"
			skip "no fr_CA locale installed" "fr: read in fr_CA.UTF-8"
		fi
	else
		envs="LANGUAGE= LC_ALL=C.UTF-8"
	fi
	for f in "$ARTICLES/$lang"/*.md; do
		slug=$(basename "$f" .md)
		title=$(sed -n 's/^title = //p' "$f")
		tw=$(printf '%s\n' "$title" | LC_ALL=C.UTF-8 wc -L)
		ok "$([ "$tw" -le $TITLE_MAX ]; echo $?)" \
			"$lang/$slug: the title fits the reader's header ($tw <= $TITLE_MAX)"
		problems=
		old_ifs=$IFS
		IFS='|'
		for e in $envs; do
			IFS=$old_ifs
			for width in 80 78; do
				read_as "$e" $width "$slug"
				p=$(fault $width "$title")
				[ -z "$p" ] || problems="$problems [$e, $width]$p"
			done
		done
		IFS=$old_ifs
		if [ -z "$problems" ]; then
			ok 0 "$lang/$slug: read at 80 and 78 columns without a fault"
		else
			ok 1 "$lang/$slug: read at 80 and 78 columns without a fault"
			printf '#  %s\n' "$problems"
		fi
	done
done

# The check itself: a line too wide and a Markdown leak are caught.
out=$(printf 'Title\n=====\n%081d\n**bold**\n' 0)
rc=0
: >"$T/stderr"
like "$(fault 80 Title)" "81 columns.*markup left" "a wide line and left markup are faults"

done_testing

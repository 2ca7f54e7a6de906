#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The phrasings of forbidden-phrases.txt appear in no article (English or
# French), no msgid or msgstr of po/fr.po, and no string of tui/core/*.c.
. "$top_srcdir/tests/lib.sh"
LC_ALL=C.UTF-8
export LC_ALL
PHRASES=$top_srcdir/tests/articles/forbidden-phrases.txt

grep -v -e '^#' -e '^[[:space:]]*$' "$PHRASES" >"$T/phrases"
ok "$([ "$(wc -l <"$T/phrases")" -ge 40 ]; echo $?)" "the list holds the phrases ($(wc -l <"$T/phrases"))"

# normalise: one line of text, emphasis marks and hard spaces gone, curly
# apostrophes straight, runs of blanks as one space.
normalise() {
	tr '\n\t' '  ' | sed -e "s/’/'/g" -e 's/ / /g' -e 's/ / /g' -e 's/[*_]//g' \
		-e 's/  */ /g'
}

# check NAME: the lines of $T/text (each a whole text) hold no phrase.
check() {
	hits=$(grep -i -o -F -f "$T/phrases" "$T/text" | sort -u | tr '\n' '|')
	if [ -z "$hits" ]; then
		ok 0 "$1"
	else
		ok 1 "$1"
		printf '#   found: %s\n' "$hits"
	fi
}

# The check itself catches a phrase across a line break, in another case,
# inside emphasis.
printf 'Around the race your body needs *Stability, not\nfresh* stimulation.\n' | normalise >"$T/text"
ok "$(grep -i -q -F -f "$T/phrases" "$T/text"; echo $?)" "a planted phrase is found"
printf 'Le corps a besoin de STABILITÉ, pas d’une nouvelle\nstimulation.\n' | normalise >"$T/text"
ok "$(grep -i -q -F -f "$T/phrases" "$T/text"; echo $?)" "in French too, whatever the case"

for f in "$top_srcdir"/data/articles/en/*.md "$top_srcdir"/data/articles/fr/*.md; do
	normalise <"$f" >"$T/text"
	check "${f#"$top_srcdir"/}"
done

# Each msgid and msgstr on one line, so a phrase is never cut by wrapping.
if command -v msgcat >/dev/null && command -v xgettext >/dev/null; then
	msgcat --no-wrap "$top_srcdir/po/fr.po" | grep -E '^(msgid|msgstr)' >"$T/text"
	check "po/fr.po"
	xgettext -a --no-wrap --no-location --from-code=UTF-8 -o "$T/core.pot" \
		"$top_srcdir"/tui/core/*.c "$top_srcdir"/tui/core/*/*.c 2>/dev/null
	grep -E '^msgid' "$T/core.pot" >"$T/text"
	ok "$([ "$(wc -l <"$T/text")" -gt 100 ]; echo $?)" "the strings of tui/core/*.c are read"
	check "the strings of tui/core/*.c"
else
	ok 1 "msgcat and xgettext (gettext) are needed to read po/fr.po and the sources"
fi

done_testing

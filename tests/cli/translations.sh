#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# fr.po is complete: every string the sources mark, extracted afresh from
# po/POTFILES.in, has its French translation, none fuzzy, and msgfmt
# --check accepts the file (printf formats that agree, plural forms).
. "$top_srcdir/tests/lib.sh"

for tool in xgettext msgmerge msgfmt msgattrib; do
	if ! command -v "$tool" >/dev/null 2>&1; then
		echo "1..0 # SKIP $tool is not installed"
		exit 0
	fi
done

opts=$(sed -n 's/^XGETTEXT_OPTIONS = //p' "$top_srcdir/po/Makevars")
# shellcheck disable=SC2086 # the options are split on purpose
(cd "$top_srcdir" && xgettext $opts -D . -f po/POTFILES.in -o "$T/knead.pot" 2>"$T/xgettext.err")
is "$?" 0 "the strings of po/POTFILES.in are extracted"
msgmerge --quiet --no-location "$top_srcdir/po/fr.po" "$T/knead.pot" -o "$T/fr.po"
stats=$(msgfmt --check --statistics -o /dev/null "$T/fr.po" 2>&1)
is "$?" 0 "msgfmt --check accepts fr.po"
like "$stats" "^[0-9]+ translated messages?\.$" "every string translated, none fuzzy ($stats)"
missing=$(msgattrib --untranslated --no-obsolete "$T/fr.po" | sed -n 's/^msgid "\(..*\)"$/\1/p')
is "$missing" "" "no string left without its French"
fuzzy=$(msgattrib --only-fuzzy --no-obsolete "$T/fr.po" | sed -n 's/^msgid "\(..*\)"$/\1/p')
is "$fuzzy" "" "no French translation only guessed (fuzzy)"

done_testing

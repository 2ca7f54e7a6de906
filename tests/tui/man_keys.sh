#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The manual's keys are the key table's: the block between the KEYS markers
# of data/knead.1 is exactly what tui/ui/keys_man writes from it (run
# `make update-man-keys` after changing a key), and the section explains
# the screens and the body map.
. "$top_srcdir/tests/lib.sh"

GEN=${top_builddir:-.}/tui/ui/keys_man
MAN=$top_srcdir/data/knead.1

"$GEN" >"$T/generated"
ok $? "the generator runs"
sed -n '/^\.\\" BEGIN KEYS/,/^\.\\" END KEYS/p' "$MAN" | sed '1d;$d' >"$T/in-manual"
if cmp -s "$T/generated" "$T/in-manual"; then
	ok 0 "the manual lists the keys exactly as the key table has them"
else
	ok 1 "the manual lists the keys exactly as the key table has them (make update-man-keys)"
	diff "$T/in-manual" "$T/generated" | sed 's/^/# /' | head -n 20
fi
for place in "Today" "Check\\\\-in: the body map" "History: the lists" "Races" "Reading an article"; do
	grep -q "^\.SS $place\$" "$T/generated"
	ok $? "the keys of \"$place\" have their own subsection"
done
like "$(grep -A1 '^\.B \^S' "$T/generated" | head -n 2 | tail -n 1)" "^Save$" "Ctrl-S saves, as the table says"

man=$(sed -n '/^\.SH THE INTERFACE/,/^\.SH FILES/p' "$MAN")
like "$man" "^\.B Today" "the section names the screens"
like "$man" "The body map" "and explains the body map"
like "$man" "sharp or sudden pain" "its marks"
if command -v groff >/dev/null 2>&1; then
	warnings=$(groff -man -Tutf8 -ww -z "$MAN" 2>&1)
	is "$warnings" "" "groff reads the manual without a warning"
else
	skip "groff is not installed" "groff reads the manual without a warning"
fi

done_testing

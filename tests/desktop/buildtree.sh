#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# tests/desktop/buildtree.sh - ./knead as built speaks the user's language
# (the build tree's catalogues, no KNEAD_LOCALEDIR), opens the screen
# --screen names, and shows articles in the language of its messages.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux.sh"
. "$top_srcdir/tests/french-lib.sh"

# The binary of this build tree itself, not a wrapper: where it runs from
# is what is under test.
KNEAD=$top_builddir/knead
unset KNEAD_LOCALEDIR KNEAD_DATADIR
LOCALE_ENV="LC_ALL=fr_CA.UTF-8 LANGUAGE=${LOCPATH:+ LOCPATH=$LOCPATH}"

out=$(env $LOCALE_ENV "$KNEAD" --help)
like "$out" "^Syntaxe" "--help in French from the build tree, without KNEAD_LOCALEDIR"

tui_start 100 30 $LOCALE_ENV
wait_for "Aujourd'hui"
ok $? "the interface is in French from the build tree"
like "$(screen)" "Quitter" "its hint bar too"
keys q
wait_exit
is "$status" 0 "knead exits cleanly"

tui_start 100 30 $LOCALE_ENV -- --screen checkin
wait_for "Massage reçu aujourd'hui"
ok $? "--screen checkin opens on the check-in"
keys Escape
wait_for "Aujourd'hui"
keys q
wait_exit
is "$status" 0 "and quits from there"

# On a terminal (without one, --demo is refused before anything else).
tui_start 100 30 -- --demo --screen nowhere
wait_exit
is "$status" 2 "an unknown --screen is a usage error"
like "$(cat "$T/tui-stderr")" '"nowhere" is not a screen \(expected today, checkin' \
	"  naming it and what was expected"

# The articles follow the messages: gettext ignores LANGUAGE in the C
# locale, so both are English; in C.UTF-8 it honours it, so both French.
run articles
list_en=$out
out=$(env LANGUAGE=fr LC_ALL=C "$KNEAD" --db "$DB" articles --help | head -n 1)
like "$out" "^Usage" "LANGUAGE=fr LC_ALL=C: the messages are English"
out=$(env LANGUAGE=fr LC_ALL=C "$KNEAD" --db "$DB" articles)
is "$out" "$list_en" "  and so are the articles"
out=$(env LANGUAGE=fr LC_ALL=C.UTF-8 "$KNEAD" --db "$DB" articles --help | head -n 1)
like "$out" "^(Syntaxe|Utilisation)" "LANGUAGE=fr LC_ALL=C.UTF-8: the messages are French"
out=$(env LANGUAGE=fr LC_ALL=C.UTF-8 "$KNEAD" --db "$DB" articles)
like "$out" "Souplesse et force" "  and so are the articles"

done_testing

#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Empty lists say what to press; an edit saved unchanged says so and
# writes nothing.  In English and French.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux.sh"
. "$top_srcdir/tests/french-lib.sh"

tui_start 80 24
wait_for "Phase"
keys 3
wait_for "Runs (0)"
like "$(screen)" "No runs yet: press a to add one" "an empty list of runs says what to press"
keys Tab
wait_for "No soreness yet: press a"
ok $? "an empty soreness list too"
keys Tab
wait_for "No massages yet: press a"
ok $? "and the massages"
keys Tab Tab
wait_for "No soreness logged in that time: check in (2)"
ok $? "empty trends say where soreness comes from"
keys 4
wait_for "Nothing yet: press a to add your next race."
ok $? "the Races screen says to press a"
keys q
wait_exit

"$KNEAD" --db "$DB" --now "$NOW" log run 8km 45:00 --date -1d --note "canal" >/dev/null
"$KNEAD" --db "$DB" --now "$NOW" race add 2026-12-14 "Demi de Montréal" 21.1km --priority A >/dev/null
before=$(db_sum)
tui_start 80 24
wait_for "Phase"
keys 3
wait_for "Runs (1)"
keys e
wait_for "Edit run"
keys F2
wait_for "Nothing changed."
ok $? "saving an unchanged run says Nothing changed"
keys 4
wait_for "Demi de Montréal"
keys e
wait_for "Edit race"
keys C-s
wait_for "Nothing changed."
ok $? "and an unchanged race"
keys q
wait_exit
is "$(db_sum)" "$before" "nothing was written"

rm -f "$DB" "$DB-wal" "$DB-shm"
tui_start 80 24 $FRENCH
wait_for "Aujourd'hui"
keys 3
wait_for "Aucune sortie encore : appuyez sur a"
ok $? "French: an empty list says what to press"
keys 4
wait_for "Rien encore : appuyez sur a pour ajouter votre prochaine course."
ok $? "French: the Races screen too"
keys q
wait_exit
"$KNEAD" --db "$DB" --now "$NOW" log run 8km 45:00 --date -1d >/dev/null
tui_start 80 24 $FRENCH
wait_for "Aujourd'hui"
keys 3 e
wait_for "Modifier"
keys F2
wait_for "Rien n'a changé."
ok $? "French: Nothing changed"
keys q
wait_exit

done_testing

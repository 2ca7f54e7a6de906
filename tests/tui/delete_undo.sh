#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Deleting asks first, can be undone until the screen is left.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux.sh"

"$KNEAD" --db "$DB" --now "$NOW" log run 8km 45:00 --date -2d --note first >/dev/null
"$KNEAD" --db "$DB" --now "$NOW" log run 12km 1:05:00 --date yesterday --note second >/dev/null
runs() { sql "SELECT group_concat(note, ',') FROM (SELECT note FROM runs ORDER BY start)"; }
second_id=$(sql "SELECT id FROM runs WHERE note = 'second'")

tui_start 80 24
wait_for "Phase"
keys 3
wait_for "Runs (2)"
ok $? "History lists the two runs"

keys d
wait_for "Delete the run of 2026-11-22, 12.00 km? (y/n)"
ok $? "d asks about the newest run (selected first)"
keys n
wait_gone "(y/n)"
is "$(runs)" "first,second" "n keeps it"

keys d y
wait_for "Runs (1)"
ok $? "y deletes it"
is "$(runs)" "first" "the database no longer holds it"
wait_for "Press u to undo"
ok $? "the screen says it can be undone"

keys u
wait_for "Runs (2)"
ok $? "u puts it back"
is "$(runs)" "first,second" "the database holds it again"
is "$(sql "SELECT id FROM runs WHERE note = 'second'")" "$second_id" "under the id it had (knead list shows the same)"

keys j d y
wait_for "Runs (1)"
is "$(runs)" "second" "the older run is deleted after moving down"
keys 1 3
wait_for "Runs (1)"
keys u
wait_for "Nothing to undo."
ok $? "leaving the screen makes the deletion final"
is "$(runs)" "second" "and the run stays deleted"

# Soreness list: delete and undo there too.
"$KNEAD" --db "$DB" --now "$NOW" log sore calf:right 4 >/dev/null
keys Tab
wait_for "Soreness (1)"
keys d
wait_for "Delete the soreness entry of 2026-11-23, right calf 4/10? (y/n)"
ok $? "the question names the soreness entry"
keys y u
wait_for "Put back."
is "$(sql "SELECT region, side, level FROM soreness")" "calf|right|4" "the entry is back"

keys e
wait_for "Edit soreness entry"
keys Tab Tab C-u
type_text "2"
keys F2
wait_for "Saved."
is "$(sql "SELECT region, side, level FROM soreness")" "calf|right|2" "editing changes the level"
keys q
wait_exit
is "$status" 0 "knead exits cleanly"

done_testing

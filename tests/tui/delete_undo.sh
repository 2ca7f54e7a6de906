#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Deleting asks first, and can be undone, several levels deep, for the
# whole session (leaving History keeps them).
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
wait_for "Runs (2)"
ok $? "leaving the screen keeps the deletion undoable (for the session)"
is "$(runs)" "first,second" "and u puts the run back after coming back"

# Several levels: two deletions, undone newest first.
keys d y
wait_for "Runs (1)"
keys d y
wait_for "Runs (0)"
wait_for "Deleted. Press u to undo."
keys g
wait_for "2 deletions can be undone with u."
ok $? "the screen counts the deletions that can be undone"
keys u
wait_for "Runs (1)"
is "$(runs)" "first" "the first u puts back the last deletion"
keys u
wait_for "Runs (2)"
is "$(runs)" "first,second" "the second u the one before"
keys u
wait_for "Nothing to undo."
ok $? "then there is nothing left to undo"

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

#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Deleting asks first; u undoes the last change and U redoes it, several
# levels deep, with the command line's changes in the same journal: u
# reaches a knead log, knead undo a deletion made here, and both say what
# they undid in words.
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
wait_for "Delete the run of Sun 22 Nov, 12.00 km? (y/n)"
ok $? "d asks about the newest run (selected first), in words"
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
wait_for "Undone: put back the run of Sun 22 Nov, 12.00 km."
ok $? "and says what it undid, in words"
is "$(runs)" "first,second" "the database holds it again"
is "$(sql "SELECT id FROM runs WHERE note = 'second'")" "$second_id" "under the id it had (knead list shows the same)"

keys j d y
wait_for "Runs (1)"
is "$(runs)" "second" "the older run is deleted after moving down"
keys 1 3
wait_for "Runs (1)"
keys u
wait_for "Runs (2)"
ok $? "leaving the screen keeps the deletion undoable"
is "$(runs)" "first,second" "and u puts the run back after coming back"

# Several levels: two deletions, undone newest first, then redone.
keys d y
wait_for "Runs (1)"
keys d y
wait_for "Runs (0)"
keys u
wait_for "Runs (1)"
is "$(runs)" "first" "the first u puts back the last deletion"
keys u
wait_for "Runs (2)"
is "$(runs)" "first,second" "the second u the one before"
keys U
wait_for "Redone: removed the run of Sun 22 Nov, 12.00 km."
ok $? "U redoes the deletion undone last, and says so"
wait_for "Runs (1)"
is "$(runs)" "first" "the database follows"
keys U
wait_for "Runs (0)"
keys U
wait_for "Nothing to redo."
ok $? "then there is nothing left to redo"
keys u u
wait_for "Runs (2)"

# One journal: u goes on to the command line's knead log.
keys u
wait_for "Undone: removed the run of Sun 22 Nov, 12.00 km."
ok $? "u reaches the knead log made before, and says what it removed"
is "$(runs)" "first" "the logged run is gone"
keys U
wait_for "Runs (2)"
is "$(runs)" "first,second" "U logs it again"

# ... and knead undo reaches a deletion made here.
keys d y
wait_for "Runs (1)"
run --now "$NOW" undo
is "$out" "Undid a change made in the interface:
  put back the run of Sun 22 Nov, 12.00 km (runs $second_id)" \
	"knead undo takes back the deletion made in the interface, in words"
is "$(runs)" "first,second" "the run is back"

# Soreness list: delete and undo there too.
"$KNEAD" --db "$DB" --now "$NOW" log sore calf:right 4 >/dev/null
keys Tab
wait_for "Soreness (1)"
keys d
wait_for "Delete the soreness of Mon 23 Nov, right calf 4/10? (y/n)"
ok $? "the question names the soreness entry"
keys y u
wait_for "Undone: put back the soreness of Mon 23 Nov, right calf 4/10."
is "$(sql "SELECT region, side, level FROM soreness")" "calf|right|4" "the entry is back"

keys e
wait_for "Edit soreness entry"
keys Tab Tab C-u
type_text "2"
keys F2
wait_for "Saved."
is "$(sql "SELECT region, side, level FROM soreness")" "calf|right|2" "editing changes the level"
run --now "$NOW" undo
like "$out" "changed back to the soreness of Mon 23 Nov, right calf 4/10" \
	"a form's save is journalled: knead undo takes it back"
is "$(sql "SELECT level FROM soreness")" 4 "the level is as it was"
keys q
wait_exit
is "$status" 0 "knead exits cleanly"

done_testing

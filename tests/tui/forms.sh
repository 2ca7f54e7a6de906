#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The forms of History save each kind of entry as typed, through the same
# door as knead log: a run made impossible is refused in the form, and
# every save is journalled, so that knead undo takes it back in words.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux.sh"

tui_start 100 30
wait_for "Phase"
keys 3
wait_for "Runs (0)"

# A run: When is filled in with now; the distance and duration typed.
keys a
wait_for "New run"
keys Tab
type_text "7km"
keys Tab
type_text "35:00"
keys F2
wait_for "Saved."
ok $? "the run form saves"
wait_for "Runs (1)"
is "$(sql "SELECT distance_m || ' ' || duration_s || ' ' || kind || ' ' || source FROM runs")" \
	"7000.0 2100.0 easy manual" "the run as typed, logged by hand"

# Edited into an impossible run: refused in the form, nothing written.
sum=$(db_sum)
keys e
wait_for "Edit run"
keys Tab Tab C-u
type_text "0:01"
keys F2
wait_for "faster than anyone runs"
ok $? "an edit that makes the run impossible is refused, as knead log refuses it"
is "$(db_sum)" "$sum" "and writes nothing"
keys Escape
wait_gone "Edit run"
ok $? "Escape leaves the form"

# A massage, its regions separated by a semicolon as the command line
# takes them too.
keys Tab Tab
wait_for "Massages (0)"
keys a
wait_for "New massage"
keys Tab Tab
type_text "calf:left; quad:right"
keys Tab
type_text "Julie"
keys F2
wait_for "Massages (1)"
ok $? "the massage form saves"
is "$(sql "SELECT m.kind || ' ' || m.therapist || ' ' || group_concat(r.region || ':' || r.side)
	FROM massages m JOIN massage_regions r ON r.massage_id = m.id")" \
	"sports Julie calf:left,quad:right" "the massage as typed, with its regions"

# A race ahead, priority A.
keys Tab
wait_for "Races (0)"
keys a
wait_for "New race"
type_text "2027-05-30"
keys Tab
type_text "Demi de Montréal"
keys Tab
type_text "21.1km"
keys Tab C-u
type_text "A"
keys F2
wait_for "Races (1)"
ok $? "the race form saves"
is "$(sql "SELECT date || ' ' || name || ' ' || distance_m || ' ' || priority FROM races")" \
	"2027-05-30 Demi de Montréal 21100.0 A" "the race as typed"
keys q
wait_exit
is "$status" 0 "knead exits cleanly"

# Every save went through the journal: knead undo takes them back, newest first.
run --now "$NOW" undo
is "$out" "Undid a change made in the interface:
  removed the race Demi de Montréal of Sun 30 May, 21.10 km (races 1)" "the race save is undone, in words"
run --now "$NOW" undo
like "$out" "removed the massage of Mon 23 Nov, sports massage" "then the massage"
run --now "$NOW" undo
like "$out" "removed the run of Mon 23 Nov, 7.00 km" "then the run"
is "$(sql "SELECT (SELECT count(*) FROM runs) + (SELECT count(*) FROM massages) + (SELECT count(*) FROM races)")" \
	0 "and nothing is left"

done_testing

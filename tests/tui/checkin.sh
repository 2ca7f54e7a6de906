#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The daily check-in by keyboard only: a run and two sore regions, then a
# massage; the database holds exactly what was typed.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux.sh"

tui_start 80 24
wait_for "You have not checked in today"
ok $? "Today says the runner has not checked in"

keys c
wait_for "Massage received today"
ok $? "c opens the check-in"

type_text "10.5km"
keys Tab
type_text "52:30"
keys Tab 6 Tab t Tab
type_text "Lachine Canal, été"
keys Tab
wait_for "Right hip flexor: 0/10"
ok $? "Tab after the run's fields reaches the body map"

# From the right hip flexor (front): down to the right quadriceps, set 4;
# right to the left quadriceps, set 3.
keys Down 4 Right 3
wait_for "To save: right quadriceps 4, left"
ok $? "the levels set on the map are listed"
keys F2
wait_for "Check-in saved: run 10.50 km, 2 sore regions."
ok $? "F2 saves and says what was saved"
wait_gone "You have not checked in today"
ok $? "the banner is gone after the check-in"
keys q
wait_exit
is "$status" 0 "q quits with status 0"

is "$(sql "SELECT start, distance_m, duration_s, kind, rpe, avg_hr IS NULL, note, source FROM runs")" \
	"2026-11-23T08:00:00|10500.0|3150.0|tempo|6|1|Lachine Canal, été|manual" \
	"the run is stored exactly as typed"
is "$(sql "SELECT time, region, side, level FROM soreness ORDER BY region DESC, side")" \
	"2026-11-23T08:00:00|quad|left|3
2026-11-23T08:00:00|quad|right|4" "exactly the two sore regions are stored"
is "$(sql "SELECT count(*) FROM massages")" 0 "no massage was stored"

# A second check-in: soreness only (back of the body) and a massage.
tui_start 80 24
wait_for "Phase"
keys c
wait_for "Massage received today"
keys Tab Tab Tab Tab Tab
# From the right hip flexor: across the front (left hip flexor, left IT
# band), then to the back figure: left piriformis; down to the left calf.
keys Right Right Right
wait_for "Left piriformis"
ok $? "moving right crosses from the front figure to the back one"
keys Down Down 5 Tab
keys Right
wait_for "◂ sports massage ▸"
ok $? "the massage kind is chosen with the arrow keys"
keys Tab
type_text "calf:left, it-band:right"
keys Tab
type_text "Julie"
keys F2
wait_for "Check-in saved: 1 sore region, sports massage."
ok $? "soreness and massage save together"
keys q
wait_exit
is "$(sql "SELECT region, side, level FROM soreness WHERE id > 2")" "calf|left|5" \
	"the back of the body maps to the runner's left side"
is "$(sql "SELECT date, kind, therapist FROM massages")" "2026-11-23|sports|Julie" \
	"the massage is stored"
is "$(sql "SELECT group_concat(region || ':' || side, ',') FROM (SELECT * FROM massage_regions ORDER BY region)")" \
	"calf:left,it-band:right" "with its regions"
is "$(sql "SELECT count(*) FROM runs")" 1 "no run was added by the second check-in"

done_testing

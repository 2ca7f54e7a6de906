#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# knead edit --move-day FROM TO: a check-in logged on the wrong day moves
# whole (runs, soreness, massages), each keeping its time, in one
# transaction that knead undo takes back; a bad day changes nothing.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/french-lib.sh"
NOW=2026-11-23T18:30

k() { run --now $NOW "$@"; }

k log run 10km 52:30 --date 2026-11-21T07:15
k log sore calf:left 4 knee:right 2 --date 2026-11-21T20:40
k log massage sports --date 2026-11-21
k log run 5km 30:00 --date 2026-11-20T18:00

k edit --move-day 2026-11-21 yesterday
is "$rc" 0 "edit --move-day succeeds"
is "$(joined "$out")" "Moved the check-in of 2026-11-21 to 2026-11-22: 1 run, 2 soreness entries, 1 massage." \
	"it says what it moved, in words"
is "$(sql "SELECT start FROM runs ORDER BY id")" "2026-11-22T07:15:00
2026-11-20T18:00:00" "the run keeps its time; the other day's run stays"
is "$(sql "SELECT DISTINCT time FROM soreness")" "2026-11-22T20:40:00" "the soreness keeps its time"
is "$(sql "SELECT date FROM massages")" "2026-11-22" "the massage moves too"

k undo
is "$rc" 0 "knead undo takes the move back"
is "$(sql "SELECT start FROM runs WHERE id = 1") $(sql "SELECT DISTINCT time FROM soreness") $(sql "SELECT date FROM massages")" \
	"2026-11-21T07:15:00 2026-11-21T20:40:00 2026-11-21" "whole: every entry is on its first day again"

sum=$(db_sum)
k edit --move-day 2026-11-19 2026-11-22
is "$rc" 2 "a day with nothing logged: exit 2"
like "$err" "nothing is logged on 2026-11-19" "naming the day"
k edit --move-day 2026-11-21 tomorrow
is "$rc" 2 "a day after today: exit 2"
like "$err" "2026-11-24 is after today" "naming the day"
k edit --move-day 2026-11-21 2026-11-21
is "$rc" 2 "the same day: exit 2"
k edit --move-day 2026-11-21
is "$rc" 2 "one day only: exit 2"
like "$err" "usage: knead edit --move-day FROM TO" "with the usage"
k edit --move-day 2026-11-21 someday
is "$rc" 2 "a value that is no day: exit 2"
like "$err" '"someday"' "naming it"
is "$(db_sum)" "$sum" "none of them changed anything"

fr edit --move-day 2026-11-21 2026-11-22
is "$rc" 0 "French: the move succeeds"
like "$(joined "$out")" "^Bilan du 2026-11-21 déplacé au 2026-11-22 : 1 sortie, 2 entrées de douleur, 1 massage\.$" \
	"French: it says so in French"
fr edit --move-day 2026-11-19 2026-11-22
like "$err" "rien n'est noté le 2026-11-19" "French: the error is French"

done_testing

#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The check-in's day: [ and ] move it (never past today), a date can be
# typed, and the body map keeps what was set while the day changes; the
# check-in is then stored on that day.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux.sh"

tui_start 80 24
wait_for "Phase"
keys c
wait_for "Day  2026-11-23  today"
ok $? "the check-in is for today at first"
keys ]
type_text "5km"
wait_for "5km"
like "$(screen)" "Day  2026-11-23  today" "] does not go past today"
keys Tab
type_text "25:00"
keys C-r c a r 3
wait_for "Right calf: 3/10"
keys [
wait_for "Day  2026-11-22  yesterday"
ok $? "[ on the body map goes to yesterday"
like "$(screen)" "Right calf: 3/10" "the body map keeps the level set"
like "$(screen)" "Massage on Sun 22 Nov" "the massage box names the day"
keys C-s
wait_for "Check-in for Sun 22 Nov saved: run 5.00 km, 1 sore region."
ok $? "the check-in is saved for yesterday"
is "$(sql "SELECT start FROM runs")" "2026-11-22T12:00:00" "the run is stored on that day (midday, as the CLI does)"
is "$(sql "SELECT time, region, side, level FROM soreness")" "2026-11-22T12:00:00|calf|right|3" \
	"and the soreness too"

# A typed date; a day after today is refused.
keys c
wait_for "Soreness now"
keys BTab C-u
type_text "2026-11-19"
keys Tab
wait_for "Thursday"
ok $? "a typed date shows its weekday"
type_text "4km"
keys Tab
type_text "20:00"
keys C-s
wait_for "Check-in for Thu 19 Nov saved"
ok $? "and the check-in is stored on it"
keys c
wait_for "Soreness now"
keys BTab C-u
type_text "2026-11-30"
keys Tab
type_text "4km"
keys Tab
type_text "20:00"
keys C-s
wait_for "Nothing saved: 2026-11-30 is"
ok $? "a day after today is refused"
keys Escape y
wait_for "Phase"
keys q
wait_exit
is "$(sql "SELECT group_concat(substr(start, 1, 10), ',') FROM runs")" "2026-11-19,2026-11-22" \
	"exactly the two runs, on their days"

# French.
. "$top_srcdir/tests/french-lib.sh"
tui_start 80 24 $FRENCH
wait_for "Aujourd'hui"
keys c
wait_for "Jour  2026-11-23  aujourd'hui"
ok $? "the day is in French"
keys C-r [
wait_for "Jour  2026-11-22  hier"
ok $? "and [ goes to hier"
like "$(screen)" "Massage du dim" "the massage box names the day in French"
keys Escape
keys q
wait_exit

done_testing

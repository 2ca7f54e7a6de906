#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Today and the advice v2: the question about a stale soreness level (y
# logs it again today, n clears it), a booked session with its warning,
# and the Why view naming the rules that shaped the advice.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux.sh"

k() { "$KNEAD" --db "$DB" --now "$NOW" "$@" >/dev/null; }

k log run 10km 55:00 --date -6d --rpe 4
k log sore it-band:right 5 --date -4d
k race add 2026-11-29 "Marathon de Montréal" 42.195km --priority A
k log massage deep-tissue --date 2026-11-28 --regions glute:left

tui_start 160 44
wait_for "Right IT band 5/10, 4 days ago: still?"
ok $? "Today asks whether a 4-day-old level still holds"
like "$(screen)" "Booked: light flush \(booked as deep tissue: change it or move it\)" \
	"Today shows the booked session as its safe kind"
like "$(screen)" "breaks a safety rule" "and warns about it"

keys y
wait_for "Logged again today: right IT band 5/10."
ok $? "y logs it again"
is "$(sql "SELECT level FROM soreness WHERE time LIKE '2026-11-23%'")" 5 "the same level, today"
wait_gone "still?"
ok $? "the question is gone"
out=$("$KNEAD" --db "$DB" --now "$NOW" undo)
like "$out" "removed the soreness of Mon 23 Nov, right IT band 5/10" \
	"the answer went through the one door: knead undo takes it back"
"$KNEAD" --db "$DB" --now "$NOW" redo >/dev/null
is "$(sql "SELECT level FROM soreness WHERE time LIKE '2026-11-23%'")" 5 "and knead redo makes it again"

keys w
wait_for "Rules that shaped it:"
ok $? "the Why view names the rules"
like "$(screen)" "deep work near a race" "the rule that changed the kind among them"
keys Escape
keys q
wait_exit
is "$status" 0 "q quits"

# n clears a stale level.
k log sore calf:left 4 --date -3d
tui_start 160 44
wait_for "Left calf 4/10, 3 days ago: still?"
ok $? "a 3-day-old level is asked about too"
keys n
wait_for "Cleared: left calf at 0/10 today."
ok $? "n clears it"
is "$(sql "SELECT level FROM soreness WHERE region = 'calf' ORDER BY time DESC LIMIT 1")" 0 \
	"a 0 logged today"
keys q
wait_exit

# History: the soreness form shows and sets "sharp".
k log sore shin:left 5 --sharp
tui_start 160 44
wait_for "Weekly distance"
wait_for "See a physiotherapist or doctor about your left shin"
ok $? "Today: the referral for the sharp shin"
like "$(screen)" "left shin +5 flagged" "Sore now marks the flagged region"
keys 3
wait_for "Runs"
keys Tab
wait_for "sharp"
ok $? "History marks the sharp entry"
keys g e
wait_for "Sharp or sudden"
ok $? "the soreness form has the sharp field"
like "$(screen)" "Sharp or sudden.*yes" "set for the sharp entry"
keys Tab Tab Tab Right F2
wait_for "Saved."
is "$(sql "SELECT sharp FROM soreness WHERE region = 'shin'")" 0 "the form turns it off"

# A soreness entry after today is refused; a massage after today is a booking.
keys a
wait_for "New soreness entry"
keys C-u
type_text "2026-11-25"
keys Tab
type_text "calf:left"
keys Tab
type_text "3"
keys F2
wait_for "is in the future"
ok $? "a soreness entry in the future is refused"
is "$(sql "SELECT count(*) FROM soreness WHERE time LIKE '2026-11-25%'")" 0 "nothing written"
keys Escape
keys q
wait_exit

done_testing

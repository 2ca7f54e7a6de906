#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# A practised check-in, "10 km, 52:30, effort 6, right IT band 4, left calf
# 2", takes at most 20 keys from c on Today to saved; every key is counted
# as it is sent, and the database must hold exactly that check-in.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux.sh"

tui_start 80 24
wait_for "You have not checked in today"
press c
wait_for "Massage received today"
press 1 0 Tab 5 2 : 3 0 Tab 6
# Ctrl-R: from the effort straight to the body map; names typed there.
press C-r i r 4 c l 2
wait_for "Left calf: 2/10"
ok $? "typing 'i' 'r' and 'c' 'l' reaches the right IT band and the left calf"
press C-s
wait_for "Check-in saved: run 10.00 km, 2 sore regions."
ok $? "Ctrl-S saves the check-in"
ok "$([ "$pressed" -le 20 ]; echo $?)" "the check-in took $pressed keys from c to saved (at most 20)"
keys q
wait_exit

is "$(sql "SELECT distance_m, duration_s, rpe, kind FROM runs")" "10000.0|3150.0|6|easy" \
	"the run is stored: 10 km in 52:30 at effort 6, easy"
is "$(sql "SELECT region, side, level FROM soreness ORDER BY region")" "calf|left|2
it-band|right|4" "and exactly the right IT band at 4 and the left calf at 2"

done_testing

#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Sizes: 80x24 works, smaller says so and recovers, larger uses the room.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux.sh"

"$KNEAD" --db "$DB" --now "$NOW" log run 10km 52:30 --date yesterday >/dev/null

tui_start 80 24
wait_for "Weekly distance"
ok $? "80x24 shows the Today screen"
like "$(screen | tail -n 1)" "q Quit" "the hint bar is on the last line"

tm resize-window -x 60 -y 15
wait_for "Terminal too small"
ok $? "60x15 says the terminal is too small"
wait_for "This terminal is 60x15."
ok $? "and gives the size it has"

tm resize-window -x 80 -y 24
wait_gone "Terminal too small"
ok $? "enlarging recovers"
wait_for "Weekly distance"
ok $? "and the Today screen is back"

tm resize-window -x 200 -y 60
wait_for "Monday 23 November 2026"
ok $? "200x60 has room for the date in the title bar"
like "$(screen | sed -n 60p)" "q Quit" "the hint bar follows the new height"
keys 2
wait_for "Soreness now"
ok $? "the check-in lays out at 200x60"
keys Escape 3
wait_for "Runs (1)"
ok $? "History lays out at 200x60"
keys 5
wait_for "the most useful for you today first"
ok $? "Articles lays out at 200x60"
keys q
wait_exit
is "$status" 0 "knead exits cleanly after the resizes"

done_testing

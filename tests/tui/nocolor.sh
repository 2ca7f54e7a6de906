#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Without colour (NO_COLOR), the body map still shows every level as a
# number; with colour the levels are coloured as well.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux.sh"

"$KNEAD" --db "$DB" --now "$NOW" log sore calf:left 6 it-band:right 3 --date yesterday >/dev/null

# colour escapes in capture-pane -e: SGR 30-37, 40-47, 90-97, 100-107, 38;5 and 48;5
has_colour() {
	tm capture-pane -p -e | grep -Eq '\[([0-9;]*;)?(3[0-7]|4[0-7]|9[0-7]|10[0-7]|[34]8;5;[0-9]+)(;[0-9;]*)?m'
}

tui_start 80 24 NO_COLOR=1
wait_for "Phase"
keys c
wait_for "Soreness now"
keys Tab Tab Tab Tab Tab
# From the right hip flexor down to the right quadriceps; left of it, the
# right IT band (on the outside of the thigh).
keys Down Left 8
wait_for "Right IT band: 8/10"
ok $? "the level is set on the right IT band"
keys Right
wait_for "Right quadriceps: 0/10"
s=$(screen)
like "$s" '\( 6\)' "yesterday's left calf shows as ( 6)"
like "$s" '\[ 8\]' "the level given now shows as [ 8]"
like "$s" 'R/L: your right and left' "the legend explains the markers"
if has_colour; then r=1; else r=0; fi
ok $r "NO_COLOR: no colour escapes on the screen"
keys Escape y q
wait_exit
is "$status" 0 "knead exits cleanly"

tui_start 80 24
wait_for "Phase"
keys c
wait_for "Soreness now"
s=$(screen)
like "$s" '\( 6\)' "with colour the level is still written"
if has_colour; then r=0; else r=1; fi
ok $r "with colour, colour escapes are used"
keys Escape q
wait_exit

done_testing

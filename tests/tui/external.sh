#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# A change made outside (the command line) shows on the open interface,
# and SIGTERM ends it cleanly.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux.sh"

"$KNEAD" --db "$DB" --now "$NOW" log run 8km 45:00 --date yesterday >/dev/null

tui_start 80 24
wait_for "Sore now"
like "$(screen)" "Nothing sore this week" "nothing is sore at first"

"$KNEAD" --db "$DB" --now "$NOW" log sore hamstring:left 5 >/dev/null
wait_for "left hamstring"
ok $? "soreness logged by the command line appears on Today"
wait_gone "You have not checked in today"
ok $? "and counts as today's check-in"

"$KNEAD" --db "$DB" --now "$NOW" race add 2026-12-14 "Demi de Montréal" 21.1km --priority A >/dev/null
wait_for "Next race: Demi de Montréal"
ok $? "a race added outside appears with its accents"

keys 3
wait_for "Runs (1)"
"$KNEAD" --db "$DB" --now "$NOW" log run 5km 30:00 >/dev/null
wait_for "Runs (2)"
ok $? "History follows as well"

kill -TERM "$(cat "$T/pid")"
wait_exit
is "$status" 0 "SIGTERM ends knead with status 0"
is "$(cat "$T/tui-stderr")" "" "nothing was written to stderr"

done_testing

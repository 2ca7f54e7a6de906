#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Today at 80x24: it names the article to read now; its advice card cannot
# show every reason beside the charts, so w gives it the whole screen, and
# Esc brings the charts back.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux.sh"

# A history that calls for many reasons: a sore IT band, a race in two
# weeks, never a massage.
"$KNEAD" --db "$DB" --now "$NOW" log sore it-band:left 6 >/dev/null
"$KNEAD" --db "$DB" --now "$NOW" race add 2026-12-06 "Demi de Verdun" 21.1km --priority A >/dev/null
"$KNEAD" --db "$DB" --now "$NOW" next >"$T/next.txt"
last=$(grep -c '^  - ' "$T/next.txt")
ok "$([ "$last" -ge 6 ]; echo $?)" "the advice has many reasons ($last)"

tui_start 80 24
wait_for "Weekly distance"
ok $? "Today shows the charts"
if screen | grep -qF "short series"; then
	ok 1 "at 80x24 the later reasons do not fit beside the charts"
	show_screen
else
	ok 0 "at 80x24 the later reasons do not fit beside the charts"
fi
like "$(screen | tail -n 1)" "w Why" "the hint bar offers w"
top=$("$KNEAD" --db "$DB" --now "$NOW" articles --json | jq -r '.[0].title')
like "$(screen)" "To read \(5\): $(printf '%s' "$top" | cut -c1-25)" \
	"Today names the article ranked first ($top)"

keys w
wait_for "short series"
ok $? "w shows every reason"
unlike "$(screen)" "Weekly distance" "on the whole screen"
show_screen

keys Escape
wait_for "Weekly distance"
ok $? "Esc brings the charts back"
keys w
wait_for "short series"
keys w
wait_for "Weekly distance"
ok $? "w again does too"

keys q
wait_exit
is "$status" 0 "q quits"

done_testing

#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Today for a new runner and for one with history: nothing meaningless
# before there is history (no curves, no ratio); the usual band beside
# every ratio; the weekly chart with a value axis (top, middle, 0), month
# names, and as many weeks as the width allows; a …+N (w) mark when the
# reasons are cut.  In English and French.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux.sh"
. "$top_srcdir/tests/french-lib.sh"

# A new runner.
tui_start 80 24
wait_for "Next massage"
s=$(screen)
like "$s" "No runs in these weeks: press c" "no chart before the first run, and what to press"
like "$s" "No curves yet: fitness, fatigue" "no fitness/fatigue/form curves before the first runs"
unlike "$s" "ACWR [0-9]" "and no ratio"
keys q
wait_exit

# Two runs: curves from the first run on, the ratio not yet.
"$KNEAD" --db "$DB" --now "$NOW" log run 5km 30:00 --date -3d --rpe 4 >/dev/null
"$KNEAD" --db "$DB" --now "$NOW" log run 8km 45:00 --date -1d --rpe 5 >/dev/null
tui_start 80 24
wait_for "Next massage"
s=$(screen)
like "$s" "Fitness +[▁▂▃▄▅▆▇█]{4} " "the curves start at the first run (4 days), not weeks of nothing before"
like "$s" "ACWR: not enough history" "the ratio waits for four weeks of history"
keys q
wait_exit

# Thirty weeks of history: the ratio with its band, the axis, the months,
# and more weeks on a wider screen.
for w in $(seq 1 29); do
	"$KNEAD" --db "$DB" --now "$NOW" log run "$((8 + w % 5))km" 50:00 --date "-$((w * 7))d" --rpe 5 >/dev/null
done
tui_start 80 24
wait_for "Next massage"
s=$(screen)
like "$s" "ACWR [0-9]\.[0-9]+ \(usual 0\.8-1\.3\)" "ACWR with its usual band"
like "$s" "monotony [0-9]\.[0-9] \(usual under 2\)" "monotony with its usual limit"
like "$s" "││ *[0-9]+ [▁▂▃▄▅▆▇█ ]" "the chart's top row carries the top value"
like "$s" "││ 0 [▁▂▃▄▅▆▇█ ]" "its bottom row carries 0"
is "$(screen | grep -cE '││ *[0-9]+ [▁▂▃▄▅▆▇█ ]')" 3 "and a middle row its value: three values on the axis"
like "$s" "Oct +Nov" "months are marked under their first week"
narrow=$(screen | sed -n 's/.*Weekly distance (km), \([0-9]*\) weeks.*/\1/p')
keys q
wait_exit
tui_start 160 30
wait_for "Next massage"
wide=$(screen | sed -n 's/.*Weekly distance (km), \([0-9]*\) weeks.*/\1/p')
ok "$([ "${wide:-0}" -gt "${narrow:-99}" ]; echo $?)" "a wider screen shows more weeks ($narrow at 80 columns, $wide at 160)"
like "$(screen)" "Jun .*Jul .*Aug .*Sep .*Oct .*Nov" "with a month name under each month's first week"
keys q
wait_exit

# Reasons cut on a small screen: the mark says where the rest is.
tui_start 80 24 -- --demo
wait_for "Next massage"
like "$(screen)" '…\+[0-9]+ \(w\) │' "cut reasons end in …+N (w)"
shown=$(screen | grep -c '│ •')
keys w
more_reasons() { [ "$(screen | grep -c '│ •')" -gt "$shown" ]; }
wait_until 30 "more than $shown reasons on screen after w" more_reasons
ok $? "w shows more of them"
keys q
wait_exit

# French.
tui_start 80 24 $FRENCH -- --demo
wait_for "Prochain massage"
s=$(screen)
like "$s" "ACWR [0-9],[0-9]+ \(habituel 0,8-1,3\)" "the band in French"
like "$s" "monotonie [0-9],[0-9] \(habituel sous 2\)" "and the limit"
like "$s" "sep\.? +oct\.? +nov\.?" "the months in French"
like "$s" "Distance hebdo\. \(km\), [0-9]+ sem\. " "the chart's title is whole"
like "$s" "bandelette iliotibiale \(droite\) +4" "no name loses its side on Today"
keys q
wait_exit
rm -f "$DB"
tui_start 80 24 $FRENCH
wait_for "Prochain massage"
s=$(screen)
like "$s" "Pas encore de courbes" "a new runner is told in French that the curves come with the runs"
like "$s" "Aucune sortie pendant ces semaines" "and that the chart waits for runs"
keys q
wait_exit

done_testing

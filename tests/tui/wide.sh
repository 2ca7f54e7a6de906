#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# At 200x50 the room goes to the charts, not to the fields: the check-in's
# boxes keep a reading width; Today's fitness, fatigue and form curves are
# taller than a row and show a day a column across their box (months of
# them), the weekly bars fill their box; History's trends show more days,
# on taller lines.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux.sh"

# Eight months of runs, every third day, and some soreness.
for d in $(seq 1 3 240); do
	"$KNEAD" --db "$DB" --now "$NOW" log run "$((6 + d % 7))km" "$((35 + d % 20)):00" \
		--date "-${d}d" --rpe $((3 + d % 5)) >/dev/null
done
"$KNEAD" --db "$DB" --now "$NOW" log sore calf:left 4 --date -10d >/dev/null
"$KNEAD" --db "$DB" --now "$NOW" log sore calf:left 3 --date -2d >/dev/null
"$KNEAD" --db "$DB" --now "$NOW" log sore quad:right 2 --date -30d >/dev/null

# blocks LINE: the block characters of a chart on a line.
blocks() {
	printf '%s\n' "$1" | grep -o '[▁▂▃▄▅▆▇█]' | wc -l
}

tui_start 200 50
wait_for "Fitness, fatigue, form"
s=$(screen)
days=$(printf '%s\n' "$s" | grep -o 'last [0-9]* days' | tail -n 1 | tr -dc 0-9)
ok "$([ "${days:-0}" -ge 80 ]; echo $?)" "200x50: the curves show ${days:-no} days, a day a column (at least 80)"
fit=$(printf '%s\n' "$s" | grep 'Fitness  ')
# The box's inner width: the PMC box's top edge, less the curve's label and value.
box=$(printf '%s\n' "$s" | grep -o '┌─ Fitness, fatigue, form [^┐]*┐' | LC_ALL=C.UTF-8 wc -m)
n=$(blocks "$(printf '%s\n' "$fit" | sed 's/.*││//')")
ok "$([ "$n" -ge $(( (box - 20) * 8 / 10 )) ] && [ "$n" -ge 80 ]; echo $?)" \
	"200x50: the fitness curve spans its box ($n columns of a $box-column box)"
above=$(printf '%s\n' "$s" | grep -B1 'Fitness  ' | head -n 1 | sed 's/.*││//')
ok "$([ "$(blocks "$above")" -gt 0 ]; echo $?)" "200x50: the curve is taller than a row"
zero=$(printf '%s\n' "$s" | grep ' 0 █' | head -n 1 | sed 's/.*││//')
weeks=$(printf '%s\n' "$zero" | sed 's/^ *0 //; s/ *│.*//' | LC_ALL=C.UTF-8 wc -m)
ok "$([ "$weeks" -ge 60 ]; echo $?)" "200x50: the weekly bars span $weeks columns (at least 60)"

# The check-in's fields keep a reading width at 200x50 too:
# checkin_small.sh measures its run box.

# History's trends: a day a column over the width (months), taller lines.
keys 3
wait_for "Trends"
keys Tab Tab Tab Tab
wait_for "Soreness by region"
s=$(screen)
tdays=$(printf '%s\n' "$s" | grep -o 'last [0-9]* days' | head -n 1 | tr -dc 0-9)
ok "$([ "${tdays:-0}" -ge 150 ]; echo $?)" "200x50: the trends show ${tdays:-no} days (at least 150)"
above=$(printf '%s\n' "$s" | grep -B1 'left calf' | head -n 1)
ok "$([ "$(blocks "$above")" -gt 0 ]; echo $?)" "200x50: a region's line is taller than a row"
keys q
wait_exit

done_testing

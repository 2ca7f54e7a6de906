#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# knead status [--json]: load, phase, next race, soreness.
. "$top_srcdir/tests/lib.sh"
# An empty database: a command that only reads never creates one.
: >"$DB"
NOW=2026-11-23T09:00

j() { printf '%s' "$out" | jq -r "$1"; }

run --now $NOW status --json
is "$rc" 0 "status on an empty database"
is "$(j '.phase')" "none" "no phase"
is "$(j '.next_race')" "null" "no race"
is "$(j '.acwr')" "null" "no ACWR without load"
is "$(j '.soreness | length')" 0 "nothing sore"

# One hour at effort 5 on each of the last 28 days: 300 a day.
d=27
while [ $d -ge 0 ]; do
	"$KNEAD" --db "$DB" --now $NOW log run 10km 1:00:00 --date -${d}d --kind easy --rpe 5 >/dev/null
	d=$((d - 1))
done
"$KNEAD" --db "$DB" --now $NOW race add 2027-01-04 "Hypothermic Half" 21.1km --priority A >/dev/null
"$KNEAD" --db "$DB" --now $NOW log sore hamstring:right 2 --date -3d >/dev/null
"$KNEAD" --db "$DB" --now $NOW log sore hamstring:right 5 >/dev/null
"$KNEAD" --db "$DB" --now $NOW log massage flush --date -4d >/dev/null
run --now $NOW status --json
is "$rc" 0 "status --json"
is "$(j '[.date, .phase, .days_to_race] | join(" ")')" "2026-11-23 build 42" "phase and countdown (42 days: the first day of build)"
is "$(j '.next_race | "\(.name) \(.priority) \(.date)"')" "Hypothermic Half A 2027-01-04" "the key race"
is "$(j '.week_load')" "2100" "7 x 60 minutes x 5"
is "$(j '.acwr')" "1" "the same load every week: ACWR 1"
is "$(j '.week_distance_m')" "70000" "70 km this week"
is "$(j '.week_runs')" "7" "seven runs"
is "$(j '.monotony')" "10" "the same load every day: monotony at its cap"
is "$(j '.fitness')" "146" "fitness after 28 days of 300: 300 (1 - e^(-28/42))"
is "$(j '.last_massage')" "2026-11-19" "the last massage"
is "$(j '.soreness[0] | "\(.region) \(.side) \(.level) \(.trend)"')" "hamstring right 5 worsening" \
	"soreness with its trend"

run --now $NOW status
is "$rc" 0 "status"
like "$out" "Hypothermic Half" "names the race"
like "$out" "right hamstring" "and the sore region"
run --now $NOW status now
is "$rc" 2 "no operands"

done_testing

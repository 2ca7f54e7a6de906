#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The load figures through the CLI: efforts from heart rate and the
# [runner] settings, a ratio withheld after a break or on a short history,
# capped monotony, the comeback, and an ultra runner's ordinary days.
. "$top_srcdir/tests/lib.sh"
NOW=2026-11-23T09:00

j() { printf '%s' "$out" | jq -r "$1"; }
# An empty configuration of its own: --config must name a file that exists.
: >"$CONF"
k() { "$KNEAD" --db "$DB" --config "$CONF" --now $NOW "$@" >/dev/null; }

# --- a run at 172 bpm without a rating ---------------------------------------
k log run 10km 50:00 --hr 172
run --config "$CONF" --now $NOW status --json
is "$rc" 0 "status --json"
is "$(j '.load_estimated_from | "\(.rpe) \(.heart_rate) \(.kind)"')" "0 1 0" \
	"the effort came from the heart rate"
is "$(j '.week_load')" "400" "172 bpm is effort 8, not the easy kind's 3: 8 x 50"
is "$(j '.heart_rate | "\(.max) \(.max_from) \(.resting) \(.resting_from)"')" \
	"185 default 60 default" "the heart rates used, and where they came from"
is "$(j '.acwr')" "null" "one day of history: no ratio"
is "$(j '.acwr_note')" "short-history" "and why"
is "$(j '.history_days')" "1" "one day of history"
is "$(j '.pmc_note')" "short-history" "fitness means little yet"
run --config "$CONF" --now $NOW status
like "$out" "Acute:chronic workload ratio: not enough history" "the text says so too"
like "$out" "Only 1 day of history" "and that fitness means little yet"
like "$out" "0 rated, 1 from heart rate, 0 from their kind" "where the efforts came from"
like "$out" "Heart rate: max 185 \(a usual figure\), resting 60 \(a usual figure\)" \
	"the heart rates behind the estimate"
like "$out" "\[runner\] max_hr" "and how to give better ones"
run --config "$CONF" --now $NOW next
like "$out" "estimated from its heart rate" "next says where the effort came from"

# --- the runner's own heart rates ---------------------------------------------
printf '[runner]\nmax_hr = 200\nresting_hr = 50\n' >"$CONF"
run --config "$CONF" --now $NOW status --json
is "$(j '.heart_rate | "\(.max) \(.max_from) \(.resting) \(.resting_from)"')" \
	"200 settings 50 settings" "[runner] max_hr and resting_hr are used"
is "$(j '.week_load')" "300" "172 of 50..200 is 81% of the reserve: effort 6"
printf '[runner]\nmax_hr = fast\n' >"$CONF"
run --config "$CONF" --now $NOW status
is "$rc" 2 "a max_hr that is not a number is refused"
like "$err" '^knead: .*\[runner\] max_hr = "fast" is not valid \(expected a heart rate in beats per minute from 120 to 230\)' \
	"naming the key and the value"
printf '[runner]\nresting_hr = 20\n' >"$CONF"
run --config "$CONF" --now $NOW status
is "$rc" 2 "a resting heart rate of 20 is refused"
printf '[runner]\nmax_hr = 125\nresting_hr = 100\n' >"$CONF"
run --config "$CONF" --now $NOW status
is "$rc" 2 "max_hr too close to resting_hr is refused"
like "$err" "expected at least 130" "saying what would do"
: >"$CONF"

# --- the same load every day ---------------------------------------------------
rm -f "$DB"
d=41
while [ $d -ge 0 ]; do
	k log run 10km 1:00:00 --date -${d}d --rpe 5
	d=$((d - 1))
done
run --config "$CONF" --now $NOW status --json
is "$(j '.monotony')" "10" "identical daily loads: monotony at its cap"
is "$(j '.strain')" "21000" "and the strain that goes with it"
is "$(j '.acwr')" "1" "the ratio of a steady runner"
is "$(j '.acwr_note')" "null" "with no note"
is "$(j '.pmc_note')" "null" "42 days: fitness means something"
run --config "$CONF" --now $NOW next
like "$out" "Training monotony 10.0" "next warns of the monotony"

# --- two easy runs after 23 days off -------------------------------------------
rm -f "$DB"
d=81
while [ $d -ge 25 ]; do
	k log run 10km 55:00 --date -${d}d --rpe 4
	d=$((d - 2))
done
k log run 6km 35:00 --date -1d --rpe 3
k log run 6km 35:00 --rpe 3
run --config "$CONF" --now $NOW status --json
is "$(j '.acwr')" "null" "after a break the ratio is withheld"
is "$(j '.acwr_note')" "low-chronic" "because the weeks before are far below the usual"
run --config "$CONF" --now $NOW status
like "$out" "Acute:chronic workload ratio: not enough history" "status text: not enough history"
unlike "$out" "4\.00" "no 4.00 verdict"
run --config "$CONF" --now $NOW next
like "$out" "Back to running after 23 days" "the comeback advice"
unlike "$out" "spike" "two easy runs are not a spike"

# --- an ultra runner's ordinary 25 km days -------------------------------------
rm -f "$DB"
d=40
while [ $d -ge 0 ]; do
	k log run 25km 2:20:00 --date -${d}d --rpe 5
	d=$((d - 1))
done
k log massage sports --date -6d
flushes=0
for day in 2026-11-19T09:00 2026-11-20T09:00 2026-11-21T09:00 2026-11-22T09:00 $NOW; do
	out=$("$KNEAD" --db "$DB" --config "$CONF" --now $day next --json)
	[ "$(j '.kind')" = flush ] && flushes=$((flushes + 1))
done
is "$flushes" 0 "no flush on any ordinary 25 km day"
run --config "$CONF" --now $NOW next --json
is "$(j '.date')" "2026-11-27" "175 km a week: every 10 days in base"
k log run 45km 4:30:00
run --config "$CONF" --now $NOW next --json
is "$(j '.kind') $(j '.date')" "flush 2026-11-23" "their 45 km day gets its flush"

done_testing

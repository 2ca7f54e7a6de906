#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# knead next [--json]: the contract of doc/contract.md, through the real binary.
. "$top_srcdir/tests/lib.sh"
# An empty database: a command that only reads never creates one.
: >"$DB"
NOW=2026-11-23T09:00
TODAY=2026-11-23

j() { printf '%s' "$out" | jq -r "$1"; }

# An empty database: a sensible answer, not an error.
run --now $NOW next --json
is "$rc" 0 "next on an empty database"
is "$(j 'keys | join(",")')" \
	"avoid,booked,booking_warning,date,focus,follow_up,kind,last_massage,light_pressure,no_deep_tissue,phase,reasons,rules,see_professional,urgency" \
	"exactly the keys of the contract"
is "$(j '.phase')" "none" "no training phase yet"
is "$(j '.last_massage')" "null" "no massage yet"
is "$(j '.focus | length')" 0 "nothing to focus on"
like "$(j '.date')" '^2026-1[12]-[0-9]{2}$' "a date"
ok "$([ "$(j '.date')" \> "$TODAY" ] || [ "$(j '.date')" = "$TODAY" ]; echo $?)" "never before today"
like "$(j '.reasons[0]')" "Nothing logged yet" "says why"

# Five weeks of training, a massage 10 days ago, a sore left calf today
# (6, not 7: no trigger point on a region at 7 or more).
for d in 35 33 31 28 26 24 21 19 17 14 12 10 7 5 3; do
	"$KNEAD" --db "$DB" --now $NOW log run 10km 55:00 --date -${d}d --kind easy --rpe 4 >/dev/null
done
"$KNEAD" --db "$DB" --now $NOW log massage sports --date -10d >/dev/null
"$KNEAD" --db "$DB" --now $NOW log sore calf:left 5 --date -2d >/dev/null
"$KNEAD" --db "$DB" --now $NOW log sore calf:left 6 quad:right 3 >/dev/null
run --now $NOW next --json
is "$rc" 0 "next with a history"
is "$(j '.date')" "$TODAY" "high soreness: today"
is "$(j '.urgency')" "due" "due"
is "$(j '.phase')" "base" "base training without a race"
is "$(j '.last_massage')" "2026-11-13" "the last massage"
is "$(j '.focus[0] | "\(.region):\(.side):\(.level)"')" "calf:left:6" "the sore calf first"
is "$(j '.focus[1] | "\(.region):\(.side):\(.level)"')" "quad:right:3" "then the quad"
is "$(j '.kind')" "trigger-point" "one region clearly worse: trigger point"
like "$(j '.reasons | join(" | ")')" "left calf at 6/10" "the reasons name the region and level"
like "$(j '.reasons | join(" | ")')" "2026-11-13" "and the last massage's date"

# An A race in two days: the window, and no deep work inside it.
run --now $NOW race add 2026-11-25 "Marathon de Montréal" 42.195km --priority A
run --now $NOW next --json
is "$(j '.phase')" "race-week" "race week"
is "$(j '.no_deep_tissue | length')" 1 "one window"
is "$(j '.no_deep_tissue[0] | "\(.from) \(.to) \(.race)"')" \
	"2026-11-22 2026-11-27 Marathon de Montréal" "three days before the race to two days after"
like "$(j '.kind')" '^(flush|relaxation)$' "inside the window: flush or relaxation"

# The day after the race, with the race run logged: a light flush today.
run --now 2026-11-26T08:00 log run 42.195km 3:35:00 --date 2026-11-25 --kind race --rpe 9
run --now 2026-11-26T08:00 next --json
is "$(j '.phase')" "recovery" "recovery after the race"
is "$(j '.date')" "2026-11-26" "within about a day"
is "$(j '.kind')" "flush" "a light flush"

# A knee at 7 or more for days: a physiotherapist's question.
for d in 3 2 1 0; do
	"$KNEAD" --db "$DB" --now 2026-12-10T08:00 log sore knee:right 8 --date -${d}d >/dev/null
done
run --now 2026-12-10T08:00 next --json
is "$(j '.see_professional[0] | "\(.region):\(.side):\(.level):\(.days)"')" "knee:right:8:4" \
	"see_professional names the knee"
is "$(j '[.focus[] | select(.region == "knee")] | length')" 0 "and keeps it out of focus"

# The human form.
run --now $NOW next
is "$rc" 0 "next without --json"
like "$out" "Next massage: 2026-11-2[3-9]" "says when"
like "$out" "Why:" "and why"

# Usage errors.
run --now $NOW next tomorrow
is "$rc" 2 "no operands"
run --now $NOW next --frobnicate
is "$rc" 2 "an unknown option"
out=$("$KNEAD" next --help 2>&1); rc=$?
is "$rc" 0 "next --help"
like "$out" "--json" "lists --json"

done_testing

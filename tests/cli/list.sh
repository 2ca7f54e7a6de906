#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# knead list: human and JSON forms, filters, order.
. "$top_srcdir/tests/lib.sh"
# An empty database: a command that only reads never creates one.
: >"$DB"
NOW=2026-11-23T18:30

run --now $NOW list
is "$rc" 0 "list on an empty database"
like "$out" "Nothing logged yet" "says there is nothing"

"$KNEAD" --db "$DB" --now $NOW log run 10km 52:30 --rpe 6 >/dev/null
"$KNEAD" --db "$DB" --now $NOW log run 21.1km 1:50:00 --kind long --date 2026-11-15 >/dev/null
"$KNEAD" --db "$DB" --now $NOW log sore calf:left 4 --date 2026-11-16 >/dev/null
"$KNEAD" --db "$DB" --now $NOW log massage sports --regions hamstring:right --date 2026-11-10 >/dev/null
"$KNEAD" --db "$DB" --now $NOW race add 2027-05-30 "Montreal 21k" 21.1km --priority A >/dev/null

run --now $NOW list runs --json
is "$rc" 0 "list runs --json"
is "$(printf '%s' "$out" | jq -r 'length')" 2 "two runs"
is "$(printf '%s' "$out" | jq -r '.[0].start')" "2026-11-15T12:00:00" "oldest first"
is "$(printf '%s' "$out" | jq -c '.[1] | [.id, .distance_m, .duration_s, .kind, .rpe, .avg_hr, .source]')" \
	'[1,10000,3150,"easy",6,null,"manual"]' "run fields and types"
is "$(printf '%s' "$out" | jq -r '.[0].rpe')" "null" "no effort is null"

run --now $NOW list soreness --json
is "$(printf '%s' "$out" | jq -c '.[0] | [.region, .side, .level, .time]')" \
	'["calf","left",4,"2026-11-16T12:00:00"]' "soreness fields"

run --now $NOW list massages --json
is "$(printf '%s' "$out" | jq -c '.[0] | [.date, .kind, .regions[0].region, .regions[0].side]')" \
	'["2026-11-10","sports","hamstring","right"]' "massage fields"

run --now $NOW list races --json
is "$(printf '%s' "$out" | jq -c '.[0] | [.date, .name, .distance_m, .priority]')" \
	'["2027-05-30","Montreal 21k",21100,"A"]' "race fields"

run --now $NOW list runs --since 2026-11-20 --json
is "$(printf '%s' "$out" | jq -r 'length')" 1 "--since filters"

run --now $NOW list --json
is "$(printf '%s' "$out" | jq -r '[.[].type] | join(",")')" "massage,run,soreness,run,race" \
	"everything, oldest first, each tagged with its type"

run --now $NOW list runs
like "$out" "21.10 km +1:50:00" "human listing shows distance and duration"
like "$out" "long" "and the kind"

run --now $NOW list shoes
is "$rc" 2 "an unknown list is a usage error"
like "$err" '"shoes" cannot be listed' "and names the value"

run --now $NOW list runs --since 2026-13-01
is "$rc" 2 "a bad --since is refused"

done_testing

#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# knead rm TABLE ID.
. "$top_srcdir/tests/lib.sh"
NOW=2026-11-23T18:30

"$KNEAD" --db "$DB" --now $NOW log run 10km 52:30 >/dev/null
"$KNEAD" --db "$DB" --now $NOW log sore calf:left 4 quad:right 3 >/dev/null
"$KNEAD" --db "$DB" --now $NOW log massage flush --regions calf:left >/dev/null

run --now $NOW rm soreness 1
is "$rc" 0 "rm soreness"
is "$(sql 'select id from soreness')" 2 "only that entry went"
run --now $NOW rm massages 1
is "$rc" 0 "rm massages"
is "$(sql 'select count(*) from massage_regions')" 0 "its regions went with it"
run --now $NOW rm runs 1
is "$(sql 'select count(*) from runs')" 0 "rm runs"

sum=$(db_sum)
run --now $NOW rm runs 1
is "$rc" 2 "an id that is gone"
like "$err" "no runs entry with id 1" "says so"
run --now $NOW rm runs abc
is "$rc" 2 "an id that is not a number"
like "$err" '"abc" is not an id' "names it"
run --now $NOW rm shoes 1
is "$rc" 2 "an unknown table"
run --now $NOW rm runs
is "$rc" 2 "a missing id"
is "$(db_sum)" "$sum" "nothing changed"

done_testing

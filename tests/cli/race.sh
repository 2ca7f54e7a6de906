#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# knead race add|list|rm.
. "$top_srcdir/tests/lib.sh"
NOW=2026-11-23T18:30

run --now $NOW race add 2027-05-30 "Montreal 21k" 21.1km --priority A
is "$rc" 0 "race add"
like "$out" "Added race 1: Montreal 21k" "says what it added"
run --now $NOW race add +30d "Saint-Lazare trail" 15km
is "$(sql 'select date, name, distance_m, priority from races where id = 2')" \
	"2026-12-23|Saint-Lazare trail|15000.0|B" "relative date and default priority B"
run --now $NOW race list
is "$rc" 0 "race list"
like "$out" "Montreal 21k" "lists the races"
run --now $NOW race list --json
is "$(printf '%s' "$out" | jq -r '.[0].name')" "Saint-Lazare trail" "race list --json, soonest first"
run --now $NOW race rm 2
is "$rc" 0 "race rm"
is "$(sql 'select count(*) from races')" 1 "one race left"

sum=$(db_sum)
run --now $NOW race add 2027-02-30 "Nope" 10km
is "$rc" 2 "an impossible date is refused"
run --now $NOW race add 2027-05-30 "Nope" 10km --priority D
is "$rc" 2 "a bad priority is refused"
like "$err" '"D" is not a race priority' "naming the value"
run --now $NOW race add 2027-05-30 "" 10km
is "$rc" 2 "an empty name is refused"
run --now $NOW race rm 9
is "$rc" 2 "removing a race that does not exist"
run --now $NOW race frobnicate
is "$rc" 2 "an unknown race subcommand"
is "$(db_sum)" "$sum" "nothing changed by the refused commands"

done_testing

#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# knead log run|sore|massage: the happy paths, checked in the database.
. "$top_srcdir/tests/lib.sh"
NOW=2026-11-23T18:30

run --now $NOW log run 10km 52:30 --rpe 6
is "$rc" 0 "log run exits 0"
like "$out" "Logged run 1: 10.00 km in 52:30 \(5:15 /km\), easy" "log run says what it logged"
is "$(sql 'select start, distance_m, duration_s, kind, rpe, source from runs')" \
	"2026-11-23T18:30:00|10000.0|3150.0|easy|6|manual" "the run is in the database"

run --now $NOW log run 6.2mi 1:02:10 --kind long --hr 148 --date yesterday --note "Mont-Royal, icy"
is "$rc" 0 "log run with every option"
is "$(sql 'select start, round(distance_m,1), duration_s, kind, rpe is null, avg_hr, note from runs where id = 2')" \
	"2026-11-22T12:00:00|9977.9|3730.0|long|1|148|Mont-Royal, icy" "options land in their columns"

run --now $NOW log run 800m 2m50s --kind intervals --date 2026-11-20T07:15
is "$(sql 'select start, distance_m, duration_s from runs where id = 3')" \
	"2026-11-20T07:15:00|800.0|170.0" "a date with a time, metres and unit durations"

run --now $NOW log run 10.5k 45m --date -3d
is "$(sql 'select substr(start,1,10), distance_m from runs where id = 4')" "2026-11-20|10500.0" "-3d and 10.5k"

printf '[general]\nunits = mi\n' > "$CONF"
run --now $NOW --config "$CONF" log run 3 30:00
is "$(sql 'select round(distance_m,3) from runs where id = 5')" "4828.032" "a bare number is in the configured unit (miles)"
like "$out" "3.00 mi" "output in miles when configured"

run --now $NOW log sore calf:left 4 it-band:right 6 lower-back 2 --note "after hills"
is "$rc" 0 "log sore with three regions"
is "$(sql "select region || ':' || coalesce(side,'-') || '=' || level from soreness order by id" | tr '\n' ' ')" \
	"calf:left=4 it-band:right=6 lower-back:-=2 " "each region, side and level stored"
is "$(sql 'select count(distinct time), min(note) from soreness')" "1|after hills" "one check-in time and the note"
like "$out" "left calf 4/10" "log sore names the region and side"

run --now $NOW log massage deep-tissue --regions calf:left,it-band:right --therapist "Julie T." --date yesterday
is "$rc" 0 "log massage"
is "$(sql 'select date, kind, therapist from massages')" "2026-11-22|deep-tissue|Julie T." "the massage is stored"
is "$(sql "select region || ':' || side from massage_regions order by rowid" | tr '\n' ' ')" \
	"calf:left it-band:right " "its regions are stored"

run --now $NOW log massage flush
is "$(sql 'select date, kind from massages where id = 2')" "2026-11-23|flush" "a massage today with no options"

KNEAD_NOW=2026-11-01 run log run 5k 25:00
is "$(sql 'select substr(start,1,10) from runs where id = 6')" "2026-11-01" "KNEAD_NOW sets the date"
run log run 5k 25:00 --now 2026-11-02T06:00
is "$(sql 'select start from runs where id = 7')" "2026-11-02T06:00:00" "--now after the subcommand"

done_testing

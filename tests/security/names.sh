#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# names.sh - an activity's name holding bidirectional overrides, C1 or C0
# controls is cleaned at the import door (the run is kept, its note holds
# the readable rest), never the run dropped for it: GPX, TCX and Strava.
. "$top_srcdir/tests/lib.sh"

FIX=${FIXTURES:-$top_srcdir/tests/fixtures}
RLO=$(printf '\342\200\256')  # U+202E RIGHT-TO-LEFT OVERRIDE
LRI=$(printf '\342\201\246')  # U+2066 LEFT-TO-RIGHT ISOLATE
CSI=$(printf '\302\233')      # U+009B, a C1 CSI


sed "s|<name>casual stroll</name>|<name>Lunch ${RLO}gnp.exe ${LRI}x${CSI}31m</name>|" \
	"$FIX/gpx_garmin-connect_run_hr.gpx" >"$T/bidi.gpx"
run import "$T/bidi.gpx"
is "$rc" 0 "a GPX whose name holds bidi and control characters is imported"
is "$(sql 'SELECT count(*) FROM runs')" 1 "  its run is kept"
note=$(sql 'SELECT note FROM runs')
like "$note" "^Lunch gnp\\.exe x 31m$" "  its note keeps the readable rest"
is "$(printf '%s' "$note" | LC_ALL=C tr -d ' -~' | wc -c | tr -d ' ')" 0 "  and nothing hidden"

printf 'Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance\n7,"Jan 3, 2026, 7:00:00 AM",Tempo %s2 %sx,Run,3000,10.0\n' \
	"$RLO" "$CSI" >"$T/activities.csv"
DB=$T/strava.db
run import "$T/activities.csv"
is "$rc:$(sql 'SELECT count(*) FROM runs')" "0:1" "a Strava row whose name holds them is imported"
like "$(sql 'SELECT note FROM runs')" "^Tempo 2 +x$" "  its note cleaned"

done_testing

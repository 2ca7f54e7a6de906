#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# knead import: watch files, a Strava export, idempotence, broken files.
. "$top_srcdir/tests/lib.sh"
NOW=2026-11-23T18:30
FIX=${FIXTURES:-$top_srcdir/tests/fixtures}
# Imported start times are UTC converted to local time: pin the zone.
TZ=UTC0
export TZ

mkdir -p "$T/watch/old"
cp "$FIX"/gpx_*.gpx "$T/watch/"
cp "$FIX"/tcx_*.tcx "$T/watch/old/"
printf '<gpx version="1.1"><trk><trkseg><trkpt lat="45" lon="-73">' >"$T/watch/broken.gpx"
printf 'not a run' >"$T/watch/notes.txt"

run --now $NOW import "$T/watch"
is "$rc" 0 "a broken file among good ones: exit 0 (a partial import, doc/contract.md)"
like "$err" "broken\.gpx: line [0-9]+" "the broken file is named, with its line"
like "$out" "Imported: 7" "the seven runs of the good files are imported"
like "$out" "Skipped: 2" "the two rides are skipped"
like "$out" "not a run: Biking" "skipped by reason"
like "$out" "Failed: 1" "one file failed"
like "$out" "Read 7 files" "notes.txt is not read"
like "$out" "1 file not an activity: notes\\.txt" "but named in the summary"
unlike "$err" '\[#' "no progress bar when stderr is not a terminal"
is "$(sql 'SELECT count(*) FROM runs')" 7 "seven runs in the database"
is "$(sql "SELECT source || ' ' || round(distance_m, 1) || ' ' || duration_s FROM runs WHERE source_id = '2019-01-29T10:25:12.000Z'")" \
	"tcx 4508.5 3510.0" "TCX figures from the laps"

# Every file broken: nothing could be saved, exit 1.
mkdir "$T/allbad"
cp "$T/watch/broken.gpx" "$T/allbad/a.gpx"
cp "$T/watch/broken.gpx" "$T/allbad/b.gpx"
run --now $NOW import "$T/allbad/a.gpx" "$T/allbad/b.gpx"
is "$rc" 1 "every file broken: exit 1"
like "$err" "a\.gpx: line" "  naming the first"
like "$err" "b\.gpx: line" "  and the second"

rm "$T/watch/broken.gpx"
sum=$(db_sum)
run --now $NOW import "$T/watch"
is "$rc" 0 "importing the same files again succeeds"
like "$out" "Imported: 0" "and adds nothing"
like "$out" "Already there: 7" "every run is already there"
is "$(db_sum)" "$sum" "the database is unchanged"

run --now $NOW import "$FIX/strava_activities.csv"
is "$rc" 0 "a Strava activities.csv"
like "$out" "Imported: 424" "424 runs"
like "$out" "Skipped: 698" "698 other activities"
like "$out" "609  not a run: Ride" "rides counted by type"
run --now $NOW list runs --json
is "$(printf '%s' "$out" | jq -c '[.[] | select(.source_id == "740821460")][0] | [.start, .distance_m, .duration_s, .source, .kind]')" \
	'["2016-10-10T20:55:48",6639.39990234375,1765,"strava","easy"]' "a Strava run's fields"

# The runner corrects a run; importing the export folder again keeps it.
sql "UPDATE runs SET rpe = 9, kind = 'tempo' WHERE source_id = '740821460'"
mkdir -p "$T/export_42/activities"
cp "$FIX/strava_activities.csv" "$T/export_42/activities.csv"
cp "$FIX/gpx_garmin-connect_run_hr.gpx" "$T/export_42/activities/1.gpx"
gzip -c "$FIX/gpx_suunto-ambit_movescount_crlf.gpx" >"$T/suunto.gpx.gz"
run --now $NOW import "$T/export_42" "$T/suunto.gpx.gz"
is "$rc" 0 "a Strava export folder and a gzip'd GPX"
like "$out" "Read 2 files" "the folder's activities.csv only, and the .gz"
like "$out" "Already there: 425" "all already there"
is "$(sql "SELECT rpe || ' ' || kind FROM runs WHERE source_id = '740821460'")" "9 tempo" \
	"the runner's edit is kept"

sum=$(db_sum)
run --now $NOW import "$T/watch" "$T/no-such-dir"
is "$rc" 2 "a missing path: exit 2"
like "$err" "^knead: .*no-such-dir" "names the missing path"
is "$(db_sum)" "$sum" "nothing is imported when a path is missing"

run --now $NOW import
is "$rc" 2 "no path: exit 2"

run --now $NOW import "$T/watch/notes.txt"
is "$rc" 1 "a file of an unknown kind, named explicitly, fails"
like "$err" "notes\.txt: unknown kind of file" "and says why"

done_testing

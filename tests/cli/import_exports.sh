#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# knead import of exports as they are downloaded: a Strava export .zip,
# an Apple Health export (folder, export.xml alone, export.zip), a zip of
# watch files.  Nothing is unpacked to disk.
. "$top_srcdir/tests/lib.sh"
NOW=2026-11-23T18:30
FIX=${FIXTURES:-$top_srcdir/tests/fixtures}
TZ=UTC0
export TZ

# An Apple Health export: a run with its heart rate in WorkoutStatistics
# (newer exports), a run whose heart rate is only in samples (older
# exports), a run with no distance but a route, a ride, and samples of
# other kinds around them.
mkdir -p "$T/apple_health_export/workout-routes"
cat >"$T/apple_health_export/export.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE HealthData [
<!ELEMENT HealthData (ExportDate,Me,(Record|Workout)*)>
]>
<HealthData locale="fr_CA">
 <ExportDate value="2026-07-10 20:00:00 -0400"/>
 <Me HKCharacteristicTypeIdentifierDateOfBirth="1990-01-01"/>
 <Record type="HKQuantityTypeIdentifierStepCount" sourceName="iPhone" unit="count" startDate="2026-07-01 06:00:00 -0400" endDate="2026-07-01 06:10:00 -0400" value="900"/>
 <Record type="HKQuantityTypeIdentifierHeartRate" sourceName="Watch" unit="count/min" startDate="2026-07-02 07:05:00 -0400" endDate="2026-07-02 07:05:00 -0400" value="140"/>
 <Record type="HKQuantityTypeIdentifierHeartRate" sourceName="Watch" unit="count/min" startDate="2026-07-02 07:20:00 -0400" endDate="2026-07-02 07:20:00 -0400" value="150"/>
 <Record type="HKQuantityTypeIdentifierHeartRate" sourceName="Watch" unit="count/min" startDate="2026-07-02 09:00:00 -0400" endDate="2026-07-02 09:00:00 -0400" value="70"/>
 <Workout workoutActivityType="HKWorkoutActivityTypeRunning" duration="50" durationUnit="min" totalDistance="10.2" totalDistanceUnit="km" sourceName="Watch" startDate="2026-07-01 06:30:00 -0400" endDate="2026-07-01 07:20:00 -0400">
  <MetadataEntry key="HKIndoorWorkout" value="0"/>
  <WorkoutStatistics type="HKQuantityTypeIdentifierHeartRate" startDate="2026-07-01 06:30:00 -0400" endDate="2026-07-01 07:20:00 -0400" average="151.4" minimum="120" maximum="171" unit="count/min"/>
 </Workout>
 <Workout workoutActivityType="HKWorkoutActivityTypeRunning" duration="30" durationUnit="min" sourceName="Watch" startDate="2026-07-02 07:00:00 -0400" endDate="2026-07-02 07:30:00 -0400">
  <WorkoutStatistics type="HKQuantityTypeIdentifierDistanceWalkingRunning" startDate="2026-07-02 07:00:00 -0400" endDate="2026-07-02 07:30:00 -0400" sum="3.1" unit="mi"/>
 </Workout>
 <Workout workoutActivityType="HKWorkoutActivityTypeRunning" duration="10" durationUnit="min" sourceName="Watch" startDate="2026-07-03 18:00:00 -0400" endDate="2026-07-03 18:10:00 -0400">
  <WorkoutRoute sourceName="Watch"><FileReference path="/workout-routes/route_2026-07-03_6.00pm.gpx"/></WorkoutRoute>
 </Workout>
 <Workout workoutActivityType="HKWorkoutActivityTypeCycling" duration="60" durationUnit="min" totalDistance="25" totalDistanceUnit="km" sourceName="Watch" startDate="2026-07-04 10:00:00 -0400" endDate="2026-07-04 11:00:00 -0400"/>
</HealthData>
XML
cat >"$T/apple_health_export/workout-routes/route_2026-07-03_6.00pm.gpx" <<'GPX'
<?xml version="1.0" encoding="UTF-8"?>
<gpx version="1.1" creator="Apple Health Export" xmlns="http://www.topografix.com/GPX/1/1"><trk><name>Route 2026-07-03 6:00pm</name><trkseg>
<trkpt lon="-73.6" lat="45.500"><ele>30</ele><time>2026-07-03T22:00:00Z</time></trkpt>
<trkpt lon="-73.6" lat="45.509"><ele>31</ele><time>2026-07-03T22:05:00Z</time></trkpt>
<trkpt lon="-73.6" lat="45.518"><ele>30</ele><time>2026-07-03T22:10:00Z</time></trkpt>
</trkseg></trk></gpx>
GPX

check_health() { # check_health WHAT
	is "$rc" 0 "$1: imported"
	like "$out" "Imported: 3" "$1: the three runs"
	like "$out" "not a run: HKWorkoutActivityTypeCycling" "$1: the ride is skipped"
	is "$(sql "SELECT start || ' ' || round(distance_m) || ' ' || duration_s || ' ' || coalesce(avg_hr, '-') || ' ' || source FROM runs ORDER BY start" | tr '\n' '|')" \
		"2026-07-01T10:30:00 10200.0 3000.0 151 health|2026-07-02T11:00:00 4989.0 1800.0 145 health|2026-07-03T22:00:00 2002.0 600.0 - health|" \
		"$1: figures, heart rate from statistics or samples, distance from the route"
}

run --now $NOW import "$T/apple_health_export"
check_health "an Apple Health export folder"
run --now $NOW import "$T/apple_health_export"
like "$out" "Imported: 0" "the same export again adds nothing"

rm -f "$DB"
(cd "$T" && zip -qr export.zip apple_health_export)
run --now $NOW import "$T/export.zip"
check_health "an Apple Health export.zip"
is "$(ls "$T" | grep -c '^export\.xml$')" 0 "nothing was unpacked beside it"

rm -f "$DB"
run --now $NOW import --json "$T/apple_health_export/export.xml"
is "$(printf '%s' "$out" | jq -c '[.sources.health.added, .sources.health.skipped]')" "[3,1]" \
	"export.xml named alone, with --json"

# A Strava export .zip as downloaded: the CSV's runs, each gaining the heart
# rate of its own (gzip'd) file; the ride's file is never read.
rm -f "$DB"
mkdir -p "$T/export_1234/activities"
cat >"$T/export_1234/activities.csv" <<'CSV'
Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,Distance,Max Heart Rate,Relative Effort,Commute,Activity Private Note,Activity Gear,Filename,Athlete Weight,Bike Weight,Elapsed Time,Moving Time,Distance,Max Speed,Average Speed,Elevation Gain
11,"Jul 5, 2026, 10:00:00 AM",Morning Run,Run,,1900,5.01,,,false,,,activities/11.gpx.gz,,,1900.0,1800.0,5010.0,,,12.0
12,"Jul 6, 2026, 10:00:00 AM",Lunch Ride,Ride,,3600,30.2,,,false,,,activities/12.gpx.gz,,,3600.0,3500.0,30200.0,,,80.0
13,"Jul 7, 2026, 10:00:00 AM",Evening Run,Run,,2000,6.0,,,false,,,,,,2000.0,1950.0,6000.0,,,
CSV
{
	echo '<?xml version="1.0"?><gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1"><trk><trkseg>'
	echo '<trkpt lat="45.5" lon="-73.6"><time>2026-07-05T10:00:00Z</time><extensions><hr>143</hr></extensions></trkpt>'
	echo '<trkpt lat="45.51" lon="-73.6"><time>2026-07-05T10:05:00Z</time><extensions><hr>147</hr></extensions></trkpt>'
	echo '</trkseg></trk></gpx>'
} | gzip >"$T/export_1234/activities/11.gpx.gz"
printf 'not a gpx at all' | gzip >"$T/export_1234/activities/12.gpx.gz"
(cd "$T" && zip -qr strava.zip export_1234)
run --now $NOW import "$T/strava.zip"
is "$rc" 0 "a Strava export .zip"
like "$out" "Imported: 2" "its two runs"
like "$out" "not a run: Ride" "the ride skipped (its unreadable file never read)"
is "$(sql "SELECT source_id || ':' || coalesce(avg_hr, '-') FROM runs ORDER BY start" | tr '\n' ' ')" \
	"11:145 13:- " "the first run gained the heart rate of its own file"
run --now $NOW import "$T/strava.zip"
like "$out" "Imported: 0" "the zip again adds nothing"
run --now $NOW import --json "$T/strava.zip"
is "$(printf '%s' "$out" | jq -c '[.sources.strava.files, .sources.strava.already_there]')" "[1,2]" \
	"counted under Strava in the JSON summary"

# The real activities.csv of a Strava export, zipped in its export folder
# as Strava sends it: the same runs as the CSV alone.
rm -f "$DB"
mkdir -p "$T/export_real"
cp "$FIX/strava_activities.csv" "$T/export_real/activities.csv"
(cd "$T" && zip -qr real.zip export_real)
run --now $NOW import "$T/real.zip"
is "$rc" 0 "a real Strava activities.csv inside its export .zip"
like "$out" "Imported: 424" "its 424 runs, as from the CSV alone"
like "$out" "609  not a run: Ride" "its rides skipped"

# A zip of watch files.
rm -f "$DB"
(cd "$FIX" && zip -q "$T/watch.zip" gpx_garmin-connect_run_hr.gpx tcx_polar-m400_run_oneline.tcx)
run --now $NOW import "$T/watch.zip"
is "$rc" 0 "a zip of watch files"
like "$out" "Imported: 2" "both runs"

# Files found by what they are.  An Apple Health export named in the
# phone's language, in a folder and in a zip; the folder's other files are
# named in the summary.
mkdir -p "$T/de/apple_health_export/workout-routes"
cp "$T/apple_health_export/export.xml" "$T/de/apple_health_export/Exportieren.xml"
cp "$T/apple_health_export/workout-routes/"*.gpx "$T/de/apple_health_export/workout-routes/"
rm -f "$DB"
run --now $NOW import "$T/de/apple_health_export"
check_health "a folder whose export is Exportieren.xml"
rm -f "$DB"
(cd "$T/de" && zip -qr export.zip apple_health_export)
run --now $NOW import "$T/de/export.zip"
check_health "a zip whose export is Exportieren.xml"

# Strava's activities.csv renamed, found by its header row; a folder's
# files that hold no activity are named.
mkdir -p "$T/renamed/sub"
cp "$FIX/strava_activities.csv" "$T/renamed/aktivitaeten.csv"
rm -f "$DB"
run --now $NOW import "$T/renamed"
is "$rc" 0 "a renamed activities.csv in a folder"
like "$out" "Imported: 424" "found by its header row"
rm -f "$T/renamed/aktivitaeten.csv"
cp "$FIX/gpx_garmin-connect_run_hr.gpx" "$T/renamed/run.gpx"
cp "$FIX/fit_coros_run_nosubsport.fit" "$T/renamed/sub/watch-file"
cp "$FIX/gpx_apple-watch_run_3seg_pauses.gpx" "$T/renamed/sub/route.xml"
echo "Notes" >"$T/renamed/notes.txt"
printf 'name,weight\nme,70\n' >"$T/renamed/sub/profile.csv"
rm -f "$DB"
run --now $NOW import "$T/renamed"
is "$rc" 0 "a folder with files that are not activities"
like "$out" "Imported: 3" "the GPX, the FIT file without extension, a GPX named .xml"
like "$out" "2 files not activities: notes\.txt, sub/profile\.csv" "the others are named"
run --now $NOW import --json "$T/renamed"
is "$(printf '%s' "$out" | jq -c '.not_activities')" '["notes.txt","sub/profile.csv"]' \
	"--json: not_activities"
(cd "$T/renamed" && zip -qr "$T/renamed.zip" run.gpx notes.txt)
rm -f "$DB"
run --now $NOW import "$T/renamed.zip"
like "$out" "1 file not an activity: renamed\.zip/notes\.txt" "a zip's other entries are named too"

# Not a zip, and a zip of nothing useful.
printf 'PK\003\004broken' >"$T/broken.zip"
run --now $NOW import "$T/broken.zip"
is "$rc" 1 "a damaged zip fails"
like "$err" "broken\.zip: .*zip" "and says the zip is damaged"
(cd "$T" && echo hello >readme.txt && zip -q other.zip readme.txt)
run --now $NOW import "$T/other.zip"
like "$err" "other\.zip: the zip archive holds no activity" "a zip without activities says so"

# libarchive and json-glib are loaded only when a zip or a JSON export
# comes (core/import/lazy.h): one that cannot be loaded is a failure that
# names it, and nothing is written.
soname() { sed -n "s/^#define $1_SONAME \"\(.*\)\"$/\1/p" "$top_builddir/config.h" 2>/dev/null; }
archive=$(soname ARCHIVE) json=$(soname JSON)
if [ -n "$archive" ] && [ -n "$json" ]; then
	mkdir -p "$T/broken-libs"
	printf 'not a library\n' >"$T/broken-libs/$archive"
	printf 'not a library\n' >"$T/broken-libs/$json"
	rm -f "$DB"
	"$KNEAD" --db "$DB" --now $NOW log run 5km 25:00 >/dev/null
	"$KNEAD" --db "$DB" export --format json --output "$T/back.json"
	before=$(sql "SELECT count(*) FROM runs")
	out=$(LD_LIBRARY_PATH="$T/broken-libs" "$KNEAD" --db "$DB" --now $NOW import "$T/strava.zip" 2>&1)
	is "$?" 1 "a zip, libarchive not loadable: a failure"
	like "$out" "strava\.zip: cannot load $archive" "  naming the library"
	out=$(LD_LIBRARY_PATH="$T/broken-libs" "$KNEAD" --db "$DB" --now $NOW import "$T/back.json" 2>&1)
	is "$?" 1 "a JSON export, json-glib not loadable: a failure"
	like "$out" "back\.json: cannot load $json" "  naming the library"
	is "$(sql "SELECT count(*) FROM runs")" "$before" "  and nothing written"
	# A library that loads but lacks the functions (here a copy of zlib
	# under libarchive's soname) is named, and unloaded again: glibc's
	# loader says so when asked (LD_DEBUG=files).
	zlib=$(ldd "$top_builddir/knead-import" 2>/dev/null | awk '$1 ~ /^libz\.so/ { print $3 }')
	if [ -f "$zlib" ]; then
		mkdir -p "$T/wrong-libs"
		cp "$zlib" "$T/wrong-libs/$archive"
		out=$(LD_DEBUG=files LD_LIBRARY_PATH="$T/wrong-libs" "$KNEAD" --db "$DB" --now $NOW \
			import "$T/strava.zip" 2>&1)
		like "$out" "strava\.zip: cannot load $archive: .*archive_read_new" \
			"a library without libarchive's functions: a failure naming the function"
		like "$out" "wrong-libs/$archive \[0\];  destroying link map" "  and it is unloaded"
	else
		skip "no zlib found beside knead-import" "a library without libarchive's functions: a failure naming the function"
		skip "no zlib found beside knead-import" "  and it is unloaded"
	fi
else
	for c in "a zip, libarchive not loadable: a failure" "  naming the library" \
		"a JSON export, json-glib not loadable: a failure" "  naming the library" \
		"  and nothing written" "a library without libarchive's functions: a failure naming the function" \
		"  and it is unloaded"; do
		skip "no config.h in the build tree (an installed knead)" "$c"
	done
fi

done_testing

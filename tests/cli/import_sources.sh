#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# knead import v2: the sport decided with care, bad points left out, the
# same run counted once whatever its sources, Strava exports in several
# languages, --sport, --dry-run and --json.
. "$top_srcdir/tests/lib.sh"
NOW=2026-11-23T18:30
FIX=${FIXTURES:-$top_srcdir/tests/fixtures}
TZ=UTC0
export TZ

head='<?xml version="1.0" encoding="UTF-8"?><gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1">'
# gpx_track NAME TYPE DAY LAT_STEP MINUTES HR: a straight track north from
# Montreal, one point a minute.
gpx_track() {
	printf '<trk>'
	[ -n "$1" ] && printf '<name>%s</name>' "$1"
	[ -n "$2" ] && printf '<type>%s</type>' "$2"
	printf '<trkseg>'
	i=0
	while [ "$i" -le "$5" ]; do
		lat=$(awk "BEGIN { printf \"%.5f\", 45.5 + $i * $4 }")
		printf '<trkpt lat="%s" lon="-73.6"><time>%sT10:%02d:00Z</time>' "$lat" "$3" "$i"
		[ -n "$6" ] && printf '<extensions><bpm>%s</bpm></extensions>' "$6"
		printf '</trkpt>'
		i=$((i + 1))
	done
	printf '</trkseg></trk>'
}

# A ride without <type>, named so; a hike in French; a bike tour with no
# name at 36 km/h; and a plain run.
{
	echo "$head"
	gpx_track "Cycling 24 Jun" "" 2026-06-24 0.0040 50 ""
	gpx_track "Randonnée au mont Royal" "" 2026-06-25 0.0006 50 ""
	gpx_track "" "" 2026-06-26 0.0054 50 ""
	gpx_track "Track 4" "" 2026-06-27 0.0017 50 "150"
	echo '</gpx>'
} >"$T/mixed.gpx"
run --now $NOW import "$T/mixed.gpx"
is "$rc" 0 "a GPX of mixed sports imports"
like "$out" "Imported: 1" "only the run is imported"
like "$out" "not a run: cycling \(from its name\)" "the ride is skipped by its name"
like "$out" "not a run: hiking \(from its name\)" "the hike too, named in French"
like "$out" "not a run: cycling \(from its speed\)" "the 36 km/h track is a ride by its speed"
like "$out" "sport not declared: 2 activities decided by their speed" "the summary says the ride and the run were decided by their speed"
like "$out" "sport not declared: 2 activities decided by their names" "and the others by their names"
is "$(sql 'SELECT avg_hr FROM runs')" 150 "heart rate from <bpm>"

run --now $NOW import --sport run "$T/mixed.gpx"
is "$rc" 0 "--sport run"
like "$out" "Imported: 3" "takes the three others as runs too"
run --now $NOW import --sport bike "$T/mixed.gpx"
is "$rc" 2 "--sport with anything but run: exit 2"
like "$err" '"bike" is not known \(expected run\)' "the message names the value"

# An eTrex-like file: the first point has no position, one goes back in
# time: the track still counts.
rm -f "$DB"
{
	echo "$head<trk><name>Lachine</name><trkseg><trkpt><ele>20</ele><time>2026-06-01T09:59:00Z</time></trkpt>"
	echo '<trkpt lat="45.5" lon="-73.6"><time>2026-06-01T10:00:00Z</time></trkpt>'
	echo '<trkpt lat="45.509" lon="-73.6"><time>2026-06-01T10:05:00Z</time></trkpt>'
	echo '<trkpt lat="45.7" lon="-73.6"><time>2026-06-01T09:00:00Z</time></trkpt>'
	echo '<trkpt lat="45.518" lon="-73.6"><time>2026-06-01T10:10:00Z</time></trkpt></trkseg></trk></gpx>'
} >"$T/etrex.gpx"
run --now $NOW import "$T/etrex.gpx"
is "$rc" 0 "a file whose first point has no position imports"
like "$out" "Imported: 1" "its run is imported"
like "$out" "1 track point without a position left out" "the point without a position is counted"
like "$out" "1 track point going back in time left out" "and the one going back in time"
is "$(sql 'SELECT duration_s FROM runs')" 600.0 "ten minutes of running"

# Files that are not what they claim: named for what they are.
: >"$T/empty.gpx"
echo hello >"$T/text.gpx"
gzip -c "$FIX/gpx_garmin-connect_run_hr.gpx" | head -c 4000 >"$T/cut.gpx.gz"
run --now $NOW import "$T/empty.gpx"
like "$err" "empty\.gpx: the file is empty" "an empty file says so"
run --now $NOW import "$T/text.gpx"
like "$err" "text\.gpx: not an XML file" "a text file says it is not XML"
run --now $NOW import "$T/cut.gpx.gz"
like "$err" "cut\.gpx\.gz: the gzip file is cut short" "a truncated gzip says so"
is "$rc" 1 "and fails with exit 1"

# The same run from two sources: a watch's TCX and the GPX of the same
# outing, 5% apart in distance and a few seconds apart in start: once.
rm -f "$DB"
cat >"$T/watch.tcx" <<TCX
<?xml version="1.0"?><TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2"><Activities>
<Activity Sport="running"><Id>2026-06-27T10:00:04Z</Id><Lap StartTime="2026-06-27T10:00:04Z"><TotalTimeSeconds>2990</TotalTimeSeconds><DistanceMeters>9900</DistanceMeters><AverageHeartRateBpm><Value>152</Value></AverageHeartRateBpm></Lap></Activity>
</Activities></TrainingCenterDatabase>
TCX
{ echo "$head"; gpx_track "Morning Run" "" 2026-06-27 0.0017 50 ""; echo '</gpx>'; } >"$T/phone.gpx"
run --now $NOW import "$T/phone.gpx"
like "$out" "Imported: 1" "the phone's GPX first"
is "$(sql 'SELECT coalesce(avg_hr, 0) FROM runs')" 0 "without heart rate"
run --now $NOW import --dry-run "$T/watch.tcx"
like "$out" "Dry run: nothing was written" "--dry-run says so"
like "$out" "Would merge: 1" "and that the watch's file would merge"
is "$(sql 'SELECT coalesce(avg_hr, 0) FROM runs')" 0 "--dry-run writes nothing"
run --now $NOW import "$T/watch.tcx"
like "$out" "Imported: 0" "the watch's TCX of the same run adds no run (Sport=\"running\" in lower case read)"
like "$out" "Merged: 1" "it is merged"
is "$(sql 'SELECT count(*) || " " || avg_hr FROM runs')" "1 152" "one run, with the watch's heart rate"
sql "UPDATE runs SET rpe = 7, note = 'mine'"
run --now $NOW import "$T/watch.tcx" "$T/phone.gpx"
like "$out" "Already there: 2" "importing both again: already there"
is "$(sql 'SELECT rpe || " " || note FROM runs')" "7 mine" "the runner's effort and note are kept"

run --now $NOW import --json "$T/watch.tcx" "$T/mixed.gpx"
is "$rc" 0 "--json"
is "$(printf '%s' "$out" | jq -c '[.sources.tcx.already_there, .sources.gpx.files, .total.files, .dry_run]')" \
	"[1,1,2,false]" "per source counts"
is "$(printf '%s' "$out" | jq -c '[.skipped_by[] | .count] | add')" 3 "the skipped activities, by reason"
is "$(printf '%s' "$out" | jq -r 'keys | join(",")')" \
	"damaged,dry_run,failures,not_activities,points_skipped,skipped_by,sources,sport_decided_by,total,undecided_sport" "the summary's keys"

# Strava exports in French and German: headers, types and dates.
rm -f "$DB"
cat >"$T/fr.csv" <<'CSV'
ID de l'activité,Date de l'activité,Nom de l'activité,Type d'activité,Description de l'activité,Temps écoulé,Distance,Fréquence cardiaque max.,Effort relatif,Déplacement-transport,Note privée sur les activités,Matériel utilisé pour l'activité,Nom du fichier,Poids de l'athlète,Poids du vélo,Temps écoulé,Durée de déplacement,Distance,Vitesse max.,Vitesse moyenne,Dénivelé positif
101,"3 juil. 2026, 10:15:00",Course du matin,Course à pied,,3100,"10,02",,,false,,,activities/101.gpx,,,3100.0,3000.0,10020.0,,,45.5
102,"4 juil. 2026, 10:15:00",Sortie,Vélo,,7200,"40,1",,,false,,,activities/102.gpx,,,7200.0,7000.0,40100.0,,,120.0
103,"30 févr. 2026, 10:15:00",Impossible,Course à pied,,3100,"10,0",,,false,,,,,,3100.0,3000.0,10000.0,,,
CSV
run --now $NOW import "$T/fr.csv"
is "$rc" 1 "a French export with an impossible date fails"
like "$err" 'record 4: .*"30 févr\. 2026, 10:15:00" is not a date' "Feb 30 is refused, not rolled into March"
is "$(sql 'SELECT count(*) FROM runs')" 0 "and nothing of the file is imported"
head -n 3 "$T/fr.csv" >"$T/fr-ok.csv"
run --now $NOW import "$T/fr-ok.csv"
is "$rc" 0 "a French export"
like "$out" "Imported: 1" "its run"
like "$out" "not a run: Vélo" "the ride is skipped under its French type"
is "$(sql 'SELECT start || " " || distance_m || " " || duration_s || " " || elevation_m FROM runs')" \
	"2026-07-03T10:15:00 10020.0 3000.0 45.5" "date, metres, moving time and climb from the French columns"

rm -f "$DB"
printf '%s\n%s\n' \
	'Aktivitäts-ID,Aktivitätsdatum,Name der Aktivität,Aktivitätsart,Verstrichene Zeit,Distanz,Max. Herzfrequenz,Verstrichene Zeit,Bewegungszeit,Distanz,Höhenzunahme,Durchschnittliche Herzfrequenz' \
	'201,"21.07.2026, 15:09:27",Lauf am Nachmittag,Lauf,1390,"2,81",190,1390,1300,2810.0,0.0,148' >"$T/de.csv"
run --now $NOW import "$T/de.csv"
is "$rc" 0 "a German export"
is "$(sql 'SELECT start || " " || distance_m || " " || avg_hr FROM runs')" \
	"2026-07-21T15:09:27 2810.0 148" "its run, with the German date and heart rate"

# A Strava export folder: each run's own file gives the heart rate the
# row lacks, and the folder imported twice, or the folder then its CSV,
# adds nothing.
rm -f "$DB"
mkdir -p "$T/export/activities"
head -n 3 "$T/fr.csv" >"$T/export/activities.csv"
{ echo "$head"; gpx_track "Course du matin" "" 2026-07-03 0.0015 50 "147"; echo '</gpx>'; } \
	| sed 's/T10:\([0-9][0-9]\):00Z/T10:\1:00Z/' >"$T/export/activities/101.gpx"
run --now $NOW import "$T/export"
like "$out" "Imported: 1" "the export folder's run"
is "$(sql 'SELECT avg_hr FROM runs')" 147 "with the heart rate of its own file"
run --now $NOW import "$T/export"
like "$out" "Imported: 0" "the folder again adds nothing"
run --now $NOW import "$T/export/activities/101.gpx" "$T/export/activities.csv"
like "$out" "Imported: 0" "nor its files one by one"
is "$(sql 'SELECT count(*) FROM runs')" 1 "one run in the database"

done_testing

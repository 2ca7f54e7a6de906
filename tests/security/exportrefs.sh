#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# exportrefs.sh - the files an export names (a Strava "Filename", an Apple
# Health route's FileReference) are read only from inside the export and
# only when they are regular files: a name climbing out with "..", an
# absolute path, a link leading out, a FIFO or a device is left unread, and
# the import neither hangs nor fails for it (the rows keep their own
# figures).  A name inside the export still brings its file's figures.
. "$top_srcdir/tests/lib.sh"

FIX=${FIXTURES:-$top_srcdir/tests/fixtures}
TZ=UTC0
export TZ
GPX=$FIX/gpx_garmin-connect_run_hr.gpx

# What lies outside the exports: a GPX with heart rate, and a FIFO.
cp "$GPX" "$T/outside.gpx"
mkfifo "$T/outside.fifo"

# --- Strava: activities.csv beside activities/ ------------------------------
S=$T/strava
mkdir -p "$S/activities"
cp "$GPX" "$S/activities/inside.gpx"
mkfifo "$S/activities/fifo.gpx"
ln -s "$T/outside.gpx" "$S/activities/link.gpx"
ln -s /dev/zero "$S/activities/zero.gpx"
ln -s "$T/outside.fifo" "$S/activities/outfifo.gpx"
{
	echo "Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance,Filename"
	n=1
	for f in activities/inside.gpx ../outside.gpx "$T/outside.gpx" activities/fifo.gpx \
		activities/link.gpx activities/zero.gpx activities/outfifo.gpx; do
		echo "$n,\"Jul $n, 2026, 7:00:00 AM\",run-$n,Run,3000,10.0,$f"
		n=$((n + 1))
	done
} >"$S/activities.csv"
timeout 30 "$KNEAD" --db "$DB" import "$S" >"$T/out" 2>"$T/err"
rc=$?
is "$rc" 0 "a Strava export naming files out of it, a FIFO, a device: imported, no hang"
is "$(sql 'SELECT count(*) FROM runs')" 7 "  every row is a run"
is "$(sql "SELECT avg_hr IS NOT NULL FROM runs WHERE note = 'run-1'")" 1 \
	"  the file inside the export gave its heart rate"
is "$(sql "SELECT count(*) FROM runs WHERE note <> 'run-1' AND avg_hr IS NOT NULL")" 0 \
	"  no file outside it, nor a FIFO or a device, was read"
test -p "$S/activities/fifo.gpx" && test -p "$T/outside.fifo"
ok $? "  the FIFOs are still FIFOs"

# --- Apple Health: export.xml and its workout-routes/ -------------------------
H=$T/apple_health_export
mkdir -p "$H/workout-routes"
cp "$GPX" "$H/workout-routes/inside.gpx"
mkfifo "$H/workout-routes/fifo.gpx"
ln -s "$T/outside.gpx" "$H/workout-routes/link.gpx"
ln -s "$T/outside.fifo" "$H/workout-routes/outfifo.gpx"
{
	echo '<?xml version="1.0" encoding="UTF-8"?>'
	echo '<HealthData locale="en_CA">'
	d=1
	for ref in /workout-routes/inside.gpx /../outside.gpx "/../../..$T/outside.gpx" \
		/workout-routes/fifo.gpx /workout-routes/link.gpx /workout-routes/outfifo.gpx; do
		echo " <Workout workoutActivityType=\"HKWorkoutActivityTypeRunning\" duration=\"30\" durationUnit=\"min\" sourceName=\"Watch\" startDate=\"2026-08-0$d 07:00:00 -0400\" endDate=\"2026-08-0$d 07:30:00 -0400\">"
		echo "  <WorkoutRoute sourceName=\"Watch\"><FileReference path=\"$ref\"/></WorkoutRoute>"
		echo " </Workout>"
		d=$((d + 1))
	done
	echo '</HealthData>'
} >"$H/export.xml"
DB=$T/health.db
timeout 30 "$KNEAD" --db "$DB" import "$H/export.xml" >"$T/out" 2>"$T/err"
rc=$?
ok "$([ "$rc" -le 1 ]; echo $?)" "a Health export whose routes lead out, or to FIFOs: done, no hang (exit $rc)"
is "$(sql "SELECT count(*) FROM runs WHERE start LIKE '2026-08-01%'")" 1 \
	"  the route inside the export gave its distance"
is "$(sql "SELECT count(*) FROM runs WHERE start NOT LIKE '2026-08-01%'")" 0 \
	"  no route outside it, nor a FIFO, was read"

done_testing

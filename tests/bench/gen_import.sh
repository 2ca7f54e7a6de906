#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# gen_import.sh - files for the import benchmark.
#
#   gen_import.sh gpx FILE POINTS        a Garmin-style GPX: tracks of 5000
#                                        points, one a second, with elevation
#                                        and heart rate
#   gen_import.sh csv FILE ROWS HEADER   a Strava activities.csv with the
#                                        header line of HEADER (a real
#                                        export's), mostly runs, some rides
#   gen_import.sh health FILE MB         an Apple Health export.xml of about
#                                        MB megabytes: heart-rate and step
#                                        samples, a workout a day (runs,
#                                        some rides)
#   gen_import.sh strava-zip ZIP ROWS HEADER
#                                        a Strava export .zip as downloaded:
#                                        activities.csv (as csv above) and
#                                        each row's activity file, .gpx.gz
#                                        or .tcx.gz, under activities/
#   gen_import.sh health-routes-zip ZIP N
#                                        an Apple Health export.zip of N runs
#                                        without a distance, each with its
#                                        route under workout-routes/
#   gen_import.sh health-many FILE N     an export.xml of N running
#                                        workouts and nothing else
#   gen_import.sh zip-dups ZIP COPIES ROWS
#                                        a zip holding COPIES entries all
#                                        named activities.csv, each of ROWS
#                                        runs (needs python3)
# The content is fixed (no randomness): the same size gives the same file.
set -eu

case ${1:-} in
gpx)
	awk -v points="$3" 'BEGIN {
		per_track = 5000
		print "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
		print "<gpx creator=\"Garmin Connect\" version=\"1.1\""
		print "  xmlns=\"http://www.topografix.com/GPX/1/1\""
		print "  xmlns:ns3=\"http://www.garmin.com/xmlschemas/TrackPointExtension/v1\">"
		# Around the Lachine Canal, 3 m a second, elevation waving.
		lat0 = 45.4800; lon0 = -73.5800
		for (p = 0; p < points; p++) {
			i = p % per_track
			if (i == 0) {
				if (p > 0)
					print "    </trkseg>\n  </trk>"
				track = int(p / per_track)
				printf "  <trk>\n    <name>Run %d</name>\n    <type>running</type>\n    <trkseg>\n", track + 1
			}
			# One track a day from 2020-06-01 06:00Z.
			day = 1 + track % 30; month = 6 + int(track / 30)
			s = i; hh = 6 + int(s / 3600); mm = int(s / 60) % 60; ss = s % 60
			lat = lat0 + 0.000027 * i * cos(i / 700)
			lon = lon0 + 0.000038 * i * sin(i / 900)
			ele = 30 + 12 * sin(i / 250)
			hr = 140 + int(15 * sin(i / 400))
			printf "      <trkpt lat=\"%.9f\" lon=\"%.9f\">\n", lat, lon
			printf "        <ele>%.1f</ele>\n", ele
			printf "        <time>2020-%02d-%02dT%02d:%02d:%02d.000Z</time>\n", month, day, hh, mm, ss
			printf "        <extensions>\n          <ns3:TrackPointExtension>\n"
			printf "            <ns3:hr>%d</ns3:hr>\n            <ns3:cad>88</ns3:cad>\n", hr
			printf "          </ns3:TrackPointExtension>\n        </extensions>\n      </trkpt>\n"
		}
		print "    </trkseg>\n  </trk>\n</gpx>"
	}' > "$2"
	;;
csv)
	head -n 1 "$4" > "$2"
	awk -v rows="$3" -v header="$(head -n 1 "$4")" 'BEGIN {
		n = split(header, names, ",")
		for (i = 1; i <= n; i++) {
			name = names[i]
			gsub(/<[^>]*>/, "", name); gsub(/"/, "", name)
			seen[name]++
			col[name "#" seen[name]] = i
		}
		split("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec", mon, " ")
		for (r = 0; r < rows; r++) {
			for (i = 1; i <= n; i++)
				f[i] = ""
			kind = r % 10 == 9 ? "Ride" : r % 10 == 4 ? "Trail Run" : "Run"
			km = kind == "Ride" ? 30 + r % 20 : 5 + (r * 7) % 17
			moving = int(km * (kind == "Ride" ? 120 : 330 + r % 40))
			# One activity a day from 2010-01-01, late afternoon UTC.
			d = r; y = 2010; m = 1
			while (1) {
				dim = m == 2 ? ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28) \
				    : (m == 4 || m == 6 || m == 9 || m == 11) ? 30 : 31
				if (d < dim) break
				d -= dim; m++
				if (m > 12) { m = 1; y++ }
			}
			f[col["Activity ID#1"]] = 1000000000 + r
			f[col["Activity Date#1"]] = sprintf("\"%s %d, %d, %d:%02d:%02d PM\"", mon[m], d + 1, y, 4 + r % 6, r % 60, (r * 7) % 60)
			f[col["Activity Name#1"]] = r % 50 == 0 ? "Race day" : "Afternoon " kind
			f[col["Activity Type#1"]] = kind
			f[col["Elapsed Time#1"]] = moving + 60
			f[col["Distance#1"]] = sprintf("%.2f", km)
			f[col["Elapsed Time#2"]] = sprintf("%.1f", moving + 60)
			f[col["Moving Time#1"]] = sprintf("%.1f", moving)
			f[col["Distance#2"]] = sprintf("%.1f", km * 1000)
			f[col["Elevation Gain#1"]] = sprintf("%.1f", 20 + r % 150)
			f[col["Average Heart Rate#1"]] = sprintf("%.1f", 135 + r % 30)
			f[col["Perceived Exertion#1"]] = r % 3 ? "" : 3 + r % 7
			f[col["Filename#1"]] = "activities/" (1000000000 + r) ".gpx"
			f[col["Commute#1"]] = "false"
			line = f[1]
			for (i = 2; i <= n; i++)
				line = line "," f[i]
			print line
		}
	}' >> "$2"
	;;
health)
	awk -v mb="$3" 'BEGIN {
		print "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
		print "<HealthData locale=\"en_CA\">"
		print " <ExportDate value=\"2026-11-23 20:00:00 -0500\"/>"
		limit = mb * 1024 * 1024; size = 0
		# A day: 12 samples an hour of heart rate and steps, then its workout.
		for (day = 0; size < limit; day++) {
			t = day * 86400
			for (h = 0; h < 24; h++)
				for (k = 0; k < 12; k++) {
					s = strftime("%Y-%m-%d %H:%M:%S -0400", 1262322000 + t + h * 3600 + k * 300, 1)
					line = sprintf(" <Record type=\"HKQuantityTypeIdentifierHeartRate\" sourceName=\"Watch\" unit=\"count/min\" creationDate=\"%s\" startDate=\"%s\" endDate=\"%s\" value=\"%d\"/>\n <Record type=\"HKQuantityTypeIdentifierStepCount\" sourceName=\"iPhone\" unit=\"count\" creationDate=\"%s\" startDate=\"%s\" endDate=\"%s\" value=\"%d\"/>", s, s, s, 60 + (h * 7 + k) % 90, s, s, s, (h * 31 + k) % 400)
					print line; size += length(line) + 1
				}
			type = day % 7 == 3 ? "HKWorkoutActivityTypeCycling" : "HKWorkoutActivityTypeRunning"
			st = strftime("%Y-%m-%d %H:%M:%S -0400", 1262322000 + t + 6 * 3600, 1)
			en = strftime("%Y-%m-%d %H:%M:%S -0400", 1262322000 + t + 6 * 3600 + 2700, 1)
			line = sprintf(" <Workout workoutActivityType=\"%s\" duration=\"45\" durationUnit=\"min\" totalDistance=\"%.2f\" totalDistanceUnit=\"km\" sourceName=\"Watch\" startDate=\"%s\" endDate=\"%s\">\n  <WorkoutStatistics type=\"HKQuantityTypeIdentifierHeartRate\" startDate=\"%s\" endDate=\"%s\" average=\"%d\" unit=\"count/min\"/>\n </Workout>", type, 7 + day % 9, st, en, st, en, 140 + day % 20)
			print line; size += length(line) + 1
		}
		print "</HealthData>"
	}' > "$2"
	;;
strava-zip)
	work=$(mktemp -d "${TMPDIR:-/tmp}/knead-strava.XXXXXX")
	mkdir -p "$work/export_1/activities"
	sh "$0" csv "$work/export_1/activities.csv" "$3" "$4"
	# Every other file a TCX; the CSV names them all .gpx: rename in it.
	sed -i 's|activities/\([0-9]*[02468]\)\.gpx|activities/\1.tcx.gz|; s|activities/\([0-9]*[13579]\)\.gpx|activities/\1.gpx.gz|' \
		"$work/export_1/activities.csv"
	awk -F, -v dir="$work/export_1" 'NR > 1 {
		for (i = 1; i <= NF; i++) if ($i ~ /^activities\//) { f = $i; break }
		id = $1
		# A 10-minute track, a point every 2 s, with heart rate.
		if (f ~ /tcx/) {
			out = dir "/" substr(f, 1, length(f) - 3)
			print "<?xml version=\"1.0\"?><TrainingCenterDatabase xmlns=\"http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2\"><Activities><Activity Sport=\"Running\"><Id>2010-01-01T16:00:00Z</Id><Lap StartTime=\"2010-01-01T16:00:00Z\"><TotalTimeSeconds>600</TotalTimeSeconds><DistanceMeters>2000</DistanceMeters><AverageHeartRateBpm><Value>150</Value></AverageHeartRateBpm><Track>" > out
			for (p = 0; p < 300; p++)
				printf "<Trackpoint><Time>2010-01-01T16:%02d:%02dZ</Time><DistanceMeters>%d</DistanceMeters><HeartRateBpm><Value>%d</Value></HeartRateBpm></Trackpoint>", int(p * 2 / 60), (p * 2) % 60, p * 7, 140 + p % 20 > out
			print "</Track></Lap></Activity></Activities></TrainingCenterDatabase>" > out
		} else {
			out = dir "/" substr(f, 1, length(f) - 3)
			print "<?xml version=\"1.0\"?><gpx version=\"1.1\" xmlns=\"http://www.topografix.com/GPX/1/1\"><trk><trkseg>" > out
			for (p = 0; p < 300; p++)
				printf "<trkpt lat=\"%.6f\" lon=\"-73.58\"><time>2010-01-01T16:%02d:%02dZ</time><extensions><hr>%d</hr></extensions></trkpt>\n", 45.48 + p * 0.00006, int(p * 2 / 60), (p * 2) % 60, 140 + p % 20 > out
			print "</trkseg></trk></gpx>" > out
		}
		close(out)
	}' "$work/export_1/activities.csv"
	gzip -qr "$work/export_1/activities"
	rm -f "$2"
	(cd "$work" && zip -qr "$2" export_1)
	rm -rf "$work"
	;;
health-routes-zip)
	work=$(mktemp -d "${TMPDIR:-/tmp}/knead-health.XXXXXX")
	mkdir -p "$work/apple_health_export/workout-routes"
	awk -v n="$3" -v dir="$work/apple_health_export" 'BEGIN {
		x = dir "/export.xml"
		print "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<HealthData locale=\"en_CA\">" > x
		for (w = 0; w < n; w++) {
			# One run a day from 2015-01-01, 20 minutes, at 06:00 -0500.
			t = 1420110000 + w * 86400
			d = strftime("%Y-%m-%d %H:%M:%S -0500", t - 5 * 3600, 1)
			e = strftime("%Y-%m-%d %H:%M:%S -0500", t - 5 * 3600 + 1200, 1)
			r = sprintf("route_%05d.gpx", w)
			printf " <Workout workoutActivityType=\"HKWorkoutActivityTypeRunning\" duration=\"20\" durationUnit=\"min\" sourceName=\"Watch\" startDate=\"%s\" endDate=\"%s\">\n", d, e > x
			printf "  <WorkoutRoute sourceName=\"Watch\"><FileReference path=\"/workout-routes/%s\"/></WorkoutRoute>\n </Workout>\n", r > x
			g = dir "/workout-routes/" r
			print "<?xml version=\"1.0\"?><gpx version=\"1.1\" xmlns=\"http://www.topografix.com/GPX/1/1\"><trk><trkseg>" > g
			for (p = 0; p < 20; p++)
				printf "<trkpt lat=\"%.6f\" lon=\"-73.58\"><time>%s</time></trkpt>\n", 45.48 + p * 0.0009, strftime("%Y-%m-%dT%H:%M:%SZ", t + p * 60, 1) > g
			print "</trkseg></trk></gpx>" > g
			close(g)
		}
		print "</HealthData>" > x
	}'
	rm -f "$2"
	(cd "$work" && zip -qr "$2" apple_health_export)
	rm -rf "$work"
	;;
health-many)
	awk -v n="$3" 'BEGIN {
		print "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<HealthData locale=\"en_CA\">"
		for (w = 0; w < n; w++) {
			# A run every 10 minutes from 1990-01-01: 2 M of them span 38 years.
			t = 631152000 + w * 600
			printf " <Workout workoutActivityType=\"HKWorkoutActivityTypeRunning\" duration=\"5\" durationUnit=\"min\" totalDistance=\"1.2\" totalDistanceUnit=\"km\" sourceName=\"Watch\" startDate=\"%s\" endDate=\"%s\"/>\n", strftime("%Y-%m-%d %H:%M:%S +0000", t, 1), strftime("%Y-%m-%d %H:%M:%S +0000", t + 300, 1)
		}
		print "</HealthData>"
	}' > "$2"
	;;
zip-dups)
	python3 - "$2" "$3" "$4" <<'PY'
import sys, warnings, zipfile
warnings.simplefilter("ignore")
path, copies, rows = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
head = "Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance\n"
with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
    for k in range(copies):
        body = "".join('%d,"Jan %d, 2025, 7:00:00 AM",copy %d run %d,Run,3000,10.0\n'
                       % (k * rows + i, i % 28 + 1, k, i) for i in range(rows))
        z.writestr("activities.csv", head + body)
PY
	;;
*)
	echo "usage: gen_import.sh gpx FILE POINTS | csv FILE ROWS HEADER-FILE | health FILE MB | strava-zip ZIP ROWS HEADER-FILE | health-routes-zip ZIP N | health-many FILE N | zip-dups ZIP COPIES ROWS" >&2
	exit 2
	;;
esac

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
*)
	echo "usage: gen_import.sh gpx FILE POINTS | csv FILE ROWS HEADER-FILE" >&2
	exit 2
	;;
esac

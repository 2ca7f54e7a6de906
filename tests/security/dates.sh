#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# dates.sh - dates and durations every way in agrees on: importers refuse
# what knead log refuses (year 1, the future),
# Strava's "Feb 30" is refused rather than rolled to March 2, and "1h60m"
# is refused like "1:60:00".
. "$top_srcdir/tests/lib.sh"

NOW=2026-03-01T10:00

gpx() { # gpx FILE START END: a two-point track
	printf '<?xml version="1.0"?><gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1"><trk><trkseg><trkpt lat="45.50" lon="-73.60"><time>%s</time></trkpt><trkpt lat="45.54" lon="-73.60"><time>%s</time></trkpt></trkseg></trk></gpx>\n' \
		"$2" "$3" >"$1"
}
gpx "$T/year1.gpx" 0001-01-01T10:00:00Z 0001-01-01T10:30:00Z
gpx "$T/future.gpx" 2999-06-01T10:00:00Z 2999-06-01T10:30:00Z
gpx "$T/fine.gpx" 2026-02-01T10:00:00Z 2026-02-01T10:30:00Z
run --now "$NOW" import "$T/year1.gpx" "$T/future.gpx" "$T/fine.gpx"
is "$rc" 0 "an import with runs dated year 1 and 2999 goes on with the rest"
is "$(sql "SELECT count(*) FROM runs")" 1 "  only the plausible run is stored"
like "$out" "Skipped: 2" "  the other two are reported as skipped"
like "$out" "before 1900" "  one because it is before 1900"
like "$out" "too far in the future" "  one because it is in the future"

# The same activity from sources that write its time in different zones
# ("Z" and "+02:00"): compared as the same instant, stored once.
gpx "$T/utc.gpx" 2026-02-05T10:00:00Z 2026-02-05T10:30:00Z
gpx "$T/offset.gpx" 2026-02-05T12:00:00+02:00 2026-02-05T12:30:00+02:00
TZ=America/Montreal "$KNEAD" --db "$DB" --now "$NOW" import "$T/utc.gpx" >/dev/null
TZ=America/Montreal "$KNEAD" --db "$DB" --now "$NOW" import "$T/offset.gpx" >"$T/out"
like "$(cat "$T/out")" "Already there: 1" "a time with an offset is the same instant as its UTC form"
is "$(sql "SELECT count(*) FROM runs WHERE start LIKE '2026-02-05%'")" 1 "  stored once"

printf 'Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance\n8,"Feb 30, 2025, 10:00:00 AM",x,Run,1800,5.0\n' \
	>"$T/activities.csv"
run --now "$NOW" import "$T/activities.csv"
like "$err" 'Feb 30, 2025.* is not a date' "Strava's Feb 30 is refused, named"
is "$(sql "SELECT count(*) FROM runs WHERE start LIKE '2025-03-02%'")" 0 "  never stored as March 2"

for d in 1h60m 1m60s 1:60:00 0:60; do
	run --now "$NOW" log run 10km "$d"
	is "$rc" 2 "log run 10km $d is refused (exit 2)"
done
run --now "$NOW" log run 10km 1h59m59s
is "$rc" 0 "1h59m59s is fine"
run --now "$NOW" log run 10km 90m
is "$rc" 0 "90m alone is fine (the first unit may pass 60)"

# The command line's own rules, from the same validator.
run --now "$NOW" log run 100km 60s
is "$rc" 2 "100 km in 60 s is refused"
like "$err" "faster than any runner" "  as faster than anyone runs"
run --now "$NOW" log run 0.001m 1s
is "$rc" 2 "a run of a millimetre is refused"
run --now "$NOW" race add 1899-05-01 Old 10km
is "$rc" 2 "a race before 1900 is refused"

done_testing

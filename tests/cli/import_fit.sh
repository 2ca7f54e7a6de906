#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# knead import of FIT files: plain, gzip'd, in a folder (by name or by
# signature), re-imported, and damaged ones refused with nothing written.
. "$top_srcdir/tests/lib.sh"
NOW=2026-11-23T18:30
FIX=${FIXTURES:-$top_srcdir/tests/fixtures}
# Imported start times are UTC converted to local time: pin the zone.
TZ=UTC0
export TZ

run --now $NOW import "$FIX/fit_garmin_run_3laps.fit"
is "$rc" 0 "a FIT run: exit 0"
like "$out" "Imported: 1" "one run imported"
run --now $NOW list runs --json
is "$(printf '%s' "$out" | jq -c '.[0] | [.start, .distance_m, .duration_s, .avg_hr, .elevation_m, .source, .source_id]')" \
	'["2017-10-11T16:48:25",3230.8,1763.3,152,10,"fit","2017-10-11T16:48:25Z"]' \
	"the session's figures, start in local time"

gzip -c "$FIX/fit_suunto_trailrun_devfields.fit" >"$T/suunto.fit.gz"
run --now $NOW import "$T/suunto.fit.gz"
is "$rc" 0 "a .fit.gz: exit 0"
like "$out" "Imported: 1" "the gzip'd trail run is imported"
is "$(sql "SELECT kind || ' ' || distance_m || ' ' || duration_s FROM runs WHERE source_id = '2020-03-04T16:14:31Z'")" \
	"trail 6458.0 2160.68" "a trail run, timer time as duration"

mkdir -p "$T/watch/GARMIN/ACTIVITY"
cp "$FIX/fit_coros_run_nosubsport.fit" "$T/watch/GARMIN/ACTIVITY/RUN.FIT"
cp "$FIX/fit_virtualride_nostart.fit" "$T/watch/ride.fit"
cp "$FIX/fit_garmin_run_3laps.fit" "$T/watch/download.bin"
printf 'not a FIT file at all' >"$T/watch/notes.txt"
run --now $NOW import "$T/watch"
is "$rc" 0 "a folder of FIT files: exit 0"
like "$out" "Read 3 files" "found by name (any case) and by signature, not notes.txt"
like "$out" "Imported: 1" "the Coros run is new"
like "$out" "Already there: 1" "the Garmin run under another name is already there"
like "$out" "1  not a run: cycling" "the ride is skipped by sport"
is "$(sql 'SELECT count(*) FROM runs WHERE source = '"'fit'")" 3 "three FIT runs stored"

sum=$(db_sum)
run --now $NOW import "$FIX/fit_garmin_unclosed_broken.fit"
is "$rc" 1 "a FIT file the watch never closed: exit 1"
like "$err" "fit_garmin_unclosed_broken\.fit: byte 4: the FIT header announces no data" \
	"names the file, the byte and the problem"
like "$out" "Failed: 1" "counted as failed"
is "$(db_sum)" "$sum" "nothing written"

cp "$FIX/fit_coros_run_nosubsport.fit" "$T/damaged.fit"
printf '\377' | dd of="$T/damaged.fit" bs=1 seek=60000 conv=notrunc 2>/dev/null
sql "DELETE FROM runs WHERE source_id = '2020-03-14T13:52:29Z'"
sum=$(db_sum)
run --now $NOW import "$T/damaged.fit"
is "$rc" 1 "a byte changed inside: exit 1"
like "$err" "damaged\.fit: byte 117334: the FIT data's CRC is [0-9A-F]{4} but its bytes give [0-9A-F]{4}" \
	"the CRC says so"
like "$out" "Imported: 0" "nothing imported"
is "$(db_sum)" "$sum" "the database is unchanged"

head -c 50000 "$FIX/fit_coros_run_nosubsport.fit" | gzip -c >"$T/cut.fit.gz"
run --now $NOW import "$T/cut.fit.gz"
is "$rc" 1 "a FIT file cut short, gzip'd: exit 1"
like "$err" "cut\.fit\.gz: the file ends at byte 50000" "says where it ends"

gzip -c "$FIX/fit_coros_run_nosubsport.fit" | head -c 20000 >"$T/cutgz.fit.gz"
run --now $NOW import "$T/cutgz.fit.gz"
is "$rc" 1 "a truncated gzip stream: exit 1"
like "$err" "cutgz\.fit\.gz: byte [0-9]+: the gzip stream is cut short" "names the file and says the gzip stream is cut short"
is "$(sql "SELECT count(*) FROM runs WHERE source_id = '2020-03-14T13:52:29Z'")" 0 \
	"nothing of it imported"

# Damaged after its session (the Strava app's file): the run is kept, and
# the summary says after which byte; JSON says so too.
f="$FIX/fit_garmin_run_3laps.fit"
head -c $(($(wc -c <"$f") - 20)) "$f" >"$T/after.fit"
rm -f "$DB"
run --now $NOW import "$T/after.fit"
is "$rc" 0 "a FIT file damaged after its session: exit 0"
like "$out" "after\.fit: damaged after byte [0-9]+: 1 run kept" "the summary says how many runs were kept"
like "$out" "Imported: 1" "the run is imported"
is "$(sql 'SELECT count(*) FROM runs')" 1 "and stored"
rm -f "$DB"
run --now $NOW import --json "$T/after.fit"
is "$(printf '%s' "$out" | jq -r '.damaged[0].runs_kept')" 1 "--json: damaged[].runs_kept"
is "$(printf '%s' "$out" | jq -r '.damaged[0].after_byte > 0')" true "--json: damaged[].after_byte"

done_testing

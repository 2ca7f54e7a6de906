#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# knead export: CSV, JSON (and back with import), iCalendar, --output.
. "$top_srcdir/tests/lib.sh"
NOW=2026-09-14T08:00
FIX=${FIXTURES:-$top_srcdir/tests/fixtures}
ICS_CHECK=${top_builddir:-.}/tests/cli/ics_check
k() { "$KNEAD" --db "$DB" --now $NOW "$@" >/dev/null; }

k log run 10km 52:30 --rpe 6 --note 'Canal, "windy"'
k log run 5km 30:00 --date 2026-09-10
k log sore calf:left 4 --date 2026-09-13
k log sore lower-back 2 --date 2026-09-13 --note 'after the long run'
k log massage sports --regions hamstring:right,lower-back --date 2026-09-01 --therapist Élise
k race add 2026-09-20 "Marathon de Montréal" 42.195km --priority A
k import "$FIX/tcx_polar-m400_run_oneline.tcx"
k rm runs 2

run --now $NOW export --format json
is "$rc" 0 "export --format json"
is "$(printf '%s' "$out" | jq -c '[.format, .version, (.runs | length), (.soreness | length), (.massages | length), (.races | length)]')" \
	'["knead-export",1,2,2,1,1]' "every table is there"
run --now $NOW list runs --json
is "$(printf '%s' "$out" | jq -cS '.')" "$("$KNEAD" --db "$DB" export --format json | jq -cS '.runs')" \
	"runs are written as knead list --json writes them"

run --now $NOW export
is "$rc" 0 "export (CSV by default)"
is "$(printf '%s\n' "$out" | head -n 1)" \
	"record,id,when,kind,distance_m,duration_s,rpe,avg_hr,elevation_m,source,source_id,region,side,level,regions,therapist,name,priority,note,cleared" \
	"the CSV header"
like "$out" 'run,1,[0-9T:-]+,easy,10000,3150,6,,,manual,,,,,,,,,"Canal, ""windy"""' "quoting"
like "$out" "massage,1,2026-09-01,sports,,,,,,,,,,,hamstring:right;lower-back,Élise" "a massage line"

# Round trip: export, import into an empty database, export again.
run --now $NOW export --format json --output "$T/a.json"
is "$rc" 0 "export --output"
is "$(stat -c %a "$T/a.json")" 600 "the file is private (0600)"
is "$(ls -A "$T" | grep -c '^a\.json.')" 0 "no temporary file is left beside it"
"$KNEAD" --db "$T/b.db" import "$T/a.json" >"$T/import.out"
is "$?" 0 "import the JSON export into an empty database"
like "$(cat "$T/import.out")" "Imported: 6" "six rows"
"$KNEAD" --db "$T/b.db" export --format json --output "$T/b.json"
# Ids are renumbered in the new database (run 2 was removed here).
is "$(jq -cS 'del(.. | .id?)' "$T/b.json")" "$(jq -cS 'del(.. | .id?)' "$T/a.json")" \
	"the same data comes back"
"$KNEAD" --db "$T/b.db" import "$T/a.json" >"$T/import.out"
like "$(cat "$T/import.out")" "Already there: 6" "importing it again adds nothing"

# The calendar.
run --now $NOW export --ics --output "$T/knead.ics"
is "$rc" 0 "export --ics"
"$ICS_CHECK" "$T/knead.ics" >"$T/ics.out"
is "$?" 0 "libical reads the file back without error"
like "$(grep '^next-massage-' "$T/ics.out")" "^next-massage-[0-9a-f]{24}@knead 2026091[4-9] 2026091[5-9] 1 Massage: " \
	"the next massage: an all-day event with one alarm"
like "$(grep '^no-deep-tissue' "$T/ics.out")" \
	"^no-deep-tissue-[0-9a-f]{24}@knead 20260917 20260923 0 No deep-tissue massage \(Marathon de Montréal\)" \
	"the race window, all day, 17 to 22 September"
like "$(cat "$T/knead.ics")" "TRIGGER:-PT15H" "the alarm rings the day before"
run --now $NOW export --ics
is "$out" "$(cat "$T/knead.ics")" "stdout gets the same calendar"

sum=$(db_sum)
run --now $NOW export --ics --format json
is "$rc" 2 "--ics with --format is refused"
run --now $NOW export --format xml
is "$rc" 2 "an unknown format is refused"
like "$err" '"xml" is not an export format' "and named"
run --now $NOW export --format json --output "$T/no/such/dir/x.json"
is "$rc" 1 "an output in a missing folder fails"
is "$(db_sum)" "$sum" "export changes nothing in the database"

done_testing

#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# knead import on a terminal: an Apple Health export, a folder and a
# Strava zip show the files done of all, the runs found (the count the
# summary then gives) and the MB read; the line is erased before the
# summary; without a terminal, no progress.
# script(1) keeps every byte written to the terminal, the erased line
# included; KNEAD_PROGRESS_DELAY=0 shows the progress at once, however
# fast the machine.
. "$top_srcdir/tests/lib.sh"
if ! command -v script >/dev/null 2>&1; then
	echo "1..0 # SKIP script(1) is not installed (Debian: bsdutils)"
	exit 0
fi
NOW=2026-11-23T08:00

# An Apple Health export of 20 MB: five progress reports of 4 MB.
sh "$top_srcdir/tests/bench/gen_import.sh" health "$T/export.xml" 20
KNEAD_PROGRESS_DELAY=0 script -q -e -c \
	"'$KNEAD' --db '$DB' --now $NOW import '$T/export.xml'" "$T/typescript" >/dev/null 2>&1
is "$?" 0 "the import on a terminal ends with status 0"
tr '\r' '\n' <"$T/typescript" >"$T/lines"
like "$(cat "$T/lines")" "[1-9][0-9]* MB read" "a large file shows how much of it was read"
like "$(cat "$T/lines")" "\[ *\] 0/1 " "with the files done of all"
like "$(cat "$T/lines")" "Imported: [0-9]+" "then the summary"
like "$(tail -n 20 "$T/lines")" "Imported: [0-9]+" "after the progress line, erased"
# The runs found grow as the file is read (they are stored at its end), and
# the last count shown is the summary's.
found=$(grep -o '[0-9]* runs found' "$T/lines" | tail -n 1 | cut -d' ' -f1)
imported=$(grep -o 'Imported: [0-9]*' "$T/lines" | cut -d' ' -f2)
like "$found" "^[1-9][0-9]*$" "the runs found while the export is read are counted"
is "$found" "$imported" "and the last count shown is the summary's"

# A folder of watch files: the files done of all, the runs found, MB read.
mkdir -p "$T/watch"
i=1
while [ "$i" -le 6 ]; do
	sh "$top_srcdir/tests/bench/gen_import.sh" gpx "$T/watch/run$i.gpx" 5000
	sed -i "s/<time>2020-06-01/<time>2020-0$i-01/" "$T/watch/run$i.gpx"
	i=$((i + 1))
done
rm -f "$DB"
KNEAD_PROGRESS_DELAY=0 script -q -e -c \
	"'$KNEAD' --db '$DB' --now $NOW import '$T/watch'" "$T/typescript3" >/dev/null 2>&1
is "$?" 0 "a folder on a terminal ends with status 0"
tr '\r' '\n' <"$T/typescript3" >"$T/lines3"
like "$(cat "$T/lines3")" "\] [0-6]/6 " "the folder's files done of all"
like "$(grep 'runs found' "$T/lines3" | tail -n 1)" "\] 6/6  6 runs found, [1-9][0-9]* MB read" \
	"the last figures: every file, its runs found, the MB read"
like "$(tail -n 20 "$T/lines3")" "Imported: 6" "then the summary"
rm -f "$DB"
KNEAD_PROGRESS_DELAY=0 "$KNEAD" --db "$DB" --now "$NOW" import "$T/watch" >"$T/out3" 2>"$T/err3"
is "$(cat "$T/err3")" "" "a folder without a terminal: nothing on standard error"

# A Strava zip of 200 activities, 180 of them runs: the runs' activity
# files done of all.
sh "$top_srcdir/tests/bench/gen_import.sh" strava-zip "$T/strava.zip" 200 \
	"${FIXTURES:-$top_srcdir/tests/fixtures}/strava_activities.csv"
rm -f "$DB"
KNEAD_PROGRESS_DELAY=0 script -q -e -c \
	"'$KNEAD' --db '$DB' --now $NOW import '$T/strava.zip'" "$T/typescript4" >/dev/null 2>&1
is "$?" 0 "a zip on a terminal ends with status 0"
tr '\r' '\n' <"$T/typescript4" >"$T/lines4"
like "$(cat "$T/lines4")" "\] [0-9]+/180  180 runs found, [0-9]+ MB read" \
	"the zip's activity files done of all (the runs' files), with the runs its CSV holds"
like "$(tail -n 20 "$T/lines4")" "Imported: 180" "then the summary"
rm -f "$DB"
KNEAD_PROGRESS_DELAY=0 "$KNEAD" --db "$DB" --now "$NOW" import "$T/strava.zip" >"$T/out4" 2>"$T/err4"
is "$(cat "$T/err4")" "" "a zip without a terminal: nothing on standard error"

rm -f "$DB"
KNEAD_PROGRESS_DELAY=0 "$KNEAD" --db "$DB" --now "$NOW" import "$T/export.xml" >"$T/out" 2>"$T/err"
is "$(cat "$T/err")" "" "without a terminal, nothing on standard error"
rm -f "$DB"
KNEAD_PROGRESS_DELAY=0 script -q -e -c "'$KNEAD' --db '$DB' --now $NOW import --json '$T/export.xml'" "$T/typescript2" >/dev/null 2>&1
unlike "$(cat "$T/typescript2")" "MB read" "with --json, no progress even on a terminal"

done_testing

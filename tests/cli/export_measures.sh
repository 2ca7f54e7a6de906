#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# knead export --format measures: the soreness log as the measures CSV
# GoldenCheetah imports: a date column, one column per region and side the
# log holds, one line per time soreness was logged.
. "$top_srcdir/tests/lib.sh"
NOW=2026-09-14T08:00
k() { "$KNEAD" --db "$DB" --now $NOW "$@" >/dev/null; }

# An empty database (a command that only reads never creates one).
: >"$DB"
run --now $NOW export --format measures
is "$rc" 0 "an empty log exports"
is "$out" "date" "  as the header alone"

k log sore calf:left 4 lower-back 2 --date 2026-09-13
k log sore calf:right 1 --date 2026-09-12
k log sore calf:left 0 --date 2026-09-14
k log run 10km 52:30
k log massage sports --regions hamstring:right --date 2026-09-01

run --now $NOW export --format measures
is "$rc" 0 "export --format measures"
is "$(printf '%s\n' "$out" | head -n 1)" "date,calf_left,calf_right,lower-back" \
	"the header: date, then the regions and sides logged, in the regions' order"
is "$(printf '%s\n' "$out" | sed 1d | cut -d, -f1 | tr '\n' ' ')" \
	"2026-09-12T12:00:00 2026-09-13T12:00:00 2026-09-14T08:00:00 " \
	"one line per time soreness was logged, oldest first, the date in ISO 8601"
is "$(printf '%s\n' "$out" | sed -n 3p)" "2026-09-13T12:00:00,4,,2" \
	"a check-in's regions on one line, empty where nothing was logged"
is "$(printf '%s\n' "$out" | sed -n 4p)" "2026-09-14T08:00:00,0,," "a level 0 is written (it is a measure)"
# Every line has as many fields as the header.
is "$(printf '%s\n' "$out" | awk -F, '{ print NF }' | sort -u)" "4" "every line has the header's columns"
# Runs and massages are not measures.
unlike "$out" "hamstring|10000" "runs and massages are not in it"

run --now $NOW export --format measures --output "$T/measures.csv"
is "$rc" 0 "--output"
is "$(cat "$T/measures.csv")" "$("$KNEAD" --db "$DB" export --format measures)" "  the same text in the file"

sum=$(db_sum)
run --now $NOW export --format measure
is "$rc" 2 "a misspelt format is refused"
like "$err" '"measure" is not an export format \(expected csv, json or measures\)' "  naming the formats"
is "$(db_sum)" "$sum" "  nothing changed"

done_testing

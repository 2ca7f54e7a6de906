#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# skips.sh - skip reasons are grouped: a hostile export of thousands of
# runs with impossible dates gives one summary line (its first example
# and its count), not one line a date, in the text and in --json.
. "$top_srcdir/tests/lib.sh"

N=3000
awk -v n=$N 'BEGIN {
	print "Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance"
	split("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec", m, " ")
	for (i = 0; i < n; i++)
		printf "%d,\"%s %d, %d, 7:00:00 AM\",old,Run,3000,10.0\n", i, m[i % 12 + 1], i % 28 + 1, 1800 + int(i / 336)
	print "9999,\"Jan 3, 2026, 7:00:00 AM\",fine,Run,3000,10.0"
}' >"$T/activities.csv"

run --now 2026-03-01T10:00 import "$T/activities.csv"
is "$rc" 0 "an export of $N runs dated before 1900 and one good run: exit 0"
like "$out" "Imported: 1" "  the good run is imported"
like "$out" "Skipped: $N" "  every bad one is counted"
is "$(printf '%s\n' "$out" | grep -c "before 1900")" 1 "  in one line, not one a date"
like "$(joined "$out")" " $N .*1800-01-01 is before 1900.*and others like it" "  with its count and first example"
run --now 2026-03-01T10:00 import --dry-run --json "$T/activities.csv"
is "$(printf '%s' "$out" | jq '.skipped_by | length')" 1 "--json: one skipped_by entry"
is "$(printf '%s' "$out" | jq '.skipped_by[0].count')" "$N" "  counting them all"

done_testing

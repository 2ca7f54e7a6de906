#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# fsize.sh - under a file-size limit (ulimit -f), a write past it no longer
# kills knead with SIGXFSZ (exit 153, no word): the import fails with a
# message naming the limit and the database, exit 1, nothing half written;
# an export past it says so too.
. "$top_srcdir/tests/lib.sh"

FIX=${FIXTURES:-$top_srcdir/tests/fixtures}
NOW=2026-11-23T18:30
"$KNEAD" --db "$DB" --now "$NOW" log run 5km 25:00 >/dev/null
sh "$top_srcdir/tests/bench/gen_import.sh" csv "$T/activities.csv" 20000 "$FIX/strava_activities.csv"
sum0=$(db_sum)

(
	ulimit -f 100
	"$KNEAD" --db "$DB" --now "$NOW" import "$T/activities.csv" >"$T/out" 2>"$T/err"
	echo $? >"$T/rc"
)
is "$(cat "$T/rc")" 1 "an import past ulimit -f exits 1 (not 153)"
like "$(cat "$T/err")" "^knead: .*file size limit.*knead\\.db" "  naming the limit and the database"
is "$(sql 'PRAGMA integrity_check')" ok "  the database is whole"
is "$(db_sum)" "$sum0" "  and holds what it held"

note=$(head -c 400 /dev/zero | tr '\0' n)
for d in 1 2 3 4 5 6; do
	"$KNEAD" --db "$DB" --now "$NOW" log run 5km 25:00 --date 2026-11-1$d --note "$note" >/dev/null
done
(
	ulimit -f 1
	"$KNEAD" --db "$DB" --now "$NOW" export --format json --output "$T/export.json" >"$T/out" 2>"$T/err"
	echo $? >"$T/rc"
)
# The export is a few KB: one block is too few.
"$KNEAD" --db "$DB" --now "$NOW" export --format json | wc -c >"$T/size"
if [ "$(cat "$T/size")" -gt 1024 ]; then
	is "$(cat "$T/rc")" 1 "an export past ulimit -f exits 1"
	like "$(cat "$T/err")" "^knead: .*export\\.json" "  with a message naming the file"
else
	skip "the export fits in one block" "an export past ulimit -f exits 1"
fi

done_testing

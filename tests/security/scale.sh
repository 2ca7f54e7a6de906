#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# scale.sh - memory at 3 million runs: not part of
# make check (it takes minutes and a 1 GB export).  Generates a database
# of N runs (default 3,000,000, one every 5 minutes from 2000) with
# sqlite3, then reports the peak RSS and time of knead list --json, list,
# export --format json and csv, and the import of that JSON export back
# into an empty database.  Usage: KNEAD=./knead sh tests/security/scale.sh [N]
set -u
: "${KNEAD:=./knead}"
N=${1:-3000000}
W=$(mktemp -d "${TMPDIR:-/tmp}/knead-scale.XXXXXX")
trap 'rm -rf "$W"' EXIT
"$KNEAD" --db "$W/big.db" --now 2026-03-01 log run 5km 30:00 >/dev/null
sqlite3 "$W/big.db" "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i < $N)
	INSERT INTO runs (start, distance_m, duration_s, kind, source, note)
	SELECT strftime('%Y-%m-%dT%H:%M:%S', '2000-01-01', '+' || (i*300) || ' seconds'),
	       5000 + (i % 5000), 1500 + (i % 900), 'easy', 'manual',
	       CASE WHEN i % 10 = 0 THEN 'note ' || i END FROM n;"
measure() { # measure LABEL ARGS...
	_label=$1
	shift
	/usr/bin/time -f "$_label: peak RSS %M KB, %e s" "$KNEAD" "$@" >/dev/null 2>"$W/time" ||
		echo "$_label: exit $?"
	tail -n 1 "$W/time"
}
measure "list --json" --db "$W/big.db" --now 2030-01-01 list --json
measure "list" --db "$W/big.db" --now 2030-01-01 list
measure "export --format json" --db "$W/big.db" --now 2030-01-01 export --format json --output "$W/export.json"
measure "export --format csv" --db "$W/big.db" --now 2030-01-01 export --format csv --output "$W/export.csv"
echo "export.json: $(wc -c <"$W/export.json") bytes"
measure "import of that JSON" --db "$W/back.db" --now 2030-01-01 import "$W/export.json"
echo "runs imported back: $(sqlite3 "$W/back.db" 'SELECT count(*) FROM runs') of $((N + 1))"

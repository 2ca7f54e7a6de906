#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# zips.sh - archives made to hurt: a zip holding the same activities.csv
# many times over is read once (its first copy; the copies are neither
# kept nor read, which once leaked every one), an encrypted entry is
# skipped by name while the rest is imported, an encrypted export.xml is
# said to be encrypted (not "damaged"), and an Apple Health export.zip's
# routes are all found in one pass.  tests/security/RESULTS.md has the
# memory and time figures (tests/bench/gen_import.sh makes the big ones).
. "$top_srcdir/tests/lib.sh"

FIX=${FIXTURES:-$top_srcdir/tests/fixtures}
TZ=UTC0
export TZ
if ! command -v python3 >/dev/null 2>&1 || ! command -v zip >/dev/null 2>&1; then
	skip "python3 and zip are needed to build the archives" "hostile zip archives"
	done_testing
	exit 0
fi

# 40 copies of activities.csv, each of other runs (copy k: 25 runs of
# k km): only the first copy counts.
python3 - "$T/dups.zip" <<'PY'
import sys, warnings, zipfile
warnings.simplefilter("ignore")
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
    for k in range(1, 41):
        rows = ["Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance"]
        for i in range(25):
            rows.append('%d,"Jan %d, 2026, 7:00:00 AM",copy-%d,Run,%d,%d.0'
                        % (k * 100 + i, i + 1, k, 300 * k, k))
        z.writestr("export_1/activities.csv", "\n".join(rows) + "\n")
PY
timeout 60 "$KNEAD" --db "$DB" import "$T/dups.zip" >"$T/out" 2>"$T/err"
is "$?" 0 "a zip with 40 copies of activities.csv is imported"
is "$(sql 'SELECT count(*) FROM runs')" 25 "  one copy's runs, no more"
is "$(sql "SELECT DISTINCT note FROM runs")" "copy-1" "  the first copy's"

# A zip of GPX files, one of them encrypted.
mkdir "$T/enc"
cp "$FIX/gpx_garmin-connect_run_hr.gpx" "$T/enc/plain.gpx"
cp "$FIX/gpx_apple-watch_run_3seg_pauses.gpx" "$T/enc/secret.gpx"
(cd "$T/enc" && zip -q -P password "$T/enc.zip" secret.gpx && zip -q "$T/enc.zip" plain.gpx)
DB=$T/enc.db
timeout 60 "$KNEAD" --db "$DB" import "$T/enc.zip" >"$T/out" 2>"$T/err"
rc=$?
is "$rc" 0 "a zip with an encrypted entry: the rest is imported (exit 0)"
is "$(sql 'SELECT count(*) FROM runs')" 1 "  the plain file's run"
like "$(cat "$T/out" "$T/err")" "encrypted.*secret\.gpx" "  the encrypted one is named as skipped"
unlike "$(cat "$T/err")" "damaged" "  the archive is not called damaged"

# An Apple Health export.zip whose export.xml is encrypted.
mkdir -p "$T/h/apple_health_export"
echo '<HealthData locale="en_CA"></HealthData>' >"$T/h/apple_health_export/export.xml"
(cd "$T/h" && zip -q -r -P password "$T/health.zip" apple_health_export)
DB=$T/health.db
timeout 60 "$KNEAD" --db "$DB" import "$T/health.zip" >"$T/out" 2>"$T/err"
is "$?" 1 "an export.zip whose export.xml is encrypted: exit 1"
like "$(cat "$T/err")" "export\.xml.*encrypted" "  saying it is encrypted"

# Health routes in a zip: every run without a distance gets its route's.
sh "$top_srcdir/tests/bench/gen_import.sh" health-routes-zip "$T/routes.zip" 30
DB=$T/routes.db
timeout 120 "$KNEAD" --db "$DB" import "$T/routes.zip" >"$T/out" 2>"$T/err"
is "$?" 0 "an export.zip of 30 runs with routes"
is "$(sql 'SELECT count(*) FROM runs WHERE distance_m > 1000')" 30 "  each took its distance from its route"

done_testing

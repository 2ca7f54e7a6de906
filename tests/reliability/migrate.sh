#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# migrate.sh - a database from every earlier schema version (one fixture per
# version, tests/fixtures/db/vN.db, made by make-fixtures.sh) migrates to the
# current version with its data intact: every fixture found comes out with
# exactly the schema of a new database and its AUTOINCREMENT counters
# carried over, so a step that adds a table needs no case of its own; a
# database from a newer knead is refused with a clear message and left
# untouched; a step that fails leaves the previous version whole.
. "$top_srcdir/tests/lib.sh"

FIX=$top_srcdir/tests/fixtures/db
NOW=2026-03-01T10:00

# json_rows FILE TYPE EXPR: one line per object of that type in knead's
# JSON, EXPR over json_extract(value, ...) (sqlite3's JSON functions).
json_rows() {
	sqlite3 -batch -noheader :memory: "SELECT $3 FROM json_each(CAST(readfile('$1') AS TEXT))
		WHERE json_extract(value, '\$.type') = '$2' ORDER BY json_extract(value, '\$.id')"
}
j() { echo "json_extract(value, '\$.$1')"; }

# What the fixtures hold, through SQL, in a form that does not depend on
# the version (the columns of version 1).
dump() {
	sqlite3 -batch -noheader "$1" "
		SELECT 'run', id, start, distance_m, duration_s, kind, rpe, avg_hr, elevation_m, note,
		       source, source_id FROM runs ORDER BY id;
		SELECT 'sore', id, time, region, side, level, note FROM soreness ORDER BY id;
		SELECT 'massage', id, date, kind, therapist, note FROM massages ORDER BY id;
		SELECT 'mreg', massage_id, region, side FROM massage_regions ORDER BY massage_id, rowid;
		SELECT 'race', id, date, name, distance_m, priority FROM races ORDER BY id;
		SELECT 'reminder', key, kind, sent_at FROM reminders ORDER BY id;"
}

# The schema knead creates today, to compare the migrated ones with, and
# its version.  An empty file: knead makes it a database (a read command
# never creates one).
: >"$T/new.db"
"$KNEAD" --db "$T/new.db" list >/dev/null
current=$(sqlite3 -batch "$T/new.db" 'PRAGMA user_version')
like "$current" '^[1-9][0-9]*$' "a new database is at the current schema version ($current)"
v=1
while [ "$v" -le "$current" ]; do
	ok "$([ -f "$FIX/v$v.db" ]; echo $?)" "there is a fixture for schema version $v"
	v=$((v + 1))
done
schema() {
	sqlite3 -batch -noheader "$1" "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name"
}
# lost_counters DB OLD: each AUTOINCREMENT counter of the database OLD
# (its next id is past it) that DB lacks or holds lower, as "table old new";
# nothing when every one was carried over.
lost_counters() {
	[ -n "$(sqlite3 -batch "$2" "SELECT name FROM sqlite_master WHERE name = 'sqlite_sequence'")" ] || return 0
	sqlite3 -batch -noheader "$1" "ATTACH '$2' AS old;
		SELECT o.name, o.seq, coalesce(n.seq, 'none') FROM old.sqlite_sequence o
		LEFT JOIN main.sqlite_sequence n ON n.name = o.name
		WHERE n.seq IS NULL OR n.seq < o.seq ORDER BY o.name"
}
is "$(schema "$FIX/v$current.db")" "$(schema "$T/new.db")" \
	"the v$current fixture has exactly the schema knead creates (a released step was not edited)"

for fixture in "$FIX"/v*.db; do
	v=$(basename "$fixture" .db)
	copy=$T/$v.db
	cp "$fixture" "$copy"
	before=$(dump "$copy")
	"$KNEAD" --db "$copy" --now "$NOW" list --json >"$T/$v.json" 2>"$T/$v.err"
	is "$?:$(cat "$T/$v.err")" "0:" "$v: knead list --json opens it"
	is "$(sqlite3 -batch "$copy" 'PRAGMA user_version')" "$current" "$v: migrated to version $current"
	is "$(schema "$copy")" "$(schema "$T/new.db")" "$v: the schema is now the current one"
	is "$(lost_counters "$copy" "$fixture")" "" "$v: every AUTOINCREMENT counter is carried over"
	is "$(dump "$copy")" "$before" "$v: every row is as it was (runs, soreness, massages, regions, races, reminders)"
	is "$(sqlite3 -batch "$copy" 'PRAGMA integrity_check')" ok "$v: integrity_check is ok"

	# The same data, as the program sees it.
	is "$(json_rows "$T/$v.json" run "$(j id) || ' ' || $(j kind) || ' ' || $(j source) || ' ' || $(j distance_m)")" \
		"1 easy manual 10000.0
2 tempo manual 8046.72
3 long gpx 21097.5
4 intervals tcx 6000.0
5 recovery strava 5000.0
6 trail manual 15300.0
7 race manual 42195.0" "$v: the runs, through knead list --json"
	is "$(json_rows "$T/$v.json" run "$(j note)" | sed -n 2p)" "Tempo: 3 × 2 km, côtes « Mont-Royal »" \
		"$v: a note with non-ASCII text"
	is "$(json_rows "$T/$v.json" run "$(j note)" | sed -n 4p)" "x'; DROP TABLE runs; --" \
		"$v: a note with SQL metacharacters"
	is "$(json_rows "$T/$v.json" run "coalesce($(j rpe), 'null') || ',' || coalesce($(j avg_hr), 'null')" | sed -n 5p)" \
		"null,null" "$v: missing effort and heart rate stay missing"
	is "$(json_rows "$T/$v.json" soreness "$(j region) || ':' || coalesce($(j side), '-') || '=' || $(j level)" | tr '\n' ' ')" \
		"calf:left=4 it-band:right=6 lower-back:-=2 quad:left=7 quad:right=7 achilles:left=0 " \
		"$v: the soreness entries"
	is "$(json_rows "$T/$v.json" massage "$(j kind) || ':' || json_array_length(value, '\$.regions') || ':' || coalesce($(j therapist), '-')" | tr '\n' ' ')" \
		"deep-tissue:2:Julie Tremblay flush:3:- relaxation:0:Ève " "$v: the massages and their regions"
	is "$(json_rows "$T/$v.json" race "$(j name) || ':' || $(j priority)" | tr '\n' ' ')" \
		"Marathon de Montréal:A Boston 10k:B Course des Pompiers; -- 5k:C " "$v: the races"

	"$KNEAD" --db "$copy" --now "$NOW" log run 5km 25:00 --note "after migration" >/dev/null 2>&1
	is "$?:$(sqlite3 -batch "$copy" "SELECT count(*) FROM runs")" "0:8" "$v: knead writes to it afterwards"
done

# A later version's knead may read articles and mark edited imports; the
# version 2 rows come through the upgrade of version 1 with the defaults.
is "$(sqlite3 -batch "$T/v1.db" 'SELECT count(*), sum(edited) FROM runs')" "8|0" \
	"v1: runs gain edited = 0 in the upgrade"
is "$(sqlite3 -batch "$T/v2.db" 'SELECT count(*) FROM article_reads')" 2 "v2: the article reads stay"
is "$(sqlite3 -batch "$T/v2.db" 'SELECT count(*) FROM reminders WHERE held_until IS NOT NULL')" 0 \
	"v2: reminders gain held_until, none held, in the upgrade"
is "$(sqlite3 -batch "$T/v3.db" 'SELECT key || " " || held_until FROM reminders WHERE held_until IS NOT NULL')" \
	"booking:2026-01-27 2026-01-27T09:00:00" "v3: the snoozed reminder stays held"

# Version 4 rebuilt every entry table: ids are never reused, sharp pain
# is kept, and the older rows gain sharp = 0.
is "$(sqlite3 -batch "$T/v3.db" 'SELECT count(*), sum(sharp) FROM soreness')" "6|0" \
	"v3: soreness gains sharp = 0 in the upgrade"
is "$(sqlite3 -batch "$T/v4.db" 'SELECT id FROM soreness WHERE sharp = 1')" 2 "v4: the sharp pain stays"
is "$(sqlite3 -batch "$T/v4.db" "SELECT max(id) FROM runs")" 9 \
	"v4: a run logged after run 8 was deleted gets id 9, not 8"
"$KNEAD" --db "$T/v1.db" --now "$NOW" rm runs 8 >/dev/null 2>&1
"$KNEAD" --db "$T/v1.db" --now "$NOW" log run 4km 20:00 >/dev/null 2>&1
is "$(sqlite3 -batch "$T/v1.db" "SELECT max(id) FROM runs")" 9 \
	"v1 after the upgrade: the newest run deleted, the next one does not take its id"
is "$(sqlite3 -batch "$T/v1.db" 'SELECT count(*) FROM massage_regions')" 5 \
	"v1: the massages' regions survive the rebuild of their table"

# Version 5 added the undo journal: empty after an upgrade (nothing older
# to undo), and a journalled edit in the v5 fixture can be undone.
cp "$FIX/v4.db" "$T/u4.db"
cp "$FIX/v5.db" "$T/u5.db"
out=$("$KNEAD" --db "$T/u4.db" --now "$NOW" undo 2>&1); rc=$?
is "$rc" 2 "v4 after the upgrade: nothing to undo (exit 2)"
like "$out" "nothing to undo" "v4 after the upgrade: knead undo says so"
is "$(sqlite3 -batch "$T/u4.db" 'SELECT count(*) FROM undo_journal')" 0 \
	"v4: the upgrade adds an empty undo journal"
out=$("$KNEAD" --db "$T/u5.db" --now "$NOW" undo 2>&1); rc=$?
is "$rc" 0 "v5: the journalled edit is undone"
is "$(sqlite3 -batch "$T/u5.db" 'SELECT note FROM runs WHERE id = 1')" "first run of the year" \
	"v5: undo puts back the note as it was before knead edit"
is "$(sqlite3 -batch "$T/u5.db" 'SELECT count(*) FROM undo_journal WHERE undone = 0')" 0 \
	"v5: and the change is marked undone"

# Version 6 keeps an undone change for knead redo: the v6 fixture holds
# the edit of run 1 undone, and knead redo makes it again.
cp "$FIX/v6.db" "$T/u6.db"
out=$("$KNEAD" --db "$T/u6.db" --now "$NOW" redo 2>&1); rc=$?
is "$rc" 0 "v6: the undone edit is redone"
is "$(sqlite3 -batch "$T/u6.db" 'SELECT note FROM runs WHERE id = 1')" "edited by knead edit" \
	"v6: redo puts back the note knead edit gave it"
# The rebuilt tables keep their AUTOINCREMENT counters: run 8, the newest,
# was deleted in the v4 fixture, and the next run is 9 after the upgrade.
cp "$FIX/v5.db" "$T/n5.db"
"$KNEAD" --db "$T/n5.db" --now "$NOW" log run 4km 20:00 >/dev/null 2>&1
is "$(sqlite3 -batch "$T/n5.db" "SELECT max(id) FROM runs")" 9 \
	"v5 after the upgrade: the next run is 9, not the deleted run's 8"
"$KNEAD" --db "$T/n5.db" --now "$NOW" log sore calf:left 2 >/dev/null 2>&1
is "$(sqlite3 -batch "$T/n5.db" "SELECT max(id) FROM soreness")" 7 \
	"and soreness goes on from its own counter"
# The vocabularies are rows: the regions and their sides agree with knead
# regions, and a new region or source is one INSERT, no rebuild.
is "$(sqlite3 -batch "$T/n5.db" "SELECT group_concat(id) FROM (SELECT id FROM regions ORDER BY id)")" \
	"$("$KNEAD" --db "$T/n5.db" regions --json | jq -r '[.[].id] | sort | join(",")')" \
	"v6: the regions table holds knead regions' ids"
is "$(sqlite3 -batch "$T/n5.db" "SELECT group_concat(region) FROM (SELECT DISTINCT region FROM region_sides ORDER BY region)")" \
	"$("$KNEAD" --db "$T/n5.db" regions --json | jq -r '[.[] | select(.sided) | .id] | sort | join(",")')" \
	"v6: the regions that take a side are knead's"
fk() { sqlite3 -batch "$T/n5.db" "PRAGMA foreign_keys = ON; $1" 2>&1; }
like "$(fk "INSERT INTO soreness (time, region, side, level) VALUES ('2026-01-01T00:00:00', 'elbow', 'left', 3)")" \
	"FOREIGN KEY constraint failed" "v6: a region the table does not hold is refused"
like "$(fk "INSERT INTO soreness (time, region, side, level) VALUES ('2026-01-01T00:00:00', 'lower-back', 'left', 3)")" \
	"FOREIGN KEY constraint failed" "v6: a side on a region without sides is refused"
is "$(fk "INSERT INTO regions VALUES ('neck'); INSERT INTO region_sides VALUES ('neck', 'left'), ('neck', 'right');
	INSERT INTO run_sources VALUES ('coros');
	INSERT INTO soreness (time, region, side, level) VALUES ('2026-01-01T00:00:00', 'neck', 'left', 3);
	INSERT INTO runs (start, distance_m, duration_s, kind, source) VALUES ('2026-01-01T00:00:00', 5000, 1500, 'easy', 'coros');
	SELECT max(id) FROM soreness; SELECT max(id) FROM runs;" | tr '\n' ' ')" "8 10 " \
	"v6: a new region and a new source are a row each, and the ids go on from the counters"
# The reference tables follow knead's own tables (regions.c, model.c,
# kinds.c): a row a database lacks, as an older database lacks a region
# new in this knead, is added when knead opens it, with no schema step.
cp "$T/n5.db" "$T/r5.db"
sqlite3 -batch "$T/r5.db" "DELETE FROM region_sides WHERE region = 'hip-flexor';
	DELETE FROM regions WHERE id = 'hip-flexor'; DELETE FROM run_sources WHERE id = 'health';
	DELETE FROM entry_tables WHERE id = 'assessments'"
"$KNEAD" --db "$T/r5.db" --now "$NOW" log sore hip-flexor:left 2 >/dev/null 2>&1
is "$?:$(sqlite3 -batch "$T/r5.db" "SELECT (SELECT count(*) FROM region_sides WHERE region = 'hip-flexor')
	|| (SELECT count(*) FROM run_sources WHERE id = 'health')
	|| (SELECT count(*) FROM entry_tables WHERE id = 'assessments')")" "0:211" \
	"a region, a run source and an entry kind missing from the database are added at the next open"
out=$("$KNEAD" --db "$T/u5.db" --now "$NOW" redo 2>&1); rc=$?
is "$rc:$(sqlite3 -batch "$T/u5.db" 'SELECT note FROM runs WHERE id = 1')" "0:edited by knead edit" \
	"v5 after the upgrade: the edit undone there can be redone too"

# Version 7 added the self-care plan's ticks: empty after an upgrade, and
# the v7 fixture's ticks stay as they were.
is "$(sqlite3 -batch "$T/v6.db" 'SELECT count(*) FROM selfcare_done')" 0 \
	"v6: the upgrade adds an empty table of self-care ticks"
is "$(sqlite3 -batch "$T/v7.db" "SELECT group_concat(day || ' ' || item, ', ') FROM selfcare_done")" \
	"2026-01-29 roll-calf-right, 2026-01-30 roll-calf-right, 2026-01-30 sleep" \
	"v7: the self-care ticks stay"
"$KNEAD" --db "$T/v7.db" --now "$NOW" plan --json >/dev/null 2>&1
is "$?" 0 "v7: knead plan reads it"

# Version 8 added assessments: empty after an upgrade, and the v8
# fixture's assessment (soreness 2 cleared the day after) reads back.
is "$(sqlite3 -batch "$T/v7.db" 'SELECT count(*) FROM assessments')" 0 \
	"v7: the upgrade adds an empty assessments table"
is "$(sqlite3 -batch "$T/v8.db" 'SELECT region, cleared FROM assessments')" \
	"$(sqlite3 -batch "$FIX/v4.db" 'SELECT region FROM soreness WHERE id = 2')|1" \
	"v8: the assessment stays, cleared"
"$KNEAD" --db "$T/v5.db" --now "$NOW" log assessed calf:left >/dev/null 2>&1
is "$(sqlite3 -batch "$T/v5.db" 'SELECT region, side, cleared FROM assessments')" "calf|left|0" \
	"v5 after the upgrade: knead log assessed writes to the new table"
for v in 5 8; do
	is "$(sqlite3 -batch "$T/v$v.db" "SELECT count(*) FROM entry_tables WHERE id = 'assessments'")" 1 \
		"v$v: assessments are a kind of entry the undo journal knows"
done
"$KNEAD" --db "$T/v5.db" --now "$NOW" undo >/dev/null 2>&1
is "$(sqlite3 -batch "$T/v5.db" 'SELECT count(*) FROM assessments')" 0 \
	"v5 after the upgrade: knead undo takes the assessment back"

# A database from a newer knead: refused, with a clear message, untouched,
# for a read and for a write alike.
cp "$FIX/v$current.db" "$DB"
sqlite3 -batch "$DB" 'PRAGMA user_version = 99'
before=$(db_sum)
ls "$T" >"$T/files.before"
run --now "$NOW" list
is "$rc" 1 "a version 99 database: list exits 1"
like "$err" '^knead: .*newer knead.*99' "the message says it comes from a newer knead (version 99)"
is "$(db_sum)" "$before" "the file is untouched"
run --now "$NOW" log run 10km 50:00
is "$rc" 1 "a version 99 database: log run exits 1"
is "$(db_sum)" "$before" "the file is still untouched"
is "$(sqlite3 -batch "$DB" 'PRAGMA user_version')" 99 "and still at version 99"
run --now "$NOW" backup "$T/copy-of-99.db"
is "$rc" 1 "a version 99 database: backup exits 1 too"

# A step that fails (here, the runner's own table in the way of version
# 2's) leaves the database at the version before, rows and all.
if [ "$current" -ge 2 ]; then
	cp "$FIX/v1.db" "$T/blocked.db"
	sqlite3 -batch "$T/blocked.db" 'CREATE TABLE article_reads (x)'
	before=$(dump "$T/blocked.db")
	"$KNEAD" --db "$T/blocked.db" --now "$NOW" list >/dev/null 2>"$T/blocked.err"
	is "$?" 1 "an upgrade step that fails: exit 1"
	like "$(cat "$T/blocked.err")" '^knead: .*blocked\.db' "with a message naming the file"
	is "$(sqlite3 -batch "$T/blocked.db" 'PRAGMA user_version')" 1 "the database stays at version 1"
	is "$(dump "$T/blocked.db")" "$before" "with every row as it was"
	is "$(sqlite3 -batch "$T/blocked.db" "SELECT count(*) FROM pragma_table_info('runs') WHERE name = 'edited'")" 0 \
		"and no part of the failed step applied"
fi

done_testing

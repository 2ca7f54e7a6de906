/* SPDX-License-Identifier: GPL-3.0-or-later */
/* migrate.c - the schema, one step per version. */
#include "core/error.h"
#include "core/i18n.h"
#include "core/model.h"
#include "core/regions.h"
#include "core/store/migrate.h"
#include "core/store/store.h"

#define TIME_GLOB "'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]'"
#define DATE_GLOB "'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'"
#define REGION_IDS                                                                        \
	"('calf','soleus','achilles','shin','foot','knee','quad','hamstring','it-band',"  \
	"'glute','piriformis','hip-flexor','lower-back','upper-back')"
#define SIDE_CHECK(col) "(" col " IS NULL OR " col " IN ('left','right'))"
#define UNSIDED_CHECK "(side IS NULL OR region NOT IN ('lower-back','upper-back'))"
#define MASSAGE_KINDS \
	"('sports','deep-tissue','myofascial','trigger-point','flush','relaxation')"
#define TEXT_CHECK(col, n) "(" col " IS NULL OR length(" col ") <= " #n ")"

/* Version 1: the first schema. */
static const char schema_v1[] =
	"CREATE TABLE runs ("
	" id INTEGER PRIMARY KEY,"
	" start TEXT NOT NULL CHECK (start GLOB " TIME_GLOB "),"
	" distance_m REAL NOT NULL CHECK (distance_m > 0 AND distance_m <= 1000000),"
	" duration_s REAL NOT NULL CHECK (duration_s > 0 AND duration_s <= 604800),"
	" kind TEXT NOT NULL CHECK (kind IN"
	"  ('easy','long','tempo','intervals','race','trail','recovery')),"
	" rpe INTEGER CHECK (rpe IS NULL OR rpe BETWEEN 1 AND 10),"
	" avg_hr INTEGER CHECK (avg_hr IS NULL OR avg_hr BETWEEN 25 AND 250),"
	" elevation_m REAL CHECK (elevation_m IS NULL OR elevation_m BETWEEN 0 AND 30000),"
	" note TEXT CHECK " TEXT_CHECK("note", 10000) ","
	" source TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual','gpx','tcx','strava')),"
	" source_id TEXT CHECK " TEXT_CHECK("source_id", 1000) ");"
	"CREATE INDEX runs_start ON runs(start);"
	"CREATE UNIQUE INDEX runs_source ON runs(source, source_id) WHERE source_id IS NOT NULL;"
	"CREATE TABLE soreness ("
	" id INTEGER PRIMARY KEY,"
	" time TEXT NOT NULL CHECK (time GLOB " TIME_GLOB "),"
	" region TEXT NOT NULL CHECK (region IN " REGION_IDS "),"
	" side TEXT CHECK " SIDE_CHECK("side") ","
	" level INTEGER NOT NULL CHECK (level BETWEEN 0 AND 10),"
	" note TEXT CHECK " TEXT_CHECK("note", 10000) ","
	" CHECK " UNSIDED_CHECK ");"
	"CREATE INDEX soreness_time ON soreness(time);"
	"CREATE TABLE massages ("
	" id INTEGER PRIMARY KEY,"
	" date TEXT NOT NULL CHECK (date GLOB " DATE_GLOB "),"
	" kind TEXT NOT NULL CHECK (kind IN " MASSAGE_KINDS "),"
	" therapist TEXT CHECK " TEXT_CHECK("therapist", 200) ","
	" note TEXT CHECK " TEXT_CHECK("note", 10000) ");"
	"CREATE INDEX massages_date ON massages(date);"
	"CREATE TABLE massage_regions ("
	" massage_id INTEGER NOT NULL REFERENCES massages(id) ON DELETE CASCADE,"
	" region TEXT NOT NULL CHECK (region IN " REGION_IDS "),"
	" side TEXT CHECK " SIDE_CHECK("side") ","
	" CHECK " UNSIDED_CHECK ","
	" UNIQUE (massage_id, region, side));"
	"CREATE TABLE races ("
	" id INTEGER PRIMARY KEY,"
	" date TEXT NOT NULL CHECK (date GLOB " DATE_GLOB "),"
	" name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),"
	" distance_m REAL NOT NULL CHECK (distance_m > 0 AND distance_m <= 1000000),"
	" priority TEXT NOT NULL DEFAULT 'B' CHECK (priority IN ('A','B','C')));"
	"CREATE INDEX races_date ON races(date);"
	"CREATE TABLE reminders ("
	" id INTEGER PRIMARY KEY,"
	" key TEXT NOT NULL UNIQUE,"
	" kind TEXT NOT NULL,"
	" sent_at TEXT NOT NULL CHECK (sent_at GLOB " TIME_GLOB "));";

/* Version 2: remember which articles were read (the ranking down-weights
 * them), and mark imported runs the runner edited so that a re-import
 * never overwrites their changes. */
static const char schema_v2[] =
	"CREATE TABLE article_reads ("
	" id INTEGER PRIMARY KEY,"
	" slug TEXT NOT NULL CHECK (length(slug) BETWEEN 1 AND 100),"
	" time TEXT NOT NULL CHECK (time GLOB " TIME_GLOB "));"
	"CREATE INDEX article_reads_time ON article_reads(time);"
	"ALTER TABLE runs ADD COLUMN edited INTEGER NOT NULL DEFAULT 0 CHECK (edited IN (0, 1));";

/* Version 3: a snoozed reminder is held on its row until it is due again,
 * so that a snooze outlives the daemon that took it. */
static const char schema_v3[] =
	"ALTER TABLE reminders ADD COLUMN held_until TEXT"
	" CHECK (held_until IS NULL OR held_until GLOB " TIME_GLOB ");"
	"CREATE INDEX reminders_held ON reminders(held_until) WHERE held_until IS NOT NULL;";

/* Version 4: ids are never reused (AUTOINCREMENT), so that nothing keyed
 * by an id -- a reminder about a long run, an undo -- can meet a later entry
 * under an old number; soreness records sharp or sudden pain (triage);
 * runs may come from FIT files and Apple Health.  SQLite cannot add
 * AUTOINCREMENT to a table, so each is built anew and filled from the old
 * one.  massage_regions is rebuilt first, pointing at the new massages:
 * dropping the old massages would otherwise cascade to its regions. */
#define RUN_SOURCES "('manual','gpx','tcx','strava','fit','health')"
static const char schema_v4[] =
	"CREATE TABLE runs_v4 ("
	" id INTEGER PRIMARY KEY AUTOINCREMENT,"
	" start TEXT NOT NULL CHECK (start GLOB " TIME_GLOB "),"
	" distance_m REAL NOT NULL CHECK (distance_m > 0 AND distance_m <= 1000000),"
	" duration_s REAL NOT NULL CHECK (duration_s > 0 AND duration_s <= 604800),"
	" kind TEXT NOT NULL CHECK (kind IN"
	"  ('easy','long','tempo','intervals','race','trail','recovery')),"
	" rpe INTEGER CHECK (rpe IS NULL OR rpe BETWEEN 1 AND 10),"
	" avg_hr INTEGER CHECK (avg_hr IS NULL OR avg_hr BETWEEN 25 AND 250),"
	" elevation_m REAL CHECK (elevation_m IS NULL OR elevation_m BETWEEN 0 AND 30000),"
	" note TEXT CHECK " TEXT_CHECK("note", 10000) ","
	" source TEXT NOT NULL DEFAULT 'manual' CHECK (source IN " RUN_SOURCES "),"
	" source_id TEXT CHECK " TEXT_CHECK("source_id", 1000) ","
	" edited INTEGER NOT NULL DEFAULT 0 CHECK (edited IN (0, 1)));"
	"INSERT INTO runs_v4 (id, start, distance_m, duration_s, kind, rpe, avg_hr, elevation_m,"
	" note, source, source_id, edited) SELECT id, start, distance_m, duration_s, kind, rpe,"
	" avg_hr, elevation_m, note, source, source_id, edited FROM runs;"
	"DROP TABLE runs;"
	"ALTER TABLE runs_v4 RENAME TO runs;"
	"CREATE INDEX runs_start ON runs(start);"
	"CREATE UNIQUE INDEX runs_source ON runs(source, source_id) WHERE source_id IS NOT NULL;"
	"CREATE TABLE soreness_v4 ("
	" id INTEGER PRIMARY KEY AUTOINCREMENT,"
	" time TEXT NOT NULL CHECK (time GLOB " TIME_GLOB "),"
	" region TEXT NOT NULL CHECK (region IN " REGION_IDS "),"
	" side TEXT CHECK " SIDE_CHECK("side") ","
	" level INTEGER NOT NULL CHECK (level BETWEEN 0 AND 10),"
	" note TEXT CHECK " TEXT_CHECK("note", 10000) ","
	" sharp INTEGER NOT NULL DEFAULT 0 CHECK (sharp IN (0, 1)),"
	" CHECK " UNSIDED_CHECK ");"
	"INSERT INTO soreness_v4 (id, time, region, side, level, note)"
	" SELECT id, time, region, side, level, note FROM soreness;"
	"DROP TABLE soreness;"
	"ALTER TABLE soreness_v4 RENAME TO soreness;"
	"CREATE INDEX soreness_time ON soreness(time);"
	"CREATE TABLE massages_v4 ("
	" id INTEGER PRIMARY KEY AUTOINCREMENT,"
	" date TEXT NOT NULL CHECK (date GLOB " DATE_GLOB "),"
	" kind TEXT NOT NULL CHECK (kind IN " MASSAGE_KINDS "),"
	" therapist TEXT CHECK " TEXT_CHECK("therapist", 200) ","
	" note TEXT CHECK " TEXT_CHECK("note", 10000) ");"
	"INSERT INTO massages_v4 (id, date, kind, therapist, note)"
	" SELECT id, date, kind, therapist, note FROM massages;"
	"CREATE TABLE massage_regions_v4 ("
	" massage_id INTEGER NOT NULL REFERENCES massages_v4(id) ON DELETE CASCADE,"
	" region TEXT NOT NULL CHECK (region IN " REGION_IDS "),"
	" side TEXT CHECK " SIDE_CHECK("side") ","
	" CHECK " UNSIDED_CHECK ","
	" UNIQUE (massage_id, region, side));"
	"INSERT INTO massage_regions_v4 (massage_id, region, side)"
	" SELECT massage_id, region, side FROM massage_regions ORDER BY rowid;"
	"DROP TABLE massage_regions;"
	"DROP TABLE massages;"
	"ALTER TABLE massages_v4 RENAME TO massages;"
	"ALTER TABLE massage_regions_v4 RENAME TO massage_regions;"
	"CREATE INDEX massages_date ON massages(date);"
	"CREATE TABLE races_v4 ("
	" id INTEGER PRIMARY KEY AUTOINCREMENT,"
	" date TEXT NOT NULL CHECK (date GLOB " DATE_GLOB "),"
	" name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),"
	" distance_m REAL NOT NULL CHECK (distance_m > 0 AND distance_m <= 1000000),"
	" priority TEXT NOT NULL DEFAULT 'B' CHECK (priority IN ('A','B','C')));"
	"INSERT INTO races_v4 (id, date, name, distance_m, priority)"
	" SELECT id, date, name, distance_m, priority FROM races;"
	"DROP TABLE races;"
	"ALTER TABLE races_v4 RENAME TO races;"
	"CREATE INDEX races_date ON races(date);";

/* Version 5: the undo journal of the command line (journal.c).  One
 * command is one change, of one or more entries; each row keeps the entry
 * as it was before (NULL for an entry the command added) and as the
 * command left it (NULL for one it removed), as serialised GVariants, so
 * that knead undo can put it back, and can see whether anything changed
 * it since. */
static const char schema_v5[] =
	"CREATE TABLE undo_journal ("
	" id INTEGER PRIMARY KEY AUTOINCREMENT,"
	" change INTEGER NOT NULL CHECK (change > 0),"
	" at TEXT NOT NULL CHECK (at GLOB " TIME_GLOB "),"
	" command TEXT NOT NULL CHECK (length(command) BETWEEN 1 AND 100),"
	" entry_table TEXT NOT NULL CHECK (entry_table IN ('runs','soreness','massages','races')),"
	" entry_id INTEGER NOT NULL CHECK (entry_id > 0),"
	" before BLOB,"
	" after BLOB,"
	" CHECK (before IS NOT NULL OR after IS NOT NULL));"
	"CREATE INDEX undo_journal_change ON undo_journal(change);";

/* Version 6, in three parts.
 *
 * Redo: knead undo (and u in the interface) marks the change it took back
 * as undone instead of forgetting it, so that knead redo (U) can make it
 * again; a new change forgets every undone one.
 *
 * Vocabularies as rows: the body regions (and which take a side), the
 * sources of a run and the kinds of entry the undo journal names live in
 * reference tables, pointed at by foreign keys, instead of lists inside
 * CHECK constraints.  A new region or source is then a row, never a table
 * rebuild: migrate_reference_rows() (below) adds the rows of knead's own
 * tables at open, so it needs no step at all.
 *
 * Ids never reused: a table rebuilt here takes over the AUTOINCREMENT
 * counter of the table it replaces (CARRY_SEQUENCE, before the old one is
 * dropped), so that a run deleted last does not lend its id to the next
 * one.  massage_regions is rebuilt in place of itself: nothing points at
 * it, and its massages stay where they are. */
#define CARRY_SEQUENCE(old, new)                                                           \
	"INSERT INTO sqlite_sequence (name, seq) SELECT '" new "', 0"                      \
	" WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = '" new "');"        \
	"UPDATE sqlite_sequence SET seq = (SELECT max(seq) FROM sqlite_sequence"           \
	" WHERE name IN ('" old "', '" new "')) WHERE name = '" new "';"
static const char schema_v6[] =
	"CREATE TABLE regions (id TEXT PRIMARY KEY) WITHOUT ROWID;"
	"INSERT INTO regions (id) VALUES ('calf'), ('soleus'), ('achilles'), ('shin'), ('foot'),"
	" ('knee'), ('quad'), ('hamstring'), ('it-band'), ('glute'), ('piriformis'),"
	" ('hip-flexor'), ('lower-back'), ('upper-back');"
	"CREATE TABLE region_sides ("
	" region TEXT NOT NULL REFERENCES regions(id),"
	" side TEXT NOT NULL CHECK (side IN ('left','right')),"
	" PRIMARY KEY (region, side)) WITHOUT ROWID;"
	"INSERT INTO region_sides (region, side) SELECT id, 'left' FROM regions"
	" WHERE id NOT IN ('lower-back','upper-back')"
	" UNION ALL SELECT id, 'right' FROM regions WHERE id NOT IN ('lower-back','upper-back');"
	"CREATE TABLE run_sources (id TEXT PRIMARY KEY) WITHOUT ROWID;"
	"INSERT INTO run_sources (id) VALUES ('manual'), ('gpx'), ('tcx'), ('strava'), ('fit'),"
	" ('health');"
	"CREATE TABLE entry_tables (id TEXT PRIMARY KEY) WITHOUT ROWID;"
	"INSERT INTO entry_tables (id) VALUES ('runs'), ('soreness'), ('massages'), ('races');"
	"CREATE TABLE runs_v6 ("
	" id INTEGER PRIMARY KEY AUTOINCREMENT,"
	" start TEXT NOT NULL CHECK (start GLOB " TIME_GLOB "),"
	" distance_m REAL NOT NULL CHECK (distance_m > 0 AND distance_m <= 1000000),"
	" duration_s REAL NOT NULL CHECK (duration_s > 0 AND duration_s <= 604800),"
	" kind TEXT NOT NULL CHECK (kind IN"
	"  ('easy','long','tempo','intervals','race','trail','recovery')),"
	" rpe INTEGER CHECK (rpe IS NULL OR rpe BETWEEN 1 AND 10),"
	" avg_hr INTEGER CHECK (avg_hr IS NULL OR avg_hr BETWEEN 25 AND 250),"
	" elevation_m REAL CHECK (elevation_m IS NULL OR elevation_m BETWEEN 0 AND 30000),"
	" note TEXT CHECK " TEXT_CHECK("note", 10000) ","
	" source TEXT NOT NULL DEFAULT 'manual' REFERENCES run_sources(id),"
	" source_id TEXT CHECK " TEXT_CHECK("source_id", 1000) ","
	" edited INTEGER NOT NULL DEFAULT 0 CHECK (edited IN (0, 1)));"
	"INSERT INTO runs_v6 (id, start, distance_m, duration_s, kind, rpe, avg_hr, elevation_m,"
	" note, source, source_id, edited) SELECT id, start, distance_m, duration_s, kind, rpe,"
	" avg_hr, elevation_m, note, source, source_id, edited FROM runs;"
	CARRY_SEQUENCE("runs", "runs_v6")
	"DROP TABLE runs;"
	"ALTER TABLE runs_v6 RENAME TO runs;"
	"CREATE INDEX runs_start ON runs(start);"
	"CREATE UNIQUE INDEX runs_source ON runs(source, source_id) WHERE source_id IS NOT NULL;"
	"CREATE TABLE soreness_v6 ("
	" id INTEGER PRIMARY KEY AUTOINCREMENT,"
	" time TEXT NOT NULL CHECK (time GLOB " TIME_GLOB "),"
	" region TEXT NOT NULL REFERENCES regions(id),"
	" side TEXT CHECK " SIDE_CHECK("side") ","
	" level INTEGER NOT NULL CHECK (level BETWEEN 0 AND 10),"
	" note TEXT CHECK " TEXT_CHECK("note", 10000) ","
	" sharp INTEGER NOT NULL DEFAULT 0 CHECK (sharp IN (0, 1)),"
	" FOREIGN KEY (region, side) REFERENCES region_sides(region, side));"
	"INSERT INTO soreness_v6 (id, time, region, side, level, note, sharp)"
	" SELECT id, time, region, side, level, note, sharp FROM soreness;"
	CARRY_SEQUENCE("soreness", "soreness_v6")
	"DROP TABLE soreness;"
	"ALTER TABLE soreness_v6 RENAME TO soreness;"
	"CREATE INDEX soreness_time ON soreness(time);"
	"CREATE TABLE massage_regions_v6 ("
	" massage_id INTEGER NOT NULL REFERENCES massages(id) ON DELETE CASCADE,"
	" region TEXT NOT NULL REFERENCES regions(id),"
	" side TEXT CHECK " SIDE_CHECK("side") ","
	" FOREIGN KEY (region, side) REFERENCES region_sides(region, side),"
	" UNIQUE (massage_id, region, side));"
	"INSERT INTO massage_regions_v6 (massage_id, region, side)"
	" SELECT massage_id, region, side FROM massage_regions ORDER BY rowid;"
	"DROP TABLE massage_regions;"
	"ALTER TABLE massage_regions_v6 RENAME TO massage_regions;"
	"CREATE TABLE undo_journal_v6 ("
	" id INTEGER PRIMARY KEY AUTOINCREMENT,"
	" change INTEGER NOT NULL CHECK (change > 0),"
	" at TEXT NOT NULL CHECK (at GLOB " TIME_GLOB "),"
	" command TEXT NOT NULL CHECK (length(command) BETWEEN 1 AND 100),"
	" entry_table TEXT NOT NULL REFERENCES entry_tables(id),"
	" entry_id INTEGER NOT NULL CHECK (entry_id > 0),"
	" before BLOB,"
	" after BLOB,"
	" undone INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1)),"
	" CHECK (before IS NOT NULL OR after IS NOT NULL));"
	"INSERT INTO undo_journal_v6 (id, change, at, command, entry_table, entry_id, before, after)"
	" SELECT id, change, at, command, entry_table, entry_id, before, after FROM undo_journal;"
	CARRY_SEQUENCE("undo_journal", "undo_journal_v6")
	"DROP TABLE undo_journal;"
	"ALTER TABLE undo_journal_v6 RENAME TO undo_journal;"
	"CREATE INDEX undo_journal_change ON undo_journal(change);";

/* Version 7: the self-care plan's ticks (store/selfcare_done.c): one row per
 * item of a day's plan the runner did.  A step of its own, touching no
 * other table; its region points at the reference table of version 6. */
static const char schema_v7[] =
	"CREATE TABLE selfcare_done ("
	" id INTEGER PRIMARY KEY AUTOINCREMENT,"
	" day TEXT NOT NULL CHECK (day GLOB " DATE_GLOB "),"
	" item TEXT NOT NULL CHECK (length(item) BETWEEN 1 AND 100),"
	" action TEXT NOT NULL CHECK (action IN"
	"  ('roll','compress','move','cold-water','rest','sleep')),"
	" region TEXT REFERENCES regions(id),"
	" side TEXT CHECK " SIDE_CHECK("side") ","
	" at TEXT NOT NULL CHECK (at GLOB " TIME_GLOB "),"
	" UNIQUE (day, item));"
	"CREATE INDEX selfcare_done_day ON selfcare_done(day);";

/* Version 8: assessments (knead log assessed).  A professional looked at a
 * region the advice flagged; cleared says they found massage there fine.
 * The advice reads them with its history: a flag ends at an assessment
 * that clears it, and an assessment that does not ends the referral but
 * keeps massage off the region.  Self-contained: one new table, its region
 * and side pointing at the reference tables of version 6. */
static const char schema_v8[] =
	"CREATE TABLE assessments ("
	" id INTEGER PRIMARY KEY AUTOINCREMENT,"
	" time TEXT NOT NULL CHECK (time GLOB " TIME_GLOB "),"
	" region TEXT NOT NULL REFERENCES regions(id),"
	" side TEXT CHECK " SIDE_CHECK("side") ","
	" cleared INTEGER NOT NULL DEFAULT 0 CHECK (cleared IN (0, 1)),"
	" FOREIGN KEY (region, side) REFERENCES region_sides(region, side));"
	"CREATE INDEX assessments_time ON assessments(time);"
	/* An entry kind: knead undo journals it like the others. */
	"INSERT INTO entry_tables (id) VALUES ('assessments');";

static const char *const steps[] = { NULL,	schema_v1, schema_v2, schema_v3,
				     schema_v4, schema_v5, schema_v6, schema_v7, schema_v8 };

/* The schema version this knead writes, which the store opens every
 * database at (store.c), is the last step here: a new step is all a new
 * version takes. */
int migrate_latest(void)
{
	return (int)G_N_ELEMENTS(steps) - 1;
}

static bool db_fail(sqlite3 *db, GError **err)
{
	g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED, _("database error: %s"),
		    sqlite3_errmsg(db));
	return false;
}

/* Runs sql (g_free'd here) when rc, what came before it, is SQLITE_OK; on
 * any failure says why and rolls the transaction back. */
static bool exec_or_roll_back(sqlite3 *db, int rc, char *sql, GError **err)
{
	if (rc == SQLITE_OK)
		rc = sqlite3_exec(db, sql, NULL, NULL, NULL);
	g_free(sql);
	if (rc == SQLITE_OK)
		return true;
	db_fail(db, err);
	sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
	return false;
}

int migrate_current(sqlite3 *db, GError **err)
{
	sqlite3_stmt *st;
	int v = -1;

	if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, NULL) != SQLITE_OK) {
		db_fail(db, err);
		return -1;
	}
	if (sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int(st, 0);
	else
		db_fail(db, err);
	sqlite3_finalize(st);
	return v;
}

bool migrate_to(sqlite3 *db, int target, GError **err)
{
	if (target > migrate_latest())
		target = migrate_latest();
	/* Nearly every open finds the schema current: a plain read says so
	 * without taking the write lock, which would make the interface wait
	 * at start behind any writer. */
	if (migrate_current(db, NULL) >= target)
		return true;
	/* The version is read again inside each step's write transaction:
	 * two processes opening a new database at once must not both run the
	 * same step (the second would fail on "table already exists"). */
	for (;;) {
		char *sql;
		int v;

		if (sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
			return db_fail(db, err);
		v = migrate_current(db, err);
		if (v < 0 || v >= target) {
			sqlite3_exec(db, v < 0 ? "ROLLBACK" : "COMMIT", NULL, NULL, NULL);
			return v >= 0;
		}
		sql = g_strdup_printf("%s PRAGMA user_version = %d; COMMIT;", steps[v + 1], v + 1);
		if (!exec_or_roll_back(db, SQLITE_OK, sql, err))
			return false;
		/* A step that rebuilds tables fills the WAL; hand it back to the
		 * database before the next one, so that a new database's six
		 * steps never need the room of all of them at once (a small or
		 * nearly full disk).  Best effort: a reader may hold it. */
		sqlite3_wal_checkpoint_v2(db, NULL, SQLITE_CHECKPOINT_TRUNCATE, NULL, NULL);
	}
}

/* ---- the reference tables follow knead's own ---------------------------- */

/* The rows of the reference tables that knead's tables name: every region
 * (regions.c) and each side of a sided one, every run source (model.c)
 * and every entry kind (kinds.c).  `check`: the SQL that counts how many of
 * them the database holds; else the SQL that adds those it lacks. */
/* One table's ids, as a list for IN (...) or as rows for VALUES. */
static void append_ids(GString *sql, bool check, const char *const *ids, int n)
{
	for (int i = 0; i < n; i++) {
		char *q = sqlite3_mprintf(check ? "%s%Q" : "%s(%Q)", i ? ", " : "", ids[i]);

		g_string_append(sql, q);
		sqlite3_free(q);
	}
}

static char *reference_sql(bool check)
{
	GString *sql = g_string_new(NULL);
	const char *regions[REGION_COUNT], *sources[SOURCE_COUNT], *tables[TABLE_COUNT];
	const char *sep;

	for (int r = 0; r < REGION_COUNT; r++)
		regions[r] = region_id((enum region)r);
	for (int s = 0; s < SOURCE_COUNT; s++)
		sources[s] = run_source_id((enum run_source)s);
	for (int t = 0; t < TABLE_COUNT; t++)
		tables[t] = store_table_id((enum store_table)t);

	g_string_append(sql, check ? "SELECT (SELECT count(*) FROM regions WHERE id IN ("
				   : "INSERT OR IGNORE INTO regions (id) VALUES ");
	append_ids(sql, check, regions, REGION_COUNT);
	g_string_append(sql, check ? ")) + (SELECT count(*) FROM region_sides WHERE 0"
				   : "; INSERT OR IGNORE INTO region_sides (region, side) VALUES ");
	sep = check ? " OR " : "";
	for (int r = 0; r < REGION_COUNT; r++) {
		if (!region_has_side((enum region)r))
			continue;
		for (int s = 0; s < 2; s++) {
			char *q = sqlite3_mprintf(check ? "%s(region = %Q AND side = %Q)" : "%s(%Q, %Q)",
						  sep, regions[r], s ? "right" : "left");

			g_string_append(sql, q);
			sqlite3_free(q);
			sep = check ? " OR " : ", ";
		}
	}
	g_string_append(sql, check ? ") + (SELECT count(*) FROM run_sources WHERE id IN ("
				   : "; INSERT OR IGNORE INTO run_sources (id) VALUES ");
	append_ids(sql, check, sources, SOURCE_COUNT);
	g_string_append(sql, check ? ")) + (SELECT count(*) FROM entry_tables WHERE id IN ("
				   : "; INSERT OR IGNORE INTO entry_tables (id) VALUES ");
	append_ids(sql, check, tables, TABLE_COUNT);
	g_string_append(sql, check ? "))" : ";");
	return g_string_free(sql, FALSE);
}

/* How many rows reference_sql() names. */
static int reference_rows(void)
{
	int n = REGION_COUNT + SOURCE_COUNT + TABLE_COUNT;

	for (int r = 0; r < REGION_COUNT; r++)
		n += region_has_side((enum region)r) ? 2 : 0;
	return n;
}

bool migrate_reference_rows(sqlite3 *db, GError **err)
{
	char *sql = reference_sql(true);
	sqlite3_stmt *st;
	int have = -1;

	/* Nearly every open finds every row there: a plain read says so
	 * without taking the write lock. */
	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) {
		g_free(sql);
		return db_fail(db, err);
	}
	g_free(sql);
	if (sqlite3_step(st) == SQLITE_ROW)
		have = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	if (have == reference_rows())
		return true;
	if (!exec_or_roll_back(db, sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL),
			       reference_sql(false), err))
		return false;
	if (sqlite3_exec(db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) {
		db_fail(db, err);
		sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
		return false;
	}
	return true;
}

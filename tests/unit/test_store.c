/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_store.c - the database: changes, constraints, migrations, files. */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>
#include <sys/stat.h>
#include <glib/gstdio.h>
#include "core/clock.h"
#include "core/error.h"
#include "core/store/migrate.h"
#include "core/store/store.h"
#include "testutil.h"

struct fixture {
	char *dir;
	char *path;
	struct store *st;
};

static int setup(void **state)
{
	struct fixture *f = g_new0(struct fixture, 1);

	f->dir = g_dir_make_tmp("knead-store-XXXXXX", NULL);
	f->path = g_build_filename(f->dir, "sub", "knead.db", NULL);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;

	store_close(f->st);
	rm_rf(f->dir);
	g_free(f->path);
	g_free(f->dir);
	g_free(f);
	return 0;
}

static struct store *open_ok(struct fixture *f)
{
	GError *err = NULL;
	struct store *st = store_open(f->path, &err);

	if (!st)
		fail_msg("store_open: %s", err->message);
	return st;
}

static struct run sample_run(int day_of_month)
{
	return manual_run(wtime_make(2026, 11, day_of_month, 7, 0, 0));
}

static char *file_digest(const char *path)
{
	char *data = NULL;
	gsize len = 0;
	char *sum;

	if (!g_file_get_contents(path, &data, &len, NULL))
		return g_strdup("missing");
	sum = g_compute_checksum_for_data(G_CHECKSUM_SHA256, (const guchar *)data, len);
	g_free(data);
	return sum;
}

/* store_open refuses the file at PATH with a KNEAD_ERROR_FAILED naming
 * WHAT, and leaves it byte for byte as it was. */
static void refused_untouched(const char *path, const char *what)
{
	GError *err = NULL;
	char *before = file_digest(path), *after;

	assert_null(store_open(path, &err));
	assert_true(g_error_matches(err, KNEAD_ERROR, KNEAD_ERROR_FAILED));
	assert_non_null(strstr(err->message, what));
	g_clear_error(&err);
	after = file_digest(path);
	assert_string_equal(before, after);
	g_free(before);
	g_free(after);
}

static void test_permissions(void **state)
{
	struct fixture *f = *state;
	struct stat sb;
	char *dir = g_path_get_dirname(f->path);
	mode_t old = umask(0);

	f->st = open_ok(f);
	umask(old);
	assert_int_equal(g_stat(dir, &sb), 0);
	assert_int_equal(sb.st_mode & 0777, 0700);
	assert_int_equal(g_stat(f->path, &sb), 0);
	assert_int_equal(sb.st_mode & 0777, 0600);
	g_free(dir);
}

static void test_run_add_list_update_remove(void **state)
{
	struct fixture *f = *state;
	GError *err = NULL;
	struct run r = sample_run(20), *runs;
	size_t n;
	int64_t id1, id2;

	f->st = open_ok(f);
	r.note = "Lachine Canal, windy";
	assert_true(store_run_add(f->st, &r, &id1, &err));
	r = sample_run(18);
	r.rpe = 0;
	r.avg_hr = 150;
	r.elevation_m = 120;
	assert_true(store_run_add(f->st, &r, &id2, &err));
	assert_true(store_runs_list(f->st, SINCE_ALL_TIME, &runs, &n, &err));
	assert_int_equal(n, 2);
	/* Oldest first. */
	assert_int_equal(runs[0].id, id2);
	assert_int_equal(runs[0].rpe, 0);
	assert_int_equal(runs[0].avg_hr, 150);
	assert_true(runs[0].elevation_m == 120);
	assert_int_equal(runs[1].id, id1);
	assert_string_equal(runs[1].note, "Lachine Canal, windy");
	assert_true(runs[1].elevation_m < 0);
	assert_int_equal(runs[1].start, wtime_make(2026, 11, 20, 7, 0, 0));
	runs[1].distance_m = 12000;
	assert_true(store_run_update(f->st, &runs[1], &err));
	for (size_t i = 0; i < n; i++)
		run_clear(&runs[i]);
	g_free(runs);
	assert_true(store_runs_list(f->st, wtime_make(2026, 11, 19, 0, 0, 0), &runs, &n, &err));
	assert_int_equal(n, 1);
	assert_true(runs[0].distance_m == 12000);
	run_clear(&runs[0]);
	g_free(runs);
	assert_true(store_remove(f->st, TABLE_RUNS, id1, &err));
	assert_false(store_remove(f->st, TABLE_RUNS, id1, &err));
	assert_true(g_error_matches(err, KNEAD_ERROR, KNEAD_ERROR_INVALID));
	g_clear_error(&err);
}

static void test_constraints(void **state)
{
	struct fixture *f = *state;
	GError *err = NULL;
	struct run r = sample_run(20);
	struct soreness s = { .time = wtime_make(2026, 11, 20, 7, 0, 0),
			      .region = REGION_LOWER_BACK, .side = SIDE_LEFT, .level = 3 };
	struct race race = { .date = 20000, .name = "x", .distance_m = 5000, .priority = 'Z' };
	sqlite3 *db;

	f->st = open_ok(f);
	r.distance_m = -1;
	assert_false(store_run_add(f->st, &r, NULL, &err));
	assert_true(g_error_matches(err, KNEAD_ERROR, KNEAD_ERROR_INVALID));
	g_clear_error(&err);
	r = sample_run(20);
	r.rpe = 11;
	assert_false(store_run_add(f->st, &r, NULL, &err));
	g_clear_error(&err);
	/* lower-back has no side */
	assert_false(store_soreness_add(f->st, &s, NULL, &err));
	g_clear_error(&err);
	s.side = SIDE_NONE;
	s.level = 11;
	assert_false(store_soreness_add(f->st, &s, NULL, &err));
	g_clear_error(&err);
	assert_false(store_race_add(f->st, &race, NULL, &err));
	g_clear_error(&err);
	/* The CHECKs hold against raw SQL too. */
	db = store_db(f->st);
	assert_int_not_equal(sqlite3_exec(db, "INSERT INTO soreness (time, region, level)"
					      " VALUES ('2026-11-20T07:00:00', 'elbow', 3)",
					  NULL, NULL, NULL),
			     SQLITE_OK);
	assert_int_not_equal(sqlite3_exec(db, "INSERT INTO runs (start, distance_m, duration_s, kind)"
					      " VALUES ('yesterday', 1000, 300, 'easy')",
					  NULL, NULL, NULL),
			     SQLITE_OK);
	assert_int_not_equal(sqlite3_exec(db, "INSERT INTO massages (date, kind)"
					      " VALUES ('2026-11-20', 'shiatsu')",
					  NULL, NULL, NULL),
			     SQLITE_OK);
}

static void test_transaction_rolls_back(void **state)
{
	struct fixture *f = *state;
	GError *err = NULL;
	struct soreness ok = { .time = wtime_make(2026, 11, 20, 7, 0, 0),
			       .region = REGION_CALF, .side = SIDE_LEFT, .level = 4 };
	struct soreness bad = ok;
	struct soreness *list;
	size_t n;

	f->st = open_ok(f);
	bad.level = 42;
	assert_true(store_begin(f->st, &err));
	assert_true(store_soreness_add(f->st, &ok, NULL, &err));
	assert_false(store_soreness_add(f->st, &bad, NULL, &err));
	g_clear_error(&err);
	store_rollback(f->st);
	assert_true(store_soreness_list(f->st, SINCE_ALL_TIME, &list, &n, &err));
	assert_int_equal(n, 0);
	g_free(list);
}

static void test_massage_regions_and_cascade(void **state)
{
	struct fixture *f = *state;
	GError *err = NULL;
	struct region_side rs[] = { { REGION_CALF, SIDE_LEFT }, { REGION_IT_BAND, SIDE_RIGHT },
				    { REGION_LOWER_BACK, SIDE_NONE } };
	struct massage m = { .date = 20000, .kind = MASSAGE_MYOFASCIAL, .regions = rs,
			     .n_regions = 3, .therapist = "Julie" };
	struct massage *list;
	size_t n;
	int64_t id;
	dayno last;
	sqlite3_stmt *q;

	f->st = open_ok(f);
	assert_true(store_massage_add(f->st, &m, &id, &err));
	assert_true(store_massages_list(f->st, SINCE_ALL_DAYS, &list, &n, &err));
	assert_int_equal(n, 1);
	assert_int_equal(list[0].n_regions, 3);
	assert_int_equal(list[0].regions[1].region, REGION_IT_BAND);
	assert_int_equal(list[0].regions[1].side, SIDE_RIGHT);
	assert_string_equal(list[0].therapist, "Julie");
	massage_clear(&list[0]);
	g_free(list);
	assert_true(store_last_massage(f->st, 20001, &last, &err));
	assert_int_equal(last, 20000);
	assert_false(store_last_massage(f->st, 20000, &last, &err));
	assert_true(store_remove(f->st, TABLE_MASSAGES, id, &err));
	sqlite3_prepare_v2(store_db(f->st), "SELECT count(*) FROM massage_regions", -1, &q, NULL);
	assert_int_equal(sqlite3_step(q), SQLITE_ROW);
	assert_int_equal(sqlite3_column_int(q, 0), 0); /* foreign key cascade */
	sqlite3_finalize(q);
}

/* Undo puts an entry back under its old id while that id is free. */
static void test_restore_keeps_the_id(void **state)
{
	struct fixture *f = *state;
	GError *err = NULL;
	struct region_side rs[] = { { REGION_CALF, SIDE_LEFT }, { REGION_GLUTE, SIDE_RIGHT } };
	struct massage m = { .date = 20000, .kind = MASSAGE_SPORTS, .regions = rs, .n_regions = 2 };
	struct run r1 = { .start = 1700000000, .distance_m = 8000, .duration_s = 2700 };
	struct run r2 = { .start = 1700090000, .distance_m = 12000, .duration_s = 3900 };
	struct run r3 = { .start = 1700180000, .distance_m = 5000, .duration_s = 1500 };
	struct massage *list;
	struct run *runs;
	size_t n;
	int64_t id1, id2, id3, back, mid;

	f->st = open_ok(f);
	assert_true(store_run_add(f->st, &r1, &id1, &err));
	assert_true(store_run_add(f->st, &r2, &id2, &err));

	/* The older run, deleted and put back: the same id. */
	assert_true(store_remove(f->st, TABLE_RUNS, id1, &err));
	assert_true(store_restore(f->st, TABLE_RUNS, &r1, id1, &back, &err));
	assert_int_equal(back, id1);

	/* The newest, deleted, then a new run logged: ids are never reused
	 * (schema 4), so the new run does not take the deleted one's id and
	 * the deleted run comes back under its own. */
	assert_true(store_remove(f->st, TABLE_RUNS, id2, &err));
	assert_true(store_run_add(f->st, &r3, &id3, &err));
	assert_true(id3 > id2);
	assert_true(store_restore(f->st, TABLE_RUNS, &r2, id2, &back, &err));
	assert_int_equal(back, id2);
	assert_true(store_runs_list(f->st, INT64_MIN, &runs, &n, &err));
	assert_int_equal(n, 3);
	for (size_t i = 0; i < n; i++) {
		if (runs[i].id == id3)
			assert_true(runs[i].distance_m == 5000);
		if (runs[i].id == id2)
			assert_true(runs[i].distance_m == 12000);
		run_clear(&runs[i]);
	}
	g_free(runs);

	/* A massage comes back with its regions, under its id. */
	assert_true(store_massage_add(f->st, &m, &mid, &err));
	assert_true(store_remove(f->st, TABLE_MASSAGES, mid, &err));
	assert_true(store_restore(f->st, TABLE_MASSAGES, &m, mid, &back, &err));
	assert_int_equal(back, mid);
	assert_true(store_massages_list(f->st, SINCE_ALL_DAYS, &list, &n, &err));
	assert_int_equal(n, 1);
	assert_int_equal(list[0].id, mid);
	assert_int_equal(list[0].n_regions, 2);
	assert_int_equal(list[0].regions[1].region, REGION_GLUTE);
	massage_clear(&list[0]);
	g_free(list);
}

static void test_duplicates(void **state)
{
	struct fixture *f = *state;
	GError *err = NULL;
	struct run r = sample_run(20), other;
	int64_t id;

	f->st = open_ok(f);
	r.source = SOURCE_GPX;
	r.source_id = "activity-1";
	assert_true(store_run_add(f->st, &r, &id, &err));
	assert_int_equal(store_run_find_duplicate(f->st, &r, &err), id);
	other = sample_run(20);
	other.distance_m = 10050; /* same start, within 1% */
	assert_int_equal(store_run_find_duplicate(f->st, &other, &err), id);
	other.distance_m = 11000;
	assert_int_equal(store_run_find_duplicate(f->st, &other, &err), 0);
	other = sample_run(21);
	assert_int_equal(store_run_find_duplicate(f->st, &other, &err), 0);
	/* The same source id twice is refused by the unique index. */
	r.start += 86400;
	assert_false(store_run_add(f->st, &r, NULL, &err));
	g_clear_error(&err);
}

static void test_history_window(void **state)
{
	struct fixture *f = *state;
	GError *err = NULL;
	struct history h;
	struct massage old = { .date = wtime_day(wtime_make(2026, 1, 10, 0, 0, 0)),
			       .kind = MASSAGE_SPORTS };
	struct race future = { .date = wtime_day(wtime_make(2027, 5, 30, 0, 0, 0)),
			       .name = "Montreal 21k", .distance_m = 21100, .priority = 'A' };

	f->st = open_ok(f);
	for (int d = 1; d <= 20; d++) {
		struct run r = sample_run(d);
		assert_true(store_run_add(f->st, &r, NULL, &err));
	}
	assert_true(store_massage_add(f->st, &old, NULL, &err));
	assert_true(store_race_add(f->st, &future, NULL, &err));
	assert_true(store_history_load(f->st, wtime_day(wtime_make(2026, 11, 11, 0, 0, 0)), &h,
				       &err));
	assert_int_equal(h.n_runs, 10);
	/* The last massage before the window comes along. */
	assert_int_equal(h.n_massages, 1);
	assert_int_equal(h.n_races, 1);
	assert_string_equal(h.races[0].name, "Montreal 21k");
	history_clear(&h);
}

static void test_reminders_unique(void **state)
{
	struct fixture *f = *state;
	GError *err = NULL;
	bool inserted;

	f->st = open_ok(f);
	assert_false(store_reminder_was_sent(f->st, "checkin:2026-11-23", &err));
	assert_true(store_reminder_mark_sent(f->st, "checkin:2026-11-23", "checkin", 0, &inserted,
					     &err));
	assert_true(inserted);
	assert_true(store_reminder_mark_sent(f->st, "checkin:2026-11-23", "checkin", 0, &inserted,
					     &err));
	assert_false(inserted);
	assert_true(store_reminder_was_sent(f->st, "checkin:2026-11-23", &err));
}

static void free_held(char **keys, wtime *until, size_t n)
{
	for (size_t i = 0; i < n; i++)
		g_free(keys[i]);
	g_free(keys);
	g_free(until);
}

static void test_reminder_snooze_held(void **state)
{
	struct fixture *f = *state;
	GError *err = NULL;
	char **keys;
	wtime *until;
	size_t n;

	f->st = open_ok(f);
	assert_true(store_reminder_mark_sent(f->st, "checkin:2026-11-23", "checkin", 0, NULL, &err));
	assert_true(store_reminder_mark_sent(f->st, "race-window:1:2026-11-25", "race", 0, NULL,
					     &err));
	assert_true(store_snoozes_list(f->st, &keys, &until, &n, &err));
	assert_int_equal(n, 0);
	free_held(keys, until, n);

	/* Only a reminder that was sent can be snoozed. */
	assert_false(store_snooze_set(f->st, "checkin:2026-11-24", 1000, &err));
	assert_non_null(strstr(err->message, "checkin:2026-11-24"));
	g_clear_error(&err);

	assert_true(store_snooze_set(f->st, "race-window:1:2026-11-25", 2000, &err));
	assert_true(store_snooze_set(f->st, "checkin:2026-11-23", 1000, &err));
	assert_true(store_snoozes_list(f->st, &keys, &until, &n, &err));
	assert_int_equal(n, 2);
	assert_string_equal(keys[0], "checkin:2026-11-23"); /* earliest first */
	assert_int_equal(until[0], 1000);
	assert_string_equal(keys[1], "race-window:1:2026-11-25");
	assert_int_equal(until[1], 2000);
	free_held(keys, until, n);

	/* Survives closing: another process sees the snooze. */
	store_close(f->st);
	f->st = open_ok(f);
	assert_true(store_snooze_end(f->st, "checkin:2026-11-23", &err));
	assert_true(store_snoozes_list(f->st, &keys, &until, &n, &err));
	assert_int_equal(n, 1);
	assert_string_equal(keys[0], "race-window:1:2026-11-25");
	free_held(keys, until, n);
	/* Still sent: unheld is not unsent. */
	assert_true(store_reminder_was_sent(f->st, "checkin:2026-11-23", &err));
}

static void test_article_reads(void **state)
{
	struct fixture *f = *state;
	GError *err = NULL;
	char **slugs;
	wtime *times;
	size_t n;

	f->st = open_ok(f);
	assert_true(store_article_read_add(f->st, "it-band", wtime_make(2026, 11, 1, 8, 0, 0), &err));
	assert_true(store_article_read_add(f->st, "race-timing", wtime_make(2026, 11, 20, 8, 0, 0),
					   &err));
	assert_true(store_article_reads_list(f->st, wtime_make(2026, 11, 10, 0, 0, 0), &slugs,
					     &times, &n, &err));
	assert_int_equal(n, 1);
	assert_string_equal(slugs[0], "race-timing");
	assert_int_equal(times[0], wtime_make(2026, 11, 20, 8, 0, 0));
	g_free(slugs[0]);
	g_free(slugs);
	g_free(times);
}

static void test_migration_from_empty_file(void **state)
{
	struct fixture *f = *state;
	char *dir = g_path_get_dirname(f->path);
	GError *err = NULL;

	g_mkdir_with_parents(dir, 0700);
	assert_true(g_file_set_contents(f->path, "", 0, NULL));
	f->st = open_ok(f);
	assert_int_equal(migrate_current(store_db(f->st), &err), migrate_latest());
	g_free(dir);
}

static void test_migration_from_v1(void **state)
{
	struct fixture *f = *state;
	char *dir = g_path_get_dirname(f->path);
	GError *err = NULL;
	sqlite3 *db;
	struct run *runs;
	size_t n;

	/* Build a version-1 database by hand, with data in it. */
	g_mkdir_with_parents(dir, 0700);
	assert_int_equal(sqlite3_open(f->path, &db), SQLITE_OK);
	assert_true(migrate_to(db, 1, &err));
	assert_int_equal(migrate_current(db, &err), 1);
	assert_int_equal(sqlite3_exec(db,
				      "INSERT INTO runs (start, distance_m, duration_s, kind, rpe)"
				      " VALUES ('2026-11-20T07:00:00', 10000, 3150, 'long', 6);"
				      "INSERT INTO races (date, name, distance_m, priority)"
				      " VALUES ('2027-05-30', 'Montreal 21k', 21100, 'A');",
				      NULL, NULL, NULL),
			 SQLITE_OK);
	sqlite3_close(db);
	f->st = open_ok(f);
	assert_int_equal(migrate_current(store_db(f->st), &err), migrate_latest());
	assert_true(store_runs_list(f->st, SINCE_ALL_TIME, &runs, &n, &err));
	assert_int_equal(n, 1);
	assert_int_equal(runs[0].kind, RUN_LONG);
	assert_int_equal(runs[0].rpe, 6);
	run_clear(&runs[0]);
	g_free(runs);
	/* Version 2's table is there. */
	assert_int_equal(sqlite3_exec(store_db(f->st),
				      "INSERT INTO article_reads (slug, time)"
				      " VALUES ('it-band', '2026-11-20T07:00:00')",
				      NULL, NULL, NULL),
			 SQLITE_OK);
	g_free(dir);
}

static void test_newer_schema_refused_untouched(void **state)
{
	struct fixture *f = *state;
	char *dir = g_path_get_dirname(f->path);
	sqlite3 *db;

	g_mkdir_with_parents(dir, 0700);
	assert_int_equal(sqlite3_open(f->path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, "CREATE TABLE runs (x); PRAGMA user_version = 99;", NULL,
				      NULL, NULL),
			 SQLITE_OK);
	sqlite3_close(db);
	refused_untouched(f->path, "99");
	g_free(dir);
}

static void test_foreign_files_refused_untouched(void **state)
{
	struct fixture *f = *state;
	char *dir = g_path_get_dirname(f->path);
	sqlite3 *db;
	const char junk[] = "this is my training diary, not a database\n";

	g_mkdir_with_parents(dir, 0700);
	assert_true(g_file_set_contents(f->path, junk, -1, NULL));
	refused_untouched(f->path, "not a knead database");
	/* Somebody else's SQLite database. */
	g_unlink(f->path);
	assert_int_equal(sqlite3_open(f->path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, "CREATE TABLE photos (x)", NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
	refused_untouched(f->path, "not a knead database");
	g_free(dir);
}

static void test_backup(void **state)
{
	struct fixture *f = *state;
	GError *err = NULL;
	struct run r = sample_run(20), *runs;
	char *dest = g_build_filename(f->dir, "backup.db", NULL);
	struct store *copy;
	size_t n;

	f->st = open_ok(f);
	assert_true(store_run_add(f->st, &r, NULL, &err));
	assert_true(store_backup(f->st, dest, &err));
	copy = store_open_readonly(dest, &err);
	assert_non_null(copy);
	assert_true(store_runs_list(copy, SINCE_ALL_TIME, &runs, &n, &err));
	assert_int_equal(n, 1);
	run_clear(&runs[0]);
	g_free(runs);
	store_close(copy);
	g_free(dest);
}

static void test_data_version_sees_other_writers(void **state)
{
	struct fixture *f = *state;
	GError *err = NULL;
	struct store *other;
	struct run r = sample_run(20);
	int64_t v;

	f->st = open_ok(f);
	other = open_ok(f);
	v = store_data_version(f->st);
	assert_true(store_run_add(other, &r, NULL, &err));
	assert_true(store_data_version(f->st) != v);
	store_close(other);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_permissions, setup, teardown),
		cmocka_unit_test_setup_teardown(test_run_add_list_update_remove, setup, teardown),
		cmocka_unit_test_setup_teardown(test_constraints, setup, teardown),
		cmocka_unit_test_setup_teardown(test_transaction_rolls_back, setup, teardown),
		cmocka_unit_test_setup_teardown(test_massage_regions_and_cascade, setup, teardown),
		cmocka_unit_test_setup_teardown(test_restore_keeps_the_id, setup, teardown),
		cmocka_unit_test_setup_teardown(test_duplicates, setup, teardown),
		cmocka_unit_test_setup_teardown(test_history_window, setup, teardown),
		cmocka_unit_test_setup_teardown(test_reminders_unique, setup, teardown),
		cmocka_unit_test_setup_teardown(test_reminder_snooze_held, setup, teardown),
		cmocka_unit_test_setup_teardown(test_article_reads, setup, teardown),
		cmocka_unit_test_setup_teardown(test_migration_from_empty_file, setup, teardown),
		cmocka_unit_test_setup_teardown(test_migration_from_v1, setup, teardown),
		cmocka_unit_test_setup_teardown(test_newer_schema_refused_untouched, setup, teardown),
		cmocka_unit_test_setup_teardown(test_foreign_files_refused_untouched, setup, teardown),
		cmocka_unit_test_setup_teardown(test_backup, setup, teardown),
		cmocka_unit_test_setup_teardown(test_data_version_sees_other_writers, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

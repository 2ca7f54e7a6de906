/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_checkin.c - one check-in, one transaction (checkin.h): what the
 * interface's Check-in screen and knead log save through. */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>
#include <sqlite3.h>
#include "core/store/checkin.h"
#include "core/clock.h"
#include "core/error.h"
#include "core/store/journal.h"
#include "testutil.h"

#define NOW wtime_make(2026, 11, 23, 19, 0, 0)

static int setup(void **state)
{
	return temp_store_setup(state, NOW, "knead-checkin-XXXXXX");
}

static struct run sample_run(void)
{
	return manual_run(NOW - 3600);
}

static const struct checkin_mark sample_marks[] = {
	{ REGION_CALF, SIDE_LEFT, 4, false, 0 },
	{ REGION_HAMSTRING, SIDE_RIGHT, 7, true, 0 },
};

static struct region_side massage_regions[] = { { REGION_CALF, SIDE_LEFT } };

static struct massage sample_massage(void)
{
	struct massage m = {
		.date = wtime_day(NOW),
		.kind = MASSAGE_SPORTS,
		.regions = massage_regions,
		.n_regions = 1,
		.therapist = (char *)"Marie",
	};
	return m;
}

/* How many entries each table holds: runs, soreness, massages. */
static void assert_counts(struct store *st, size_t runs, size_t sore, size_t massages)
{
	struct run *r;
	struct soreness *s;
	struct massage *m;
	size_t n;

	assert_true(store_runs_list(st, SINCE_ALL_TIME, &r, &n, NULL));
	assert_int_equal(n, runs);
	for (size_t i = 0; i < n; i++)
		run_clear(&r[i]);
	g_free(r);
	assert_true(store_soreness_list(st, SINCE_ALL_TIME, &s, &n, NULL));
	assert_int_equal(n, sore);
	for (size_t i = 0; i < n; i++)
		soreness_clear(&s[i]);
	g_free(s);
	assert_true(store_massages_list(st, SINCE_ALL_DAYS, &m, &n, NULL));
	assert_int_equal(n, massages);
	for (size_t i = 0; i < n; i++)
		massage_clear(&m[i]);
	g_free(m);
}

static void saves_every_part(void **state)
{
	struct temp_store *f = *state;
	struct run run = sample_run();
	struct massage m = sample_massage();
	struct checkin c = { .when = NOW - 60, .run = &run, .marks = sample_marks,
			     .n_marks = 2, .sore_note = "after the hills", .massage = &m };
	struct checkin_saved saved;
	struct soreness *s;
	size_t n;
	GError *err = NULL;

	assert_true(checkin_save(f->st, &c, &saved, &err));
	assert_null(err);
	assert_true(saved.run_id > 0);
	assert_true(saved.massage_id > 0);
	assert_true(saved.soreness_ids[0] > 0 && saved.soreness_ids[1] > saved.soreness_ids[0]);
	assert_counts(f->st, 1, 2, 1);
	assert_true(store_soreness_list(f->st, SINCE_ALL_TIME, &s, &n, NULL));
	assert_int_equal(s[1].id, saved.soreness_ids[1]);
	assert_int_equal(s[1].region, REGION_HAMSTRING);
	assert_int_equal(s[1].side, SIDE_RIGHT);
	assert_int_equal(s[1].level, 7);
	assert_true(s[1].sharp);
	assert_false(s[0].sharp);
	assert_int_equal(s[0].time, NOW - 60);
	assert_string_equal(s[0].note, "after the hills");
	for (size_t i = 0; i < n; i++)
		soreness_clear(&s[i]);
	g_free(s);
	checkin_saved_clear(&saved);
}

/* A bad part refuses the whole check-in, before the store is touched. */
static void refuses_whole_on_bad_part(void **state)
{
	struct temp_store *f = *state;
	struct run run = sample_run();
	struct checkin_mark bad[] = { { REGION_CALF, SIDE_LEFT, 4, false, 0 },
				      { REGION_CALF, SIDE_RIGHT, 11, false, 0 } };
	struct checkin c = { .when = NOW, .run = &run, .marks = bad, .n_marks = 2 };
	GError *err = NULL;

	assert_false(checkin_validate(&c, NOW, &err));
	assert_true(g_error_matches(err, KNEAD_ERROR, KNEAD_ERROR_INVALID));
	g_clear_error(&err);
	assert_false(checkin_save(f->st, &c, NULL, &err));
	assert_true(g_error_matches(err, KNEAD_ERROR, KNEAD_ERROR_INVALID));
	g_clear_error(&err);
	/* A run in the future, by the same rules as every other way in. */
	run.start = NOW + 3 * SECONDS_PER_DAY;
	c.n_marks = 1;
	assert_false(checkin_save(f->st, &c, NULL, &err));
	assert_true(g_error_matches(err, KNEAD_ERROR, KNEAD_ERROR_INVALID));
	g_clear_error(&err);
	assert_counts(f->st, 0, 0, 0);
	assert_false(store_in_transaction(f->st));
}

/* The database refusing the last part takes back the parts before it. */
static void rolls_back_on_store_failure(void **state)
{
	struct temp_store *f = *state;
	struct run run = sample_run();
	struct massage m = sample_massage();
	struct checkin c = { .when = NOW, .run = &run, .marks = sample_marks, .n_marks = 2,
			     .massage = &m };
	GError *err = NULL;
	sqlite3 *db;

	assert_int_equal(sqlite3_open(f->path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db,
				      "CREATE TRIGGER no_massage BEFORE INSERT ON massages "
				      "BEGIN SELECT RAISE(ABORT, 'refused'); END",
				      NULL, NULL, NULL),
			 SQLITE_OK);
	sqlite3_close(db);
	assert_false(checkin_save(f->st, &c, NULL, &err));
	assert_non_null(err);
	g_clear_error(&err);
	assert_false(store_in_transaction(f->st));
	assert_counts(f->st, 0, 0, 0);
}

/* A check-in is journalled as one change when it names its command. */
static void journals_when_asked(void **state)
{
	struct temp_store *f = *state;
	struct run run = sample_run();
	struct checkin c = { .when = NOW, .run = &run, .marks = sample_marks, .n_marks = 2 };
	struct journal_undone *items;
	char *command;
	size_t n;
	GError *err = NULL;

	assert_true(checkin_save(f->st, &c, NULL, &err));
	assert_false(journal_undo(f->st, UNIT_KM, &command, &items, &n, &err));
	assert_true(g_error_matches(err, KNEAD_ERROR, KNEAD_ERROR_INVALID));
	g_clear_error(&err);

	c.journal = "log";
	assert_true(checkin_save(f->st, &c, NULL, &err));
	assert_counts(f->st, 2, 4, 0);
	assert_true(journal_undo(f->st, UNIT_KM, &command, &items, &n, &err));
	assert_string_equal(command, "log");
	assert_int_equal(n, 3);
	assert_counts(f->st, 1, 2, 0);
	g_free(command);
	journal_undone_free(items, n);
}

/* Nothing given: nothing written, and no empty change for knead undo. */
static void empty_saves_nothing(void **state)
{
	struct temp_store *f = *state;
	struct checkin c = { .when = NOW, .journal = "log" };
	struct journal_undone *items;
	char *command;
	size_t n;
	GError *err = NULL;

	assert_true(checkin_save(f->st, &c, NULL, &err));
	assert_counts(f->st, 0, 0, 0);
	assert_false(journal_undo(f->st, UNIT_KM, &command, &items, &n, &err));
	assert_true(g_error_matches(err, KNEAD_ERROR, KNEAD_ERROR_INVALID));
	g_clear_error(&err);
}

/* A run or a soreness entry on the day is a check-in; a massage is not. */
static void done_on_a_day(void **state)
{
	struct run run = sample_run();
	struct soreness sore = { .time = NOW - 2 * SECONDS_PER_DAY, .level = 3 };
	struct massage m = sample_massage();
	struct history h = { 0 };
	dayno today = wtime_day(NOW);

	(void)state;
	m.date = today - 1;
	h.massages = &m;
	h.n_massages = 1;
	assert_false(checkin_done_on(&h, today - 1));
	h.soreness = &sore;
	h.n_soreness = 1;
	assert_true(checkin_done_on(&h, today - 2));
	assert_false(checkin_done_on(&h, today));
	h.runs = &run;
	h.n_runs = 1;
	assert_true(checkin_done_on(&h, today));
}

/* A day's check-in moves whole, each entry keeping its time of day; a day
 * after today or with nothing logged changes nothing. */
static void moves_a_day(void **state)
{
	struct temp_store *f = *state;
	struct run run = sample_run();
	struct massage m = sample_massage();
	struct checkin c = { .when = NOW - 60, .run = &run, .marks = sample_marks,
			     .n_marks = 2, .massage = &m };
	struct checkin_moved moved = { 0 };
	struct run later = sample_run();
	dayno today = wtime_day(NOW);
	struct soreness *s;
	struct run *r;
	size_t n;
	GError *err = NULL;

	assert_true(checkin_save(f->st, &c, NULL, NULL));
	later.start = NOW - 3 * SECONDS_PER_DAY;
	assert_true(store_run_add(f->st, &later, NULL, NULL));
	assert_true(checkin_move_day(f->st, today, today - 2, NULL, &moved, &err));
	assert_null(err);
	assert_int_equal(moved.runs, 1);
	assert_int_equal(moved.soreness, 2);
	assert_int_equal(moved.massages, 1);
	assert_true(store_runs_list(f->st, SINCE_ALL_TIME, &r, &n, NULL));
	assert_int_equal(n, 2);
	assert_int_equal(r[0].start, NOW - 3 * SECONDS_PER_DAY); /* another day: stays */
	assert_int_equal(r[1].start, NOW - 3600 - 2 * SECONDS_PER_DAY);
	for (size_t i = 0; i < n; i++)
		run_clear(&r[i]);
	g_free(r);
	assert_true(store_soreness_list(f->st, SINCE_ALL_TIME, &s, &n, NULL));
	assert_int_equal(s[0].time, NOW - 60 - 2 * SECONDS_PER_DAY);
	for (size_t i = 0; i < n; i++)
		soreness_clear(&s[i]);
	g_free(s);

	assert_false(checkin_move_day(f->st, today, today - 1, NULL, NULL, &err));
	assert_true(g_error_matches(err, KNEAD_ERROR, KNEAD_ERROR_INVALID));
	g_clear_error(&err);
	assert_false(checkin_move_day(f->st, today - 2, today + 1, NULL, NULL, &err));
	assert_true(g_error_matches(err, KNEAD_ERROR, KNEAD_ERROR_INVALID));
	g_clear_error(&err);
	assert_counts(f->st, 2, 2, 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(saves_every_part, setup, temp_store_teardown),
		cmocka_unit_test_setup_teardown(refuses_whole_on_bad_part, setup, temp_store_teardown),
		cmocka_unit_test_setup_teardown(rolls_back_on_store_failure, setup, temp_store_teardown),
		cmocka_unit_test_setup_teardown(journals_when_asked, setup, temp_store_teardown),
		cmocka_unit_test_setup_teardown(empty_saves_nothing, setup, temp_store_teardown),
		cmocka_unit_test(done_on_a_day),
		cmocka_unit_test_setup_teardown(moves_a_day, setup, temp_store_teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

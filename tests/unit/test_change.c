/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_change.c - the one door for a change (change.h) and the one undo
 * journal behind it (journal.h): a whole entry checked like a new one,
 * every kind's changes undone and redone in words. */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>
#include <sqlite3.h>
#include "core/clock.h"
#include "core/error.h"
#include "core/store/change.h"
#include "core/store/journal.h"
#include "core/validate.h"
#include "samples.h"
#include "testutil.h"

/* A Monday. */
#define NOW SAMPLE_NOW

static int setup(void **state)
{
	return temp_store_setup(state, NOW, "knead-change-XXXXXX");
}

static struct run sample_run(void)
{
	return (struct run){ .start = NOW - 3600, .distance_m = 10000, .duration_s = 3000,
			     .kind = RUN_EASY, .elevation_m = -1, .source = SOURCE_MANUAL };
}

/* The sample run, logged as knead log would: with its new id. */
static struct run logged_run(struct store *st)
{
	struct run r = sample_run();
	GError *err = NULL;

	assert_true(change_add(st, "log", TABLE_RUNS, &r, &r.id, &err));
	return r;
}

static int count(struct store *st, const char *sql)
{
	sqlite3_stmt *s;
	int n = -1;

	assert_int_equal(sqlite3_prepare_v2(store_db(st), sql, -1, &s, NULL), SQLITE_OK);
	if (sqlite3_step(s) == SQLITE_ROW)
		n = sqlite3_column_int(s, 0);
	sqlite3_finalize(s);
	return n;
}

/* An edit is checked whole, like a new entry: 10 km in a second is
 * refused, and neither the entry nor the journal moves. */
static void update_checks_the_whole_entry(void **state)
{
	struct temp_store *f = *state;
	struct run r = logged_run(f->st);
	GError *err = NULL;

	r.duration_s = 1;
	assert_false(change_update(f->st, "edit", TABLE_RUNS, &r, &err));
	assert_true(g_error_matches(err, KNEAD_ERROR, KNEAD_ERROR_INVALID));
	g_clear_error(&err);
	assert_int_equal(count(f->st, "SELECT duration_s FROM runs"), 3000);
	assert_int_equal(count(f->st, "SELECT count(*) FROM undo_journal"), 1);
	assert_false(store_in_transaction(f->st));
}

/* One booking limit: a massage a year and a day ahead passes, further
 * does not, whether added or edited. */
static void one_booking_limit(void **state)
{
	struct temp_store *f = *state;
	struct massage m = { .date = wtime_day(NOW) + VALIDATE_BOOKING_AHEAD_DAYS,
			     .kind = MASSAGE_SPORTS };
	GError *err = NULL;
	int64_t id;

	assert_true(change_add(f->st, "log", TABLE_MASSAGES, &m, &id, &err));
	m.id = id;
	m.date++;
	assert_false(change_update(f->st, "edit", TABLE_MASSAGES, &m, &err));
	assert_true(g_error_matches(err, KNEAD_ERROR, KNEAD_ERROR_INVALID));
	g_clear_error(&err);
	assert_false(change_add(f->st, "log", TABLE_MASSAGES, &m, NULL, &err));
	g_clear_error(&err);
}

static void expect_walk(struct store *st, bool redo, const char *command, const char *text)
{
	struct journal_undone *items = NULL;
	char *cmd = NULL, *said;
	GError *err = NULL;
	size_t n = 0;

	assert_true(redo ? journal_redo(st, UNIT_KM, &cmd, &items, &n, &err)
			 : journal_undo(st, UNIT_KM, &cmd, &items, &n, &err));
	assert_int_equal(n, 1);
	assert_string_equal(cmd, command);
	said = journal_undone_text(&items[0], redo);
	assert_string_equal(said, text);
	g_free(said);
	g_free(cmd);
	journal_undone_free(items, n);
}

static void expect_nothing(struct store *st, bool redo)
{
	struct journal_undone *items = NULL;
	char *cmd = NULL;
	GError *err = NULL;
	size_t n = 0;

	assert_false(redo ? journal_redo(st, UNIT_KM, &cmd, &items, &n, &err)
			  : journal_undo(st, UNIT_KM, &cmd, &items, &n, &err));
	assert_true(g_error_matches(err, KNEAD_ERROR, KNEAD_ERROR_INVALID));
	g_clear_error(&err);
	g_free(cmd);
}

/* Changes from either side undo newest first, say what they did in
 * words, and redo in the order they were undone. */
static void undo_and_redo_in_words(void **state)
{
	struct temp_store *f = *state;
	struct run r = sample_run();
	union store_row was;
	GError *err = NULL;
	int64_t id;

	assert_true(change_add(f->st, "log", TABLE_RUNS, &r, &id, &err));
	assert_true(change_remove(f->st, JOURNAL_INTERFACE, TABLE_RUNS, id, &was, &err));
	assert_int_equal(was.run.distance_m, 10000);
	store_entry_clear(TABLE_RUNS, &was);

	expect_walk(f->st, false, JOURNAL_INTERFACE, "put back the run of Mon 23 Nov, 10.00 km");
	assert_int_equal(count(f->st, "SELECT count(*) FROM runs"), 1);
	expect_walk(f->st, false, "log", "removed the run of Mon 23 Nov, 10.00 km");
	assert_int_equal(count(f->st, "SELECT count(*) FROM runs"), 0);
	expect_nothing(f->st, false);

	expect_walk(f->st, true, "log", "put back the run of Mon 23 Nov, 10.00 km");
	assert_int_equal(count(f->st, "SELECT id FROM runs"), (int)id);
	expect_walk(f->st, true, JOURNAL_INTERFACE, "removed the run of Mon 23 Nov, 10.00 km");
	assert_int_equal(count(f->st, "SELECT count(*) FROM runs"), 0);
	expect_nothing(f->st, true);
}

/* A new change ends what could be redone. */
static void new_change_ends_redo(void **state)
{
	struct temp_store *f = *state;
	struct run r = sample_run();
	GError *err = NULL;
	int64_t id;

	assert_true(change_add(f->st, "log", TABLE_RUNS, &r, &id, &err));
	expect_walk(f->st, false, "log", "removed the run of Mon 23 Nov, 10.00 km");
	r.distance_m = 5000;
	assert_true(change_add(f->st, "log", TABLE_RUNS, &r, NULL, &err));
	expect_nothing(f->st, true);
	expect_walk(f->st, false, "log", "removed the run of Mon 23 Nov, 5.00 km");
}

/* An edit undone says what the entry is back to, and is redone. */
static void edit_undone_and_redone(void **state)
{
	struct temp_store *f = *state;
	struct run r = logged_run(f->st);
	GError *err = NULL;

	r.distance_m = 12000;
	assert_true(change_update(f->st, "edit", TABLE_RUNS, &r, &err));
	expect_walk(f->st, false, "edit", "changed back to the run of Mon 23 Nov, 10.00 km");
	expect_walk(f->st, true, "edit", "changed again to the run of Mon 23 Nov, 12.00 km");
	assert_int_equal(count(f->st, "SELECT distance_m FROM runs"), 12000);
}

/* An assessment is checked like any entry: a side on the lower back is
 * refused. */
static void assessment_checked(void **state)
{
	struct temp_store *f = *state;
	struct assessment bad = { .time = NOW, .region = REGION_LOWER_BACK, .side = SIDE_LEFT };
	GError *err = NULL;

	assert_false(change_add(f->st, "log", TABLE_ASSESSMENTS, &bad, NULL, &err));
	assert_true(g_error_matches(err, KNEAD_ERROR, KNEAD_ERROR_INVALID));
	g_clear_error(&err);
	assert_int_equal(count(f->st, "SELECT count(*) FROM undo_journal"), 0);
}

/* Whether the entry `id` of kind t is stored as `want` (NULL: not at all). */
static void expect_stored(struct store *st, enum store_table t, int64_t id,
			  const union store_row *want)
{
	union store_row got;
	GError *err = NULL;

	if (!want) {
		assert_false(store_entry_get(st, t, id, &got, &err));
		assert_true(g_error_matches(err, KNEAD_ERROR, KNEAD_ERROR_INVALID));
		g_clear_error(&err);
		return;
	}
	assert_true(store_entry_get(st, t, id, &got, &err));
	assert_same_entry(t, want, &got);
	store_entry_clear(t, &got);
}

/* expect_walk, the words being `done` followed by the entry in words. */
static void expect_walk_of(struct store *st, bool redo, const char *command, const char *done,
			   enum store_table t, const union store_row *row)
{
	char *entry = store_entry_describe(t, row, UNIT_KM);
	char *text = g_strconcat(done, " ", entry, NULL);

	expect_walk(st, redo, command, text);
	g_free(text);
	g_free(entry);
}

/* Every kind of entry through the one door: logged, edited and removed,
 * each change undone then redone in words, and the entry, under its id,
 * as it was at every step. */
static void every_kind_undone_and_redone(void **state)
{
	(void)state;
	clock_set_override(NOW);
	for (int i = 0; i < TABLE_COUNT; i++) {
		enum store_table t = (enum store_table)i;
		struct temp_store *f = temp_store_open("knead-change-XXXXXX");
		union store_row logged, edited;
		GError *err = NULL;
		int64_t id;

		sample_entry(t, 0, &logged);
		sample_entry(t, 1, &edited);
		assert_true(change_add(f->st, "log", t, &logged, &id, &err));
		sample_set_id(t, &edited, id);
		assert_true(change_update(f->st, "edit", t, &edited, &err));
		assert_true(change_remove(f->st, "rm", t, id, NULL, &err));

		expect_walk_of(f->st, false, "rm", "put back", t, &edited);
		expect_stored(f->st, t, id, &edited);
		expect_walk_of(f->st, false, "edit", "changed back to", t, &logged);
		expect_stored(f->st, t, id, &logged);
		expect_walk_of(f->st, false, "log", "removed", t, &logged);
		expect_stored(f->st, t, id, NULL);
		expect_nothing(f->st, false);

		expect_walk_of(f->st, true, "log", "put back", t, &logged);
		expect_stored(f->st, t, id, &logged);
		expect_walk_of(f->st, true, "edit", "changed again to", t, &edited);
		expect_stored(f->st, t, id, &edited);
		expect_walk_of(f->st, true, "rm", "removed", t, &edited);
		expect_stored(f->st, t, id, NULL);
		expect_nothing(f->st, true);

		store_entry_clear(t, &logged);
		store_entry_clear(t, &edited);
		temp_store_close(f);
	}
}

/* A group is one change: moving two runs to another day is undone whole. */
static void a_group_is_one_change(void **state)
{
	struct temp_store *f = *state;
	struct run a = sample_run(), b = sample_run();
	struct journal_undone *items = NULL;
	char *cmd = NULL;
	GError *err = NULL;
	size_t n = 0;

	b.distance_m = 5000;
	assert_true(change_add(f->st, "log", TABLE_RUNS, &a, &a.id, &err));
	assert_true(change_add(f->st, "log", TABLE_RUNS, &b, &b.id, &err));
	assert_false(change_group_begin(f->st, &err)); /* no transaction: a bug */
	g_clear_error(&err);
	assert_true(store_begin(f->st, &err) && change_group_begin(f->st, &err));
	a.start -= SECONDS_PER_DAY;
	b.start -= SECONDS_PER_DAY;
	assert_true(change_update(f->st, "edit", TABLE_RUNS, &a, &err));
	assert_true(change_update(f->st, "edit", TABLE_RUNS, &b, &err));
	change_group_end(f->st);
	assert_true(store_commit(f->st, &err));
	assert_true(journal_undo(f->st, UNIT_KM, &cmd, &items, &n, &err));
	assert_int_equal(n, 2);
	assert_int_equal(count(f->st, "SELECT count(*) FROM runs WHERE start LIKE '2026-11-23%'"), 2);
	g_free(cmd);
	journal_undone_free(items, n);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(update_checks_the_whole_entry, setup, temp_store_teardown),
		cmocka_unit_test_setup_teardown(one_booking_limit, setup, temp_store_teardown),
		cmocka_unit_test_setup_teardown(undo_and_redo_in_words, setup, temp_store_teardown),
		cmocka_unit_test_setup_teardown(new_change_ends_redo, setup, temp_store_teardown),
		cmocka_unit_test_setup_teardown(edit_undone_and_redone, setup, temp_store_teardown),
		cmocka_unit_test_setup_teardown(a_group_is_one_change, setup, temp_store_teardown),
		cmocka_unit_test_setup_teardown(assessment_checked, setup, temp_store_teardown),
		cmocka_unit_test(every_kind_undone_and_redone),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

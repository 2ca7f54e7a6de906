/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_store_kinds.c - the kinds of entry as data: one descriptor per
 * value of enum store_table, every kind round-trips through the one
 * generic path (add, read, update, read, remove, put back), an unknown kind
 * is refused instead of being taken for a race, knead edit's fields sit
 * inside their rows, and the schema version is the last migration. */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>
#include <sqlite3.h>
#include "core/clock.h"
#include "core/error.h"
#include "core/store/migrate.h"
#include "core/store/store.h"
#include "core/store/kinds.h"
#include "samples.h"
#include "testutil.h"

struct fixture {
	char *dir;
	struct store *st;
};

static int setup(void **state)
{
	struct fixture *f = g_new0(struct fixture, 1);
	char *path;
	GError *err = NULL;

	f->dir = g_dir_make_tmp("knead-kinds-XXXXXX", NULL);
	path = g_build_filename(f->dir, "knead.db", NULL);
	f->st = store_open(path, &err);
	g_free(path);
	if (!f->st)
		fail_msg("store_open: %s", err->message);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;

	store_close(f->st);
	rm_rf(f->dir);
	g_free(f->dir);
	g_free(f);
	return 0;
}

static void clear_row(enum store_table t, union store_row *row)
{
	entry_kind_of(t)->clear(row);
}

/* --- the table ---------------------------------------------------------- */

static int criticals;

static void count_criticals(const gchar *domain, GLogLevelFlags level, const gchar *message,
			    gpointer data)
{
	(void)domain;
	(void)message;
	(void)data;
	if (level & G_LOG_LEVEL_CRITICAL)
		criticals++;
}

static void test_one_descriptor_per_table(void **state)
{
	(void)state;
	for (int i = 0; i < TABLE_COUNT; i++) {
		const struct entry_kind *k = entry_kind_of((enum store_table)i);
		enum store_table back;

		assert_non_null(k);
		assert_int_equal(k->table, i);
		assert_string_equal(store_table_id((enum store_table)i), k->id);
		assert_true(store_table_from_id(k->id, &back));
		assert_int_equal(back, i);
		assert_true(k->row_size <= sizeof(union store_row));
		assert_true(k->id_offset + sizeof(int64_t) <= k->row_size);
		assert_true(k->n_fields > 0);
		assert_non_null(k->insert_sql);
		assert_non_null(k->update_sql);
		assert_non_null(k->delete_sql);
		assert_non_null(k->select_by_id_sql);
		assert_non_null(k->select_since_sql);
		assert_non_null(k->bind);
		assert_non_null(k->read);
		assert_non_null(k->clear);
		assert_non_null(k->to_json);
		/* Read back from the export, and found there already by one
		 * way exactly (import/json.c). */
		assert_non_null(k->from_json);
		assert_true((k->import_key != NULL) != (k->import_match != NULL));
		assert_non_null(k->type);
		/* The list's name in sentences ("Changed runs entry 3"), never "?". */
		assert_non_null(k->name);
		assert_string_equal(store_table_name((enum store_table)i), k->name);
		assert_true(k->when_offset + (k->by_day ? sizeof(dayno) : sizeof(wtime)) <= k->row_size);
		for (int j = 0; j < i; j++)
			assert_string_not_equal(entry_kind_of((enum store_table)j)->id, k->id);
	}
}

/* The size of the member each type of edit field reads and shows, and of
 * its second member (a region's side, a list's count; 0: none), as
 * store.h's enum edit_field_type says. */
static size_t edit_type_size(enum edit_field_type type, size_t *aux)
{
	*aux = type == EDIT_REGION_SIDE ? sizeof(enum side) :
	       type == EDIT_REGION_LIST ? sizeof(size_t) : 0;
	switch (type) {
	case EDIT_MOMENT:
		return sizeof(wtime);
	case EDIT_DAY_AHEAD:
	case EDIT_RACE_DAY:
		return sizeof(dayno);
	case EDIT_DISTANCE:
	case EDIT_DURATION:
		return sizeof(double);
	case EDIT_RUN_KIND:
		return sizeof(enum run_kind);
	case EDIT_MASSAGE_KIND:
		return sizeof(enum massage_kind);
	case EDIT_RPE:
	case EDIT_HEART_RATE:
	case EDIT_LEVEL:
		return sizeof(int);
	case EDIT_TEXT:
		return sizeof(char *);
	case EDIT_REGION_SIDE:
		return sizeof(enum region);
	case EDIT_REGION_LIST:
		return sizeof(struct region_side *);
	case EDIT_PRIORITY:
		return sizeof(char);
	case EDIT_YES_NO:
		return sizeof(bool);
	}
	return 0;
}

/* Marks the bytes [offset, offset + size) of a row as a field's, failing
 * when they lie outside the row or another field (or the id) has one. */
static void take_bytes(bool *taken, size_t row_size, size_t offset, size_t size)
{
	assert_true(size > 0);
	assert_true(offset + size <= row_size);
	for (size_t b = offset; b < offset + size; b++) {
		assert_false(taken[b]);
		taken[b] = true;
	}
}

/* knead edit's fields of each kind (store.h): each option once, each
 * member inside the row, of the size its type reads, and no two fields
 * (nor a field and the id) on the same bytes. */
static void test_edit_fields_fit_their_rows(void **state)
{
	(void)state;
	for (int i = 0; i < TABLE_COUNT; i++) {
		const struct entry_kind *k = entry_kind_of((enum store_table)i);
		size_t n;
		const struct edit_field *f = store_table_edit_fields((enum store_table)i, &n);
		bool *taken = g_new0(bool, k->row_size);

		assert_true(n > 0);
		assert_ptr_equal(f, k->edit_fields);
		take_bytes(taken, k->row_size, k->id_offset, sizeof(int64_t));
		for (size_t j = 0; j < n; j++) {
			size_t aux, size = edit_type_size(f[j].type, &aux);

			assert_non_null(f[j].option);
			assert_non_null(f[j].label);
			for (size_t m = 0; m < j; m++)
				assert_string_not_equal(f[m].option, f[j].option);
			assert_int_equal(f[j].size, size);
			take_bytes(taken, k->row_size, f[j].offset, f[j].size);
			if (aux)
				take_bytes(taken, k->row_size, f[j].aux_offset, aux);
			else
				assert_int_equal(f[j].aux_offset, 0);
			/* A text says how long it may be and names itself in
			 * its errors; only a text has a length or is required. */
			assert_true((f[j].type == EDIT_TEXT) == (f[j].max_bytes > 0));
			assert_true((f[j].type == EDIT_TEXT) == (f[j].what != NULL));
			assert_true(f[j].type == EDIT_TEXT || !f[j].required);
		}
		g_free(taken);
	}
}

/* The error of a call given a kind that does not exist; cleared. */
static void assert_refused_as_a_bug(GError **err)
{
	assert_non_null(*err);
	assert_true(g_error_matches(*err, KNEAD_ERROR, KNEAD_ERROR_FAILED));
	assert_non_null(strstr((*err)->message, "a bug in knead"));
	g_clear_error(err);
}

static void test_unknown_kind_is_a_bug(void **state)
{
	struct fixture *f = *state;
	enum store_table bad = TABLE_COUNT;
	union store_row row;
	GError *err = NULL;
	GLogFunc old = g_log_set_default_handler(count_criticals, NULL);
	size_t n;
	struct race *races;

	criticals = 0;
	assert_null(entry_kind_of(bad));
	assert_int_equal(criticals, 1);
	sample_entry(TABLE_RACES, 0, &row);
	/* Not a race: before the descriptors, a kind past the end was saved
	 * as one. */
	assert_false(store_restore(f->st, bad, &row, 7, NULL, &err));
	assert_refused_as_a_bug(&err);
	assert_false(store_entry_add(f->st, bad, &row, NULL, &err));
	assert_refused_as_a_bug(&err);
	assert_false(store_entry_update(f->st, bad, &row, &err));
	assert_refused_as_a_bug(&err);
	assert_false(store_entry_get(f->st, bad, 1, &row.race, &err));
	assert_refused_as_a_bug(&err);
	assert_false(store_remove(f->st, bad, 1, &err));
	assert_refused_as_a_bug(&err);
	assert_null(store_cursor_open(f->st, bad, false, 0, &err));
	assert_refused_as_a_bug(&err);
	assert_int_equal(criticals, 7);
	g_log_set_default_handler(old, NULL);
	assert_true(store_races_list(f->st, SINCE_ALL_DAYS, &races, &n, &err));
	assert_int_equal(n, 0);
	g_free(races);
	race_clear(&row.race);
}

/* --- every kind through the generic path --------------------------------- */

static void round_trip(struct store *st, enum store_table t)
{
	union store_row first, second, got;
	GError *err = NULL;
	int64_t id = 0;

	sample_entry(t, 0, &first);
	sample_entry(t, 1, &second);
	assert_true(store_entry_add(st, t, &first, &id, &err));
	assert_true(id > 0);
	assert_true(store_entry_get(st, t, id, &got, &err));
	assert_int_equal(entry_kind_row_id(entry_kind_of(t), &got), id);
	assert_same_entry(t, &first, &got);
	clear_row(t, &got);

	sample_set_id(t, &second, id);
	assert_true(store_entry_update(st, t, &second, &err));
	assert_true(store_entry_get(st, t, id, &got, &err));
	assert_same_entry(t, &second, &got);
	clear_row(t, &got);

	/* Deleted, then put back under the same id. */
	assert_true(store_remove(st, t, id, &err));
	assert_false(store_entry_get(st, t, id, &got, &err));
	assert_true(g_error_matches(err, KNEAD_ERROR, KNEAD_ERROR_INVALID));
	g_clear_error(&err);
	assert_true(store_restore(st, t, &second, id, NULL, &err));
	assert_true(store_entry_get(st, t, id, &got, &err));
	assert_same_entry(t, &second, &got);
	clear_row(t, &got);
	clear_row(t, &first);
	clear_row(t, &second);
}

static void test_every_kind_round_trips(void **state)
{
	struct fixture *f = *state;

	for (int i = 0; i < TABLE_COUNT; i++)
		round_trip(f->st, (enum store_table)i);
}

static void test_every_kind_lists_what_was_added(void **state)
{
	struct fixture *f = *state;
	GError *err = NULL;

	for (int i = 0; i < TABLE_COUNT; i++) {
		enum store_table t = (enum store_table)i;
		union store_row row;
		struct store_cursor *c;
		const void *got;
		int64_t id;

		sample_entry(t, 1, &row);
		assert_true(store_entry_add(f->st, t, &row, &id, &err));
		c = store_cursor_open(f->st, t, false, 0, &err);
		assert_non_null(c);
		got = store_cursor_next(c, &err);
		assert_non_null(got);
		assert_int_equal(entry_kind_row_id(entry_kind_of(t), got), id);
		assert_same_entry(t, &row, got);
		assert_null(store_cursor_next(c, &err));
		assert_null(err);
		store_cursor_close(c);
		clear_row(t, &row);
	}
}

/* The rows of each kind of h, with their ids, are `expected` (0: none). */
static void assert_history_holds(const struct history *h, const int64_t expected[TABLE_COUNT])
{
	for (int i = 0; i < TABLE_COUNT; i++) {
		const struct entry_kind *k = entry_kind_of((enum store_table)i);
		size_t n;
		const void *rows = entry_kind_history_rows(k, h, &n);

		assert_int_equal(n, expected[i] != 0);
		if (n)
			assert_int_equal(entry_kind_row_id(k, rows), expected[i]);
	}
}

/* The loads fill, for each kind, the rows its descriptor names in struct
 * history: those asked for, and every kind for the advice's window. */
static void test_every_kind_loads_into_its_history(void **state)
{
	struct fixture *f = *state;
	GError *err = NULL;
	int64_t ids[TABLE_COUNT];
	struct history h;

	for (int i = 0; i < TABLE_COUNT; i++) {
		union store_row row;

		sample_entry((enum store_table)i, 0, &row);
		assert_true(store_entry_add(f->st, (enum store_table)i, &row, &ids[i], &err));
		clear_row((enum store_table)i, &row);
	}
	for (int only = 0; only < TABLE_COUNT; only++) {
		bool want[TABLE_COUNT];
		int64_t expected[TABLE_COUNT];

		for (int i = 0; i < TABLE_COUNT; i++) {
			want[i] = i == only;
			expected[i] = i == only ? ids[i] : 0;
		}
		assert_true(store_entries_load(f->st, want, false, 0, &h, &err));
		assert_history_holds(&h, expected);
		history_clear(&h);
	}
	assert_true(store_history_load(f->st, wtime_day(wtime_make(2026, 11, 1, 0, 0, 0)), &h, &err));
	assert_history_holds(&h, ids);
	history_clear(&h);
}

static void test_update_of_a_missing_id_fails(void **state)
{
	struct fixture *f = *state;
	GError *err = NULL;

	for (int i = 0; i < TABLE_COUNT; i++) {
		enum store_table t = (enum store_table)i;
		union store_row row;
		int64_t missing = 99;

		sample_entry(t, 0, &row);
		sample_set_id(t, &row, missing);
		assert_false(store_entry_update(f->st, t, &row, &err));
		assert_true(g_error_matches(err, KNEAD_ERROR, KNEAD_ERROR_INVALID));
		assert_non_null(strstr(err->message, store_table_id(t)));
		g_clear_error(&err);
		clear_row(t, &row);
	}
}

/* --- what every layer asks of a kind ------------------------------------ */

static int by_text(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The undo journal names exactly the kinds the descriptors list. */
static void test_journal_tables_are_the_descriptors(void **state)
{
	struct fixture *f = *state;
	sqlite3_stmt *s;
	GString *want = g_string_new(NULL), *got = g_string_new(NULL);
	const char *ids[TABLE_COUNT];

	for (int t = 0; t < TABLE_COUNT; t++)
		ids[t] = store_table_id((enum store_table)t);
	qsort(ids, TABLE_COUNT, sizeof(*ids), by_text);
	for (int t = 0; t < TABLE_COUNT; t++)
		g_string_append_printf(want, "%s ", ids[t]);
	assert_int_equal(sqlite3_prepare_v2(store_db(f->st), "SELECT id FROM entry_tables ORDER BY id",
					    -1, &s, NULL),
			 SQLITE_OK);
	while (sqlite3_step(s) == SQLITE_ROW)
		g_string_append_printf(got, "%s ", (const char *)sqlite3_column_text(s, 0));
	sqlite3_finalize(s);
	assert_string_equal(got->str, want->str);
	g_string_free(want, TRUE);
	g_string_free(got, TRUE);
}

/* Each kind's copy is deep and its journal form reads back the same. */
static void test_copy_and_journal_form_round_trip(void **state)
{
	(void)state;
	for (int i = 0; i < TABLE_COUNT; i++) {
		enum store_table t = (enum store_table)i;
		const struct entry_kind *k = entry_kind_of(t);
		union store_row a, b, c;
		GVariant *v;

		sample_entry(t, 1, &a);
		store_entry_copy(t, &b, &a);
		v = g_variant_ref_sink(k->encode(&a));
		assert_string_equal(g_variant_get_type_string(v), k->variant_type);
		assert_true(k->decode(v, &c));
		store_entry_clear(t, &a); /* the copy owns its own strings */
		sample_entry(t, 1, &a);
		assert_same_entry(t, &a, &b);
		assert_same_entry(t, &a, &c);
		g_variant_unref(v);
		clear_row(t, &a);
		clear_row(t, &b);
		clear_row(t, &c);
	}
}

/* --- one schema version --------------------------------------------------- */

static void test_schema_version_is_the_last_migration(void **state)
{
	struct fixture *f = *state;
	GError *err = NULL;

	assert_int_equal(migrate_current(store_db(f->st), &err), migrate_latest());
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_one_descriptor_per_table),
		cmocka_unit_test(test_edit_fields_fit_their_rows),
		cmocka_unit_test_setup_teardown(test_unknown_kind_is_a_bug, setup, teardown),
		cmocka_unit_test_setup_teardown(test_every_kind_round_trips, setup, teardown),
		cmocka_unit_test_setup_teardown(test_every_kind_lists_what_was_added, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_every_kind_loads_into_its_history, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_update_of_a_missing_id_fails, setup, teardown),
		cmocka_unit_test_setup_teardown(test_schema_version_is_the_last_migration, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_journal_tables_are_the_descriptors, setup,
						teardown),
		cmocka_unit_test(test_copy_and_journal_form_round_trip),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* store/reads.c - what the screens, the advice and the exports read: lists
 * of entries from a day on, one row at a time for long histories, the
 * advice window, and the articles the runner opened. */
#include <string.h>
#include "core/store/kinds.h"
#include "core/store/private.h"

/* Collects the rows of s into a g_new'd array of k's rows; finalizes s. */
static bool collect(struct store *st, const struct entry_kind *k, sqlite3_stmt *s, void **out,
		    size_t *n, GError **err)
{
	GArray *a = g_array_sized_new(FALSE, TRUE, (guint)k->row_size, 16);
	int rc;

	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		g_array_set_size(a, a->len + 1);
		k->read(st, s, a->data + (a->len - 1) * k->row_size);
	}
	sqlite3_finalize(s);
	*n = a->len;
	*out = g_array_free(a, FALSE);
	return rc == SQLITE_DONE || store_db_error(st, err);
}

/* Binds the first parameter of a query "from `since` on": everything
 * (every stored text sorts after ""), a day, or the time a day starts. */
static void bind_since(const struct entry_kind *k, sqlite3_stmt *s, bool have_since,
		       int64_t since, bool since_is_time)
{
	if (!have_since)
		sqlite3_bind_text(s, 1, "", -1, SQLITE_STATIC);
	else if (k->by_day)
		store_bind_day(s, 1, (dayno)since);
	else if (since_is_time)
		store_bind_time(s, 1, since);
	else
		store_bind_time(s, 1, day_start((dayno)since));
}

/* The rows of table t from `since` on: a wtime for runs and soreness, a
 * dayno for massages and races; SINCE_ALL_* for everything. */
static bool list_since(struct store *st, enum store_table t, int64_t since, void **out,
		       size_t *n, GError **err)
{
	const struct entry_kind *k = entry_kind_of(t);
	bool all = k && since == (k->by_day ? (int64_t)SINCE_ALL_DAYS : (int64_t)SINCE_ALL_TIME);
	sqlite3_stmt *s = k ? store_prepare(st, k->select_since_sql, err) : NULL;

	*out = NULL;
	*n = 0;
	if (!s)
		return false;
	bind_since(k, s, !all, since, true);
	return collect(st, k, s, out, n, err);
}

bool store_runs_list(struct store *st, wtime since, struct run **out, size_t *n, GError **err)
{
	return list_since(st, TABLE_RUNS, since, (void **)out, n, err);
}

bool store_soreness_list(struct store *st, wtime since, struct soreness **out, size_t *n,
			 GError **err)
{
	return list_since(st, TABLE_SORENESS, since, (void **)out, n, err);
}

bool store_massages_list(struct store *st, dayno since, struct massage **out, size_t *n,
			 GError **err)
{
	return list_since(st, TABLE_MASSAGES, since, (void **)out, n, err);
}

bool store_races_list(struct store *st, dayno since, struct race **out, size_t *n,
		      GError **err)
{
	return list_since(st, TABLE_RACES, since, (void **)out, n, err);
}

/* Reads the rows of kind k from day `since` on (every row when not
 * have_since), oldest first, into h's array of the kind; what was read
 * before an error is there too, for history_clear. */
static bool load_kind(struct store *st, const struct entry_kind *k, bool have_since,
		      dayno since, struct history *h, GError **err)
{
	sqlite3_stmt *s = store_prepare(st, k->select_since_sql, err);
	void *rows = NULL;
	size_t n = 0;
	bool ok;

	if (!s)
		return false;
	bind_since(k, s, have_since, since, false);
	ok = collect(st, k, s, &rows, &n, err);
	memcpy((char *)h + k->history_rows, &rows, sizeof(rows));
	memcpy((char *)h + k->history_count, &n, sizeof(n));
	return ok;
}

bool store_entries_load(struct store *st, const bool want[TABLE_COUNT], bool have_since,
			dayno since, struct history *h, GError **err)
{
	bool ok = true;

	memset(h, 0, sizeof(*h));
	for (int t = 0; ok && t < TABLE_COUNT; t++) {
		const struct entry_kind *k = store_kind_or_fail((enum store_table)t, err);

		ok = k && (!want[t] || load_kind(st, k, have_since, since, h, err));
	}
	if (!ok)
		history_clear(h);
	return ok;
}

bool store_last_massage(struct store *st, dayno before, dayno *out, GError **err)
{
	sqlite3_stmt *s = store_prepare(st, "SELECT max(date) FROM massages WHERE date < ?", err);
	bool found = false;

	if (!s)
		return false;
	store_bind_day(s, 1, before);
	if (sqlite3_step(s) == SQLITE_ROW && sqlite3_column_type(s, 0) != SQLITE_NULL) {
		*out = store_column_day(s, 0);
		found = true;
	}
	sqlite3_finalize(s);
	return found;
}

bool store_history_load(struct store *st, dayno from, struct history *h, GError **err)
{
	dayno kind_from[TABLE_COUNT], last;
	bool ok = true;

	memset(h, 0, sizeof(*h));
	for (int t = 0; t < TABLE_COUNT; t++)
		kind_from[t] = from;
	/* One read transaction, so the lists agree with each other. */
	store_read_begin(st);
	/* Every kind from `from` on, but the massages: the advice's rhythm
	 * starts from the last one, which may be before the window. */
	if (store_last_massage(st, from, &last, NULL))
		kind_from[TABLE_MASSAGES] = last;
	for (int t = 0; ok && t < TABLE_COUNT; t++) {
		const struct entry_kind *k = store_kind_or_fail((enum store_table)t, err);

		ok = k && load_kind(st, k, true, kind_from[t], h, err);
	}
	store_read_end(st);
	if (!ok)
		history_clear(h);
	return ok;
}

/* --- one row at a time --------------------------------------------------- */

struct store_cursor {
	struct store *st;
	const struct entry_kind *kind;
	sqlite3_stmt *stmt;
	union store_row row; /* room for a row of any kind */
	bool has_row;
};

struct store_cursor *store_cursor_open(struct store *st, enum store_table t, bool have_since,
				       dayno since, GError **err)
{
	const struct entry_kind *k = store_kind_or_fail(t, err);
	struct store_cursor *c;
	sqlite3_stmt *s = k ? store_prepare(st, k->select_since_sql, err) : NULL;

	if (!s)
		return NULL;
	bind_since(k, s, have_since, since, false);
	c = g_new0(struct store_cursor, 1);
	c->st = st;
	c->kind = k;
	c->stmt = s;
	return c;
}

const void *store_cursor_next(struct store_cursor *c, GError **err)
{
	int rc;

	if (c->has_row)
		c->kind->clear(&c->row);
	c->has_row = false;
	if (!c->stmt)
		return NULL;
	rc = sqlite3_step(c->stmt);
	if (rc == SQLITE_ROW) {
		c->kind->read(c->st, c->stmt, &c->row);
		c->has_row = true;
		return &c->row;
	}
	if (rc != SQLITE_DONE)
		store_db_error(c->st, err);
	sqlite3_finalize(c->stmt);
	c->stmt = NULL;
	return NULL;
}

void store_cursor_close(struct store_cursor *c)
{
	if (!c)
		return;
	if (c->has_row)
		c->kind->clear(&c->row);
	sqlite3_finalize(c->stmt);
	g_free(c);
}

/* --- article reads ----------------------------------------------------- */

bool store_article_read_add(struct store *st, const char *slug, wtime at, GError **err)
{
	sqlite3_stmt *s;
	bool owned, ok;

	if (!store_tx_enter(st, &owned, err))
		return false;
	s = store_prepare(st, "INSERT INTO article_reads (slug, time) VALUES (?,?)", err);
	ok = s != NULL;
	if (ok) {
		sqlite3_bind_text(s, 1, slug, -1, SQLITE_TRANSIENT);
		store_bind_time(s, 2, at);
		ok = store_step_done(st, s, err);
	}
	return store_tx_leave(st, owned, ok, err);
}

bool store_article_reads_list(struct store *st, wtime since, char ***slugs, wtime **times,
			      size_t *n, GError **err)
{
	sqlite3_stmt *s = store_prepare(st,
					"SELECT slug, time FROM article_reads WHERE time >= ?"
					" ORDER BY time, id",
					err);

	if (s)
		store_bind_time(s, 1, since);
	return store_select_texts_and_times(st, s, slugs, times, n, err);
}

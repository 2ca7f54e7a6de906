/* SPDX-License-Identifier: GPL-3.0-or-later */
/* journal.c - the undo journal of every change, wherever made.
 *
 * Entries are kept as serialised GVariants: GLib reads them back (checked
 * for normal form) without a parser of ours, and two encodings of the
 * same entry are the same bytes, which is how undo sees that an entry was
 * changed since.
 */
#include <string.h>
#include "core/clock.h"
#include "core/error.h"
#include "core/i18n.h"
#include "core/store/journal.h"
#include "core/store/kinds.h"
#include "core/regions.h"

/* An entry as a GVariant, through its kind's descriptor (store/kinds.h). */
static GVariant *encode(enum store_table t, const void *row)
{
	return entry_kind_of(t)->encode(row);
}

/* Decodes into row; false when the ids do not read back. */
static bool decode(enum store_table t, GVariant *v, void *row)
{
	return entry_kind_of(t)->decode(v, row);
}

static bool db_fail(struct store *st, GError **err)
{
	g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED, _("database error: %s"),
		    sqlite3_errmsg(store_db(st)));
	return false;
}

/* The entry as it is now, encoded; NULL (no error) when it is gone. */
static GVariant *current(struct store *st, enum store_table t, int64_t id, GError **err)
{
	union store_row row;
	GError *e = NULL;
	GVariant *v;

	if (!store_entry_get(st, t, id, &row, &e)) {
		if (e->code == KNEAD_ERROR_INVALID)
			g_error_free(e);
		else
			g_propagate_error(err, e);
		return NULL;
	}
	v = g_variant_ref_sink(encode(t, &row));
	store_entry_clear(t, &row);
	return v;
}

static bool exec_change(struct store *st, const char *sql, int64_t change, GError **err)
{
	sqlite3_stmt *s;
	bool ok;

	if (sqlite3_prepare_v2(store_db(st), sql, -1, &s, NULL) != SQLITE_OK)
		return db_fail(st, err);
	sqlite3_bind_int64(s, 1, change);
	ok = sqlite3_step(s) == SQLITE_DONE;
	sqlite3_finalize(s);
	return ok || db_fail(st, err);
}

bool journal_new_change(struct store *st, int64_t *change, GError **err)
{
	sqlite3_stmt *s;

	if (sqlite3_prepare_v2(store_db(st), "SELECT coalesce(max(change), 0) + 1 FROM undo_journal",
			       -1, &s, NULL) != SQLITE_OK)
		return db_fail(st, err);
	if (sqlite3_step(s) != SQLITE_ROW) {
		sqlite3_finalize(s);
		return db_fail(st, err);
	}
	*change = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	/* A new change ends what could be redone, as in any editor. */
	return exec_change(st, "DELETE FROM undo_journal WHERE undone = 1 AND change < ?", *change,
			   err);
}

/* The file keeps GVariants little-endian, whatever the machine. */
static GVariant *to_little_endian(GVariant *v)
{
	return G_BYTE_ORDER == G_LITTLE_ENDIAN ? g_variant_ref(v) : g_variant_byteswap(v);
}

static void bind_variant(sqlite3_stmt *s, int i, GVariant *v)
{
	GVariant *le;

	if (!v) {
		sqlite3_bind_null(s, i);
		return;
	}
	le = to_little_endian(v);
	sqlite3_bind_blob(s, i, g_variant_get_data(le), (int)g_variant_get_size(le),
			  SQLITE_TRANSIENT);
	g_variant_unref(le);
}

static bool record(struct store *st, int64_t change, const char *command, enum store_table t,
		   int64_t id, GVariant *before, GVariant *after, GError **err)
{
	char at[DATETIME_BUF];
	sqlite3_stmt *s;
	bool ok;

	wtime_format(clock_now(), at);
	if (sqlite3_prepare_v2(store_db(st),
			       "INSERT INTO undo_journal (change, at, command, entry_table, entry_id,"
			       " before, after) VALUES (?, ?, ?, ?, ?, ?, ?)",
			       -1, &s, NULL) != SQLITE_OK)
		return db_fail(st, err);
	sqlite3_bind_int64(s, 1, change);
	sqlite3_bind_text(s, 2, at, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(s, 3, command, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(s, 4, store_table_id(t), -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 5, id);
	bind_variant(s, 6, before);
	bind_variant(s, 7, after);
	ok = sqlite3_step(s) == SQLITE_DONE;
	sqlite3_finalize(s);
	if (!ok)
		return db_fail(st, err);
	/* Only the newest changes: nobody undoes fifty commands back. */
	return exec_change(st, "DELETE FROM undo_journal WHERE change <= ?", change - JOURNAL_KEEP,
			   err);
}

bool journal_added(struct store *st, int64_t change, const char *command, enum store_table t,
		   int64_t id, GError **err)
{
	GVariant *after = current(st, t, id, err);
	bool ok = after && record(st, change, command, t, id, NULL, after, err);

	if (after)
		g_variant_unref(after);
	return ok;
}

bool journal_changed(struct store *st, int64_t change, const char *command,
		     enum store_table t, int64_t id, const void *before, GError **err)
{
	GVariant *was = g_variant_ref_sink(encode(t, before));
	GVariant *after = current(st, t, id, err);
	bool ok = after && record(st, change, command, t, id, was, after, err);

	if (after)
		g_variant_unref(after);
	g_variant_unref(was);
	return ok;
}

bool journal_removed(struct store *st, int64_t change, const char *command,
		     enum store_table t, int64_t id, const void *before, GError **err)
{
	GVariant *was = g_variant_ref_sink(encode(t, before));
	bool ok = record(st, change, command, t, id, was, NULL, err);

	g_variant_unref(was);
	return ok;
}

/* One journal row, as read back. */
struct journal_row {
	enum store_table table;
	int64_t id;
	GVariant *before, *after;
};

static GVariant *column_variant(sqlite3_stmt *s, int i, enum store_table t)
{
	gsize n = (gsize)sqlite3_column_bytes(s, i);
	gpointer copy;
	GVariant *v, *native;

	if (sqlite3_column_type(s, i) == SQLITE_NULL)
		return NULL;
	copy = g_memdup2(sqlite3_column_blob(s, i), n);
	/* Not trusted: GVariant checks what it reads from the file. */
	v = g_variant_ref_sink(g_variant_new_from_data(G_VARIANT_TYPE(entry_kind_of(t)->variant_type), copy, n,
						       FALSE, g_free, copy));
	native = to_little_endian(v); /* a swap is its own inverse */
	g_variant_unref(v);
	return native;
}

static void rows_free(GArray *rows)
{
	for (guint i = 0; i < rows->len; i++) {
		struct journal_row *r = &g_array_index(rows, struct journal_row, i);
		if (r->before)
			g_variant_unref(r->before);
		if (r->after)
			g_variant_unref(r->after);
	}
	g_array_free(rows, TRUE);
}

char *journal_command_name(const char *command)
{
	if (g_strcmp0(command, JOURNAL_INTERFACE) == 0)
		/* TRANSLATORS: what made a change, in "Undid a change made in the interface:". */
		return g_strdup(_("a change made in the interface"));
	/* TRANSLATORS: what made a change: "knead log", "knead race add". */
	return g_strdup_printf(_("knead %s"), command);
}

/* The rows of the change to undo (the newest one not undone, its rows
 * newest first) or to redo (the oldest one undone, its rows oldest
 * first), and its command. */
static bool read_change(struct store *st, bool redo, int64_t *change, char **command,
			GArray *rows, GError **err)
{
	sqlite3_stmt *s;
	int rc;

	if (sqlite3_prepare_v2(store_db(st),
			       redo ? "SELECT change, command, entry_table, entry_id, before, after"
				      " FROM undo_journal WHERE change = (SELECT min(change) FROM"
				      " undo_journal WHERE undone = 1) ORDER BY id"
				    : "SELECT change, command, entry_table, entry_id, before, after"
				      " FROM undo_journal WHERE change = (SELECT max(change) FROM"
				      " undo_journal WHERE undone = 0) ORDER BY id DESC",
			       -1, &s, NULL) != SQLITE_OK)
		return db_fail(st, err);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct journal_row r = { 0 };

		*change = sqlite3_column_int64(s, 0);
		if (!*command)
			*command = g_strdup((const char *)sqlite3_column_text(s, 1));
		if (!store_table_from_id((const char *)sqlite3_column_text(s, 2), &r.table))
			continue;
		r.id = sqlite3_column_int64(s, 3);
		r.before = column_variant(s, 4, r.table);
		r.after = column_variant(s, 5, r.table);
		g_array_append_val(rows, r);
	}
	sqlite3_finalize(s);
	if (rc != SQLITE_DONE)
		return db_fail(st, err);
	if (rows->len == 0) {
		g_set_error_literal(err, KNEAD_ERROR, KNEAD_ERROR_INVALID,
				    redo ? _("there is nothing to redo (knead redo takes back the "
					     "last knead undo)")
					 : _("there is nothing to undo (knead undo undoes log, "
					     "edit, rm, race add, race rm and changes made in the "
					     "interface)"));
		return false;
	}
	return true;
}

/* Is the entry as the change left it (undo) or found it (redo), or still
 * gone? */
static bool unchanged_since(struct store *st, const struct journal_row *r, bool redo,
			    const char *command, GError **err)
{
	GVariant *want = redo ? r->before : r->after;
	GError *e = NULL;
	GVariant *now = current(st, r->table, r->id, &e);
	char *name;
	bool same;

	if (e) {
		g_propagate_error(err, e);
		return false;
	}
	same = want ? now && g_variant_equal(now, want) : now == NULL;
	if (now)
		g_variant_unref(now);
	if (same)
		return true;
	name = journal_command_name(command);
	if (redo)
		/* TRANSLATORS: "runs entry 12 was changed since knead undo, so ...". */
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
			    _("%s entry %lld was changed since knead undo, so %s is not redone"),
			    store_table_id(r->table), (long long)r->id, name);
	else
		/* TRANSLATORS: "runs entry 12 was changed since knead log (...)" */
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
			    _("%s entry %lld was changed since %s, so that change is not "
			      "undone (run knead undo again for the one before it)"),
			    store_table_id(r->table), (long long)r->id, name);
	g_free(name);
	return false;
}

/* Reads a journalled version of an entry back into row. */
static bool decode_checked(const struct journal_row *r, GVariant *v, union store_row *row,
			   GError **err)
{
	if (g_variant_is_normal_form(v) && decode(r->table, v, row))
		return true;
	if (g_variant_is_normal_form(v))
		store_entry_clear(r->table, row);
	g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
		    _("the undo journal is damaged (entry %lld of %s); nothing undone"),
		    (long long)r->id, store_table_id(r->table));
	return false;
}

/* Brings one entry to `to` (NULL: gone) from `from`; u says, in words,
 * what was done. */
static bool apply_row(struct store *st, const struct journal_row *r, GVariant *from,
		      GVariant *to, enum unit unit, struct journal_undone *u, GError **err)
{
	union store_row row;
	bool ok;

	u->table = r->table;
	u->id = u->new_id = r->id;
	u->op = !to ? JOURNAL_REMOVED : !from ? JOURNAL_ADDED : JOURNAL_CHANGED;
	if (!decode_checked(r, to ? to : from, &row, err))
		return false;
	u->what = store_entry_describe(r->table, &row, unit);
	if (u->op == JOURNAL_REMOVED) {
		ok = store_remove(st, r->table, r->id, err);
	} else if (u->op == JOURNAL_ADDED) {
		ok = store_restore(st, r->table, &row, r->id, &u->new_id, err);
	} else {
		/* Every struct starts with its id. */
		*(int64_t *)&row = r->id;
		ok = store_entry_update(st, r->table, &row, err);
	}
	store_entry_clear(r->table, &row);
	return ok;
}

/* An entry put back under a new id keeps its journal rows. */
static bool follow_new_id(struct store *st, const struct journal_undone *u, GError **err)
{
	sqlite3_stmt *s;
	bool ok;

	if (u->new_id == u->id)
		return true;
	if (sqlite3_prepare_v2(store_db(st),
			       "UPDATE undo_journal SET entry_id = ? WHERE entry_table = ?"
			       " AND entry_id = ?",
			       -1, &s, NULL) != SQLITE_OK)
		return db_fail(st, err);
	sqlite3_bind_int64(s, 1, u->new_id);
	sqlite3_bind_text(s, 2, store_table_id(u->table), -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 3, u->id);
	ok = sqlite3_step(s) == SQLITE_DONE;
	sqlite3_finalize(s);
	return ok || db_fail(st, err);
}

static bool walk_back(struct store *st, bool redo, enum unit unit, char **command,
		      struct journal_undone **items, size_t *n, GError **err)
{
	GArray *rows = g_array_new(FALSE, TRUE, sizeof(struct journal_row));
	struct journal_undone *done = NULL;
	int64_t change = 0;
	bool ok, stale = false;

	*command = NULL;
	ok = store_begin(st, err) && read_change(st, redo, &change, command, rows, err);
	if (ok)
		done = g_new0(struct journal_undone, rows->len);
	for (guint i = 0; ok && i < rows->len; i++) {
		const struct journal_row *r = &g_array_index(rows, struct journal_row, i);
		ok = unchanged_since(st, r, redo, *command, err);
		stale = !ok && err && *err && (*err)->code == KNEAD_ERROR_FAILED;
	}
	for (guint i = 0; ok && i < rows->len; i++) {
		const struct journal_row *r = &g_array_index(rows, struct journal_row, i);
		ok = apply_row(st, r, redo ? r->before : r->after, redo ? r->after : r->before, unit,
			       &done[i], err) &&
		     follow_new_id(st, &done[i], err);
	}
	ok = ok &&
	     exec_change(st,
			 redo ? "UPDATE undo_journal SET undone = 0 WHERE change = ?"
			      : "UPDATE undo_journal SET undone = 1 WHERE change = ?",
			 change, err) &&
	     store_commit(st, err);
	if (!ok)
		store_rollback(st);
	/* An entry edited since: the change cannot be undone (or redone), now
	 * or later. */
	if (stale && store_begin(st, NULL) &&
	    !(exec_change(st, "DELETE FROM undo_journal WHERE change = ?", change, NULL) &&
	      store_commit(st, NULL)))
		store_rollback(st);
	*n = ok ? rows->len : 0;
	*items = ok ? done : NULL;
	if (!ok && done)
		journal_undone_free(done, rows->len);
	rows_free(rows);
	return ok;
}

bool journal_undo(struct store *st, enum unit unit, char **command,
		  struct journal_undone **items, size_t *n, GError **err)
{
	return walk_back(st, false, unit, command, items, n, err);
}

bool journal_redo(struct store *st, enum unit unit, char **command,
		  struct journal_undone **items, size_t *n, GError **err)
{
	return walk_back(st, true, unit, command, items, n, err);
}

void journal_undone_free(struct journal_undone *items, size_t n)
{
	for (size_t i = 0; items && i < n; i++)
		g_free(items[i].what);
	g_free(items);
}

char *journal_undone_text(const struct journal_undone *u, bool redo)
{
	switch (u->op) {
	case JOURNAL_REMOVED:
		/* TRANSLATORS: what undo did: "removed the run of Tue 8 Dec, 10.00 km". */
		return g_strdup_printf(_("removed %s"), u->what);
	case JOURNAL_ADDED:
		/* TRANSLATORS: what undo did: "put back the run of Tue 8 Dec, 10.00 km". */
		return g_strdup_printf(_("put back %s"), u->what);
	default:
		return g_strdup_printf(redo ? _("changed again to %s")
					    /* TRANSLATORS: an edit undone: "changed back to
					     * the run of Tue 8 Dec, 10.00 km". */
					    : _("changed back to %s"),
				       u->what);
	}
}

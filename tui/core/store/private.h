/* SPDX-License-Identifier: GPL-3.0-or-later */
/* store/private.h - what the store*.c files share and nobody else sees:
 * the connection, SQLite errors as GError, the transaction a single change
 * opens for itself, and the text forms of times, days and sides.
 *
 * Include only from tui/core/store*.c: every other caller goes through
 * store.h, so that SQL stays in the store.
 */
#ifndef KNEAD_STORE_PRIVATE_H
#define KNEAD_STORE_PRIVATE_H

#include <glib.h>
#include <sqlite3.h>
#include <stdbool.h>
#include <stdint.h>
#include "core/model.h"
#include "core/store/store.h"

struct store {
	sqlite3 *db;
	char *path;
	/* Kept prepared: it runs once per massage of a list. */
	sqlite3_stmt *massage_regions;
	/* Inside change_group_begin/end (change.h): the journal change the
	 * group's entries join (0 until the first one). */
	bool grouping;
	int64_t group_change;
};

/* Sets err from the connection's last error (full disk, read-only,
 * refused value...); always false, so a caller can return it. */
bool store_db_error(struct store *st, GError **err);
/* NULL with err set when the SQL does not compile. */
sqlite3_stmt *store_prepare(struct store *st, const char *sql, GError **err);
/* Runs a statement that returns no rows; finalizes it. */
bool store_step_done(struct store *st, sqlite3_stmt *s, GError **err);
/* False with "there is no <table> entry with id N" when the last
 * statement changed no row. */
bool store_check_changed(struct store *st, enum store_table t, int64_t id, GError **err);

/* The descriptor of t (store/kinds.h), or NULL with err set: a kind the
 * store does not know is a bug in the caller, never something a runner
 * typed. */
const struct entry_kind *store_kind_or_fail(enum store_table t, GError **err);

/* Single changes open their own transaction unless the caller holds one:
 * enter says whether this one is ours, leave commits it (ok) or rolls it
 * back, and returns ok. */
bool store_tx_enter(struct store *st, bool *owned, GError **err);
bool store_tx_leave(struct store *st, bool owned, bool ok, GError **err);
/* For writes that are not a transaction of this connection (a backup). */
void store_note_written(void);

void store_bind_text_or_null(sqlite3_stmt *s, int i, const char *v);
void store_bind_time(sqlite3_stmt *s, int i, wtime t);
void store_bind_day(sqlite3_stmt *s, int i, dayno d);
/* An id to insert under, or NULL (id 0) for the next free one. */
void store_bind_id_or_null(sqlite3_stmt *s, int i, int64_t id);

/* Runs s (NULL: its preparation failed, err is set), a query of (text,
 * time) rows, into two g_new'd arrays; finalizes it. */
bool store_select_texts_and_times(struct store *st, sqlite3_stmt *s, char ***texts,
				  wtime **times, size_t *n, GError **err);

/* The columns a run is read from (store/kinds.c), for queries of their own. */
#define STORE_RUN_SELECT                                                                    \
	"SELECT id, start, distance_m, duration_s, kind, rpe, avg_hr, elevation_m, note,"   \
	" source, source_id FROM runs"

wtime store_column_time(sqlite3_stmt *s, int i);
dayno store_column_day(sqlite3_stmt *s, int i);
char *store_column_strdup(sqlite3_stmt *s, int i);
enum side store_column_side(sqlite3_stmt *s, int i);

#endif

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* store/kinds.h - each kind of entry (ENTRY_KINDS, model.h) as one
 * descriptor, indexed by enum store_table: its table,
 * its SQL, how a row is bound and read back, how it is freed, its JSON
 * and CSV forms, how it is read from knead's export and found there
 * already, the fields knead edit changes, and where its rows are in a
 * struct history.  The store has one generic path for adding, updating,
 * reading, listing and putting back entries, the export one for writing
 * them out, and knead edit one for changing them field by field; a new
 * kind is a descriptor here, a migration and a form.
 */
#ifndef KNEAD_STORE_KINDS_H
#define KNEAD_STORE_KINDS_H

#include <glib.h>
#include <sqlite3.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "core/csv_row.h"
#include "core/store/store.h"

struct json_fields;
struct json_writer;

struct entry_kind {
	enum store_table table;
	/* The table's name, also the kind's name on the command line. */
	const char *id;
	/* One entry's word, the "type" of a listing of several kinds and the
	 * record of its lines in the CSV export: "run". */
	const char *type;
	/* The list's name inside a sentence, untranslated (marked with NC_,
	 * context "list name"): store_table_name() translates it. */
	const char *name;
	/* The words a runner may type for the list in their language, |
	 * separated, untranslated (NC_, context "typed list"): the id and the
	 * entry's word always work; a translation adds its own ("sorties"). */
	const char *typed;
	/* sizeof the row (its struct, a member of union store_row)
	 * and where its int64_t id is. */
	size_t row_size;
	size_t id_offset;
	/* Where the row's moment is: a wtime, or a dayno when by_day. */
	size_t when_offset;
	/* Where the kind's rows are in a struct history: the array's pointer
	 * and its count (entry_kind_history_rows()). */
	size_t history_rows, history_count;
	/* INSERT binds the fields (1..n_fields), then the id (NULL for the
	 * next free one); UPDATE binds the fields, then the id to update.
	 * The SELECTs read the columns read() expects, by id or from a
	 * time (a day when by_day) on, oldest first. */
	const char *insert_sql, *update_sql, *delete_sql;
	const char *select_by_id_sql, *select_since_sql;
	int n_fields;
	bool by_day;
	void (*bind)(sqlite3_stmt *s, const void *row);
	/* Fills row (cleared first) from the current result row of s. */
	void (*read)(struct store *st, sqlite3_stmt *s, void *row);
	/* What the row keeps in other tables (a massage's regions), written
	 * after the row itself under `id`; NULL when there is nothing. */
	bool (*write_children)(struct store *st, const void *row, int64_t id, GError **err);
	void (*clear)(void *row);
	/* A deep copy of src into dst (cleared with clear). */
	void (*copy)(void *dst, const void *src);
	/* The rules a new entry of the kind obeys (validate.h), at `now`. */
	bool (*validate)(const void *row, wtime now, GError **err);
	/* The row as knead list --json and the export write it (json_model.h),
	 * with a "type" member when type is not NULL. */
	void (*to_json)(struct json_writer *w, const void *row, const char *type);
	/* The row's line of the CSV export (csv_row.h): the cells of the
	 * columns it has a value for, g_malloc'd, besides record, id and when
	 * (the export fills those for every kind: type, the id, the moment). */
	void (*to_csv)(const void *row, char *cols[CSV_COLS]);
	/* The entry in words, translated: "the run of Tue 8 Dec, 10.00 km". */
	char *(*describe)(const void *row, enum unit u);
	/* The fields knead edit changes, in the order it reads them and
	 * shows a change (store.h). */
	const struct edit_field *edit_fields;
	size_t n_edit_fields;
	/* The undo journal's form of a row (journal.c): a GVariant of
	 * variant_type, the same bytes for the same entry; decode zeroes the
	 * row first, and is false when an id does not read back. */
	const char *variant_type;
	GVariant *(*encode)(const void *row);
	bool (*decode)(GVariant *v, void *row);
	/* Reads a row back from its JSON form (knead's export, read by
	 * import/json.c) through f (json_fields.h): it zeroes the row first,
	 * and the caller frees it with clear whether it read or not. */
	bool (*from_json)(const struct json_fields *f, void *row, GError **err);
	/* How an import of the export finds an entry already there, so that
	 * importing it twice adds nothing: exactly one of the two.
	 * import_key is a text (g_free it) the same for the same entry, the
	 * key of a set built once from what the database holds.  import_match
	 * asks the store instead, for a kind no exact key can match (runs:
	 * the same source id, or the same activity a minute or a changed time
	 * zone apart, store_run_find_duplicate): the id found, 0 for none, -1
	 * on an error. */
	char *(*import_key)(const void *row);
	int64_t (*import_match)(struct store *st, const void *row, GError **err);
};

/* The descriptor of t; an unknown t is a programming error: a critical
 * warning and NULL. */
const struct entry_kind *entry_kind_of(enum store_table t);

/* The rows of kind k in h (row_size bytes apart), *n of them. */
const void *entry_kind_history_rows(const struct entry_kind *k, const struct history *h,
				    size_t *n);

/* The id stored in a row of kind k. */
int64_t entry_kind_row_id(const struct entry_kind *k, const void *row);

#endif

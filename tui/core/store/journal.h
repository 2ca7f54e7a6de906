/* SPDX-License-Identifier: GPL-3.0-or-later */
/* journal.h - the undo journal of the command line (schema version 5).
 *
 * Each command that changes entries (log, edit, rm, race add, race rm)
 * records, in the same transaction as its change, every entry it added,
 * changed or removed: the entry as it was and as the command left it.
 * knead undo puts back the newest change, whole, in one transaction, and
 * only if nothing touched its entries since (the interface does not write
 * the journal: undoing over its later edit would lose that edit).
 */
#ifndef KNEAD_JOURNAL_H
#define KNEAD_JOURNAL_H

#include <glib.h>
#include <stdbool.h>
#include "core/store/store.h"

/* How many changes the journal keeps: the newest ones. */
#define JOURNAL_KEEP 50

enum journal_op { JOURNAL_ADDED, JOURNAL_CHANGED, JOURNAL_REMOVED };

/* A change number for a new command; call inside its transaction. */
bool journal_new_change(struct store *st, int64_t *change, GError **err);

/* Notes, inside the caller's transaction and after its write, that
 * `command` ("log", "edit", "rm", "race add", "race rm") added the entry
 * `id` of table t, changed it from `before`, or removed it (`before` is
 * the entry as it was: a struct run, soreness, massage or race). */
bool journal_added(struct store *st, int64_t change, const char *command, enum store_table t,
		   int64_t id, GError **err);
bool journal_changed(struct store *st, int64_t change, const char *command,
		     enum store_table t, int64_t id, const void *before, GError **err);
bool journal_removed(struct store *st, int64_t change, const char *command,
		     enum store_table t, int64_t id, const void *before, GError **err);

/* What knead undo did to one entry. */
struct journal_undone {
	enum journal_op op; /* what the command had done */
	enum store_table table;
	int64_t id;	/* the entry's id then */
	int64_t new_id; /* its id now (a removed entry put back) */
};

/* Undoes the newest change: `command` is what made it (g_free), `items`
 * what was undone, newest first (g_free).  No change to undo is
 * KNEAD_ERROR_INVALID.  An entry changed or removed since is
 * KNEAD_ERROR_FAILED and undoes nothing; that change then leaves the
 * journal, so that the next undo reaches the one before it. */
bool journal_undo(struct store *st, char **command, struct journal_undone **items, size_t *n,
		  GError **err);

#endif

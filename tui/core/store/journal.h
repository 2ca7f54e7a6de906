/* SPDX-License-Identifier: GPL-3.0-or-later */
/* journal.h - the one undo journal (schema versions 5 and 6).
 *
 * Every change to entries, from the command line (log, edit, rm, race
 * add, race rm) or the interface (its forms, deletions, check-in and the
 * Today screen's answers), records in the same transaction as the change
 * every entry it added, changed or removed: the entry as it was and as
 * the change left it (change.h does it for a single entry).  knead undo
 * and u in the interface take back the newest change, wherever it was
 * made, whole, in one transaction, and only if nothing touched its
 * entries since; knead redo and U do it again.
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

/* What undo or redo did to one entry. */
struct journal_undone {
	enum journal_op op; /* what undo or redo did to it now */
	enum store_table table;
	int64_t id;	/* the entry's id then */
	int64_t new_id; /* its id now (an entry put back) */
	char *what;	/* the entry in words: "the run of Tue 8 Dec, 10.00 km" */
};

/* The command that makes a change in the interface. */
#define JOURNAL_INTERFACE "interface"

/* What made a change, in words: "knead log", "a change made in the
 * interface" (g_free). */
char *journal_command_name(const char *command);

/* Undoes the newest change not undone yet: `command` is what made it
 * (g_free), `items` what was done now to each entry, newest first
 * (journal_undone_free); the entries are named in the unit u.  No change
 * to undo is KNEAD_ERROR_INVALID.  An entry changed or removed since is
 * KNEAD_ERROR_FAILED and undoes nothing; that change then leaves the
 * journal, so that the next undo reaches the one before it. */
bool journal_undo(struct store *st, enum unit u, char **command, struct journal_undone **items,
		  size_t *n, GError **err);
/* Redoes the change undone last (items oldest first), the same way; a
 * new change ends what can be redone. */
bool journal_redo(struct store *st, enum unit u, char **command, struct journal_undone **items,
		  size_t *n, GError **err);
void journal_undone_free(struct journal_undone *items, size_t n);
/* What undo (or redo) did to one entry, in words: "removed the run of Tue
 * 8 Dec, 10.00 km" (g_free). */
char *journal_undone_text(const struct journal_undone *u, bool redo);

#endif

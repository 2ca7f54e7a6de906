/* SPDX-License-Identifier: GPL-3.0-or-later */
/* store/change.h - the one door for a runner's change to an entry.
 *
 * knead log, edit, rm, race add and race rm, every form of the interface
 * and the Today screen's "still sore?" answer change entries here and
 * nowhere else: the entry as a whole is checked with the rules of a new
 * one (validate.h, at clock_now()), written, and journalled for undo
 * (journal.h) in one transaction (the caller's, when one is open).
 * `command` names what the runner did, for undo's message: "log", "edit",
 * "rm", "race add", "race rm" (the command line) or JOURNAL_INTERFACE.
 */
#ifndef KNEAD_STORE_CHANGE_H
#define KNEAD_STORE_CHANGE_H

#include <glib.h>
#include <stdbool.h>
#include "core/store/store.h"

/* Several changes that are one for the runner (a day's entries moved to
 * another day, a check-in edited in place): between change_group_begin
 * and change_group_end, inside the caller's transaction (store_begin),
 * every change_* call joins one journal change, undone and redone whole.
 * A group without a transaction is refused (KNEAD_ERROR_FAILED: a bug). */
bool change_group_begin(struct store *st, GError **err);
void change_group_end(struct store *st);

/* Adds row (a struct run, soreness, massage or race, as t says); its new
 * id goes to *id when id is not NULL. */
bool change_add(struct store *st, const char *command, enum store_table t, const void *row,
		int64_t *id, GError **err);

/* Replaces the entry with row's id by row, whole. */
bool change_update(struct store *st, const char *command, enum store_table t, const void *row,
		   GError **err);

/* Removes the entry `id`; when removed is not NULL, the entry as it was
 * goes there (clear it with store_entry_clear).  An id that does not
 * exist is KNEAD_ERROR_INVALID. */
bool change_remove(struct store *st, const char *command, enum store_table t, int64_t id,
		   union store_row *removed, GError **err);

#endif

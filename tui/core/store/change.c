/* SPDX-License-Identifier: GPL-3.0-or-later */
/* store/change.c - validate, write and journal in one transaction (see
 * change.h). */
#include "core/clock.h"
#include "core/error.h"
#include "core/i18n.h"
#include "core/store/change.h"
#include "core/store/journal.h"
#include "core/store/kinds.h"
#include "core/store/private.h"

bool change_group_begin(struct store *st, GError **err)
{
	if (!store_in_transaction(st)) {
		g_set_error_literal(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
				    _("a group of changes outside a transaction (a bug in knead)"));
		return false;
	}
	st->grouping = true;
	st->group_change = 0;
	return true;
}

void change_group_end(struct store *st)
{
	st->grouping = false;
	st->group_change = 0;
}

/* The journal change this one joins: its own, or its group's. */
static bool next_change(struct store *st, int64_t *change, GError **err)
{
	if (!st->grouping)
		return journal_new_change(st, change, err);
	if (!st->group_change && !journal_new_change(st, &st->group_change, err))
		return false;
	*change = st->group_change;
	return true;
}

bool change_add(struct store *st, const char *command, enum store_table t, const void *row,
		int64_t *id, GError **err)
{
	int64_t new_id = 0, change;
	bool owned, ok;

	if (!store_entry_validate(t, row, clock_now(), err) || !store_tx_enter(st, &owned, err))
		return false;
	ok = store_entry_add(st, t, row, &new_id, err) && next_change(st, &change, err) &&
	     journal_added(st, change, command, t, new_id, err);
	if (!store_tx_leave(st, owned, ok, err))
		return false;
	if (id)
		*id = new_id;
	return true;
}

bool change_update(struct store *st, const char *command, enum store_table t, const void *row,
		   GError **err)
{
	const struct entry_kind *k = store_kind_or_fail(t, err);
	union store_row was;
	int64_t id, change;
	bool owned, ok;

	if (!k || !store_entry_validate(t, row, clock_now(), err) ||
	    !store_tx_enter(st, &owned, err))
		return false;
	id = entry_kind_row_id(k, row);
	ok = store_entry_get(st, t, id, &was, err);
	if (ok) {
		ok = store_entry_update(st, t, row, err) && next_change(st, &change, err) &&
		     journal_changed(st, change, command, t, id, &was, err);
		store_entry_clear(t, &was);
	}
	return store_tx_leave(st, owned, ok, err);
}

bool change_remove(struct store *st, const char *command, enum store_table t, int64_t id,
		   union store_row *removed, GError **err)
{
	union store_row was;
	int64_t change;
	bool owned, ok;

	if (!store_tx_enter(st, &owned, err))
		return false;
	ok = store_entry_get(st, t, id, &was, err);
	if (ok) {
		ok = store_remove(st, t, id, err) && next_change(st, &change, err) &&
		     journal_removed(st, change, command, t, id, &was, err);
		if (ok && removed)
			*removed = was;
		else
			store_entry_clear(t, &was);
	}
	return store_tx_leave(st, owned, ok, err);
}

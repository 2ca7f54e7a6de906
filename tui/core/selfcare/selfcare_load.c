/* SPDX-License-Identifier: GPL-3.0-or-later */
/* selfcare/selfcare_load.c - the self-care plan read from the store (the advice's
 * window of history and the ticks of the last weeks), and a tick written
 * back.  knead plan, the Today screen and the reminder start here. */
#include <config.h>

#include "core/advice/advice_history.h"
#include "core/error.h"
#include "core/i18n.h"
#include "core/regions.h"
#include "core/selfcare/selfcare.h"

bool selfcare_load(struct store *st, const struct config *cfg, wtime now, struct selfcare_plan *out,
		   GError **err)
{
	dayno today = wtime_day(now);
	struct selfcare_tick *ticks = NULL;
	size_t n = 0;
	struct history h;

	if (!advice_history_load(st, cfg, now, &h, err))
		return false;
	if (st &&
	    !store_selfcare_done_list(st, today - SELFCARE_HABIT_DAYS, today, &ticks, &n, err)) {
		history_clear(&h);
		return false;
	}
	selfcare_plan_from_history(&h, ticks, n, now, out);
	selfcare_ticks_free(ticks, n);
	history_clear(&h);
	return true;
}

bool selfcare_mark_done(struct store *st, const struct selfcare_plan *p, const char *id, wtime now,
			bool *added, GError **err)
{
	const struct selfcare_item *it = selfcare_plan_find(p, id);

	if (!it) {
		GString *ids = g_string_new(NULL);

		for (size_t i = 0; i < p->n_items; i++)
			g_string_append_printf(ids, "%s%s", i ? ", " : "", p->items[i].id);
		if (p->n_items == 0)
			g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_INVALID,
				    _("\"%s\" is not an item of today's plan (the plan is empty "
				      "today)"),
				    id);
		else
			g_set_error(
				err, KNEAD_ERROR, KNEAD_ERROR_INVALID,
				_("\"%s\" is not an item of today's plan (expected one of: %s)"),
				id, ids->str);
		g_string_free(ids, TRUE);
		return false;
	}
	return store_selfcare_done_add(st, p->today, it->id, selfcare_action_id(it->action),
				       it->has_region ? region_id(it->region) : NULL,
				       it->has_region ? side_id(it->side) : NULL, now, added, err);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* advice/advice_history.h - the advice read from the store: the window of history
 * the advice engine needs at a time, loaded once, then the advice computed
 * from it.  knead next, knead status, the Today screen, the reminders and
 * the calendar export all start here, so they read the same window. */
#ifndef KNEAD_ADVICE_STORE_H
#define KNEAD_ADVICE_STORE_H

#include <glib.h>
#include <stdbool.h>
#include "core/advice/advice.h"
#include "core/settings.h"
#include "core/store/store.h"

/* The history the advice reads at `now` (from advice_history_from of its
 * day on), with the runner's heart rates from cfg (NULL: none set).  st
 * NULL means nothing logged yet: an empty history.  Free with
 * history_clear. */
bool advice_history_load(struct store *st, const struct config *cfg, wtime now,
			 struct history *h, GError **err);

/* That history, and the advice at `now` computed from it (advice_next).
 * Free with history_clear and advice_clear; on failure neither is set. */
bool advice_load(struct store *st, const struct config *cfg, wtime now, struct history *h,
		 struct advice *adv, GError **err);

#endif

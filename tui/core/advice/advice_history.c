/* SPDX-License-Identifier: GPL-3.0-or-later */
/* advice/advice_history.c - the advice read from the store (see advice/advice_history.h). */
#include <string.h>
#include "core/advice/advice_history.h"

bool advice_history_load(struct store *st, const struct config *cfg, wtime now,
			 struct history *h, GError **err)
{
	memset(h, 0, sizeof(*h));
	if (st && !store_history_load(st, advice_history_from(wtime_day(now)), h, err))
		return false;
	if (cfg)
		config_apply_runner(cfg, h);
	return true;
}

bool advice_load(struct store *st, const struct config *cfg, wtime now, struct history *h,
		 struct advice *adv, GError **err)
{
	if (!advice_history_load(st, cfg, now, h, err))
		return false;
	advice_next(h, now, adv);
	return true;
}

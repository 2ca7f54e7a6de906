/* SPDX-License-Identifier: GPL-3.0-or-later */
/* store/selfcare_done.h - the self-care plan's ticks: which item of a day's plan
 * the runner did (knead plan done, the Tonight view).  A record, never a
 * score: no streaks are kept. */
#ifndef KNEAD_STORE_SELFCARE_H
#define KNEAD_STORE_SELFCARE_H

#include <glib.h>
#include <stdbool.h>
#include "core/model.h"
#include "core/store/store.h"

struct selfcare_tick {
	int64_t id;
	dayno day;    /* the day of the plan */
	char *item;   /* the item's id: "roll-calf-right" */
	char *action; /* "roll", ... */
	char *region; /* a region id, or NULL */
	char *side;   /* "left", "right" or NULL */
	wtime at;     /* when it was ticked */
};

/* Ticks item on day (once: *added says whether it was new), in one
 * transaction. */
bool store_selfcare_done_add(struct store *st, dayno day, const char *item, const char *action,
			     const char *region, const char *side, wtime at, bool *added,
			     GError **err);
/* The ticks of days from .. to, oldest first; free with
 * selfcare_ticks_free. */
bool store_selfcare_done_list(struct store *st, dayno from, dayno to, struct selfcare_tick **out,
			      size_t *n, GError **err);
void selfcare_ticks_free(struct selfcare_tick *t, size_t n);

#endif

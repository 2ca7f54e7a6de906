/* SPDX-License-Identifier: GPL-3.0-or-later */
/* history_builder.h - small in-memory histories for the load, phase and
 * advice tests.  Days are counted from a fixed day D0 (2026-05-04, a
 * Monday) so that scenarios read as "3 days ago" rather than as dates. */
#ifndef KNEAD_TEST_HISTORY_BUILDER_H
#define KNEAD_TEST_HISTORY_BUILDER_H

#include <glib.h>
#include "core/clock.h"
#include "core/model.h"

static inline dayno hb_d0(void)
{
	return wtime_day(wtime_make(2026, 5, 4, 0, 0, 0));
}

/* The wall time at `hour` o'clock on day D0 + offset. */
static inline wtime hb_at(int offset, int hour)
{
	return day_start(hb_d0() + offset) + (wtime)hour * 3600;
}

static inline void hb_run(struct history *h, int offset, double km, double minutes,
			  enum run_kind kind, int rpe)
{
	struct run *r;

	h->runs = g_renew(struct run, h->runs, h->n_runs + 1);
	r = &h->runs[h->n_runs++];
	*r = (struct run){ .id = (int64_t)h->n_runs, .start = hb_at(offset, 7),
			   .distance_m = km * 1000, .duration_s = minutes * 60, .kind = kind,
			   .rpe = rpe, .elevation_m = -1 };
}

static inline void hb_sore(struct history *h, int offset, enum region region, enum side side,
			   int level)
{
	struct soreness *s;

	h->soreness = g_renew(struct soreness, h->soreness, h->n_soreness + 1);
	s = &h->soreness[h->n_soreness++];
	*s = (struct soreness){ .id = (int64_t)h->n_soreness, .time = hb_at(offset, 20),
				.region = region, .side = side, .level = level };
}

static inline void hb_massage(struct history *h, int offset, enum massage_kind kind)
{
	struct massage *m;

	h->massages = g_renew(struct massage, h->massages, h->n_massages + 1);
	m = &h->massages[h->n_massages++];
	*m = (struct massage){ .id = (int64_t)h->n_massages, .date = hb_d0() + offset,
			       .kind = kind };
}

static inline void hb_race(struct history *h, int offset, const char *name, double km,
			   char priority)
{
	struct race *r;

	h->races = g_renew(struct race, h->races, h->n_races + 1);
	r = &h->races[h->n_races++];
	*r = (struct race){ .id = (int64_t)h->n_races, .date = hb_d0() + offset,
			    .name = g_strdup(name), .distance_m = km * 1000,
			    .priority = priority };
}

/* A steady training week ending on day `last`: easy runs on 4 days and a
 * long run, rated. */
static inline void hb_steady_weeks(struct history *h, int first, int last)
{
	for (int d = first; d <= last; d++) {
		int w = ((d % 7) + 7) % 7;

		if (w == 6)
			hb_run(h, d, 20, 120, RUN_LONG, 5);
		else if (w == 1 || w == 3)
			hb_run(h, d, 10, 55, RUN_EASY, 3);
		else if (w == 4)
			hb_run(h, d, 10, 50, RUN_TEMPO, 7);
	}
}

#endif

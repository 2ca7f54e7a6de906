/* SPDX-License-Identifier: GPL-3.0-or-later */
/* rank_inputs.h - the runner's state for articles_rank, from their history.
 *
 * Kept apart from rank.c so that the ranking stays a pure function of its
 * own struct; this is where the advice's plan (phase, current soreness,
 * regions for a physiotherapist) is mapped into it, from the plan the
 * caller already has: the engine is not run again.  Shared by
 * knead articles and the TUI's Articles screen.
 */
#ifndef KNEAD_RANK_INPUTS_H
#define KNEAD_RANK_INPUTS_H

#include "core/model.h"
#include "core/advice/advice.h"
#include "core/articles/rank.h"
#include "core/store/store.h"

/* A rank_state and the arrays it points to. */
struct rank_inputs {
	struct rank_state state;
	struct rank_sore *sore;
	struct rank_sore *see_professional;
	struct rank_read *reads; /* slugs owned */
};

/* Readings older than this no longer lower an article. */
#define RANK_READS_DAYS 30

/* Fills `in` for `now` from the plan `adv` that advice_next() made at
 * `now` from `h` (a history loaded as advice_load() loads it): the phase,
 * the regions for a professional and the soreness are the plan's, not
 * read again; the recent efforts and massages come from `h`.  No reads are
 * set: the caller adds them (in->state.reads) when it has them. */
void rank_inputs_from_advice(struct rank_inputs *in, const struct history *h,
			     const struct advice *adv, wtime now);
void rank_inputs_clear(struct rank_inputs *in);

/* Adds the articles read in the last RANK_READS_DAYS days before `now`. */
bool rank_inputs_add_reads(struct rank_inputs *in, struct store *st, wtime now, GError **err);

/* Everything at `now` from the database: the history window and the
 * reads. */
bool rank_inputs_load(struct rank_inputs *in, struct store *st, wtime now, GError **err);

/* The latest long run (run_is_long, baseline.h) or race
 * that started at most RANK_EFFORT_DAYS days before `now`. */
enum rank_effort rank_recent_effort(const struct history *h, wtime now, int *days_ago);

/* Whether a marathon or longer race (RANK_LONG_RACE_METRES) is over, at
 * most RANK_LONG_RACE_DAYS days before `now`: a run of kind race, or a race
 * on the calendar of any priority whose day has passed, logged or not. */
bool rank_recent_long_race(const struct history *h, wtime now, int *days_ago);

#endif

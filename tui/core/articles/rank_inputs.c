/* SPDX-License-Identifier: GPL-3.0-or-later */
/* rank_inputs.c - mapping the advice's plan into a rank_state. */
#include <config.h>

#include <string.h>

#include "core/articles/rank_inputs.h"
#include "core/advice/advice.h"
#include "core/advice/advice_history.h"
#include "core/advice/baseline.h"
#include "core/advice/phase.h"

enum rank_effort rank_recent_effort(const struct history *h, wtime now, int *days_ago)
{
	dayno today = wtime_day(now);
	enum rank_effort best = RANK_EFFORT_NONE;
	dayno best_day = 0;

	for (size_t i = 0; i < h->n_runs; i++) {
		const struct run *r = &h->runs[i];
		dayno d = wtime_day(r->start);
		/* A run logged for later today counts, as it does in next. */
		if (d > today || today - d > RANK_EFFORT_DAYS)
			continue;
		enum rank_effort e = r->kind == RUN_RACE ? RANK_EFFORT_RACE
				     : run_is_long(h, r) ? RANK_EFFORT_LONG_RUN
							 : RANK_EFFORT_NONE;
		if (e == RANK_EFFORT_NONE)
			continue;
		/* The most recent counts; on the same day a race outweighs. */
		if (best == RANK_EFFORT_NONE || d > best_day || (d == best_day && e > best)) {
			best = e;
			best_day = d;
		}
	}
	/* A race on the calendar that has passed, even if its run was not
	 * logged; today's race may still be ahead, so only its run counts. */
	for (size_t i = 0; i < h->n_races; i++) {
		dayno d = h->races[i].date;
		if (d >= today || today - d > RANK_EFFORT_DAYS)
			continue;
		if (best == RANK_EFFORT_NONE || d > best_day ||
		    (d == best_day && best != RANK_EFFORT_RACE)) {
			best = RANK_EFFORT_RACE;
			best_day = d;
		}
	}
	*days_ago = best == RANK_EFFORT_NONE ? -1 : (int)(today - best_day);
	return best;
}

/* Races are read as the advice engine reads them: a logged race run from its
 * start, a race on the calendar (any priority, logged as a run or not) once
 * its day is over, since on the day itself the start may still be ahead. */
bool rank_recent_long_race(const struct history *h, wtime now, int *days_ago)
{
	dayno today = wtime_day(now);
	bool found = false;
	dayno best = 0;

	for (size_t i = 0; i < h->n_runs; i++) {
		const struct run *r = &h->runs[i];
		dayno d = wtime_day(r->start);
		if (r->kind != RUN_RACE || r->distance_m < RANK_LONG_RACE_METRES || d > today ||
		    today - d > RANK_LONG_RACE_DAYS)
			continue;
		if (!found || d > best)
			best = d;
		found = true;
	}
	for (size_t i = 0; i < h->n_races; i++) {
		const struct race *r = &h->races[i];
		if (r->distance_m < RANK_LONG_RACE_METRES || r->date >= today ||
		    today - r->date > RANK_LONG_RACE_DAYS)
			continue;
		if (!found || r->date > best)
			best = r->date;
		found = true;
	}
	*days_ago = found ? (int)(today - best) : -1;
	return found;
}

/* Whether a massage was logged on or before today (a booking ahead does
 * not count: the first session is still to come). */
static bool massage_logged(const struct history *h, dayno today)
{
	for (size_t i = 0; i < h->n_massages; i++)
		if (h->massages[i].date <= today)
			return true;
	return false;
}

void rank_inputs_from_advice(struct rank_inputs *in, const struct history *h,
			     const struct advice *adv, wtime now)
{
	dayno today = wtime_day(now);
	memset(in, 0, sizeof(*in));
	in->state.now = now;

	enum article_phase phase = ARTICLE_PHASE_NONE;
	article_phase_from_id(phase_id(adv->phase), &phase);
	in->state.phase = phase;

	in->see_professional = g_new0(struct rank_sore, adv->n_see_professional + 1);
	for (size_t i = 0; i < adv->n_see_professional; i++) {
		const struct advice_referral *r = &adv->see_professional[i];
		in->see_professional[i] =
			(struct rank_sore){ r->region, r->side, r->level, r->days };
	}
	in->state.see_professional = in->see_professional;
	in->state.n_see_professional = adv->n_see_professional;

	const struct sore_state *ss = adv->sore;
	in->sore = g_new0(struct rank_sore, adv->n_sore + 1);
	size_t k = 0;
	for (size_t i = 0; i < adv->n_sore; i++) {
		/* The effective level, as next and status read it. */
		if (!ss[i].current || ss[i].counted <= 0)
			continue;
		in->sore[k++] = (struct rank_sore){ ss[i].region, ss[i].side, ss[i].counted,
						    (int)(today - ss[i].last_day) };
	}
	in->state.sore = in->sore;
	in->state.n_sore = k;

	in->state.effort = rank_recent_effort(h, now, &in->state.effort_days_ago);
	in->state.long_race = rank_recent_long_race(h, now, &in->state.long_race_days_ago);
	in->state.no_massage = !massage_logged(h, today);
	for (size_t i = 0; i < h->n_massages; i++)
		in->state.had_deep_work |= h->massages[i].date <= today &&
					   advice_kind_is_deep(h->massages[i].kind);
	in->state.no_history = h->n_runs == 0 && h->n_soreness == 0 && h->n_massages == 0 &&
			       h->n_races == 0;
}

bool rank_inputs_load(struct rank_inputs *in, struct store *st, wtime now, GError **err)
{
	struct history h = { 0 };
	struct advice a = { 0 };

	if (!advice_load(st, NULL, now, &h, &a, err))
		return false;
	rank_inputs_from_advice(in, &h, &a, now);
	advice_clear(&a);
	history_clear(&h);
	return rank_inputs_add_reads(in, st, now, err);
}

bool rank_inputs_add_reads(struct rank_inputs *in, struct store *st, wtime now, GError **err)
{
	char **slugs;
	wtime *times;
	size_t n;

	if (!store_article_reads_list(st, now - RANK_READS_DAYS * SECONDS_PER_DAY, &slugs, &times,
				      &n, err))
		return false;
	in->reads = g_new0(struct rank_read, n ? n : 1);
	for (size_t i = 0; i < n; i++) {
		in->reads[i].slug = slugs[i]; /* ownership moves to in->reads */
		in->reads[i].time = times[i];
	}
	in->state.reads = in->reads;
	in->state.n_reads = n;
	g_free(slugs);
	g_free(times);
	return true;
}

void rank_inputs_clear(struct rank_inputs *in)
{
	for (size_t i = 0; in->reads && i < in->state.n_reads; i++)
		g_free((char *)in->reads[i].slug);
	g_free(in->reads);
	g_free(in->sore);
	g_free(in->see_professional);
	memset(in, 0, sizeof(*in));
}

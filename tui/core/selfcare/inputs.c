/* SPDX-License-Identifier: GPL-3.0-or-later */
/* inputs.c - the self-care plan's one way in: what it reads from the advice.
 *
 * Everything the rules of selfcare.c know about the runner comes from
 * selfcare_inputs_from_history() below, and it reads only the advice's
 * public API (advice.h): the open flags (advice_flags), the one neighbour
 * table (advice_regions_neighbours) and the effective level every surface
 * shows (advice_effective_level), so that the plan never says otherwise
 * than knead next. */
#include <config.h>

#include <glib.h>
#include <string.h>
#include "core/advice/advice.h"
#include "core/advice/baseline.h"
#include "core/advice/phase.h"
#include "core/regions.h"
#include "core/selfcare/selfcare.h"

/* Block r on side s and every region that shares its segment
 * (advice_regions_neighbours, the advice's one table): a region without
 * sides blocks both sides of its neighbours, and is blocked by either. */
static void block(struct selfcare_inputs *in, enum region r, enum side s)
{
	for (int o = 0; o < REGION_COUNT; o++) {
		if (!region_has_side(o)) {
			if (advice_regions_neighbours(r, s, o, SIDE_NONE))
				in->blocked[o][SIDE_NONE] = true;
			continue;
		}
		for (int os = SIDE_LEFT; os <= SIDE_RIGHT; os++)
			if (advice_regions_neighbours(r, s, o, os))
				in->blocked[o][os] = true;
	}
}

/* The regions a massage of today, or deep work of yesterday, worked: a
 * session without regions counts as all of them. */
static void read_massages(struct selfcare_inputs *in, const struct history *h)
{
	for (size_t i = 0; i < h->n_massages; i++) {
		const struct massage *m = &h->massages[i];
		bool deep = m->kind == MASSAGE_DEEP_TISSUE || m->kind == MASSAGE_MYOFASCIAL ||
			    m->kind == MASSAGE_TRIGGER_POINT;

		if (!(m->date == in->today || (deep && m->date == in->today - 1)))
			continue;
		if (m->n_regions == 0)
			memset(in->massaged, 1, sizeof(in->massaged));
		for (size_t j = 0; j < m->n_regions; j++) {
			enum region r = m->regions[j].region;
			enum side s = m->regions[j].side;

			if (r >= REGION_COUNT)
				continue;
			if (!region_has_side(r)) {
				in->massaged[r][SIDE_NONE] = true;
			} else if (s == SIDE_NONE) {
				in->massaged[r][SIDE_LEFT] = true;
				in->massaged[r][SIDE_RIGHT] = true;
			} else {
				in->massaged[r][s] = true;
			}
		}
	}
}

/* A hard effort: a race, a long run for this runner, a tempo or interval
 * session, or anything rated 7 or more. */
static bool run_is_hard(const struct history *h, const struct run *r)
{
	return r->kind == RUN_RACE || r->kind == RUN_TEMPO || r->kind == RUN_INTERVALS ||
	       r->rpe >= 7 || run_is_long(h, r);
}

/* What the ticks say: habits, today's ticks, evenings each region was
 * rolled this week. */
static void read_ticks(struct selfcare_inputs *in, const struct selfcare_tick *ticks, size_t n)
{
	GPtrArray *today = g_ptr_array_new();
	bool rolled[REGION_COUNT][3][SELFCARE_WEEK_DAYS] = { { { false } } };

	for (size_t i = 0; i < n; i++) {
		const struct selfcare_tick *t = &ticks[i];
		int back = in->today - t->day;
		enum region r;

		if (back < 0 || back > SELFCARE_HABIT_DAYS)
			continue;
		if (back == 0)
			g_ptr_array_add(today, g_strdup(t->item));
		else
			for (int a = 0; a < SELFCARE_ACTION_COUNT; a++)
				if (g_strcmp0(t->action, selfcare_action_id(a)) == 0)
					in->habit[a] = true;
		/* The evenings before today: tonight's tick is not yet news. */
		if (back < 1 || back > SELFCARE_WEEK_DAYS || g_strcmp0(t->action, "roll") != 0 ||
		    !t->region || !region_from_id(t->region, &r))
			continue;
		if (!region_has_side(r)) {
			rolled[r][SIDE_NONE][back - 1] = true;
		} else {
			if (!t->side || g_strcmp0(t->side, "left") == 0)
				rolled[r][SIDE_LEFT][back - 1] = true;
			if (!t->side || g_strcmp0(t->side, "right") == 0)
				rolled[r][SIDE_RIGHT][back - 1] = true;
		}
	}
	for (int r = 0; r < REGION_COUNT; r++)
		for (int s = 0; s < 3; s++)
			for (int d = 0; d < SELFCARE_WEEK_DAYS; d++)
				in->rolled_days[r][s] += rolled[r][s][d];
	g_ptr_array_add(today, NULL);
	in->done_today = (char **)g_ptr_array_free(today, FALSE);
}

/* The first level logged for each region and side in the week up to
 * today (the evenings rolled and today). */
static void read_week(struct selfcare_inputs *in, const struct history *h)
{
	for (int r = 0; r < REGION_COUNT; r++)
		for (int s = 0; s < 3; s++)
			in->week_from[r][s] = -1;
	for (size_t i = 0; i < h->n_soreness; i++) {
		const struct soreness *e = &h->soreness[i];
		int back = in->today - wtime_day(e->time);

		if (back >= 0 && back <= SELFCARE_WEEK_DAYS &&
		    in->week_from[e->region][e->side] < 0)
			in->week_from[e->region][e->side] = e->level;
	}
}

/* Whether region r, side s (as the advice files it) has an entry in the
 * ADVICE_SORE_DAYS days up to today. */
static bool logged_lately(const struct history *h, dayno today, enum region r, enum side s)
{
	for (size_t i = 0; i < h->n_soreness; i++) {
		const struct soreness *e = &h->soreness[i];
		dayno d = wtime_day(e->time);
		enum side es = region_has_side(e->region) ? e->side : SIDE_NONE;

		if (e->region == r && es == s && d <= today && d > today - ADVICE_SORE_DAYS)
			return true;
	}
	return false;
}

void selfcare_inputs_from_history(const struct history *h, const struct selfcare_tick *ticks,
				  size_t n_ticks, wtime now, struct selfcare_inputs *in)
{
	dayno today = wtime_day(now);
	size_t n_flags = 0;
	/* The advice's open flags: they last until the region is logged at 0
	 * or an assessment clears it, however old their last entry. */
	struct advice_flag *flags = advice_flags(h, today, &n_flags);
	const struct race *key = phase_key_race(h, today);

	*in = (struct selfcare_inputs){ .today = today, .days_to_key_race = -1 };
	in->phase = phase_at(h, today, NULL);
	in->sore = g_new0(struct selfcare_sore, REGION_COUNT * 3 + 1);
	/* Region then side order, as the advice lists them. */
	for (int r = 0; r < REGION_COUNT; r++) {
		for (int s = 0; s < 3; s++) {
			bool flagged = false;
			int level = 0;

			if (region_has_side(r) ? s == SIDE_NONE : s != SIDE_NONE)
				continue;
			for (size_t i = 0; i < n_flags; i++)
				flagged |= flags[i].region == (enum region)r &&
					   flags[i].side == (enum side)s;
			if (!flagged && !logged_lately(h, today, r, s))
				continue;
			/* The level every surface shows (stale entries count less). */
			level = advice_effective_level(h, today, r, s);
			if (level <= 0 && !flagged)
				continue;
			in->sore[in->n_sore++] = (struct selfcare_sore){
				.region = r, .side = s, .level = level, .flagged = flagged
			};
		}
	}
	for (size_t i = 0; i < n_flags; i++)
		block(in, flags[i].region, flags[i].side);
	g_free(flags);

	for (size_t i = 0; i < h->n_races; i++) {
		if (h->races[i].date == today)
			in->race_today = true;
		if (h->races[i].date == today + 1)
			in->race_tomorrow = true;
		if ((h->races[i].date == today || h->races[i].date == today - 1) &&
		    h->races[i].distance_m >= SELFCARE_LONG_RACE_M)
			in->long_race = true;
		if (race_is_key(&h->races[i]) &&
		    ABS(h->races[i].date - today) <= SELFCARE_PRE_RACE_DAYS)
			in->near_key_race = true;
	}
	for (size_t i = 0; i < h->n_runs; i++) {
		const struct run *r = &h->runs[i];
		dayno d = wtime_day(r->start);

		if (d > today || d < today - 1 || !run_is_hard(h, r))
			continue;
		if (r->kind == RUN_RACE && r->distance_m >= SELFCARE_LONG_RACE_M)
			in->long_race = true;
		if (d == today) {
			in->hard_today = true;
			if (r->kind == RUN_RACE)
				in->race_today = true;
		} else {
			in->hard_yesterday = true;
		}
	}
	/* A race of the calendar is a hard effort, logged as a run or not. */
	if (in->race_today)
		in->hard_today = true;
	if (key && race_is_key(key))
		in->days_to_key_race = key->date - today;
	read_massages(in, h);
	read_ticks(in, ticks, n_ticks);
	read_week(in, h);
}

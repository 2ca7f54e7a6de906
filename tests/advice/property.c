/* SPDX-License-Identifier: GPL-3.0-or-later */
/* property.c - the gate's rules as invariants over random histories.
 *
 *   property [COUNT [FIRST_SEED]]   check COUNT histories (PROPERTY_COUNT,
 *                                   else 2000), seeds FIRST_SEED on
 *                                   (PROPERTY_SEED, else 1)
 *   property --sql SEED             print history SEED as SQL for a knead
 *                                   database, then "-- now TIME" (for the
 *                                   surfaces' test, surfaces.sh)
 *
 * A history has runs with and without effort ratings and heart rates,
 * gaps of weeks, runs later today, soreness with sharp entries and midline
 * regions, massages with and without regions, bookings ahead, races of
 * every priority around today and assessments, at a time of day that may
 * be near midnight.  The self-care plan (knead plan) and the therapist's
 * brief (knead brief, on next's day and on a day of the runner's choosing)
 * are checked on the same histories against the same flags and race rules.
 * A broken rule prints its seed: `property 1 SEED`
 * replays it; seeds that once failed are kept in regression_seeds[]. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <glib.h>
#include "core/advice/advice.h"
#include "core/advice/phase.h"
#include "core/brief/brief.h"
#include "core/clock.h"
#include "core/model.h"
#include "core/regions.h"
#include "core/selfcare/selfcare.h"

/* Seeds that once broke a rule, checked on every run. */
static const guint32 regression_seeds[] = { 1 };

static dayno base_day(void)
{
	return wtime_day(wtime_make(2026, 6, 1, 0, 0, 0));
}

/* ---- generation --------------------------------------------------------- */

struct gen {
	GRand *r;
	struct history h;
	wtime now;
	dayno today;
};

static int rnd(struct gen *g, int lo, int hi) /* lo..hi inclusive */
{
	return g_rand_int_range(g->r, lo, hi + 1);
}

static bool chance(struct gen *g, double p)
{
	return g_rand_double(g->r) < p;
}

static void add_run(struct gen *g, wtime start, double km, double min, enum run_kind kind)
{
	struct run *r;

	g->h.runs = g_renew(struct run, g->h.runs, g->h.n_runs + 1);
	r = &g->h.runs[g->h.n_runs++];
	*r = (struct run){ .id = (int64_t)g->h.n_runs, .start = start, .distance_m = km * 1000,
			   .duration_s = min * 60, .kind = kind, .elevation_m = -1 };
	if (chance(g, 0.6))
		r->rpe = rnd(g, 1, 10);
	else if (chance(g, 0.5))
		r->avg_hr = rnd(g, 110, 185);
}

static void add_sore(struct gen *g, wtime t, enum region reg, enum side side, int level, bool sharp)
{
	struct soreness *s;

	if (!region_has_side(reg))
		side = SIDE_NONE;
	g->h.soreness = g_renew(struct soreness, g->h.soreness, g->h.n_soreness + 1);
	s = &g->h.soreness[g->h.n_soreness++];
	*s = (struct soreness){ .id = (int64_t)g->h.n_soreness, .time = t, .region = reg,
				.side = side, .level = level, .sharp = sharp };
}

static void add_massage(struct gen *g, dayno d, enum massage_kind kind)
{
	struct massage *m;

	g->h.massages = g_renew(struct massage, g->h.massages, g->h.n_massages + 1);
	m = &g->h.massages[g->h.n_massages++];
	*m = (struct massage){ .id = (int64_t)g->h.n_massages, .date = d, .kind = kind };
	if (chance(g, 0.4)) {
		int n = rnd(g, 1, 2);

		m->regions = g_new0(struct region_side, n);
		for (int i = 0; i < n; i++) {
			enum region reg = (enum region)rnd(g, 0, REGION_COUNT - 1);

			m->regions[i] = (struct region_side){
				reg, region_has_side(reg) ? (enum side)rnd(g, 0, 2) : SIDE_NONE };
		}
		m->n_regions = (size_t)n;
		/* Two entries of one region and side are one. */
		if (n == 2 && m->regions[0].region == m->regions[1].region &&
		    m->regions[0].side == m->regions[1].side)
			m->n_regions = 1;
	}
}

static void add_race(struct gen *g, dayno d, char priority)
{
	static const double km[] = { 5, 10, 21.1, 42.195, 50, 100 };
	struct race *r;

	g->h.races = g_renew(struct race, g->h.races, g->h.n_races + 1);
	r = &g->h.races[g->h.n_races++];
	*r = (struct race){ .id = (int64_t)g->h.n_races, .date = d,
			    .name = g_strdup_printf("Race %zu", g->h.n_races),
			    .distance_m = km[rnd(g, 0, 5)] * 1000, .priority = priority };
}

static void add_assessment(struct gen *g, wtime t, enum region reg, enum side side, bool cleared)
{
	g->h.assessments = g_renew(struct assessment, g->h.assessments, g->h.n_assessments + 1);
	g->h.assessments[g->h.n_assessments++] = (struct assessment){
		.id = (int64_t)g->h.n_assessments + 1, .time = t, .region = reg,
		.side = region_has_side(reg) ? side : SIDE_NONE, .cleared = cleared };
}

static int assessment_cmp(const void *pa, const void *pb)
{
	const struct assessment *a = pa, *b = pb;

	return a->time < b->time ? -1 : a->time > b->time;
}

/* A random history ending at g->now. */
static void generate(struct gen *g, guint32 seed)
{
	static const int hours[] = { 0, 6, 7, 9, 12, 18, 21, 23 };
	const int span = rnd(g, 0, 1) ? 120 : 50;
	int per_week, gap_from, gap_len, n;
	/* A few regions the runner keeps feeling. */
	enum region favourite[3];

	(void)seed;
	memset(&g->h, 0, sizeof g->h);
	g->today = base_day() + rnd(g, 0, 300);
	g->now = day_start(g->today) + (wtime)hours[rnd(g, 0, 7)] * 3600 + rnd(g, 0, 59) * 60;
	per_week = rnd(g, 0, 7);
	gap_from = rnd(g, 0, span);
	gap_len = chance(g, 0.3) ? rnd(g, 7, 35) : 0;
	for (int i = 0; i < 3; i++)
		favourite[i] = (enum region)rnd(g, 0, REGION_COUNT - 1);

	/* Runs, oldest first; maybe one later today. */
	for (int d = -span; d <= 0; d++) {
		if (d >= -gap_from - gap_len && d < -gap_from)
			continue;
		if (rnd(g, 0, 6) >= per_week)
			continue;
		wtime start = day_start(g->today + d) + (wtime)rnd(g, 5, 20) * 3600;
		bool long_day = day_weekday(g->today + d) == 6;
		double km = long_day ? rnd(g, 12, 38) : rnd(g, 4, 16);

		if (d == 0 && start > g->now && !chance(g, 0.5))
			continue;
		add_run(g, start, km, km * rnd(g, 4, 7),
			long_day ? RUN_LONG : (enum run_kind)rnd(g, 0, RUN_KIND_COUNT - 1));
	}
	/* Soreness: spells on the favourite regions, and the odd other. */
	n = rnd(g, 0, 30);
	for (int i = 0; i < n; i++) {
		int d = -rnd(g, 0, 40);
		enum region reg = chance(g, 0.7) ? favourite[rnd(g, 0, 2)]
						 : (enum region)rnd(g, 0, REGION_COUNT - 1);
		wtime t = day_start(g->today + d) + (wtime)rnd(g, 0, 23) * 3600;

		if (d == 0 && t > g->now)
			t = g->now;
		add_sore(g, t, reg, (enum side)rnd(g, 1, 2), MIN(rnd(g, 0, 10), rnd(g, 0, 10)),
			 chance(g, 0.04));
	}
	/* A persistent one-sided spell now and then. */
	if (chance(g, 0.15)) {
		enum region reg = favourite[0];
		int len = rnd(g, 5, 14);

		for (int d = -len; d <= 0; d++)
			add_sore(g, day_start(g->today + d) + 8 * 3600, reg, SIDE_LEFT, rnd(g, 4, 6),
				 false);
	}
	/* Soreness is kept in time order, as the store gives it. */
	for (size_t i = 1; i < g->h.n_soreness; i++)
		for (size_t j = i; j > 0 && g->h.soreness[j].time < g->h.soreness[j - 1].time; j--) {
			struct soreness t = g->h.soreness[j];

			g->h.soreness[j] = g->h.soreness[j - 1];
			g->h.soreness[j - 1] = t;
		}
	/* Massages: past sessions, and bookings ahead. */
	n = rnd(g, 0, 8);
	for (int i = 0; i < n; i++)
		add_massage(g, g->today - rnd(g, 0, 60), (enum massage_kind)rnd(g, 0, MASSAGE_KIND_COUNT - 1));
	n = chance(g, 0.4) ? rnd(g, 1, 2) : 0;
	for (int i = 0; i < n; i++)
		add_massage(g, g->today + rnd(g, 1, 20),
			    (enum massage_kind)rnd(g, 0, MASSAGE_KIND_COUNT - 1));
	for (size_t i = 1; i < g->h.n_massages; i++)
		for (size_t j = i; j > 0 && g->h.massages[j].date < g->h.massages[j - 1].date; j--) {
			struct massage t = g->h.massages[j];

			g->h.massages[j] = g->h.massages[j - 1];
			g->h.massages[j - 1] = t;
		}
	/* Races around today. */
	n = rnd(g, 0, 3);
	for (int i = 0; i < n; i++)
		add_race(g, g->today + rnd(g, -20, 40), "ABC"[rnd(g, 0, 2)]);
	for (size_t i = 1; i < g->h.n_races; i++)
		for (size_t j = i; j > 0 && g->h.races[j].date < g->h.races[j - 1].date; j--) {
			struct race t = g->h.races[j];

			g->h.races[j] = g->h.races[j - 1];
			g->h.races[j - 1] = t;
		}
	/* Assessments of a favourite region. */
	if (chance(g, 0.2)) {
		wtime t = day_start(g->today - rnd(g, 0, 20)) + 12 * 3600;

		add_assessment(g, t < g->now ? t : g->now, favourite[rnd(g, 0, 2)],
			       (enum side)rnd(g, 0, 2), chance(g, 0.5));
	}
	if (g->h.n_assessments > 1) /* qsort takes no NULL, even for none */
		qsort(g->h.assessments, g->h.n_assessments, sizeof *g->h.assessments,
		      assessment_cmp);
}

/* ---- the rules ---------------------------------------------------------- */

struct check {
	guint32 seed;
	int failures;
	/* What the histories reached, so that a run shows it tested something. */
	long flagged, deep, light, bookings_made_safe, follow_ups, near_race;
	long selfcare_items, selfcare_rolls, selfcare_before_race, briefs_light;
};

#define FAIL(c, ...)                                                                        \
	do {                                                                                \
		fprintf(stdout, "# property: seed %u: ", (unsigned)(c)->seed);              \
		fprintf(stdout, __VA_ARGS__);                                               \
		fputc('\n', stdout);                                                        \
		(c)->failures++;                                                            \
	} while (0)

/* An A or B race from `before` days after d to `after` days before it. */
static const struct race *key_race_near(const struct history *h, dayno d, int before, int after)
{
	for (size_t i = 0; i < h->n_races; i++)
		if (race_is_key(&h->races[i]) && d >= h->races[i].date - before &&
		    d <= h->races[i].date + after)
			return &h->races[i];
	return NULL;
}

static bool near_open_flag(const struct advice_flag *f, size_t nf, enum region r, enum side s)
{
	for (size_t i = 0; i < nf; i++)
		if (advice_regions_neighbours(f[i].region, f[i].side, r, s))
			return true;
	return false;
}

/* The race rules for a session of kind k (light or not) on day d. */
static void check_race_rules(struct check *c, const struct history *h, dayno today, dayno d,
			     enum massage_kind k, bool light, const char *what)
{
	char buf[DATE_BUF];

	if (advice_kind_is_deep(k) &&
	    key_race_near(h, d, ADVICE_WINDOW_BEFORE_DAYS, ADVICE_WINDOW_DAYS))
		FAIL(c, "%s: %s on %s, inside a race window", what, massage_kind_id(k),
		     day_format(d, buf));
	if (k == MASSAGE_SPORTS && !light &&
	    key_race_near(h, d, ADVICE_LIGHT_BEFORE_DAYS, ADVICE_WINDOW_DAYS))
		FAIL(c, "%s: a full-pressure sports massage on %s, within 6 days of a race", what,
		     day_format(d, buf));
	if (advice_kind_is_deep(k) && !history_had_massage(h, today, k) &&
	    key_race_near(h, d, ADVICE_DEEP_LEAD_IN_DAYS, ADVICE_WINDOW_DAYS))
		FAIL(c, "%s: a first-ever %s on %s, within 7 days of a race", what,
		     massage_kind_id(k), day_format(d, buf));
}

/* Triage that lasts, from the history alone: a sharp entry, or a first
 * entry at 8 or more on the midline, with no entry at 0 after it and no
 * assessment after it, is an open flag. */
static void check_lasting_flags(struct check *c, const struct history *h, dayno today,
				const struct advice_flag *f, size_t nf)
{
	for (size_t i = 0; i < h->n_soreness; i++) {
		const struct soreness *e = &h->soreness[i];
		bool first = true, closed = false, found = false;

		if (wtime_day(e->time) < advice_history_from(today) || e->level <= 0)
			continue;
		for (size_t j = 0; j < i; j++)
			if (h->soreness[j].region == e->region && h->soreness[j].side == e->side &&
			    h->soreness[j].level > 0 &&
			    wtime_day(h->soreness[j].time) >= wtime_day(e->time) - ADVICE_NEW_SPELL_DAYS)
				first = false;
		if (!(e->sharp || (advice_region_is_midline(e->region) && first &&
				   e->level >= ADVICE_SUDDEN_LEVEL)))
			continue;
		/* Logged at 0 after it (the store's order: time, then entry). */
		for (size_t j = i + 1; j < h->n_soreness; j++)
			if (h->soreness[j].region == e->region && h->soreness[j].side == e->side &&
			    h->soreness[j].level == 0)
				closed = true;
		for (size_t j = 0; j < h->n_assessments; j++)
			if (h->assessments[j].region == e->region &&
			    wtime_day(h->assessments[j].time) >= wtime_day(e->time))
				closed = true;
		if (closed)
			continue;
		for (size_t j = 0; j < nf; j++)
			found |= f[j].region == e->region && f[j].side == e->side;
		if (!found)
			FAIL(c, "%s %s at %d%s on day %d is not flagged", region_id(e->region),
			     side_id(e->side) ? side_id(e->side) : "", e->level,
			     e->sharp ? " (sharp)" : "", (int)(wtime_day(e->time) - today));
	}
}

/* The level a region and side ended a day at (its last entry), or -1. */
static int day_level(const struct history *h, enum region r, enum side side, dayno d)
{
	int level = -1;
	wtime at = 0;

	for (size_t i = 0; i < h->n_soreness; i++) {
		const struct soreness *e = &h->soreness[i];

		if (e->region == r && e->side == side && wtime_day(e->time) == d &&
		    (level < 0 || e->time >= at)) {
			level = e->level;
			at = e->time;
		}
	}
	return level;
}

/* One side at 4 or more for more than 7 days, the other side below 4, and
 * nothing at 0 nor a clearing assessment since: an open flag. */
static void check_persistent_flags(struct check *c, const struct history *h, dayno today,
				   const struct advice_flag *f, size_t nf)
{
	for (int r = 0; r < REGION_COUNT; r++) {
		if (!region_has_side((enum region)r))
			continue;
		for (int side = SIDE_LEFT; side <= SIDE_RIGHT; side++) {
			const enum side other = side == SIDE_LEFT ? SIDE_RIGHT : SIDE_LEFT;
			bool found = false, closed = false;
			dayno first = 0, trigger = 0;

			/* As the engine reads it: on a day at 4 or more, the entries of
			 * the 14 days up to it, back to one under 4. */
			for (dayno d = today - 40; d <= today; d++) {
				dayno fk = d;
				bool one_side = true;

				if (day_level(h, (enum region)r, (enum side)side, d) < ADVICE_LEVEL_RAISED)
					continue;
				for (dayno k = d; k > d - ADVICE_SORE_SPAN; k--) {
					int lv = day_level(h, (enum region)r, (enum side)side, k);

					if (lv < 0)
						continue;
					if (lv < ADVICE_LEVEL_RAISED)
						break;
					fk = k;
				}
				if (d - fk <= ADVICE_PERSISTENT_DAYS)
					continue;
				for (dayno k = fk; k <= d; k++)
					one_side &= day_level(h, (enum region)r, other, k) < ADVICE_LEVEL_RAISED;
				if (one_side && !trigger) {
					trigger = d;
					first = fk;
				}
			}
			if (!trigger)
				continue;
			for (size_t i = 0; i < h->n_soreness; i++)
				if (h->soreness[i].region == (enum region)r &&
				    h->soreness[i].side == (enum side)side && h->soreness[i].level == 0 &&
				    wtime_day(h->soreness[i].time) >= trigger)
					closed = true;
			for (size_t i = 0; i < h->n_assessments; i++)
				if (h->assessments[i].region == (enum region)r &&
				    wtime_day(h->assessments[i].time) >= first)
					closed = true;
			if (closed)
				continue;
			for (size_t j = 0; j < nf; j++)
				found |= f[j].region == (enum region)r && f[j].side == (enum side)side;
			if (!found)
				FAIL(c, "%s %s at 4 or more from day %d to day %d, one side: not flagged",
				     region_id((enum region)r), side_id((enum side)side),
				     (int)(first - today), (int)(trigger - today));
		}
	}
}

static bool has_rule(const struct advice *a, const char *id)
{
	for (size_t i = 0; i < a->n_rules; i++)
		if (strcmp(a->rules[i], id) == 0)
			return true;
	return false;
}

static void check_selfcare(struct check *c, const struct history *h, wtime now,
			   const struct advice_flag *f, size_t nf);
static void check_brief(struct check *c, const struct history *h, wtime now,
			const struct advice *a, const struct advice_flag *f, size_t nf);

static void check_plan(struct check *c, const struct history *h, wtime now)
{
	const dayno today = wtime_day(now);
	struct advice a;
	size_t nf;
	struct advice_flag *f = advice_flags(h, today, &nf);
	size_t open = 0, referred = 0;

	advice_next(h, now, &a);
	c->flagged += nf > 0;
	c->deep += advice_kind_is_deep(a.kind);
	c->light += a.light_pressure;
	c->bookings_made_safe += a.has_booking && a.booked_safe_kind != a.booked_kind;
	c->follow_ups += a.has_follow_up;
	c->near_race += key_race_near(h, a.date, ADVICE_DEEP_LEAD_IN_DAYS, ADVICE_WINDOW_DAYS) != NULL;
	if (a.date < today)
		FAIL(c, "the date is before today");
	check_race_rules(c, h, today, a.date, a.kind, a.light_pressure, "session");
	if (advice_kind_is_deep(a.kind)) {
		for (size_t i = 0; i < a.n_focus; i++)
			if (a.focus[i].level >= ADVICE_LEVEL_SEVERE)
				FAIL(c, "deep work with %s at %d", region_id(a.focus[i].region),
				     a.focus[i].level);
	}
	for (size_t i = 0; i < a.n_focus; i++)
		if (near_open_flag(f, nf, a.focus[i].region, a.focus[i].side))
			FAIL(c, "the focus names %s, in a flagged segment",
			     region_id(a.focus[i].region));
	for (size_t i = 0; i < nf; i++)
		open += !f[i].assessed;
	for (size_t i = 0; i < a.n_see_professional; i++)
		referred += !a.see_professional[i].assessed;
	if (a.n_see_professional != nf || referred != open)
		FAIL(c, "%zu open flags but %zu regions to avoid", nf, a.n_see_professional);
	if (open > 0) {
		bool ease = false;

		for (char **r = a.reasons; r && *r; r++)
			ease |= strstr(*r, "Ease off running") != NULL;
		if (!ease)
			FAIL(c, "an open flag without \"ease off running\"");
		if (!has_rule(&a, "triage"))
			FAIL(c, "an open flag without the triage rule");
	}
	if (a.has_follow_up) {
		for (int d = a.follow_from; d <= a.follow_to; d++)
			check_race_rules(c, h, today, a.date + d, a.follow_kind, false, "follow-up");
		if (near_open_flag(f, nf, a.follow_region, a.follow_side))
			FAIL(c, "a follow-up on a flagged segment");
	}
	if (a.has_booking) {
		check_race_rules(c, h, today, a.booked_date, a.booked_safe_kind, a.booked_light,
				 "booking");
		if (a.booked_safe_kind != a.booked_kind && !a.booking_warning)
			FAIL(c, "a booking made safe without a warning");
		if (a.booking_replaces && (a.date != a.booked_date || a.kind != a.booked_safe_kind))
			FAIL(c, "the booked session shown is not the safe one");
	}
	check_lasting_flags(c, h, today, f, nf);
	check_persistent_flags(c, h, today, f, nf);
	check_selfcare(c, h, now, f, nf);
	check_brief(c, h, now, &a, f, nf);
	g_free(f);
	advice_clear(&a);
}

/* The self-care plan (knead plan) on the same history: nothing on an open
 * flag or its segment but the rest it calls for, nothing new in the days
 * before an A or B race, no cold water through a training phase, and no
 * roller on a tendon, the shin, bone or a joint. */
static void check_selfcare(struct check *c, const struct history *h, wtime now,
			   const struct advice_flag *f, size_t nf)
{
	const dayno today = wtime_day(now);
	const enum phase phase = phase_at(h, today, NULL);
	const struct race *key = phase_key_race(h, today);
	const int days = key && race_is_key(key) ? (int)(key->date - today) : -1;
	bool legs_flagged = false;
	struct selfcare_plan p;

	for (size_t i = 0; i < nf; i++)
		legs_flagged |= f[i].region != REGION_UPPER_BACK;
	selfcare_plan_from_history(h, NULL, 0, now, &p);
	c->selfcare_items += p.n_items > 0;
	for (size_t i = 0; i < p.n_items; i++) {
		const struct selfcare_item *it = &p.items[i];
		bool on_flag = false;

		for (size_t j = 0; j < nf; j++)
			on_flag |= it->has_region && f[j].region == it->region &&
				   f[j].side == it->side;
		if (it->action == SELFCARE_REST) {
			if (!on_flag)
				FAIL(c, "plan: %s rests a region with no open flag", it->id);
			continue;
		}
		if (it->has_region && near_open_flag(f, nf, it->region, it->side))
			FAIL(c, "plan: %s, in a flagged segment", it->id);
		if (!it->has_region && it->action != SELFCARE_SLEEP && legs_flagged)
			FAIL(c, "plan: %s for the legs with a flag on them", it->id);
		if (it->action == SELFCARE_COLD_WATER &&
		    (phase == PHASE_BASE || phase == PHASE_BUILD || phase == PHASE_PEAK))
			FAIL(c, "plan: cold water in phase %s", phase_id(phase));
		/* No ticks: nothing is a habit, so everything of these is new. */
		if (days >= 1 && days <= SELFCARE_PRE_RACE_DAYS &&
		    (it->action == SELFCARE_ROLL || it->action == SELFCARE_COMPRESS ||
		     it->action == SELFCARE_COLD_WATER))
			FAIL(c, "plan: %s, new %d days before an A or B race", it->id, days);
		if (it->action == SELFCARE_ROLL) {
			c->selfcare_rolls++;
			switch (it->region) {
			case REGION_ACHILLES:
			case REGION_SHIN:
			case REGION_FOOT:
			case REGION_KNEE:
			case REGION_IT_BAND:
			case REGION_HIP_FLEXOR:
			case REGION_LOWER_BACK:
				FAIL(c, "plan: %s rolls a tendon, the shin, bone or a joint", it->id);
				break;
			default:
				break;
			}
		}
	}
	c->selfcare_before_race += days >= 1 && days <= SELFCARE_PRE_RACE_DAYS;
	selfcare_plan_clear(&p);
}

/* One session of the brief: the race rules on its day and kind, every open
 * flag in its avoid list (assessed or not, as the flag), no focus in a
 * flagged segment. */
static void check_brief_session(struct check *c, const struct history *h, dayno today,
				const struct brief_session *s, const struct advice_flag *f,
				size_t nf, const char *what)
{
	check_race_rules(c, h, today, s->date, s->kind, s->light_only, what);
	for (size_t i = 0; i < nf; i++) {
		bool found = false;

		for (size_t j = 0; j < s->n_avoid; j++)
			found |= s->avoid[j].region == f[i].region && s->avoid[j].side == f[i].side &&
				 s->avoid[j].assessed == f[i].assessed;
		if (!found)
			FAIL(c, "%s: flagged %s %s not in avoid", what, region_id(f[i].region),
			     side_id(f[i].side) ? side_id(f[i].side) : "");
	}
	for (size_t i = 0; i < s->n_focus; i++)
		if (near_open_flag(f, nf, s->focus[i].region, s->focus[i].side))
			FAIL(c, "%s: the focus names %s, in a flagged segment", what,
			     region_id(s->focus[i].region));
}

/* The therapist's brief (knead brief) agrees with the gated plan: the same
 * date, kind and pressure, and, on a day of the runner's choosing (--for),
 * what the gate allows that day. */
static void check_brief(struct check *c, const struct history *h, wtime now,
			const struct advice *a, const struct advice_flag *f, size_t nf)
{
	const dayno today = wtime_day(now);
	struct brief_options opt = { .units = UNIT_KM };
	struct brief b;

	brief_from_history(h, now, &opt, &b);
	if (b.session.date != a->date || b.session.kind != a->kind)
		FAIL(c, "brief: %s on day %+d, next: %s on day %+d",
		     massage_kind_id(b.session.kind), (int)(b.session.date - today),
		     massage_kind_id(a->kind), (int)(a->date - today));
	if (a->light_pressure && !b.session.light_only)
		FAIL(c, "brief: usual pressure where next asks for light");
	c->briefs_light += b.session.light_only;
	check_brief_session(c, h, today, &b.session, f, nf, "brief");
	brief_clear(&b);

	opt.has_for = true;
	opt.for_date = today + (dayno)(c->seed % 15);
	brief_from_history(h, now, &opt, &b);
	if (b.session.date != opt.for_date)
		FAIL(c, "brief --for: the session is not on the day asked for");
	check_brief_session(c, h, today, &b.session, f, nf, "brief --for");
	brief_clear(&b);
}

/* ---- SQL for the surfaces' test ----------------------------------------- */

static void sql_text(const char *s)
{
	if (!s) {
		fputs("NULL", stdout);
		return;
	}
	putchar('\'');
	for (; *s; s++) {
		if (*s == '\'')
			putchar('\'');
		putchar(*s);
	}
	putchar('\'');
}

static void print_sql(const struct gen *g)
{
	char t[DATETIME_BUF], d[DATE_BUF];

	puts("BEGIN;");
	for (size_t i = 0; i < g->h.n_runs; i++) {
		const struct run *r = &g->h.runs[i];

		printf("INSERT INTO runs (start, distance_m, duration_s, kind, rpe, avg_hr) VALUES ('%s', %.0f, %.0f, '%s', ",
		       wtime_format(r->start, t), r->distance_m, r->duration_s, run_kind_id(r->kind));
		printf(r->rpe ? "%d, " : "NULL, ", r->rpe);
		printf(r->avg_hr ? "%d);\n" : "NULL);\n", r->avg_hr);
	}
	for (size_t i = 0; i < g->h.n_soreness; i++) {
		const struct soreness *s = &g->h.soreness[i];

		printf("INSERT INTO soreness (time, region, side, level, sharp) VALUES ('%s', '%s', ",
		       wtime_format(s->time, t), region_id(s->region));
		sql_text(side_id(s->side));
		printf(", %d, %d);\n", s->level, s->sharp ? 1 : 0);
	}
	for (size_t i = 0; i < g->h.n_massages; i++) {
		const struct massage *m = &g->h.massages[i];

		/* A fresh database: the ids are ours to give. */
		printf("INSERT INTO massages (id, date, kind) VALUES (%zu, '%s', '%s');\n", i + 1,
		       day_format(m->date, d), massage_kind_id(m->kind));
		for (size_t j = 0; j < m->n_regions; j++) {
			printf("INSERT INTO massage_regions (massage_id, region, side) VALUES (%zu, '%s', ",
			       i + 1, region_id(m->regions[j].region));
			sql_text(side_id(m->regions[j].side));
			puts(");");
		}
	}
	for (size_t i = 0; i < g->h.n_races; i++) {
		const struct race *r = &g->h.races[i];

		printf("INSERT INTO races (date, name, distance_m, priority) VALUES ('%s', ",
		       day_format(r->date, d));
		sql_text(r->name);
		printf(", %.0f, '%c');\n", r->distance_m, r->priority);
	}
	for (size_t i = 0; i < g->h.n_assessments; i++) {
		const struct assessment *as = &g->h.assessments[i];

		printf("INSERT INTO assessments (time, region, side, cleared) VALUES ('%s', '%s', ",
		       wtime_format(as->time, t), region_id(as->region));
		sql_text(side_id(as->side));
		printf(", %d);\n", as->cleared ? 1 : 0);
	}
	puts("COMMIT;");
	/* knead's --now takes minutes. */
	wtime_format(g->now, t);
	t[16] = '\0';
	printf("-- now %s\n", t);
}

static void run_seed(struct check *c, guint32 seed, bool sql)
{
	struct gen g = { .r = g_rand_new_with_seed(seed) };

	c->seed = seed;
	generate(&g, seed);
	if (sql)
		print_sql(&g);
	else
		check_plan(c, &g.h, g.now);
	history_clear(&g.h);
	g_rand_free(g.r);
}

int main(int argc, char **argv)
{
	struct check c = { 0 };
	const char *env_count = g_getenv("PROPERTY_COUNT"), *env_seed = g_getenv("PROPERTY_SEED");
	long count = env_count ? atol(env_count) : 2000;
	guint32 first = env_seed ? (guint32)strtoul(env_seed, NULL, 10) : 1;

	if (argc == 3 && strcmp(argv[1], "--sql") == 0) {
		run_seed(&c, (guint32)strtoul(argv[2], NULL, 10), true);
		return 0;
	}
	if (argc >= 2)
		count = atol(argv[1]);
	if (argc >= 3)
		first = (guint32)strtoul(argv[2], NULL, 10);
	for (size_t i = 0; i < G_N_ELEMENTS(regression_seeds); i++)
		run_seed(&c, regression_seeds[i], false);
	for (long i = 0; i < count && c.failures < 20; i++)
		run_seed(&c, first + (guint32)i, false);
	/* TAP, as every test of make check speaks it. */
	printf("1..1\n");
	printf("# property: %ld with a flag, %ld deep sessions, %ld light sports massages, %ld "
	       "bookings made safe, %ld follow-ups, %ld dates within 7 days of a race\n",
	       c.flagged, c.deep, c.light, c.bookings_made_safe, c.follow_ups, c.near_race);
	printf("# property: %ld self-care plans with items, %ld rolls, %ld plans 1-2 days before "
	       "an A or B race, %ld briefs at light pressure\n",
	       c.selfcare_items, c.selfcare_rolls, c.selfcare_before_race, c.briefs_light);
	if (c.failures) {
		printf("not ok 1 - %d broken rule(s) in %ld random histories; replay one with: "
		       "property 1 SEED\n", c.failures, count);
		return 1;
	}
	printf("ok 1 - %ld random histories (seeds %u to %lu) keep every rule\n", count,
	       (unsigned)first, (unsigned long)first + (unsigned long)count - 1);
	return 0;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* demo.c - a generated training block that looks like a real runner's. */
#include <math.h>
#include "core/clock.h"
#include "core/store/demo.h"
#include "core/error.h"
#include "core/i18n.h"

/* Weeks of a training cycle: the long run grows over it, then starts again. */
#define CYCLE_WEEKS 12
#define LONG_RUN_FIRST_KM 14.0
#define LONG_RUN_STEP_KM 0.7
/* The IT band starts to complain this many weeks before the end. */
#define NIGGLE_WEEKS 5
#define MASSAGE_DAYS_AGO 17
#define MASSAGE_EVERY_DAYS 21
#define RACE_A_IN_DAYS 21
#define RACE_C_WEEKS_AGO 5
#define PAST_RACE_EVERY_WEEKS 16

struct demo {
	struct store *st;
	GRand *rng;
	dayno first, today;
	GError **err;
	bool ok;
};

struct pace {
	enum run_kind kind;
	double sec_per_km; /* mean */
	int rpe_lo, rpe_hi;
	int hr;
};

static const struct pace paces[RUN_KIND_COUNT] = {
	[RUN_EASY] = { RUN_EASY, 345, 3, 4, 141 },
	[RUN_LONG] = { RUN_LONG, 355, 5, 6, 146 },
	[RUN_TEMPO] = { RUN_TEMPO, 292, 7, 7, 164 },
	[RUN_INTERVALS] = { RUN_INTERVALS, 305, 8, 8, 168 },
	[RUN_RACE] = { RUN_RACE, 275, 9, 9, 176 },
	[RUN_TRAIL] = { RUN_TRAIL, 400, 5, 6, 150 },
	[RUN_RECOVERY] = { RUN_RECOVERY, 380, 2, 2, 132 },
};

static double jitter(struct demo *d, double v, double fraction)
{
	return v * g_rand_double_range(d->rng, 1.0 - fraction, 1.0 + fraction);
}

static wtime at(dayno day, int hour, int minute)
{
	return day_start(day) + hour * 3600 + minute * 60;
}

static void add_run(struct demo *d, dayno day, int hour, enum run_kind kind, double km,
		    const char *note)
{
	const struct pace *p = &paces[kind];
	struct run r = {
		.start = at(day, hour, g_rand_int_range(d->rng, 0, 45)),
		.distance_m = round(jitter(d, km, 0.04) * 100) * 10,
		.kind = kind,
		.elevation_m = kind == RUN_TRAIL ? round(jitter(d, 180, 0.2)) : -1,
		.source = SOURCE_MANUAL,
		.note = (char *)note,
	};

	if (!d->ok)
		return;
	r.duration_s = round(r.distance_m / 1000.0 * jitter(d, p->sec_per_km, 0.03));
	/* One run in six has no effort logged, as in real logs: the load
	 * then comes from its kind. */
	if (g_rand_int_range(d->rng, 0, 6) != 0)
		r.rpe = g_rand_int_range(d->rng, p->rpe_lo, p->rpe_hi + 1) +
			(kind == RUN_LONG && km > 20 ? 1 : 0);
	r.avg_hr = (int)round(jitter(d, p->hr, 0.02));
	d->ok = store_run_add(d->st, &r, NULL, d->err);
}

static void add_sore(struct demo *d, dayno day, enum region region, enum side side, int level)
{
	struct soreness s = {
		.time = at(day, 7, 30),
		.region = region,
		.side = side,
		.level = CLAMP(level, 0, 10),
	};

	if (d->ok && day < d->today)
		d->ok = store_soreness_add(d->st, &s, NULL, d->err);
}

static void add_sore_both(struct demo *d, dayno day, enum region region, int level)
{
	/* The right side a touch worse now and then: runners are not symmetric. */
	add_sore(d, day, region, SIDE_LEFT, level);
	add_sore(d, day, region, SIDE_RIGHT, level + (g_rand_int_range(d->rng, 0, 3) == 0));
}

static void add_race(struct demo *d, dayno day, const char *name, double metres, char priority)
{
	struct race r = { .date = day, .name = (char *)name, .distance_m = metres,
			  .priority = priority };

	if (d->ok)
		d->ok = store_race_add(d->st, &r, NULL, d->err);
}

static void add_massage(struct demo *d, dayno day, enum massage_kind kind, bool niggle)
{
	struct region_side regions[4] = {
		{ REGION_CALF, SIDE_LEFT },
		{ REGION_CALF, SIDE_RIGHT },
		{ REGION_HAMSTRING, SIDE_NONE },
		{ REGION_IT_BAND, SIDE_RIGHT },
	};
	struct massage m = {
		.date = day,
		.kind = kind,
		.regions = regions,
		.n_regions = niggle ? 4 : 3,
		.therapist = (char *)"Julie Gagnon",
	};

	if (d->ok)
		d->ok = store_massage_add(d->st, &m, NULL, d->err);
}

static double long_run_km(int weeks_before_now)
{
	int pos = CYCLE_WEEKS - 1 - weeks_before_now % CYCLE_WEEKS;
	double km = LONG_RUN_FIRST_KM + LONG_RUN_STEP_KM * pos;

	return pos % 4 == 3 ? km * 0.75 : km; /* a lighter week every fourth */
}

/* Days that are races in the past: the C 10K five weeks ago on a Saturday,
 * and one every PAST_RACE_EVERY_WEEKS weeks before it. */
static bool past_race_on(const struct demo *d, dayno day, int *index)
{
	dayno this_saturday = d->today - day_weekday(d->today) + 5;
	dayno c_race = this_saturday - 7 * RACE_C_WEEKS_AGO;

	if (day > c_race || (c_race - day) % (7 * PAST_RACE_EVERY_WEEKS) != 0)
		return false;
	*index = (c_race - day) / (7 * PAST_RACE_EVERY_WEEKS);
	return true;
}

static void generate_day(struct demo *d, dayno day)
{
	int wd = day_weekday(day);
	int weeks_before = (int)((d->today - day_weekday(d->today) - (day - wd)) / 7);
	double long_km = long_run_km(weeks_before);
	bool niggle = weeks_before < NIGGLE_WEEKS;
	int race_index;
	/* Life gets in the way of a planned run now and then. */
	bool skipped = g_rand_int_range(d->rng, 0, 14) == 0;

	if (past_race_on(d, day, &race_index)) {
		bool ten_k = race_index % 2 == 0;
		add_race(d, day, ten_k ? _("Lachine Canal 10K") : _("Mont-Royal 15K"),
			 ten_k ? 10000 : 15000, ten_k ? 'C' : 'B');
		add_run(d, day, 8, RUN_RACE, ten_k ? 10.0 : 15.0, NULL);
		add_sore_both(d, day + 1, REGION_CALF, 4);
		add_sore_both(d, day + 1, REGION_QUAD, 3);
		add_sore_both(d, day + 2, REGION_CALF, 2);
		return;
	}
	switch (wd) {
	case 0: /* Monday: rest, and the long run shows */
	case 4: /* Friday: rest */
		break;
	case 1: /* Tuesday: intervals, or tempo on odd weeks */
		if (!skipped)
			add_run(d, day, 7, weeks_before % 2 ? RUN_TEMPO : RUN_INTERVALS,
				8.0 + 0.15 * (CYCLE_WEEKS - weeks_before % CYCLE_WEEKS),
				weeks_before % 2 ? NULL : "6 x 800 m, Lachine Canal");
		break;
	case 2: /* Wednesday: easy */
		if (!skipped)
			add_run(d, day, 7, RUN_EASY, 8.0, NULL);
		break;
	case 3: /* Thursday: tempo, or hills on Mont-Royal every third week */
		if (!skipped) {
			if (weeks_before % 3 == 0)
				add_run(d, day, 18, RUN_TRAIL, 9.0, "Mont-Royal");
			else
				add_run(d, day, 18, RUN_TEMPO, 9.0, NULL);
		}
		break;
	case 5: /* Saturday: easy, or recovery after a hard week */
		add_run(d, day, 9, long_km > 18 ? RUN_RECOVERY : RUN_EASY, 6.5, NULL);
		break;
	case 6: /* Sunday: the long run */
		add_run(d, day, 8, RUN_LONG, long_km, long_km > 19 ? "Verdun - Old Port" : NULL);
		break;
	}

	/* Soreness follows the load: the day after the long run, two days on. */
	if (wd == 0 && day - 1 >= d->first) {
		int base = 2 + (int)round((long_km - LONG_RUN_FIRST_KM) / 3.0);
		add_sore_both(d, day, REGION_CALF, base + g_rand_int_range(d->rng, 0, 2));
		add_sore_both(d, day, REGION_QUAD, base - 1);
		if (long_km > 17)
			add_sore(d, day, REGION_HAMSTRING, SIDE_RIGHT, base);
		if (niggle)
			add_sore(d, day, REGION_IT_BAND, SIDE_RIGHT,
				 5 - weeks_before / 2 + g_rand_int_range(d->rng, 0, 2));
	}
	if (wd == 2 && day - 2 >= d->first) {
		add_sore_both(d, day, REGION_CALF, 1 + g_rand_int_range(d->rng, 0, 2));
		if (long_km > 17)
			add_sore(d, day, REGION_HAMSTRING, SIDE_RIGHT, 1);
	}
	if (wd == 4 && niggle) /* after Thursday's tempo or hills */
		add_sore(d, day, REGION_IT_BAND, SIDE_RIGHT,
			 4 - weeks_before / 2 + g_rand_int_range(d->rng, 0, 2));
}

bool demo_generate(struct store *st, wtime now, int weeks, unsigned seed, GError **err)
{
	struct demo d = { .st = st, .err = err, .ok = true };
	dayno massage_day;

	if (weeks < 1) {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_INVALID,
			    _("%d weeks cannot be generated (expected 1 or more)"), weeks);
		return false;
	}
	d.today = wtime_day(now);
	d.first = d.today - 7 * weeks;
	d.rng = g_rand_new_with_seed(seed);
	if (!store_begin(st, err)) {
		g_rand_free(d.rng);
		return false;
	}
	for (dayno day = d.first; day < d.today && d.ok; day++)
		generate_day(&d, day);
	/* A massage two and a half weeks ago, and every three weeks before. */
	for (massage_day = d.today - MASSAGE_DAYS_AGO; massage_day >= d.first && d.ok;
	     massage_day -= MASSAGE_EVERY_DAYS) {
		int k = (d.today - MASSAGE_DAYS_AGO - massage_day) / MASSAGE_EVERY_DAYS;
		add_massage(&d, massage_day, k % 3 == 1 ? MASSAGE_DEEP_TISSUE : MASSAGE_SPORTS,
			    d.today - massage_day < 7 * NIGGLE_WEEKS);
	}
	add_race(&d, d.today + RACE_A_IN_DAYS, _("Montreal Half Marathon"), 21097.5, 'A');
	g_rand_free(d.rng);
	if (!d.ok) {
		store_rollback(st);
		return false;
	}
	return store_commit(st, err);
}

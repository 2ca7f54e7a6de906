/* SPDX-License-Identifier: GPL-3.0-or-later */
/* gen_history.c - writes a realistic training history into a knead database.
 *
 *   gen_history DB YEARS END [SEED]
 *
 * END (YYYY-MM-DD) is the day the benchmark pretends is today: the history
 * covers the YEARS * 365 days before it.  The runner trains in blocks of
 * three building weeks and one easier week, runs about six days a week
 * (rest on Mondays, now and then another rest day), races three or four
 * times a year (one A race, the rest B or C) and tapers into each A race.
 * Soreness follows the load: the morning after a long run, a hard session
 * or a race, one to three regions are logged at a level that grows with the
 * week's volume.  A massage every 14 to 21 days works on the regions that
 * were sore since the last one.  Two races lie ahead of END.
 *
 * Everything goes through the store API (the program's own write path),
 * one transaction per year, so a 100-year history takes seconds.  The
 * random stream is seeded, so a size always gives the same database.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <glib.h>
#include "core/clock.h"
#include "core/regions.h"
#include "core/store/store.h"

#define WEEK 7

struct gen {
	struct store *st;
	GRand *rnd;
	dayno first, end;
	/* Regions sore since the last massage, with their highest level. */
	int sore_since_massage[REGION_COUNT][3];
	dayno next_massage;
	unsigned n_runs, n_soreness, n_massages, n_races;
};

/* Regions a runner reports, weighted by how often they come up. */
static const struct {
	enum region region;
	int weight;
} sore_regions[] = {
	{ REGION_CALF, 8 },	  { REGION_SOLEUS, 3 },	    { REGION_ACHILLES, 2 },
	{ REGION_SHIN, 3 },	  { REGION_FOOT, 2 },	    { REGION_KNEE, 3 },
	{ REGION_QUAD, 5 },	  { REGION_HAMSTRING, 6 },  { REGION_IT_BAND, 4 },
	{ REGION_GLUTE, 3 },	  { REGION_PIRIFORMIS, 2 }, { REGION_HIP_FLEXOR, 3 },
	{ REGION_LOWER_BACK, 2 }, { REGION_UPPER_BACK, 1 },
};

static const char *const race_names[] = {
	"Montreal Marathon", "Lachine Canal 10K", "Mont-Royal Trail 21K", "Verdun 5K",
	"Rosemont Half",     "NDG Classic 15K",
};
static const double race_distances[] = { 42195, 10000, 21097.5, 5000, 21097.5, 15000 };

static enum region pick_region(struct gen *g)
{
	int total = 0, r;

	for (size_t i = 0; i < G_N_ELEMENTS(sore_regions); i++)
		total += sore_regions[i].weight;
	r = g_rand_int_range(g->rnd, 0, total);
	for (size_t i = 0; i < G_N_ELEMENTS(sore_regions); i++) {
		if (r < sore_regions[i].weight)
			return sore_regions[i].region;
		r -= sore_regions[i].weight;
	}
	return REGION_CALF;
}

static void die(const char *what, GError *err)
{
	fprintf(stderr, "gen_history: %s: %s\n", what, err ? err->message : "failed");
	exit(1);
}

/* The races of one calendar year of the history: an A race in the spring
 * or the fall, and two or three B and C races. */
static void plan_races(struct gen *g, dayno year_start, dayno *race_days, char *prio,
		       int *n)
{
	*n = 0;
	race_days[(*n)] = year_start + g_rand_int_range(g->rnd, 120, 140);
	prio[(*n)++] = 'B';
	race_days[(*n)] = year_start + g_rand_int_range(g->rnd, 260, 280);
	prio[(*n)++] = 'A';
	race_days[(*n)] = year_start + g_rand_int_range(g->rnd, 40, 60);
	prio[(*n)++] = 'C';
	if (g_rand_boolean(g->rnd)) {
		race_days[(*n)] = year_start + g_rand_int_range(g->rnd, 190, 210);
		prio[(*n)++] = 'C';
	}
}

static void add_race(struct gen *g, dayno day, char prio)
{
	GError *err = NULL;
	int which = g_rand_int_range(g->rnd, 0, G_N_ELEMENTS(race_names));
	struct race r = {
		.date = day,
		.name = (char *)race_names[which],
		.distance_m = race_distances[which],
		.priority = prio,
	};

	if (!store_race_add(g->st, &r, NULL, &err))
		die("race", err);
	g->n_races++;
}

/* Days to the next A race on or after `day`, or a large number. */
static int days_to_a_race(const dayno *days, const char *prio, int n, dayno day)
{
	int best = 1000;

	for (int i = 0; i < n; i++)
		if (prio[i] == 'A' && days[i] >= day && days[i] - day < best)
			best = days[i] - day;
	return best;
}

static void add_soreness(struct gen *g, dayno day, double load_factor)
{
	GError *err = NULL;
	int n = 1 + g_rand_int_range(g->rnd, 0, load_factor > 1.1 ? 3 : 2);

	for (int i = 0; i < n; i++) {
		enum region region = pick_region(g);
		enum side side = region_has_side(region)
					 ? (g_rand_boolean(g->rnd) ? SIDE_LEFT : SIDE_RIGHT)
					 : SIDE_NONE;
		int level = (int)(2 + load_factor * 3 + g_rand_int_range(g->rnd, -1, 3));
		struct soreness s = {
			.time = day_start(day) + 7 * 3600 + g_rand_int_range(g->rnd, 0, 5400),
			.region = region,
			.side = side,
			.level = CLAMP(level, 1, 9),
		};

		if (!store_soreness_add(g->st, &s, NULL, &err))
			die("soreness", err);
		if (s.level > g->sore_since_massage[region][side])
			g->sore_since_massage[region][side] = s.level;
		g->n_soreness++;
	}
}

static void add_massage(struct gen *g, dayno day, bool near_race)
{
	static const enum massage_kind routine[] = { MASSAGE_SPORTS, MASSAGE_SPORTS,
						     MASSAGE_DEEP_TISSUE, MASSAGE_MYOFASCIAL,
						     MASSAGE_TRIGGER_POINT };
	struct region_side regions[REGION_COUNT * 2];
	GError *err = NULL;
	struct massage m = {
		.date = day,
		.kind = near_race ? MASSAGE_FLUSH
				  : routine[g_rand_int_range(g->rnd, 0, G_N_ELEMENTS(routine))],
		.regions = regions,
		.therapist = g_rand_int_range(g->rnd, 0, 4) ? (char *)"Julie" : (char *)"Marc",
	};

	for (int r = 0; r < REGION_COUNT; r++)
		for (int s = 0; s < 3; s++)
			if (g->sore_since_massage[r][s] >= 3 && m.n_regions < 4)
				regions[m.n_regions++] = (struct region_side){ r, s };
	if (!store_massage_add(g->st, &m, NULL, &err))
		die("massage", err);
	memset(g->sore_since_massage, 0, sizeof(g->sore_since_massage));
	g->next_massage = day + g_rand_int_range(g->rnd, 14, 22);
	g->n_massages++;
}

/* One day: maybe a run, maybe soreness the morning after a hard one, maybe
 * a massage. */
static void add_day(struct gen *g, dayno day, double week_km, int to_a_race, bool race_day,
		    double *yesterday_hard)
{
	static const char *const notes[] = { "felt good", "windy on the canal",
					     "hills on Mont-Royal", "tired legs", NULL };
	GError *err = NULL;
	int weekday = day_weekday(day);
	struct run r = { .elevation_m = -1 };
	double km = 0;
	char source_id[32];

	if (*yesterday_hard > 0)
		add_soreness(g, day, *yesterday_hard);
	else if (g_rand_int_range(g->rnd, 0, 10) == 0)
		add_soreness(g, day, 0.3);
	*yesterday_hard = 0;

	if (day >= g->next_massage && weekday != 6)
		add_massage(g, day, to_a_race <= 3);

	if (race_day) {
		r.kind = RUN_RACE;
		km = 21.1;
	} else if (weekday == 0 || g_rand_int_range(g->rnd, 0, 12) == 0) {
		return; /* rest */
	} else if (weekday == 6) {
		r.kind = RUN_LONG;
		km = week_km * 0.3;
	} else if (weekday == 1) {
		r.kind = RUN_INTERVALS;
		km = week_km * 0.15;
	} else if (weekday == 3) {
		r.kind = RUN_TEMPO;
		km = week_km * 0.16;
	} else if (weekday == 5 && g_rand_boolean(g->rnd)) {
		r.kind = RUN_TRAIL;
		km = week_km * 0.14;
		r.elevation_m = 150 + g_rand_int_range(g->rnd, 0, 250);
	} else {
		r.kind = weekday == 4 ? RUN_RECOVERY : RUN_EASY;
		km = week_km * 0.12;
	}
	km *= g_rand_double_range(g->rnd, 0.9, 1.1);
	r.start = day_start(day) + (weekday == 6 ? 8 : 17) * 3600 +
		  g_rand_int_range(g->rnd, 0, 3600);
	r.distance_m = km * 1000;
	/* Pace in s/km: faster for hard sessions. */
	r.duration_s = km * (r.kind == RUN_INTERVALS || r.kind == RUN_RACE ? 270
			     : r.kind == RUN_TEMPO				? 290
											: 340 +
							  g_rand_int_range(g->rnd, 0, 30));
	r.rpe = r.kind == RUN_RACE ? 9
		: r.kind == RUN_INTERVALS || r.kind == RUN_TEMPO ? 7
		: r.kind == RUN_LONG ? 6
				     : 3 + g_rand_int_range(g->rnd, 0, 2);
	if (g_rand_int_range(g->rnd, 0, 3) != 0)
		r.avg_hr = 130 + r.rpe * 5 + g_rand_int_range(g->rnd, 0, 8);
	r.note = (char *)notes[g_rand_int_range(g->rnd, 0, G_N_ELEMENTS(notes))];
	/* Most runs came from a watch. */
	if (g_rand_int_range(g->rnd, 0, 4) != 0) {
		r.source = SOURCE_GPX;
		snprintf(source_id, sizeof(source_id), "activity_%d.gpx", (int)day);
		r.source_id = source_id;
	}
	if (!store_run_add(g->st, &r, NULL, &err))
		die("run", err);
	g->n_runs++;
	if (r.kind == RUN_LONG || r.kind == RUN_RACE || r.kind == RUN_INTERVALS)
		*yesterday_hard = week_km / 50.0 + (r.kind == RUN_RACE ? 0.5 : 0);
}

int main(int argc, char **argv)
{
	struct gen g = { 0 };
	GError *err = NULL;
	int years, y, m, d;
	char *endp;

	if (argc < 4 || argc > 5) {
		fprintf(stderr, "usage: gen_history DB YEARS END-DATE [SEED]\n");
		return 2;
	}
	years = (int)strtol(argv[2], &endp, 10);
	if (*endp || years < 1 || years > 200 || sscanf(argv[3], "%d-%d-%d", &y, &m, &d) != 3) {
		fprintf(stderr, "gen_history: bad YEARS or END-DATE\n");
		return 2;
	}
	g.rnd = g_rand_new_with_seed(argc == 5 ? (guint32)strtoul(argv[4], NULL, 10) : 42);
	g.end = wtime_day(wtime_make(y, m, d, 0, 0, 0));
	g.first = g.end - years * 365;
	g.next_massage = g.first + 10;
	g.st = store_open(argv[1], &err);
	if (!g.st)
		die(argv[1], err);
	/* A generated file can be rebuilt: trade durability for speed. */
	sqlite3_exec(store_db(g.st), "PRAGMA synchronous = OFF", NULL, NULL, NULL);

	double yesterday_hard = 0;
	for (dayno year_start = g.first; year_start < g.end; year_start += 365) {
		dayno race_days[4];
		char prio[4];
		int n_races;
		dayno year_end = MIN(year_start + 365, g.end);

		plan_races(&g, year_start, race_days, prio, &n_races);
		if (!store_begin(g.st, &err))
			die("begin", err);
		for (int i = 0; i < n_races; i++)
			if (race_days[i] < g.end)
				add_race(&g, race_days[i], prio[i]);
		for (dayno day = year_start; day < year_end; day++) {
			int to_a = days_to_a_race(race_days, prio, n_races, day);
			int week_in_block = (int)((day - g.first) / WEEK) % 4;
			double base = 40 + 10 * ((day - g.first) % 365 > 60) +
				      6 * week_in_block;
			bool race_day = false;

			if (week_in_block == 3)
				base *= 0.7;
			if (to_a <= 14)
				base *= to_a <= 7 ? 0.5 : 0.75; /* taper */
			for (int i = 0; i < n_races; i++)
				race_day |= race_days[i] == day;
			add_day(&g, day, base, to_a, race_day, &yesterday_hard);
		}
		if (!store_commit(g.st, &err))
			die("commit", err);
	}
	/* What lies ahead: a B race in three weeks and an A race in ten. */
	add_race(&g, g.end + 21, 'B');
	add_race(&g, g.end + 70, 'A');
	sqlite3_exec(store_db(g.st), "PRAGMA wal_checkpoint(TRUNCATE)", NULL, NULL, NULL);
	store_close(g.st);
	g_rand_free(g.rnd);
	printf("%d years: %u runs, %u soreness entries, %u massages, %u races\n", years,
	       g.n_runs, g.n_soreness, g.n_massages, g.n_races);
	return 0;
}

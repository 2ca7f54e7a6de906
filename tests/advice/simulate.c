/* SPDX-License-Identifier: GPL-3.0-or-later */
/* simulate.c - a year of following every suggestion, for six runners.
 *
 *   simulate          run the year for every profile, print the table as
 *                     TAP diagnostics and check the bands (make check)
 *   simulate FILE     the same, and write the report (SIMULATION.md) to FILE
 *
 * Each evening the runner logs the day's run, the soreness it left, and
 * asks knead; when the answer's date is today, they get that massage, of
 * that kind, on the focus regions.  Counted: sessions by kind, deep work
 * inside a race's window (must be 0), sessions touching a flagged segment
 * (must be 0) and the mean interval.  Bands from facts.md: a typical
 * runner with two goal races lands between 18 and 30 sessions a year, a
 * beginner between 10 and 20; for every runner the mean interval stays at or
 * above the peak figure of their weekly volume, and fewer than half the
 * sessions are flushes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <glib.h>
#include "core/advice/advice.h"
#include "core/clock.h"
#include "core/model.h"
#include "core/regions.h"

#define DAYS 365

struct race_plan {
	int day; /* from the first day of the year */
	double km;
	char priority;
};

struct profile {
	const char *name;
	double week_km;	  /* usual weekly distance */
	int runs_a_week;
	int off_from, off_days; /* a break: no run */
	struct race_plan races[6];
	size_t n_races;
	/* A one-sided pain that will not settle (the injured runner). */
	bool injury;
	int band_lo, band_hi; /* 0: no band asserted */
};

static const struct profile profiles[] = {
	{ "Beginner, 10 km/week", 10, 3, 0, 0, { { 250, 10, 'B' } }, 1, false, 10, 20 },
	{ "Half-marathoner, 45 km/week, two A races", 45, 4, 0, 0,
	  { { 120, 21.1, 'A' }, { 280, 21.1, 'A' }, { 80, 10, 'C' }, { 200, 10, 'C' } }, 4, false,
	  18, 30 },
	{ "Marathoner, 90 km/week, two A races", 90, 6, 0, 0,
	  { { 130, 42.195, 'A' }, { 290, 42.195, 'A' }, { 95, 21.1, 'B' }, { 250, 21.1, 'B' } },
	  4, false, 0, 0 },
	{ "Ultra runner, 130 km/week", 130, 6, 0, 0,
	  { { 160, 50, 'B' }, { 230, 100, 'A' } }, 2, false, 0, 0 },
	{ "Comeback after 4 weeks off, 40 km/week", 40, 4, 100, 28,
	  { { 260, 21.1, 'A' } }, 1, false, 0, 0 },
	{ "Persistent injury, 45 km/week", 45, 4, 0, 0,
	  { { 200, 21.1, 'A' } }, 1, true, 0, 0 },
};

struct result {
	int sessions, by_kind[MASSAGE_KIND_COUNT];
	int deep_in_window;   /* must be 0 */
	int on_flagged;	      /* must be 0 */
	int in_window;	      /* any session inside a window (a flush is fine) */
	int flagged_days;     /* evenings with an open flag */
	double mean_interval;
};

static dayno first_day(void)
{
	return wtime_day(wtime_make(2027, 1, 4, 0, 0, 0));
}

static void add_run(struct history *h, dayno d, double km, enum run_kind kind, int rpe)
{
	struct run *r;

	h->runs = g_renew(struct run, h->runs, h->n_runs + 1);
	r = &h->runs[h->n_runs++];
	*r = (struct run){ .id = (int64_t)h->n_runs, .start = day_start(d) + 7 * 3600,
			   .distance_m = km * 1000, .duration_s = km * 330, .kind = kind,
			   .rpe = rpe, .elevation_m = -1 };
}

static void add_sore(struct history *h, dayno d, enum region reg, enum side s, int level)
{
	struct soreness *e;

	h->soreness = g_renew(struct soreness, h->soreness, h->n_soreness + 1);
	e = &h->soreness[h->n_soreness++];
	*e = (struct soreness){ .id = (int64_t)h->n_soreness, .time = day_start(d) + 18 * 3600,
				.region = reg, .side = s, .level = level };
}

static bool race_on(const struct profile *p, int day, const struct race_plan **out)
{
	for (size_t i = 0; i < p->n_races; i++) {
		if (p->races[i].day == day) {
			*out = &p->races[i];
			return true;
		}
	}
	return false;
}

/* The day's run: easy days, a long run on Sundays, a race on its day. */
static void log_day(const struct profile *p, struct history *h, int day)
{
	const dayno d = first_day() + day;
	const struct race_plan *race;
	const int weekday = day_weekday(d);
	const double long_km = p->week_km * 0.3;
	const double easy_km = (p->week_km - long_km) / (p->runs_a_week - 1);

	if (day >= p->off_from && day < p->off_from + p->off_days)
		return;
	if (race_on(p, day, &race)) {
		add_run(h, d, race->km, RUN_RACE, 9);
		/* Both legs after a race: delayed soreness, more after a longer
		 * race, fading over the next days. */
		add_sore(h, d + 1, REGION_CALF, SIDE_LEFT, race->km > 30 ? 5 : race->km > 15 ? 4 : 3);
		add_sore(h, d + 1, REGION_CALF, SIDE_RIGHT, race->km > 30 ? 5 : race->km > 15 ? 4 : 3);
		add_sore(h, d + 3, REGION_CALF, SIDE_LEFT, 1);
		add_sore(h, d + 3, REGION_CALF, SIDE_RIGHT, 1);
		return;
	}
	/* The week before a goal race: short easy runs only (the taper). */
	for (size_t i = 0; i < p->n_races; i++) {
		if (p->races[i].priority != 'C' && day < p->races[i].day &&
		    day >= p->races[i].day - 7) {
			if (weekday % 2 == 0)
				add_run(h, d, easy_km * 0.6, RUN_EASY, 3);
			return;
		}
	}
	if (weekday == 6) {
		add_run(h, d, long_km, RUN_LONG, 5);
		add_sore(h, d + 1, REGION_HAMSTRING, SIDE_LEFT, 2);
		add_sore(h, d + 1, REGION_HAMSTRING, SIDE_RIGHT, 2);
		add_sore(h, d + 2, REGION_HAMSTRING, SIDE_LEFT, 0);
		add_sore(h, d + 2, REGION_HAMSTRING, SIDE_RIGHT, 0);
		return;
	}
	/* The other runs on spread weekdays. */
	if ((weekday * (p->runs_a_week - 1)) % 6 < p->runs_a_week - 1)
		add_run(h, d, easy_km, weekday == 3 ? RUN_TEMPO : RUN_EASY, weekday == 3 ? 7 : 3);
}

/* The injured runner: a left Achilles at 4-5 from day 60 for five weeks,
 * assessed (not cleared) after four, then easing to 0. */
static void log_injury(struct history *h, int day)
{
	const dayno d = first_day() + day;

	if (day >= 60 && day < 95 && day % 2 == 0)
		add_sore(h, d, REGION_ACHILLES, SIDE_LEFT, 4 + (day / 2) % 2);
	if (day == 88) {
		h->assessments = g_renew(struct assessment, h->assessments, h->n_assessments + 1);
		h->assessments[h->n_assessments++] = (struct assessment){
			.time = day_start(d) + 12 * 3600, .region = REGION_ACHILLES,
			.side = SIDE_LEFT, .cleared = false };
	}
	if (day == 100)
		add_sore(h, d, REGION_ACHILLES, SIDE_LEFT, 0);
}

static int entry_time_cmp(const void *pa, const void *pb)
{
	const struct soreness *a = pa, *b = pb;

	return a->time < b->time ? -1 : a->time > b->time;
}

static bool in_window(const struct history *h, dayno d)
{
	for (size_t i = 0; i < h->n_races; i++)
		if (race_is_key(&h->races[i]) && d >= h->races[i].date - ADVICE_WINDOW_BEFORE_DAYS &&
		    d <= h->races[i].date + ADVICE_WINDOW_DAYS)
			return true;
	return false;
}

/* The history as the runner has logged it by time t. */
static struct history view_at(const struct history *h, wtime t)
{
	struct history v = *h;

	while (v.n_soreness > 0 && v.soreness[v.n_soreness - 1].time > t)
		v.n_soreness--;
	while (v.n_assessments > 0 && v.assessments[v.n_assessments - 1].time > t)
		v.n_assessments--;
	return v;
}

static void set_regions(struct massage *m, const struct advice *a)
{
	g_free(m->regions);
	m->regions = g_new0(struct region_side, a->n_focus + 1);
	for (size_t i = 0; i < a->n_focus; i++)
		m->regions[i] = (struct region_side){ a->focus[i].region, a->focus[i].side };
	m->n_regions = a->n_focus;
}

/* A session of the day: counted, and checked against the race windows and
 * the flags open at the time. */
static void count_session(const struct history *h, const struct massage *m, bool light,
			  wtime at, dayno *last, int *intervals, int *interval_sum,
			  struct result *res)
{
	struct history v = view_at(h, at);
	size_t nf;
	struct advice_flag *f = advice_flags(&v, m->date, &nf);

	for (size_t i = 0; i < m->n_regions; i++)
		for (size_t j = 0; j < nf; j++)
			res->on_flagged += advice_regions_neighbours(f[j].region, f[j].side,
								     m->regions[i].region,
								     m->regions[i].side);
	g_free(f);
	res->sessions++;
	res->by_kind[m->kind]++;
	if (in_window(h, m->date)) {
		res->in_window++;
		res->deep_in_window += advice_kind_is_deep(m->kind) ||
				       (m->kind == MASSAGE_SPORTS && !light);
	}
	if (res->sessions > 1) {
		(*intervals)++;
		*interval_sum += (int)(m->date - *last);
	}
	*last = m->date;
}

static void simulate(const struct profile *p, struct result *res)
{
	struct history h = { 0 };
	dayno last = 0;
	int intervals = 0, interval_sum = 0;
	ssize_t booking = -1;  /* the session booked ahead, in h.massages */
	bool booking_light = false;

	memset(res, 0, sizeof *res);
	for (size_t i = 0; i < p->n_races; i++) {
		h.races = g_renew(struct race, h.races, h.n_races + 1);
		h.races[h.n_races++] = (struct race){ .id = (int64_t)i + 1,
						      .date = first_day() + p->races[i].day,
						      .name = g_strdup_printf("Race %zu", i + 1),
						      .distance_m = p->races[i].km * 1000,
						      .priority = p->races[i].priority };
	}
	/* Eight weeks of training before the year starts. */
	for (int day = -56; day < DAYS; day++) {
		const dayno d = first_day() + day;
		const wtime evening = day_start(d) + 20 * 3600;
		struct advice a;
		struct history view;

		log_day(p, &h, day);
		if (p->injury)
			log_injury(&h, day);
		if (h.n_soreness > 1) /* qsort takes no NULL, even for none */
			qsort(h.soreness, h.n_soreness, sizeof *h.soreness, entry_time_cmp);
		if (day < 0)
			continue;
		/* The booked session, at noon. */
		if (booking >= 0 && h.massages[booking].date == d) {
			count_session(&h, &h.massages[booking], booking_light, day_start(d) + 12 * 3600,
				      &last, &intervals, &interval_sum, res);
			booking = -1;
		}
		/* The evening: ask, and do what it says. */
		view = view_at(&h, evening);
		advice_next(&view, evening, &a);
		res->flagged_days += a.n_see_professional > 0;
		if (a.date == d && !(a.has_last_massage && a.last_massage == d)) {
			struct massage *m;

			h.massages = g_renew(struct massage, h.massages, h.n_massages + 1);
			m = &h.massages[h.n_massages++];
			*m = (struct massage){ .id = (int64_t)h.n_massages, .date = d, .kind = a.kind };
			set_regions(m, &a);
			count_session(&h, m, a.light_pressure, evening, &last, &intervals,
				      &interval_sum, res);
			/* The session the booking stood for has happened: the
			 * runner cancels it, and books the next one tomorrow. */
			if (booking >= 0) {
				massage_clear(&h.massages[booking]);
				memmove(&h.massages[booking], &h.massages[booking + 1],
					(h.n_massages - (size_t)booking - 1) * sizeof *h.massages);
				h.n_massages--;
				booking = -1;
			}
		} else if (a.date > d && booking < 0) {
			struct massage *m;

			h.massages = g_renew(struct massage, h.massages, h.n_massages + 1);
			booking = (ssize_t)h.n_massages;
			m = &h.massages[h.n_massages++];
			*m = (struct massage){ .id = (int64_t)h.n_massages, .date = a.date, .kind = a.kind };
			set_regions(m, &a);
			booking_light = a.light_pressure;
		} else if (a.date > d) {
			/* Booked already: moved sooner if the advice says so, and
			 * always of the kind the gate lets it be. */
			struct massage *m = &h.massages[booking];

			if (a.date < m->date || a.booking_replaces) {
				m->date = a.date;
				m->kind = a.kind;
				set_regions(m, &a);
				booking_light = a.light_pressure;
			}
		}
		advice_clear(&a);
	}
	res->mean_interval = intervals ? (double)interval_sum / intervals : 0;
	history_clear(&h);
}

static void report(FILE *out, const struct result *res)
{
	fprintf(out, "# Compliance simulation: a year of following every suggestion\n\n");
	fprintf(out, "Written by `tests/advice/simulate tests/advice/SIMULATION.md` (the same run\n"
		     "is checked by `make check`). Each of six runners logs every run and the\n"
		     "soreness it leaves, asks `knead next` every evening, and books the massage\n"
		     "the day it is due, of the kind and on the regions proposed. The races are\n"
		     "on the calendar from the start; eight weeks of training come before the\n"
		     "year.\n\n");
	fprintf(out, "| Runner | Sessions | Sports | Deep | Myofascial | Trigger point | Flush | "
		     "Relaxation | Mean interval (days) | In a race window | Deep work in a window "
		     "| Days flagged | On a flagged segment |\n");
	fprintf(out, "|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
	for (size_t i = 0; i < G_N_ELEMENTS(profiles); i++) {
		const struct result *r = &res[i];

		fprintf(out, "| %s | %d |", profiles[i].name, r->sessions);
		for (int k = 0; k < MASSAGE_KIND_COUNT; k++)
			fprintf(out, " %d |", r->by_kind[k]);
		fprintf(out, " %.1f | %d | %d | %d | %d |\n", r->mean_interval, r->in_window,
			r->deep_in_window, r->flagged_days, r->on_flagged);
	}
	fprintf(out,
		"\n\"In a race window\" counts every session from 3 days before to 2 days after an\n"
		"A or B race (a light flush there is allowed); \"Deep work in a window\" counts\n"
		"deep tissue, myofascial release, trigger point and full-pressure sports\n"
		"massage there, and must be 0. \"On a flagged segment\" counts focus regions\n"
		"that share a segment with an open flag, and must be 0.\n\n");
	fprintf(out,
		"## Why these bands\n\n"
		"- **18 to 30 sessions a year for a typical runner with one or two goal races.**\n"
		"  The practice facts say a session every two to three weeks in base building\n"
		"  and more often in peak training, and that a runner who follows every\n"
		"  suggestion should land near that rhythm rather than one a week. Two to three\n"
		"  weeks over a year is 17 to 26 sessions; the closer sessions of two peaks and\n"
		"  the light flush after each goal race add a few. No trial sets an optimal\n"
		"  frequency (Dawson 2011 used a weekly massage for ten weeks, and the authors\n"
		"  say the benefit may not be the massage's), so the band is a budget check on\n"
		"  the rhythm, not a dose.\n"
		"- **More for the marathoner and the ultra runner, never closer than the peak\n"
		"  figure.** The engine's rhythm tightens with weekly volume (every 14, 11 and\n"
		"  8 days in base, build and peak at 60 to 99 km a week; 10, 9 and 7 from\n"
		"  100 km), since more kilometres load the tissue more; no band from facts.md\n"
		"  covers them, so the test asserts for every runner that the mean interval\n"
		"  never falls below the peak figure of their volume and that fewer than half\n"
		"  of the sessions are flushes.\n"
		"- **10 to 20 for a 10 km/week beginner.** Less running loads the tissue less:\n"
		"  the engine's base rhythm for under 20 km a week is every 24 days (about 15 a\n"
		"  year). A beginner who starts with something sore may get a short series of\n"
		"  closer sessions first, which practitioners recommend for a runner who starts\n"
		"  only once something is wrong; that is the top of the band.\n"
		"- **0 deep sessions in a race window.** Practitioners keep deep work at least\n"
		"  4 to 7 days before a marathon and never for the first time then, a light\n"
		"  flush 1 to 2 days before at most, and wait 3 to 5 days after.\n"
		"- **0 sessions on a flagged segment.** Sharp, sudden, one-sided or persistent\n"
		"  pain is a possible injury, not soreness: no massage on the region until a\n"
		"  professional has looked at it, and a region that has had three sessions in\n"
		"  three weeks without getting better is referred, not massaged again.\n"
		"- The weekly long run does not earn a session of its own: the after-long-run\n"
		"  flush says *when* in the week a due session fits best, so it comes only when\n"
		"  the regular session is due within a few days, or after a race or a run well\n"
		"  beyond the runner's usual long runs.\n");
}

int main(int argc, char **argv)
{
	struct result res[G_N_ELEMENTS(profiles)];
	int failures = 0;

	for (size_t i = 0; i < G_N_ELEMENTS(profiles); i++)
		simulate(&profiles[i], &res[i]);
	printf("1..%zu\n", G_N_ELEMENTS(profiles));
	for (size_t i = 0; i < G_N_ELEMENTS(profiles); i++) {
		const struct profile *p = &profiles[i];
		const struct result *r = &res[i];
		/* The rhythm never closer than the volume's peak figure, on
		 * average, and no flush after every long run. */
		const int floor = advice_interval(PHASE_PEAK, p->week_km);
		bool ok = r->deep_in_window == 0 && r->on_flagged == 0 &&
			  r->mean_interval >= floor && 2 * r->by_kind[MASSAGE_FLUSH] < r->sessions &&
			  (p->band_lo == 0 || (r->sessions >= p->band_lo && r->sessions <= p->band_hi));

		printf("# %s: %d sessions (flush %d), mean interval %.1f days, %d in a window, %d deep "
		       "in a window, %d on a flagged segment\n",
		       p->name, r->sessions, r->by_kind[MASSAGE_FLUSH], r->mean_interval, r->in_window,
		       r->deep_in_window, r->on_flagged);
		if (p->band_lo)
			printf("%sok %zu - %s: %d sessions, within %d-%d; mean interval %.1f >= %d; "
			       "fewer than half flushes; no deep work in a race window, none on a "
			       "flagged segment\n",
			       ok ? "" : "not ", i + 1, p->name, r->sessions, p->band_lo, p->band_hi,
			       r->mean_interval, floor);
		else
			printf("%sok %zu - %s: mean interval %.1f >= %d; fewer than half flushes; no "
			       "deep work in a race window, none on a flagged segment\n",
			       ok ? "" : "not ", i + 1, p->name, r->mean_interval, floor);
		failures += !ok;
	}
	if (argc == 2) {
		FILE *out = fopen(argv[1], "w");

		if (!out) {
			perror(argv[1]);
			return 1;
		}
		report(out, res);
		if (fclose(out) != 0) {
			perror(argv[1]);
			return 1;
		}
	}
	return failures ? 1 : 0;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* load.h - training load: session-RPE, fitness/fatigue/form, ACWR,
 * monotony and strain.
 *
 * Pure functions over a struct history: no I/O, no clock.  The figures
 * follow shared/facts.md:
 *
 * - Session load (Foster 2001) = effort (1-10) x minutes.  A run without an
 *   effort rating gets one from its kind (load_kind_effort) and is marked
 *   estimated.
 * - Fitness (CTL) and fatigue (ATL) are exponentially weighted daily loads
 *   with 42- and 7-day time constants, started from zero at the first day of
 *   the series; form on a day is fitness minus fatigue *of the day before*
 *   (as GoldenCheetah's Performance Manager Chart shows it).
 * - ACWR (Gabbett 2016, "coupled"): the load of the last 7 days over the
 *   weekly average of the last 28 days (their sum divided by 4).
 * - Monotony (Foster 1998): mean / population standard deviation of the last
 *   7 daily loads, rest days counting as 0; strain = weekly load x monotony.
 *
 * "The last 7 days" of a day d are d-6 .. d, d included.
 */
#ifndef KNEAD_LOAD_H
#define KNEAD_LOAD_H

#include <stdbool.h>
#include <stddef.h>
#include "model.h"

#define LOAD_CTL_DAYS 42 /* fitness time constant */
#define LOAD_ATL_DAYS 7	 /* fatigue time constant */
#define LOAD_ACUTE_DAYS 7
#define LOAD_CHRONIC_DAYS 28

/* How far back the figures look.  exp(-252/42) = 0.0025: load older than
 * six fitness time constants changes fitness by a quarter of a percent at
 * most, so 20 years of runs cost what the last 36 weeks cost. */
#define LOAD_HISTORY_DAYS (6 * LOAD_CTL_DAYS)

/* The usual ACWR band and the level above which the load spikes. */
#define LOAD_ACWR_LOW 0.8
#define LOAD_ACWR_HIGH 1.3
#define LOAD_ACWR_SPIKE 1.5
/* Monotony above this is high (Foster 1998). */
#define LOAD_MONOTONY_HIGH 2.0

/* The effort a kind of run usually takes, for runs logged without one:
 * easy 3, long 5, tempo 7, intervals 8, race 9, trail 5, recovery 2. */
int load_kind_effort(enum run_kind kind);

/* Foster's session load of one run: effort x minutes.  *estimated (when not
 * NULL) says whether the effort came from the kind. */
double load_session(const struct run *r, bool *estimated);

/* daily[i] = the summed session load of the runs starting on day first + i,
 * for i in 0 .. n_days - 1. */
void load_daily(const struct history *h, dayno first, size_t n_days, double *daily);

struct load_pmc {
	double fitness; /* CTL after the day's load */
	double fatigue; /* ATL after the day's load */
	double form;	/* CTL - ATL of the day before (0 on the first day) */
};

/* Runs the Performance Manager Chart over daily[0 .. n-1], both averages
 * starting at zero before daily[0]; out[i] is the chart on day i. */
void load_pmc(const double *daily, size_t n, struct load_pmc *out);

/* ACWR on the last day of daily[0 .. n-1]; days before daily[0] count as
 * rest.  False (and *ratio = 0) when the last 28 days hold no load. */
bool load_acwr(const double *daily, size_t n, double *ratio);

/* Monotony and strain of the last 7 days of daily[0 .. n-1].  False when
 * monotony is not defined: no load at all (both set to 0), or the same load
 * every day (no spread: both set to 0 too). */
bool load_monotony(const double *daily, size_t n, double *monotony, double *strain);

/* Total distance in metres of the runs on days today-6 .. today. */
double load_week_distance(const struct history *h, dayno today);

/* Everything knead status shows about load, for one day. */
struct load_figures {
	dayno day;
	double fitness, fatigue, form;
	bool has_acwr;
	double acwr;
	bool has_monotony;
	double monotony, strain;
	double week_load;	 /* load of the last 7 days */
	double chronic_week_load; /* the weekly average of the last 28 days */
	double week_distance_m;
	int week_runs;
	int week_estimated;	 /* runs of the last 7 days with an estimated effort */
	bool has_first_run;
	dayno first_run;	 /* the oldest run inside the window */
	dayno last_run;		 /* the newest run on or before `day` */
};

/* The figures on `today`, from the runs of the LOAD_HISTORY_DAYS days up to
 * today (older and later runs are ignored, so a longer history gives the
 * same figures). */
void load_figures_compute(const struct history *h, dayno today, struct load_figures *out);

#endif

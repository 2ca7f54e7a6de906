/* SPDX-License-Identifier: GPL-3.0-or-later */
/* load.h - training load: session-RPE, fitness/fatigue/form, ACWR,
 * monotony and strain.
 *
 * Pure functions over a struct history: no I/O, no clock.  The figures
 * follow shared/facts.md:
 *
 * - Session load (Foster 2001) = effort (1-10) x minutes.  The effort is the
 *   runner's rating when there is one; else, for a run with an average heart
 *   rate, the heart-rate reserve it used (load_hr_effort); else the usual
 *   effort of its kind (load_kind_effort).  The last two are estimates, and
 *   the figures count which source each run of the week used.
 * - Heart-rate reserve needs a maximum and a resting heart rate: the
 *   runner's settings ([runner] max_hr, resting_hr, copied into the
 *   history), else estimated (load_hr_profile): the maximum from the highest
 *   average heart rate of a hard run (tempo, intervals, race or rated 7 or
 *   more) plus LOAD_HR_HARD_MARGIN, never below the highest average seen
 *   plus LOAD_HR_SEEN_MARGIN; without a hard run, that figure but at least
 *   LOAD_HR_DEFAULT_MAX; resting LOAD_HR_DEFAULT_RESTING.
 * - Fitness (CTL) and fatigue (ATL) are exponentially weighted daily loads
 *   with 42- and 7-day time constants, started from zero at the first day of
 *   the series; form on a day is fitness minus fatigue *of the day before*
 *   (as GoldenCheetah's Performance Manager Chart shows it).  With fewer than
 *   LOAD_PMC_MIN_DAYS days since the first run they mean little (pmc_short).
 * - ACWR (Gabbett 2016, "uncoupled"): the load of the last 7 days over the
 *   weekly average of the 28 days before them (days 8 to 35 back), so the
 *   acute week is not inside its own baseline.  The chronic average counts
 *   only the days since the first run.  It is not given (note
 *   "short-history") when fewer than LOAD_ACWR_MIN_HISTORY of those 28 days
 *   come after the first run, nor ("low-chronic") when the chronic average
 *   is under LOAD_ACWR_CHRONIC_SHARE of the runner's usual week (the median
 *   load of the weeks with runs among the LOAD_USUAL_WEEKS weeks before the
 *   acute one), or those days hold LOAD_ACWR_BREAK_DAYS or more in a row
 *   without load: after a break the ratio measures the break, not a spike.
 * - Monotony (Foster 1998): mean / population standard deviation of the last
 *   7 daily loads, rest days counting as 0, capped at LOAD_MONOTONY_CAP (the
 *   same load every day has no spread: the most monotonous week there is);
 *   strain = weekly load x monotony.
 *
 * "The last 7 days" of a day d are d-6 .. d, d included.
 */
#ifndef KNEAD_LOAD_H
#define KNEAD_LOAD_H

#include <stdbool.h>
#include <stddef.h>
#include "core/model.h"

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
/* Days of history the chronic part needs, and the share of the usual week
 * under which it is too low to divide by. */
#define LOAD_ACWR_MIN_HISTORY 21
#define LOAD_ACWR_CHRONIC_SHARE 0.5
#define LOAD_USUAL_WEEKS 12
#define LOAD_ACWR_BREAK_DAYS 14 /* a break, as the comeback advice counts one */
/* Monotony above this is high (Foster 1998), and its cap. */
#define LOAD_MONOTONY_HIGH 2.0
#define LOAD_MONOTONY_CAP 10.0
/* Fitness needs about one time constant of history to mean something. */
#define LOAD_PMC_MIN_DAYS LOAD_CTL_DAYS

/* Heart-rate estimates, in beats per minute. */
#define LOAD_HR_DEFAULT_RESTING 60
#define LOAD_HR_DEFAULT_MAX 185
#define LOAD_HR_HARD_MARGIN 8
#define LOAD_HR_SEEN_MARGIN 5

/* The effort a kind of run usually takes, for runs logged without one:
 * easy 3, long 5, tempo 7, intervals 8, race 9, trail 5, recovery 2. */
int load_kind_effort(enum run_kind kind);

/* Where a heart rate of the profile came from. */
enum load_hr_from { LOAD_HR_FROM_SETTINGS, LOAD_HR_FROM_HISTORY, LOAD_HR_FROM_DEFAULT };
const char *load_hr_from_id(enum load_hr_from f); /* "settings", "history", "default" */

struct load_hr {
	int max_hr, resting_hr;
	enum load_hr_from max_from, resting_from;
};

/* The heart rates heart-rate reserve uses on `today`: the history's settings
 * when set, else estimated from the runs of the LOAD_HISTORY_DAYS days up to
 * today (see above). */
void load_hr_profile(const struct history *h, dayno today, struct load_hr *out);

/* The effort (1-10) of a run at `avg_hr` on average: by the share of the
 * heart-rate reserve, (avg - resting) / (max - resting): 50% or less 2,
 * 60% 3, 70% 4, 75% 5, 80% 6, 85% 7, 90% 8, 95% 9, 100% 10, linear in
 * between and rounded. */
int load_hr_effort(const struct load_hr *hr, int avg_hr);

/* Where a session's effort came from. */
enum load_effort_from { LOAD_FROM_RPE, LOAD_FROM_HR, LOAD_FROM_KIND, LOAD_FROM_COUNT };

/* Foster's session load of one run: effort x minutes.  hr may be NULL (no
 * heart-rate estimate); *from (when not NULL) says where the effort came
 * from. */
double load_session(const struct run *r, const struct load_hr *hr, enum load_effort_from *from);

/* daily[i] = the summed session load of the runs starting on day first + i,
 * for i in 0 .. n_days - 1 (heart rates as load_hr_profile gives them on
 * the last day). */
void load_daily(const struct history *h, dayno first, size_t n_days, double *daily);

struct load_pmc {
	double fitness; /* CTL after the day's load */
	double fatigue; /* ATL after the day's load */
	double form;	/* CTL - ATL of the day before (0 on the first day) */
};

/* Runs the Performance Manager Chart over daily[0 .. n-1], both averages
 * starting at zero before daily[0]; out[i] is the chart on day i. */
void load_pmc(const double *daily, size_t n, struct load_pmc *out);

/* Why there is no ACWR. */
enum load_acwr_note { LOAD_ACWR_OK, LOAD_ACWR_SHORT_HISTORY, LOAD_ACWR_LOW_CHRONIC };
const char *load_acwr_note_id(enum load_acwr_note n); /* NULL, "short-history", "low-chronic" */

/* The chronic weekly load on the last day of daily[0 .. n-1]: the load of
 * days n-35 .. n-8 over the weeks of them that come after the first day
 * with load; *history_days (may be NULL) is how many days that is. */
double load_chronic_week(const double *daily, size_t n, int *history_days);

/* ACWR on the last day of daily[0 .. n-1] (days before daily[0] count as
 * before the first run).  False, with *ratio = 0 and the reason in *note,
 * when it means nothing (see above). */
bool load_acwr(const double *daily, size_t n, double *ratio, enum load_acwr_note *note);

/* Monotony (capped) and strain of the last 7 days of daily[0 .. n-1].  False
 * (both 0) when there is no load at all. */
bool load_monotony(const double *daily, size_t n, double *monotony, double *strain);

/* Total distance in metres of the runs on days today-6 .. today. */
double load_week_distance(const struct history *h, dayno today);

/* Everything knead status shows about load, for one day. */
struct load_figures {
	dayno day;
	double fitness, fatigue, form;
	int history_days;	 /* days from the first run to `day`, 0 without runs */
	bool pmc_short;		 /* fewer than LOAD_PMC_MIN_DAYS of them */
	bool has_acwr;
	double acwr;
	enum load_acwr_note acwr_note; /* why not, when !has_acwr */
	bool has_monotony;
	double monotony, strain;
	double week_load;	 /* load of the last 7 days */
	double chronic_week_load; /* the weekly average of the last 28 days */
	double week_distance_m;
	int week_runs;
	int week_estimated;	 /* runs of the last 7 days without a rating */
	int week_from[LOAD_FROM_COUNT]; /* those runs by effort source */
	struct load_hr hr;	 /* the heart rates used */
	bool has_first_run;
	dayno first_run;	 /* the oldest run inside the window */
	dayno last_run;		 /* the newest run on or before `day` */
};

/* The figures on `today`, from the runs of the LOAD_HISTORY_DAYS days up to
 * today (older and later runs are ignored, so a longer history gives the
 * same figures). */
void load_figures_compute(const struct history *h, dayno today, struct load_figures *out);

#endif

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* advice.h - the next massage (knead next) and the picture of the runner
 * (knead status).
 *
 * Pure functions: they read a struct history loaded with
 * store_history_load(st, advice_history_from(today), ...) and a `now`, and
 * never do I/O.  The rules, in the order advice_next applies them:
 *
 * 1. Regular bodywork: a session every ADVICE_INTERVAL_* days after the last
 *    one, by phase (base 18, build 14, peak and taper 10, race week 7,
 *    recovery 10, not training 28); a load spike (ACWR >= 1.5 with at least
 *    4 weeks of runs) shortens that by a third and brings it within 3 days.
 * 2. Soreness: a region at 6 or more brings the date to today, at 4 or 5
 *    within 2 days.  A runner with no massage logged and a region at 3 or
 *    more is told a short series does more than one session.
 * 3. A long run (kind long, 2 hours or more, or 25 km or more) or a race
 *    yesterday or today, with no massage since: a light flush today.
 * 4. Recovery: after an A or B race, a session on the first day after the
 *    no-deep-tissue window (race + 3).
 * 5. The kind follows the first focus region: myofascial release for the
 *    IT band and hip flexors, deep tissue for the piriformis (at 3 or more);
 *    trigger point for a local knot (a muscle at 4 or more, every other
 *    region at least 3 below it); sports massage for general load; a
 *    relaxation massage when the runner is not training and nothing is sore.
 * 6. No deep tissue, myofascial or trigger point from 2 days before to 2
 *    days after an A or B race: a date inside such a window becomes a flush
 *    (relaxation when nothing is sore), except a routine date for deep work,
 *    which moves to the day after the window.  From 6 to 3 days before the
 *    race, deep work is only kept for a runner who has had it before, and
 *    never 3 days before (practitioners: deep work no later than 4-7 days
 *    before, never for the first time then).
 * 7. A session other than a light flush comes at least 2 days after the
 *    last one; the date is never before today.
 *
 * Soreness: a region's level on a day is its last entry that day; its
 * current level is the level of its last entry in the last 7 days.  Its
 * trend compares that level with the mean of the levels of the 7 days
 * before it: worsening (+1 or more), improving (-1 or less), steady, or new
 * (nothing before).  A region goes to see_professional (and out of focus)
 * when it was at 7 or more on at least 3 of the last 7 days and on most
 * of the days it was logged then, or when it rose for a week: 4 or more
 * entries in the last 8 days spanning at least 6 days, each no more than 1
 * below the highest so far, the last at 4 or more and 2 or more above the
 * first.
 */
#ifndef KNEAD_ADVICE_H
#define KNEAD_ADVICE_H

#include <stdbool.h>
#include <stddef.h>
#include "model.h"
#include "load.h"
#include "phase.h"

/* How many days back the history must reach: the load figures' window. */
#define ADVICE_HISTORY_DAYS LOAD_HISTORY_DAYS
/* no_deep_tissue lists the windows that touch the next six weeks. */
#define ADVICE_HORIZON_DAYS 42
/* Days before and after an A or B race without deep work. */
#define ADVICE_WINDOW_DAYS 2
/* Soreness older than this is no longer current (DOMS is gone in 5-7 days). */
#define ADVICE_SORE_DAYS 7
/* The focus list holds at most this many regions. */
#define ADVICE_MAX_FOCUS 6

#define ADVICE_INTERVAL_NONE 28
#define ADVICE_INTERVAL_BASE 18
#define ADVICE_INTERVAL_BUILD 14
#define ADVICE_INTERVAL_PEAK 10
#define ADVICE_INTERVAL_TAPER 10
#define ADVICE_INTERVAL_RACE_WEEK 7
#define ADVICE_INTERVAL_RECOVERY 10

/* The first day store_history_load must read for advice on `today`. */
dayno advice_history_from(dayno today);

enum urgency { URGENCY_OVERDUE, URGENCY_DUE, URGENCY_SOON, URGENCY_ROUTINE, URGENCY_COUNT };
const char *urgency_id(enum urgency u);	  /* "overdue", ... */
const char *urgency_name(enum urgency u); /* translated */

enum sore_trend { TREND_NEW, TREND_WORSENING, TREND_STEADY, TREND_IMPROVING, TREND_COUNT };
const char *sore_trend_id(enum sore_trend t);	/* "worsening", ... */
const char *sore_trend_name(enum sore_trend t); /* translated */

/* One region and side as the soreness entries of the last 14 days show it. */
struct sore_state {
	enum region region;
	enum side side;
	int level;	     /* the level of its last entry */
	dayno last_day;	     /* the day of that entry */
	bool current;	     /* that entry is within the last ADVICE_SORE_DAYS days */
	enum sore_trend trend;
	double change;	     /* level minus the mean of the 7 days before it */
	bool refer;	     /* a physiotherapist's question (see above) */
	bool rising;	     /* referred because it rose for a week (else: severe) */
	int refer_days;	     /* days at 7 or more, or days the rise spans */
};

/* The soreness picture on `today`, in region then side order.  g_free()
 * the array. */
struct sore_state *advice_soreness(const struct history *h, dayno today, size_t *n);

struct advice_focus {
	enum region region;
	enum side side; /* SIDE_NONE: both sides, or a region without sides */
	int level;
	enum sore_trend trend;
};

struct advice_window {
	dayno from, to;
	dayno race_date;
	char *race; /* the race's name, owned */
	char priority;
};

struct advice_referral {
	enum region region;
	enum side side;
	int level;
	int days;   /* days at 7 or more, or the days the rise spans */
	bool rising; /* referred for getting worse (else for staying severe) */
};

struct advice {
	dayno today;
	dayno date;
	enum massage_kind kind;
	enum urgency urgency;
	enum phase phase;
	bool has_last_massage;
	dayno last_massage;
	bool suggest_series; /* never massaged and sore: a short series */
	struct advice_focus *focus;
	size_t n_focus;
	struct advice_window *windows;
	size_t n_windows;
	struct advice_referral *see_professional;
	size_t n_see_professional;
	char **reasons; /* NULL-terminated, translated sentences */
};

/* The next massage at `now`.  Always succeeds: an empty history gets a
 * routine suggestion. */
void advice_next(const struct history *h, wtime now, struct advice *out);
void advice_clear(struct advice *a);

/* Everything knead status shows. */
struct status {
	dayno today;
	struct load_figures load;
	enum phase phase;
	bool has_race;		/* the key race */
	dayno race_date;
	char *race_name;	/* owned */
	double race_distance_m;
	char race_priority;
	int days_to_race;
	bool has_last_massage;
	dayno last_massage;
	struct sore_state *soreness; /* region then side order */
	size_t n_soreness;
};

void status_compute(const struct history *h, wtime now, struct status *out);
void status_clear(struct status *s);

#endif

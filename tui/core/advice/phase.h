/* SPDX-License-Identifier: GPL-3.0-or-later */
/* phase.h - where a runner stands in the training cycle.
 *
 * The phase follows the key race: the next race of priority A (on or after
 * today), or the next of priority B when no A race is planned.  With D the
 * days left until it:
 *
 *     race-week   D = 0 .. 6     (race day included)
 *     taper       D = 7 .. 20    (the last three weeks but race week)
 *     peak        D = 21 .. 41   (three weeks of the hardest training)
 *     build       D = 42 .. 83   (six weeks of growing specific work)
 *     base        D >= 84        (twelve weeks or more away)
 *
 * recovery: 1 to 14 days after a race of priority A, 1 to 7 days after one
 * of priority B (unless the key race is in race week: that comes first).
 * Without a key race: base when the runner ran in the last 28 days, none
 * otherwise (not training, or nothing logged).
 */
#ifndef KNEAD_PHASE_H
#define KNEAD_PHASE_H

#include <stdbool.h>
#include "core/model.h"

enum phase {
	PHASE_NONE,
	PHASE_BASE,
	PHASE_BUILD,
	PHASE_PEAK,
	PHASE_TAPER,
	PHASE_RACE_WEEK,
	PHASE_RECOVERY,
	PHASE_COUNT
};

/* The first day (days before the key race) of each phase. */
#define PHASE_TAPER_DAYS 7
#define PHASE_PEAK_DAYS 21
#define PHASE_BUILD_DAYS 42
#define PHASE_BASE_DAYS 84
/* Days of recovery after a race of priority A and B. */
#define PHASE_RECOVERY_A_DAYS 14
#define PHASE_RECOVERY_B_DAYS 7
/* Without a race: the runner trains when they ran within this many days. */
#define PHASE_TRAINING_DAYS 28

const char *phase_id(enum phase p);   /* "race-week", as in knead next --json */
const char *phase_name(enum phase p); /* translated */
bool phase_from_id(const char *s, enum phase *out);

/* Priority A or B: races that shape the phase and close deep-tissue work. */
bool race_is_key(const struct race *r);

struct phase_info {
	enum phase phase;
	const struct race *race;      /* the key race (into the history), or NULL */
	int days_to_race;	      /* when race is not NULL */
	const struct race *recovering; /* the race recovered from, or NULL */
	int days_since_race;	      /* when recovering is not NULL */
};

/* The next race of priority A on or after today, else of priority B. */
const struct race *phase_key_race(const struct history *h, dayno today);

/* The phase on `today`; `info` (may be NULL) gets the races it came from. */
enum phase phase_at(const struct history *h, dayno today, struct phase_info *info);

#endif

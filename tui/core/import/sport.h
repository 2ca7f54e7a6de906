/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sport.h - is a recorded activity a run?
 *
 * Watches and apps record rides, hikes and swims in the same formats as
 * runs, and many files do not say which they hold.  sport_decide() weighs
 * the evidence in this order:
 *  1. the sport the file itself declares (GPX <type>, TCX Sport, FIT sport,
 *     Strava's Activity Type, Apple Health's activity type), in any case and
 *     in the vocabularies of Garmin, Strava, FIT, Apple and GPX apps;
 *  2. words in the activity's name, type and description, in English,
 *     French, German, Spanish and Italian ("Morning Ride", "Sortie vélo",
 *     "Radtour", "Caminata", "Escursione");
 *  3. plausibility: an average speed no runner holds for that long.
 * What none of them settles is taken as a run, and counted as undecided so
 * that the import summary can say so.
 */
#ifndef KNEAD_SPORT_H
#define KNEAD_SPORT_H

#include <stdbool.h>

enum sport {
	SPORT_UNKNOWN,
	SPORT_RUN,
	SPORT_TRAIL_RUN,
	SPORT_CYCLING,
	SPORT_WALKING,
	SPORT_HIKING,
	SPORT_SWIMMING,
	SPORT_SKIING,
	SPORT_ROWING,
	SPORT_OTHER, /* a sport the file names that is none of the above */
	SPORT_COUNT
};

/* What a reader knows of one activity; any field may be NULL or 0. */
struct sport_evidence {
	const char *declared;	 /* the file's own sport or type */
	const char *name;	 /* track or activity name */
	const char *description; /* notes, description */
	double distance_m;
	double duration_s;
};

enum sport_basis {
	SPORT_BY_FILE,	   /* the file's own sport */
	SPORT_BY_WORDS,	   /* words in the name or description */
	SPORT_BY_SPEED,	   /* too fast for a run */
	SPORT_UNDECIDED,   /* nothing said otherwise: taken as a run */
};

struct sport_verdict {
	enum sport sport;
	enum sport_basis basis;
};

/* Above this average speed, held for SPORT_FAST_MIN_S or more, nobody is
 * running: 6.5 m/s is 23.4 km/h, a 2:34 /km pace, faster than the world
 * record for 10 km. */
#define SPORT_RUN_MAX_SPEED 6.5
#define SPORT_FAST_MIN_S 600.0

void sport_decide(const struct sport_evidence *e, struct sport_verdict *out);

/* A run of either kind. */
bool sport_is_run(enum sport s);

/* The sport's translated name, for the import summary ("cycling"). */
const char *sport_name(enum sport s);

/* Parses a --sport value ("run"); false for anything else. */
bool sport_from_id(const char *id, enum sport *out);

#endif

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
 *     French, German, Spanish, Italian, Portuguese and Dutch ("Morning
 *     Ride", "Sortie vélo", "Radtour", "Caminata", "Escursione", "Pedalada",
 *     "Fietsrit");
 *  3. the moving speed's profile, when the file has a track: a ninth decile
 *     above SPORT_RIDE_P90 is a ride, whatever the app;
 *  4. the application that recorded it, when its name names a sport
 *     ("Urban Biker", "Runkeeper");
 *  5. the profile again: a median under SPORT_WALK_MEDIAN is a walk (a
 *     hike when it climbs), unless the cadence is a runner's; the cadence
 *     alone when there is no track (a treadmill);
 *  6. without a profile, an average speed no runner holds for that long.
 * "transition" (between the legs of a triathlon) is never a run.  What none
 * of them settles is taken as a run, and counted as undecided so that the
 * import summary can say so.
 */
#ifndef KNEAD_SPORT_H
#define KNEAD_SPORT_H

#include <glib.h>
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

/* Moving speed, in seconds spent in each SPORT_SPEED_BIN-wide bin of
 * speed (the last bin holds everything faster).  Slower than
 * SPORT_MOVING_MIN is standing, and left out. */
#define SPORT_SPEED_BIN 0.1
#define SPORT_SPEED_BINS 400
#define SPORT_MOVING_MIN 0.5
struct speed_profile {
	double seconds[SPORT_SPEED_BINS];
	double total;
};

/* A track's speed, sampled over stretches of SPORT_SAMPLE_S seconds or more
 * (GPS noise over one second is no speed).  Fed with the cumulative
 * distance at each time stamp; memory grows with the activity's duration,
 * at most SPORT_SAMPLES_MAX samples. */
#define SPORT_SAMPLE_S 5.0
#define SPORT_SAMPLES_MAX (1u << 20)
struct speed_track {
	GArray *samples; /* struct speed_sample, by time */
	bool have;
	double t0, d0; /* where the stretch being measured starts */
};

void speed_track_init(struct speed_track *k);
void speed_track_clear(struct speed_track *k);
/* A point: time (seconds, any epoch) and distance covered so far (m).  A
 * time that does not move forwards is ignored. */
void speed_track_add(struct speed_track *k, double t, double distance_m);
/* The track breaks (a new segment, a pause): the next point starts a new
 * stretch. */
void speed_track_break(struct speed_track *k);
/* The profile of the samples that start within [from, to]; false when the
 * track moved less than SPORT_PROFILE_MIN_S there. */
#define SPORT_PROFILE_MIN_S 60.0
bool speed_track_profile(const struct speed_track *k, double from, double to,
			 struct speed_profile *out);
/* The speed below which fraction q (0..1) of the moving time was spent. */
double speed_profile_quantile(const struct speed_profile *p, double q);

/* What a reader knows of one activity; any field may be NULL or 0. */
struct sport_evidence {
	const char *declared;	 /* the file's own sport or type */
	const char *name;	 /* track or activity name */
	const char *description; /* notes, description */
	const char *creator;	 /* the application or device that recorded it */
	double distance_m;
	double duration_s;
	double ascent_m;	 /* climb, or <= 0 when unknown */
	double cadence_spm;	 /* average steps a minute (both feet), or 0 */
	const struct speed_profile *speed; /* or NULL when there is no track */
};

enum sport_basis {
	SPORT_BY_FILE,	   /* the file's own sport */
	SPORT_BY_WORDS,	   /* words in the name or description */
	SPORT_BY_SPEED,	   /* the speed: its profile, else its average */
	SPORT_BY_CREATOR,  /* the application that recorded it */
	SPORT_BY_CADENCE,  /* the cadence: a runner's, or a walker's */
	SPORT_UNDECIDED,   /* nothing said otherwise: taken as a run */
	SPORT_BASIS_COUNT
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
/* A ninth decile of moving speed above this is a ride: a runner's fastest
 * tenth is well under it (sprints last seconds), a cyclist's above. */
#define SPORT_RIDE_P90 6.5
/* A median moving speed under this (5.8 km/h) is a walk or a hike... */
#define SPORT_WALK_MEDIAN 1.6
/* ...unless the cadence is a runner's (walkers take 100-130 steps a
 * minute, runners 150-200, a slow jog 140). */
#define SPORT_RUN_CADENCE 140.0
#define SPORT_WALK_CADENCE_MAX 130.0
/* A walk that climbs this much per kilometre is a hike. */
#define SPORT_HIKE_CLIMB_PER_KM 40.0

void sport_decide(const struct sport_evidence *e, struct sport_verdict *out);

/* A run of either kind. */
bool sport_is_run(enum sport s);

/* The sport's translated name, for the import summary ("cycling"). */
const char *sport_name(enum sport s);

/* Why an undeclared activity was taken as what it is, for the summary:
 * "speed", "app", "cadence", "name"; NULL for SPORT_BY_FILE. */
const char *sport_basis_id(enum sport_basis b);

/* Parses a --sport value ("run"); false for anything else. */
bool sport_from_id(const char *id, enum sport *out);

#endif

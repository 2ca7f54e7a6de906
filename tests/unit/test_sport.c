/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_sport.c - the right sport for every activity, and no run lost.
 *
 * One table covers every rule of sport_decide() (sport.h) with built speed
 * profiles; then files shaped like the ones that went wrong, built here
 * (fit_builder.h, GPX text): a triathlon FIT with its transitions, a
 * generic 25 km leg of a multisport file, untyped GPX rides, a bike app's
 * "long run", a slow hike in two tracks; real files from tests/fixtures
 * whose sport is known (README.md); and into the database: legs of one
 * file never merged, the same run from two sources counted once, a FIT
 * file damaged part way keeping its runs.  Time zone EST5EDT. */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <glib/gstdio.h>
#include "core/clock.h"
#include "core/error.h"
#include "core/import/fit.h"
#include "core/import/import.h"
#include "core/import/sniff.h"
#include "core/import/sport.h"
#include "core/store/store.h"
#include "fit_builder.h"
#include "import_fixtures.h"
#include "testutil.h"

#define U(x) ((uint64_t)(x))
/* 2024-05-04T10:00:00Z */
#define T0 1714816800

/* --- the rules, one by one ---------------------------------------------- */

/* A profile spending `slow_share` of the time at `slow` m/s and the rest
 * at `fast` m/s. */
static void two_speeds(struct speed_profile *p, double slow, double fast, double slow_share)
{
	struct speed_track k;

	speed_track_init(&k);
	/* One hour, a point every 5 s. */
	double d = 0;
	for (int t = 0; t <= 3600; t += 5) {
		speed_track_add(&k, t, d);
		d += 5 * (t < slow_share * 3600 ? slow : fast);
	}
	assert_true(speed_track_profile(&k, 0, 3600, p));
	speed_track_clear(&k);
}

enum shape { NO_TRACK, RUNNER, ROAD_RIDE_98, RIDE_81, CITY_BIKE, HIKER, SLOW_JOG };

static void shape_profile(enum shape s, struct speed_profile *p)
{
	switch (s) {
	case RUNNER: /* 3 m/s, a tenth of strides at 4.5 */
		two_speeds(p, 3.0, 4.5, 0.85);
		break;
	case ROAD_RIDE_98: /* the Holux ride: p90 9.8 m/s */
		two_speeds(p, 6.0, 9.8, 0.7);
		break;
	case RIDE_81: /* the Suunto ride: p90 8.1 m/s, median 5.2 */
		two_speeds(p, 5.2, 8.1, 0.6);
		break;
	case CITY_BIKE: /* 5 m/s, slower than a road ride, faster than most runs */
		two_speeds(p, 4.8, 5.6, 0.8);
		break;
	case HIKER: /* the GPSBabel hike: 0.96 m/s */
		two_speeds(p, 0.96, 1.4, 0.8);
		break;
	case SLOW_JOG: /* 1.4 m/s, uphill with short steps */
		two_speeds(p, 1.4, 1.5, 0.8);
		break;
	case NO_TRACK:
		break;
	}
}

static void test_rules(void **state)
{
	static const struct {
		const char *declared, *name, *creator;
		enum shape shape;
		double km, minutes, climb_m, cadence_spm;
		enum sport sport;
		enum sport_basis basis;
	} cases[] = {
		/* The file's own sport, in every vocabulary. */
		{ "running", NULL, NULL, ROAD_RIDE_98, 30, 60, 0, 0, SPORT_RUN, SPORT_BY_FILE },
		{ "trail running", NULL, NULL, NO_TRACK, 10, 70, 0, 0, SPORT_TRAIL_RUN,
		  SPORT_BY_FILE },
		{ "cycling", NULL, NULL, RUNNER, 10, 50, 0, 0, SPORT_CYCLING, SPORT_BY_FILE },
		{ "transition", NULL, NULL, RUNNER, 0.4, 2, 0, 0, SPORT_OTHER, SPORT_BY_FILE },
		{ "Transition", "Morning run", NULL, RUNNER, 0.4, 2, 0, 0, SPORT_OTHER,
		  SPORT_BY_FILE },
		{ "HKWorkoutActivityTypeCycling", NULL, NULL, NO_TRACK, 20, 60, 0, 0, SPORT_CYCLING,
		  SPORT_BY_FILE },
		{ "Biking", NULL, NULL, NO_TRACK, 20, 60, 0, 0, SPORT_CYCLING, SPORT_BY_FILE },
		{ "1", NULL, NULL, NO_TRACK, 20, 60, 0, 0, SPORT_CYCLING, SPORT_BY_FILE },
		/* Strava's types in its languages. */
		{ "Course à pied", NULL, NULL, NO_TRACK, 10, 50, 0, 0, SPORT_RUN, SPORT_BY_FILE },
		{ "Sortie à vélo", NULL, NULL, NO_TRACK, 30, 60, 0, 0, SPORT_CYCLING,
		  SPORT_BY_FILE },
		{ "Radfahrt", NULL, NULL, NO_TRACK, 30, 60, 0, 0, SPORT_CYCLING, SPORT_BY_FILE },
		{ "Wanderung", NULL, NULL, NO_TRACK, 12, 240, 0, 0, SPORT_HIKING, SPORT_BY_FILE },
		{ "Carrera", NULL, NULL, NO_TRACK, 10, 50, 0, 0, SPORT_RUN, SPORT_BY_FILE },
		{ "Ciclismo", NULL, NULL, NO_TRACK, 30, 60, 0, 0, SPORT_CYCLING, SPORT_BY_FILE },
		{ "Corsa", NULL, NULL, NO_TRACK, 10, 50, 0, 0, SPORT_RUN, SPORT_BY_FILE },
		{ "Corrida", NULL, NULL, NO_TRACK, 10, 50, 0, 0, SPORT_RUN, SPORT_BY_FILE },
		{ "Pedalada", NULL, NULL, NO_TRACK, 30, 60, 0, 0, SPORT_CYCLING, SPORT_BY_FILE },
		{ "Hardlopen", NULL, NULL, NO_TRACK, 10, 50, 0, 0, SPORT_RUN, SPORT_BY_FILE },
		{ "Fietsrit", NULL, NULL, NO_TRACK, 30, 60, 0, 0, SPORT_CYCLING, SPORT_BY_FILE },
		{ "Wandeling", NULL, NULL, NO_TRACK, 5, 60, 0, 0, SPORT_WALKING, SPORT_BY_FILE },
		{ "Escursionismo", NULL, NULL, NO_TRACK, 12, 240, 0, 0, SPORT_HIKING,
		  SPORT_BY_FILE },
		/* Generic: the name, then the speed. */
		{ "generic", "Morning Ride", NULL, RUNNER, 30, 60, 0, 0, SPORT_CYCLING,
		  SPORT_BY_WORDS },
		{ "generic", NULL, NULL, ROAD_RIDE_98, 25, 50, 0, 0, SPORT_CYCLING,
		  SPORT_BY_SPEED },
		{ NULL, NULL, NULL, RIDE_81, 25, 60, 0, 0, SPORT_CYCLING, SPORT_BY_SPEED },
		/* A ride is a ride whatever the app. */
		{ NULL, NULL, "Runkeeper", ROAD_RIDE_98, 25, 50, 0, 0, SPORT_CYCLING,
		  SPORT_BY_SPEED },
		/* The app names a sport: at 5 m/s the speed alone cannot tell. */
		{ NULL, "Long run", "Urban Biker", CITY_BIKE, 21, 70, 0, 0, SPORT_RUN,
		  SPORT_BY_WORDS },
		{ NULL, "Track 1", "Urban Biker", CITY_BIKE, 21, 70, 0, 0, SPORT_CYCLING,
		  SPORT_BY_CREATOR },
		{ NULL, NULL, "Garmin Connect", RUNNER, 10, 55, 0, 0, SPORT_RUN, SPORT_BY_SPEED },
		{ NULL, NULL, NULL, RUNNER, 10, 55, 0, 0, SPORT_RUN, SPORT_BY_SPEED },
		/* Slow: a walk, a hike when it climbs, a run when the cadence
		 * is a runner's. */
		{ NULL, NULL, "GPSBabel", HIKER, 7, 120, 30, 0, SPORT_WALKING, SPORT_BY_SPEED },
		{ NULL, NULL, NULL, HIKER, 7, 120, 600, 0, SPORT_HIKING, SPORT_BY_SPEED },
		{ NULL, NULL, NULL, SLOW_JOG, 5, 60, 0, 164, SPORT_RUN, SPORT_BY_CADENCE },
		{ NULL, NULL, NULL, SLOW_JOG, 5, 60, 0, 112, SPORT_WALKING, SPORT_BY_SPEED },
		/* No track: the cadence, else a speed nobody runs, else a run. */
		{ NULL, NULL, NULL, NO_TRACK, 0, 30, 0, 170, SPORT_RUN, SPORT_BY_CADENCE },
		{ NULL, NULL, NULL, NO_TRACK, 3, 40, 0, 110, SPORT_WALKING, SPORT_BY_CADENCE },
		{ NULL, NULL, NULL, NO_TRACK, 36, 60, 0, 0, SPORT_UNKNOWN, SPORT_BY_SPEED },
		{ NULL, NULL, NULL, NO_TRACK, 10, 50, 0, 0, SPORT_RUN, SPORT_UNDECIDED },
	};

	(void)state;
	for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
		struct speed_profile p;
		struct sport_evidence e = {
			.declared = cases[i].declared,
			.name = cases[i].name,
			.creator = cases[i].creator,
			.distance_m = cases[i].km * 1000,
			.duration_s = cases[i].minutes * 60,
			.ascent_m = cases[i].climb_m,
			.cadence_spm = cases[i].cadence_spm,
		};
		struct sport_verdict v;

		if (cases[i].shape != NO_TRACK) {
			shape_profile(cases[i].shape, &p);
			e.speed = &p;
		}
		sport_decide(&e, &v);
		if (v.sport != cases[i].sport || v.basis != cases[i].basis)
			fail_msg("case %zu (%s / %s / %s): sport %d basis %d, expected %d %d", i,
				 cases[i].declared ? cases[i].declared : "-",
				 cases[i].name ? cases[i].name : "-",
				 cases[i].creator ? cases[i].creator : "-", v.sport, v.basis,
				 cases[i].sport, cases[i].basis);
	}
}

/* Quantiles of a profile, and what a profile leaves out. */
static void test_profile(void **state)
{
	struct speed_profile p;
	struct speed_track k;

	(void)state;
	two_speeds(&p, 6.0, 9.8, 0.7);
	assert_true(fabs(speed_profile_quantile(&p, 0.5) - 6.0) < 0.1);
	assert_true(fabs(speed_profile_quantile(&p, 0.9) - 9.8) < 0.1);

	/* Standing still is not moving; a stretch under 5 s is not measured;
	 * time going backwards is ignored. */
	speed_track_init(&k);
	speed_track_add(&k, 0, 0);
	speed_track_add(&k, 2, 100);   /* too short: waits */
	speed_track_add(&k, 600, 100); /* 100 m in 10 min: standing, mostly */
	speed_track_add(&k, 590, 50);
	assert_false(speed_track_profile(&k, 0, 1e9, &p));
	for (int t = 605; t <= 1200; t += 5)
		speed_track_add(&k, t, 100 + (t - 600) * 3.0);
	assert_true(speed_track_profile(&k, 0, 1e9, &p));
	assert_true(fabs(p.total - 600) < 1e-6);
	assert_true(fabs(speed_profile_quantile(&p, 0.5) - 3.0) < 0.1);
	/* A window of time takes only its own samples. */
	assert_false(speed_track_profile(&k, 0, 620, &p));
	speed_track_clear(&k);
}

/* --- FIT files built like the ones that went wrong ----------------------- */

#define L_SESSION 0
#define L_RECORD 1
#define L_CADENCE 2

static void define_messages(struct fitb *b)
{
	/* session: timestamp, start_time, sport, sub_sport, elapsed, timer,
	 * distance */
	fitb_define(b, L_SESSION, 18, false, NULL, 0, 7, 253, 4, FITB_UINT32, 2, 4, FITB_UINT32, 5,
		    1, FITB_ENUM, 6, 1, FITB_ENUM, 7, 4, FITB_UINT32, 8, 4, FITB_UINT32, 9, 4,
		    FITB_UINT32);
	/* record: timestamp, distance */
	fitb_define(b, L_RECORD, 20, false, NULL, 0, 2, 253, 4, FITB_UINT32, 5, 4, FITB_UINT32);
	/* session with avg_cadence */
	fitb_define(b, L_CADENCE, 18, false, NULL, 0, 8, 253, 4, FITB_UINT32, 2, 4, FITB_UINT32, 5,
		    1, FITB_ENUM, 6, 1, FITB_ENUM, 7, 4, FITB_UINT32, 8, 4, FITB_UINT32, 9, 4,
		    FITB_UINT32, 18, 1, FITB_UINT8);
}

/* Records every 5 s from `start` for `seconds` at `speed` m/s, from
 * `*dist` metres on. */
static void records(struct fitb *b, int64_t start, int seconds, double speed, double *dist)
{
	for (int t = 0; t <= seconds; t += 5) {
		fitb_data(b, L_RECORD, U(FITB_TIME(start + t)), U(llround(*dist * 100)));
		if (t < seconds)
			*dist += 5 * speed;
	}
}

struct leg {
	unsigned sport, sub_sport;
	int seconds;
	double speed;
	int extra; /* a clock (elapsed and timer) that runs past the leg's end */
};

/* One leg: its records, then its session (as Garmin writes them). */
static int64_t leg(struct fitb *b, int64_t start, const struct leg *l, double *dist)
{
	double from = *dist;

	records(b, start, l->seconds, l->speed, dist);
	fitb_data(b, L_SESSION, U(FITB_TIME(start + l->seconds)), U(FITB_TIME(start)), U(l->sport),
		  U(l->sub_sport), U((l->seconds + l->extra) * 1000),
		  U((l->seconds + l->extra) * 1000), U(llround((*dist - from) * 100)));
	return start + l->seconds + 1;
}

static void build_legs(struct fitb *b, const struct leg *legs, size_t n)
{
	int64_t t = T0;
	double dist = 0;

	fitb_begin(b, 14);
	define_messages(b);
	for (size_t i = 0; i < n; i++)
		t = leg(b, t, &legs[i], &dist);
	fitb_end(b);
}

static void read_fit(const struct fitb *b, struct import_batch *batch)
{
	GError *err = NULL;

	import_batch_init(batch);
	if (!import_fit_memory(b->buf->data, b->buf->len, batch, &err))
		fail_msg("%s", err->message);
}

/* A triathlon: swim, transition, ride, transition, run.  Only the run is
 * one; the transitions are named. */
static void test_fit_triathlon(void **state)
{
	static const struct leg legs[] = {
		{ 5, 17, 1800, 1.0, 0 }, /* swimming, lap swimming */
		{ 3, 0, 120, 1.5, 0 },	 /* transition */
		{ 2, 0, 3600, 9.0, 0 },	 /* cycling */
		{ 3, 0, 90, 2.0, 0 },	 /* transition */
		{ 1, 0, 2400, 3.2, 0 },	 /* running */
	};
	struct fitb b = { 0 };
	struct import_batch batch;

	(void)state;
	build_legs(&b, legs, G_N_ELEMENTS(legs));
	read_fit(&b, &batch);
	assert_int_equal(batch.runs->len, 1);
	assert_true(fabs(g_array_index(batch.runs, struct run, 0).distance_m - 7680) < 1);
	assert_int_equal(skipped(&batch, "not a run: transition"), 2);
	assert_int_equal(skipped(&batch, "not a run: swimming"), 1);
	assert_int_equal(skipped(&batch, "not a run: cycling"), 1);
	import_batch_clear(&batch);
	fitb_free(&b);
}

/* A duathlon whose legs say nothing: a generic 25 km leg at road-bike
 * speed is a ride, the generic legs at a runner's speed are runs, each by
 * its own records' speed. */
static void test_fit_generic_legs(void **state)
{
	static const struct leg legs[] = {
		{ 0, 0, 1500, 3.4, 0 }, /* generic: 5.1 km run */
		{ 0, 0, 2700, 9.3, 0 }, /* generic: 25 km ride */
		{ 0, 0, 1200, 3.1, 0 }, /* generic: 3.7 km run */
	};
	struct fitb b = { 0 };
	struct import_batch batch;

	(void)state;
	build_legs(&b, legs, G_N_ELEMENTS(legs));
	read_fit(&b, &batch);
	assert_int_equal(batch.runs->len, 2);
	assert_int_equal(skipped(&batch, "not a run: cycling (from its speed)"), 1);
	assert_int_equal(batch.decided_by[SPORT_BY_SPEED], 3);
	assert_int_equal(batch.undecided, 0);
	import_batch_clear(&batch);
	fitb_free(&b);
}

/* A generic session without records: its cadence decides. */
static void test_fit_cadence(void **state)
{
	struct fitb b = { 0 };
	struct import_batch batch;

	(void)state;
	fitb_begin(&b, 14);
	define_messages(&b);
	/* 84 strides a minute: 168 steps, a runner's (a treadmill) */
	fitb_data(&b, L_CADENCE, U(FITB_TIME(T0 + 1800)), U(FITB_TIME(T0)), U(0), U(0), U(1800000),
		  U(1800000), U(500000), U(84));
	/* 55 strides a minute: a walk */
	fitb_data(&b, L_CADENCE, U(FITB_TIME(T0 + 7200)), U(FITB_TIME(T0 + 3600)), U(0), U(0),
		  U(3600000), U(3600000), U(500000), U(55));
	fitb_end(&b);
	read_fit(&b, &batch);
	assert_int_equal(batch.runs->len, 1);
	assert_int_equal(batch.decided_by[SPORT_BY_CADENCE], 2);
	assert_int_equal(skipped(&batch, "not a run: walking (from its cadence)"), 1);
	import_batch_clear(&batch);
	fitb_free(&b);
}

/* --- GPX files built like the ones that went wrong ----------------------- */

/* A straight track north, a point every 5 s: `slow_share` of the time at
 * `slow` m/s, then at `fast`. */
static void gpx_track(GString *s, const char *name, const char *day, int seconds, double slow,
		      double fast, double slow_share, double climb_per_point)
{
	double lat = 45.5, ele = 100;

	g_string_append(s, "<trk>");
	if (name)
		g_string_append_printf(s, "<name>%s</name>", name);
	g_string_append(s, "<trkseg>");
	for (int t = 0; t <= seconds; t += 5) {
		g_string_append_printf(s,
				       "<trkpt lat=\"%.7f\" lon=\"-73.6\"><ele>%.1f</ele>"
				       "<time>%sT%02d:%02d:%02dZ</time></trkpt>",
				       lat, ele, day, 8 + t / 3600, t / 60 % 60, t % 60);
		lat += 5 * (t < slow_share * seconds ? slow : fast) / 111195.0;
		ele += climb_per_point;
	}
	g_string_append(s, "</trkseg></trk>");
}

static void read_gpx(GString *s, struct import_batch *b)
{
	GError *err = NULL;

	import_batch_init(b);
	if (!import_gpx_memory(s->str, s->len, b, &err))
		fail_msg("%s", err->message);
}

static GString *gpx_begin(const char *creator)
{
	GString *s = g_string_new(NULL);

	g_string_printf(s,
			"<?xml version=\"1.0\"?><gpx version=\"1.1\" creator=\"%s\" "
			"xmlns=\"http://www.topografix.com/GPX/1/1\">",
			creator);
	return s;
}

static void test_gpx_untyped_rides(void **state)
{
	struct import_batch b;
	GString *s;

	(void)state;
	/* The Holux ride (p90 9.8 m/s) and the Suunto ride (8.1 m/s). */
	s = gpx_begin("Holux");
	gpx_track(s, "Track 1", "2024-05-04", 5400, 6.0, 9.8, 0.7, 0);
	gpx_track(s, NULL, "2024-05-05", 3600, 5.2, 8.1, 0.6, 0);
	g_string_append(s, "</gpx>");
	read_gpx(s, &b);
	assert_int_equal(b.runs->len, 0);
	assert_int_equal(skipped(&b, "not a run: cycling (from its speed)"), 2);
	import_batch_clear(&b);
	g_string_free(s, TRUE);

	/* A 21 km "long run" from a bike app, at 5 m/s. */
	s = gpx_begin("Urban Biker");
	gpx_track(s, "Track 2024-05-04", "2024-05-04", 4200, 4.8, 5.6, 0.8, 0);
	g_string_append(s, "</gpx>");
	read_gpx(s, &b);
	assert_int_equal(b.runs->len, 0);
	assert_int_equal(skipped(&b, "not a run: cycling (from the app that recorded it)"), 1);
	assert_int_equal(b.decided_by[SPORT_BY_CREATOR], 1);
	import_batch_clear(&b);
	g_string_free(s, TRUE);

	/* The same track from a running app is a run. */
	s = gpx_begin("Garmin Connect");
	gpx_track(s, NULL, "2024-05-04", 3000, 3.0, 4.5, 0.85, 0);
	g_string_append(s, "</gpx>");
	read_gpx(s, &b);
	assert_int_equal(b.runs->len, 1);
	assert_int_equal(b.decided_by[SPORT_BY_SPEED], 1);
	import_batch_clear(&b);
	g_string_free(s, TRUE);
}

/* The GPSBabel hike at 0.96 m/s, in two tracks: two hikes, no run. */
static void test_gpx_hike(void **state)
{
	struct import_batch b;
	GString *s = gpx_begin("GPSBabel - http://www.gpsbabel.org");

	(void)state;
	gpx_track(s, "ACTIVE LOG", "2024-05-04", 7200, 0.96, 1.2, 0.8, 0.5);
	gpx_track(s, "ACTIVE LOG 2", "2024-05-05", 3600, 0.96, 1.2, 0.8, 0.5);
	g_string_append(s, "</gpx>");
	read_gpx(s, &b);
	assert_int_equal(b.runs->len, 0);
	assert_int_equal(skipped(&b, "not a run: hiking (from its speed)"), 2);
	import_batch_clear(&b);
	g_string_free(s, TRUE);
}

/* A TCX "Other" activity stays another sport; its trackpoints' speed
 * decides a TCX whose Sport is missing. */
static void test_tcx_speed(void **state)
{
	GString *s =
		g_string_new("<?xml version=\"1.0\"?><TrainingCenterDatabase "
			     "xmlns=\"http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2\">"
			     "<Activities><Activity><Id>2024-05-04T08:00:00Z</Id><Lap><Track>");
	struct import_batch b;
	GError *err = NULL;

	(void)state;
	for (int t = 0; t <= 3600; t += 5)
		g_string_append_printf(s,
				       "<Trackpoint><Time>2024-05-04T%02d:%02d:%02dZ</Time>"
				       "<DistanceMeters>%d</DistanceMeters></Trackpoint>",
				       8 + t / 3600, t / 60 % 60, t % 60, t * 9);
	g_string_append(s, "</Track></Lap></Activity></Activities></TrainingCenterDatabase>");
	import_batch_init(&b);
	assert_true(import_tcx_memory(s->str, s->len, &b, &err));
	assert_int_equal(b.runs->len, 0);
	assert_int_equal(skipped(&b, "not a run: cycling (from its speed)"), 1);
	import_batch_clear(&b);
	g_string_free(s, TRUE);
}

/* --- real files ---------------------------------------------------------- */

/* Real files whose sport README.md states: an untyped Suunto run (median
 * 12 km/h) is a run by its speed, not a ride; the FIT files' sports; a
 * multisport TCX's two rides left out. */
static void test_real_files(void **state)
{
	static const struct {
		const char *file;
		unsigned runs, skipped;
		enum sport_basis decided; /* SPORT_BY_FILE: declared */
	} cases[] = {
		{ "gpx_suunto-ambit_movescount_crlf.gpx", 1, 0, SPORT_BY_SPEED },
		{ "gpx_garmin-connect_run_hr.gpx", 1, 0, SPORT_BY_FILE },
		{ "gpx_apple-watch_run_3seg_pauses.gpx", 1, 0, SPORT_BY_FILE },
		{ "tcx_garmin-fr305_multisport_4activities.tcx", 2, 2, SPORT_BY_FILE },
		{ "tcx_polar-m400_run_oneline.tcx", 1, 0, SPORT_BY_FILE },
		{ "fit_garmin_run_3laps.fit", 1, 0, SPORT_BY_FILE },
		{ "fit_coros_run_nosubsport.fit", 1, 0, SPORT_BY_FILE },
		{ "fit_suunto_trailrun_devfields.fit", 1, 0, SPORT_BY_FILE },
		{ "fit_virtualride_nostart.fit", 0, 1, SPORT_BY_FILE },
	};

	(void)state;
	for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
		struct import_batch b;
		unsigned decided = 0;

		read_fixture(cases[i].file, &b);
		for (int k = 0; k < SPORT_BASIS_COUNT; k++)
			decided += b.decided_by[k];
		if (b.runs->len != cases[i].runs ||
		    import_batch_skipped_total(&b) != cases[i].skipped ||
		    (cases[i].decided == SPORT_BY_FILE ? decided != 0
						       : b.decided_by[cases[i].decided] != 1))
			fail_msg("%s: %u runs, %u skipped, %u decided", cases[i].file, b.runs->len,
				 import_batch_skipped_total(&b), decided);
		import_batch_clear(&b);
	}
}

/* --- files found by what they are --------------------------------------- */

static void test_sniff(void **state)
{
	static const struct {
		const char *head;
		enum import_format f;
	} cases[] = {
		{ "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE HealthData [\n"
		  "<!ELEMENT HealthData (ExportDate,Me,(Record|Workout)*)>\n"
		  "<!ATTLIST HealthData locale CDATA #REQUIRED>\n]>\n<HealthData locale=\"de_DE\">",
		  IMPORT_FORMAT_HEALTH },
		{ "\xEF\xBB\xBF<?xml version=\"1.0\"?><!-- from a phone --><gpx version=\"1.1\">",
		  IMPORT_FORMAT_GPX },
		{ "<tcx:TrainingCenterDatabase xmlns:tcx=\"x\">", IMPORT_FORMAT_TCX },
		{ "<?xml version=\"1.0\"?><ClinicalDocument>", IMPORT_FORMAT_UNKNOWN },
		{ "Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time\n1,2,3",
		  IMPORT_FORMAT_STRAVA_CSV },
		{ "ID de l'activité,Date de l'activité,Nom de l'activité,Type d'activité\n",
		  IMPORT_FORMAT_STRAVA_CSV },
		{ "Aktivitäts-ID,Aktivitätsdatum,Name der Aktivität,Aktivitätsart\n",
		  IMPORT_FORMAT_STRAVA_CSV },
		{ "ID de actividad,Fecha de la actividad,Tipo de actividad\n",
		  IMPORT_FORMAT_STRAVA_CSV },
		{ "Activity ID,Date,Name\n", IMPORT_FORMAT_UNKNOWN },
		{ "name,weight\nme,70\n", IMPORT_FORMAT_UNKNOWN },
		{ "Notes for Tuesday", IMPORT_FORMAT_UNKNOWN },
		{ "<?xml version=\"1.0\"?><!DOCTYPE HealthData [ <!ELEMENT",
		  IMPORT_FORMAT_UNKNOWN },
		{ "", IMPORT_FORMAT_UNKNOWN },
	};
	struct fitb b = { 0 };

	(void)state;
	for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
		enum import_format f = import_sniff(cases[i].head, strlen(cases[i].head));
		if (f != cases[i].f)
			fail_msg("case %zu: %d, expected %d", i, f, cases[i].f);
	}
	fitb_begin(&b, 14);
	fitb_end(&b);
	assert_int_equal(import_sniff((const char *)b.buf->data, b.buf->len), IMPORT_FORMAT_FIT);
	fitb_free(&b);
}

/* --- into the database: no run lost ------------------------------------- */

static int db_setup(void **state)
{
	*state = temp_store_open("knead-sport-XXXXXX");
	return 0;
}

static int db_teardown(void **state)
{
	temp_store_close(*state);
	return 0;
}

static char *write_file(const struct temp_store *d, const char *name, const void *data, size_t len)
{
	char *path = g_build_filename(d->dir, name, NULL);

	assert_true(g_file_set_contents(path, data, (gssize)len, NULL));
	return path;
}

/* The Fenix 2 file: a 2.2 km leg whose clock runs 10 minutes past its
 * end, over the next leg, a real 2.2 km run.  Both are kept; importing the
 * file again adds nothing; the second run from another source (a GPX of
 * the same time and distance) is counted once, but a GPX of another
 * activity overlapping in time, with another distance and duration, is
 * not swallowed. */
static void test_legs_never_merged(void **state)
{
	static const struct leg legs[] = {
		{ 1, 0, 660, 3.33, 600 }, /* 2.2 km, its clock 10 min past its end */
		{ 1, 0, 660, 3.33, 0 },	  /* 2.2 km */
	};
	struct temp_store *d = *state;
	struct fitb b = { 0 };
	struct import_summary sum;
	char *fit, *gpx, *other;
	GString *s;

	build_legs(&b, legs, G_N_ELEMENTS(legs));
	fit = write_file(d, "fenix2.fit", b.buf->data, b.buf->len);
	import_summary_init(&sum);
	assert_true(import_file(d->st, fit, &sum));
	assert_int_equal(sum.imported, 2);
	assert_int_equal(count_runs(d->st), 2);
	assert_true(import_file(d->st, fit, &sum));
	assert_int_equal(sum.imported, 2);
	assert_int_equal(sum.duplicates, 2);
	import_summary_clear(&sum);

	/* The 2.2 km run from a phone: same time, same distance. */
	s = gpx_begin("phone");
	g_string_append(s, "<trk><trkseg>");
	for (int t = 0; t <= 660; t += 5) {
		GDateTime *dt = g_date_time_new_from_unix_utc(T0 + 661 + t);
		char *iso = g_date_time_format(dt, "%Y-%m-%dT%H:%M:%SZ");
		g_string_append_printf(s,
				       "<trkpt lat=\"%.7f\" lon=\"-73.6\"><time>%s</time></trkpt>",
				       45.5 + t * 3.33 / 111195.0, iso);
		g_free(iso);
		g_date_time_unref(dt);
	}
	g_string_append(s, "</trkseg></trk></gpx>");
	gpx = write_file(d, "phone.gpx", s->str, s->len);
	import_summary_init(&sum);
	assert_true(import_file(d->st, gpx, &sum));
	assert_int_equal(sum.imported, 0);
	assert_int_equal(sum.duplicates + sum.merged, 1);
	assert_int_equal(count_runs(d->st), 2);
	import_summary_clear(&sum);
	g_string_free(s, TRUE);

	/* Another activity in the same minutes: 2 minutes of it at 1.5 km. */
	s = gpx_begin("phone");
	g_string_append(s, "<trk><type>running</type><trkseg>");
	for (int t = 0; t <= 1200; t += 5) {
		GDateTime *dt = g_date_time_new_from_unix_utc(T0 + 661 + t);
		char *iso = g_date_time_format(dt, "%Y-%m-%dT%H:%M:%SZ");
		g_string_append_printf(s,
				       "<trkpt lat=\"%.7f\" lon=\"-73.6\"><time>%s</time></trkpt>",
				       45.5 + t * 1.25 / 111195.0, iso);
		g_free(iso);
		g_date_time_unref(dt);
	}
	g_string_append(s, "</trkseg></trk></gpx>");
	other = write_file(d, "other.gpx", s->str, s->len);
	import_summary_init(&sum);
	assert_true(import_file(d->st, other, &sum));
	assert_int_equal(sum.imported, 1);
	assert_int_equal(count_runs(d->st), 3);
	import_summary_clear(&sum);
	g_string_free(s, TRUE);

	g_free(fit);
	g_free(gpx);
	g_free(other);
	fitb_free(&b);
}

/* A FIT file damaged after its sessions (the Strava app's) keeps them,
 * and says after which byte; damaged before any, it fails. */
static void test_damaged_keeps_runs(void **state)
{
	static const struct leg legs[] = {
		{ 1, 0, 3400, 3.3, 0 }, /* 11.2 km */
	};
	struct temp_store *d = *state;
	struct fitb b = { 0 };
	struct import_summary sum;
	const struct import_damage *dmg;
	char *path;
	guint whole;

	build_legs(&b, legs, G_N_ELEMENTS(legs));
	whole = b.buf->len - 2; /* before the CRC */
	/* A data message of a local type never defined, then the end. */
	b.buf->data[whole] = 0x0f;
	path = write_file(d, "strava.fit", b.buf->data, whole + 1);
	import_summary_init(&sum);
	assert_true(import_file(d->st, path, &sum));
	assert_int_equal(sum.imported, 1);
	assert_int_equal(sum.failures->len, 0);
	assert_int_equal(sum.damaged->len, 1);
	dmg = sum.damaged->pdata[0];
	assert_int_equal(dmg->after_byte, whole);
	assert_int_equal(dmg->runs_kept, 1);
	import_summary_clear(&sum);
	g_free(path);

	/* Cut inside the first records: nothing to keep. */
	path = write_file(d, "cut.fit", b.buf->data, 200);
	import_summary_init(&sum);
	assert_false(import_file(d->st, path, &sum));
	assert_int_equal(sum.failures->len, 1);
	assert_int_equal(sum.damaged->len, 0);
	import_summary_clear(&sum);
	g_free(path);
	fitb_free(&b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rules),
		cmocka_unit_test(test_profile),
		cmocka_unit_test(test_fit_triathlon),
		cmocka_unit_test(test_fit_generic_legs),
		cmocka_unit_test(test_fit_cadence),
		cmocka_unit_test(test_gpx_untyped_rides),
		cmocka_unit_test(test_gpx_hike),
		cmocka_unit_test(test_tcx_speed),
		cmocka_unit_test(test_real_files),
		cmocka_unit_test(test_sniff),
		cmocka_unit_test_setup_teardown(test_legs_never_merged, db_setup, db_teardown),
		cmocka_unit_test_setup_teardown(test_damaged_keeps_runs, db_setup, db_teardown),
	};

	setenv("TZ", "EST5EDT,M3.2.0,M11.1.0", 1);
	tzset();
	setenv("LC_ALL", "C.UTF-8", 1);
	return cmocka_run_group_tests(tests, NULL, NULL);
}

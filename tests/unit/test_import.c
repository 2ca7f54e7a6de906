/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_import.c - the GPX, TCX, Strava and JSON importers, the export and
 * the calendar file.
 *
 * Expected figures for the real files come from tests/fixtures/README.md
 * (heart-rate means and the Strava moving-time sum were computed from the
 * files with an independent script).  Everything runs in the time zone
 * EST5EDT (a POSIX rule, no tzdata needed), so the UTC -> local conversion
 * is exercised. */
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
#include <libical/ical.h>
#include <zlib.h>
#include "core/clock.h"
#include "core/error.h"
#include "core/export/export.h"
#include "core/import/import.h"
#include "core/import/util.h"
#include "core/import/sport.h"
#include "core/store/store.h"
#include "import_fixtures.h"
#include "testutil.h"

static struct run *run_at(struct import_batch *b, guint i)
{
	assert_true(i < b->runs->len);
	return &g_array_index(b->runs, struct run, i);
}

/* --- the real files -------------------------------------------------- */

static void test_gpx_garmin(void **state)
{
	struct import_batch b;
	struct run *r;

	read_fixture("gpx_garmin-connect_run_hr.gpx", &b);
	assert_int_equal(b.runs->len, 1);
	r = run_at(&b, 0);
	assert_true(fabs(r->distance_m - 12821.2) < 0.5);
	assert_true(fabs(r->duration_s - 5498.0) < 0.01);
	assert_int_equal(r->start, local_of_utc(2017, 7, 29, 14, 46, 35));
	assert_int_equal(r->avg_hr, 146); /* 145.52 over 988 points (ns3:hr) */
	assert_true(r->elevation_m > 0);
	assert_int_equal(r->source, SOURCE_GPX);
	assert_string_equal(r->source_id, "2017-07-29T14:46:35Z");
	assert_string_equal(r->note, "casual stroll");
	assert_int_equal(r->kind, RUN_LONG); /* 91 min 38 s: 90 minutes or more */
	import_batch_clear(&b);
}

static void test_gpx_apple_segments(void **state)
{
	struct import_batch b;
	struct run *r;

	read_fixture("gpx_apple-watch_run_3seg_pauses.gpx", &b);
	assert_int_equal(b.runs->len, 1);
	r = run_at(&b, 0);
	/* Within segments only: 87.6 m, not the 796.1 m with the jumps. */
	assert_true(fabs(r->distance_m - 87.6) < 0.1);
	/* The segments' own spans (35.503 s), not 2569.308 s elapsed. */
	assert_true(fabs(r->duration_s - 35.503) < 0.001);
	assert_int_equal(r->start, local_of_utc(2025, 5, 2, 15, 51, 15));
	assert_int_equal(r->avg_hr, 150); /* 13 of 17 points carry one */
	assert_string_equal(r->note, "Friday Evening Run");
	import_batch_clear(&b);
}

static void test_gpx_suunto_crlf(void **state)
{
	struct import_batch b;
	struct run *r;

	read_fixture("gpx_suunto-ambit_movescount_crlf.gpx", &b);
	assert_int_equal(b.runs->len, 1);
	r = run_at(&b, 0);
	assert_true(fabs(r->distance_m - 15538.6) < 0.1);
	assert_true(fabs(r->duration_s - 4509.93) < 0.001);
	assert_int_equal(r->start, local_of_utc(2014, 1, 17, 8, 33, 11));
	assert_int_equal(r->avg_hr, 155); /* gpxdata:hr, fractional, mean 155.39 */
	assert_true(r->elevation_m >= 0 && r->elevation_m < 200); /* flat: 404-421 m */
	import_batch_clear(&b);
}

static void test_tcx_polar_oneline(void **state)
{
	struct import_batch b;
	struct run *r;

	read_fixture("tcx_polar-m400_run_oneline.tcx", &b);
	assert_int_equal(b.runs->len, 1);
	r = run_at(&b, 0);
	assert_true(fabs(r->distance_m - 4508.50) < 0.005);
	assert_true(fabs(r->duration_s - 3510.0) < 0.001);
	assert_int_equal(r->start, local_of_utc(2019, 1, 29, 10, 25, 12));
	assert_int_equal(r->avg_hr, 130); /* laps weighted by time: 130.43 */
	assert_int_equal(r->source, SOURCE_TCX);
	assert_string_equal(r->source_id, "2019-01-29T10:25:12.000Z");
	import_batch_clear(&b);
}

static void test_tcx_fr15_no_altitude(void **state)
{
	struct import_batch b;
	struct run *r;

	read_fixture("tcx_garmin-fr15_run_11laps_noalt.tcx", &b);
	assert_int_equal(b.runs->len, 1);
	r = run_at(&b, 0);
	assert_true(fabs(r->distance_m - 10010.82) < 0.005);
	assert_true(fabs(r->duration_s - 2223.803) < 0.001);
	assert_int_equal(r->start, local_of_utc(2014, 10, 11, 18, 8, 45));
	assert_int_equal(r->avg_hr, 0);
	assert_true(r->elevation_m < 0);
	import_batch_clear(&b);
}

static void test_tcx_multisport(void **state)
{
	struct import_batch b;

	read_fixture("tcx_garmin-fr305_multisport_4activities.tcx", &b);
	assert_int_equal(b.runs->len, 2);
	assert_int_equal(skipped(&b, "not a run: Biking"), 2);
	assert_true(fabs(run_at(&b, 0)->distance_m - 7651.03) < 0.005);
	assert_true(fabs(run_at(&b, 0)->duration_s - 3601.84) < 0.001);
	assert_int_equal(run_at(&b, 0)->start, local_of_utc(2011, 11, 29, 12, 12, 0));
	assert_int_equal(run_at(&b, 0)->avg_hr, 161);
	assert_true(fabs(run_at(&b, 1)->distance_m - 9405.03) < 0.005);
	assert_true(fabs(run_at(&b, 1)->duration_s - 3623.59) < 0.001);
	assert_int_equal(run_at(&b, 1)->start, local_of_utc(2011, 12, 4, 15, 26, 28));
	assert_string_equal(run_at(&b, 1)->source_id, "2011-12-04T15:26:28Z");
	assert_int_equal(run_at(&b, 1)->avg_hr, 143);
	import_batch_clear(&b);
}

static void test_strava_csv(void **state)
{
	struct import_batch b;
	double dist = 0, moving = 0;
	struct run *r;

	read_fixture("strava_activities.csv", &b);
	assert_int_equal(b.runs->len, 424);
	assert_int_equal(skipped(&b, "not a run: Ride"), 609);
	assert_int_equal(skipped(&b, "not a run: Hike"), 59);
	assert_int_equal(skipped(&b, "not a run: Nordic Ski"), 11);
	assert_int_equal(skipped(&b, "not a run: Sail"), 11);
	assert_int_equal(skipped(&b, "not a run: Snowshoe"), 5);
	assert_int_equal(skipped(&b, "not a run: Walk"), 2);
	assert_int_equal(skipped(&b, "not a run: Canoe"), 1);
	assert_int_equal(import_batch_skipped_total(&b), 698);
	for (guint i = 0; i < b.runs->len; i++) {
		dist += run_at(&b, i)->distance_m;
		moving += run_at(&b, i)->duration_s;
		assert_int_equal(run_at(&b, i)->source, SOURCE_STRAVA);
	}
	/* The metre column (the second "Distance"), not km. */
	assert_true(fabs(dist - 2584973.6) < 1.0);
	assert_true(fabs(moving - 774693.0) < 0.5);

	r = run_at(&b, 0);
	assert_string_equal(r->source_id, "740821460");
	assert_int_equal(r->start, local_of_utc(2016, 10, 10, 20, 55, 48));
	assert_true(fabs(r->distance_m - 6639.39990234375) < 1e-6);
	assert_true(fabs(r->duration_s - 1765) < 1e-9);
	assert_string_equal(r->note, "Afternoon Run");
	r = run_at(&b, 1);
	assert_string_equal(r->source_id, "855414128");
	assert_int_equal(r->start, local_of_utc(2017, 2, 4, 23, 0, 43));
	assert_true(fabs(r->duration_s - 1516) < 1e-9);
	r = run_at(&b, 2);
	assert_int_equal(r->start, local_of_utc(2017, 2, 6, 20, 13, 57));
	assert_true(fabs(r->distance_m - 8697.099609375) < 1e-6);
	assert_true(fabs(r->duration_s - 2318) < 1e-9);
	import_batch_clear(&b);
}

/* --- edge cases made here ------------------------------------------------ */

static const char gpx_head[] =
	"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	"<gpx version=\"1.1\" creator=\"test\" xmlns=\"http://www.topografix.com/GPX/1/1\">\n";

/* A track along the meridian: each step of `metres` north takes `secs`. */
static GString *meridian_gpx(const char *type, const char *name, unsigned points,
			     double metres, double secs, const char *eol)
{
	GString *s = g_string_new(gpx_head);
	double dlat = metres / 6371000.0 * 180.0 / G_PI;

	g_string_append_printf(s, "<trk>%s", eol);
	if (name)
		g_string_append_printf(s, "<name>%s</name>%s", name, eol);
	if (type)
		g_string_append_printf(s, "<type>%s</type>%s", type, eol);
	g_string_append_printf(s, "<trkseg>%s", eol);
	for (unsigned i = 0; i < points; i++) {
		GDateTime *t = g_date_time_new_from_unix_utc(1700000000 + (gint64)(i * secs));
		char *iso = g_date_time_format(t, "%Y-%m-%dT%H:%M:%SZ");
		char lat[G_ASCII_DTOSTR_BUF_SIZE];

		g_ascii_formatd(lat, sizeof(lat), "%.12f", 45.0 + i * dlat);
		g_string_append_printf(s, "<trkpt lat=\"%s\" lon=\"-73.6\"><ele>%u</ele>"
					  "<time>%s</time></trkpt>%s",
				       lat, 100 + i % 2, iso, eol);
		g_free(iso);
		g_date_time_unref(t);
	}
	g_string_append_printf(s, "</trkseg></trk></gpx>%s", eol);
	return s;
}

static bool gpx_mem(const GString *s, struct import_batch *b, GError **err)
{
	import_batch_init(b);
	return import_gpx_memory(s->str, s->len, b, err);
}

static void test_gpx_huge(void **state)
{
	GString *s = meridian_gpx(NULL, NULL, 100000, 3.0, 1.0, "\n");
	struct import_batch b;
	GError *err = NULL;
	struct run *r;

	assert_true(gpx_mem(s, &b, &err));
	assert_int_equal(b.runs->len, 1);
	r = run_at(&b, 0);
	/* Along a meridian the haversine is exact: 99 999 steps of 3 m. */
	assert_true(fabs(r->distance_m - 99999 * 3.0) < 0.5);
	assert_true(fabs(r->duration_s - 99999) < 1e-6);
	assert_int_equal(r->kind, RUN_LONG);
	/* Altitude flickers by 1 m: below the hysteresis, so no climbing. */
	assert_true(r->elevation_m == 0);
	import_batch_clear(&b);
	g_string_free(s, TRUE);
}

static void test_gpx_crlf_bom_gzip(void **state)
{
	GString *s = meridian_gpx("running", "Lachine Canal", 50, 3.0, 1.0, "\r\n");
	struct import_batch b;
	GError *err = NULL;
	char *dir = g_dir_make_tmp("knead-import-XXXXXX", NULL);
	char *path = g_build_filename(dir, "run.gpx.gz", NULL);
	gzFile gz;

	g_string_prepend(s, "\xEF\xBB\xBF");
	assert_true(gpx_mem(s, &b, &err));
	assert_int_equal(b.runs->len, 1);
	assert_true(fabs(run_at(&b, 0)->distance_m - 49 * 3.0) < 0.01);
	assert_string_equal(run_at(&b, 0)->note, "Lachine Canal");
	import_batch_clear(&b);

	gz = gzopen(path, "wb");
	assert_non_null(gz);
	assert_int_equal(gzwrite(gz, s->str, (unsigned)s->len), (int)s->len);
	assert_int_equal(gzclose(gz), Z_OK);
	import_batch_init(&b);
	assert_true(import_gpx_file(path, &b, &err));
	assert_int_equal(b.runs->len, 1);
	assert_true(fabs(run_at(&b, 0)->duration_s - 49) < 1e-6);
	import_batch_clear(&b);
	g_unlink(path);
	g_rmdir(dir);
	g_free(path);
	g_free(dir);
	g_string_free(s, TRUE);
}

static void test_gpx_broken(void **state)
{
	GString *s = meridian_gpx(NULL, NULL, 20, 3.0, 1.0, "\n");
	struct import_batch b;
	GError *err = NULL;

	/* Truncated in the middle of a point. */
	g_string_truncate(s, s->len / 2);
	assert_false(gpx_mem(s, &b, &err));
	assert_non_null(err);
	assert_non_null(strstr(err->message, "line"));
	g_clear_error(&err);
	import_batch_clear(&b);

	/* Empty. */
	g_string_truncate(s, 0);
	assert_false(gpx_mem(s, &b, &err));
	g_clear_error(&err);
	import_batch_clear(&b);

	/* Not GPX. */
	g_string_assign(s, "<kml><Document/></kml>");
	assert_false(gpx_mem(s, &b, &err));
	assert_non_null(strstr(err->message, "<kml>"));
	g_clear_error(&err);
	import_batch_clear(&b);

	g_string_free(s, TRUE);
}

/* One bad point never rejects a whole track (a real eTrex 30 file starts
 * with a <trkpt> without lat/lon): points without a position, without a
 * readable time, or going back in time are left out and counted. */
static void test_gpx_bad_points(void **state)
{
	GString *s = g_string_new(gpx_head);
	struct import_batch b;
	GError *err = NULL;

	g_string_append(s, "<trk><trkseg>"
			   "<trkpt><time>2024-05-01T09:59:00Z</time></trkpt>"
			   "<trkpt lat=\"north\" lon=\"1\"><time>2024-05-01T09:59:30Z</time></trkpt>"
			   "<trkpt lat=\"45.0000\" lon=\"-73\"><time>2024-05-01T10:00:00Z</time>"
			   "<extensions><bpm>150</bpm></extensions></trkpt>"
			   "<trkpt lat=\"45.0090\" lon=\"-73\"><time>2024-05-01T10:05:00Z</time>"
			   "<extensions><bpm>160</bpm></extensions></trkpt>"
			   "<trkpt lat=\"46.0000\" lon=\"-73\"><time>2024-05-01T09:00:00Z</time></trkpt>"
			   "<trkpt lat=\"45.0100\" lon=\"-73\"><time>soon</time></trkpt>"
			   "<trkpt lat=\"45.0180\" lon=\"-73\"><time>2024-05-01T10:10:00Z</time></trkpt>"
			   "</trkseg></trk></gpx>");
	assert_true(gpx_mem(s, &b, &err));
	assert_int_equal(b.runs->len, 1);
	/* 0.018 degrees of latitude, about 2 km, in 10 minutes. */
	assert_true(fabs(run_at(&b, 0)->distance_m - 2001.5) < 1.0);
	assert_true(fabs(run_at(&b, 0)->duration_s - 600) < 1e-6);
	assert_int_equal(run_at(&b, 0)->avg_hr, 155);
	assert_int_equal(b.points_skipped[IMPORT_POINT_NO_POSITION], 2);
	assert_int_equal(b.points_skipped[IMPORT_POINT_NO_TIME], 1);
	assert_int_equal(b.points_skipped[IMPORT_POINT_BACKWARDS], 1);
	import_batch_clear(&b);
	g_string_free(s, TRUE);
}

/* Is it a run?  The file's own sport in any vocabulary and case, then
 * the words of its name in five languages, then its speed. */
static void test_sport_decide(void **state)
{
	static const struct {
		const char *declared, *name;
		double km, minutes;
		enum sport sport;
		enum sport_basis basis;
	} cases[] = {
		{ "running", NULL, 10, 50, SPORT_RUN, SPORT_BY_FILE },
		{ "RUNNING", NULL, 10, 50, SPORT_RUN, SPORT_BY_FILE },
		{ "Trail Run", NULL, 10, 70, SPORT_TRAIL_RUN, SPORT_BY_FILE },
		{ "trail_running", NULL, 10, 70, SPORT_TRAIL_RUN, SPORT_BY_FILE },
		{ "Ride", NULL, 40, 90, SPORT_CYCLING, SPORT_BY_FILE },
		{ "Biking", NULL, 40, 90, SPORT_CYCLING, SPORT_BY_FILE },
		{ "HKWorkoutActivityTypeWalking", NULL, 5, 60, SPORT_WALKING, SPORT_BY_FILE },
		{ "9", NULL, 10, 50, SPORT_RUN, SPORT_BY_FILE },
		{ "Other", NULL, 10, 50, SPORT_OTHER, SPORT_BY_FILE },
		{ "Sail", NULL, 10, 50, SPORT_OTHER, SPORT_BY_FILE },
		{ "Course à pied", NULL, 10, 50, SPORT_RUN, SPORT_BY_FILE },
		{ "Lauf", NULL, 10, 50, SPORT_RUN, SPORT_BY_FILE },
		{ "Radfahrt", NULL, 30, 60, SPORT_CYCLING, SPORT_BY_FILE },
		{ "Carrera", NULL, 10, 50, SPORT_RUN, SPORT_BY_FILE },
		{ "Vélo", NULL, 30, 60, SPORT_CYCLING, SPORT_BY_FILE },
		{ "Indoor Running", NULL, 10, 50, SPORT_RUN, SPORT_BY_FILE },
		{ NULL, "Cycling 24 Jun", 24, 60, SPORT_CYCLING, SPORT_BY_WORDS },
		{ "", "Sortie vélo du dimanche", 30, 80, SPORT_CYCLING, SPORT_BY_WORDS },
		{ NULL, "Radtour zum See", 30, 80, SPORT_CYCLING, SPORT_BY_WORDS },
		{ NULL, "Radio run", 8, 45, SPORT_RUN, SPORT_BY_WORDS },
		{ NULL, "Langlauf am Morgen", 15, 80, SPORT_SKIING, SPORT_BY_WORDS },
		{ NULL, "Abendlauf", 8, 45, SPORT_RUN, SPORT_UNDECIDED },
		{ NULL, "Lauf am Kanal", 8, 45, SPORT_RUN, SPORT_BY_WORDS },
		{ NULL, "Caminata por el parque", 4, 60, SPORT_WALKING, SPORT_BY_WORDS },
		{ NULL, "Escursione in montagna", 12, 240, SPORT_HIKING, SPORT_BY_WORDS },
		{ NULL, "Course à pied, canal Lachine", 10, 55, SPORT_RUN, SPORT_BY_WORDS },
		{ NULL, "Randonnée au mont Royal", 9, 150, SPORT_HIKING, SPORT_BY_WORDS },
		{ "generic", "Morning Run", 10, 50, SPORT_RUN, SPORT_BY_WORDS },
		{ NULL, "Science park loop", 10, 50, SPORT_RUN, SPORT_UNDECIDED },
		{ NULL, NULL, 10, 50, SPORT_RUN, SPORT_UNDECIDED },
		/* 36 km in an hour, nothing said: nobody runs that. */
		{ NULL, "Track 12", 36, 60, SPORT_UNKNOWN, SPORT_BY_SPEED },
		/* A fast 400 m is still a run. */
		{ NULL, NULL, 0.4, 1, SPORT_RUN, SPORT_UNDECIDED },
	};

	for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
		struct sport_evidence e = {
			.declared = cases[i].declared,
			.name = cases[i].name,
			.distance_m = cases[i].km * 1000,
			.duration_s = cases[i].minutes * 60,
		};
		struct sport_verdict v;

		sport_decide(&e, &v);
		if (v.sport != cases[i].sport || v.basis != cases[i].basis)
			fail_msg("case %zu (%s / %s): sport %d basis %d, expected %d %d", i,
				 cases[i].declared ? cases[i].declared : "-",
				 cases[i].name ? cases[i].name : "-", v.sport, v.basis,
				 cases[i].sport, cases[i].basis);
	}
}

/* A GPX without <type>: a ride named so is skipped; --sport run takes it;
 * a track at a runner's speed is imported, decided by its speed. */
static void test_gpx_sport(void **state)
{
	GString *s = g_string_new(gpx_head);
	struct import_batch b;
	GError *err = NULL;

	g_string_append(s, "<trk><name>Cycling 24 Jun</name><trkseg>"
			   "<trkpt lat=\"45\" lon=\"-73\"><time>2024-06-24T10:00:00Z</time></trkpt>"
			   "<trkpt lat=\"45.2\" lon=\"-73\"><time>2024-06-24T11:00:00Z</time></trkpt>"
			   "</trkseg></trk>"
			   "<trk><name>Track 3</name><trkseg>"
			   "<trkpt lat=\"45\" lon=\"-73\"><time>2024-06-25T10:00:00Z</time></trkpt>"
			   "<trkpt lat=\"45.05\" lon=\"-73\"><time>2024-06-25T10:30:00Z</time></trkpt>"
			   "</trkseg></trk></gpx>");
	assert_true(gpx_mem(s, &b, &err));
	assert_int_equal(b.runs->len, 1);
	assert_int_equal(b.undecided, 0);
	assert_int_equal(b.decided_by[SPORT_BY_SPEED], 1);
	assert_int_equal(b.decided_by[SPORT_BY_WORDS], 1);
	assert_int_equal(skipped(&b, "not a run: cycling (from its name)"), 1);
	import_batch_clear(&b);

	import_batch_init(&b);
	b.force_run = true;
	assert_true(import_gpx_memory(s->str, s->len, &b, &err));
	assert_int_equal(b.runs->len, 2);
	import_batch_clear(&b);
	g_string_free(s, TRUE);
}

static void test_gpx_skips(void **state)
{
	GString *s = g_string_new(gpx_head);
	struct import_batch b;
	GError *err = NULL;

	/* No time stamps (a planned route drawn as a track), a single
	 * point, a bike ride, an empty track. */
	g_string_append(s, "<trk><trkseg><trkpt lat=\"45\" lon=\"-73\"/>"
			   "<trkpt lat=\"45.01\" lon=\"-73\"/></trkseg></trk>"
			   "<trk><trkseg><trkpt lat=\"45\" lon=\"-73\"><time>2024-05-01T10:00:00Z</time>"
			   "</trkpt></trkseg></trk>"
			   "<trk><type>cycling</type><trkseg><trkpt lat=\"45\" lon=\"-73\">"
			   "<time>2024-05-01T10:00:00Z</time></trkpt><trkpt lat=\"45.1\" lon=\"-73\">"
			   "<time>2024-05-01T10:20:00Z</time></trkpt></trkseg></trk>"
			   "<trk/></gpx>");
	assert_true(gpx_mem(s, &b, &err));
	assert_int_equal(b.runs->len, 0);
	assert_int_equal(skipped(&b, "no time stamps"), 1);
	assert_int_equal(skipped(&b, "a single point"), 1);
	assert_int_equal(skipped(&b, "not a run: cycling"), 1);
	assert_int_equal(skipped(&b, "empty track"), 1);
	import_batch_clear(&b);

	/* A file of waypoints only. */
	g_string_printf(s, "%s<wpt lat=\"45\" lon=\"-73\"/></gpx>", gpx_head);
	assert_true(gpx_mem(s, &b, &err));
	assert_int_equal(skipped(&b, "no track in the file"), 1);
	import_batch_clear(&b);
	g_string_free(s, TRUE);
}

/* Two points a minute apart, then a 10-minute stop where the watch kept
 * the segment open, then two more: the stop is not running time.  A slow
 * 2-minute stretch that still moves 200 m is. */
static void test_gpx_pauses_and_kinds(void **state)
{
	GString *s = g_string_new(gpx_head);
	struct import_batch b;
	GError *err = NULL;

	g_string_append(s, "<trk><name>Montreal Half-Marathon</name><trkseg>"
			   "<trkpt lat=\"45.0000\" lon=\"-73\"><time>2024-05-01T10:00:00Z</time></trkpt>"
			   "<trkpt lat=\"45.0027\" lon=\"-73\"><time>2024-05-01T10:01:00Z</time></trkpt>"
			   "<trkpt lat=\"45.0027\" lon=\"-73\"><time>2024-05-01T10:11:00Z</time></trkpt>"
			   "<trkpt lat=\"45.0045\" lon=\"-73\"><time>2024-05-01T10:13:00Z</time></trkpt>"
			   "</trkseg></trk>"
			   "<trk><type>trail_running</type><trkseg>"
			   "<trkpt lat=\"45\" lon=\"-73\"><time>2024-05-02T10:00:00Z</time></trkpt>"
			   "<trkpt lat=\"45.01\" lon=\"-73\"><time>2024-05-02T10:10:00Z</time></trkpt>"
			   "</trkseg></trk></gpx>");
	assert_true(gpx_mem(s, &b, &err));
	assert_int_equal(b.runs->len, 2);
	assert_true(fabs(run_at(&b, 0)->duration_s - 180) < 1e-6);
	assert_int_equal(run_at(&b, 0)->kind, RUN_RACE);
	assert_int_equal(run_at(&b, 1)->kind, RUN_TRAIL);
	assert_true(fabs(run_at(&b, 1)->duration_s - 600) < 1e-6);
	import_batch_clear(&b);
	g_string_free(s, TRUE);
}

static void test_tcx_edges(void **state)
{
	static const char head[] =
		"<TrainingCenterDatabase xmlns=\"http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2\">"
		"<Activities>";
	GString *s = g_string_new(head);
	struct import_batch b;
	GError *err = NULL;

	/* Laps without figures: the trackpoints give distance and time. */
	g_string_append(s, "<Activity Sport=\"Running\"><Id>2024-06-01T11:00:00Z</Id>"
			   "<Lap StartTime=\"2024-06-01T11:00:00Z\"><Track>"
			   "<Trackpoint><Time>2024-06-01T11:00:00Z</Time><DistanceMeters>0</DistanceMeters></Trackpoint>"
			   "<Trackpoint><Time>2024-06-01T11:30:00Z</Time><DistanceMeters>5000</DistanceMeters></Trackpoint>"
			   "</Track></Lap><Notes>parkrun race</Notes></Activity>"
			   "<Activity Sport=\"Other\"><Id>2024-06-02T11:00:00Z</Id></Activity>"
			   "</Activities></TrainingCenterDatabase>");
	import_batch_init(&b);
	assert_true(import_tcx_memory(s->str, s->len, &b, &err));
	assert_int_equal(b.runs->len, 1);
	assert_true(fabs(run_at(&b, 0)->distance_m - 5000) < 1e-9);
	assert_true(fabs(run_at(&b, 0)->duration_s - 1800) < 1e-9);
	assert_int_equal(run_at(&b, 0)->kind, RUN_RACE);
	assert_int_equal(skipped(&b, "not a run: Other"), 1);
	import_batch_clear(&b);

	/* A lap figure that is not a number names the element and line. */
	g_string_assign(s, head);
	g_string_append(s, "<Activity Sport=\"Running\"><Id>2024-06-01T11:00:00Z</Id>\n"
			   "<Lap><TotalTimeSeconds>ten</TotalTimeSeconds></Lap></Activity>"
			   "</Activities></TrainingCenterDatabase>");
	import_batch_init(&b);
	assert_false(import_tcx_memory(s->str, s->len, &b, &err));
	assert_non_null(strstr(err->message, "TotalTimeSeconds"));
	assert_non_null(strstr(err->message, "line 2"));
	g_clear_error(&err);
	import_batch_clear(&b);

	/* Truncated, and empty. */
	g_string_assign(s, head);
	g_string_append(s, "<Activity Sport=\"Running\"><Id>2024");
	import_batch_init(&b);
	assert_false(import_tcx_memory(s->str, s->len, &b, &err));
	g_clear_error(&err);
	assert_false(import_tcx_memory("", 0, &b, &err));
	g_clear_error(&err);
	import_batch_clear(&b);
	g_string_free(s, TRUE);
}

static const char strava_header[] =
	"Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance,"
	"Elapsed Time,Moving Time,Distance,Perceived Exertion,"
	"\"<span class=\"\"translation_missing\"\">Sport Type</span>\"";

static bool strava_mem(const GString *s, struct import_batch *b, GError **err)
{
	import_batch_init(b);
	return import_strava_memory(s->str, s->len, b, err);
}

static void test_strava_edges(void **state)
{
	GString *s = g_string_new("\xEF\xBB\xBF");
	struct import_batch b;
	GError *err = NULL;

	g_string_append(s, strava_header);
	g_string_append(s, "\r\n1,\"Oct 7, 2020, 2:43:11 PM\",Mont-Royal,Trail Run,3700,10.01,3700.0,3600.0,10012.5,7,\r\n"
			   "2,\"Oct 8, 2020, 11:00:00 AM\",Zwift,Virtual Run,1800,5.0,1800.0,,5000.0,,\r\n"
			   "3,\"Oct 9, 2020, 1:00:00 PM\",\"Spring 10K Race, Verdun\",Run,2400,10.0,2400.0,2400.0,10000.0,9.0,\r\n"
			   "4,\"Oct 10, 2020, 1:00:00 PM\",Treadmill,Run,2400,,2400.0,2400.0,,,\r\n"
			   "5,\"Oct 11, 2020, 1:00:00 PM\",Commute,Ride,2400,10.0,2400.0,2400.0,10000.0,,\r\n");
	assert_true(strava_mem(s, &b, &err));
	assert_int_equal(b.runs->len, 3);
	assert_int_equal(run_at(&b, 0)->kind, RUN_TRAIL);
	assert_int_equal(run_at(&b, 0)->rpe, 7);
	assert_true(fabs(run_at(&b, 0)->distance_m - 10012.5) < 1e-9);
	assert_true(fabs(run_at(&b, 0)->duration_s - 3600) < 1e-9);
	assert_int_equal(run_at(&b, 0)->start, local_of_utc(2020, 10, 7, 14, 43, 11));
	assert_string_equal(run_at(&b, 0)->source_id, "1");
	/* No moving time: elapsed. */
	assert_true(fabs(run_at(&b, 1)->duration_s - 1800) < 1e-9);
	assert_int_equal(run_at(&b, 1)->kind, RUN_EASY);
	assert_int_equal(run_at(&b, 1)->start, local_of_utc(2020, 10, 8, 11, 0, 0));
	assert_int_equal(run_at(&b, 2)->kind, RUN_RACE);
	assert_string_equal(run_at(&b, 2)->note, "Spring 10K Race, Verdun");
	assert_int_equal(skipped(&b, "no distance"), 1);
	assert_int_equal(skipped(&b, "not a run: Ride"), 1);
	import_batch_clear(&b);

	/* One Distance column: kilometres. */
	g_string_assign(s, "Activity ID,Activity Date,Activity Type,Elapsed Time,Distance\n"
			   "9,\"Jan 2, 2021, 12:00:00 AM\",Run,3000,12.5\n");
	assert_true(strava_mem(s, &b, &err));
	assert_int_equal(b.runs->len, 1);
	assert_true(fabs(run_at(&b, 0)->distance_m - 12500) < 1e-6);
	assert_int_equal(run_at(&b, 0)->start, local_of_utc(2021, 1, 2, 0, 0, 0));
	import_batch_clear(&b);

	/* A run whose date is not one names the record. */
	g_string_assign(s, strava_header);
	g_string_append(s, "\n1,\"Oct 7, 2020, 2:43:11 PM\",a,Run,1,1,1,1,1000,,\n"
			   "2,yesterday,b,Run,1,1,1,1,1000,,\n");
	assert_false(strava_mem(s, &b, &err));
	assert_non_null(strstr(err->message, "record 3"));
	assert_non_null(strstr(err->message, "yesterday"));
	g_clear_error(&err);
	import_batch_clear(&b);

	/* Not Strava's header, broken quoting, empty. */
	g_string_assign(s, "date,km\n2020-01-01,5\n");
	assert_false(strava_mem(s, &b, &err));
	assert_non_null(strstr(err->message, "Activity Date"));
	g_clear_error(&err);
	import_batch_clear(&b);
	g_string_assign(s, strava_header);
	g_string_append(s, "\n1,\"Oct 7, 2020, 2:43:11 PM,a,Run,1,1,1,1,1000,,\n");
	assert_false(strava_mem(s, &b, &err));
	g_clear_error(&err);
	import_batch_clear(&b);
	g_string_truncate(s, 0);
	assert_false(strava_mem(s, &b, &err));
	g_clear_error(&err);
	import_batch_clear(&b);
	g_string_free(s, TRUE);
}

/* --- into the database --------------------------------------------------- */

static struct store *open_db(const char *dir, const char *name)
{
	char *path = g_build_filename(dir, name, NULL);
	GError *err = NULL;
	struct store *st = store_open(path, &err);

	if (!st)
		fail_msg("%s", err->message);
	g_free(path);
	return st;
}

static int db_setup(void **state)
{
	*state = temp_store_open("knead-import-XXXXXX");
	return 0;
}

static int db_teardown(void **state)
{
	temp_store_close(*state);
	return 0;
}

static void test_import_folder_twice(void **state)
{
	struct temp_store *d = *state;
	struct import_summary sum;
	char *fixtures = fixture("");
	char *folder = g_build_filename(d->dir, "watch", NULL);
	char *broken = g_build_filename(folder, "broken.tcx", NULL);
	GError *err = NULL;
	struct run *runs;
	size_t n;

	/* The watch files (not the Strava CSV), plus a broken one. */
	g_mkdir(folder, 0700);
	for (int i = 0; i < 6; i++) {
		static const char *const names[] = {
			"gpx_apple-watch_run_3seg_pauses.gpx", "gpx_garmin-connect_run_hr.gpx",
			"gpx_suunto-ambit_movescount_crlf.gpx", "tcx_polar-m400_run_oneline.tcx",
			"tcx_garmin-fr15_run_11laps_noalt.tcx",
			"tcx_garmin-fr305_multisport_4activities.tcx",
		};
		char *src = g_build_filename(fixtures, names[i], NULL);
		char *dst = g_build_filename(folder, names[i], NULL);
		char *data;
		gsize len;
		assert_true(g_file_get_contents(src, &data, &len, NULL));
		assert_true(g_file_set_contents(dst, data, (gssize)len, NULL));
		g_free(data);
		g_free(src);
		g_free(dst);
	}
	assert_true(g_file_set_contents(broken, "<TrainingCenterDatabase><Activities>", -1, NULL));

	import_summary_init(&sum);
	assert_true(import_path(d->st, folder, &sum, &err));
	assert_int_equal(sum.files, 7);
	assert_int_equal(sum.imported, 7);
	assert_int_equal(sum.duplicates, 0);
	assert_int_equal(sum.skipped, 2);
	assert_int_equal(sum.failures->len, 1);
	assert_string_equal(((struct import_failure *)sum.failures->pdata[0])->path, broken);
	import_summary_clear(&sum);
	assert_int_equal(count_runs(d->st), 7);

	/* The runner edits one imported run; a second import adds nothing
	 * and leaves the edit alone. */
	assert_true(store_runs_list(d->st, INT64_MIN, &runs, &n, &err));
	runs[0].rpe = 4;
	runs[0].kind = RUN_TEMPO;
	runs[0].distance_m *= 1.2;
	assert_true(store_run_update(d->st, &runs[0], &err));
	import_summary_init(&sum);
	assert_true(import_path(d->st, folder, &sum, &err));
	assert_int_equal(sum.imported, 0);
	assert_int_equal(sum.duplicates, 7);
	import_summary_clear(&sum);
	assert_int_equal(count_runs(d->st), 7);
	{
		struct run *again;
		size_t m;
		assert_true(store_runs_list(d->st, INT64_MIN, &again, &m, &err));
		for (size_t i = 0; i < m; i++) {
			if (again[i].id == runs[0].id) {
				assert_int_equal(again[i].rpe, 4);
				assert_int_equal(again[i].kind, RUN_TEMPO);
				assert_true(fabs(again[i].distance_m - runs[0].distance_m) < 1e-6);
			}
			run_clear(&again[i]);
		}
		g_free(again);
	}
	for (size_t i = 0; i < n; i++)
		run_clear(&runs[i]);
	g_free(runs);

	/* A missing path is the caller's mistake. */
	import_summary_init(&sum);
	assert_false(import_path(d->st, "/nonexistent/knead/runs", &sum, &err));
	assert_int_equal(err->code, KNEAD_ERROR_INVALID);
	g_clear_error(&err);
	import_summary_clear(&sum);
	g_free(broken);
	g_free(folder);
	g_free(fixtures);
}

static void test_collect_strava_folder(void **state)
{
	struct temp_store *d = *state;
	char *export = g_build_filename(d->dir, "export_123", NULL);
	char *acts = g_build_filename(export, "activities", NULL);
	char *csv = g_build_filename(export, "activities.csv", NULL);
	char *gpx = g_build_filename(acts, "1.gpx", NULL);
	char *hidden = g_build_filename(d->dir, ".hidden.gpx", NULL);
	GPtrArray *files = g_ptr_array_new_with_free_func(g_free);
	GError *err = NULL;

	g_mkdir_with_parents(acts, 0700);
	assert_true(g_file_set_contents(csv, "x", -1, NULL));
	assert_true(g_file_set_contents(gpx, "x", -1, NULL));
	assert_true(g_file_set_contents(hidden, "x", -1, NULL));
	assert_true(import_collect(d->dir, files, &err));
	/* The export's CSV only: not its activities/ again, not hidden files,
	 * not the database. */
	assert_int_equal(files->len, 1);
	assert_string_equal(files->pdata[0], csv);
	g_ptr_array_unref(files);
	g_free(export);
	g_free(acts);
	g_free(csv);
	g_free(gpx);
	g_free(hidden);
}

static void fill(struct store *st)
{
	struct run r = { .start = wtime_make(2026, 3, 1, 7, 30, 0), .distance_m = 10000.5,
			 .duration_s = 3000.25, .kind = RUN_TEMPO, .rpe = 7, .avg_hr = 160,
			 .elevation_m = 55.5, .note = "Canal, \"windy\"", .source = SOURCE_MANUAL };
	struct run r2 = { .start = wtime_make(2026, 3, 3, 18, 0, 0), .distance_m = 6639.39990234375,
			  .duration_s = 1765, .kind = RUN_EASY, .elevation_m = -1,
			  .source = SOURCE_STRAVA, .source_id = "740821460" };
	struct soreness s = { .time = wtime_make(2026, 3, 2, 8, 0, 0), .region = REGION_CALF,
			      .side = SIDE_LEFT, .level = 5, .note = "tight\nafter tempo" };
	struct soreness s2 = { .time = wtime_make(2026, 3, 2, 8, 0, 0),
			       .region = REGION_LOWER_BACK, .level = 2 };
	struct region_side rs[2] = { { REGION_CALF, SIDE_LEFT }, { REGION_LOWER_BACK, SIDE_NONE } };
	struct massage m = { .date = wtime_day(wtime_make(2026, 3, 4, 0, 0, 0)),
			     .kind = MASSAGE_SPORTS, .regions = rs, .n_regions = 2,
			     .therapist = "Élise", .note = NULL };
	struct race race = { .date = wtime_day(wtime_make(2026, 9, 20, 0, 0, 0)),
			     .name = "Marathon de Montréal", .distance_m = 42195, .priority = 'A' };
	GError *err = NULL;

	assert_true(store_run_add(st, &r, NULL, &err));
	assert_true(store_run_add(st, &r2, NULL, &err));
	assert_true(store_soreness_add(st, &s, NULL, &err));
	assert_true(store_soreness_add(st, &s2, NULL, &err));
	assert_true(store_massage_add(st, &m, NULL, &err));
	assert_true(store_race_add(st, &race, NULL, &err));
}

static char *export_text(struct store *st, enum export_format f)
{
	char *out;
	size_t len;
	GError *err = NULL;

	if (!export_all(st, f, &out, &len, &err))
		fail_msg("%s", err->message);
	assert_int_equal(strlen(out), len);
	return out;
}

static void test_json_round_trip(void **state)
{
	struct temp_store *d = *state;
	struct store *empty = open_db(d->dir, "copy.db");
	char *json, *again, *path = g_build_filename(d->dir, "export.json", NULL);
	struct import_summary sum;
	GError *err = NULL;

	fill(d->st);
	json = export_text(d->st, EXPORT_JSON);
	assert_true(g_file_set_contents(path, json, -1, NULL));

	import_summary_init(&sum);
	assert_true(import_file(empty, path, &sum));
	assert_int_equal(sum.imported, 6);
	assert_int_equal(sum.failures->len, 0);
	import_summary_clear(&sum);
	again = export_text(empty, EXPORT_JSON);
	assert_string_equal(json, again);
	g_free(again);

	/* Twice: nothing more. */
	import_summary_init(&sum);
	assert_true(import_path(empty, path, &sum, &err));
	assert_int_equal(sum.imported, 0);
	assert_int_equal(sum.duplicates, 6);
	import_summary_clear(&sum);
	again = export_text(empty, EXPORT_JSON);
	assert_string_equal(json, again);
	g_free(again);
	store_close(empty);
	g_free(json);
	g_free(path);
}

/* The first reason a summary left rows out for, or "". */
static const char *first_skip(const struct import_summary *sum)
{
	GHashTableIter it;
	gpointer k;

	g_hash_table_iter_init(&it, sum->skipped_by);
	return g_hash_table_iter_next(&it, &k, NULL) ? k : "";
}

static void test_json_bad_row_is_left_out(void **state)
{
	struct temp_store *d = *state;
	char *path = g_build_filename(d->dir, "bad.json", NULL);
	struct import_summary sum;

	/* The run is fine; the race's distance is refused: the race is left
	 * out with its reason, the run restored. */
	assert_true(g_file_set_contents(path,
		"{\"format\": \"knead-export\", \"version\": 1, \"runs\": [{\"start\": "
		"\"2026-01-05T07:00:00\", \"distance_m\": 5000, \"duration_s\": 1500, \"kind\": "
		"\"easy\"}], \"races\": [{\"date\": \"2026-05-01\", \"name\": \"x\", "
		"\"distance_m\": -5, \"priority\": \"A\"}]}", -1, NULL));
	import_summary_init(&sum);
	assert_true(import_file(d->st, path, &sum));
	assert_int_equal(sum.failures->len, 0);
	assert_int_equal(sum.skipped, 1);
	assert_non_null(strstr(first_skip(&sum), "races"));
	import_summary_clear(&sum);
	assert_int_equal(count_runs(d->st), 1);

	/* A bad value names where it is. */
	assert_true(g_file_set_contents(path,
		"{\"format\": \"knead-export\", \"soreness\": [{\"time\": \"2026-01-05T07:00:00\", "
		"\"region\": \"elbow\", \"side\": null, \"level\": 3}]}", -1, NULL));
	import_summary_init(&sum);
	assert_true(import_file(d->st, path, &sum));
	assert_non_null(strstr(first_skip(&sum), "soreness[0].region"));
	import_summary_clear(&sum);

	/* So does a bad value inside a list: the element and its key. */
	assert_true(g_file_set_contents(path,
		"{\"format\": \"knead-export\", \"massages\": [{\"date\": \"2026-01-04\", "
		"\"kind\": \"sports\", \"regions\": [{\"region\": \"calf\", \"side\": \"left\"}, "
		"{\"region\": \"shin\", \"side\": \"up\"}]}]}", -1, NULL));
	import_summary_init(&sum);
	assert_true(import_file(d->st, path, &sum));
	assert_string_equal(first_skip(&sum),
			    "massages[0].regions[1].side: not a side (expected left, right or null)");
	import_summary_clear(&sum);

	/* JSON that is not ours is refused whole. */
	assert_true(g_file_set_contents(path, "[1, 2, 3]", -1, NULL));
	import_summary_init(&sum);
	assert_false(import_file(d->st, path, &sum));
	import_summary_clear(&sum);
	g_free(path);
}

/* Reads a CSV line back with the same rules we write it: RFC 4180. */
static void test_csv_export(void **state)
{
	struct temp_store *d = *state;
	char *csv;
	char **lines;

	fill(d->st);
	csv = export_text(d->st, EXPORT_CSV);
	lines = g_strsplit(csv, "\n", -1);
	assert_string_equal(lines[0], "record,id,when,kind,distance_m,duration_s,rpe,avg_hr,"
				      "elevation_m,source,source_id,region,side,level,regions,"
				      "therapist,name,priority,note,cleared");
	assert_string_equal(lines[1], "run,1,2026-03-01T07:30:00,tempo,10000.5,3000.25,7,160,"
				      "55.5,manual,,,,,,,,,\"Canal, \"\"windy\"\"\",");
	assert_string_equal(lines[2], "run,2,2026-03-03T18:00:00,easy,6639.4,1765,,,,strava,"
				      "740821460,,,,,,,,,");
	/* A note with a line break stays one quoted field. */
	assert_string_equal(lines[3], "soreness,1,2026-03-02T08:00:00,,,,,,,,,calf,left,5,,,,,"
				      "\"tight");
	assert_string_equal(lines[4], "after tempo\",");
	assert_string_equal(lines[5], "soreness,2,2026-03-02T08:00:00,,,,,,,,,lower-back,,2,,,,,,");
	assert_string_equal(lines[6], "massage,1,2026-03-04,sports,,,,,,,,,,,calf:left;lower-back,"
				      "Élise,,,,");
	assert_string_equal(lines[7], "race,1,2026-09-20,,42195,,,,,,,,,,,,Marathon de Montréal,A,,");
	assert_string_equal(lines[8], "");
	assert_null(lines[9]);
	g_strfreev(lines);
	g_free(csv);
}

static int count_components(icalcomponent *c, icalcomponent_kind kind)
{
	return icalcomponent_count_components(c, kind);
}

static void test_ics(void **state)
{
	char *reasons[] = { "Your calves were at 5 yesterday.", NULL };
	struct advice_focus focus[] = {
		{ .region = REGION_CALF, .side = SIDE_LEFT, .level = 5, .trend = TREND_NEW }
	};
	struct advice_window windows[] = {
		{ .from = wtime_day(wtime_make(2026, 9, 18, 0, 0, 0)),
		  .to = wtime_day(wtime_make(2026, 9, 22, 0, 0, 0)),
		  .race_date = wtime_day(wtime_make(2026, 9, 20, 0, 0, 0)),
		  .race = "Marathon de Montréal", .priority = 'A' },
	};
	struct advice a = {
		.date = wtime_day(wtime_make(2026, 9, 10, 0, 0, 0)),
		.kind = MASSAGE_SPORTS,
		.focus = focus, .n_focus = 1,
		.windows = windows, .n_windows = 1,
		.reasons = reasons,
	};
	char *text = export_ics_from_advice(&a, wtime_make(2026, 9, 1, 8, 0, 0));
	icalcomponent *cal = icalparser_parse_string(text);
	icalcomponent *ev, *alarm;
	struct icaltimetype start, end;
	struct icaltriggertype trig;
	int events = 0;

	assert_non_null(cal);
	assert_int_equal(icalcomponent_isa(cal), ICAL_VCALENDAR_COMPONENT);
	assert_int_equal(count_components(cal, ICAL_VEVENT_COMPONENT), 2);
	for (ev = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); ev;
	     ev = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT)) {
		const char *uid = icalcomponent_get_uid(ev);
		start = icalcomponent_get_dtstart(ev);
		end = icalcomponent_get_dtend(ev);
		assert_true(start.is_date);
		assert_non_null(icalcomponent_get_first_property(ev, ICAL_DTSTAMP_PROPERTY));
		/* UIDs: a digest of the event, the same at every export. */
		assert_true(g_str_has_suffix(uid, "@knead"));
		if (g_str_has_prefix(uid, "next-massage-")) {
			assert_int_equal(start.year, 2026);
			assert_int_equal(start.month, 9);
			assert_int_equal(start.day, 10);
			assert_int_equal(end.day, 11);
			assert_non_null(strstr(icalcomponent_get_summary(ev), "sports"));
			assert_non_null(strstr(icalcomponent_get_description(ev), "calves"));
			alarm = icalcomponent_get_first_component(ev, ICAL_VALARM_COMPONENT);
			assert_non_null(alarm);
			trig = icalproperty_get_trigger(
				icalcomponent_get_first_property(alarm, ICAL_TRIGGER_PROPERTY));
			/* Fires the day before: 09:00 on the 9th. */
			assert_int_equal(icaldurationtype_as_int(trig.duration), -15 * 3600);
			assert_int_equal(icalproperty_get_action(icalcomponent_get_first_property(
						 alarm, ICAL_ACTION_PROPERTY)),
					 ICAL_ACTION_DISPLAY);
			events |= 1;
		} else {
			assert_true(g_str_has_prefix(uid, "no-deep-tissue-"));
			assert_int_equal(strlen(uid), strlen("no-deep-tissue-") + 24 + strlen("@knead"));
			assert_int_equal(start.day, 18);
			assert_int_equal(end.day, 23); /* exclusive: through the 22nd */
			assert_non_null(strstr(icalcomponent_get_summary(ev), "Marathon de Montréal"));
			assert_null(icalcomponent_get_first_component(ev, ICAL_VALARM_COMPONENT));
			events |= 2;
		}
	}
	assert_int_equal(events, 3);
	icalcomponent_free(cal);
	g_free(text);
}

static void test_ics_from_store(void **state)
{
	struct temp_store *d = *state;
	char *text;
	size_t len;
	GError *err = NULL;
	icalcomponent *cal;

	fill(d->st);
	assert_true(export_ics(d->st, wtime_make(2026, 9, 14, 8, 0, 0), &text, &len, &err));
	cal = icalparser_parse_string(text);
	assert_non_null(cal);
	/* The race on the 20th is within six weeks: one window. */
	assert_int_equal(count_components(cal, ICAL_VEVENT_COMPONENT), 2);
	icalcomponent_free(cal);
	g_free(text);
}

/* --- the XML walker -------------------------------------------------------- */

/* A toy format: <r> at the root, its children numbered by name ("a" is
 * 2, ...), anything deeper is 9 under a known parent; every event goes
 * into a log. */
struct walk_log {
	GString *log;
	const char *stop_at; /* a start that fails, or NULL */
	int deepest_parent;  /* the parent class seen at depth 65 */
};

static int walk_classify(const char *name, int parent, int depth)
{
	if (depth == 0)
		return strcmp(name, "r") == 0 ? 1 : 0;
	if (depth == 65)
		return parent;
	if (parent == 1)
		return name[0] - 'a' + 2;
	return parent ? 9 : 0;
}

static bool walk_start(void *ctx, int el, int depth, bool *want_text, GError **err)
{
	struct walk_log *w = ctx;

	if (depth == 65)
		w->deepest_parent = el;
	if (depth > 2)
		return true;
	g_string_append_printf(w->log, "<%d", el);
	if (w->stop_at && el == w->stop_at[0] - 'a' + 2 && depth == 1) {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED, "stopped");
		return false;
	}
	*want_text = el >= 2 && el < 9;
	return true;
}

static bool walk_end(void *ctx, int el, const char *text, GError **err)
{
	struct walk_log *w = ctx;

	if (el >= 2 && el < 9)
		g_string_append_printf(w->log, " %d>[%s]", el, text);
	else if (el == 1 || el == 9)
		g_string_append_printf(w->log, " %d>", el);
	return true;
}

static const struct import_xml_walker walk_toy = { walk_classify, walk_start, walk_end };

static bool walk_text(const char *xml, struct walk_log *w, GError **err)
{
	struct import_xml x;
	bool ok;

	w->log = g_string_new(NULL);
	if (!import_xml_open_memory(&x, xml, strlen(xml), err))
		return false;
	ok = import_xml_walk(&x, &walk_toy, w, err);
	import_xml_close(&x);
	return ok;
}

/* Start and end in document order; an element's text is what comes
 * before its first child ends (CDATA included); an empty element starts
 * and ends. */
static void test_xml_walk_events(void **state)
{
	struct walk_log w = { 0 };
	GError *err = NULL;

	(void)state;
	assert_true(walk_text("<r><a>one<x/>two</a><c> x<![CDATA[y]]> </c><d/><b><x>z</x></b></r>",
			      &w, &err));
	assert_string_equal(w.log->str, "<1<2<9 9> 2>[one]<4 4>[ xy ]<5 5>[]<3<9 9> 3>[] 1>");
	g_string_free(w.log, TRUE);
}

/* Past the depth limit an element's parent counts as 0, whatever it is. */
static void test_xml_walk_depth(void **state)
{
	struct walk_log w = { 0 };
	GString *xml = g_string_new("<r><a>");
	GError *err = NULL;

	(void)state;
	for (int i = 2; i <= 65; i++)
		g_string_append(xml, "<e>");
	for (int i = 2; i <= 65; i++)
		g_string_append(xml, "</e>");
	g_string_append(xml, "</a></r>");
	w.deepest_parent = -1;
	assert_true(walk_text(xml->str, &w, &err));
	assert_int_equal(w.deepest_parent, 0);
	g_string_free(w.log, TRUE);
	g_string_free(xml, TRUE);
}

/* Text stops growing once it holds IMPORT_XML_TEXT_MAX bytes. */
static void test_xml_walk_text_limit(void **state)
{
	struct walk_log w = { 0 };
	GString *xml = g_string_new("<r><a>");
	GError *err = NULL;
	char *end;

	(void)state;
	for (int i = 0; i < IMPORT_XML_TEXT_MAX; i++)
		g_string_append_c(xml, 'x');
	g_string_append(xml, "<![CDATA[more]]></a></r>");
	assert_true(walk_text(xml->str, &w, &err));
	end = strstr(w.log->str, "]");
	assert_non_null(end);
	assert_int_equal(end - strstr(w.log->str, "[") - 1, IMPORT_XML_TEXT_MAX);
	assert_null(strstr(w.log->str, "more"));
	g_string_free(w.log, TRUE);
	g_string_free(xml, TRUE);
}

/* A start that fails stops the walk with its error; XML that is not
 * well formed stops it with libxml2's message and line. */
static void test_xml_walk_stops(void **state)
{
	struct walk_log w = { .stop_at = "b" };
	GError *err = NULL;

	(void)state;
	assert_false(walk_text("<r><a>1</a><b>2</b><c>3</c></r>", &w, &err));
	assert_string_equal(err->message, "stopped");
	assert_string_equal(w.log->str, "<1<2 2>[1]<3");
	g_clear_error(&err);
	g_string_free(w.log, TRUE);

	w.stop_at = NULL;
	assert_false(walk_text("<r>\n<a>1</b></r>", &w, &err));
	assert_non_null(strstr(err->message, "line 2: "));
	assert_non_null(strstr(err->message, "(expected well-formed XML)"));
	g_clear_error(&err);
	g_string_free(w.log, TRUE);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_gpx_garmin),
		cmocka_unit_test(test_gpx_apple_segments),
		cmocka_unit_test(test_gpx_suunto_crlf),
		cmocka_unit_test(test_tcx_polar_oneline),
		cmocka_unit_test(test_tcx_fr15_no_altitude),
		cmocka_unit_test(test_tcx_multisport),
		cmocka_unit_test(test_strava_csv),
		cmocka_unit_test(test_gpx_huge),
		cmocka_unit_test(test_gpx_crlf_bom_gzip),
		cmocka_unit_test(test_gpx_broken),
		cmocka_unit_test(test_gpx_bad_points),
		cmocka_unit_test(test_sport_decide),
		cmocka_unit_test(test_gpx_sport),
		cmocka_unit_test(test_gpx_skips),
		cmocka_unit_test(test_gpx_pauses_and_kinds),
		cmocka_unit_test(test_tcx_edges),
		cmocka_unit_test(test_strava_edges),
		cmocka_unit_test_setup_teardown(test_import_folder_twice, db_setup, db_teardown),
		cmocka_unit_test_setup_teardown(test_collect_strava_folder, db_setup, db_teardown),
		cmocka_unit_test_setup_teardown(test_json_round_trip, db_setup, db_teardown),
		cmocka_unit_test_setup_teardown(test_json_bad_row_is_left_out, db_setup,
						db_teardown),
		cmocka_unit_test_setup_teardown(test_csv_export, db_setup, db_teardown),
		cmocka_unit_test(test_ics),
		cmocka_unit_test_setup_teardown(test_ics_from_store, db_setup, db_teardown),
		cmocka_unit_test(test_xml_walk_events),
		cmocka_unit_test(test_xml_walk_depth),
		cmocka_unit_test(test_xml_walk_text_limit),
		cmocka_unit_test(test_xml_walk_stops),
	};

	setenv("TZ", "EST5EDT,M3.2.0,M11.1.0", 1);
	tzset();
	setenv("LC_ALL", "C.UTF-8", 1);
	return cmocka_run_group_tests(tests, NULL, NULL);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_fit.c - the FIT decoder and its runs: real files from watches, and
 * files built byte by byte (fit_builder.h) for what the real ones do not
 * show: compressed time stamps, big-endian definitions, developer fields,
 * chains, files without session, and every kind of damage.
 *
 * Expected figures for the real files are in tests/fixtures/README.md,
 * read with Garmin's own FIT SDK (JavaScript), not with this decoder.  The
 * time zone is EST5EDT, so that the UTC -> local conversion is exercised. */
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
#include <glib/gstdio.h>
#include <zlib.h>
#include "core/clock.h"
#include "core/error.h"
#include "core/import/import.h"
#include "core/import/fit.h"
#include "fit_builder.h"
#include "import_fixtures.h"
#include "testutil.h"

#define U(x) ((uint64_t)(x))
/* 2024-05-04T10:00:00Z */
#define T0 1714816800

static int64_t unix_of(int y, int mo, int d, int h, int mi, int s)
{
	GDateTime *dt = g_date_time_new_utc(y, mo, d, h, mi, s);
	int64_t u = g_date_time_to_unix(dt);

	g_date_time_unref(dt);
	return u;
}

static struct fit_activity *act(GArray *a, guint i)
{
	assert_true(i < a->len);
	return &g_array_index(a, struct fit_activity, i);
}

/* Decodes a fixture file; fails the test when it does not decode. */
static GArray *decode_fixture(const char *name, struct fit_stats *st)
{
	char *path = fixture(name);
	GArray *a = g_array_new(FALSE, TRUE, sizeof(struct fit_activity));
	GError *err = NULL;
	bool ok = fit_decode_file(path, a, st, &err);

	if (!ok)
		fail_msg("%s: %s", name, err->message);
	g_free(path);
	return a;
}

/* Decodes built bytes; returns the error message (g_free) or NULL. */
static char *decode_bytes(const struct fitb *b, GArray *out, struct fit_stats *st)
{
	GError *err = NULL;
	char *msg;

	if (fit_decode_memory(b->buf->data, b->buf->len, out, st, &err))
		return NULL;
	assert_non_null(err);
	msg = g_strdup(err->message);
	g_error_free(err);
	return msg;
}

/* A file's stored CRC, computed again with the builder's bit-by-bit CRC:
 * the builder agrees with a real watch. */
static void test_builder_crc_on_real_file(void **state)
{
	char *path = fixture("fit_garmin_run_3laps.fit");
	gchar *data;
	gsize len;

	(void)state;
	assert_true(g_file_get_contents(path, &data, &len, NULL));
	assert_true(len > 16);
	assert_int_equal(fitb_crc(0, (const uint8_t *)data, len - 2),
			 (uint8_t)data[len - 2] | (uint8_t)data[len - 1] << 8);
	assert_int_equal(fitb_crc(0, (const uint8_t *)data, 12),
			 (uint8_t)data[12] | (uint8_t)data[13] << 8);
	g_free(data);
	g_free(path);
}

static void test_real_garmin_run(void **state)
{
	struct fit_stats st;
	GArray *a = decode_fixture("fit_garmin_run_3laps.fit", &st);
	struct fit_activity *x = act(a, 0);
	struct import_batch b;
	char *path = fixture("fit_garmin_run_3laps.fit");
	struct run *r;

	(void)state;
	assert_int_equal(a->len, 1);
	assert_int_equal(st.files, 1);
	assert_int_equal(st.records, 380);
	assert_int_equal(st.bytes, 13830);
	assert_int_equal(x->origin, FIT_FROM_SESSION);
	assert_true(x->has_start);
	assert_int_equal(x->start, unix_of(2017, 10, 11, 16, 48, 25));
	assert_float_equal(x->elapsed_s, 1763.3, 1e-6);
	assert_float_equal(x->timer_s, 1763.3, 1e-6);
	assert_float_equal(x->distance_m, 3230.8, 1e-6);
	assert_int_equal(x->avg_hr, 152);
	assert_int_equal(x->max_hr, 178);
	assert_float_equal(x->ascent_m, 10, 1e-9);
	assert_int_equal(x->sport, FIT_SPORT_RUNNING);
	assert_int_equal(x->sub_sport, FIT_SUB_SPORT_GENERIC);
	assert_true(x->has_position);

	import_batch_init(&b);
	assert_true(import_fit_file(path, &b, NULL));
	assert_int_equal(b.runs->len, 1);
	r = &g_array_index(b.runs, struct run, 0);
	assert_int_equal(r->start, local_of_utc(2017, 10, 11, 16, 48, 25));
	assert_float_equal(r->distance_m, 3230.8, 1e-6);
	assert_float_equal(r->duration_s, 1763.3, 1e-6);
	assert_int_equal(r->avg_hr, 152);
	assert_float_equal(r->elevation_m, 10, 1e-9);
	assert_int_equal(r->kind, RUN_EASY);
	assert_int_equal(r->source, SOURCE_FIT);
	assert_string_equal(r->source_id, "2017-10-11T16:48:25Z");
	import_batch_clear(&b);
	g_array_unref(a);
	g_free(path);
}

/* Suunto: a trail run whose definitions carry developer fields. */
static void test_real_suunto_developer_fields(void **state)
{
	struct fit_stats st;
	GArray *a = decode_fixture("fit_suunto_trailrun_devfields.fit", &st);
	struct fit_activity *x = act(a, 0);
	struct import_batch b;
	char *path = fixture("fit_suunto_trailrun_devfields.fit");

	(void)state;
	assert_int_equal(a->len, 1);
	assert_true(st.developer_fields > 0);
	assert_int_equal(st.records, 2163);
	assert_int_equal(x->start, unix_of(2020, 3, 4, 16, 14, 31));
	assert_float_equal(x->elapsed_s, 2195.998, 1e-6);
	assert_float_equal(x->timer_s, 2160.68, 1e-6);
	assert_float_equal(x->distance_m, 6458, 1e-6);
	assert_int_equal(x->avg_hr, 148);
	assert_int_equal(x->max_hr, 161);
	assert_float_equal(x->ascent_m, 3, 1e-9);
	assert_int_equal(x->sport, FIT_SPORT_RUNNING);
	assert_int_equal(x->sub_sport, FIT_SUB_SPORT_TRAIL);

	import_batch_init(&b);
	assert_true(import_fit_file(path, &b, NULL));
	assert_int_equal(b.runs->len, 1);
	assert_int_equal(g_array_index(b.runs, struct run, 0).kind, RUN_TRAIL);
	assert_float_equal(g_array_index(b.runs, struct run, 0).duration_s, 2160.68, 1e-6);
	import_batch_clear(&b);
	g_array_unref(a);
	g_free(path);
}

/* Coros: no sub-sport field at all. */
static void test_real_coros_run(void **state)
{
	GArray *a = decode_fixture("fit_coros_run_nosubsport.fit", NULL);
	struct fit_activity *x = act(a, 0);

	(void)state;
	assert_int_equal(a->len, 1);
	assert_int_equal(x->start, unix_of(2020, 3, 14, 13, 52, 29));
	assert_float_equal(x->elapsed_s, 2922, 1e-6);
	assert_float_equal(x->distance_m, 10743.64, 1e-6);
	assert_int_equal(x->avg_hr, 160);
	assert_int_equal(x->max_hr, 173);
	assert_float_equal(x->ascent_m, 142, 1e-9);
	assert_int_equal(x->sport, FIT_SPORT_RUNNING);
	assert_int_equal(x->sub_sport, 0);
	g_array_unref(a);
}

/* A virtual ride whose session has neither start nor times: they come
 * from the records; the ride is skipped by sport. */
static void test_real_virtual_ride(void **state)
{
	GArray *a = decode_fixture("fit_virtualride_nostart.fit", NULL);
	struct fit_activity *x = act(a, 0);
	struct import_batch b;
	char *path = fixture("fit_virtualride_nostart.fit");

	(void)state;
	assert_int_equal(a->len, 1);
	assert_true(x->has_start);
	assert_int_equal(x->start, unix_of(2020, 1, 9, 17, 49, 7));
	assert_float_equal(x->elapsed_s, 1745, 1e-9);
	assert_true(x->timer_s < 0);
	assert_float_equal(x->distance_m, 11058, 1e-6);
	assert_int_equal(x->avg_hr, 133);
	assert_int_equal(x->max_hr, 172);
	assert_int_equal(x->sport, FIT_SPORT_CYCLING);

	import_batch_init(&b);
	assert_true(import_fit_file(path, &b, NULL));
	assert_int_equal(b.runs->len, 0);
	assert_int_equal(skipped(&b, "not a run: cycling"), 1);
	import_batch_clear(&b);
	g_array_unref(a);
	g_free(path);
}

/* A recording the watch never closed: data size 0 in the header. */
static void test_real_unclosed_refused(void **state)
{
	char *path = fixture("fit_garmin_unclosed_broken.fit");
	struct import_batch b;
	GError *err = NULL;

	(void)state;
	import_batch_init(&b);
	assert_false(import_fit_file(path, &b, &err));
	assert_non_null(err);
	assert_non_null(strstr(err->message, "byte 4:"));
	assert_non_null(strstr(err->message, "announces no data"));
	assert_int_equal(b.runs->len, 0);
	assert_int_equal(import_batch_skipped_total(&b), 0);
	g_error_free(err);
	import_batch_clear(&b);
	g_free(path);
}

/* .fit.gz reads as .fit; a cut gzip stream is refused. */
static void test_real_gzip(void **state)
{
	char *path = fixture("fit_garmin_run_3laps.fit");
	char *dir = g_dir_make_tmp("knead-fit-XXXXXX", NULL);
	char *gzpath = g_build_filename(dir, "run.fit.gz", NULL);
	gchar *data, *zdata;
	gsize len, zlen;
	gzFile gz;
	GArray *a = g_array_new(FALSE, TRUE, sizeof(struct fit_activity));
	GError *err = NULL;

	(void)state;
	assert_true(g_file_get_contents(path, &data, &len, NULL));
	gz = gzopen(gzpath, "wb");
	assert_int_equal(gzwrite(gz, data, (unsigned)len), (int)len);
	assert_int_equal(gzclose(gz), Z_OK);
	assert_true(fit_decode_file(gzpath, a, NULL, NULL));
	assert_int_equal(a->len, 1);
	assert_float_equal(act(a, 0)->distance_m, 3230.8, 1e-6);

	assert_true(g_file_get_contents(gzpath, &zdata, &zlen, NULL));
	assert_true(g_file_set_contents(gzpath, zdata, (gssize)(zlen / 2), NULL));
	g_array_set_size(a, 0);
	assert_false(fit_decode_file(gzpath, a, NULL, &err));
	assert_int_equal(a->len, 0);
	g_clear_error(&err);
	g_free(zdata);
	g_free(data);
	g_array_unref(a);
	rm_rf(dir);
	g_free(gzpath);
	g_free(dir);
	g_free(path);
}

/* A session definition: start, sport, sub-sport, elapsed, timer,
 * distance, avg and max HR, ascent, time stamp. */
static void define_session(struct fitb *b, unsigned local, bool big_endian)
{
	fitb_define(b, local, 18, big_endian, NULL, 0, 10,
		    253, 4, FITB_UINT32, 2, 4, FITB_UINT32, 5, 1, FITB_ENUM, 6, 1, FITB_ENUM,
		    7, 4, FITB_UINT32, 8, 4, FITB_UINT32, 9, 4, FITB_UINT32,
		    16, 1, FITB_UINT8, 17, 1, FITB_UINT8, 22, 2, FITB_UINT16);
}

static void session(struct fitb *b, unsigned local, int64_t start, unsigned sport, unsigned sub,
		    double elapsed, double timer, double dist, unsigned hr)
{
	fitb_data(b, local, U(FITB_TIME(start + (int64_t)elapsed)), U(FITB_TIME(start)), U(sport),
		  U(sub), U(elapsed * 1000), U(timer * 1000), U(dist * 100), U(hr), U(hr + 20),
		  U(42));
}

/* One running session, in either byte order and either header size. */
static void build_one_run(struct fitb *b, unsigned header, bool big_endian)
{
	fitb_begin(b, header);
	define_session(b, 3, big_endian);
	session(b, 3, T0, 1, 0, 3000.5, 2900.25, 10000.5, 150);
	fitb_end(b);
}

static void check_one_run(const struct fit_activity *x)
{
	assert_int_equal(x->start, T0);
	assert_float_equal(x->elapsed_s, 3000.5, 1e-9);
	assert_float_equal(x->timer_s, 2900.25, 1e-9);
	assert_float_equal(x->distance_m, 10000.5, 1e-9);
	assert_int_equal(x->avg_hr, 150);
	assert_int_equal(x->max_hr, 170);
	assert_float_equal(x->ascent_m, 42, 1e-9);
	assert_int_equal(x->sport, FIT_SPORT_RUNNING);
	assert_false(x->has_position);
}

static void test_gen_byte_orders(void **state)
{
	(void)state;
	for (int big = 0; big <= 1; big++) {
		for (unsigned header = 12; header <= 14; header += 2) {
			struct fitb b = { 0 };
			GArray *a = g_array_new(FALSE, TRUE, sizeof(struct fit_activity));
			char *msg;

			build_one_run(&b, header, big);
			msg = decode_bytes(&b, a, NULL);
			if (msg)
				fail_msg("big-endian %d, header %u: %s", big, header, msg);
			assert_int_equal(a->len, 1);
			check_one_run(act(a, 0));
			g_array_unref(a);
			fitb_free(&b);
		}
	}
}

/* Records: a full time stamp, then compressed ones, across a roll-over of
 * the five low bits. */
static void test_gen_compressed_timestamps(void **state)
{
	struct fitb b = { 0 };
	GArray *a = g_array_new(FALSE, TRUE, sizeof(struct fit_activity));
	struct fit_stats st;
	uint64_t t = FITB_TIME(T0);
	uint64_t t_end = t + 40;
	struct fit_activity *x;
	char *msg;

	(void)state;
	fitb_begin(&b, 14);
	fitb_define(&b, 0, 20, false, NULL, 0, 3, 253, 4, FITB_UINT32, 5, 4, FITB_UINT32, 3, 1,
		    FITB_UINT8);
	fitb_define(&b, 1, 20, false, NULL, 0, 2, 5, 4, FITB_UINT32, 3, 1, FITB_UINT8);
	fitb_data(&b, 0, U(t), U(0), U(140));
	fitb_data_compressed(&b, 1, (unsigned)(t + 10), U(3000), U(150));
	/* 40 s after the start: the offset wraps past 31. */
	fitb_data_compressed(&b, 1, (unsigned)t_end, U(12000), U(160));
	fitb_end(&b);
	msg = decode_bytes(&b, a, &st);
	if (msg)
		fail_msg("%s", msg);
	assert_int_equal(st.compressed, 2);
	assert_int_equal(st.records, 3);
	assert_int_equal(a->len, 1);
	x = act(a, 0);
	assert_int_equal(x->origin, FIT_FROM_RECORDS);
	assert_int_equal(x->start, T0);
	assert_float_equal(x->elapsed_s, 40, 1e-9);
	assert_float_equal(x->distance_m, 120, 1e-9);
	assert_int_equal(x->avg_hr, 150);
	assert_int_equal(x->max_hr, 160);
	assert_int_equal(x->sport, FIT_SPORT_UNKNOWN);
	g_array_unref(a);
	fitb_free(&b);
}

/* Developer fields sit after the normal ones and are skipped by size. */
static void test_gen_developer_fields(void **state)
{
	static const uint8_t dev_sizes[] = { 3, 1, 7 };
	struct fitb b = { 0 };
	GArray *a = g_array_new(FALSE, TRUE, sizeof(struct fit_activity));
	struct fit_stats st;
	char *msg;

	(void)state;
	fitb_begin(&b, 14);
	/* developer_data_id and field_description, as a watch writes them */
	fitb_define(&b, 5, 207, false, NULL, 0, 1, 3, 1, FITB_UINT8);
	fitb_data(&b, 5, U(0));
	fitb_define(&b, 0, 20, true, dev_sizes, 3, 2, 253, 4, FITB_UINT32, 3, 1, FITB_UINT8);
	fitb_data(&b, 0, U(FITB_TIME(T0)), U(120));
	fitb_data(&b, 0, U(FITB_TIME(T0 + 60)), U(130));
	define_session(&b, 1, false);
	session(&b, 1, T0, 1, 1, 60, 60, 200, 125);
	fitb_end(&b);
	msg = decode_bytes(&b, a, &st);
	if (msg)
		fail_msg("%s", msg);
	assert_int_equal(st.developer_fields, 3);
	assert_int_equal(st.records, 2);
	assert_int_equal(a->len, 1);
	assert_int_equal(act(a, 0)->sub_sport, FIT_SUB_SPORT_TREADMILL);
	assert_float_equal(act(a, 0)->distance_m, 200, 1e-9);
	g_array_unref(a);
	fitb_free(&b);
}

/* Two FIT files back to back, the second one with a 12-byte header. */
static void test_gen_chained(void **state)
{
	struct fitb b = { 0 };
	GArray *a = g_array_new(FALSE, TRUE, sizeof(struct fit_activity));
	struct fit_stats st;
	char *msg;

	(void)state;
	build_one_run(&b, 14, false);
	fitb_begin(&b, 12);
	define_session(&b, 0, true);
	session(&b, 0, T0 + 86400, 2, 0, 3600, 3500, 30000, 130);
	fitb_end(&b);
	msg = decode_bytes(&b, a, &st);
	if (msg)
		fail_msg("%s", msg);
	assert_int_equal(st.files, 2);
	assert_int_equal(a->len, 2);
	check_one_run(act(a, 0));
	assert_int_equal(act(a, 0)->file_index, 0);
	assert_int_equal(act(a, 1)->file_index, 1);
	assert_int_equal(act(a, 1)->start, T0 + 86400);
	assert_int_equal(act(a, 1)->sport, FIT_SPORT_CYCLING);
	g_array_unref(a);
	fitb_free(&b);
}

/* A multisport file: a road run with GPS, a ride, a treadmill run
 * without; runs imported, the ride counted by sport. */
static void test_gen_multisession(void **state)
{
	struct fitb b = { 0 };
	struct import_batch batch;
	GArray *a = g_array_new(FALSE, TRUE, sizeof(struct fit_activity));
	GError *err = NULL;
	struct run *r;

	(void)state;
	fitb_begin(&b, 14);
	fitb_define(&b, 0, 20, false, NULL, 0, 3, 253, 4, FITB_UINT32, 0, 4, FITB_SINT32, 1, 4,
		    FITB_SINT32);
	for (int i = 0; i <= 10; i++)
		fitb_data(&b, 0, U(FITB_TIME(T0 + i * 100)), FITB_SEMI(45.5 + i * 0.001),
			  FITB_SEMI(-73.6));
	define_session(&b, 1, false);
	session(&b, 1, T0, 1, 2, 1000, 990, 3000, 150);
	session(&b, 1, T0 + 2000, 2, 0, 1000, 1000, 8000, 130);
	session(&b, 1, T0 + 4000, 1, 1, 1800, 1800, 5000, 145);
	fitb_end(&b);
	assert_null(decode_bytes(&b, a, NULL));
	assert_int_equal(a->len, 3);
	assert_true(act(a, 0)->has_position);
	assert_false(act(a, 2)->has_position);

	import_batch_init(&batch);
	assert_true(import_fit_memory(b.buf->data, b.buf->len, &batch, &err));
	assert_int_equal(batch.runs->len, 2);
	assert_int_equal(skipped(&batch, "not a run: cycling"), 1);
	r = &g_array_index(batch.runs, struct run, 1);
	assert_int_equal(r->start, wtime_from_utc(T0 + 4000));
	assert_float_equal(r->distance_m, 5000, 1e-9);
	assert_float_equal(r->duration_s, 1800, 1e-9);
	assert_string_equal(r->source_id, "2024-05-04T11:06:40Z");
	import_batch_clear(&batch);
	g_array_unref(a);
	fitb_free(&b);
}

/* Without session: the laps; without laps: the records, whose track over
 * the positions is the distance when they carry none. */
static void test_gen_laps_and_records(void **state)
{
	struct fitb b = { 0 };
	GArray *a = g_array_new(FALSE, TRUE, sizeof(struct fit_activity));
	struct fit_activity *x;

	(void)state;
	fitb_begin(&b, 14);
	fitb_define(&b, 2, 19, false, NULL, 0, 6, 2, 4, FITB_UINT32, 8, 4, FITB_UINT32, 9, 4,
		    FITB_UINT32, 15, 1, FITB_UINT8, 25, 1, FITB_ENUM, 21, 2, FITB_UINT16);
	fitb_data(&b, 2, U(FITB_TIME(T0)), U(600000), U(200000), U(140), U(1), U(5));
	fitb_data(&b, 2, U(FITB_TIME(T0 + 600)), U(300000), U(100000), U(170), U(1), U(7));
	fitb_end(&b);
	assert_null(decode_bytes(&b, a, NULL));
	x = act(a, 0);
	assert_int_equal(x->origin, FIT_FROM_LAPS);
	assert_int_equal(x->start, T0);
	assert_float_equal(x->timer_s, 900, 1e-9);
	assert_float_equal(x->distance_m, 3000, 1e-9);
	assert_int_equal(x->avg_hr, 150); /* weighted by time: (140*600 + 170*300) / 900 */
	assert_float_equal(x->ascent_m, 12, 1e-9);
	assert_int_equal(x->sport, FIT_SPORT_RUNNING);
	fitb_free(&b);

	g_array_set_size(a, 0);
	fitb_begin(&b, 12);
	/* altitude: (m + 500) * 5 */
	fitb_define(&b, 0, 20, false, NULL, 0, 4, 253, 4, FITB_UINT32, 0, 4, FITB_SINT32, 1, 4,
		    FITB_SINT32, 2, 2, FITB_UINT16);
	fitb_data(&b, 0, U(FITB_TIME(T0)), FITB_SEMI(0.0), FITB_SEMI(10.0), U((100 + 500) * 5));
	fitb_data(&b, 0, U(FITB_TIME(T0 + 300)), FITB_SEMI(0.0), FITB_SEMI(10.01),
		  U((110 + 500) * 5));
	fitb_data(&b, 0, U(FITB_TIME(T0 + 600)), U(0x7fffffff), U(0x7fffffff),
		  U((105 + 500) * 5));
	fitb_end(&b);
	assert_null(decode_bytes(&b, a, NULL));
	x = act(a, 0);
	assert_int_equal(x->origin, FIT_FROM_RECORDS);
	assert_float_equal(x->elapsed_s, 600, 1e-9);
	/* 0.01 degree of longitude on the equator */
	assert_float_equal(x->distance_m, 2 * G_PI * 6371000.0 / 36000, 0.5);
	assert_float_equal(x->ascent_m, 10, 1e-6);
	assert_true(x->has_position);
	g_array_unref(a);
	fitb_free(&b);
}

/* Invalid values (all ones, or 0 for the z types) are left out. */
static void test_gen_invalid_values(void **state)
{
	struct fitb b = { 0 };
	GArray *a = g_array_new(FALSE, TRUE, sizeof(struct fit_activity));
	struct fit_activity *x;

	(void)state;
	fitb_begin(&b, 14);
	fitb_define(&b, 0, 20, false, NULL, 0, 2, 253, 4, FITB_UINT32, 5, 4, FITB_UINT32);
	fitb_data(&b, 0, U(FITB_TIME(T0)), U(0));
	fitb_data(&b, 0, U(FITB_TIME(T0 + 100)), U(55555));
	define_session(&b, 1, false);
	fitb_data(&b, 1, U(FITB_TIME(T0 + 100)), U(FITB_TIME(T0)), U(0xff), U(0xff), U(100000),
		  U(0xffffffff), U(0xffffffff), U(0xff), U(0xff), U(0xffff));
	fitb_end(&b);
	assert_null(decode_bytes(&b, a, NULL));
	x = act(a, 0);
	assert_int_equal(x->sport, FIT_SPORT_UNKNOWN);
	assert_float_equal(x->elapsed_s, 100, 1e-9);
	assert_true(x->timer_s < 0);
	assert_float_equal(x->distance_m, 555.55, 1e-9); /* from the records */
	assert_int_equal(x->avg_hr, 0);
	assert_true(x->ascent_m < 0);
	g_array_unref(a);
	fitb_free(&b);
}

/* A definition may give any field any type: huge heart rates and sports
 * are left out (found by fuzzing: they overflowed an int). */
static void test_gen_hostile_types(void **state)
{
	struct fitb b = { 0 };
	GArray *a = g_array_new(FALSE, TRUE, sizeof(struct fit_activity));
	struct fit_activity *x;

	(void)state;
	fitb_begin(&b, 14);
	fitb_define(&b, 0, 20, false, NULL, 0, 2, 253, 4, FITB_UINT32, 3, 4, FITB_UINT32);
	fitb_data(&b, 0, U(FITB_TIME(T0)), U(3942120000u));
	fitb_data(&b, 0, U(FITB_TIME(T0 + 60)), U(150));
	fitb_define(&b, 1, 18, false, NULL, 0, 5, 2, 4, FITB_UINT32, 5, 4, FITB_UINT32, 7, 4,
		    FITB_UINT32, 16, 4, FITB_UINT32, 17, 2, FITB_UINT16);
	fitb_data(&b, 1, U(FITB_TIME(T0)), U(4000000000u), U(60000), U(4000000000u), U(65534));
	fitb_end(&b);
	assert_null(decode_bytes(&b, a, NULL));
	x = act(a, 0);
	assert_int_equal(x->sport, FIT_SPORT_UNKNOWN);
	assert_int_equal(x->avg_hr, 0);
	assert_int_equal(x->max_hr, 65534);
	assert_float_equal(x->elapsed_s, 60, 1e-9);
	g_array_unref(a);
	fitb_free(&b);
}

/* Expects the bytes to be refused with a message holding `what`, leaving
 * nothing in the batch. */
static void expect_refused(const struct fitb *b, const char *what)
{
	struct import_batch batch;
	GError *err = NULL;

	import_batch_init(&batch);
	assert_false(import_fit_memory(b->buf->data, b->buf->len, &batch, &err));
	assert_non_null(err);
	if (!strstr(err->message, what))
		fail_msg("\"%s\" does not say \"%s\"", err->message, what);
	assert_int_equal(batch.runs->len, 0);
	assert_int_equal(import_batch_skipped_total(&batch), 0);
	g_error_free(err);
	import_batch_clear(&batch);
}

static void build_chain(struct fitb *b, guint *first_len)
{
	build_one_run(b, 14, false);
	*first_len = b->buf->len;
	build_one_run(b, 12, true);
}

/* Expects the bytes to be kept as damaged after a byte from `after` to
 * `upto`, with `runs` runs. */
static void expect_damaged(const struct fitb *b, uint64_t after, uint64_t upto, unsigned runs)
{
	struct import_batch batch;
	GError *err = NULL;

	import_batch_init(&batch);
	if (!import_fit_memory(b->buf->data, b->buf->len, &batch, &err))
		fail_msg("%u bytes refused: %s", b->buf->len, err->message);
	assert_true(batch.damaged);
	if (batch.damaged_after < after || batch.damaged_after > upto)
		fail_msg("%u bytes: damaged after %llu, expected %llu to %llu", b->buf->len,
			 (unsigned long long)batch.damaged_after, (unsigned long long)after,
			 (unsigned long long)upto);
	assert_int_equal(batch.damaged_kept, runs);
	assert_int_equal(batch.runs->len, runs);
	import_batch_clear(&batch);
}

/* Cut anywhere: refused while no session was read whole; once the first
 * file's session is whole (the last message of its data), that run is
 * kept, damaged after the last message read whole (in the second file,
 * after its header or one of its messages). */
static void test_gen_truncated_everywhere(void **state)
{
	struct fitb b = { 0 };
	guint full, first;

	(void)state;
	build_chain(&b, &first);
	full = b.buf->len;
	for (guint n = 1; n < full; n++) {
		if (n == first)
			continue;
		g_byte_array_set_size(b.buf, n);
		if (n < first - 2)
			expect_refused(&b, "the file ends at byte");
		else if (n < first)
			expect_damaged(&b, first - 2, first - 2, 1); /* its CRC cut */
		else
			expect_damaged(&b, first, n, n >= full - 2 ? 2 : 1); /* in the second */
		fitb_free(&b);
		build_chain(&b, &first);
	}
	fitb_free(&b);
}

static void test_gen_damage(void **state)
{
	struct fitb b = { 0 };

	(void)state;
	build_one_run(&b, 14, false);
	b.buf->data[b.buf->len - 5] ^= 0x10; /* a value, not a size */
	expect_refused(&b, "the FIT data's CRC is");
	fitb_free(&b);

	build_one_run(&b, 14, false);
	b.buf->data[2] ^= 0x01;
	expect_refused(&b, "byte 12: the FIT header's CRC");
	fitb_free(&b);

	build_one_run(&b, 14, false);
	b.buf->data[9] = 'f';
	expect_refused(&b, "no \".FIT\" signature");
	fitb_free(&b);

	build_one_run(&b, 14, false);
	b.buf->data[0] = 13;
	expect_refused(&b, "a FIT header of 13 bytes");
	fitb_free(&b);

	build_one_run(&b, 12, false);
	b.buf->data[1] = 0x30;
	expect_refused(&b, "protocol version 3.0");
	fitb_free(&b);

	/* Junk after a whole file: the file's run is kept. */
	build_one_run(&b, 12, false);
	{
		guint whole = b.buf->len;
		g_byte_array_append(b.buf, (const guint8 *)"junk", 4);
		expect_damaged(&b, whole, whole, 1);
	}
	fitb_free(&b);

	b.buf = g_byte_array_new();
	expect_refused(&b, "the file is empty");
	fitb_free(&b);
}

/* Definitions and messages that cannot be. */
static void test_gen_impossible(void **state)
{
	struct fitb b = { 0 };

	(void)state;
	fitb_begin(&b, 14);
	define_session(&b, 0, false);
	b.buf->data[14 + 2] = 2; /* architecture */
	fitb_end(&b);
	expect_refused(&b, "byte 14: a definition with architecture 2");
	fitb_free(&b);

	fitb_begin(&b, 14);
	define_session(&b, 0, false);
	b.defs[7] = b.defs[0];
	session(&b, 7, T0, 1, 0, 1, 1, 1, 1);
	fitb_end(&b);
	expect_refused(&b, "of local type 7, which no definition announced");
	fitb_free(&b);

	/* A compressed header points at local types 0-3 only. */
	fitb_begin(&b, 14);
	define_session(&b, 0, false);
	b.defs[2] = b.defs[0];
	fitb_data_compressed(&b, 2, 5, U(0), U(0), U(0), U(0), U(0), U(0), U(0), U(0), U(0),
			     U(0));
	fitb_end(&b);
	expect_refused(&b, "local type 2");
	fitb_free(&b);

	/* The header announces less data than the messages hold. */
	build_one_run(&b, 14, false);
	b.buf->data[4] -= 3;
	b.buf->data[12] = b.buf->data[13] = 0; /* no header CRC */
	expect_refused(&b, "runs past the end of the FIT data (the header announces");
	fitb_free(&b);
}

/* The hard limits: sessions and chained files. */
static void test_gen_limits(void **state)
{
	struct fitb b = { 0 };

	(void)state;
	fitb_begin(&b, 12);
	define_session(&b, 0, false);
	for (unsigned i = 0; i <= FIT_MAX_ACTIVITIES; i++)
		session(&b, 0, T0 + i * 10, 1, 0, 5, 5, 10, 100);
	fitb_end(&b);
	expect_refused(&b, "more than 1000 sessions");
	fitb_free(&b);

	for (unsigned i = 0; i <= FIT_MAX_CHAINED; i++) {
		fitb_begin(&b, 12);
		fitb_end(&b);
	}
	expect_refused(&b, "more than 256 FIT files chained");
	fitb_free(&b);
}

/* The driver finds FIT files by name (.fit, .FIT, .fit.gz) and, under any
 * other name, by their signature. */
static void test_driver_finds_fit(void **state)
{
	char *dir = g_dir_make_tmp("knead-fit-XXXXXX", NULL);
	char *src = fixture("fit_garmin_run_3laps.fit");
	GPtrArray *files = g_ptr_array_new_with_free_func(g_free);
	static const char *const names[] = { "a.FIT", "b.fit.gz", "c.bin", "d.txt" };
	gchar *data;
	gsize len;

	(void)state;
	assert_true(g_file_get_contents(src, &data, &len, NULL));
	for (unsigned i = 0; i < 3; i++) {
		char *p = g_build_filename(dir, names[i], NULL);
		assert_true(g_file_set_contents(p, data, (gssize)len, NULL));
		g_free(p);
	}
	{
		char *p = g_build_filename(dir, names[3], NULL);
		assert_true(g_file_set_contents(p, "0123456789ab.FIT", -1, NULL));
		g_free(p);
	}
	assert_true(import_collect(dir, files, NULL));
	assert_int_equal(files->len, 3);
	for (unsigned i = 0; i < 3; i++)
		assert_true(g_str_has_suffix(files->pdata[i], names[i]));
	assert_int_equal(import_format_guess("x/RUN.FIT.GZ"), IMPORT_FORMAT_FIT);
	assert_true(fit_has_signature(data, len));
	assert_false(fit_has_signature(data, 11));
	assert_true(fit_file_has_signature(files->pdata[2]));
	g_ptr_array_unref(files);
	g_free(data);
	rm_rf(dir);
	g_free(dir);
	g_free(src);
}

static void test_sports(void **state)
{
	char *s;

	(void)state;
	assert_true(fit_sport_is_run(FIT_SPORT_RUNNING, FIT_SUB_SPORT_TRAIL));
	assert_true(fit_sport_is_run(FIT_SPORT_FITNESS_EQUIPMENT, FIT_SUB_SPORT_TREADMILL));
	assert_false(fit_sport_is_run(FIT_SPORT_FITNESS_EQUIPMENT, 15));
	assert_false(fit_sport_is_run(FIT_SPORT_WALKING, 0));
	s = fit_sport_name(FIT_SPORT_HIKING);
	assert_string_equal(s, "hiking");
	g_free(s);
	s = fit_sport_name(200);
	assert_string_equal(s, "sport 200");
	g_free(s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_builder_crc_on_real_file),
		cmocka_unit_test(test_real_garmin_run),
		cmocka_unit_test(test_real_suunto_developer_fields),
		cmocka_unit_test(test_real_coros_run),
		cmocka_unit_test(test_real_virtual_ride),
		cmocka_unit_test(test_real_unclosed_refused),
		cmocka_unit_test(test_real_gzip),
		cmocka_unit_test(test_gen_byte_orders),
		cmocka_unit_test(test_gen_compressed_timestamps),
		cmocka_unit_test(test_gen_developer_fields),
		cmocka_unit_test(test_gen_chained),
		cmocka_unit_test(test_gen_multisession),
		cmocka_unit_test(test_gen_laps_and_records),
		cmocka_unit_test(test_gen_invalid_values),
		cmocka_unit_test(test_gen_hostile_types),
		cmocka_unit_test(test_gen_truncated_everywhere),
		cmocka_unit_test(test_gen_damage),
		cmocka_unit_test(test_gen_impossible),
		cmocka_unit_test(test_gen_limits),
		cmocka_unit_test(test_driver_finds_fit),
		cmocka_unit_test(test_sports),
	};

	setenv("TZ", "EST5EDT,M3.2.0,M11.1.0", 1);
	tzset();
	setenv("LC_ALL", "C.UTF-8", 1);
	return cmocka_run_group_tests(tests, NULL, NULL);
}

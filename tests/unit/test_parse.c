/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_parse.c - every accepted form of every parser, and the refusals. */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <math.h>
#include <string.h>
#include "core/clock.h"
#include "core/error.h"
#include "core/parse.h"
#include "core/regions.h"

static void expect_distance(const char *s, enum unit u, double metres)
{
	GError *err = NULL;
	double got = -1;

	if (!parse_distance(s, u, &got, &err))
		fail_msg("\"%s\" refused: %s", s, err->message);
	if (fabs(got - metres) > 1e-6)
		fail_msg("\"%s\": got %f m, expected %f m", s, got, metres);
}

static void test_distance_forms(void **state)
{
	expect_distance("10", UNIT_KM, 10000);
	expect_distance("10", UNIT_MI, 16093.44);
	expect_distance("10km", UNIT_KM, 10000);
	expect_distance("10.5k", UNIT_KM, 10500);
	expect_distance("800m", UNIT_KM, 800);
	expect_distance("6.2mi", UNIT_KM, 6.2 * 1609.344);
	expect_distance("21.1km", UNIT_MI, 21100);
	expect_distance("10,5km", UNIT_KM, 10500);
	expect_distance("42.195KM", UNIT_KM, 42195);
	expect_distance("0.4k", UNIT_KM, 400);
}

static void expect_duration(const char *s, double seconds)
{
	GError *err = NULL;
	double got = -1;

	if (!parse_duration(s, &got, &err))
		fail_msg("\"%s\" refused: %s", s, err->message);
	if (fabs(got - seconds) > 1e-6)
		fail_msg("\"%s\": got %f s, expected %f s", s, got, seconds);
}

static void test_duration_forms(void **state)
{
	expect_duration("52:30", 3150);
	expect_duration("1:45:00", 6300);
	expect_duration("45m", 2700);
	expect_duration("90s", 90);
	expect_duration("1h30m", 5400);
	expect_duration("1h", 3600);
	expect_duration("2h5m30s", 7530);
	expect_duration("75:00", 4500);
	expect_duration("0:45:07", 2707);
}

static void test_date_forms(void **state)
{
	dayno today = wtime_day(wtime_make(2026, 11, 23, 8, 0, 0));
	GError *err = NULL;
	dayno d;
	char buf[DATE_BUF];

	assert_true(parse_date("today", today, &d, &err));
	assert_int_equal(d, today);
	assert_true(parse_date("yesterday", today, &d, &err));
	assert_int_equal(d, today - 1);
	assert_true(parse_date("-3d", today, &d, &err));
	assert_int_equal(d, today - 3);
	assert_true(parse_date("+10d", today, &d, &err));
	assert_int_equal(d, today + 10);
	assert_true(parse_date("2024-02-29", today, &d, &err));
	assert_string_equal(day_format(d, buf), "2024-02-29");
	assert_true(parse_date("2026-12-31", today, &d, &err));
	assert_string_equal(day_format(d, buf), "2026-12-31");
}

/* How a --date is read: with a time of day (parse_datetime) or as a day
 * (parse_date), the same for the command line, edit and the forms. */
static void test_time_of_day_or_day(void **state)
{
	(void)state;
	assert_true(parse_has_time_of_day("2026-11-23T07:45"));
	assert_true(parse_has_time_of_day("2026-11-23t07:45"));
	assert_true(parse_has_time_of_day("2026-11-23 07:45:12"));
	assert_true(parse_has_time_of_day("2026-13-45T99:99")); /* then refused by the parser */
	assert_false(parse_has_time_of_day("2026-11-23"));
	assert_false(parse_has_time_of_day("yesterday"));
	assert_false(parse_has_time_of_day("-3d"));
	assert_false(parse_has_time_of_day("2026-11-23X07:45"));
	assert_false(parse_has_time_of_day(""));
	assert_false(parse_has_time_of_day(NULL));
}

static void test_datetime_forms(void **state)
{
	GError *err = NULL;
	wtime t;
	char buf[DATETIME_BUF];

	assert_true(parse_datetime("2026-11-23", &t, &err));
	assert_string_equal(wtime_format(t, buf), "2026-11-23T00:00:00");
	assert_true(parse_datetime("2026-11-23T07:45", &t, &err));
	assert_string_equal(wtime_format(t, buf), "2026-11-23T07:45:00");
	assert_true(parse_datetime("2026-11-23 07:45:12", &t, &err));
	assert_string_equal(wtime_format(t, buf), "2026-11-23T07:45:12");
}

/* A region alone (articles --region): a name or id, or a refusal that
 * offers the nearest. */
static void test_region_alone(void **state)
{
	GError *err = NULL;
	enum region r = REGION_CALF;

	(void)state;
	assert_true(parse_region(" IT band ", &r, &err));
	assert_int_equal(r, REGION_IT_BAND);
	assert_null(err);
	assert_false(parse_region("hamstrnig", &r, &err));
	assert_string_equal(err->message, "\"hamstrnig\" is not a body region (did you mean hamstring?)");
	g_clear_error(&err);
	assert_false(parse_region("elbow", &r, &err));
	/* Nothing near: every id the table holds, in its order. */
	{
		GString *want = g_string_new("\"elbow\" is not a body region (expected one of: ");

		for (int i = 0; i < REGION_COUNT; i++)
			g_string_append_printf(want, "%s%s", i ? ", " : "", region_id((enum region)i));
		g_string_append_c(want, ')');
		assert_string_equal(err->message, want->str);
		g_string_free(want, TRUE);
	}
	g_clear_error(&err);
	assert_false(parse_region("", &r, &err));
	assert_non_null(err);
	g_clear_error(&err);
	assert_int_equal(r, REGION_IT_BAND);
}

/* A word among a translation's list ("sorties|sortie"). */
static void test_one_of(void **state)
{
	(void)state;
	assert_true(parse_is_one_of("sorties", "sorties|sortie"));
	assert_true(parse_is_one_of("Épreuve", "épreuves|épreuve"));
	assert_true(parse_is_one_of("EPREUVES", "épreuves|épreuve"));
	assert_false(parse_is_one_of("sort", "sorties|sortie"));
	assert_false(parse_is_one_of("", "sorties||sortie"));
	assert_false(parse_is_one_of("x", ""));
}

static void test_region_forms(void **state)
{
	GError *err = NULL;
	enum region r;
	enum side s;

	/* A region with sides needs its side. */
	assert_false(parse_region_side("calf", &r, &s, &err));
	assert_string_equal(err->message, "\"calf\" needs a side (calf:left or calf:right)");
	g_clear_error(&err);
	/* Any case, English names, a blank for the dash. */
	assert_true(parse_region_side("Calf:Left", &r, &s, &err));
	assert_int_equal(r, REGION_CALF);
	assert_int_equal(s, SIDE_LEFT);
	assert_true(parse_region_side("IT band:R", &r, &s, &err));
	assert_int_equal(r, REGION_IT_BAND);
	assert_int_equal(s, SIDE_RIGHT);
	assert_true(parse_region_side("calf:left", &r, &s, &err));
	assert_int_equal(s, SIDE_LEFT);
	assert_true(parse_region_side("it-band:right", &r, &s, &err));
	assert_int_equal(r, REGION_IT_BAND);
	assert_int_equal(s, SIDE_RIGHT);
	assert_true(parse_region_side("hip-flexor:l", &r, &s, &err));
	assert_int_equal(r, REGION_HIP_FLEXOR);
	assert_int_equal(s, SIDE_LEFT);
	assert_true(parse_region_side("lower-back", &r, &s, &err));
	assert_int_equal(r, REGION_LOWER_BACK);
	/* Every region id round-trips, with a side where it takes one. */
	for (int i = 0; i < REGION_COUNT; i++) {
		char *typed = g_strdup_printf("%s%s", region_id(i), region_has_side(i) ? ":right" : "");
		assert_true(parse_region_side(typed, &r, &s, &err));
		assert_int_equal(r, i);
		assert_true(parse_region_name(region_id(i), &r));
		g_free(typed);
	}
}

static void test_small_values(void **state)
{
	GError *err = NULL;
	int v;
	char c;
	int64_t id;

	assert_true(parse_level("0", &v, &err));
	assert_int_equal(v, 0);
	assert_true(parse_level("10", &v, &err));
	assert_int_equal(v, 10);
	assert_true(parse_rpe("6", &v, &err));
	assert_int_equal(v, 6);
	assert_true(parse_heart_rate("152", &v, &err));
	assert_int_equal(v, 152);
	assert_true(parse_priority("a", &c, &err));
	assert_int_equal(c, 'A');
	assert_true(parse_id("42", &id, &err));
	assert_int_equal(id, 42);
}

/* Each bad input is refused with KNEAD_ERROR_INVALID, and the message
 * quotes the value. */
enum which { DIST, DUR, DATE, DATETIME, REGION, LEVEL, RPE, HR, PRIO, ID, RUNKIND, MKIND };

static const struct bad {
	enum which which;
	const char *input;
	const char *quoted; /* what the message must contain */
} bad_inputs[] = {
	{ DIST, "-5km", "\"-5km\" is not a distance" },
	{ DIST, "0", "\"0\"" },
	{ DIST, "0km", "\"0km\"" },
	{ DIST, "abc", "\"abc\"" },
	{ DIST, "", "\"\"" },
	{ DIST, "10 km", "\"10 km\"" },
	{ DIST, "10kmh", "\"10kmh\"" },
	{ DIST, "nan", "\"nan\"" },
	{ DIST, "inf", "\"inf\"" },
	{ DIST, "1e3m", "\"1e3m\"" },
	{ DIST, "0x10km", "\"0x10km\"" },
	{ DIST, "10..5km", "\"10..5km\"" },
	{ DIST, "5000km", "\"5000km\"" },
	{ DIST, "99999999999999999999999km", "is not a distance" },
	{ DIST, "10ft", "\"10ft\"" },
	{ DIST, ".5km", "\".5km\"" },
	{ DUR, "abc", "\"abc\" is not a duration" },
	{ DUR, "52:3", "\"52:3\"" },
	{ DUR, "52:60", "\"52:60\"" },
	{ DUR, "1h60m", "\"1h60m\"" },
	{ DUR, "1m60s", "\"1m60s\"" },
	{ DUR, "2h30m75s", "\"2h30m75s\"" },
	{ DUR, "1:60:00", "\"1:60:00\"" },
	{ DUR, "1:2:3:4", "\"1:2:3:4\"" },
	{ DUR, "-45m", "\"-45m\"" },
	{ DUR, "0:00", "\"0:00\"" },
	{ DUR, "0s", "\"0s\"" },
	{ DUR, "30m1h", "\"30m1h\"" },
	{ DUR, "45", "\"45\"" },
	{ DUR, "200h", "\"200h\"" },
	{ DUR, "", "\"\"" },
	{ DUR, ":30", "\":30\"" },
	{ DATE, "2026-02-30", "\"2026-02-30\" is not a date" },
	{ DATE, "2026-13-01", "\"2026-13-01\"" },
	{ DATE, "2025-02-29", "\"2025-02-29\"" },
	{ DATE, "26-11-23", "\"26-11-23\"" },
	{ DATE, "2026/11/23", "\"2026/11/23\"" },
	{ DATE, "3d", "\"3d\"" },
	{ DATE, "-3", "\"-3\"" },
	{ DATE, "-99999999d", "\"-99999999d\"" },
	{ DATE, "tommorow", "\"tommorow\"" },
	{ DATE, "", "\"\"" },
	{ DATE, "2026-11-23x", "\"2026-11-23x\"" },
	{ DATETIME, "2026-11-23T25:00", "\"2026-11-23T25:00\"" },
	{ DATETIME, "2026-11-23T07:60", "\"2026-11-23T07:60\"" },
	{ DATETIME, "2026-11-23T7:30", "\"2026-11-23T7:30\"" },
	{ DATETIME, "now", "\"now\"" },
	{ REGION, "elbow", "\"elbow\" is not a body region" },
	{ REGION, "calf:middle", "\"calf:middle\" does not name a side (expected calf:left or calf:right)" },
	{ REGION, "lower-back:left", "\"lower-back:left\" takes no side (lower back: neither" },
	{ REGION, "", "\"\"" },
	{ REGION, "Calf", "\"Calf\"" },
	{ REGION, "calf:", "\"calf:\"" },
	{ REGION, "calf:left:right", "\"calf:left:right\"" },
	{ LEVEL, "11", "\"11\" is not a soreness level" },
	{ LEVEL, "-1", "\"-1\"" },
	{ LEVEL, "5.5", "\"5.5\"" },
	{ LEVEL, "five", "\"five\"" },
	{ LEVEL, "", "\"\"" },
	{ LEVEL, "99999999999999999999", "is not a soreness level" },
	{ RPE, "0", "\"0\" is not an effort rating" },
	{ RPE, "11", "\"11\"" },
	{ HR, "10", "\"10\" is not a heart rate" },
	{ HR, "400", "\"400\"" },
	{ PRIO, "D", "\"D\" is not a race priority" },
	{ PRIO, "AB", "\"AB\"" },
	{ PRIO, "", "\"\"" },
	{ ID, "0", "\"0\" is not an id" },
	{ ID, "-4", "\"-4\"" },
	{ ID, "4x", "\"4x\"" },
	{ ID, "99999999999999999999999", "is not an id" },
	{ RUNKIND, "jog", "\"jog\" is not a kind of run" },
	{ MKIND, "shiatsu", "\"shiatsu\" is not a kind of massage" },
	{ DIST, "10km\x1b[2J", "10km\xef\xbf\xbd[2J" },
};

static bool parse_one(const struct bad *b, GError **err)
{
	dayno today = wtime_day(wtime_make(2026, 11, 23, 8, 0, 0));
	double dv;
	int iv;
	char cv;
	int64_t idv;
	dayno d;
	wtime t;
	enum region r;
	enum side s;
	enum run_kind rk;
	enum massage_kind mk;

	switch (b->which) {
	case DIST:
		return parse_distance(b->input, UNIT_KM, &dv, err);
	case DUR:
		return parse_duration(b->input, &dv, err);
	case DATE:
		return parse_date(b->input, today, &d, err);
	case DATETIME:
		return parse_datetime(b->input, &t, err);
	case REGION:
		return parse_region_side(b->input, &r, &s, err);
	case LEVEL:
		return parse_level(b->input, &iv, err);
	case RPE:
		return parse_rpe(b->input, &iv, err);
	case HR:
		return parse_heart_rate(b->input, &iv, err);
	case PRIO:
		return parse_priority(b->input, &cv, err);
	case ID:
		return parse_id(b->input, &idv, err);
	case RUNKIND:
		return parse_run_kind(b->input, &rk, err);
	case MKIND:
		return parse_massage_kind(b->input, &mk, err);
	}
	return true;
}

static void test_words_any_case(void **state)
{
	static const char *const commands[] = { "log", "list", "status", "next", "regions" };
	GError *err = NULL;
	enum run_kind k;
	enum massage_kind m;
	enum region r;
	enum side sd;
	dayno d;

	(void)state;
	assert_true(parse_run_kind("Tempo", &k, &err));
	assert_int_equal(k, RUN_TEMPO);
	assert_true(parse_massage_kind("Deep Tissue", &m, &err));
	assert_int_equal(m, MASSAGE_DEEP_TISSUE);
	assert_true(parse_date("Yesterday", 100, &d, &err));
	assert_int_equal(d, 99);
	assert_true(parse_date("+3D", 100, &d, &err));
	assert_int_equal(d, 103);
	/* The examples fit what the date is for. */
	assert_false(parse_date_for("soon", 100, DATE_AHEAD, &d, &err));
	assert_non_null(strstr(err->message, "tomorrow or +3d"));
	g_clear_error(&err);
	assert_false(parse_date("soon", 100, &d, &err));
	assert_non_null(strstr(err->message, "yesterday or -3d"));
	g_clear_error(&err);
	/* Text that is not UTF-8 is refused, not read past its end (found by
	 * fuzz_parse). */
	assert_false(parse_region_side("2\xd7" "026-LLL\xb4\xb3" "calf:left", &r, &sd, &err));
	g_clear_error(&err);
	assert_false(parse_run_kind("\xe9\xff", &k, &err));
	g_clear_error(&err);
	/* Did you mean: one slip in a short word, none for a stranger. */
	assert_string_equal(parse_nearest("stauts", commands, 5), "status");
	assert_string_equal(parse_nearest("lst", commands, 5), "list");
	assert_string_equal(parse_nearest("regi", commands, 5), "regions");
	assert_null(parse_nearest("frobnicate", commands, 5));
	/* A swap of two neighbouring letters is one slip (Damerau). */
	assert_string_equal(parse_nearest("lsit", commands, 5), "list");
	assert_string_equal(parse_nearest("stauts", commands, 5), "status");
	assert_null(parse_nearest("", commands, 5));
}

static void test_bad_inputs(void **state)
{
	assert_true(G_N_ELEMENTS(bad_inputs) >= 40);
	for (size_t i = 0; i < G_N_ELEMENTS(bad_inputs); i++) {
		GError *err = NULL;

		if (parse_one(&bad_inputs[i], &err))
			fail_msg("\"%s\" was accepted", bad_inputs[i].input);
		assert_non_null(err);
		assert_true(g_error_matches(err, KNEAD_ERROR, KNEAD_ERROR_INVALID));
		if (!strstr(err->message, bad_inputs[i].quoted))
			fail_msg("message for \"%s\" is \"%s\"", bad_inputs[i].input, err->message);
		/* The message never carries a raw control character. */
		for (const char *p = err->message; *p; p++)
			assert_false((unsigned char)*p < 0x20);
		g_error_free(err);
	}
}

static void test_text(void **state)
{
	GError *err = NULL;
	char *big = g_strnfill(20000, 'x');

	assert_true(parse_text("Mont-Royal hills, felt good", 100, "note", &err));
	assert_true(parse_text("côte des Neiges \t ok", 100, "note", &err));
	assert_false(parse_text("bad \x1b[31m red", 100, "note", &err));
	g_clear_error(&err);
	assert_false(parse_text("bad \xff utf8", 100, "note", &err));
	g_clear_error(&err);
	assert_false(parse_text(big, 10000, "note", &err));
	g_clear_error(&err);
	g_free(big);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_distance_forms), cmocka_unit_test(test_duration_forms),
		cmocka_unit_test(test_date_forms),     cmocka_unit_test(test_datetime_forms),
		cmocka_unit_test(test_time_of_day_or_day),
		cmocka_unit_test(test_region_forms),   cmocka_unit_test(test_small_values),
		cmocka_unit_test(test_region_alone),   cmocka_unit_test(test_one_of),
		cmocka_unit_test(test_words_any_case),
		cmocka_unit_test(test_bad_inputs),     cmocka_unit_test(test_text),
		cmocka_unit_test(test_words_any_case),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

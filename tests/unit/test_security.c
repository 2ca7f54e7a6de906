/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_security.c - the core of the security checks: the terminal sanitiser, the
 * validator's boundaries, and the JSON splitter fed in every possible
 * pair of chunks. */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>
#include <glib.h>
#include "core/clock.h"
#include "core/error.h"
#include "core/import/json_stream.h"
#include "core/sanitize.h"
#include "core/validate.h"

static void assert_clean(char *(*fn)(const char *), const char *in, const char *want)
{
	char *got = fn(in);

	assert_string_equal(got, want);
	g_free(got);
}

static void test_sanitize(void **state)
{
	(void)state;
	assert_clean(sanitize_text, "épaule 10 km", "épaule 10 km");
	assert_clean(sanitize_text, "a\033]52;c;eA==\007b", "ab");
	assert_clean(sanitize_text, "a\nb\tc", "a b c");
	assert_clean(sanitize_text, "x\xe2\x81\xa6y", "xy"); /* U+2066 */
	assert_clean(sanitize_text, NULL, "");
	assert_clean(sanitize_lines, "one\ntwo\033[2J\r", "one\ntwo ");
	assert_clean(sanitize_quote, "10km\033[2J", "10km\xef\xbf\xbd[2J");
	assert_clean(sanitize_quote, "caf\xff", "caf\xef\xbf\xbd");
	assert_false(sanitize_needed("plain, été", -1));
	assert_true(sanitize_needed("c1 \xc2\x9b", -1));
	assert_true(sanitize_needed("bidi \xe2\x80\xae", -1));
	assert_true(sanitize_needed("bad \xff", -1));
	assert_true(sanitize_is_hidden(0x7f));
	assert_false(sanitize_is_hidden(0xa0));
}

static struct run a_run(wtime start, double m, double s)
{
	struct run r = { .start = start, .distance_m = m, .duration_s = s, .elevation_m = -1 };
	return r;
}

static void test_validate_run(void **state)
{
	wtime now = wtime_make(2026, 11, 30, 10, 0, 0);
	GError *err = NULL;
	struct run r;

	(void)state;
	r = a_run(now, 10000, 3000);
	assert_true(validate_run(&r, now, &err));
	r = a_run(now + SECONDS_PER_DAY, 10000, 3000); /* a day ahead: a clock off */
	assert_true(validate_run(&r, now, &err));
	r = a_run(now + SECONDS_PER_DAY + 60, 10000, 3000);
	assert_false(validate_run(&r, now, &err));
	assert_true(g_error_matches(err, KNEAD_ERROR, KNEAD_ERROR_INVALID));
	g_clear_error(&err);
	r = a_run(wtime_make(1899, 12, 31, 23, 0, 0), 10000, 3000);
	assert_false(validate_run(&r, now, &err));
	g_clear_error(&err);
	r = a_run(wtime_make(1900, 1, 1, 0, 0, 0), 10000, 3000);
	assert_true(validate_run(&r, now, &err));
	r = a_run(now, 100000, 60);
	assert_false(validate_run(&r, now, &err));
	g_clear_error(&err);
	r = a_run(now, 1e-9, 1e-9);
	assert_false(validate_run(&r, now, &err));
	g_clear_error(&err);
	r = a_run(now, 125, 10); /* 12.5 m/s: the limit itself passes */
	assert_true(validate_run(&r, now, &err));
	r.note = "tab\tand\nline";
	assert_true(validate_run(&r, now, &err));
	r.note = "cr\r";
	assert_false(validate_run(&r, now, &err));
	g_clear_error(&err);
}

/* The pace asked about before saving: faster than 2:30 /km over a
 * kilometre or more; the limit itself and shorter efforts pass. */
static void test_validate_pace_plausible(void **state)
{
	wtime now = wtime_make(2026, 11, 30, 10, 0, 0);
	struct run r;

	(void)state;
	r = a_run(now, 41000, 4510); /* 41 km in 1:15:10, 1:50 /km */
	assert_false(validate_pace_plausible(&r));
	r = a_run(now, 10000, 1500); /* 2:30 /km: the limit passes */
	assert_true(validate_pace_plausible(&r));
	r = a_run(now, 10000, 1499);
	assert_false(validate_pace_plausible(&r));
	r = a_run(now, 999, 100); /* under a kilometre: a sprint */
	assert_true(validate_pace_plausible(&r));
	r = a_run(now, 10000, 3150);
	assert_true(validate_pace_plausible(&r));
}

static void test_validate_text_limits(void **state)
{
	GString *s = g_string_new(NULL);
	GError *err = NULL;

	(void)state;
	/* Characters, as the schema's length() counts: 10,000 "é" pass. */
	for (int i = 0; i < VALIDATE_NOTE_MAX; i++)
		g_string_append(s, "é");
	assert_true(validate_text(s->str, VALIDATE_NOTE_MAX, true, "note", &err));
	g_string_append(s, "é");
	assert_false(validate_text(s->str, VALIDATE_NOTE_MAX, true, "note", &err));
	g_clear_error(&err);
	assert_false(validate_text("a\nb", VALIDATE_NAME_MAX, false, "name", &err));
	g_clear_error(&err);
	assert_false(validate_text("\xed\xa0\x80", VALIDATE_NAME_MAX, false, "name", &err));
	g_clear_error(&err);
	g_string_free(s, TRUE);
}

static void test_validate_days(void **state)
{
	wtime now = wtime_make(2026, 11, 30, 10, 0, 0);
	struct massage m = { .date = wtime_day(now) + 366 };
	struct race r = { .date = wtime_day(now) + 3000, .name = "Far", .distance_m = 42195,
			  .priority = 'A' };
	struct soreness s = { .time = now + 2 * SECONDS_PER_DAY, .level = 3 };
	GError *err = NULL;

	(void)state;
	assert_true(validate_massage(&m, now, &err)); /* a booking a year ahead */
	m.date++;
	assert_false(validate_massage(&m, now, &err));
	g_clear_error(&err);
	assert_true(validate_race(&r, now, &err));
	r.priority = 'D';
	assert_false(validate_race(&r, now, &err));
	g_clear_error(&err);
	assert_false(validate_soreness(&s, now, &err));
	g_clear_error(&err);
}

/* What the splitter hands over, as "table[index]=text;" lines. */
static bool collect(const char *table, int64_t index, const char *text, size_t len, void *data,
		    GError **err)
{
	(void)err;
	assert_int_equal(strlen(text), len);
	g_string_append_printf(data, "%s[%lld]=%s;", table, (long long)index, text);
	return true;
}

static bool split_feed(const char *doc, size_t cut, GString *out, GError **err)
{
	struct json_stream *js = json_stream_new(collect, out);
	bool ok = json_stream_feed(js, doc, cut, err) &&
		  json_stream_feed(js, doc + cut, strlen(doc) - cut, err) && json_stream_end(js, err);

	json_stream_free(js);
	return ok;
}

static void test_json_stream_chunks(void **state)
{
	const char *doc = "{ \"format\": \"knead-export\", \"version\": 1,\n"
			  "  \"runs\": [ {\"a\": \"x\\\"]}\", \"b\": [1, {\"c\": null}]}, 2.5e3 ],"
			  " \"other\": {\"k\": \"\\ud83c\\udfc3\"}, \"races\": [] }";
	const char *want = "format[-1]=\"knead-export\";version[-1]=1;"
			   "runs[0]={\"a\": \"x\\\"]}\", \"b\": [1, {\"c\": null}]};runs[1]=2.5e3;"
			   "other[-1]={\"k\": \"\\ud83c\\udfc3\"};";
	GError *err = NULL;

	(void)state;
	/* Wherever the input is cut, the same values come out. */
	for (size_t cut = 0; cut <= strlen(doc); cut++) {
		GString *out = g_string_new(NULL);

		if (!split_feed(doc, cut, out, &err))
			fail_msg("cut at %zu: %s", cut, err->message);
		assert_string_equal(out->str, want);
		g_string_free(out, TRUE);
	}
}

static void test_json_stream_refusals(void **state)
{
	static const char *const bad[] = {
		"[]", "{\"a\": \"\\u0000\"}", "{\"a\": \"\\udc00\"}", "{\"a\": \"\\ud800x\"}",
		"{\"a\": \"\\ud800\\u0041\"}", "{\"a\": 1", "{\"a\": 1} x", "{\"a\" 1}",
		"{\"t\": [1 2]}", "{\"t\": [1,]}", "{\"a\": \"raw\001\"}", "{,}", "",
		"{\"a\": \"\\x\"}", "{\"t\": [{\"a\": \"\\q\"}]}",
	};
	/* A raw NUL after a backslash once reached the value (fuzz_json). */
	static const char nul_escape[] = "{\"t\": [{\"a\": \"x\\\0u\"}]}";
	GString *deep = g_string_new("{\"t\": ");

	(void)state;
	for (size_t i = 0; i < G_N_ELEMENTS(bad); i++) {
		GString *out = g_string_new(NULL);
		GError *err = NULL;

		if (split_feed(bad[i], 0, out, &err))
			fail_msg("accepted: %s", bad[i]);
		assert_non_null(err);
		g_clear_error(&err);
		g_string_free(out, TRUE);
	}
	{
		GString *out = g_string_new(NULL);
		struct json_stream *js = json_stream_new(collect, out);
		GError *err = NULL;

		assert_false(json_stream_feed(js, nul_escape, sizeof nul_escape - 1, &err));
		assert_non_null(strstr(err->message, "escape"));
		assert_string_equal(out->str, "");
		g_clear_error(&err);
		json_stream_free(js);
		g_string_free(out, TRUE);
	}
	for (int i = 0; i < 100000; i++)
		g_string_append_c(deep, '[');
	{
		GString *out = g_string_new(NULL);
		GError *err = NULL;

		assert_false(split_feed(deep->str, 7, out, &err));
		assert_non_null(strstr(err->message, "32"));
		g_clear_error(&err);
		g_string_free(out, TRUE);
	}
	g_string_free(deep, TRUE);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sanitize),
		cmocka_unit_test(test_validate_run),
		cmocka_unit_test(test_validate_pace_plausible),
		cmocka_unit_test(test_validate_text_limits),
		cmocka_unit_test(test_validate_days),
		cmocka_unit_test(test_json_stream_chunks),
		cmocka_unit_test(test_json_stream_refusals),
	};

	setenv("LC_ALL", "C.UTF-8", 1);
	return cmocka_run_group_tests(tests, NULL, NULL);
}

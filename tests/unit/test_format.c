/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_format.c - distances, durations, paces, and text padded by the
 * columns a terminal shows rather than by bytes. */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <glib.h>
#include "core/format.h"

static void assert_formats(char *got, const char *want)
{
	assert_string_equal(got, want);
	g_free(got);
}

static void test_distance(void **state)
{
	(void)state;
	assert_formats(format_distance(10000, UNIT_KM), "10.00 km");
	assert_formats(format_distance(10000, UNIT_MI), "6.21 mi");
	assert_formats(format_distance(0, UNIT_KM), "0.00 km");
	assert_formats(format_distance(42195, UNIT_KM), "42.20 km");
}

static void test_duration(void **state)
{
	(void)state;
	assert_formats(format_duration(0), "0:00");
	assert_formats(format_duration(59.6), "1:00");
	assert_formats(format_duration(52 * 60 + 30), "52:30");
	assert_formats(format_duration(3599), "59:59");
	assert_formats(format_duration(3600), "1:00:00");
	assert_formats(format_duration(105 * 60), "1:45:00");
}

static void test_pace(void **state)
{
	(void)state;
	assert_formats(format_pace(10000, 50 * 60, UNIT_KM), "5:00 /km");
	assert_formats(format_pace(10000, 52 * 60 + 30, UNIT_KM), "5:15 /km");
	assert_formats(format_pace(10000, 52 * 60 + 30, UNIT_MI), "8:27 /mi");
	/* Nothing to divide by: a dash, never inf or nan. */
	assert_formats(format_pace(0, 600, UNIT_KM), "-");
	assert_formats(format_pace(1000, 0, UNIT_KM), "-");
	assert_formats(format_pace(-5, 600, UNIT_KM), "-");
}

static void test_width(void **state)
{
	(void)state;
	assert_int_equal(format_width(NULL), 0);
	assert_int_equal(format_width(""), 0);
	assert_int_equal(format_width("calf"), 4);
	assert_int_equal(format_width("épreuve"), 7);            /* 8 bytes */
	assert_int_equal(format_width("ischio-jambiers gauches"), 23);
	assert_int_equal(format_width("e\xcc\x81t\xc3\xa9"), 3);  /* e + combining acute */
	assert_int_equal(format_width("\xe8\xb6\xb3"), 2);        /* a CJK character is wide */
	assert_int_equal(format_width("ab\xff" "cd"), 5);         /* not UTF-8: bytes */
}

static void test_pad(void **state)
{
	(void)state;
	assert_formats(format_pad("calf", 6), "calf  ");
	assert_formats(format_pad("épreuve", 9), "épreuve  ");
	assert_formats(format_pad("récupération", 9), "récupération");
	assert_formats(format_pad("", 3), "   ");
	assert_formats(format_pad("x", 0), "x");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_distance),
		cmocka_unit_test(test_duration),
		cmocka_unit_test(test_pace),
		cmocka_unit_test(test_width),
		cmocka_unit_test(test_pad),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_clock.c - the clock override and calendar arithmetic. */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <time.h>
#include "core/clock.h"

static void test_override(void **state)
{
	wtime t = wtime_make(2026, 11, 23, 7, 30, 0);

	clock_set_override(t);
	assert_int_equal(clock_now(), t);
	assert_int_equal(clock_now(), t); /* it does not tick */
	clock_clear_override();
	assert_true(clock_now() != t);
}

static void test_real_clock_is_local(void **state)
{
	/* Without an override, now is the wall clock of this time zone. */
	setenv("TZ", "America/Toronto", 1);
	tzset();
	clock_clear_override();
	wtime w = clock_now();
	int64_t utc = (int64_t)time(NULL);
	int64_t diff = w - utc;
	/* Montreal is 4 or 5 hours behind UTC. */
	assert_true(diff <= -4 * 3600 + 5 && diff >= -5 * 3600 - 5);
	unsetenv("TZ");
	tzset();
}

static void test_calendar(void **state)
{
	int y, mo, d, h, mi, s;
	char buf[DATETIME_BUF];

	assert_int_equal(wtime_make(1970, 1, 1, 0, 0, 0), 0);
	assert_int_equal(wtime_day(wtime_make(1970, 1, 2, 0, 0, 0)), 1);
	assert_int_equal(wtime_day(-1), -1);
	assert_int_equal(wtime_day(wtime_make(1969, 12, 31, 23, 0, 0)), -1);
	wtime_split(wtime_make(2024, 2, 29, 23, 59, 58), &y, &mo, &d, &h, &mi, &s);
	assert_int_equal(y, 2024);
	assert_int_equal(mo, 2);
	assert_int_equal(d, 29);
	assert_int_equal(h, 23);
	assert_int_equal(mi, 59);
	assert_int_equal(s, 58);
	assert_string_equal(wtime_format(wtime_make(2026, 1, 5, 6, 7, 8), buf),
			    "2026-01-05T06:07:08");
	/* 2026-11-23 is a Monday; 2026-11-29 a Sunday. */
	assert_int_equal(day_weekday(wtime_day(wtime_make(2026, 11, 23, 0, 0, 0))), 0);
	assert_int_equal(day_weekday(wtime_day(wtime_make(2026, 11, 29, 0, 0, 0))), 6);
	/* A full 400-year cycle round-trips day by day through the text form. */
	for (dayno day = -200000; day < 200000; day += 37) {
		char b[DATE_BUF];
		int yy, mm, dd;
		day_format(day, b);
		wtime_split(day_start(day), &yy, &mm, &dd, NULL, NULL, NULL);
		assert_int_equal(wtime_day(wtime_make(yy, mm, dd, 0, 0, 0)), day);
	}
}

static void test_utc_round_trip(void **state)
{
	setenv("TZ", "America/Toronto", 1);
	tzset();
	/* 2026-07-01T12:00:00Z is 08:00 in Montreal (EDT). */
	int64_t utc = 1782907200;
	wtime w = wtime_from_utc(utc);
	char buf[DATETIME_BUF];
	assert_string_equal(wtime_format(w, buf), "2026-07-01T08:00:00");
	assert_int_equal(wtime_to_utc(w), utc);
	unsetenv("TZ");
	tzset();
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_override),
		cmocka_unit_test(test_real_clock_is_local),
		cmocka_unit_test(test_calendar),
		cmocka_unit_test(test_utc_round_trip),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

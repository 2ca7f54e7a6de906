/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_baseline.c - the runner's own baselines: long runs relative to the
 * runner, and weekly volume. */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <math.h>
#include "core/advice/baseline.h"
#include "history_builder.h"

static struct run *last_run(struct history *h)
{
	return &h->runs[h->n_runs - 1];
}

static void test_race_and_hand_logged_long_are_long(void **state)
{
	struct history h = { 0 };

	hb_run(&h, 0, 5, 20, RUN_RACE, 0); /* a 5 km race */
	assert_true(run_is_long(&h, last_run(&h)));
	hb_run(&h, 1, 12, 70, RUN_LONG, 0); /* no history: the runner's word */
	assert_true(run_is_long(&h, last_run(&h)));
	history_clear(&h);
}

/* The ultra runner whose every day is 25 km. */
static void test_ultra_runner_every_day_is_not_long(void **state)
{
	struct history h = { 0 };

	for (int d = -30; d <= 0; d++)
		hb_run(&h, d, 25, 150, RUN_EASY, 4);
	assert_false(run_is_long(&h, last_run(&h)));
	/* Imported: the kind says long (import's fixed threshold), the runner's
	 * baseline says an ordinary day. */
	last_run(&h)->kind = RUN_LONG;
	last_run(&h)->source = SOURCE_STRAVA;
	assert_false(run_is_long(&h, last_run(&h)));
	/* Logged by hand as long but no longer than every other day. */
	last_run(&h)->source = SOURCE_MANUAL;
	assert_false(run_is_long(&h, last_run(&h)));
	/* Their 45 km Sunday is a long run. */
	hb_run(&h, 1, 45, 270, RUN_EASY, 6);
	assert_true(run_is_long(&h, last_run(&h)));
	history_clear(&h);
}

static void test_beginner_long_run_is_relative(void **state)
{
	struct history h = { 0 };

	/* Three 30-minute runs a week for six weeks. */
	for (int d = -42; d < 0; d++)
		if (((d % 7) + 7) % 7 < 3)
			hb_run(&h, d, 4, 30, RUN_EASY, 3);
	hb_run(&h, 0, 8, 55, RUN_EASY, 4);
	assert_true(run_is_long(&h, last_run(&h)));
	/* 40 minutes: longer than usual, not 1.5 times. */
	last_run(&h)->duration_s = 40 * 60;
	assert_false(run_is_long(&h, last_run(&h)));
	history_clear(&h);
}

static void test_short_jog_is_never_long(void **state)
{
	struct history h = { 0 };

	/* 1.5 times a 12-minute median is still a jog. */
	for (int d = -10; d < 0; d++)
		hb_run(&h, d, 2, 12, RUN_EASY, 2);
	hb_run(&h, 0, 4, 25, RUN_EASY, 3);
	assert_false(run_is_long(&h, last_run(&h)));
	history_clear(&h);
}

static void test_longest_of_its_week_only(void **state)
{
	struct history h = { 0 };

	for (int d = -40; d <= -10; d += 2)
		hb_run(&h, d, 8, 45, RUN_EASY, 3);
	hb_run(&h, -3, 22, 130, RUN_EASY, 5); /* the week's long run */
	hb_run(&h, 0, 14, 75, RUN_EASY, 4);   /* long-ish, but not this week's */
	assert_true(run_is_long(&h, &h.runs[h.n_runs - 2]));
	assert_false(run_is_long(&h, last_run(&h)));
	/* A week later the 130 minutes are out of its week. */
	hb_run(&h, 4, 14, 75, RUN_EASY, 4);
	assert_true(run_is_long(&h, last_run(&h)));
	history_clear(&h);
}

static void test_short_history_falls_back(void **state)
{
	struct history h = { 0 };

	hb_run(&h, -2, 8, 45, RUN_EASY, 3);
	hb_run(&h, 0, 18, 110, RUN_EASY, 5);
	/* Two runs: too few for a baseline, and under 2 h and 25 km. */
	assert_false(run_is_long(&h, last_run(&h)));
	last_run(&h)->duration_s = 2 * 3600;
	assert_true(run_is_long(&h, last_run(&h)));
	last_run(&h)->duration_s = 100 * 60;
	last_run(&h)->distance_m = 25000;
	assert_true(run_is_long(&h, last_run(&h)));
	history_clear(&h);
}

static void test_later_runs_do_not_change_the_past(void **state)
{
	struct history h = { 0 };

	for (int d = -30; d < 0; d += 2)
		hb_run(&h, d, 8, 45, RUN_EASY, 3);
	hb_run(&h, 0, 20, 120, RUN_EASY, 5);
	assert_true(run_is_long(&h, last_run(&h)));
	size_t sunday = h.n_runs - 1;
	hb_run(&h, 2, 30, 180, RUN_EASY, 6); /* a longer one two days later */
	assert_true(run_is_long(&h, &h.runs[sunday]));
	history_clear(&h);
}

static void test_run_seconds_and_median(void **state)
{
	struct history h = { 0 };
	int n;

	struct run no_time = { .distance_m = 10000 };
	assert_true(fabs(baseline_run_seconds(&no_time) - 3600) < 1e-9);
	assert_true(baseline_median_seconds(&h, hb_d0(), &n) == 0);
	assert_int_equal(n, 0);
	hb_run(&h, -60, 50, 300, RUN_EASY, 3); /* older than 8 weeks */
	hb_run(&h, -5, 5, 30, RUN_EASY, 3);
	hb_run(&h, -4, 5, 40, RUN_EASY, 3);
	hb_run(&h, -3, 5, 50, RUN_EASY, 3);
	hb_run(&h, -2, 5, 90, RUN_EASY, 3);
	hb_run(&h, 0, 5, 99, RUN_EASY, 3); /* the day itself does not count */
	assert_true(fabs(baseline_median_seconds(&h, hb_d0(), &n) - 45 * 60) < 1e-9);
	assert_int_equal(n, 4);
	history_clear(&h);
}

static void test_week_km(void **state)
{
	struct history h = { 0 };

	assert_true(baseline_week_km(&h, hb_d0()) == 0);
	/* Started 10 days ago: 30 km over the 2 weeks it covers. */
	hb_run(&h, -9, 10, 60, RUN_EASY, 3);
	hb_run(&h, -4, 10, 60, RUN_EASY, 3);
	hb_run(&h, 0, 10, 60, RUN_EASY, 3);
	assert_true(fabs(baseline_week_km(&h, hb_d0()) - 15) < 1e-9);
	/* Runs older than 4 weeks do not count, and the average spans 4 weeks. */
	hb_run(&h, -27, 10, 60, RUN_EASY, 3);
	hb_run(&h, -40, 90, 600, RUN_EASY, 3);
	assert_true(fabs(baseline_week_km(&h, hb_d0()) - 10) < 1e-9);
	history_clear(&h);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_race_and_hand_logged_long_are_long),
		cmocka_unit_test(test_ultra_runner_every_day_is_not_long),
		cmocka_unit_test(test_beginner_long_run_is_relative),
		cmocka_unit_test(test_short_jog_is_never_long),
		cmocka_unit_test(test_longest_of_its_week_only),
		cmocka_unit_test(test_short_history_falls_back),
		cmocka_unit_test(test_later_runs_do_not_change_the_past),
		cmocka_unit_test(test_run_seconds_and_median),
		cmocka_unit_test(test_week_km),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

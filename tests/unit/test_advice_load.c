/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_advice_load.c - through advice_next: the runner's own baselines
 * (long runs, rhythm by volume, no sessions on consecutive days) and load
 * figures that survive real data.  Day D0 is
 * 2026-05-04 (history_builder.h), advice at 09:00. */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "core/advice/advice.h"
#include "core/advice/baseline.h"
#include "advice_asserts.h"
#include "history_builder.h"

#define D(offset) (hb_d0() + (offset))

static void advise_at(const struct history *h, int day, struct advice *a)
{
	advice_next(h, hb_at(day, 9), a);
	if (getenv("KNEAD_TEST_VERBOSE"))
		for (char **r = a->reasons; r && *r; r++)
			fprintf(stderr, "#   - %s\n", *r);
}

/* Once reported: "an ultra runner whose every 25 km day counts as a long
 * run is told a flush is due every single day". */
static void test_ultra_runner_no_daily_flush(void **state)
{
	struct history h = { 0 };
	struct advice a;

	for (int d = -60; d <= 0; d++)
		hb_run(&h, d, 25, 140, RUN_EASY, 5);
	hb_massage(&h, -5, MASSAGE_SPORTS);
	for (int day = -4; day <= 0; day++) {
		advise_at(&h, day, &a);
		assert_int_not_equal(a.kind, MASSAGE_FLUSH);
		assert_false(has_rule(&a, "long-run"));
		assert_false(has_reason(&a, "Long run on"));
		advice_clear(&a);
	}
	/* 175 km a week: sessions every 10 days in base training, not every day. */
	advise_at(&h, 0, &a);
	assert_int_equal(a.date, D(-5 + 10));
	advice_clear(&a);
	/* Their 50 km day is a long run, and gets its flush. */
	hb_run(&h, 1, 50, 300, RUN_EASY, 7);
	advise_at(&h, 1, &a);
	assert_true(has_rule(&a, "long-run"));
	assert_int_equal(a.kind, MASSAGE_FLUSH);
	assert_int_equal(a.date, D(1));
	advice_clear(&a);
	history_clear(&h);
}

/* A 9 km/week beginner and a 150 km/week ultra runner do not share a
 * rhythm. */
static void test_rhythm_follows_volume(void **state)
{
	struct history beginner = { 0 }, ultra = { 0 };
	struct advice a, b;

	for (int d = -55; d <= -1; d += 7) {
		hb_run(&beginner, d, 4.5, 30, RUN_EASY, 3);
		hb_run(&beginner, d + 3, 4.5, 30, RUN_EASY, 3);
	}
	for (int d = -55; d <= -1; d++)
		hb_run(&ultra, d, (d % 7) ? 20 : 30, (d % 7) ? 110 : 170, RUN_EASY, 4);
	hb_massage(&beginner, -6, MASSAGE_SPORTS);
	hb_massage(&ultra, -6, MASSAGE_SPORTS);
	advise_at(&beginner, 0, &a);
	advise_at(&ultra, 0, &b);
	assert_int_equal(a.phase, PHASE_BASE);
	assert_int_equal(b.phase, PHASE_BASE);
	assert_int_equal(a.date, D(-6 + 24));
	assert_int_equal(b.date, D(-6 + 10));
	assert_true(has_reason(&a, "at your weekly distance, a session about every 24 days"));
	advice_clear(&a);
	advice_clear(&b);
	history_clear(&beginner);
	history_clear(&ultra);
}

static void test_interval_table(void **state)
{
	assert_int_equal(advice_interval(PHASE_BASE, 9), 24);
	assert_int_equal(advice_interval(PHASE_BASE, 20), 18);
	assert_int_equal(advice_interval(PHASE_BASE, 59.9), 18);
	assert_int_equal(advice_interval(PHASE_BASE, 60), 14);
	assert_int_equal(advice_interval(PHASE_BASE, 150), 10);
	assert_int_equal(advice_interval(PHASE_BUILD, 150), 9);
	assert_int_equal(advice_interval(PHASE_PEAK, 40), 10);
	assert_int_equal(advice_interval(PHASE_TAPER, 10), 14);
	assert_int_equal(advice_interval(PHASE_RACE_WEEK, 200), 7);
	assert_int_equal(advice_interval(PHASE_RECOVERY, 80), 8);
	assert_int_equal(advice_interval(PHASE_NONE, 0), 28);
	/* More volume never spaces the sessions further apart. */
	for (int p = 0; p < PHASE_COUNT; p++)
		for (double km = 0; km < 200; km += 5)
			assert_true(advice_interval(p, km + 5) <= advice_interval(p, km));
}

/* A long run today, a massage yesterday: the flush waits a day. */
static void test_no_flush_the_day_after_a_session(void **state)
{
	struct history h = { 0 };
	struct advice a;

	hb_steady_weeks(&h, -56, -1);
	hb_massage(&h, -1, MASSAGE_SPORTS);
	hb_run(&h, 0, 32, 180, RUN_LONG, 6);
	advise_at(&h, 0, &a);
	assert_int_equal(a.kind, MASSAGE_FLUSH);
	assert_int_equal(a.date, D(1));
	assert_true(has_reason(&a, "consecutive days"));
	advice_clear(&a);
	/* A long run yesterday and the last session two days ago: today. */
	advise_at(&h, 1, &a);
	assert_int_equal(a.kind, MASSAGE_FLUSH);
	assert_int_equal(a.date, D(1));
	advice_clear(&a);
	history_clear(&h);
}

/* The advice for H is the race's flush today, though a session was
 * yesterday. */
static void assert_race_flush_today(struct history *h)
{
	struct advice a;

	advise_at(h, 0, &a);
	assert_int_equal(a.kind, MASSAGE_FLUSH);
	assert_int_equal(a.date, D(0));
	assert_false(has_reason(&a, "consecutive days"));
	advice_clear(&a);
}

/* The one exception: the light flush after a race. */
static void test_flush_after_race_may_follow_a_session(void **state)
{
	struct history h = { 0 };

	hb_steady_weeks(&h, -56, -1);
	hb_massage(&h, -1, MASSAGE_FLUSH);
	hb_run(&h, 0, 21.1, 95, RUN_RACE, 9);
	assert_race_flush_today(&h);
	history_clear(&h);
}

/* A race of the calendar run today but logged as a long run: still the
 * race's flush, which may follow yesterday's session. */
static void test_race_of_the_calendar_logged_as_long(void **state)
{
	struct history h = { 0 };

	hb_steady_weeks(&h, -56, -1);
	hb_massage(&h, -1, MASSAGE_FLUSH);
	hb_race(&h, 0, "Marathon de Montréal", 42.2, 'C');
	hb_run(&h, 0, 42.2, 230, RUN_LONG, 9);
	assert_race_flush_today(&h);
	history_clear(&h);
}

/* No session of any kind the day after another one. */
static void test_never_two_days_in_a_row(void **state)
{
	for (int seed = 1; seed <= 60; seed++) {
		struct history h = { 0 };
		struct advice a;
		GRand *rand = g_rand_new_with_seed((guint32)seed);

		for (int d = -70; d <= 0; d++)
			if (g_rand_int_range(rand, 0, 3))
				hb_run(&h, d, g_rand_int_range(rand, 5, 35),
				       g_rand_int_range(rand, 25, 200),
				       (enum run_kind)g_rand_int_range(rand, 0, RUN_RACE), 0);
		if (g_rand_boolean(rand))
			hb_sore(&h, 0, REGION_CALF, SIDE_LEFT, g_rand_int_range(rand, 0, 7));
		hb_massage(&h, g_rand_int_range(rand, -3, 1), MASSAGE_SPORTS);
		advise_at(&h, 0, &a);
		assert_true(a.date >= h.massages[0].date + ADVICE_MIN_GAP_DAYS);
		advice_clear(&a);
		history_clear(&h);
		g_rand_free(rand);
	}
}

/* Two easy runs after 23 days off are not a spike, and get the
 * comeback advice. */
static void test_comeback_after_23_days(void **state)
{
	struct history h = { 0 };
	struct advice a;

	hb_steady_weeks(&h, -90, -25);
	hb_massage(&h, -30, MASSAGE_SPORTS);
	hb_run(&h, -1, 6, 35, RUN_EASY, 3);
	hb_run(&h, 0, 6, 35, RUN_EASY, 3);
	advise_at(&h, 0, &a);
	assert_false(has_reason(&a, "spike"));
	assert_false(has_reason(&a, "hold or reduce"));
	assert_true(has_reason(&a, "Back to running after 23 days"));
	assert_true(has_reason(&a, "not enough history"));
	advice_clear(&a);
	/* 13 days off is a pause, not a comeback. */
	history_clear(&h);
	hb_steady_weeks(&h, -90, -20);
	hb_run(&h, -14, 6, 35, RUN_EASY, 3);
	hb_run(&h, 0, 6, 35, RUN_EASY, 3);
	advise_at(&h, 0, &a);
	assert_false(has_reason(&a, "Back to running"));
	advice_clear(&a);
	history_clear(&h);
}

/* Once reported: "ACWR 4.00 (the ratio's maximum) is shown as a verdict
 * after a break". */
static void test_no_acwr_verdict_after_a_break(void **state)
{
	struct history h = { 0 };
	struct advice a;

	hb_steady_weeks(&h, -120, -36);
	for (int d = -6; d <= 0; d++)
		hb_run(&h, d, 10, 55, RUN_EASY, 4);
	hb_massage(&h, -10, MASSAGE_SPORTS);
	advise_at(&h, 0, &a);
	assert_false(has_reason(&a, "ratio 4.00"));
	assert_false(has_reason(&a, "spike"));
	assert_false(has_reason(&a, "band"));
	assert_true(has_reason(&a, "not enough history"));
	advice_clear(&a);
	history_clear(&h);
}

/* Identical daily loads are the most monotonous week there is. */
static void test_identical_loads_warn_of_monotony(void **state)
{
	struct history h = { 0 };
	struct advice a;

	for (int d = -40; d <= 0; d++)
		hb_run(&h, d, 10, 60, RUN_EASY, 4);
	hb_massage(&h, -7, MASSAGE_SPORTS);
	advise_at(&h, 0, &a);
	assert_true(has_reason(&a, "Training monotony 10.0"));
	assert_true(has_reason(&a, "alternate hard and easy days"));
	advice_clear(&a);
	history_clear(&h);
}

/* A run at 172 bpm without a rating is not an easy run, and the
 * reasons say where its effort came from. */
static void test_heart_rate_effort_is_said(void **state)
{
	struct history h = { 0 };
	struct advice a;

	hb_run(&h, -1, 10, 50, RUN_EASY, 0);
	h.runs[0].avg_hr = 172;
	hb_run(&h, 0, 8, 40, RUN_EASY, 0);
	hb_massage(&h, -8, MASSAGE_SPORTS);
	advise_at(&h, 0, &a);
	assert_true(has_reason(&a, "1 run had no effort rating: its effort was estimated from its heart rate"));
	assert_true(has_reason(&a, "estimated maximum of 185"));
	assert_true(has_reason(&a, "max_hr"));
	assert_true(has_reason(&a, "1 run had no effort rating: its load was estimated from its kind"));
	/* 50 minutes at effort 8 and 40 at the easy kind's 3. */
	assert_true(has_reason(&a, "Load of the last 7 days: 520 "));
	assert_true(has_reason(&a, "Only 2 days of history"));
	advice_clear(&a);
	/* With the runner's own heart rates, no advice to set them. */
	h.max_hr = 200;
	h.resting_hr = 50;
	advise_at(&h, 0, &a);
	assert_true(has_reason(&a, "estimated from its heart rate."));
	assert_false(has_reason(&a, "max_hr"));
	advice_clear(&a);
	history_clear(&h);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ultra_runner_no_daily_flush),
		cmocka_unit_test(test_rhythm_follows_volume),
		cmocka_unit_test(test_interval_table),
		cmocka_unit_test(test_no_flush_the_day_after_a_session),
		cmocka_unit_test(test_flush_after_race_may_follow_a_session),
		cmocka_unit_test(test_race_of_the_calendar_logged_as_long),
		cmocka_unit_test(test_never_two_days_in_a_row),
		cmocka_unit_test(test_comeback_after_23_days),
		cmocka_unit_test(test_no_acwr_verdict_after_a_break),
		cmocka_unit_test(test_identical_loads_warn_of_monotony),
		cmocka_unit_test(test_heart_rate_effort_is_said),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

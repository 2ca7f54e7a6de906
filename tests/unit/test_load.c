/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_load.c - training load figures against hand-computed values. */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <math.h>
#include "core/advice/load.h"
#include "history_builder.h"

#define EPS 1e-9

/* cmocka 1.1.5 has no assert_double_equal. */
static void near(double got, double want, double eps, const char *file, int line)
{
	if (!(fabs(got - want) <= eps)) {
		print_error("%.10g is not %.10g (within %g)\n", got, want, eps);
		_fail(file, line);
	}
}
#define assert_near(got, want, eps) near((got), (want), (eps), __FILE__, __LINE__)

static void test_kind_effort(void **state)
{
	assert_int_equal(load_kind_effort(RUN_EASY), 3);
	assert_int_equal(load_kind_effort(RUN_LONG), 5);
	assert_int_equal(load_kind_effort(RUN_TEMPO), 7);
	assert_int_equal(load_kind_effort(RUN_INTERVALS), 8);
	assert_int_equal(load_kind_effort(RUN_RACE), 9);
	assert_int_equal(load_kind_effort(RUN_TRAIL), 5);
	assert_int_equal(load_kind_effort(RUN_RECOVERY), 2);
}

static void test_session_rated_and_estimated(void **state)
{
	struct run rated = { .duration_s = 50 * 60, .kind = RUN_EASY, .rpe = 6 };
	struct run unrated = { .duration_s = 40 * 60, .kind = RUN_TEMPO, .rpe = 0 };
	struct run half_minute = { .duration_s = 90, .kind = RUN_RACE, .rpe = 0 };
	struct run nothing = { .duration_s = 0, .kind = RUN_LONG, .rpe = 4 };
	enum load_effort_from from = LOAD_FROM_HR;

	/* Foster: effort x minutes. */
	assert_near(load_session(&rated, NULL, &from), 300.0, EPS);
	assert_int_equal(from, LOAD_FROM_RPE);
	assert_near(load_session(&unrated, NULL, &from), 280.0, EPS);
	assert_int_equal(from, LOAD_FROM_KIND);
	assert_near(load_session(&half_minute, NULL, NULL), 13.5, EPS);
	assert_near(load_session(&nothing, NULL, &from), 0.0, EPS);
	assert_int_equal(from, LOAD_FROM_RPE);
}

static void test_daily_sums_and_bounds(void **state)
{
	struct history h = { 0 };
	double daily[3];

	hb_run(&h, 0, 5, 30, RUN_EASY, 4);   /* 120 */
	hb_run(&h, 0, 5, 20, RUN_EASY, 0);   /* 60, same day */
	hb_run(&h, 2, 10, 60, RUN_TEMPO, 0); /* 420 */
	hb_run(&h, -1, 10, 60, RUN_EASY, 5); /* before the series */
	hb_run(&h, 3, 10, 60, RUN_EASY, 5);  /* after it */
	load_daily(&h, hb_d0(), 3, daily);
	assert_near(daily[0], 180.0, EPS);
	assert_near(daily[1], 0.0, EPS);
	assert_near(daily[2], 420.0, EPS);
	history_clear(&h);
}

static void test_pmc_impulse(void **state)
{
	/* One session of 100 then rest.  CTL weight 1-e^(-1/42) = 0.0235283,
	 * ATL weight 1-e^(-1/7) = 0.1331221. */
	double daily[3] = { 100, 0, 0 };
	struct load_pmc pmc[3];

	load_pmc(daily, 3, pmc);
	assert_near(pmc[0].fitness, 2.3528313, 1e-6);
	assert_near(pmc[0].fatigue, 13.3122100, 1e-6);
	assert_near(pmc[0].form, 0.0, EPS);
	/* Form is the balance of the day before. */
	assert_near(pmc[1].form, 2.3528313 - 13.3122100, 1e-6);
	assert_near(pmc[1].fitness, 2.2974732, 1e-6);
	assert_near(pmc[1].fatigue, 11.5400607, 1e-6);
	assert_near(pmc[2].form, 2.2974732 - 11.5400607, 1e-6);
}

static void test_pmc_constant_load(void **state)
{
	/* After n days of constant load L, CTL = L (1 - e^(-n/42)): one time
	 * constant gives 63.2% of the load. */
	double daily[42];
	struct load_pmc pmc[42];

	for (int i = 0; i < 42; i++)
		daily[i] = 100;
	load_pmc(daily, 42, pmc);
	assert_near(pmc[41].fitness, 63.2120559, 1e-6);
	assert_near(pmc[6].fatigue, 100 * (1 - exp(-1.0)), 1e-6);
	assert_true(pmc[41].form < 0); /* fatigue runs ahead of fitness */
}

/* The ratio is uncoupled (the acute week is not part of its own
 * baseline), and it is withheld where it would only measure a short history
 * or a break.  The coupled ratio this replaces gave 4.00 (its maximum) to
 * any first week after a break. */
static void test_acwr(void **state)
{
	double daily[35] = { 0 };
	double ratio = -1;
	enum load_acwr_note note = LOAD_ACWR_OK;

	assert_false(load_acwr(daily, 35, &ratio, &note));
	assert_near(ratio, 0.0, EPS);
	assert_int_equal(note, LOAD_ACWR_SHORT_HISTORY);
	for (int i = 0; i < 35; i++)
		daily[i] = 100;
	assert_true(load_acwr(daily, 35, &ratio, &note));
	assert_near(ratio, 1.0, EPS);
	assert_int_equal(note, LOAD_ACWR_OK);
	/* A lighter last week: 300 against the 700 of the weeks before, which
	 * the light week does not pull down. */
	for (int i = 28; i < 35; i++)
		daily[i] = i % 2 ? 100 : 0;
	assert_true(load_acwr(daily, 35, &ratio, &note));
	assert_near(ratio, 300.0 / 700.0, EPS);
	/* Twice the load in the last week: 1400 / 700. */
	for (int i = 28; i < 35; i++)
		daily[i] = 200;
	assert_true(load_acwr(daily, 35, &ratio, &note));
	assert_near(ratio, 2.0, EPS);
	/* Only the last 35 days count: older load changes nothing. */
	double longer[40];
	for (int i = 0; i < 40; i++)
		longer[i] = i < 5 ? 999 : daily[i - 5];
	assert_true(load_acwr(longer, 40, &ratio, &note));
	assert_near(ratio, 2.0, EPS);
}

static void test_acwr_needs_three_weeks_before_the_last(void **state)
{
	double daily[27];
	double ratio;
	enum load_acwr_note note;
	int days;

	/* 27 days of the same load: 20 days before the acute week. */
	for (int i = 0; i < 27; i++)
		daily[i] = 100;
	assert_false(load_acwr(daily, 27, &ratio, &note));
	assert_int_equal(note, LOAD_ACWR_SHORT_HISTORY);
	assert_near(load_chronic_week(daily, 27, &days), 700.0, EPS);
	assert_int_equal(days, 20);
	/* One more day: 21 days of chronic history, averaged over 3 weeks. */
	double more[28];
	for (int i = 0; i < 28; i++)
		more[i] = 100;
	assert_true(load_acwr(more, 28, &ratio, &note));
	assert_near(ratio, 1.0, EPS);
	/* A rest day before the first run does not start the history. */
	more[0] = 0;
	assert_false(load_acwr(more, 28, &ratio, &note));
	assert_int_equal(note, LOAD_ACWR_SHORT_HISTORY);
}

static void test_acwr_after_a_break_is_not_a_spike(void **state)
{
	/* Ten weeks of 100 a day, four weeks off, then a normal week: the
	 * coupled ratio said 4.00.  The weeks before the last are far below
	 * the runner's usual 700: no ratio, "low-chronic". */
	double daily[105] = { 0 };
	double ratio = -1;
	enum load_acwr_note note = LOAD_ACWR_OK;

	for (int i = 0; i < 70; i++)
		daily[i] = 100;
	for (int i = 98; i < 105; i++)
		daily[i] = 100;
	assert_false(load_acwr(daily, 105, &ratio, &note));
	assert_int_equal(note, LOAD_ACWR_LOW_CHRONIC);
	assert_near(ratio, 0.0, EPS);
	assert_string_equal(load_acwr_note_id(note), "low-chronic");
	assert_string_equal(load_acwr_note_id(LOAD_ACWR_SHORT_HISTORY), "short-history");
	assert_null(load_acwr_note_id(LOAD_ACWR_OK));
}

static void test_monotony(void **state)
{
	double week[7] = { 100, 0, 100, 0, 100, 0, 100 };
	double same[7] = { 50, 50, 50, 50, 50, 50, 50 };
	double none[7] = { 0 };
	double m, s;

	/* mean 400/7, population sd 49.487: monotony 2/sqrt(3). */
	assert_true(load_monotony(week, 7, &m, &s));
	assert_near(m, 1.1547005, 1e-6);
	assert_near(s, 461.8802154, 1e-6);
	/* The same load every day is the most monotonous week there
	 * is, not an undefined one: the cap, and a strain to go with it. */
	assert_true(load_monotony(same, 7, &m, &s));
	assert_near(m, LOAD_MONOTONY_CAP, EPS);
	assert_near(s, 350 * LOAD_MONOTONY_CAP, EPS);
	assert_true(m > LOAD_MONOTONY_HIGH);
	/* Almost the same: past the cap, still the cap. */
	double close[7] = { 50, 50, 50, 50, 50, 50, 51 };
	assert_true(load_monotony(close, 7, &m, &s));
	assert_near(m, LOAD_MONOTONY_CAP, EPS);
	assert_false(load_monotony(none, 7, &m, &s));
	assert_near(m, 0.0, EPS);
	/* Only the last 7 days count. */
	double longer[9] = { 999, 999, 100, 0, 100, 0, 100, 0, 100 };
	assert_true(load_monotony(longer, 9, &m, &s));
	assert_near(m, 1.1547005, 1e-6);
}

static void test_week_distance(void **state)
{
	struct history h = { 0 };

	hb_run(&h, 0, 10, 60, RUN_EASY, 3);  /* today */
	hb_run(&h, -6, 5, 30, RUN_EASY, 3);  /* the 7th day back */
	hb_run(&h, -7, 20, 120, RUN_LONG, 5); /* one day too old */
	hb_run(&h, 1, 8, 40, RUN_EASY, 3);   /* tomorrow */
	assert_near(load_week_distance(&h, hb_d0()), 15000.0, EPS);
	history_clear(&h);
}

static void test_figures(void **state)
{
	struct history h = { 0 };
	struct load_figures lf;

	/* Four weeks of one 60-minute run at effort 5 every day: 300 a day. */
	for (int d = -27; d <= 0; d++)
		hb_run(&h, d, 10, 60, d == 0 ? RUN_LONG : RUN_EASY, d == 0 ? 0 : 5);
	load_figures_compute(&h, hb_d0(), &lf);
	assert_int_equal(lf.day, hb_d0());
	assert_near(lf.week_load, 2100.0, EPS);
	assert_near(lf.chronic_week_load, 2100.0, EPS);
	/* 21 days before the acute week: just enough for the ratio. */
	assert_true(lf.has_acwr);
	assert_near(lf.acwr, 1.0, EPS);
	/* The same load every day: monotony at its cap. */
	assert_true(lf.has_monotony);
	assert_near(lf.monotony, LOAD_MONOTONY_CAP, EPS);
	assert_near(lf.week_distance_m, 70000.0, EPS);
	assert_int_equal(lf.week_runs, 7);
	assert_int_equal(lf.week_estimated, 1); /* today's has no rating (long: 5) */
	assert_int_equal(lf.week_from[LOAD_FROM_RPE], 6);
	assert_int_equal(lf.week_from[LOAD_FROM_KIND], 1);
	assert_int_equal(lf.week_from[LOAD_FROM_HR], 0);
	assert_int_equal(lf.history_days, 28);
	assert_true(lf.pmc_short);
	assert_near(lf.fitness, 300 * (1 - exp(-28.0 / 42)), 1e-6);
	assert_near(lf.fatigue, 300 * (1 - exp(-28.0 / 7)), 1e-6);
	assert_near(lf.form, 300 * (exp(-27.0 / 7) - exp(-27.0 / 42)), 1e-6);
	assert_true(lf.has_first_run);
	assert_int_equal(lf.first_run, hb_d0() - 27);
	assert_int_equal(lf.last_run, hb_d0());
	history_clear(&h);
}

static void test_figures_ignore_old_and_future(void **state)
{
	struct history recent = { 0 }, full = { 0 };
	struct load_figures a, b;

	hb_run(&recent, -3, 10, 60, RUN_EASY, 4);
	hb_run(&full, -LOAD_HISTORY_DAYS - 5, 30, 180, RUN_LONG, 9); /* before the window */
	hb_run(&full, -LOAD_HISTORY_DAYS, 30, 180, RUN_LONG, 9);
	hb_run(&full, -3, 10, 60, RUN_EASY, 4);
	hb_run(&full, 2, 10, 60, RUN_EASY, 4); /* planned, not run */
	load_figures_compute(&recent, hb_d0(), &a);
	load_figures_compute(&full, hb_d0(), &b);
	assert_near(a.fitness, b.fitness, EPS);
	assert_near(a.fatigue, b.fatigue, EPS);
	assert_near(a.week_load, b.week_load, EPS);
	assert_int_equal(a.first_run, b.first_run);
	/* The first day of the window still counts. */
	hb_run(&recent, -LOAD_HISTORY_DAYS + 1, 30, 180, RUN_LONG, 9);
	load_figures_compute(&recent, hb_d0(), &a);
	assert_true(a.fitness > b.fitness);
	assert_int_equal(a.first_run, hb_d0() - LOAD_HISTORY_DAYS + 1);
	history_clear(&recent);
	history_clear(&full);
}

static void test_empty_history(void **state)
{
	struct history h = { 0 };
	struct load_figures lf;

	load_figures_compute(&h, hb_d0(), &lf);
	assert_near(lf.fitness, 0.0, EPS);
	assert_near(lf.form, 0.0, EPS);
	assert_false(lf.has_acwr);
	assert_false(lf.has_monotony);
	assert_false(lf.has_first_run);
	assert_int_equal(lf.week_runs, 0);
}

static void test_hr_effort_scale(void **state)
{
	struct load_hr hr = { .max_hr = 190, .resting_hr = 50 };

	/* Reserve 140: 50% at 120, 70% at 148, 85% at 169, 100% at 190. */
	assert_int_equal(load_hr_effort(&hr, 100), 2);
	assert_int_equal(load_hr_effort(&hr, 120), 2);
	assert_int_equal(load_hr_effort(&hr, 134), 3);
	assert_int_equal(load_hr_effort(&hr, 148), 4);
	assert_int_equal(load_hr_effort(&hr, 169), 7);
	assert_int_equal(load_hr_effort(&hr, 183), 9);
	assert_int_equal(load_hr_effort(&hr, 190), 10);
	assert_int_equal(load_hr_effort(&hr, 205), 10);
}

/* Once reported: "a run with average HR 172 and no RPE counts as an easy
 * run". */
static void test_hr_172_without_rating_is_hard(void **state)
{
	struct history h = { 0 };
	struct load_figures lf;

	hb_run(&h, 0, 10, 50, RUN_EASY, 0);
	h.runs[0].avg_hr = 172;
	load_figures_compute(&h, hb_d0(), &lf);
	/* No settings and no hard run to learn from: max 185, resting 60,
	 * 172 is 90% of the reserve, effort 8. */
	assert_int_equal(lf.hr.max_hr, LOAD_HR_DEFAULT_MAX);
	assert_int_equal(lf.hr.max_from, LOAD_HR_FROM_DEFAULT);
	assert_int_equal(lf.hr.resting_hr, LOAD_HR_DEFAULT_RESTING);
	assert_int_equal(lf.week_from[LOAD_FROM_HR], 1);
	assert_int_equal(lf.week_from[LOAD_FROM_KIND], 0);
	assert_int_equal(lf.week_estimated, 1);
	assert_true(lf.week_load >= 7 * 50);
	assert_true(lf.week_load > load_kind_effort(RUN_EASY) * 50);
	history_clear(&h);
}

static void test_hr_easy_runs_stay_easy(void **state)
{
	struct history h = { 0 };
	struct load_figures lf;

	/* Easy runs at 140 alone must not raise themselves to hard by setting
	 * the maximum just above them. */
	for (int d = -6; d <= 0; d += 2) {
		hb_run(&h, d, 8, 45, RUN_EASY, 0);
		h.runs[h.n_runs - 1].avg_hr = 140;
	}
	load_figures_compute(&h, hb_d0(), &lf);
	assert_int_equal(lf.hr.max_hr, LOAD_HR_DEFAULT_MAX);
	assert_int_equal(lf.week_from[LOAD_FROM_HR], 4);
	assert_near(lf.week_load, 4 * 3 * 45, EPS);
	history_clear(&h);
}

static void test_hr_profile_sources(void **state)
{
	struct history h = { 0 };
	struct load_hr hr;

	/* A race at 178 on average: max 178 + 8. */
	hb_run(&h, -20, 10, 42, RUN_RACE, 0);
	h.runs[0].avg_hr = 178;
	hb_run(&h, -3, 10, 55, RUN_EASY, 0);
	h.runs[1].avg_hr = 150;
	load_hr_profile(&h, hb_d0(), &hr);
	assert_int_equal(hr.max_hr, 186);
	assert_int_equal(hr.max_from, LOAD_HR_FROM_HISTORY);
	assert_string_equal(load_hr_from_id(hr.max_from), "history");
	assert_int_equal(hr.resting_from, LOAD_HR_FROM_DEFAULT);
	/* The settings win. */
	h.max_hr = 200;
	h.resting_hr = 45;
	load_hr_profile(&h, hb_d0(), &hr);
	assert_int_equal(hr.max_hr, 200);
	assert_int_equal(hr.resting_hr, 45);
	assert_int_equal(hr.max_from, LOAD_HR_FROM_SETTINGS);
	assert_int_equal(hr.resting_from, LOAD_HR_FROM_SETTINGS);
	/* A rating beats a heart rate; neither falls back to the kind. */
	struct run rated = { .duration_s = 600, .kind = RUN_EASY, .rpe = 2, .avg_hr = 190 };
	struct run bare = { .duration_s = 600, .kind = RUN_TEMPO };
	enum load_effort_from from;
	assert_near(load_session(&rated, &hr, &from), 20.0, EPS);
	assert_int_equal(from, LOAD_FROM_RPE);
	assert_near(load_session(&bare, &hr, &from), 70.0, EPS);
	assert_int_equal(from, LOAD_FROM_KIND);
	history_clear(&h);
}

/* A sparse runner (a run a week, two in their last week) back after four
 * weeks off: the chronic average is not under half their usual week, but it
 * holds the break. */
static void test_acwr_sparse_runner_after_a_break(void **state)
{
	struct history h = { 0 };
	struct load_figures lf;

	for (int d = -80; d <= -25; d += 7)
		hb_run(&h, d, 10, 60, RUN_EASY, 4);
	hb_run(&h, -32, 10, 60, RUN_EASY, 4);
	hb_run(&h, -1, 6, 35, RUN_EASY, 3);
	hb_run(&h, 0, 6, 35, RUN_EASY, 3);
	load_figures_compute(&h, hb_d0(), &lf);
	assert_false(lf.has_acwr);
	assert_int_equal(lf.acwr_note, LOAD_ACWR_LOW_CHRONIC);
	history_clear(&h);
}

/* Two easy runs after 23 days off were called a load spike. */
static void test_two_easy_runs_after_23_days_off(void **state)
{
	struct history h = { 0 };
	struct load_figures lf;

	hb_steady_weeks(&h, -90, -25);
	hb_run(&h, -1, 6, 35, RUN_EASY, 3);
	hb_run(&h, 0, 6, 35, RUN_EASY, 3);
	load_figures_compute(&h, hb_d0(), &lf);
	assert_false(lf.has_acwr);
	assert_int_equal(lf.acwr_note, LOAD_ACWR_LOW_CHRONIC);
	assert_false(lf.pmc_short);
	history_clear(&h);
}

static void test_true_spike_is_reported(void **state)
{
	struct history h = { 0 };
	struct load_figures lf;

	/* Steady weeks, then the same week twice over. */
	hb_steady_weeks(&h, -70, -7);
	hb_steady_weeks(&h, -6, 0);
	hb_steady_weeks(&h, -6, 0);
	load_figures_compute(&h, hb_d0(), &lf);
	assert_true(lf.has_acwr);
	assert_int_equal(lf.acwr_note, LOAD_ACWR_OK);
	assert_near(lf.acwr, 2.0, 0.01);
	history_clear(&h);
}

static void test_short_history_says_so(void **state)
{
	struct history h = { 0 };
	struct load_figures lf;

	hb_run(&h, -9, 8, 45, RUN_EASY, 3);
	hb_steady_weeks(&h, -8, 0);
	load_figures_compute(&h, hb_d0(), &lf);
	assert_true(lf.pmc_short);
	assert_int_equal(lf.history_days, 10);
	assert_false(lf.has_acwr);
	assert_int_equal(lf.acwr_note, LOAD_ACWR_SHORT_HISTORY);
	history_clear(&h);
	hb_steady_weeks(&h, -LOAD_PMC_MIN_DAYS + 1, 0);
	load_figures_compute(&h, hb_d0(), &lf);
	assert_false(lf.pmc_short);
	assert_true(lf.has_acwr);
	history_clear(&h);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_kind_effort),
		cmocka_unit_test(test_session_rated_and_estimated),
		cmocka_unit_test(test_daily_sums_and_bounds),
		cmocka_unit_test(test_pmc_impulse),
		cmocka_unit_test(test_pmc_constant_load),
		cmocka_unit_test(test_acwr),
		cmocka_unit_test(test_acwr_needs_three_weeks_before_the_last),
		cmocka_unit_test(test_acwr_after_a_break_is_not_a_spike),
		cmocka_unit_test(test_hr_effort_scale),
		cmocka_unit_test(test_hr_172_without_rating_is_hard),
		cmocka_unit_test(test_hr_easy_runs_stay_easy),
		cmocka_unit_test(test_hr_profile_sources),
		cmocka_unit_test(test_two_easy_runs_after_23_days_off),
		cmocka_unit_test(test_acwr_sparse_runner_after_a_break),
		cmocka_unit_test(test_true_spike_is_reported),
		cmocka_unit_test(test_short_history_says_so),
		cmocka_unit_test(test_monotony),
		cmocka_unit_test(test_week_distance),
		cmocka_unit_test(test_figures),
		cmocka_unit_test(test_figures_ignore_old_and_future),
		cmocka_unit_test(test_empty_history),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

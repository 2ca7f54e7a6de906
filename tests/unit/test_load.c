/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_load.c - training load figures against hand-computed values. */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <math.h>
#include "core/load.h"
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
	bool estimated = true;

	/* Foster: effort x minutes. */
	assert_near(load_session(&rated, &estimated), 300.0, EPS);
	assert_false(estimated);
	assert_near(load_session(&unrated, &estimated), 280.0, EPS);
	assert_true(estimated);
	assert_near(load_session(&half_minute, NULL), 13.5, EPS);
	assert_near(load_session(&nothing, &estimated), 0.0, EPS);
	assert_false(estimated);
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

static void test_acwr(void **state)
{
	double daily[28] = { 0 };
	double ratio = -1;

	assert_false(load_acwr(daily, 28, &ratio));
	assert_near(ratio, 0.0, EPS);
	for (int i = 0; i < 28; i++)
		daily[i] = 100;
	assert_true(load_acwr(daily, 28, &ratio));
	assert_near(ratio, 1.0, EPS);
	/* Three rest weeks, then 100 a day: 700 / (700 / 4) = 4. */
	for (int i = 0; i < 21; i++)
		daily[i] = 0;
	assert_true(load_acwr(daily, 28, &ratio));
	assert_near(ratio, 4.0, EPS);
	/* A lighter last week: 300 against (21 x 100 + 300) / 4 = 600. */
	for (int i = 0; i < 28; i++)
		daily[i] = i < 21 || (i <= 25 && i % 2 == 1) ? 100 : 0;
	assert_true(load_acwr(daily, 28, &ratio));
	assert_near(ratio, 300.0 / 600.0, EPS);
	/* A short series: missing days are rest. */
	assert_true(load_acwr(daily + 21, 7, &ratio));
	assert_near(ratio, 4.0, EPS);
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
	assert_false(load_monotony(same, 7, &m, &s));
	assert_near(m, 0.0, EPS);
	assert_false(load_monotony(none, 7, &m, &s));
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
	assert_true(lf.has_acwr);
	assert_near(lf.acwr, 1.0, EPS);
	/* The same load every day: monotony is not defined. */
	assert_false(lf.has_monotony);
	assert_near(lf.week_distance_m, 70000.0, EPS);
	assert_int_equal(lf.week_runs, 7);
	assert_int_equal(lf.week_estimated, 1); /* today's has no rating (long: 5) */
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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_kind_effort),
		cmocka_unit_test(test_session_rated_and_estimated),
		cmocka_unit_test(test_daily_sums_and_bounds),
		cmocka_unit_test(test_pmc_impulse),
		cmocka_unit_test(test_pmc_constant_load),
		cmocka_unit_test(test_acwr),
		cmocka_unit_test(test_monotony),
		cmocka_unit_test(test_week_distance),
		cmocka_unit_test(test_figures),
		cmocka_unit_test(test_figures_ignore_old_and_future),
		cmocka_unit_test(test_empty_history),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

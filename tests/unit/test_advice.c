/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_advice.c - scenarios for the next massage: a small history and a
 * fixed "now" (day D0 = 2026-05-04, 09:00), then properties of the advice. */
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
#include "core/regions.h"
#include "advice_asserts.h"
#include "history_builder.h"

#define D(offset) (hb_d0() + (offset))

static void dump(const struct advice *a)
{
	char buf[DATE_BUF];

	if (!getenv("KNEAD_TEST_VERBOSE"))
		return;
	fprintf(stderr, "# date %s kind %s urgency %s phase %s focus %zu windows %zu see %zu\n",
		day_format(a->date, buf), massage_kind_id(a->kind), urgency_id(a->urgency),
		phase_id(a->phase), a->n_focus, a->n_windows, a->n_see_professional);
	for (size_t i = 0; i < a->n_focus; i++)
		fprintf(stderr, "#   focus %s %d %d\n", region_id(a->focus[i].region),
			a->focus[i].side, a->focus[i].level);
	for (char **r = a->reasons; r && *r; r++)
		fprintf(stderr, "#   - %s\n", *r);
}

static void advise(const struct history *h, struct advice *a)
{
	advice_next(h, hb_at(0, 9), a);
	dump(a);
}

static bool kind_is_deep(enum massage_kind k)
{
	return k == MASSAGE_DEEP_TISSUE || k == MASSAGE_MYOFASCIAL || k == MASSAGE_TRIGGER_POINT;
}

static bool in_some_window(const struct advice *a, dayno d)
{
	for (size_t i = 0; i < a->n_windows; i++)
		if (d >= a->windows[i].from && d <= a->windows[i].to)
			return true;
	return false;
}

/* Every advice, whatever the scenario, keeps these promises. */
static void assert_invariants(const struct advice *a)
{
	assert_true(a->date >= a->today);
	assert_non_null(a->reasons);
	assert_non_null(a->reasons[0]);
	if (in_some_window(a, a->date))
		assert_false(kind_is_deep(a->kind));
	for (size_t i = 0; i < a->n_focus; i++) {
		assert_in_range(a->focus[i].level, 0, 10);
		for (size_t j = 0; j < a->n_see_professional; j++)
			assert_false(a->focus[i].region == a->see_professional[j].region &&
				     a->focus[i].side == a->see_professional[j].side);
	}
}

static void assert_date_in(const struct advice *a, int lo, int hi)
{
	assert_in_range(a->date - hb_d0(), lo, hi);
}

static void assert_first_focus(const struct advice *a, enum region r, enum side s)
{
	assert_true(a->n_focus > 0);
	assert_int_equal(a->focus[0].region, r);
	assert_int_equal(a->focus[0].side, s);
}

/* Eight weeks of steady training ending the day before yesterday (so no
 * long run "yesterday" unless a scenario adds one). */
static void steady(struct history *h)
{
	hb_steady_weeks(h, -56, -2);
}

/* ---- empty, base rhythm, phases ---------------------------------------- */

static void test_empty_history(void **state)
{
	struct history h = { 0 };
	struct advice a;

	advise(&h, &a);
	assert_invariants(&a);
	assert_int_equal(a.phase, PHASE_NONE);
	assert_int_equal(a.urgency, URGENCY_ROUTINE);
	assert_int_equal(a.kind, MASSAGE_SPORTS);
	assert_false(a.has_last_massage);
	assert_int_equal(a.n_focus, 0);
	assert_int_equal(a.n_windows, 0);
	assert_int_equal(a.n_see_professional, 0);
	assert_date_in(&a, 1, 14);
	advice_clear(&a);
}

static void test_base_every_two_to_three_weeks(void **state)
{
	struct history h = { 0 };
	struct advice a;

	steady(&h);
	hb_massage(&h, -5, MASSAGE_SPORTS);
	advise(&h, &a);
	assert_invariants(&a);
	assert_int_equal(a.phase, PHASE_BASE);
	/* 14 to 21 days after the last session. */
	assert_true(a.date - D(-5) >= 14 && a.date - D(-5) <= 21);
	assert_int_equal(a.kind, MASSAGE_SPORTS);
	assert_int_equal(a.urgency, URGENCY_ROUTINE);
	assert_true(a.has_last_massage);
	assert_int_equal(a.last_massage, D(-5));
	/* Nothing sore: the muscles running loads most. */
	assert_first_focus(&a, REGION_CALF, SIDE_NONE);
	assert_int_equal(a.focus[0].level, 0);
	assert_true(has_reason(&a, "2026-04-29"));
	advice_clear(&a);
	history_clear(&h);
}

static void test_base_overdue(void **state)
{
	struct history h = { 0 };
	struct advice a;

	steady(&h);
	hb_massage(&h, -30, MASSAGE_SPORTS);
	advise(&h, &a);
	assert_invariants(&a);
	assert_int_equal(a.date, D(0));
	assert_int_equal(a.urgency, URGENCY_OVERDUE);
	advice_clear(&a);
	history_clear(&h);
}

static dayno date_with_race_in(int days)
{
	struct history h = { 0 };
	struct advice a;
	dayno date;

	steady(&h);
	hb_massage(&h, -3, MASSAGE_SPORTS);
	if (days > 0)
		hb_race(&h, days, "Montreal Marathon", 42.195, 'A');
	advise(&h, &a);
	assert_invariants(&a);
	date = a.date;
	advice_clear(&a);
	history_clear(&h);
	return date;
}

static void test_build_and_peak_closer_than_base(void **state)
{
	dayno base = date_with_race_in(0);
	dayno build = date_with_race_in(60);
	dayno peak = date_with_race_in(30);

	assert_true(build < base);
	assert_true(peak < build);
	/* Still regular bodywork, not every other day. */
	assert_true(peak - D(-3) >= 7);
}

static void test_taper(void **state)
{
	struct history h = { 0 };
	struct advice a;

	steady(&h);
	hb_massage(&h, -2, MASSAGE_SPORTS);
	hb_race(&h, 14, "Montreal Marathon", 42.195, 'A');
	advise(&h, &a);
	assert_invariants(&a);
	assert_int_equal(a.phase, PHASE_TAPER);
	/* Before the window around the race, which is listed. */
	assert_true(a.date < D(12));
	assert_date_in(&a, 5, 11);
	assert_int_equal(a.n_windows, 1);
	assert_int_equal(a.windows[0].from, D(11));
	assert_int_equal(a.windows[0].to, D(16));
	assert_string_equal(a.windows[0].race, "Montreal Marathon");
	advice_clear(&a);
	history_clear(&h);
}

static void test_not_training_relaxation(void **state)
{
	struct history h = { 0 };
	struct advice a;

	hb_steady_weeks(&h, -90, -60);
	hb_massage(&h, -40, MASSAGE_SPORTS);
	advise(&h, &a);
	assert_invariants(&a);
	assert_int_equal(a.phase, PHASE_NONE);
	assert_int_equal(a.kind, MASSAGE_RELAXATION);
	assert_int_equal(a.n_focus, 0);
	advice_clear(&a);
	history_clear(&h);
}

/* ---- load ------------------------------------------------------------- */

/* Four light weeks, then `heavy` days of 45 hard minutes a day (not long
 * runs: 45 minutes is not 1.5 times the usual 35). */
static void spike_history(struct history *h, int first, int heavy)
{
	for (int d = first; d <= -heavy; d += 2)
		hb_run(h, d, 6, 35, RUN_EASY, 3);
	for (int d = -heavy + 1; d <= 0; d++)
		hb_run(h, d, 8, 45, RUN_TEMPO, 9);
}

/* A spike used to bring the session within 3 days.  The ratio is
 * a disputed trend, never a verdict: it leads the reasons with "hold or
 * reduce the load" and leaves the date to the other rules. */
static void test_load_spike_leads_and_keeps_the_date(void **state)
{
	struct history h = { 0 };
	struct advice a;

	spike_history(&h, -40, 6);
	hb_massage(&h, -3, MASSAGE_SPORTS);
	advise(&h, &a);
	assert_invariants(&a);
	assert_non_null(strstr(a.reasons[0], "hold or reduce the load"));
	assert_true(has_reason(&a, "spike"));
	/* About 28 km a week in base training: every 18 days. */
	assert_int_equal(a.date, D(-3 + 18));
	assert_int_equal(a.urgency, URGENCY_ROUTINE);
	for (size_t i = 0; i < a.n_rules; i++)
		assert_string_not_equal(a.rules[i], "load");
	advice_clear(&a);
	history_clear(&h);
}

static void test_spike_needs_four_weeks_of_runs(void **state)
{
	struct history h = { 0 };
	struct advice a;

	/* A new runner's first week is not a spike: there is no chronic load
	 * to compare with. */
	spike_history(&h, -5, 6);
	hb_massage(&h, -3, MASSAGE_SPORTS);
	advise(&h, &a);
	assert_invariants(&a);
	assert_false(has_reason(&a, "spike"));
	assert_true(a.date > D(3));
	advice_clear(&a);
	history_clear(&h);
}

static void test_back_after_three_months_off(void **state)
{
	struct history h = { 0 };
	struct advice a;

	hb_steady_weeks(&h, -240, -100);
	hb_massage(&h, -110, MASSAGE_SPORTS);
	for (int d = -9; d <= -2; d++)
		hb_run(&h, d, 8, 50, RUN_EASY, 5);
	advise(&h, &a);
	assert_invariants(&a);
	assert_int_equal(a.phase, PHASE_BASE);
	assert_int_equal(a.date, D(0));
	assert_int_equal(a.urgency, URGENCY_OVERDUE);
	assert_int_equal(a.kind, MASSAGE_SPORTS);
	assert_true(has_reason(&a, "Back to running after 91 days"));
	/* The ratio after a break measures the break, not a spike. */
	assert_false(has_reason(&a, "spike"));
	advice_clear(&a);
	history_clear(&h);
}

static void test_estimated_effort_is_said(void **state)
{
	struct history h = { 0 };
	struct advice a;

	hb_run(&h, -3, 10, 60, RUN_EASY, 0);
	hb_run(&h, -2, 10, 60, RUN_EASY, 0);
	hb_massage(&h, -4, MASSAGE_SPORTS);
	advise(&h, &a);
	assert_invariants(&a);
	assert_true(has_reason(&a, "2 runs had no effort rating"));
	advice_clear(&a);
	history_clear(&h);
}

/* ---- soreness and focus ------------------------------------------------- */

static void test_high_soreness_today(void **state)
{
	struct history h = { 0 };
	struct advice a;

	steady(&h);
	hb_massage(&h, -10, MASSAGE_SPORTS);
	hb_sore(&h, -2, REGION_CALF, SIDE_LEFT, 4);
	hb_sore(&h, 0, REGION_CALF, SIDE_LEFT, 7);
	hb_sore(&h, 0, REGION_QUAD, SIDE_RIGHT, 5);
	advise(&h, &a);
	assert_invariants(&a);
	assert_int_equal(a.date, D(0));
	assert_int_equal(a.urgency, URGENCY_DUE);
	assert_first_focus(&a, REGION_CALF, SIDE_LEFT);
	assert_int_equal(a.focus[0].level, 7);
	assert_int_equal(a.kind, MASSAGE_SPORTS);
	assert_true(has_reason(&a, "7/10"));
	advice_clear(&a);
	history_clear(&h);
}

static void test_moderate_soreness_within_two_days(void **state)
{
	struct history h = { 0 };
	struct advice a;

	steady(&h);
	hb_massage(&h, -6, MASSAGE_SPORTS);
	hb_sore(&h, -1, REGION_HAMSTRING, SIDE_RIGHT, 4);
	hb_sore(&h, -1, REGION_HAMSTRING, SIDE_LEFT, 3);
	advise(&h, &a);
	assert_invariants(&a);
	assert_date_in(&a, 0, 2);
	assert_first_focus(&a, REGION_HAMSTRING, SIDE_RIGHT);
	assert_int_equal(a.n_focus, 2);
	advice_clear(&a);
	history_clear(&h);
}

static void test_old_soreness_is_not_current(void **state)
{
	struct history h = { 0 };
	struct advice a;

	steady(&h);
	hb_massage(&h, -5, MASSAGE_SPORTS);
	hb_sore(&h, -9, REGION_CALF, SIDE_LEFT, 6);
	advise(&h, &a);
	assert_invariants(&a);
	assert_true(a.date > D(7));
	assert_int_equal(a.focus[0].level, 0);
	advice_clear(&a);
	history_clear(&h);
}

static void test_resolved_soreness_leaves_focus(void **state)
{
	struct history h = { 0 };
	struct advice a;

	steady(&h);
	hb_massage(&h, -5, MASSAGE_SPORTS);
	hb_sore(&h, -3, REGION_SHIN, SIDE_RIGHT, 5);
	hb_sore(&h, -1, REGION_SHIN, SIDE_RIGHT, 0);
	advise(&h, &a);
	assert_invariants(&a);
	for (size_t i = 0; i < a.n_focus; i++)
		assert_int_not_equal(a.focus[i].region, REGION_SHIN);
	advice_clear(&a);
	history_clear(&h);
}

static void test_worsening_ranks_above_improving(void **state)
{
	struct history h = { 0 };
	struct advice a;

	steady(&h);
	hb_massage(&h, -6, MASSAGE_SPORTS);
	hb_sore(&h, -4, REGION_CALF, SIDE_LEFT, 7);
	hb_sore(&h, 0, REGION_CALF, SIDE_LEFT, 5);
	hb_sore(&h, -4, REGION_HAMSTRING, SIDE_RIGHT, 2);
	hb_sore(&h, 0, REGION_HAMSTRING, SIDE_RIGHT, 5);
	advise(&h, &a);
	assert_invariants(&a);
	assert_first_focus(&a, REGION_HAMSTRING, SIDE_RIGHT);
	assert_int_equal(a.focus[0].trend, TREND_WORSENING);
	assert_int_equal(a.focus[1].region, REGION_CALF);
	assert_int_equal(a.focus[1].trend, TREND_IMPROVING);
	advice_clear(&a);
	history_clear(&h);
}

static void test_much_higher_level_beats_trend(void **state)
{
	struct history h = { 0 };
	struct advice a;

	steady(&h);
	hb_massage(&h, -6, MASSAGE_SPORTS);
	/* Not a first entry at 8 or more (that is a flag now): 7, 9, then 6. */
	hb_sore(&h, -5, REGION_QUAD, SIDE_LEFT, 7);
	hb_sore(&h, -3, REGION_QUAD, SIDE_LEFT, 9);
	hb_sore(&h, 0, REGION_QUAD, SIDE_LEFT, 6);
	hb_sore(&h, -3, REGION_FOOT, SIDE_RIGHT, 1);
	hb_sore(&h, 0, REGION_FOOT, SIDE_RIGHT, 3);
	advise(&h, &a);
	assert_invariants(&a);
	assert_first_focus(&a, REGION_QUAD, SIDE_LEFT);
	assert_int_equal(a.focus[1].region, REGION_FOOT);
	advice_clear(&a);
	history_clear(&h);
}

static void test_one_sided_soreness(void **state)
{
	struct history h = { 0 };
	struct advice a;

	steady(&h);
	hb_massage(&h, -12, MASSAGE_SPORTS);
	hb_sore(&h, -1, REGION_HAMSTRING, SIDE_LEFT, 5);
	hb_sore(&h, -1, REGION_HAMSTRING, SIDE_RIGHT, 1);
	advise(&h, &a);
	assert_invariants(&a);
	assert_first_focus(&a, REGION_HAMSTRING, SIDE_LEFT);
	assert_int_equal(a.focus[1].side, SIDE_RIGHT);
	/* One side clearly worse: a local knot. */
	assert_int_equal(a.kind, MASSAGE_TRIGGER_POINT);
	assert_true(has_reason(&a, "left hamstring") || has_reason(&a, "Left hamstring"));
	advice_clear(&a);
	history_clear(&h);
}

static void test_trigger_point_for_a_knot(void **state)
{
	struct history h = { 0 };
	struct advice a;

	steady(&h);
	hb_massage(&h, -12, MASSAGE_SPORTS);
	hb_sore(&h, -1, REGION_SOLEUS, SIDE_RIGHT, 6);
	hb_sore(&h, -1, REGION_CALF, SIDE_LEFT, 2);
	hb_sore(&h, -1, REGION_UPPER_BACK, SIDE_NONE, 3);
	advise(&h, &a);
	assert_invariants(&a);
	assert_first_focus(&a, REGION_SOLEUS, SIDE_RIGHT);
	assert_int_equal(a.kind, MASSAGE_TRIGGER_POINT);
	advice_clear(&a);
	history_clear(&h);
}

static void test_no_trigger_point_on_a_tendon(void **state)
{
	struct history h = { 0 };
	struct advice a;

	steady(&h);
	hb_massage(&h, -12, MASSAGE_SPORTS);
	hb_sore(&h, -1, REGION_ACHILLES, SIDE_RIGHT, 5);
	advise(&h, &a);
	assert_invariants(&a);
	assert_first_focus(&a, REGION_ACHILLES, SIDE_RIGHT);
	assert_int_equal(a.kind, MASSAGE_SPORTS);
	advice_clear(&a);
	history_clear(&h);
}

static void test_general_soreness_sports(void **state)
{
	struct history h = { 0 };
	struct advice a;

	steady(&h);
	hb_massage(&h, -12, MASSAGE_SPORTS);
	hb_sore(&h, -1, REGION_CALF, SIDE_LEFT, 4);
	hb_sore(&h, -1, REGION_CALF, SIDE_RIGHT, 4);
	hb_sore(&h, -1, REGION_QUAD, SIDE_LEFT, 3);
	advise(&h, &a);
	assert_invariants(&a);
	assert_int_equal(a.kind, MASSAGE_SPORTS);
	assert_int_equal(a.focus[0].region, REGION_CALF);
	assert_int_equal(a.n_focus, 3);
	advice_clear(&a);
	history_clear(&h);
}

static enum massage_kind kind_for_region(enum region r, int level)
{
	struct history h = { 0 };
	struct advice a;
	enum massage_kind k;

	steady(&h);
	hb_massage(&h, -12, MASSAGE_SPORTS);
	hb_sore(&h, -1, r, SIDE_RIGHT, level);
	hb_sore(&h, -1, REGION_QUAD, SIDE_RIGHT, 3);
	advise(&h, &a);
	assert_invariants(&a);
	assert_first_focus(&a, r, SIDE_RIGHT);
	k = a.kind;
	advice_clear(&a);
	history_clear(&h);
	return k;
}

static void test_it_band_myofascial(void **state)
{
	assert_int_equal(kind_for_region(REGION_IT_BAND, 5), MASSAGE_MYOFASCIAL);
}

static void test_piriformis_deep_tissue(void **state)
{
	assert_int_equal(kind_for_region(REGION_PIRIFORMIS, 5), MASSAGE_DEEP_TISSUE);
}

static void test_hip_flexor_myofascial(void **state)
{
	assert_int_equal(kind_for_region(REGION_HIP_FLEXOR, 4), MASSAGE_MYOFASCIAL);
}

static void test_focus_is_capped(void **state)
{
	struct history h = { 0 };
	struct advice a;

	steady(&h);
	hb_massage(&h, -12, MASSAGE_SPORTS);
	for (int r = 0; r < REGION_COUNT; r++)
		hb_sore(&h, -1, (enum region)r, SIDE_LEFT, 2 + r % 4);
	advise(&h, &a);
	assert_invariants(&a);
	assert_int_equal(a.n_focus, ADVICE_MAX_FOCUS);
	for (size_t i = 1; i < a.n_focus; i++)
		assert_true(a.focus[i].level <= a.focus[i - 1].level);
	advice_clear(&a);
	history_clear(&h);
}

/* ---- see a professional ------------------------------------------------- */

static void test_severe_for_days_see_professional(void **state)
{
	struct history h = { 0 };
	struct advice a;

	steady(&h);
	hb_massage(&h, -8, MASSAGE_SPORTS);
	hb_sore(&h, -3, REGION_KNEE, SIDE_RIGHT, 8);
	hb_sore(&h, -2, REGION_KNEE, SIDE_RIGHT, 7);
	hb_sore(&h, -1, REGION_KNEE, SIDE_RIGHT, 8);
	hb_sore(&h, 0, REGION_KNEE, SIDE_RIGHT, 9);
	hb_sore(&h, 0, REGION_CALF, SIDE_RIGHT, 3);
	advise(&h, &a);
	assert_invariants(&a);
	assert_int_equal(a.n_see_professional, 1);
	assert_int_equal(a.see_professional[0].region, REGION_KNEE);
	assert_int_equal(a.see_professional[0].side, SIDE_RIGHT);
	assert_int_equal(a.see_professional[0].level, 9);
	assert_int_equal(a.see_professional[0].days, 4);
	assert_first_focus(&a, REGION_CALF, SIDE_RIGHT);
	assert_true(has_reason(&a, "physiotherapist"));
	advice_clear(&a);
	history_clear(&h);
}

static void test_fresh_injury_getting_worse_for_a_week(void **state)
{
	struct history h = { 0 };
	struct advice a;

	steady(&h);
	hb_massage(&h, -8, MASSAGE_SPORTS);
	hb_sore(&h, -6, REGION_ACHILLES, SIDE_LEFT, 2);
	hb_sore(&h, -4, REGION_ACHILLES, SIDE_LEFT, 3);
	hb_sore(&h, -3, REGION_ACHILLES, SIDE_LEFT, 3);
	hb_sore(&h, -1, REGION_ACHILLES, SIDE_LEFT, 5);
	hb_sore(&h, 0, REGION_ACHILLES, SIDE_LEFT, 6);
	advise(&h, &a);
	assert_invariants(&a);
	assert_int_equal(a.n_see_professional, 1);
	assert_int_equal(a.see_professional[0].region, REGION_ACHILLES);
	assert_int_equal(a.see_professional[0].side, SIDE_LEFT);
	assert_int_equal(a.see_professional[0].days, 7);
	assert_true(has_reason(&a, "getting worse for 7 days"));
	advice_clear(&a);
	history_clear(&h);
}

static void test_single_bad_day_is_not_a_referral(void **state)
{
	struct history h = { 0 };
	struct advice a;

	steady(&h);
	hb_massage(&h, -8, MASSAGE_SPORTS);
	/* Both calves: one side only would be a flag (see the triage tests). */
	hb_sore(&h, 0, REGION_CALF, SIDE_LEFT, 8);
	hb_sore(&h, 0, REGION_CALF, SIDE_RIGHT, 8);
	advise(&h, &a);
	assert_invariants(&a);
	assert_int_equal(a.n_see_professional, 0);
	assert_first_focus(&a, REGION_CALF, SIDE_LEFT);
	assert_int_equal(a.date, D(0));
	advice_clear(&a);
	history_clear(&h);
}

static void test_settling_soreness_is_not_a_referral(void **state)
{
	struct history h = { 0 };
	struct advice a;

	steady(&h);
	hb_massage(&h, -8, MASSAGE_SPORTS);
	hb_sore(&h, -6, REGION_KNEE, SIDE_LEFT, 5);
	hb_sore(&h, -4, REGION_KNEE, SIDE_LEFT, 6);
	hb_sore(&h, -2, REGION_KNEE, SIDE_LEFT, 4);
	hb_sore(&h, 0, REGION_KNEE, SIDE_LEFT, 3);
	advise(&h, &a);
	assert_invariants(&a);
	assert_int_equal(a.n_see_professional, 0);
	assert_int_equal(a.focus[0].trend, TREND_IMPROVING);
	advice_clear(&a);
	history_clear(&h);
}

/* ---- never massaged ------------------------------------------------------ */

static void test_never_massaged_sore_series(void **state)
{
	struct history h = { 0 };
	struct advice a;

	steady(&h);
	hb_sore(&h, -1, REGION_GLUTE, SIDE_RIGHT, 4);
	advise(&h, &a);
	assert_invariants(&a);
	assert_false(a.has_last_massage);
	assert_true(a.suggest_series);
	assert_date_in(&a, 0, 2);
	assert_true(has_reason(&a, "series"));
	advice_clear(&a);
	history_clear(&h);
}

static void test_never_massaged_not_sore(void **state)
{
	struct history h = { 0 };
	struct advice a;

	steady(&h);
	advise(&h, &a);
	assert_invariants(&a);
	assert_false(a.suggest_series);
	assert_date_in(&a, 1, 6);
	assert_int_equal(a.urgency, URGENCY_SOON);
	assert_int_equal(a.kind, MASSAGE_SPORTS);
	advice_clear(&a);
	history_clear(&h);
}

/* ---- long runs and races ----------------------------------------------- */

static void test_long_run_yesterday_light_flush(void **state)
{
	struct history h = { 0 };
	struct advice a;

	steady(&h);
	hb_run(&h, -1, 30, 170, RUN_LONG, 7);
	hb_massage(&h, -5, MASSAGE_SPORTS);
	advise(&h, &a);
	assert_invariants(&a);
	assert_int_equal(a.date, D(0));
	assert_int_equal(a.kind, MASSAGE_FLUSH);
	assert_int_equal(a.urgency, URGENCY_DUE);
	assert_true(has_reason(&a, "Long run on 2026-05-03"));
	advice_clear(&a);
	history_clear(&h);
}

static void test_long_run_already_massaged(void **state)
{
	struct history h = { 0 };
	struct advice a;

	steady(&h);
	hb_run(&h, -1, 30, 170, RUN_LONG, 7);
	hb_massage(&h, 0, MASSAGE_FLUSH);
	advise(&h, &a);
	assert_invariants(&a);
	assert_true(a.date >= D(2));
	assert_int_not_equal(a.kind, MASSAGE_FLUSH);
	advice_clear(&a);
	history_clear(&h);
}

static void test_long_run_three_days_ago_is_past(void **state)
{
	struct history h = { 0 };
	struct advice a;

	steady(&h);
	hb_run(&h, -3, 32, 180, RUN_EASY, 0); /* long by its length */
	hb_massage(&h, -5, MASSAGE_SPORTS);
	advise(&h, &a);
	assert_invariants(&a);
	assert_true(a.date > D(1));
	assert_int_not_equal(a.kind, MASSAGE_FLUSH);
	advice_clear(&a);
	history_clear(&h);
}

static void test_day_after_race(void **state)
{
	struct history h = { 0 };
	struct advice a;

	steady(&h);
	hb_race(&h, -1, "Montreal Marathon", 42.195, 'A');
	hb_run(&h, -1, 42.2, 215, RUN_RACE, 9);
	hb_massage(&h, -9, MASSAGE_SPORTS);
	hb_sore(&h, 0, REGION_QUAD, SIDE_LEFT, 6);
	hb_sore(&h, 0, REGION_QUAD, SIDE_RIGHT, 6);
	hb_sore(&h, 0, REGION_IT_BAND, SIDE_RIGHT, 5);
	advise(&h, &a);
	assert_invariants(&a);
	assert_int_equal(a.phase, PHASE_RECOVERY);
	assert_int_equal(a.date, D(0));
	assert_int_equal(a.kind, MASSAGE_FLUSH);
	assert_int_equal(a.n_windows, 1);
	assert_int_equal(a.windows[0].from, D(-4));
	assert_int_equal(a.windows[0].to, D(1));
	assert_true(has_reason(&a, "Race on 2026-05-03"));
	advice_clear(&a);
	history_clear(&h);
}

static void test_recovery_session_after_window(void **state)
{
	struct history h = { 0 };
	struct advice a;

	steady(&h);
	hb_race(&h, -3, "Montreal Marathon", 42.195, 'A');
	hb_run(&h, -3, 42.2, 215, RUN_RACE, 9);
	hb_massage(&h, -2, MASSAGE_FLUSH);
	hb_sore(&h, -2, REGION_QUAD, SIDE_LEFT, 6);
	hb_sore(&h, 0, REGION_QUAD, SIDE_LEFT, 3);
	advise(&h, &a);
	assert_invariants(&a);
	assert_int_equal(a.phase, PHASE_RECOVERY);
	/* A marathon: the recovery session 5 days after it (a 10 km gets 3). */
	assert_int_equal(a.date, D(2));
	assert_int_not_equal(a.kind, MASSAGE_FLUSH);
	assert_int_equal(a.n_windows, 0);
	assert_true(has_reason(&a, "recovery session"));
	advice_clear(&a);
	history_clear(&h);
}

static void test_race_week_flush_inside_window(void **state)
{
	struct history h = { 0 };
	struct advice a;

	steady(&h);
	hb_race(&h, 2, "Montreal Marathon", 42.195, 'A');
	hb_massage(&h, -8, MASSAGE_DEEP_TISSUE);
	hb_sore(&h, 0, REGION_CALF, SIDE_LEFT, 4);
	advise(&h, &a);
	assert_invariants(&a);
	assert_int_equal(a.phase, PHASE_RACE_WEEK);
	assert_int_equal(a.n_windows, 1);
	assert_int_equal(a.windows[0].from, D(-1));
	assert_int_equal(a.windows[0].to, D(4));
	assert_date_in(&a, 0, 1);
	assert_int_equal(a.kind, MASSAGE_FLUSH);
	advice_clear(&a);
	history_clear(&h);
}

static void test_race_day_nothing_sore_relaxation(void **state)
{
	struct history h = { 0 };
	struct advice a;

	steady(&h);
	hb_race(&h, 1, "Half", 21.1, 'B');
	hb_massage(&h, -12, MASSAGE_SPORTS);
	advise(&h, &a);
	assert_invariants(&a);
	assert_int_equal(a.date, D(0));
	assert_int_equal(a.kind, MASSAGE_RELAXATION);
	advice_clear(&a);
	history_clear(&h);
}

static void test_urgent_deep_work_becomes_flush_in_window(void **state)
{
	struct history h = { 0 };
	struct advice a;

	steady(&h);
	hb_race(&h, 1, "Montreal Marathon", 42.195, 'A');
	hb_massage(&h, -6, MASSAGE_SPORTS);
	hb_sore(&h, 0, REGION_IT_BAND, SIDE_RIGHT, 6);
	advise(&h, &a);
	assert_invariants(&a);
	assert_int_equal(a.date, D(0));
	assert_int_equal(a.kind, MASSAGE_FLUSH);
	assert_first_focus(&a, REGION_IT_BAND, SIDE_RIGHT);
	advice_clear(&a);
	history_clear(&h);
}

static void test_routine_deep_work_moves_after_window(void **state)
{
	struct history h = { 0 };
	struct advice a;

	steady(&h);
	hb_race(&h, 100, "Montreal Marathon", 42.195, 'A');
	hb_race(&h, 10, "Spring half", 21.1, 'B');
	hb_massage(&h, -8, MASSAGE_MYOFASCIAL);
	hb_sore(&h, -1, REGION_IT_BAND, SIDE_LEFT, 3);
	advise(&h, &a);
	assert_invariants(&a);
	assert_int_equal(a.phase, PHASE_BASE);
	assert_int_equal(a.kind, MASSAGE_MYOFASCIAL);
	assert_int_equal(a.n_windows, 1);
	assert_string_equal(a.windows[0].race, "Spring half");
	assert_int_equal(a.date, a.windows[0].to + 1);
	advice_clear(&a);
	history_clear(&h);
}

static void test_no_first_deep_work_days_before_race(void **state)
{
	struct history h = { 0 };
	struct advice a;

	steady(&h);
	hb_race(&h, 5, "Montreal Marathon", 42.195, 'A');
	hb_massage(&h, -20, MASSAGE_SPORTS);
	hb_sore(&h, 0, REGION_PIRIFORMIS, SIDE_LEFT, 4);
	advise(&h, &a);
	assert_invariants(&a);
	assert_int_equal(a.date, D(0));
	assert_int_equal(a.kind, MASSAGE_SPORTS);
	assert_first_focus(&a, REGION_PIRIFORMIS, SIDE_LEFT);
	advice_clear(&a);
	history_clear(&h);
}

static void test_known_deep_work_kept_five_days_before(void **state)
{
	struct history h = { 0 };
	struct advice a;

	steady(&h);
	hb_race(&h, 5, "Montreal Marathon", 42.195, 'A');
	hb_massage(&h, -20, MASSAGE_DEEP_TISSUE);
	hb_sore(&h, 0, REGION_PIRIFORMIS, SIDE_LEFT, 4);
	advise(&h, &a);
	assert_invariants(&a);
	assert_int_equal(a.date, D(0));
	assert_int_equal(a.kind, MASSAGE_DEEP_TISSUE);
	advice_clear(&a);
	history_clear(&h);
}

static void test_windows_listed(void **state)
{
	struct history h = { 0 };
	struct advice a;

	steady(&h);
	hb_massage(&h, -3, MASSAGE_SPORTS);
	hb_race(&h, -4, "Past A", 10, 'A');	   /* window ended yesterday */
	hb_race(&h, -2, "Recent B", 10, 'B');	   /* window ends today */
	hb_race(&h, 5, "Club 5k", 5, 'C');	   /* no window for C */
	hb_race(&h, 30, "Half", 21.1, 'B');
	hb_race(&h, 60, "Far marathon", 42.195, 'A'); /* beyond six weeks */
	advise(&h, &a);
	assert_invariants(&a);
	assert_int_equal(a.n_windows, 2);
	assert_string_equal(a.windows[0].race, "Recent B");
	assert_int_equal(a.windows[0].to, D(0));
	assert_string_equal(a.windows[1].race, "Half");
	assert_int_equal(a.windows[1].from, D(27));
	assert_int_equal(a.windows[1].to, D(32));
	advice_clear(&a);
	history_clear(&h);
}

/* ---- dates --------------------------------------------------------------- */

static void test_minimum_gap_after_a_session(void **state)
{
	struct history h = { 0 };
	struct advice a;

	steady(&h);
	hb_massage(&h, -1, MASSAGE_SPORTS);
	hb_sore(&h, 0, REGION_CALF, SIDE_RIGHT, 7);
	advise(&h, &a);
	assert_invariants(&a);
	assert_int_equal(a.date, D(1));
	assert_int_equal(a.urgency, URGENCY_DUE);
	advice_clear(&a);
	history_clear(&h);
}

static void test_booked_massage_is_not_history(void **state)
{
	struct history h = { 0 };
	struct advice a;

	steady(&h);
	hb_massage(&h, -25, MASSAGE_SPORTS);
	hb_massage(&h, 4, MASSAGE_SPORTS);
	advise(&h, &a);
	assert_invariants(&a);
	assert_int_equal(a.last_massage, D(-25));
	assert_int_equal(a.urgency, URGENCY_OVERDUE);
	advice_clear(&a);
	history_clear(&h);
}

/* ---- long histories ---------------------------------------------------- */

/* Twenty years of training: runs, soreness, a massage every 3 weeks and a
 * marathon each autumn. */
static void twenty_years(struct history *h)
{
	GRand *rng = g_rand_new_with_seed(20);

	for (int d = -20 * 365; d <= 0; d++) {
		if (g_rand_int_range(rng, 0, 7) < 4)
			hb_run(h, d, g_rand_double_range(rng, 5, 25),
			       g_rand_double_range(rng, 30, 140),
			       (enum run_kind)g_rand_int_range(rng, 0, RUN_KIND_COUNT),
			       g_rand_int_range(rng, 0, 11));
		if (g_rand_int_range(rng, 0, 5) == 0)
			hb_sore(h, d, (enum region)g_rand_int_range(rng, 0, REGION_COUNT),
				(enum side)g_rand_int_range(rng, 1, 3), g_rand_int_range(rng, 0, 8));
		if (d % 21 == -3)
			hb_massage(h, d, (enum massage_kind)g_rand_int_range(rng, 0, MASSAGE_KIND_COUNT));
		if (d % 365 == -200)
			hb_race(h, d, "Autumn marathon", 42.195, 'A');
	}
	hb_race(h, 30, "Next marathon", 42.195, 'A');
	g_rand_free(rng);
}

/* What store_history_load returns for `from`: every entry from that day
 * on, and the last massage before it (these histories hold no assessment). */
static void window_of(const struct history *full, dayno from, struct history *w)
{
	size_t last_before = SIZE_MAX;

	*w = (struct history){ 0 };
	for (size_t i = 0; i < full->n_runs; i++)
		if (wtime_day(full->runs[i].start) >= from) {
			const struct run *r = &full->runs[i];
			hb_run(w, wtime_day(r->start) - hb_d0(), r->distance_m / 1000,
			       r->duration_s / 60, r->kind, r->rpe);
		}
	for (size_t i = 0; i < full->n_soreness; i++)
		if (wtime_day(full->soreness[i].time) >= from) {
			const struct soreness *s = &full->soreness[i];
			hb_sore(w, wtime_day(s->time) - hb_d0(), s->region, s->side, s->level);
		}
	for (size_t i = 0; i < full->n_massages; i++)
		if (full->massages[i].date < from)
			last_before = i;
	for (size_t i = 0; i < full->n_massages; i++)
		if (full->massages[i].date >= from || i == last_before)
			hb_massage(w, full->massages[i].date - hb_d0(), full->massages[i].kind);
	for (size_t i = 0; i < full->n_races; i++)
		if (full->races[i].date >= from)
			hb_race(w, full->races[i].date - hb_d0(), full->races[i].name,
				full->races[i].distance_m / 1000, full->races[i].priority);
}

static void test_twenty_years_same_as_window(void **state)
{
	struct history full = { 0 }, window;
	struct advice a, b;

	twenty_years(&full);
	assert_true(full.n_runs > 20 * 52 * 3);
	window_of(&full, advice_history_from(hb_d0()), &window);
	assert_true(window.n_runs < full.n_runs / 20);
	advise(&full, &a);
	advise(&window, &b);
	assert_invariants(&a);
	assert_int_equal(a.phase, PHASE_PEAK);
	assert_int_equal(a.date, b.date);
	assert_int_equal(a.kind, b.kind);
	assert_int_equal(a.urgency, b.urgency);
	assert_int_equal(a.n_focus, b.n_focus);
	assert_int_equal(a.n_windows, b.n_windows);
	assert_int_equal(a.n_see_professional, b.n_see_professional);
	for (size_t i = 0; a.reasons[i] || b.reasons[i]; i++) {
		assert_non_null(a.reasons[i]);
		assert_non_null(b.reasons[i]);
		assert_string_equal(a.reasons[i], b.reasons[i]);
	}
	advice_clear(&a);
	advice_clear(&b);
	history_clear(&full);
	history_clear(&window);
}

static void test_random_histories_keep_the_rules(void **state)
{
	GRand *rng = g_rand_new_with_seed(4242);

	for (int n = 0; n < 400; n++) {
		struct history h = { 0 };
		struct advice a;
		int span = g_rand_int_range(rng, 1, 120);

		for (int d = -span; d <= 0; d++) {
			if (g_rand_int_range(rng, 0, 3) == 0)
				hb_run(&h, d, g_rand_double_range(rng, 3, 35),
				       g_rand_double_range(rng, 15, 200),
				       (enum run_kind)g_rand_int_range(rng, 0, RUN_KIND_COUNT),
				       g_rand_int_range(rng, 0, 11));
			if (g_rand_int_range(rng, 0, 3) == 0)
				hb_sore(&h, d, (enum region)g_rand_int_range(rng, 0, REGION_COUNT),
					(enum side)g_rand_int_range(rng, 0, 3),
					g_rand_int_range(rng, 0, 11));
			if (g_rand_int_range(rng, 0, 15) == 0)
				hb_massage(&h, d, (enum massage_kind)g_rand_int_range(
							  rng, 0, MASSAGE_KIND_COUNT));
		}
		for (int r = g_rand_int_range(rng, 0, 3); r > 0; r--)
			hb_race(&h, g_rand_int_range(rng, -20, 60), "Race", 10,
				"ABC"[g_rand_int_range(rng, 0, 3)]);
		advise(&h, &a);
		assert_invariants(&a);
		/* Every A or B race of the coming six weeks has its window listed. */
		for (size_t i = 0; i < h.n_races; i++) {
			bool found = false;

			if (h.races[i].priority == 'C' || h.races[i].date + 2 < a.today ||
			    h.races[i].date - 2 > a.today + ADVICE_HORIZON_DAYS)
				continue;
			for (size_t j = 0; j < a.n_windows; j++)
				found |= a.windows[j].race_date == h.races[i].date;
			assert_true(found);
		}
		advice_clear(&a);
		history_clear(&h);
	}
	g_rand_free(rng);
}

/* ---- status -------------------------------------------------------------- */

static void test_soreness_trends(void **state)
{
	struct history h = { 0 };
	struct sore_state *s;
	size_t n;

	hb_sore(&h, -3, REGION_CALF, SIDE_LEFT, 2);
	hb_sore(&h, 0, REGION_CALF, SIDE_LEFT, 5);	/* worsening */
	hb_sore(&h, -3, REGION_CALF, SIDE_RIGHT, 5);
	hb_sore(&h, 0, REGION_CALF, SIDE_RIGHT, 5);	/* steady */
	hb_sore(&h, -2, REGION_QUAD, SIDE_LEFT, 6);
	hb_sore(&h, -1, REGION_QUAD, SIDE_LEFT, 3);	/* improving */
	hb_sore(&h, 0, REGION_LOWER_BACK, SIDE_LEFT, 2); /* new; no sides */
	hb_sore(&h, -10, REGION_FOOT, SIDE_RIGHT, 4);	/* no longer current */
	hb_sore(&h, -20, REGION_SHIN, SIDE_RIGHT, 4);	/* too old to show */
	s = advice_soreness(&h, hb_d0(), &n);
	assert_int_equal(n, 5);
	assert_int_equal(s[0].region, REGION_CALF);
	assert_int_equal(s[0].side, SIDE_LEFT);
	assert_int_equal(s[0].trend, TREND_WORSENING);
	assert_int_equal(s[1].trend, TREND_STEADY);
	assert_int_equal(s[2].region, REGION_FOOT);
	assert_false(s[2].current);
	assert_int_equal(s[3].region, REGION_QUAD);
	assert_int_equal(s[3].trend, TREND_IMPROVING);
	assert_int_equal(s[3].level, 3);
	assert_int_equal(s[3].last_day, D(-1));
	assert_int_equal(s[4].region, REGION_LOWER_BACK);
	assert_int_equal(s[4].side, SIDE_NONE);
	assert_int_equal(s[4].trend, TREND_NEW);
	g_free(s);
	history_clear(&h);
}

static void test_last_entry_of_a_day_counts(void **state)
{
	struct history h = { 0 };
	struct sore_state *s;
	size_t n;

	hb_sore(&h, 0, REGION_GLUTE, SIDE_RIGHT, 6);
	hb_sore(&h, 0, REGION_GLUTE, SIDE_RIGHT, 2);
	h.soreness[1].time += 3600; /* the evening update */
	s = advice_soreness(&h, hb_d0(), &n);
	assert_int_equal(n, 1);
	assert_int_equal(s[0].level, 2);
	g_free(s);
	history_clear(&h);
}

static void test_status(void **state)
{
	struct history h = { 0 };
	struct status st;

	steady(&h);
	hb_race(&h, 50, "Montreal Marathon", 42.195, 'A');
	hb_race(&h, 20, "Club 10k", 10, 'C');
	hb_massage(&h, -7, MASSAGE_SPORTS);
	hb_sore(&h, -1, REGION_CALF, SIDE_LEFT, 4);
	status_compute(&h, hb_at(0, 9), &st);
	assert_int_equal(st.today, D(0));
	assert_int_equal(st.phase, PHASE_BUILD);
	assert_true(st.has_race);
	assert_string_equal(st.race_name, "Montreal Marathon");
	assert_int_equal(st.days_to_race, 50);
	assert_int_equal(st.race_priority, 'A');
	assert_true(st.has_last_massage);
	assert_int_equal(st.last_massage, D(-7));
	/* Runs on days -6 (easy), -4 (easy), -3 (tempo): 165 + 165 + 350. */
	assert_true(st.load.week_load > 679.99 && st.load.week_load < 680.01);
	assert_int_equal(st.load.week_runs, 3);
	assert_true(st.load.has_acwr);
	assert_true(st.load.fitness > 0);
	assert_int_equal(st.n_soreness, 1);
	assert_int_equal(st.soreness[0].level, 4);
	status_clear(&st);
	history_clear(&h);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_empty_history),
		cmocka_unit_test(test_base_every_two_to_three_weeks),
		cmocka_unit_test(test_base_overdue),
		cmocka_unit_test(test_build_and_peak_closer_than_base),
		cmocka_unit_test(test_taper),
		cmocka_unit_test(test_not_training_relaxation),
		cmocka_unit_test(test_load_spike_leads_and_keeps_the_date),
		cmocka_unit_test(test_spike_needs_four_weeks_of_runs),
		cmocka_unit_test(test_back_after_three_months_off),
		cmocka_unit_test(test_estimated_effort_is_said),
		cmocka_unit_test(test_high_soreness_today),
		cmocka_unit_test(test_moderate_soreness_within_two_days),
		cmocka_unit_test(test_old_soreness_is_not_current),
		cmocka_unit_test(test_resolved_soreness_leaves_focus),
		cmocka_unit_test(test_worsening_ranks_above_improving),
		cmocka_unit_test(test_much_higher_level_beats_trend),
		cmocka_unit_test(test_one_sided_soreness),
		cmocka_unit_test(test_trigger_point_for_a_knot),
		cmocka_unit_test(test_no_trigger_point_on_a_tendon),
		cmocka_unit_test(test_general_soreness_sports),
		cmocka_unit_test(test_it_band_myofascial),
		cmocka_unit_test(test_piriformis_deep_tissue),
		cmocka_unit_test(test_hip_flexor_myofascial),
		cmocka_unit_test(test_focus_is_capped),
		cmocka_unit_test(test_severe_for_days_see_professional),
		cmocka_unit_test(test_fresh_injury_getting_worse_for_a_week),
		cmocka_unit_test(test_single_bad_day_is_not_a_referral),
		cmocka_unit_test(test_settling_soreness_is_not_a_referral),
		cmocka_unit_test(test_never_massaged_sore_series),
		cmocka_unit_test(test_never_massaged_not_sore),
		cmocka_unit_test(test_long_run_yesterday_light_flush),
		cmocka_unit_test(test_long_run_already_massaged),
		cmocka_unit_test(test_long_run_three_days_ago_is_past),
		cmocka_unit_test(test_day_after_race),
		cmocka_unit_test(test_recovery_session_after_window),
		cmocka_unit_test(test_race_week_flush_inside_window),
		cmocka_unit_test(test_race_day_nothing_sore_relaxation),
		cmocka_unit_test(test_urgent_deep_work_becomes_flush_in_window),
		cmocka_unit_test(test_routine_deep_work_moves_after_window),
		cmocka_unit_test(test_no_first_deep_work_days_before_race),
		cmocka_unit_test(test_known_deep_work_kept_five_days_before),
		cmocka_unit_test(test_windows_listed),
		cmocka_unit_test(test_minimum_gap_after_a_session),
		cmocka_unit_test(test_booked_massage_is_not_history),
		cmocka_unit_test(test_twenty_years_same_as_window),
		cmocka_unit_test(test_random_histories_keep_the_rules),
		cmocka_unit_test(test_soreness_trends),
		cmocka_unit_test(test_last_entry_of_a_day_counts),
		cmocka_unit_test(test_status),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

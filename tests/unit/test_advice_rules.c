/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_advice_rules.c - scenarios for the rules of advice v2: triage, stale
 * soreness, race day and race weeks, recovery by distance, priority C races,
 * bookings, and the ids of the rules that shaped an answer.  Day D0 is
 * 2026-05-04 (a Monday), "now" is 09:00 on it. */
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

static void advise(const struct history *h, struct advice *a)
{
	advice_next(h, hb_at(0, 9), a);
	if (getenv("KNEAD_TEST_VERBOSE"))
		for (char **r = a->reasons; r && *r; r++)
			fprintf(stderr, "#   - %s\n", *r);
}

static bool in_focus(const struct advice *a, enum region r)
{
	for (size_t i = 0; i < a->n_focus; i++)
		if (a->focus[i].region == r)
			return true;
	return false;
}

static bool is_deep(enum massage_kind k)
{
	return k == MASSAGE_DEEP_TISSUE || k == MASSAGE_MYOFASCIAL || k == MASSAGE_TRIGGER_POINT;
}

/* Eight weeks of steady training up to the day before yesterday, and a
 * massage 30 days ago: the rhythm is overdue, so the date is today unless a
 * rule says otherwise. */
static void overdue(struct history *h)
{
	hb_steady_weeks(h, -56, -2);
	hb_massage(h, -30, MASSAGE_SPORTS);
}

static void sore_sharp(struct history *h, int offset, enum region r, enum side s, int level)
{
	hb_sore(h, offset, r, s, level);
	h->soreness[h->n_soreness - 1].sharp = true;
}

static void book(struct history *h, int offset, enum massage_kind kind, enum region r,
		 enum side s)
{
	struct massage *m;

	hb_massage(h, offset, kind);
	m = &h->massages[h->n_massages - 1];
	m->regions = g_new0(struct region_side, 1);
	m->regions[0] = (struct region_side){ r, s };
	m->n_regions = 1;
}

static void assert_flagged(const struct advice *a, enum region r, enum side s,
			   enum sore_flag why)
{
	bool found = false;

	for (size_t i = 0; i < a->n_see_professional; i++) {
		const struct advice_referral *ref = &a->see_professional[i];

		if (ref->region == r && ref->side == s) {
			found = true;
			assert_int_equal(ref->why, why);
		}
	}
	assert_true(found);
	for (size_t i = 0; i < a->n_focus; i++)
		assert_false(a->focus[i].region == r && a->focus[i].side == s);
	assert_true(has_rule(a, "triage"));
}

/* ---- triage ------------------------------------------------------------- */

/* The issue's first example: a first entry of achilles:right 10. */
static void test_first_entry_achilles_10(void **state)
{
	struct history h = { 0 };
	struct advice a;

	overdue(&h);
	hb_sore(&h, 0, REGION_ACHILLES, SIDE_RIGHT, 10);
	advise(&h, &a);
	assert_flagged(&a, REGION_ACHILLES, SIDE_RIGHT, SORE_FLAG_SUDDEN);
	assert_true(has_reason(&a, "physiotherapist or a doctor"));
	assert_true(has_reason(&a, "Ease off running"));
	assert_false(is_deep(a.kind));
	assert_false(in_focus(&a, REGION_ACHILLES));
	advice_clear(&a);
	history_clear(&h);
}

static void test_calf_9_after_intervals(void **state)
{
	struct history h = { 0 };
	struct advice a;

	overdue(&h);
	hb_run(&h, 0, 8, 45, RUN_INTERVALS, 8);
	hb_sore(&h, 0, REGION_CALF, SIDE_LEFT, 9);
	advise(&h, &a);
	assert_flagged(&a, REGION_CALF, SIDE_LEFT, SORE_FLAG_SUDDEN);
	assert_int_not_equal(a.kind, MASSAGE_TRIGGER_POINT);
	/* The generic focus leaves the calf out. */
	assert_false(in_focus(&a, REGION_CALF));
	assert_true(in_focus(&a, REGION_HAMSTRING));
	assert_true(has_reason(&a, "Ease off running"));
	advice_clear(&a);
	history_clear(&h);
}

static void test_hamstring_8_two_days(void **state)
{
	struct history h = { 0 };
	struct advice a;

	overdue(&h);
	hb_sore(&h, -1, REGION_HAMSTRING, SIDE_RIGHT, 8);
	hb_sore(&h, 0, REGION_HAMSTRING, SIDE_RIGHT, 8);
	advise(&h, &a);
	assert_flagged(&a, REGION_HAMSTRING, SIDE_RIGHT, SORE_FLAG_SUDDEN);
	assert_int_not_equal(a.kind, MASSAGE_TRIGGER_POINT);
	/* Every leg and back flag: ease off running. */
	assert_true(has_reason(&a, "Ease off running"));
	advice_clear(&a);
	history_clear(&h);
}

/* A referred hamstring must not come back through the generic focus. */
static void test_referred_hamstring_not_in_generic_focus(void **state)
{
	struct history h = { 0 };
	struct advice a;

	overdue(&h);
	for (int d = -3; d <= 0; d++)
		hb_sore(&h, d, REGION_HAMSTRING, SIDE_LEFT, 7 + (d == 0));
	advise(&h, &a);
	assert_flagged(&a, REGION_HAMSTRING, SIDE_LEFT, SORE_FLAG_SEVERE);
	assert_int_equal(a.kind, MASSAGE_SPORTS);
	/* The glutes share the hamstring's segment: left alone too. */
	assert_int_equal(a.n_focus, 1);
	assert_true(in_focus(&a, REGION_CALF));
	assert_false(in_focus(&a, REGION_GLUTE));
	assert_false(in_focus(&a, REGION_HAMSTRING));
	assert_true(has_reason(&a, "leaving alone the region to have looked at"));
	advice_clear(&a);
	history_clear(&h);
}

static void test_sharp_at_5_flagged(void **state)
{
	struct history h = { 0 };
	struct advice a;

	overdue(&h);
	hb_sore(&h, -3, REGION_SHIN, SIDE_LEFT, 3);
	sore_sharp(&h, 0, REGION_SHIN, SIDE_LEFT, 5);
	advise(&h, &a);
	assert_flagged(&a, REGION_SHIN, SIDE_LEFT, SORE_FLAG_SHARP);
	assert_true(has_reason(&a, "sharp pain at 5/10"));
	advice_clear(&a);
	history_clear(&h);
}

/* An Achilles logged at 4 with --sharp: a flag at any level. */
static void test_sharp_at_any_level_flagged(void **state)
{
	struct history h = { 0 };
	struct advice a;

	overdue(&h);
	sore_sharp(&h, 0, REGION_ACHILLES, SIDE_LEFT, 4);
	advise(&h, &a);
	assert_flagged(&a, REGION_ACHILLES, SIDE_LEFT, SORE_FLAG_SHARP);
	assert_int_not_equal(a.kind, MASSAGE_FLUSH);
	for (size_t i = 0; i < a.n_focus; i++)
		assert_false(advice_regions_neighbours(REGION_ACHILLES, SIDE_LEFT, a.focus[i].region,
						       a.focus[i].side));
	advice_clear(&a);
	history_clear(&h);
}

/* A sharp entry stays a flag while the region is still sore. */
static void test_sharp_stays_flagged_while_sore(void **state)
{
	struct history h = { 0 };
	struct advice a;

	overdue(&h);
	sore_sharp(&h, -3, REGION_FOOT, SIDE_RIGHT, 6);
	hb_sore(&h, 0, REGION_FOOT, SIDE_RIGHT, 3);
	advise(&h, &a);
	assert_flagged(&a, REGION_FOOT, SIDE_RIGHT, SORE_FLAG_SHARP);
	assert_int_equal(a.see_professional[0].days, 4);
	advice_clear(&a);
	history_clear(&h);
}

static void test_rise_of_4_in_two_days(void **state)
{
	struct history h = { 0 };
	struct advice a;

	overdue(&h);
	hb_sore(&h, -2, REGION_KNEE, SIDE_LEFT, 2);
	hb_sore(&h, 0, REGION_KNEE, SIDE_LEFT, 6);
	advise(&h, &a);
	assert_flagged(&a, REGION_KNEE, SIDE_LEFT, SORE_FLAG_JUMP);
	assert_true(has_reason(&a, "from 2/10 to 6/10 within 2 days"));
	advice_clear(&a);
	history_clear(&h);
}

static void test_rise_of_3_is_not_a_flag(void **state)
{
	struct history h = { 0 };
	struct advice a;

	overdue(&h);
	hb_sore(&h, -1, REGION_QUAD, SIDE_LEFT, 3);
	hb_sore(&h, 0, REGION_QUAD, SIDE_LEFT, 6);
	advise(&h, &a);
	assert_int_equal(a.n_see_professional, 0);
	advice_clear(&a);
	history_clear(&h);
}

static void test_rise_on_both_sides_is_soreness(void **state)
{
	struct history h = { 0 };
	struct advice a;

	overdue(&h);
	hb_sore(&h, -2, REGION_QUAD, SIDE_LEFT, 2);
	hb_sore(&h, -2, REGION_QUAD, SIDE_RIGHT, 2);
	hb_sore(&h, 0, REGION_QUAD, SIDE_LEFT, 6);
	hb_sore(&h, 0, REGION_QUAD, SIDE_RIGHT, 6);
	advise(&h, &a);
	assert_int_equal(a.n_see_professional, 0);
	assert_true(in_focus(&a, REGION_QUAD));
	advice_clear(&a);
	history_clear(&h);
}

/* Both quads at 9 the day after a marathon: DOMS, however high. */
static void test_both_quads_after_marathon(void **state)
{
	struct history h = { 0 };
	struct advice a;

	overdue(&h);
	hb_run(&h, -1, 42.2, 230, RUN_RACE, 9);
	hb_sore(&h, 0, REGION_QUAD, SIDE_LEFT, 9);
	hb_sore(&h, 0, REGION_QUAD, SIDE_RIGHT, 9);
	advise(&h, &a);
	assert_int_equal(a.n_see_professional, 0);
	assert_int_equal(a.kind, MASSAGE_FLUSH);
	assert_int_equal(a.date, D(0));
	advice_clear(&a);
	history_clear(&h);
}

/* Three days at 7 or more on both sides right after a long run: DOMS. */
static void test_three_severe_days_both_sides_after_run(void **state)
{
	struct history h = { 0 };
	struct advice a;

	overdue(&h);
	hb_run(&h, -3, 32, 180, RUN_LONG, 7);
	for (int d = -2; d <= 0; d++) {
		hb_sore(&h, d, REGION_CALF, SIDE_LEFT, 8 - (d == 0));
		hb_sore(&h, d, REGION_CALF, SIDE_RIGHT, 7);
	}
	advise(&h, &a);
	assert_int_equal(a.n_see_professional, 0);
	assert_true(in_focus(&a, REGION_CALF));
	/* Too sore for deep pressure. */
	assert_false(is_deep(a.kind));
	advice_clear(&a);
	history_clear(&h);
}

/* 7 or more on 3 of the last 7 days, on one side, even between easier days. */
static void test_three_severe_days_one_side(void **state)
{
	struct history h = { 0 };
	struct advice a;

	overdue(&h);
	for (int d = -6; d <= 0; d++)
		hb_sore(&h, d, REGION_GLUTE, SIDE_RIGHT, d % 2 == 0 ? 7 : 5);
	advise(&h, &a);
	assert_flagged(&a, REGION_GLUTE, SIDE_RIGHT, SORE_FLAG_SEVERE);
	advice_clear(&a);
	history_clear(&h);
}

static void test_no_deep_work_on_a_region_at_7(void **state)
{
	struct history h = { 0 };
	struct advice a;

	overdue(&h);
	hb_sore(&h, -1, REGION_IT_BAND, SIDE_LEFT, 5);
	hb_sore(&h, 0, REGION_IT_BAND, SIDE_LEFT, 7);
	advise(&h, &a);
	assert_int_equal(a.n_see_professional, 0);
	assert_int_equal(a.kind, MASSAGE_SPORTS);
	assert_true(has_reason(&a, "too sore for deep pressure"));
	advice_clear(&a);
	history_clear(&h);
}

static void test_region_back_to_0_is_not_flagged(void **state)
{
	struct history h = { 0 };
	struct advice a;

	overdue(&h);
	hb_sore(&h, -3, REGION_ACHILLES, SIDE_LEFT, 9);
	hb_sore(&h, 0, REGION_ACHILLES, SIDE_LEFT, 0);
	advise(&h, &a);
	assert_int_equal(a.n_see_professional, 0);
	advice_clear(&a);
	history_clear(&h);
}

/* A first entry of lower back 9/10: the midline has no other side to
 * compare with, and needs none. */
static void test_midline_first_entry_flagged(void **state)
{
	struct history h = { 0 };
	struct advice a;

	overdue(&h);
	hb_run(&h, -1, 30, 170, RUN_LONG, 6);
	hb_sore(&h, 0, REGION_LOWER_BACK, SIDE_NONE, 9);
	advise(&h, &a);
	assert_flagged(&a, REGION_LOWER_BACK, SIDE_NONE, SORE_FLAG_SUDDEN);
	assert_false(has_reason(&a, "a session now"));
	assert_true(has_reason(&a, "Ease off running"));
	advice_clear(&a);
	history_clear(&h);
}

/* ---- stale soreness ------------------------------------------------------ */

static void test_stale_level_counts_less(void **state)
{
	struct history h = { 0 };
	struct advice a;

	overdue(&h);
	hb_sore(&h, -4, REGION_IT_BAND, SIDE_RIGHT, 5);
	advise(&h, &a);
	assert_true(in_focus(&a, REGION_IT_BAND));
	assert_int_equal(a.focus[0].logged, 5);
	assert_int_equal(a.focus[0].level, 3);
	assert_true(has_reason(&a, "5/10 logged 4 days ago"));
	advice_clear(&a);
	history_clear(&h);
}

static void test_recent_level_counts_whole(void **state)
{
	struct history h = { 0 };
	struct advice a;
	size_t n;
	struct sore_state *s;

	overdue(&h);
	hb_sore(&h, -2, REGION_IT_BAND, SIDE_RIGHT, 5);
	advise(&h, &a);
	assert_int_equal(a.focus[0].level, 5);
	s = advice_soreness(&h, D(0), &n);
	assert_int_equal(n, 1);
	assert_false(s[0].stale);
	g_free(s);
	s = advice_soreness(&h, D(1), &n);
	assert_true(s[0].stale);
	assert_int_equal(s[0].counted, 4);
	g_free(s);
	advice_clear(&a);
	history_clear(&h);
}

static void test_stale_low_level_fades_out(void **state)
{
	struct history h = { 0 };
	struct advice a;

	overdue(&h);
	hb_sore(&h, -5, REGION_GLUTE, SIDE_LEFT, 2);
	advise(&h, &a);
	for (size_t i = 0; i < a.n_focus; i++)
		assert_int_not_equal(a.focus[i].side, SIDE_LEFT);
	advice_clear(&a);
	history_clear(&h);
}

/* ---- races --------------------------------------------------------------- */

static void test_race_morning(void **state)
{
	struct history h = { 0 };
	struct advice a;

	overdue(&h);
	hb_race(&h, 0, "Montreal Marathon", 42.195, 'A');
	advise(&h, &a);
	assert_int_equal(a.date, D(0));
	assert_int_equal(a.kind, MASSAGE_FLUSH);
	assert_int_not_equal(a.urgency, URGENCY_OVERDUE);
	assert_true(has_reason(&a, "nothing before the start"));
	assert_true(has_reason(&a, "after the finish"));
	assert_true(has_rule(&a, "race-day"));
	advice_clear(&a);
	history_clear(&h);
}

static void test_c_race_day_is_race_day_too(void **state)
{
	struct history h = { 0 };
	struct advice a;

	overdue(&h);
	hb_race(&h, 0, "Club 5k", 5, 'C');
	advise(&h, &a);
	assert_int_equal(a.kind, MASSAGE_FLUSH);
	assert_int_not_equal(a.urgency, URGENCY_OVERDUE);
	assert_true(has_reason(&a, "after the finish"));
	assert_int_equal(a.n_windows, 0);
	advice_clear(&a);
	history_clear(&h);
}

static void test_day_before_an_a_race(void **state)
{
	struct history h = { 0 };
	struct advice a;

	overdue(&h);
	hb_race(&h, 1, "Montreal Marathon", 42.195, 'A');
	advise(&h, &a);
	assert_int_equal(a.urgency, URGENCY_SOON);
	assert_false(is_deep(a.kind));
	advice_clear(&a);
	history_clear(&h);
}

static void test_race_week_high_soreness_at_most_soon(void **state)
{
	struct history h = { 0 };
	struct advice a;

	overdue(&h);
	hb_race(&h, 4, "Half", 21.1, 'B');
	hb_sore(&h, 0, REGION_CALF, SIDE_LEFT, 6);
	hb_sore(&h, 0, REGION_CALF, SIDE_RIGHT, 6);
	advise(&h, &a);
	assert_int_equal(a.date, D(0));
	assert_int_equal(a.urgency, URGENCY_SOON);
	advice_clear(&a);
	history_clear(&h);
}

/* The issue's example: a first-ever myofascial release 7 days before. */
static void test_first_myofascial_seven_days_before_a_race(void **state)
{
	struct history h = { 0 };
	struct advice a;

	overdue(&h);
	hb_race(&h, 7, "Montreal Marathon", 42.195, 'A');
	hb_sore(&h, 0, REGION_IT_BAND, SIDE_RIGHT, 5);
	advise(&h, &a);
	assert_int_equal(a.date, D(0));
	assert_int_equal(a.kind, MASSAGE_SPORTS);
	assert_true(has_reason(&a, "never for the first time then"));
	assert_true(has_rule(&a, "deep-near-race"));
	advice_clear(&a);
	history_clear(&h);
}

static void test_known_myofascial_seven_days_before_kept(void **state)
{
	struct history h = { 0 };
	struct advice a;

	overdue(&h);
	hb_massage(&h, -60, MASSAGE_MYOFASCIAL);
	hb_race(&h, 7, "Montreal Marathon", 42.195, 'A');
	hb_sore(&h, 0, REGION_IT_BAND, SIDE_RIGHT, 5);
	advise(&h, &a);
	assert_int_equal(a.kind, MASSAGE_MYOFASCIAL);
	advice_clear(&a);
	history_clear(&h);
}

static void test_first_myofascial_eight_days_before_allowed(void **state)
{
	struct history h = { 0 };
	struct advice a;

	overdue(&h);
	hb_race(&h, 8, "Montreal Marathon", 42.195, 'A');
	hb_sore(&h, 0, REGION_IT_BAND, SIDE_RIGHT, 5);
	advise(&h, &a);
	assert_int_equal(a.kind, MASSAGE_MYOFASCIAL);
	advice_clear(&a);
	history_clear(&h);
}

/* The recovery session after a race of `km`, run 2 days ago with a flush
 * the day after: its date, as an offset from D0. */
static int recovery_offset(double km)
{
	struct history h = { 0 };
	struct advice a;
	int offset;

	overdue(&h);
	hb_race(&h, -2, "Race", km, 'A');
	hb_massage(&h, -1, MASSAGE_FLUSH);
	advise(&h, &a);
	assert_true(has_reason(&a, "recovery session"));
	offset = a.date - hb_d0();
	advice_clear(&a);
	history_clear(&h);
	return offset;
}

static void test_recovery_by_distance(void **state)
{
	assert_int_equal(recovery_offset(10), 1);     /* race + 3 */
	assert_int_equal(recovery_offset(21.1), 2);   /* race + 4 */
	assert_int_equal(recovery_offset(42.195), 3); /* race + 5 */
	assert_int_equal(recovery_offset(80), 5);     /* race + 7 */
}

/* Race + 3 after a marathon, the IT band at 6: a light flush, not the
 * myofascial release it would otherwise get. */
static void test_no_deep_work_soon_after_a_marathon(void **state)
{
	struct history h = { 0 };
	struct advice a;

	overdue(&h);
	hb_race(&h, -3, "Montreal Marathon", 42.195, 'A');
	hb_run(&h, -3, 42.2, 215, RUN_RACE, 9);
	hb_massage(&h, -2, MASSAGE_FLUSH);
	hb_sore(&h, -1, REGION_IT_BAND, SIDE_RIGHT, 5);
	hb_sore(&h, 0, REGION_IT_BAND, SIDE_RIGHT, 6);
	advise(&h, &a);
	assert_int_equal(a.date, D(0));
	assert_int_equal(a.kind, MASSAGE_FLUSH);
	assert_true(has_reason(&a, "too soon after Montreal Marathon for more than a light flush"));
	advice_clear(&a);
	history_clear(&h);
}

/* The flush the day after a marathon is not the session the rhythm
 * missed, and the race is said once. */
static void test_flush_after_a_race_is_not_overdue(void **state)
{
	struct history h = { 0 };
	struct advice a;
	int said = 0;

	overdue(&h);
	hb_race(&h, -1, "Montreal Marathon", 42.195, 'A');
	hb_run(&h, -1, 42.2, 220, RUN_RACE, 9);
	advise(&h, &a);
	assert_int_equal(a.kind, MASSAGE_FLUSH);
	assert_int_equal(a.urgency, URGENCY_DUE);
	for (char **r = a.reasons; *r; r++)
		said += strstr(*r, "light flush") != NULL && strstr(*r, "Window") == NULL &&
			strstr(*r, "No deep") == NULL;
	assert_int_equal(said, 1);
	advice_clear(&a);
	history_clear(&h);
}

static void test_c_race_named_without_window(void **state)
{
	struct history h = { 0 };
	struct advice a;

	overdue(&h);
	hb_race(&h, 3, "Lachine 10k", 10, 'C');
	advise(&h, &a);
	assert_int_equal(a.n_windows, 0);
	assert_true(has_reason(&a, "Lachine 10k on 2026-05-07 is a priority C race"));
	advice_clear(&a);
	history_clear(&h);
}

static void test_c_race_yesterday_light_flush(void **state)
{
	struct history h = { 0 };
	struct advice a;

	hb_steady_weeks(&h, -56, -2);
	hb_massage(&h, -5, MASSAGE_SPORTS);
	hb_race(&h, -1, "Lachine 10k", 10, 'C');
	/* A short C race five days after a session: a hard training day, its
	 * flush folds into the rhythm. */
	advise(&h, &a);
	assert_int_not_equal(a.kind, MASSAGE_FLUSH);
	assert_false(has_rule(&a, "race-flush"));
	advice_clear(&a);
	/* The regular session due tomorrow: it becomes the flush. */
	h.massages[h.n_massages - 1].date = hb_d0() - 17;
	advise(&h, &a);
	assert_int_equal(a.date, D(0));
	assert_int_equal(a.kind, MASSAGE_FLUSH);
	assert_true(has_reason(&a, "Lachine 10k yesterday"));
	assert_true(has_rule(&a, "race-flush"));
	advice_clear(&a);
	history_clear(&h);
}

/* ---- bookings ------------------------------------------------------------ */

static void test_booking_sooner_replaces(void **state)
{
	struct history h = { 0 };
	struct advice a;

	hb_steady_weeks(&h, -56, -2);
	hb_massage(&h, -4, MASSAGE_SPORTS); /* the rhythm says D(14) */
	book(&h, 5, MASSAGE_DEEP_TISSUE, REGION_GLUTE, SIDE_LEFT);
	advise(&h, &a);
	assert_true(a.has_booking);
	assert_int_equal(a.booked_date, D(5));
	assert_int_equal(a.date, D(5));
	assert_int_equal(a.kind, MASSAGE_DEEP_TISSUE);
	assert_true(a.booking_replaces);
	assert_null(a.booking_warning);
	assert_true(has_rule(&a, "booking"));
	/* A booking is not the last massage. */
	assert_int_equal(a.last_massage, D(-4));
	advice_clear(&a);
	history_clear(&h);
}

static void test_booking_later_leaves_the_advice(void **state)
{
	struct history h = { 0 };
	struct advice a;

	overdue(&h);
	hb_sore(&h, 0, REGION_CALF, SIDE_LEFT, 6);
	hb_sore(&h, -1, REGION_CALF, SIDE_LEFT, 5);
	book(&h, 6, MASSAGE_SPORTS, REGION_CALF, SIDE_LEFT);
	advise(&h, &a);
	assert_int_equal(a.date, D(0));
	assert_false(a.booking_replaces);
	assert_true(a.has_booking);
	assert_true(has_reason(&a, "the advice is for sooner"));
	advice_clear(&a);
	history_clear(&h);
}

/* An overdue routine session waits two days for the booked one. */
static void test_routine_session_waits_for_a_booking(void **state)
{
	struct history h = { 0 };
	struct advice a;

	overdue(&h);
	book(&h, 2, MASSAGE_SPORTS, REGION_CALF, SIDE_LEFT);
	advise(&h, &a);
	assert_int_equal(a.date, D(2));
	assert_true(a.booking_replaces);
	assert_int_not_equal(a.urgency, URGENCY_OVERDUE);
	advice_clear(&a);
	history_clear(&h);
}

/* ---- the gate ------------------------------------------------------------ */

/* A sports massage five days before an A race: light pressure, and the
 * therapist told the race date. */
static void test_gate_sports_light_before_race(void **state)
{
	struct history h = { 0 };
	struct advice a;

	overdue(&h);
	hb_race(&h, 5, "Montreal Marathon", 42.195, 'A');
	advise(&h, &a);
	assert_int_equal(a.date, D(0));
	assert_int_equal(a.kind, MASSAGE_SPORTS);
	assert_true(a.light_pressure);
	assert_true(has_rule(&a, "race-light"));
	assert_true(has_reason(&a, "tell the therapist the race date"));
	{
		char *text = advice_plan_kind_text(&a);

		assert_non_null(strstr(text, "light pressure"));
		g_free(text);
	}
	advice_clear(&a);
	history_clear(&h);
}

/* A first trigger point session booked 5 days before an A race: a sports
 * massage instead, with the warning; the same booking for a runner who
 * has had trigger point work keeps its kind. */
static void test_gate_first_deep_booking(void **state)
{
	struct history h = { 0 };
	struct advice a;

	overdue(&h);
	hb_race(&h, 7, "Montreal Marathon", 42.195, 'A');
	book(&h, 2, MASSAGE_TRIGGER_POINT, REGION_GLUTE, SIDE_LEFT);
	advise(&h, &a);
	assert_int_equal(a.booked_safe_kind, MASSAGE_SPORTS);
	assert_non_null(a.booking_warning);
	assert_non_null(strstr(a.booking_warning, "no first deep work before a race"));
	assert_true(has_rule(&a, "first-deep"));
	advice_clear(&a);
	hb_massage(&h, -40, MASSAGE_TRIGGER_POINT);
	advise(&h, &a);
	assert_int_equal(a.booked_safe_kind, MASSAGE_TRIGGER_POINT);
	assert_null(a.booking_warning);
	advice_clear(&a);
	history_clear(&h);
}

/* A sharp pain closed by a 0 does not hide the next sign: a rise of 5 in
 * a day on one side, three days later, is a new flag. */
static void test_closed_flag_does_not_hide_a_new_one(void **state)
{
	struct history h = { 0 };
	struct advice a;

	overdue(&h);
	sore_sharp(&h, -5, REGION_CALF, SIDE_LEFT, 3);
	hb_sore(&h, -3, REGION_CALF, SIDE_LEFT, 0);
	hb_sore(&h, -1, REGION_CALF, SIDE_LEFT, 2);
	hb_sore(&h, 0, REGION_CALF, SIDE_LEFT, 7);
	advise(&h, &a);
	assert_flagged(&a, REGION_CALF, SIDE_LEFT, SORE_FLAG_JUMP);
	advice_clear(&a);
	history_clear(&h);
}

/* The public reading: neighbours, the effective level and the flags, with
 * an assessment that does not clear and one that does. */
static void test_gate_public_api(void **state)
{
	struct history h = { 0 };
	struct advice_flag *f;
	size_t n;

	assert_true(advice_regions_neighbours(REGION_SHIN, SIDE_LEFT, REGION_CALF, SIDE_LEFT));
	assert_true(advice_regions_neighbours(REGION_HAMSTRING, SIDE_RIGHT, REGION_GLUTE, SIDE_NONE));
	assert_false(advice_regions_neighbours(REGION_SHIN, SIDE_LEFT, REGION_CALF, SIDE_RIGHT));
	assert_false(advice_regions_neighbours(REGION_SHIN, SIDE_LEFT, REGION_QUAD, SIDE_LEFT));
	assert_true(advice_regions_neighbours(REGION_LOWER_BACK, SIDE_NONE, REGION_UPPER_BACK,
					      SIDE_NONE));

	hb_sore(&h, -4, REGION_QUAD, SIDE_LEFT, 4);
	assert_int_equal(advice_effective_level(&h, hb_d0(), REGION_QUAD, SIDE_LEFT), 2);
	assert_int_equal(advice_effective_level(&h, hb_d0() + 3, REGION_QUAD, SIDE_LEFT), 0);

	sore_sharp(&h, -10, REGION_SHIN, SIDE_RIGHT, 3);
	hb_sore(&h, -2, REGION_SHIN, SIDE_RIGHT, 2);
	f = advice_flags(&h, hb_d0(), &n);
	assert_int_equal(n, 1);
	assert_int_equal(f[0].region, REGION_SHIN);
	assert_int_equal(f[0].why, SORE_FLAG_SHARP);
	assert_int_equal(f[0].since, hb_d0() - 10);
	assert_false(f[0].assessed);
	g_free(f);
	/* Seen, not cleared: still a flag, assessed. */
	h.assessments = g_new0(struct assessment, 2);
	h.assessments[h.n_assessments++] = (struct assessment){
		.time = hb_at(-1, 12), .region = REGION_SHIN, .side = SIDE_RIGHT };
	f = advice_flags(&h, hb_d0(), &n);
	assert_int_equal(n, 1);
	assert_true(f[0].assessed);
	g_free(f);
	/* Cleared: no flag. */
	h.assessments[0].cleared = true;
	f = advice_flags(&h, hb_d0(), &n);
	assert_int_equal(n, 0);
	g_free(f);
	history_clear(&h);
}

static void test_booked_deep_in_race_window_warned(void **state)
{
	struct history h = { 0 };
	struct advice a;

	overdue(&h);
	hb_race(&h, 5, "Montreal Marathon", 42.195, 'A');
	book(&h, 4, MASSAGE_DEEP_TISSUE, REGION_GLUTE, SIDE_RIGHT);
	advise(&h, &a);
	assert_non_null(a.booking_warning);
	assert_non_null(strstr(a.booking_warning, "breaks a safety rule (no deep work around a race)"));
	assert_true(has_reason(&a, "ask for a light flush instead"));
	assert_int_equal(a.booked_safe_kind, MASSAGE_FLUSH);
	assert_true(has_rule(&a, "booking-safe"));
	advice_clear(&a);
	history_clear(&h);
}

static void test_booked_session_on_flagged_region_warned(void **state)
{
	struct history h = { 0 };
	struct advice a;

	overdue(&h);
	hb_sore(&h, 0, REGION_ACHILLES, SIDE_LEFT, 9);
	book(&h, 2, MASSAGE_SPORTS, REGION_ACHILLES, SIDE_LEFT);
	advise(&h, &a);
	assert_non_null(a.booking_warning);
	assert_non_null(strstr(a.booking_warning, "left Achilles tendon"));
	advice_clear(&a);
	history_clear(&h);
}

static void test_booking_without_regions_names_the_flagged_one(void **state)
{
	struct history h = { 0 };
	struct advice a;

	overdue(&h);
	sore_sharp(&h, 0, REGION_CALF, SIDE_RIGHT, 6);
	hb_massage(&h, 3, MASSAGE_SPORTS);
	advise(&h, &a);
	assert_non_null(a.booking_warning);
	assert_non_null(strstr(a.booking_warning, "leave the right calf alone"));
	advice_clear(&a);
	history_clear(&h);
}

static void test_booking_on_race_day_after_the_finish(void **state)
{
	struct history h = { 0 };
	struct advice a;

	hb_steady_weeks(&h, -56, -2);
	hb_massage(&h, -6, MASSAGE_SPORTS);
	hb_race(&h, 2, "Club 5k", 5, 'C');
	book(&h, 2, MASSAGE_FLUSH, REGION_CALF, SIDE_LEFT);
	advise(&h, &a);
	assert_int_equal(a.date, D(2));
	assert_true(has_reason(&a, "after the finish only"));
	advice_clear(&a);
	history_clear(&h);
}

/* ---- the rules that fired ------------------------------------------------ */

static void test_rules_name_what_changed_the_answer(void **state)
{
	struct history h = { 0 };
	struct advice a;

	hb_steady_weeks(&h, -56, -2);
	hb_massage(&h, -5, MASSAGE_SPORTS);
	advise(&h, &a);
	/* The rhythm alone: nothing else changed the answer. */
	assert_true(has_rule(&a, "rhythm"));
	assert_false(has_rule(&a, "triage"));
	assert_false(has_rule(&a, "soreness"));
	for (size_t i = 0; i < a.n_rules; i++) {
		for (size_t j = i + 1; j < a.n_rules; j++)
			assert_string_not_equal(a.rules[i], a.rules[j]);
		assert_non_null(advice_rule_name(a.rules[i]));
	}
	advice_clear(&a);
	history_clear(&h);
}

static void test_rules_text(void **state)
{
	struct history h = { 0 };
	struct advice a;
	char *text;

	overdue(&h);
	hb_sore(&h, 0, REGION_ACHILLES, SIDE_RIGHT, 10);
	advise(&h, &a);
	text = advice_rules_text(&a);
	assert_non_null(strstr(text, "triage"));
	assert_string_equal(advice_rule_name("long-run"), "long run");
	g_free(text);
	advice_clear(&a);
	history_clear(&h);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_first_entry_achilles_10),
		cmocka_unit_test(test_calf_9_after_intervals),
		cmocka_unit_test(test_hamstring_8_two_days),
		cmocka_unit_test(test_referred_hamstring_not_in_generic_focus),
		cmocka_unit_test(test_sharp_at_5_flagged),
		cmocka_unit_test(test_sharp_at_any_level_flagged),
		cmocka_unit_test(test_sharp_stays_flagged_while_sore),
		cmocka_unit_test(test_rise_of_4_in_two_days),
		cmocka_unit_test(test_rise_of_3_is_not_a_flag),
		cmocka_unit_test(test_rise_on_both_sides_is_soreness),
		cmocka_unit_test(test_both_quads_after_marathon),
		cmocka_unit_test(test_three_severe_days_both_sides_after_run),
		cmocka_unit_test(test_three_severe_days_one_side),
		cmocka_unit_test(test_no_deep_work_on_a_region_at_7),
		cmocka_unit_test(test_region_back_to_0_is_not_flagged),
		cmocka_unit_test(test_midline_first_entry_flagged),
		cmocka_unit_test(test_stale_level_counts_less),
		cmocka_unit_test(test_recent_level_counts_whole),
		cmocka_unit_test(test_stale_low_level_fades_out),
		cmocka_unit_test(test_race_morning),
		cmocka_unit_test(test_c_race_day_is_race_day_too),
		cmocka_unit_test(test_day_before_an_a_race),
		cmocka_unit_test(test_race_week_high_soreness_at_most_soon),
		cmocka_unit_test(test_first_myofascial_seven_days_before_a_race),
		cmocka_unit_test(test_known_myofascial_seven_days_before_kept),
		cmocka_unit_test(test_first_myofascial_eight_days_before_allowed),
		cmocka_unit_test(test_recovery_by_distance),
		cmocka_unit_test(test_no_deep_work_soon_after_a_marathon),
		cmocka_unit_test(test_flush_after_a_race_is_not_overdue),
		cmocka_unit_test(test_c_race_named_without_window),
		cmocka_unit_test(test_c_race_yesterday_light_flush),
		cmocka_unit_test(test_booking_sooner_replaces),
		cmocka_unit_test(test_booking_later_leaves_the_advice),
		cmocka_unit_test(test_routine_session_waits_for_a_booking),
		cmocka_unit_test(test_booked_deep_in_race_window_warned),
		cmocka_unit_test(test_gate_sports_light_before_race),
		cmocka_unit_test(test_gate_first_deep_booking),
		cmocka_unit_test(test_gate_public_api),
		cmocka_unit_test(test_closed_flag_does_not_hide_a_new_one),
		cmocka_unit_test(test_booked_session_on_flagged_region_warned),
		cmocka_unit_test(test_booking_without_regions_names_the_flagged_one),
		cmocka_unit_test(test_booking_on_race_day_after_the_finish),
		cmocka_unit_test(test_rules_name_what_changed_the_answer),
		cmocka_unit_test(test_rules_text),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

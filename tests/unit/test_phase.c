/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_phase.c - the training phase and its week boundaries. */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include "core/advice/phase.h"
#include "history_builder.h"

static enum phase phase_with_race(int days_to_race, char priority)
{
	struct history h = { 0 };
	enum phase p;

	hb_race(&h, days_to_race, "Race", 42.195, priority);
	p = phase_at(&h, hb_d0(), NULL);
	history_clear(&h);
	return p;
}

static void test_boundaries(void **state)
{
	static const struct {
		int days;
		enum phase phase;
	} cases[] = {
		{ 0, PHASE_RACE_WEEK }, { 6, PHASE_RACE_WEEK }, { 7, PHASE_TAPER },
		{ 20, PHASE_TAPER },	{ 21, PHASE_PEAK },	{ 41, PHASE_PEAK },
		{ 42, PHASE_BUILD },	{ 83, PHASE_BUILD },	{ 84, PHASE_BASE },
		{ 300, PHASE_BASE },
	};

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		assert_int_equal(phase_with_race(cases[i].days, 'A'), cases[i].phase);
		assert_int_equal(phase_with_race(cases[i].days, 'B'), cases[i].phase);
	}
}

static void test_no_race(void **state)
{
	struct history h = { 0 };

	assert_int_equal(phase_at(&h, hb_d0(), NULL), PHASE_NONE);
	/* A C race does not shape the phase. */
	hb_race(&h, 10, "Parkrun", 5, 'C');
	assert_int_equal(phase_at(&h, hb_d0(), NULL), PHASE_NONE);
	/* Running in the last 28 days is base training. */
	hb_run(&h, -27, 10, 60, RUN_EASY, 3);
	assert_int_equal(phase_at(&h, hb_d0(), NULL), PHASE_BASE);
	assert_int_equal(phase_at(&h, hb_d0() + 1, NULL), PHASE_NONE);
	history_clear(&h);
}

static void test_a_before_b(void **state)
{
	struct history h = { 0 };
	struct phase_info pi;

	hb_race(&h, 10, "Tune-up half", 21.1, 'B');
	hb_race(&h, 50, "Montreal Marathon", 42.195, 'A');
	hb_race(&h, 100, "Autumn Marathon", 42.195, 'A');
	assert_int_equal(phase_at(&h, hb_d0(), &pi), PHASE_BUILD);
	assert_non_null(pi.race);
	assert_string_equal(pi.race->name, "Montreal Marathon");
	assert_int_equal(pi.days_to_race, 50);
	assert_ptr_equal(phase_key_race(&h, hb_d0()), pi.race);
	/* Once the A race is past, the next A race leads, not the B one. */
	assert_string_equal(phase_key_race(&h, hb_d0() + 51)->name, "Autumn Marathon");
	history_clear(&h);
}

static void test_b_when_no_a(void **state)
{
	struct history h = { 0 };
	struct phase_info pi;

	hb_race(&h, 30, "Half", 21.1, 'B');
	hb_race(&h, 5, "Local 5k", 5, 'C');
	assert_int_equal(phase_at(&h, hb_d0(), &pi), PHASE_PEAK);
	assert_string_equal(pi.race->name, "Half");
	history_clear(&h);
}

static void test_recovery(void **state)
{
	struct history h = { 0 };
	struct phase_info pi;

	hb_race(&h, -1, "Marathon", 42.195, 'A');
	hb_race(&h, -30, "Half", 21.1, 'B');
	assert_int_equal(phase_at(&h, hb_d0(), &pi), PHASE_RECOVERY);
	assert_string_equal(pi.recovering->name, "Marathon");
	assert_int_equal(pi.days_since_race, 1);
	assert_null(pi.race);
	assert_int_equal(phase_at(&h, hb_d0() + 13, NULL), PHASE_RECOVERY);
	assert_int_equal(phase_at(&h, hb_d0() + 14, NULL), PHASE_NONE);
	/* Race day itself belongs to the race, not to recovery. */
	assert_int_equal(phase_at(&h, hb_d0() - 1, NULL), PHASE_RACE_WEEK);
	history_clear(&h);

	hb_race(&h, -7, "Half", 21.1, 'B');
	hb_run(&h, -7, 21.1, 95, RUN_RACE, 9);
	assert_int_equal(phase_at(&h, hb_d0(), NULL), PHASE_RECOVERY);
	assert_int_equal(phase_at(&h, hb_d0() + 1, NULL), PHASE_BASE);
	history_clear(&h);

	/* A C race needs no recovery phase. */
	hb_race(&h, -2, "Fun run", 5, 'C');
	assert_int_equal(phase_at(&h, hb_d0(), NULL), PHASE_NONE);
	history_clear(&h);
}

static void test_race_week_beats_recovery(void **state)
{
	struct history h = { 0 };
	struct phase_info pi;

	hb_race(&h, -3, "First", 10, 'A');
	hb_race(&h, 4, "Second", 10, 'B');
	assert_int_equal(phase_at(&h, hb_d0(), &pi), PHASE_RACE_WEEK);
	assert_string_equal(pi.race->name, "Second");
	assert_non_null(pi.recovering);
	/* Further away, recovery comes first. */
	history_clear(&h);
	hb_race(&h, -3, "First", 10, 'A');
	hb_race(&h, 30, "Second", 10, 'A');
	assert_int_equal(phase_at(&h, hb_d0(), &pi), PHASE_RECOVERY);
	history_clear(&h);
}

static void test_ids(void **state)
{
	static const char *const ids[] = { "none", "base", "build", "peak", "taper",
					   "race-week", "recovery" };
	enum phase p;

	for (int i = 0; i < PHASE_COUNT; i++) {
		assert_string_equal(phase_id((enum phase)i), ids[i]);
		assert_true(phase_from_id(ids[i], &p));
		assert_int_equal(p, i);
		assert_non_null(phase_name((enum phase)i));
	}
	assert_false(phase_from_id("racing", &p));
	assert_false(phase_from_id(NULL, &p));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_boundaries),
		cmocka_unit_test(test_no_race),
		cmocka_unit_test(test_a_before_b),
		cmocka_unit_test(test_b_when_no_a),
		cmocka_unit_test(test_recovery),
		cmocka_unit_test(test_race_week_beats_recovery),
		cmocka_unit_test(test_ids),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_advice_store.c - the advice read from the store (advice/advice_history.h):
 * the window the engine needs, the runner's settings, and the advice on
 * it, the same for every caller. */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include "core/advice/advice_history.h"
#include "core/clock.h"
#include "testutil.h"

#define NOW wtime_make(2026, 11, 23, 9, 0, 0)

static int setup(void **state)
{
	*state = temp_store_open("knead-advice-store-XXXXXX");
	return 0;
}

static int teardown(void **state)
{
	temp_store_close(*state);
	return 0;
}

static void add_run_on(struct store *st, dayno d)
{
	struct run r = { .start = day_start(d) + 7 * 3600, .distance_m = 10000,
			 .duration_s = 3000, .kind = RUN_EASY, .elevation_m = -1,
			 .source = SOURCE_MANUAL };

	assert_true(store_run_add(st, &r, NULL, NULL));
}

/* Only the window: the first day of it in, the day before out. */
static void reads_the_window(void **state)
{
	struct temp_store *f = *state;
	dayno from = advice_history_from(wtime_day(NOW));
	struct history h;

	add_run_on(f->st, from - 1);
	add_run_on(f->st, from);
	add_run_on(f->st, wtime_day(NOW));
	assert_true(advice_history_load(f->st, NULL, NOW, &h, NULL));
	assert_int_equal(h.n_runs, 2);
	assert_int_equal(wtime_day(h.runs[0].start), from);
	assert_int_equal(h.max_hr, 0);
	history_clear(&h);
}

/* The runner's heart rates come with the history when settings are given. */
static void applies_the_runner(void **state)
{
	struct temp_store *f = *state;
	struct config cfg;
	struct history h;

	config_init_defaults(&cfg);
	cfg.max_hr = 188;
	cfg.resting_hr = 48;
	assert_true(advice_history_load(f->st, &cfg, NOW, &h, NULL));
	assert_int_equal(h.max_hr, 188);
	assert_int_equal(h.resting_hr, 48);
	history_clear(&h);
	/* No database yet: an empty history, settings applied all the same. */
	assert_true(advice_history_load(NULL, &cfg, NOW, &h, NULL));
	assert_int_equal(h.n_runs + h.n_soreness + h.n_massages + h.n_races, 0);
	assert_int_equal(h.max_hr, 188);
	history_clear(&h);
}

/* advice_load is advice_next on that history. */
static void advice_on_the_window(void **state)
{
	struct temp_store *f = *state;
	struct history h, again;
	struct advice a, b;

	for (int d = 1; d <= 10; d++)
		add_run_on(f->st, wtime_day(NOW) - d);
	assert_true(advice_load(f->st, NULL, NOW, &h, &a, NULL));
	assert_true(advice_history_load(f->st, NULL, NOW, &again, NULL));
	advice_next(&again, NOW, &b);
	assert_int_equal(a.today, wtime_day(NOW));
	assert_int_equal(a.date, b.date);
	assert_int_equal(a.kind, b.kind);
	assert_int_equal(a.urgency, b.urgency);
	assert_int_equal(a.phase, b.phase);
	assert_int_equal(h.n_runs, 10);
	advice_clear(&a);
	advice_clear(&b);
	history_clear(&h);
	history_clear(&again);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(reads_the_window, setup, teardown),
		cmocka_unit_test_setup_teardown(applies_the_runner, setup, teardown),
		cmocka_unit_test_setup_teardown(advice_on_the_window, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

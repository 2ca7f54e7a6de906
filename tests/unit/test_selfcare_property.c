/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_selfcare_property.c - the self-care plan over a few thousand
 * generated histories: whatever the history, no item touches a flagged
 * region or its neighbours, nothing new comes in the 2 days before an A or
 * B race, no cold water in a training phase, and nothing rolls a tendon,
 * the shin, bone or joint.  The flags, phase and key race are read here
 * from the advice itself, not from the plan's adapter. */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>
#include "core/advice/advice.h"
#include "core/advice/phase.h"
#include "core/regions.h"
#include "core/selfcare/selfcare.h"
#include "history_builder.h"

#define HISTORIES 3000

static void generate(GRand *rng, struct history *h)
{
	int first = -g_rand_int_range(rng, 0, 60);

	for (int d = first; d <= 0; d++) {
		if (g_rand_int_range(rng, 0, 10) < 6) {
			enum run_kind k = g_rand_int_range(rng, 0, RUN_KIND_COUNT);
			double km = g_rand_double_range(rng, 3, 35);

			hb_run(h, d, km, km * 6, k, g_rand_int_range(rng, 0, 11));
		}
		for (int n = g_rand_int_range(rng, -3, 3); n > 0; n--) {
			enum region r = g_rand_int_range(rng, 0, REGION_COUNT);
			enum side s = region_has_side(r) ? g_rand_int_range(rng, 1, 3) : SIDE_NONE;

			hb_sore(h, d, r, s, g_rand_int_range(rng, 0, 11));
			h->soreness[h->n_soreness - 1].sharp = g_rand_int_range(rng, 0, 40) == 0;
		}
	}
	for (int n = g_rand_int_range(rng, 0, 4); n > 0; n--)
		hb_race(h, g_rand_int_range(rng, -3, 30), "Race",
			g_rand_double_range(rng, 5, 42.2), "ABC"[g_rand_int_range(rng, 0, 3)]);
}

static bool item_touches(const struct selfcare_item *it, enum region r, enum side s)
{
	if (!it->has_region)
		/* Compression, cold water and easy movement reach the whole
		 * lower body. */
		return it->action != SELFCARE_SLEEP && r != REGION_UPPER_BACK;
	return advice_regions_neighbours(it->region, it->side, r, s);
}

static void check(const struct history *h, wtime now, const char *what)
{
	dayno today = wtime_day(now);
	struct selfcare_plan p;
	size_t n = 0;
	struct sore_state *sore = advice_soreness(h, today, &n);
	enum phase phase = phase_at(h, today, NULL);
	const struct race *key = phase_key_race(h, today);
	int days = key && race_is_key(key) ? key->date - today : -1;

	selfcare_plan_from_history(h, NULL, 0, now, &p);
	for (size_t i = 0; i < p.n_items; i++) {
		const struct selfcare_item *it = &p.items[i];

		/* A referral is on a flagged region itself: it must be one. */
		bool referral = it->action == SELFCARE_REST;

		if (referral) {
			bool flagged = false;

			for (size_t j = 0; j < n; j++)
				flagged |= sore[j].refer && sore[j].region == it->region &&
					   sore[j].side == it->side;
			if (!flagged)
				fail_msg("%s: %s rests a region that is not flagged", what, it->id);
			continue;
		}
		for (size_t j = 0; j < n; j++) {
			if (!sore[j].refer)
				continue;
			if (item_touches(it, sore[j].region, sore[j].side))
				fail_msg("%s: %s touches flagged %s %s", what, it->id,
					 region_id(sore[j].region),
					 side_id(sore[j].side) ? side_id(sore[j].side) : "");
		}
		if (it->action == SELFCARE_ROLL && !selfcare_region_rollable(it->region))
			fail_msg("%s: %s rolls a tendon, bone or joint", what, it->id);
		if (it->action == SELFCARE_COLD_WATER &&
		    (phase == PHASE_BASE || phase == PHASE_BUILD || phase == PHASE_PEAK))
			fail_msg("%s: cold water in phase %s", what, phase_id(phase));
		if (days >= 1 && days <= SELFCARE_PRE_RACE_DAYS &&
		    (it->action == SELFCARE_ROLL || it->action == SELFCARE_COMPRESS ||
		     it->action == SELFCARE_COLD_WATER))
			fail_msg("%s: %s %d days before a key race", what, it->id, days);
		assert_non_null(it->dose);
		assert_non_null(it->why);
		assert_non_null(it->article);
	}
	selfcare_plan_clear(&p);
	g_free(sore);
}

static bool has(const struct selfcare_plan *p, enum selfcare_action a)
{
	for (size_t i = 0; i < p->n_items; i++)
		if (p->items[i].action == a)
			return true;
	return false;
}

static void test_generated_histories(void **state)
{
	GRand *rng = g_rand_new_with_seed(20261207);
	size_t with_flags = 0, with_items = 0, with_cold = 0, pre_race = 0, with_roll = 0;

	(void)state;
	for (int i = 0; i < HISTORIES; i++) {
		struct history h = { 0 };
		struct selfcare_plan p;
		char what[64];
		wtime now = hb_at(0, g_rand_int_range(rng, 6, 23));

		generate(rng, &h);
		g_snprintf(what, sizeof(what), "history %d", i);
		check(&h, now, what);
		selfcare_plan_from_history(&h, NULL, 0, now, &p);
		with_items += p.n_items > 0;
		with_flags += has(&p, SELFCARE_REST);
		with_cold += has(&p, SELFCARE_COLD_WATER);
		with_roll += has(&p, SELFCARE_ROLL);
		for (size_t j = 0; j < p.n_notes; j++)
			pre_race += strcmp(p.notes[j].rule, "pre-race") == 0;
		selfcare_plan_clear(&p);
		history_clear(&h);
	}
	printf("# %d histories: %zu with a plan, %zu a referral, %zu rolling, %zu cold water, "
	       "%zu before a key race\n",
	       HISTORIES, with_items, with_flags, with_roll, with_cold, pre_race);
	/* The generator reaches the cases the properties are about. */
	assert_true(with_flags > HISTORIES / 20);
	assert_true(with_items > HISTORIES / 2);
	assert_true(with_roll > HISTORIES / 20);
	assert_true(with_cold > 0);
	assert_true(pre_race > HISTORIES / 50);
	g_rand_free(rng);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_generated_histories),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

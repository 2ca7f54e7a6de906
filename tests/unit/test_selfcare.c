/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_selfcare.c - the self-care plan's rules, one table of cases each,
 * with the line of shared/facts.md ("Self-care between sessions") that
 * each rule follows.  Most cases build the inputs by hand; the adapter's
 * cases build a history (day D0 is 2026-05-04, a Monday). */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>
#include "core/advice/advice.h"
#include "core/regions.h"
#include "core/selfcare/selfcare.h"
#include "history_builder.h"

/* ---- helpers ---------------------------------------------------------- */

static void inputs(struct selfcare_inputs *in, enum phase phase)
{
	*in = (struct selfcare_inputs){ .today = hb_d0(), .phase = phase, .days_to_key_race = -1 };
	in->sore = g_new0(struct selfcare_sore, REGION_COUNT * 2);
}

/* Sore at `level`; flagged blocks it and its segment
 * (advice_regions_neighbours) as the adapter does. */
static void sore(struct selfcare_inputs *in, enum region r, enum side s, int level, bool flagged)
{
	in->sore[in->n_sore++] = (struct selfcare_sore){ r, s, level, flagged };
	if (!flagged)
		return;
	for (int o = 0; o < REGION_COUNT; o++)
		for (int os = 0; os < 3; os++)
			if ((region_has_side(o) ? os != SIDE_NONE : os == SIDE_NONE) &&
			    advice_regions_neighbours(r, s, o, os))
				in->blocked[o][os] = true;
}

static const struct selfcare_item *find(const struct selfcare_plan *p, enum selfcare_action a,
					bool has_region, enum region r, enum side s)
{
	for (size_t i = 0; i < p->n_items; i++) {
		const struct selfcare_item *it = &p->items[i];

		if (it->action == a && it->has_region == has_region &&
		    (!has_region || (it->region == r && it->side == s)))
			return it;
	}
	return NULL;
}

static bool has_action(const struct selfcare_plan *p, enum selfcare_action a)
{
	for (size_t i = 0; i < p->n_items; i++)
		if (p->items[i].action == a)
			return true;
	return false;
}

static const struct selfcare_note *note(const struct selfcare_plan *p, const char *rule)
{
	for (size_t i = 0; i < p->n_notes; i++)
		if (strcmp(p->notes[i].rule, rule) == 0)
			return &p->notes[i];
	return NULL;
}

static bool has_rule(const struct selfcare_plan *p, const char *id)
{
	for (size_t i = 0; i < p->n_rules; i++)
		if (strcmp(p->rules[i], id) == 0)
			return true;
	return false;
}

static bool touches(const struct selfcare_item *it, enum region r, enum side s)
{
	return it->has_region && it->region == r &&
	       (it->side == s || it->side == SIDE_NONE || s == SIDE_NONE);
}

/* ---- flagged: facts.md "Flagged regions: no self-treatment at all (no
 * rolling, no pressure, no stretching into pain); relative rest and
 * assessment." ----------------------------------------------------------- */

static void test_flagged_region_gets_rest_and_referral_only(void **state)
{
	struct selfcare_inputs in;
	struct selfcare_plan p;
	const struct selfcare_item *rest;

	(void)state;
	inputs(&in, PHASE_BUILD);
	sore(&in, REGION_CALF, SIDE_RIGHT, 6, true);
	selfcare_plan(&in, &p);
	rest = find(&p, SELFCARE_REST, true, REGION_CALF, SIDE_RIGHT);
	assert_non_null(rest);
	assert_string_equal(rest->rule, "flagged");
	assert_int_equal(rest->when, SELFCARE_UNTIL_ASSESSED);
	assert_int_equal(rest->evidence, SELFCARE_EV_SAFETY);
	assert_non_null(strstr(rest->dose, "physiotherapist"));
	assert_non_null(strstr(rest->dose, "ease off running")); /* lower leg */
	assert_string_equal(rest->article, "sore-or-injured");
	for (size_t i = 0; i < p.n_items; i++)
		if (p.items[i].action != SELFCARE_REST)
			assert_false(touches(&p.items[i], REGION_CALF, SIDE_RIGHT));
	/* No compression, cold water or movement on legs with a flag. */
	assert_false(has_action(&p, SELFCARE_COMPRESS));
	assert_false(has_action(&p, SELFCARE_MOVE));
	selfcare_plan_clear(&p);
	selfcare_inputs_clear(&in);
}

/* The table: a flag on `flag` (right side) keeps rolling off `sore_r`. */
static void test_flagged_neighbours_are_left_alone(void **state)
{
	static const struct {
		enum region flag, neighbour;
	} cases[] = {
		{ REGION_ACHILLES, REGION_CALF },  { REGION_ACHILLES, REGION_SOLEUS },
		{ REGION_SHIN, REGION_CALF },	   { REGION_FOOT, REGION_CALF },
		{ REGION_KNEE, REGION_QUAD },	   { REGION_IT_BAND, REGION_QUAD },
		{ REGION_HAMSTRING, REGION_GLUTE }, { REGION_PIRIFORMIS, REGION_GLUTE },
		{ REGION_GLUTE, REGION_HAMSTRING },
	};

	(void)state;
	for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
		struct selfcare_inputs in;
		struct selfcare_plan p;

		inputs(&in, PHASE_BASE);
		sore(&in, cases[i].flag, SIDE_RIGHT, 5, true);
		sore(&in, cases[i].neighbour, SIDE_RIGHT, 5, false);
		sore(&in, cases[i].neighbour, SIDE_LEFT, 5, false);
		selfcare_plan(&in, &p);
		assert_true(advice_regions_neighbours(cases[i].flag, SIDE_RIGHT,
						      cases[i].neighbour, SIDE_RIGHT));
		assert_null(find(&p, SELFCARE_ROLL, true, cases[i].neighbour, SIDE_RIGHT));
		assert_null(find(&p, SELFCARE_ROLL, true, cases[i].neighbour, SIDE_NONE));
		/* The other leg is not a neighbour. */
		assert_non_null(find(&p, SELFCARE_ROLL, true, cases[i].neighbour, SIDE_LEFT));
		/* What is left out for lying next to it is named, not
		 * silently dropped; the other leg is not named. */
		{
			const struct selfcare_note *n = NULL;
			char *right = region_side_name(cases[i].neighbour, SIDE_RIGHT);
			char *left = region_side_name(cases[i].neighbour, SIDE_LEFT);

			for (size_t k = 0; k < p.n_notes; k++)
				if (strcmp(p.notes[k].rule, "flagged") == 0)
					n = &p.notes[k];
			assert_non_null(n);
			assert_int_equal(n->evidence, SELFCARE_EV_SAFETY);
			assert_non_null(strstr(n->text, right));
			assert_null(strstr(n->text, left));
			g_free(right);
			g_free(left);
		}
		selfcare_plan_clear(&p);
		selfcare_inputs_clear(&in);
	}
}

/* A flag on the lower back (no sides) keeps the upper back, its segment,
 * off the plan; the glutes are another segment (advice.h). */
static void test_flagged_lower_back_blocks_the_upper_back(void **state)
{
	struct selfcare_inputs in;
	struct selfcare_plan p;

	(void)state;
	inputs(&in, PHASE_BASE);
	sore(&in, REGION_LOWER_BACK, SIDE_NONE, 5, true);
	sore(&in, REGION_UPPER_BACK, SIDE_NONE, 5, false);
	sore(&in, REGION_CALF, SIDE_LEFT, 4, false);
	selfcare_plan(&in, &p);
	assert_null(find(&p, SELFCARE_ROLL, true, REGION_UPPER_BACK, SIDE_NONE));
	assert_non_null(find(&p, SELFCARE_ROLL, true, REGION_CALF, SIDE_LEFT));
	assert_non_null(strstr(find(&p, SELFCARE_REST, true, REGION_LOWER_BACK, SIDE_NONE)->dose,
			       "physiotherapist"));
	selfcare_plan_clear(&p);
	selfcare_inputs_clear(&in);
}

/* The plan's segments are the advice's: over every pair of rollable
 * regions, a flag on the right side of one keeps the other off the plan
 * exactly when advice_regions_neighbours says they share a segment. */
static void test_plan_follows_the_advice_neighbours(void **state)
{
	(void)state;
	for (int a = 0; a < REGION_COUNT; a++) {
		for (int b = 0; b < REGION_COUNT; b++) {
			enum side sa = region_has_side(a) ? SIDE_RIGHT : SIDE_NONE;
			enum side sb = region_has_side(b) ? SIDE_RIGHT : SIDE_NONE;
			struct selfcare_inputs in;
			struct selfcare_plan p;

			if (a == b || !selfcare_region_rollable(b))
				continue;
			inputs(&in, PHASE_BASE);
			sore(&in, a, sa, 5, true);
			sore(&in, b, sb, 5, false);
			selfcare_plan(&in, &p);
			if ((find(&p, SELFCARE_ROLL, true, b, sb) == NULL) !=
			    advice_regions_neighbours(a, sa, b, sb))
				fail_msg("a flag on %s, %s sore: rolled %d, neighbours %d",
					 region_id(a), region_id(b),
					 find(&p, SELFCARE_ROLL, true, b, sb) != NULL,
					 advice_regions_neighbours(a, sa, b, sb));
			selfcare_plan_clear(&p);
			selfcare_inputs_clear(&in);
		}
	}
}

/* ---- roll: facts.md "Moderate: rolling a sore muscle ... slightly reduces
 * perceived soreness (Wiewelhove 2019) ... Light to moderate pressure,
 * about 30 to 90 s a muscle; never on a bone, a tendon (Achilles), the
 * front of the shin, a joint, or a flagged region." ---------------------- */

static void test_roll_a_sore_calf(void **state)
{
	struct selfcare_inputs in;
	struct selfcare_plan p;
	const struct selfcare_item *it;

	(void)state;
	inputs(&in, PHASE_BUILD);
	sore(&in, REGION_CALF, SIDE_RIGHT, 5, false);
	selfcare_plan(&in, &p);
	it = find(&p, SELFCARE_ROLL, true, REGION_CALF, SIDE_RIGHT);
	assert_non_null(it);
	assert_string_equal(it->id, "roll-calf-right");
	assert_string_equal(it->rule, "roll");
	assert_int_equal(it->when, SELFCARE_TONIGHT);
	assert_int_equal(it->evidence, SELFCARE_EV_MODERATE);
	assert_string_equal(it->source, "Wiewelhove 2019");
	assert_string_equal(it->article, "foam-rolling");
	assert_non_null(strstr(it->dose, "30-90 s"));
	assert_non_null(strstr(it->dose, "not on the Achilles"));
	assert_non_null(strstr(it->dose, "light to moderate"));
	assert_ptr_equal(selfcare_plan_find(&p, "roll-calf-right"), it);
	assert_true(has_rule(&p, "roll"));
	selfcare_plan_clear(&p);
	selfcare_inputs_clear(&in);
}

static void test_roll_threshold_and_light_pressure(void **state)
{
	static const struct {
		int level;
		bool rolled;
		const char *pressure;
	} cases[] = {
		{ 1, false, NULL },
		{ SELFCARE_ROLL_LEVEL - 1, false, NULL },
		{ SELFCARE_ROLL_LEVEL, true, "light to moderate" },
		{ SELFCARE_LIGHT_LEVEL - 1, true, "light to moderate" },
		{ SELFCARE_LIGHT_LEVEL, true, "light pressure only" },
		{ SELFCARE_TOO_SORE_LEVEL - 1, true, "light pressure only" },
		/* Too sore for even light pressure: a note instead. */
		{ SELFCARE_TOO_SORE_LEVEL, false, NULL },
		{ 10, false, NULL },
	};

	(void)state;
	for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
		struct selfcare_inputs in;
		struct selfcare_plan p;
		const struct selfcare_item *it;

		inputs(&in, PHASE_BASE);
		sore(&in, REGION_HAMSTRING, SIDE_LEFT, cases[i].level, false);
		selfcare_plan(&in, &p);
		it = find(&p, SELFCARE_ROLL, true, REGION_HAMSTRING, SIDE_LEFT);
		assert_int_equal(it != NULL, cases[i].rolled);
		if (it)
			assert_non_null(strstr(it->dose, cases[i].pressure));
		assert_int_equal(note(&p, "too-sore") != NULL,
				 cases[i].level >= SELFCARE_TOO_SORE_LEVEL);
		if (cases[i].level >= SELFCARE_TOO_SORE_LEVEL) {
			assert_non_null(strstr(note(&p, "too-sore")->text, "left hamstring"));
			assert_non_null(strstr(note(&p, "too-sore")->text, "physiotherapist"));
			assert_int_equal(note(&p, "too-sore")->evidence, SELFCARE_EV_SAFETY);
		}
		selfcare_plan_clear(&p);
		selfcare_inputs_clear(&in);
	}
}

/* A region never rolled (the lower back) at 8/10 or more: the same
 * pointer to an assessment if it does not ease, no word of a roller. */
static void test_strong_pain_where_nothing_is_rolled(void **state)
{
	struct selfcare_inputs in;
	struct selfcare_plan p;
	const struct selfcare_note *n;

	(void)state;
	inputs(&in, PHASE_BASE);
	sore(&in, REGION_LOWER_BACK, SIDE_NONE, SELFCARE_TOO_SORE_LEVEL - 1, false);
	selfcare_plan(&in, &p);
	assert_null(note(&p, "too-sore"));
	selfcare_plan_clear(&p);
	in.sore[0].level = 9;
	selfcare_plan(&in, &p);
	n = note(&p, "too-sore");
	assert_non_null(n);
	assert_non_null(strstr(n->text, "lower back"));
	assert_non_null(strstr(n->text, "physiotherapist or doctor"));
	assert_null(strstr(n->text, "roller"));
	assert_non_null(find(&p, SELFCARE_MOVE, true, REGION_LOWER_BACK, SIDE_NONE));
	selfcare_plan_clear(&p);
	selfcare_inputs_clear(&in);
}

/* Which regions get rolled: muscles only.  A tendon (Achilles), the front
 * of the shin (bone), a joint (knee), the sole (bone and plantar fascia),
 * the IT band (a band ending on bone), the front of the hip (over the
 * joint) and the lower back (spine) get easy movement instead. */
static void test_never_rolling_tendon_bone_or_joint(void **state)
{
	/* Tendons, bones and joints are never rolled; these muscles are. */
	static const enum region never[] = { REGION_ACHILLES, REGION_SHIN,	REGION_FOOT,
					     REGION_KNEE,     REGION_IT_BAND,	REGION_HIP_FLEXOR,
					     REGION_LOWER_BACK };
	static const enum region muscles[] = { REGION_CALF,	 REGION_SOLEUS, REGION_QUAD,
					       REGION_HAMSTRING, REGION_GLUTE,	REGION_PIRIFORMIS,
					       REGION_UPPER_BACK };

	(void)state;
	for (size_t i = 0; i < G_N_ELEMENTS(never); i++)
		assert_false(selfcare_region_rollable(never[i]));
	for (size_t i = 0; i < G_N_ELEMENTS(muscles); i++)
		assert_true(selfcare_region_rollable(muscles[i]));
	/* Every region, as its row of the rolling table says: rolled with what
	 * to keep the roller off, or moved instead with why not and its
	 * article.  A region without its row fails here. */
	for (int i = 0; i < REGION_COUNT; i++) {
		enum region r = (enum region)i;
		bool rollable = selfcare_region_rollable(r);
		enum side s = region_has_side(r) ? SIDE_LEFT : SIDE_NONE;
		struct selfcare_inputs in;
		struct selfcare_plan p;
		const struct selfcare_item *roll, *move;

		inputs(&in, PHASE_BASE);
		sore(&in, r, s, 5, false);
		selfcare_plan(&in, &p);
		roll = find(&p, SELFCARE_ROLL, true, r, s);
		move = find(&p, SELFCARE_MOVE, true, r, s);
		assert_int_equal(roll != NULL, rollable);
		assert_int_equal(move != NULL, !rollable);
		if (roll)
			assert_null(strstr(roll->dose, "(null)"));
		if (move) {
			assert_string_equal(move->rule, "no-roll");
			assert_int_equal(move->evidence, SELFCARE_EV_PRACTICE);
			assert_non_null(strstr(move->dose, "no roller"));
			assert_null(strstr(move->dose, "(null)"));
			assert_non_null(move->article);
		}
		selfcare_plan_clear(&p);
		selfcare_inputs_clear(&in);
	}
}

static void test_both_sides_merge(void **state)
{
	struct selfcare_inputs in;
	struct selfcare_plan p;
	const struct selfcare_item *it;
	char *place;

	(void)state;
	inputs(&in, PHASE_BASE);
	sore(&in, REGION_QUAD, SIDE_LEFT, 4, false);
	sore(&in, REGION_QUAD, SIDE_RIGHT, 5, false);
	sore(&in, REGION_CALF, SIDE_LEFT, 3, false);
	sore(&in, REGION_CALF, SIDE_RIGHT, 6, false); /* too different */
	selfcare_plan(&in, &p);
	it = find(&p, SELFCARE_ROLL, true, REGION_QUAD, SIDE_NONE);
	assert_non_null(it);
	assert_int_equal(it->level, 5);
	assert_string_equal(it->id, "roll-quad");
	place = selfcare_item_place(it);
	assert_string_equal(place, "quadriceps, both sides");
	g_free(place);
	assert_non_null(find(&p, SELFCARE_ROLL, true, REGION_CALF, SIDE_LEFT));
	assert_non_null(find(&p, SELFCARE_ROLL, true, REGION_CALF, SIDE_RIGHT));
	/* Sorest first. */
	assert_int_equal(p.items[0].region, REGION_CALF);
	assert_int_equal(p.items[0].side, SIDE_RIGHT);
	selfcare_plan_clear(&p);
	selfcare_inputs_clear(&in);
}

/* ---- cold-water: facts.md "Moderate, with a caveat: cold-water immersion
 * ... reduces DOMS compared with passive rest (Bleakley 2012), but regular
 * use after training blunted long-term gains (Roberts 2015). Keep it for
 * after races and congested racing, not a habit through a build phase." */

static void test_cold_water_only_after_a_race_outside_training_phases(void **state)
{
	static const struct {
		enum phase phase;
		bool race_today, hard_yesterday;
		bool cold;
	} cases[] = {
		{ PHASE_RACE_WEEK, true, false, true }, /* the key race itself */
		{ PHASE_RECOVERY, true, false, true },	/* racing again soon after */
		{ PHASE_NONE, true, false, true },	  { PHASE_TAPER, true, false, true },
		{ PHASE_BUILD, true, false, false }, /* a tune-up in a build */
		{ PHASE_BASE, true, false, false },	  { PHASE_PEAK, true, false, false },
		{ PHASE_RECOVERY, false, true, false }, /* a hard run is no race */
		{ PHASE_RACE_WEEK, false, false, false },
	};

	(void)state;
	for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
		struct selfcare_inputs in;
		struct selfcare_plan p;
		const struct selfcare_item *it;

		inputs(&in, cases[i].phase);
		in.race_today = cases[i].race_today;
		in.hard_today = cases[i].race_today;
		in.hard_yesterday = cases[i].hard_yesterday;
		selfcare_plan(&in, &p);
		it = find(&p, SELFCARE_COLD_WATER, false, 0, 0);
		assert_int_equal(it != NULL, cases[i].cold);
		if (it) {
			assert_string_equal(it->source, "Bleakley 2012; Roberts 2015");
			assert_int_equal(it->evidence, SELFCARE_EV_MODERATE);
			assert_string_equal(it->article, "compression-cold-water");
			assert_int_equal(it->when, SELFCARE_TONIGHT);
		}
		selfcare_plan_clear(&p);
		selfcare_inputs_clear(&in);
	}
}

static void test_cold_water_not_with_a_flag_on_the_legs(void **state)
{
	struct selfcare_inputs in;
	struct selfcare_plan p;

	(void)state;
	inputs(&in, PHASE_RECOVERY);
	in.race_today = in.hard_today = true;
	sore(&in, REGION_KNEE, SIDE_LEFT, 6, true);
	selfcare_plan(&in, &p);
	assert_false(has_action(&p, SELFCARE_COLD_WATER));
	assert_false(has_action(&p, SELFCARE_COMPRESS));
	selfcare_plan_clear(&p);
	selfcare_inputs_clear(&in);
}

/* ---- compress: facts.md "Moderate: compression garments worn after hard
 * efforts reduce the severity of DOMS a little and help strength come back
 * (Hill 2014; Brown 2017)." ---------------------------------------------- */

static void test_compression_after_a_hard_effort(void **state)
{
	static const struct {
		bool hard_today, hard_yesterday, compress;
	} cases[] = {
		{ true, false, true },
		{ false, true, true },
		{ false, false, false },
	};

	(void)state;
	for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
		struct selfcare_inputs in;
		struct selfcare_plan p;
		const struct selfcare_item *it;

		inputs(&in, PHASE_BUILD);
		in.hard_today = cases[i].hard_today;
		in.hard_yesterday = cases[i].hard_yesterday;
		selfcare_plan(&in, &p);
		it = find(&p, SELFCARE_COMPRESS, false, 0, 0);
		assert_int_equal(it != NULL, cases[i].compress);
		if (it)
			assert_string_equal(it->source, "Hill 2014; Brown 2017");
		selfcare_plan_clear(&p);
		selfcare_inputs_clear(&in);
	}
}

/* ---- easy-move: facts.md "Practice, low risk, little trial evidence for
 * faster soreness relief: easy movement the day after a hard effort
 * (walking, an easy spin, an easy jog when nothing is flagged)." -------- */

static void test_easy_movement_the_day_after(void **state)
{
	struct selfcare_inputs in;
	struct selfcare_plan p;
	const struct selfcare_item *it;

	(void)state;
	inputs(&in, PHASE_BUILD);
	in.hard_yesterday = true;
	selfcare_plan(&in, &p);
	it = find(&p, SELFCARE_MOVE, false, 0, 0);
	assert_non_null(it);
	assert_int_equal(it->when, SELFCARE_TOMORROW_MORNING);
	assert_int_equal(it->evidence, SELFCARE_EV_PRACTICE);
	assert_null(it->source);
	assert_non_null(strstr(it->why, "little"));
	selfcare_plan_clear(&p);

	/* Sore legs without a hard day: the same outing, and its reason
	 * claims no hard day. */
	in.hard_yesterday = false;
	sore(&in, REGION_QUAD, SIDE_LEFT, 4, false);
	selfcare_plan(&in, &p);
	it = find(&p, SELFCARE_MOVE, false, 0, 0);
	assert_non_null(it);
	assert_null(strstr(it->why, "hard day"));
	selfcare_plan_clear(&p);
	in.hard_yesterday = true;

	/* A flag on the upper back alone leaves the legs their outing. */
	sore(&in, REGION_UPPER_BACK, SIDE_NONE, 6, true);
	selfcare_plan(&in, &p);
	assert_non_null(find(&p, SELFCARE_MOVE, false, 0, 0));
	selfcare_plan_clear(&p);

	/* A flag anywhere on the lower body: no jog offered. */
	sore(&in, REGION_FOOT, SIDE_LEFT, 5, true);
	selfcare_plan(&in, &p);
	assert_null(find(&p, SELFCARE_MOVE, false, 0, 0));
	selfcare_plan_clear(&p);
	selfcare_inputs_clear(&in);
}

/* The easy movement's article: the one after a marathon only after a
 * marathon or longer (today or yesterday), never after a tempo or a 5K. */
static void test_easy_movement_article(void **state)
{
	static const struct {
		int day;
		enum run_kind kind;
		double km;
		bool calendar;
		const char *article;
	} cases[] = {
		{ 0, RUN_TEMPO, 12, false, "soreness-doms" },
		{ 0, RUN_RACE, 5, false, "soreness-doms" },
		{ 0, RUN_RACE, 5, true, "soreness-doms" },
		{ 0, RUN_RACE, 42.2, false, "after-marathon" },
		{ -1, RUN_RACE, 42.2, true, "after-marathon" },
		{ -1, RUN_LONG, 42.2, false, "soreness-doms" },
	};

	(void)state;
	for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
		struct history h = { 0 };
		struct selfcare_plan p;
		const struct selfcare_item *it;

		hb_steady_weeks(&h, -40, -2);
		hb_run(&h, cases[i].day, cases[i].km, (int)(cases[i].km * 5), cases[i].kind, 8);
		if (cases[i].calendar)
			hb_race(&h, cases[i].day, "Race", cases[i].km, 'A');
		selfcare_plan_from_history(&h, NULL, 0, hb_at(0, 20), &p);
		it = selfcare_plan_find(&p, "move");
		assert_non_null(it);
		assert_string_equal(it->article, cases[i].article);
		selfcare_plan_clear(&p);
		history_clear(&h);
	}
}

/* A flag on the legs with a race close ahead: whether to start is left
 * to the physiotherapist or doctor; a flag on the upper back, or a race
 * further off, says nothing of it. */
static void test_flag_before_a_race(void **state)
{
	static const struct {
		enum region flag;
		int key_days;
		bool tomorrow;
		bool note;
	} cases[] = {
		{ REGION_FOOT, 1, true, true },	       { REGION_CALF, 2, false, true },
		{ REGION_HAMSTRING, -1, true, true },  { REGION_FOOT, 3, false, false },
		{ REGION_UPPER_BACK, 1, true, false },
	};

	(void)state;
	for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
		struct selfcare_inputs in;
		struct selfcare_plan p;
		bool found = false;

		inputs(&in, PHASE_RACE_WEEK);
		in.days_to_key_race = cases[i].key_days;
		in.race_tomorrow = cases[i].tomorrow;
		sore(&in, cases[i].flag, region_has_side(cases[i].flag) ? SIDE_LEFT : SIDE_NONE, 6,
		     true);
		selfcare_plan(&in, &p);
		for (size_t k = 0; k < p.n_notes; k++)
			if (strstr(p.notes[k].text, "run your race"))
				found = true;
		assert_int_equal(found, cases[i].note);
		selfcare_plan_clear(&p);
		selfcare_inputs_clear(&in);
	}
}

/* Tomorrow morning is a race (any priority): no walk, spin or jog planned
 * for it, neither the easy movement nor a no-roll region's walk; what is
 * for tonight stays. */
static void test_no_morning_outing_on_race_day(void **state)
{
	struct selfcare_inputs in;
	struct selfcare_plan p;

	(void)state;
	for (int race = 0; race <= 1; race++) {
		inputs(&in, PHASE_RACE_WEEK);
		in.hard_yesterday = true;
		in.race_tomorrow = race;
		sore(&in, REGION_ACHILLES, SIDE_RIGHT, 4, false);
		sore(&in, REGION_CALF, SIDE_LEFT, 4, false);
		selfcare_plan(&in, &p);
		assert_int_equal(has_action(&p, SELFCARE_MOVE), !race);
		for (size_t i = 0; i < p.n_items; i++)
			assert_true(!race || p.items[i].when != SELFCARE_TOMORROW_MORNING);
		assert_true(has_action(&p, SELFCARE_ROLL));
		assert_true(has_action(&p, SELFCARE_SLEEP));
		selfcare_plan_clear(&p);
		selfcare_inputs_clear(&in);
	}
}

/* ---- sleep: facts.md "Well supported as a base for recovery in general:
 * enough sleep (Fullagar 2015); present it plainly, without a claim about
 * soreness in particular." ---------------------------------------------- */

static void test_sleep_closes_a_plan_without_a_soreness_claim(void **state)
{
	struct selfcare_inputs in;
	struct selfcare_plan p;
	const struct selfcare_item *it;

	(void)state;
	inputs(&in, PHASE_BASE);
	selfcare_plan(&in, &p);
	assert_int_equal(p.n_items, 0); /* nothing sore, nothing hard */
	assert_int_equal(p.n_notes, 0);
	selfcare_plan_clear(&p);

	sore(&in, REGION_GLUTE, SIDE_RIGHT, 4, false);
	selfcare_plan(&in, &p);
	it = &p.items[p.n_items - 1];
	assert_int_equal(it->action, SELFCARE_SLEEP);
	assert_string_equal(it->source, "Fullagar 2015");
	assert_int_equal(it->evidence, SELFCARE_EV_WELL_SUPPORTED);
	assert_null(strstr(it->why, "sore"));
	selfcare_plan_clear(&p);
	selfcare_inputs_clear(&in);
}

/* ---- pre-race: facts.md "Nothing new in the 2 days before a race (no new
 * roller routine, no ice bath for the first time)." ---------------------- */

static void test_nothing_new_before_a_key_race(void **state)
{
	static const struct {
		int days;
		bool habit_roll;
		bool roll, compress, note;
	} cases[] = {
		{ -1, false, true, true, false }, /* no key race */
		{ 3, false, true, true, false },
		{ 2, false, false, false, true },
		{ 1, false, false, false, true },
		{ 1, true, true, false, true },	 /* rolling is not new to them */
		{ 0, false, true, true, false }, /* race day: after the finish */
	};

	(void)state;
	for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
		struct selfcare_inputs in;
		struct selfcare_plan p;

		inputs(&in, PHASE_RACE_WEEK);
		in.days_to_key_race = cases[i].days;
		in.habit[SELFCARE_ROLL] = cases[i].habit_roll;
		in.hard_yesterday = true;
		sore(&in, REGION_CALF, SIDE_LEFT, 4, false);
		selfcare_plan(&in, &p);
		assert_int_equal(has_action(&p, SELFCARE_ROLL), cases[i].roll);
		assert_int_equal(has_action(&p, SELFCARE_COMPRESS), cases[i].compress);
		assert_int_equal(note(&p, "pre-race") != NULL, cases[i].note);
		/* What is not new stays. */
		assert_true(has_action(&p, SELFCARE_MOVE));
		assert_true(has_action(&p, SELFCARE_SLEEP));
		selfcare_plan_clear(&p);
		selfcare_inputs_clear(&in);
	}
}

/* facts.md: "No deep-tissue work within about two days on either side of a
 * major race": rolling then is light pressure only, whatever the level. */
static void test_light_rolling_around_a_key_race(void **state)
{
	static const struct {
		int race; /* the race's day from today */
		char priority;
		bool light;
	} cases[] = {
		{ 3, 'A', false }, { 2, 'A', true },   { 1, 'B', true },  { 0, 'A', true },
		{ -2, 'B', true }, { -3, 'A', false }, { 1, 'C', false },
	};

	(void)state;
	for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
		struct history h = { 0 };
		struct selfcare_tick t;
		struct selfcare_plan p;
		const struct selfcare_item *it;

		hb_steady_weeks(&h, -40, -1);
		hb_sore(&h, 0, REGION_CALF, SIDE_RIGHT, 4);
		hb_race(&h, cases[i].race, "Race", 21.1, cases[i].priority);
		/* A roller habit: rolling stays in the days before. */
		t = (struct selfcare_tick){ .day = hb_d0() - 5,
					    .item = (char *)"roll-calf-right",
					    .action = (char *)"roll",
					    .region = (char *)"calf",
					    .side = (char *)"right",
					    .at = hb_at(-5, 21) };
		selfcare_plan_from_history(&h, &t, 1, hb_at(0, 19), &p);
		it = selfcare_plan_find(&p, "roll-calf-right");
		assert_non_null(it);
		assert_int_equal(strstr(it->dose, "light pressure only") != NULL, cases[i].light);
		selfcare_plan_clear(&p);
		history_clear(&h);
	}
}

/* ---- no-stretch: facts.md "Strong (negative): stretching before or after
 * exercise does not reduce DOMS to any useful degree (Herbert, de Noronha
 * & Kamper 2011)." ------------------------------------------------------- */

static void test_stretching_is_never_a_soreness_item(void **state)
{
	struct selfcare_inputs in;
	struct selfcare_plan p;
	const struct selfcare_note *n;

	(void)state;
	inputs(&in, PHASE_BASE);
	for (int r = 0; r < REGION_COUNT; r++)
		sore(&in, r, region_has_side(r) ? SIDE_LEFT : SIDE_NONE, 5, false);
	in.hard_yesterday = true;
	selfcare_plan(&in, &p);
	assert_true(p.n_items > 0);
	for (size_t i = 0; i < p.n_items; i++) {
		assert_null(strstr(p.items[i].dose, "stretch"));
		assert_null(strstr(p.items[i].id, "stretch"));
	}
	n = note(&p, "no-stretch");
	assert_non_null(n);
	assert_int_equal(n->evidence, SELFCARE_EV_STRONG);
	assert_string_equal(n->source, "Herbert 2011");
	assert_non_null(strstr(n->text, "does not ease soreness"));
	selfcare_plan_clear(&p);
	selfcare_inputs_clear(&in);
}

/* ---- medication: facts.md "Not ours to advise: medication
 * (anti-inflammatories and pain killers); say to ask a pharmacist or
 * doctor." ---------------------------------------------------------------- */

static void test_medication_is_referred(void **state)
{
	static const struct {
		int level;
		bool flagged, note;
	} cases[] = {
		{ 3, false, false },
		{ SELFCARE_HIGH_LEVEL, false, true },
		{ 5, true, true },
	};
	static const char *const drugs[] = { "ibuprofen", "paracetamol", "acetaminophen",
					     "naproxen",  "aspirin",	 "mg" };

	(void)state;
	for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
		struct selfcare_inputs in;
		struct selfcare_plan p;
		const struct selfcare_note *n;

		inputs(&in, PHASE_BASE);
		sore(&in, REGION_QUAD, SIDE_LEFT, cases[i].level, cases[i].flagged);
		selfcare_plan(&in, &p);
		n = note(&p, "medication");
		assert_int_equal(n != NULL, cases[i].note);
		if (n)
			assert_non_null(strstr(n->text, "pharmacist or doctor"));
		for (size_t j = 0; j < p.n_items; j++)
			for (size_t k = 0; k < G_N_ELEMENTS(drugs); k++)
				assert_null(strstr(p.items[j].dose, drugs[k]));
		selfcare_plan_clear(&p);
		selfcare_inputs_clear(&in);
	}
}

/* ---- the adapter: the same soreness and flags as the advice ----------- */

static void test_adapter_reads_flags_races_and_hard_efforts(void **state)
{
	struct history h = { 0 };
	struct selfcare_inputs in;

	(void)state;
	hb_steady_weeks(&h, -40, -2);
	hb_run(&h, -1, 12, 60, RUN_INTERVALS, 8);
	hb_sore(&h, 0, REGION_ACHILLES, SIDE_LEFT, 6);
	h.soreness[h.n_soreness - 1].sharp = true;
	hb_sore(&h, 0, REGION_QUAD, SIDE_RIGHT, 4);
	hb_sore(&h, -12, REGION_GLUTE, SIDE_RIGHT, 5); /* no longer current */
	hb_race(&h, 2, "Half", 21.1, 'A');
	hb_race(&h, 0, "Parkrun", 5, 'C');
	selfcare_inputs_from_history(&h, NULL, 0, hb_at(0, 19), &in);
	assert_int_equal(in.today, hb_d0());
	assert_int_equal(in.n_sore, 2);
	assert_true(in.sore[0].flagged || in.sore[1].flagged);
	assert_true(selfcare_blocked(&in, REGION_ACHILLES, SIDE_LEFT));
	assert_true(selfcare_blocked(&in, REGION_CALF, SIDE_LEFT));
	assert_false(selfcare_blocked(&in, REGION_CALF, SIDE_RIGHT));
	assert_false(selfcare_blocked(&in, REGION_QUAD, SIDE_RIGHT));
	assert_true(in.hard_yesterday);
	assert_true(in.race_today);
	assert_false(in.race_tomorrow);
	assert_true(in.hard_today);
	assert_int_equal(in.days_to_key_race, 2);
	assert_int_equal(in.phase, PHASE_RACE_WEEK);
	selfcare_inputs_clear(&in);
	history_clear(&h);
}

/* A flag lasts until the region is logged at 0 or an assessment clears it
 * (advice_flags), however old its last entry: a sharp calf logged ten days
 * ago keeps its rest and referral, and its segment stays off the plan. */
static void test_a_flag_lasts_beyond_a_week(void **state)
{
	struct history h = { 0 };
	struct selfcare_plan p;

	(void)state;
	hb_steady_weeks(&h, -40, -1);
	hb_sore(&h, -10, REGION_CALF, SIDE_RIGHT, 3);
	h.soreness[h.n_soreness - 1].sharp = true;
	hb_sore(&h, 0, REGION_SOLEUS, SIDE_RIGHT, 5);
	hb_sore(&h, 0, REGION_CALF, SIDE_LEFT, 5);
	selfcare_plan_from_history(&h, NULL, 0, hb_at(0, 19), &p);
	assert_non_null(selfcare_plan_find(&p, "rest-calf-right"));
	assert_null(selfcare_plan_find(&p, "roll-soleus-right"));
	assert_non_null(selfcare_plan_find(&p, "roll-calf-left"));
	selfcare_plan_clear(&p);

	/* Seen by a professional, not cleared: still no self-treatment there. */
	h.assessments = g_new0(struct assessment, 1);
	h.assessments[h.n_assessments++] = (struct assessment){
		.time = hb_at(-2, 12), .region = REGION_CALF, .side = SIDE_RIGHT };
	selfcare_plan_from_history(&h, NULL, 0, hb_at(0, 19), &p);
	assert_null(selfcare_plan_find(&p, "roll-soleus-right"));
	selfcare_plan_clear(&p);

	/* Cleared: the flag ends, the soleus is rolled. */
	h.assessments[0].cleared = true;
	selfcare_plan_from_history(&h, NULL, 0, hb_at(0, 19), &p);
	assert_null(selfcare_plan_find(&p, "rest-calf-right"));
	assert_non_null(selfcare_plan_find(&p, "roll-soleus-right"));
	selfcare_plan_clear(&p);
	history_clear(&h);
}

/* The level is the advice's effective one: a calf at 6 logged 5 days ago
 * counts 4, rolled at moderate pressure (not light). */
static void test_adapter_reads_the_effective_level(void **state)
{
	struct history h = { 0 };
	struct selfcare_plan p;
	const struct selfcare_item *it;

	(void)state;
	hb_steady_weeks(&h, -40, -1);
	hb_sore(&h, -5, REGION_CALF, SIDE_RIGHT, 6);
	selfcare_plan_from_history(&h, NULL, 0, hb_at(0, 19), &p);
	it = selfcare_plan_find(&p, "roll-calf-right");
	assert_non_null(it);
	assert_int_equal(it->level,
			 advice_effective_level(&h, hb_d0(), REGION_CALF, SIDE_RIGHT));
	assert_true(it->level < 6);
	assert_null(strstr(it->dose, "light pressure only"));
	selfcare_plan_clear(&p);
	history_clear(&h);
}

static void test_plan_from_history(void **state)
{
	struct history h = { 0 };
	struct selfcare_plan p;

	(void)state;
	hb_steady_weeks(&h, -40, -1);
	hb_sore(&h, 0, REGION_CALF, SIDE_RIGHT, 5);
	selfcare_plan_from_history(&h, NULL, 0, hb_at(0, 19), &p);
	assert_non_null(selfcare_plan_find(&p, "roll-calf-right"));
	assert_non_null(selfcare_plan_find(&p, "sleep"));
	selfcare_plan_clear(&p);
	history_clear(&h);
}

/* A region the therapist worked today (any kind) or in deep work yesterday
 * is not rolled tonight, and a note names it; a session logged without
 * regions counts as worked all over; a flush of yesterday does not count. */
static void test_no_rolling_what_was_just_massaged(void **state)
{
	static const struct {
		int offset;
		enum massage_kind kind;
		bool with_region; /* on the left calf only, else no regions */
		bool left, right; /* rolled tonight */
	} cases[] = {
		{ 0, MASSAGE_FLUSH, true, false, true },
		{ 0, MASSAGE_SPORTS, false, false, false },
		{ -1, MASSAGE_DEEP_TISSUE, true, false, true },
		{ -1, MASSAGE_TRIGGER_POINT, false, false, false },
		{ -1, MASSAGE_FLUSH, true, true, true },
		{ -2, MASSAGE_DEEP_TISSUE, true, true, true },
	};

	(void)state;
	for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
		struct history h = { 0 };
		struct selfcare_plan p;
		const struct selfcare_note *n;

		hb_steady_weeks(&h, -40, -1);
		hb_sore(&h, 0, REGION_CALF, SIDE_LEFT, 5);
		hb_sore(&h, 0, REGION_CALF, SIDE_RIGHT, 5); /* never massaged alone */
		hb_sore(&h, 0, REGION_HAMSTRING, SIDE_RIGHT, 5);
		hb_massage(&h, cases[i].offset, cases[i].kind);
		if (cases[i].with_region) {
			struct massage *m = &h.massages[h.n_massages - 1];

			m->regions = g_new(struct region_side, 1);
			m->regions[0] = (struct region_side){ REGION_CALF, SIDE_LEFT };
			m->n_regions = 1;
		}
		selfcare_plan_from_history(&h, NULL, 0, hb_at(0, 20), &p);
		/* Both calves are rolled together unless one was just massaged,
		 * and then the other still is. */
		if (cases[i].left == cases[i].right) {
			assert_int_equal(selfcare_plan_find(&p, "roll-calf") != NULL,
					 cases[i].left);
		} else {
			assert_int_equal(selfcare_plan_find(&p, "roll-calf-left") != NULL,
					 cases[i].left);
			assert_non_null(selfcare_plan_find(&p, "roll-calf-right"));
		}
		assert_int_equal(selfcare_plan_find(&p, "roll-hamstring-right") != NULL,
				 cases[i].right);
		n = note(&p, "massaged");
		assert_int_equal(n != NULL, !cases[i].left || !cases[i].right);
		if (n) {
			assert_int_equal(n->evidence, SELFCARE_EV_PRACTICE);
			assert_null(n->source);
			assert_int_equal(strstr(n->text, cases[i].right
								 ? "left calf"
								 : "calf, both sides") != NULL,
					 !cases[i].left);
			assert_int_equal(strstr(n->text, "right hamstring") != NULL,
					 !cases[i].right);
		}
		assert_non_null(selfcare_plan_find(&p, "sleep"));
		selfcare_plan_clear(&p);
		history_clear(&h);
	}
}

/* Ticks: a record the reasons may quote, habits that are not new before a
 * race, today's items marked done.  No streak is kept anywhere. */
static void tick(struct selfcare_tick *t, int offset, const char *item, const char *action,
		 const char *region, const char *side)
{
	*t = (struct selfcare_tick){ .day = hb_d0() + offset,
				     .item = (char *)item,
				     .action = (char *)action,
				     .region = (char *)region,
				     .side = (char *)side,
				     .at = hb_at(offset, 21) };
}

static void test_ticks_in_the_reasons_and_habits(void **state)
{
	struct history h = { 0 };
	struct selfcare_tick t[5];
	struct selfcare_plan p;
	const struct selfcare_item *it;

	(void)state;
	hb_steady_weeks(&h, -40, -1);
	hb_sore(&h, -5, REGION_CALF, SIDE_RIGHT, 5);
	hb_sore(&h, -3, REGION_CALF, SIDE_RIGHT, 4);
	hb_sore(&h, 0, REGION_CALF, SIDE_RIGHT, 3);
	hb_race(&h, 2, "Half", 21.1, 'A');
	tick(&t[0], -5, "roll-calf-right", "roll", "calf", "right");
	tick(&t[1], -4, "roll-calf-right", "roll", "calf", "right");
	tick(&t[2], -3, "roll-calf", "roll", "calf", NULL);	   /* both sides */
	tick(&t[3], -9, "roll-calf-left", "roll", "calf", "left"); /* not this week */
	tick(&t[4], 0, "sleep", "sleep", NULL, NULL);
	selfcare_plan_from_history(&h, t, G_N_ELEMENTS(t), hb_at(0, 20), &p);
	/* Two days before an A race, rolling stays: the runner already rolls. */
	it = selfcare_plan_find(&p, "roll-calf-right");
	assert_non_null(it);
	assert_non_null(strstr(it->why, "you rolled it on 3 evenings this week and it went 5 "));
	assert_false(it->done);
	assert_true(selfcare_plan_find(&p, "sleep")->done);
	/* Compression was never ticked: new, so not now. */
	assert_null(selfcare_plan_find(&p, "compress"));
	selfcare_plan_clear(&p);

	/* Without ticks, the same history rolls nothing two days before. */
	selfcare_plan_from_history(&h, NULL, 0, hb_at(0, 20), &p);
	assert_null(selfcare_plan_find(&p, "roll-calf-right"));
	assert_false(selfcare_plan_find(&p, "sleep")->done);
	selfcare_plan_clear(&p);
	history_clear(&h);
}

static void test_ids_and_names(void **state)
{
	(void)state;
	for (int a = 0; a < SELFCARE_ACTION_COUNT; a++) {
		assert_non_null(selfcare_action_id(a));
		assert_non_null(selfcare_action_name(a));
	}
	assert_string_equal(selfcare_action_id(SELFCARE_COLD_WATER), "cold-water");
	assert_string_equal(selfcare_when_id(SELFCARE_TOMORROW_MORNING), "tomorrow-morning");
	assert_string_equal(selfcare_evidence_id(SELFCARE_EV_WELL_SUPPORTED), "well-supported");
	assert_string_equal(selfcare_rule_name("roll"), "rolling a sore muscle");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_flagged_region_gets_rest_and_referral_only),
		cmocka_unit_test(test_flagged_neighbours_are_left_alone),
		cmocka_unit_test(test_flagged_lower_back_blocks_the_upper_back),
		cmocka_unit_test(test_plan_follows_the_advice_neighbours),
		cmocka_unit_test(test_roll_a_sore_calf),
		cmocka_unit_test(test_roll_threshold_and_light_pressure),
		cmocka_unit_test(test_strong_pain_where_nothing_is_rolled),
		cmocka_unit_test(test_never_rolling_tendon_bone_or_joint),
		cmocka_unit_test(test_both_sides_merge),
		cmocka_unit_test(test_cold_water_only_after_a_race_outside_training_phases),
		cmocka_unit_test(test_cold_water_not_with_a_flag_on_the_legs),
		cmocka_unit_test(test_compression_after_a_hard_effort),
		cmocka_unit_test(test_easy_movement_the_day_after),
		cmocka_unit_test(test_no_morning_outing_on_race_day),
		cmocka_unit_test(test_flag_before_a_race),
		cmocka_unit_test(test_easy_movement_article),
		cmocka_unit_test(test_sleep_closes_a_plan_without_a_soreness_claim),
		cmocka_unit_test(test_nothing_new_before_a_key_race),
		cmocka_unit_test(test_light_rolling_around_a_key_race),
		cmocka_unit_test(test_stretching_is_never_a_soreness_item),
		cmocka_unit_test(test_medication_is_referred),
		cmocka_unit_test(test_adapter_reads_flags_races_and_hard_efforts),
		cmocka_unit_test(test_plan_from_history),
		cmocka_unit_test(test_no_rolling_what_was_just_massaged),
		cmocka_unit_test(test_a_flag_lasts_beyond_a_week),
		cmocka_unit_test(test_adapter_reads_the_effective_level),
		cmocka_unit_test(test_ticks_in_the_reasons_and_habits),
		cmocka_unit_test(test_ids_and_names),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

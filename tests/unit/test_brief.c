/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_brief.c - the therapist's brief (core/brief/): each section, the
 * privacy defaults, and the session it asks for, which is always the one
 * knead next gives. */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>
#include "core/advice/advice.h"
#include "core/bodylayout.h"
#include "core/brief/brief.h"
#include "core/json_writer.h"
#include "core/regions.h"
#include "core/textwidth.h"
#include "history_builder.h"

static const struct brief_options defaults = { .units = UNIT_KM };

static void build(struct history *h, int today, const struct brief_options *opt, struct brief *b)
{
	brief_from_history(h, hb_at(today, 9), opt ? opt : &defaults, b);
}

static void note_sore(struct history *h, const char *note)
{
	h->soreness[h->n_soreness - 1].note = g_strdup(note);
}

/* The session is next's: date, kind, focus and flagged regions, over
 * histories with and without races, flags and massages. */
static void session_is_what_next_says(void **state)
{
	(void)state;
	for (int scenario = 0; scenario < 6; scenario++) {
		struct history h = { 0 };
		struct advice a;
		struct brief b;

		hb_steady_weeks(&h, -60, -1);
		if (scenario & 1)
			hb_race(&h, 1 + scenario * 3, "Demi", 21.1, 'A');
		if (scenario & 2) {
			hb_sore(&h, -1, REGION_CALF, SIDE_RIGHT, 6);
			h.soreness[h.n_soreness - 1].sharp = true;
		}
		if (scenario & 4)
			hb_massage(&h, -10, MASSAGE_SPORTS);
		hb_sore(&h, -1, REGION_GLUTE, SIDE_LEFT, 4);
		advice_next(&h, hb_at(0, 9), &a);
		build(&h, 0, NULL, &b);
		assert_int_equal(b.session.date, a.date);
		assert_int_equal(b.session.kind, a.kind);
		assert_int_equal(b.session.n_focus, a.n_focus);
		assert_int_equal(b.session.n_avoid, a.n_see_professional);
		for (size_t i = 0; i < a.n_see_professional; i++) {
			assert_int_equal(b.session.avoid[i].region, a.see_professional[i].region);
			assert_int_equal(b.session.avoid[i].side, a.see_professional[i].side);
		}
		advice_clear(&a);
		brief_clear(&b);
		history_clear(&h);
	}
}

/* A session two days before an A race: light pressure only, and why. */
static void light_only_before_a_race(void **state)
{
	struct history h = { 0 };
	struct brief b;
	struct brief_options opt = defaults;

	(void)state;
	hb_steady_weeks(&h, -60, -1);
	hb_race(&h, 5, "Marathon de Montréal", 42.2, 'A');
	opt.has_for = true;
	opt.for_date = hb_d0() + 3;
	build(&h, 0, &opt, &b);
	assert_int_equal(b.session.date, hb_d0() + 3);
	assert_true(b.session.light_only);
	assert_true(b.session.light_for_race);
	assert_int_equal(b.session.race_days, 2);
	assert_string_equal(b.session.race, "Marathon de Montréal");
	assert_true(b.session.kind == MASSAGE_FLUSH || b.session.kind == MASSAGE_RELAXATION);
	brief_clear(&b);
	/* The same race at priority C opens no window. */
	h.races[0].priority = 'C';
	build(&h, 0, &opt, &b);
	assert_false(b.session.light_for_race);
	brief_clear(&b);
	history_clear(&h);
}

/* A deep session booked inside a race window: the brief says next's kind,
 * the safe kind the gate allows, light pressure only, and carries the
 * advice's warning. */
static void booked_deep_inside_a_window(void **state)
{
	struct history h = { 0 };
	struct advice a;
	struct brief b;

	(void)state;
	hb_steady_weeks(&h, -60, -2);
	hb_massage(&h, -4, MASSAGE_SPORTS);
	hb_massage(&h, 3, MASSAGE_DEEP_TISSUE);
	hb_race(&h, 4, "Demi", 21.1, 'A');
	advice_next(&h, hb_at(0, 9), &a);
	build(&h, 0, NULL, &b);
	if (!a.booking_replaces || a.date != hb_d0() + 3)
		fail_msg("the scenario no longer books the answer (date %d, rules %s %s)",
			 a.date - hb_d0(), a.n_rules ? a.rules[0] : "",
			 a.n_rules > 1 ? a.rules[1] : "");
	assert_int_equal(b.session.kind, a.kind);
	/* The booked deep tissue shows as the safe kind the gate allows. */
	assert_false(advice_kind_is_deep(b.session.kind));
	assert_int_equal(b.session.kind, a.booked_safe_kind);
	assert_true(b.session.booked);
	assert_true(b.session.light_only);
	assert_int_equal(b.session.race_days, 1);
	if (a.booking_warning)
		assert_string_equal(b.session.warning, a.booking_warning);
	advice_clear(&a);
	brief_clear(&b);
	history_clear(&h);
}

/* A flagged region: not to treat, why and since when; marked on the body. */
static void flagged_region_is_avoided(void **state)
{
	struct history h = { 0 };
	struct brief b;
	const struct brief_region *r;

	(void)state;
	hb_steady_weeks(&h, -30, -1);
	hb_sore(&h, -2, REGION_CALF, SIDE_RIGHT, 6);
	h.soreness[h.n_soreness - 1].sharp = true;
	build(&h, 0, NULL, &b);
	assert_int_equal(b.session.n_avoid, 1);
	assert_int_equal(b.session.avoid[0].region, REGION_CALF);
	assert_int_equal(b.session.avoid[0].side, SIDE_RIGHT);
	assert_int_equal(b.session.avoid[0].why, SORE_FLAG_SHARP);
	assert_int_equal(b.session.avoid[0].since, hb_d0() - 2);
	r = brief_find_region(&b, REGION_CALF, SIDE_RIGHT);
	assert_non_null(r);
	assert_true(r->flagged);
	assert_int_equal(r->sharp, 1);
	brief_clear(&b);
	history_clear(&h);
}

/* A flag lasts until 0 or an assessment: a sharp calf logged ten days ago
 * stays off the table; seen by a professional without clearing it, it
 * stays off massage and the brief says it was assessed; cleared, it goes. */
static void flags_last_until_cleared(void **state)
{
	struct history h = { 0 };
	struct brief b;
	char *text;

	(void)state;
	hb_steady_weeks(&h, -30, -1);
	hb_sore(&h, -10, REGION_CALF, SIDE_RIGHT, 4);
	h.soreness[h.n_soreness - 1].sharp = true;
	build(&h, 0, NULL, &b);
	assert_int_equal(b.session.n_avoid, 1);
	assert_int_equal(b.session.avoid[0].region, REGION_CALF);
	assert_int_equal(b.session.avoid[0].since, hb_d0() - 10);
	assert_false(b.session.avoid[0].assessed);
	assert_non_null(brief_find_region(&b, REGION_CALF, SIDE_RIGHT));
	assert_true(brief_find_region(&b, REGION_CALF, SIDE_RIGHT)->flagged);
	brief_clear(&b);

	h.assessments = g_new0(struct assessment, 1);
	h.assessments[h.n_assessments++] = (struct assessment){
		.time = hb_at(-3, 12), .region = REGION_CALF, .side = SIDE_RIGHT };
	build(&h, 0, NULL, &b);
	assert_int_equal(b.session.n_avoid, 1);
	assert_true(b.session.avoid[0].assessed);
	for (size_t i = 0; i < b.session.n_focus; i++)
		assert_false(advice_regions_neighbours(b.session.focus[i].region,
						       b.session.focus[i].side, REGION_CALF,
						       SIDE_RIGHT));
	text = brief_render(&b, BRIEF_TEXT, BRIEF_TEXT_WIDTH);
	assert_non_null(strstr(text, "not cleared for massage"));
	g_free(text);
	brief_clear(&b);

	h.assessments[0].cleared = true;
	build(&h, 0, NULL, &b);
	assert_int_equal(b.session.n_avoid, 0);
	brief_clear(&b);
	history_clear(&h);
}

/* A day the runner chose passes the gate as knead next's own day would: a
 * sports massage five days before an A race is at light pressure, and deep
 * work the day before it is not deep. */
static void a_chosen_day_passes_the_gate(void **state)
{
	struct history h = { 0 };
	struct brief b;
	struct brief_options opt = defaults;

	(void)state;
	hb_steady_weeks(&h, -60, -4);
	hb_massage(&h, -30, MASSAGE_SPORTS);
	hb_race(&h, 10, "Marathon", 42.2, 'A');
	opt.has_for = true;
	opt.for_date = hb_d0() + 5;
	build(&h, 0, &opt, &b);
	if (b.session.kind != MASSAGE_SPORTS)
		fail_msg("the scenario no longer suggests a sports massage (%s)",
			 massage_kind_id(b.session.kind));
	assert_true(b.session.light_only);
	assert_true(b.session.light_for_race);
	assert_int_equal(b.session.race_days, 5);
	brief_clear(&b);
	opt.for_date = hb_d0() + 20;
	build(&h, 0, &opt, &b);
	assert_false(b.session.light_only);
	brief_clear(&b);
	history_clear(&h);
}

/* A stale entry: the level logged and the one next counts. */
static void stale_level_is_next_s(void **state)
{
	struct history h = { 0 };
	struct brief b;
	const struct brief_region *r;
	char *text;

	(void)state;
	hb_sore(&h, -4, REGION_QUAD, SIDE_LEFT, 4);
	build(&h, 0, NULL, &b);
	r = brief_find_region(&b, REGION_QUAD, SIDE_LEFT);
	assert_non_null(r);
	assert_int_equal(r->level, 4);
	assert_int_equal(r->effective, advice_effective_level(&h, hb_d0(), REGION_QUAD, SIDE_LEFT));
	assert_true(r->effective < 4);
	text = brief_render(&b, BRIEF_TEXT, BRIEF_TEXT_WIDTH);
	assert_non_null(strstr(text, "4 \u2192 "));
	g_free(text);
	brief_clear(&b);
	history_clear(&h);
}

/* Each sore region: level now, the last 7 days oldest first, age. */
static void sore_region_series_and_age(void **state)
{
	struct history h = { 0 };
	struct brief b;
	const struct brief_region *r;

	(void)state;
	hb_sore(&h, -5, REGION_QUAD, SIDE_LEFT, 2);
	hb_sore(&h, -3, REGION_QUAD, SIDE_LEFT, 3);
	hb_sore(&h, -3, REGION_QUAD, SIDE_LEFT, 4); /* the day's last entry counts */
	hb_sore(&h, -1, REGION_QUAD, SIDE_LEFT, 5);
	hb_sore(&h, -20, REGION_FOOT, SIDE_LEFT, 5); /* not current */
	build(&h, 0, NULL, &b);
	assert_int_equal(b.n_regions, 1);
	r = &b.regions[0];
	assert_int_equal(r->level, 5);
	assert_int_equal(r->age_days, 1);
	assert_int_equal(r->days[0], -1);
	assert_int_equal(r->days[1], 2);
	assert_int_equal(r->days[2], -1);
	assert_int_equal(r->days[3], 4);
	assert_int_equal(r->days[5], 5);
	assert_int_equal(r->days[6], -1);
	assert_int_equal(r->sharp, 0);
	assert_false(r->flagged);
	brief_clear(&b);
	history_clear(&h);
}

/* Races of the next 8 weeks only, a window for A and B races only. */
static void races_of_eight_weeks(void **state)
{
	struct history h = { 0 };
	struct brief b;

	(void)state;
	hb_race(&h, -10, "Past", 10, 'A');
	hb_race(&h, 12, "Tune-up", 10, 'C');
	hb_race(&h, 40, "Goal", 42.2, 'A');
	hb_race(&h, 56, "Too far", 21.1, 'B');
	build(&h, 0, NULL, &b);
	assert_int_equal(b.n_races, 2);
	assert_string_equal(b.races[0].name, "Tune-up");
	assert_false(b.races[0].has_window);
	assert_int_equal(b.races[0].days, 12);
	assert_true(b.races[1].has_window);
	/* The gate's window: 3 days before, 2 after. */
	assert_int_equal(b.races[1].from, hb_d0() + 40 - ADVICE_WINDOW_BEFORE_DAYS);
	assert_int_equal(b.races[1].to, hb_d0() + 40 + ADVICE_WINDOW_DAYS);
	brief_clear(&b);
	history_clear(&h);
}

/* Weekly distance and load, a comeback after a break. */
static void training_weeks_and_comeback(void **state)
{
	struct history h = { 0 };
	struct brief b;
	double total = 0;

	(void)state;
	hb_run(&h, -40, 10, 50, RUN_EASY, 3);
	hb_run(&h, -10, 8, 45, RUN_EASY, 4); /* 30 days later */
	hb_run(&h, -1, 12, 60, RUN_EASY, 3);
	build(&h, 0, NULL, &b);
	for (int w = 0; w < BRIEF_TRAINING_WEEKS; w++)
		total += b.training.weeks[w].distance_m;
	assert_true(total > 29999 && total < 30001);
	assert_int_equal(b.training.weeks[BRIEF_TRAINING_WEEKS - 1].runs, 1);
	assert_true(b.training.weeks[BRIEF_TRAINING_WEEKS - 1].load > 179 &&
		    b.training.weeks[BRIEF_TRAINING_WEEKS - 1].load < 181);
	assert_int_equal(b.training.weeks[BRIEF_TRAINING_WEEKS - 1].to, hb_d0());
	assert_true(b.training.comeback);
	assert_int_equal(b.training.break_days, 30);
	assert_int_equal(b.training.back_day, hb_d0() - 10);
	brief_clear(&b);
	history_clear(&h);
}

/* The last three sessions, newest first, and how their regions moved. */
static void sessions_and_how_regions_moved(void **state)
{
	struct history h = { 0 };
	struct brief b;
	struct region_side calf = { REGION_CALF, SIDE_RIGHT };

	(void)state;
	for (int i = 0; i < 4; i++)
		hb_massage(&h, -40 + i * 7, MASSAGE_SPORTS);
	h.massages[3].regions = g_memdup2(&calf, sizeof(calf));
	h.massages[3].n_regions = 1;
	hb_sore(&h, -19, REGION_CALF, SIDE_RIGHT, 5);
	hb_sore(&h, -17, REGION_CALF, SIDE_RIGHT, 2);
	build(&h, 0, NULL, &b);
	assert_int_equal(b.n_past, 3);
	assert_int_equal(b.past[0].date, hb_d0() - 19);
	assert_int_equal(b.past[2].date, hb_d0() - 33);
	assert_int_equal(b.past[0].n_moves, 1);
	assert_int_equal(b.past[0].moves[0].before, 5);
	assert_int_equal(b.past[0].moves[0].after, 2);
	assert_int_equal(b.past[0].moves[0].days, 2);
	brief_clear(&b);
	history_clear(&h);
}

static char *json_of(const struct brief *b)
{
	return json_writer_finish(brief_json(b), NULL);
}

/* Notes and heart rates stay out unless asked for; the runner's own note
 * is always in. */
static void privacy_defaults(void **state)
{
	struct history h = { 0 };
	struct brief b;
	struct brief_options opt = defaults;
	char *text, *json;

	(void)state;
	hb_run(&h, -1, 10, 50, RUN_EASY, 3);
	h.runs[0].note = g_strdup("ran past my street");
	h.runs[0].avg_hr = 151;
	hb_sore(&h, -1, REGION_CALF, SIDE_LEFT, 3);
	note_sore(&h, "after the hills");
	opt.note = "Please go easy on the left calf";
	build(&h, 0, &opt, &b);
	text = brief_render(&b, BRIEF_TEXT, 72);
	json = json_of(&b);
	assert_null(strstr(text, "ran past my street"));
	assert_null(strstr(text, "after the hills"));
	assert_null(strstr(text, "151"));
	assert_non_null(strstr(text, "Please go easy on the left calf"));
	assert_null(strstr(json, "ran past my street"));
	assert_null(strstr(json, "after the hills"));
	assert_null(strstr(json, "151"));
	g_free(text);
	g_free(json);
	brief_clear(&b);

	assert_true(brief_include_parse("notes,heart-rate", &opt.include));
	build(&h, 0, &opt, &b);
	text = brief_render(&b, BRIEF_TEXT, 72);
	assert_non_null(strstr(text, "ran past my street"));
	assert_non_null(strstr(text, "after the hills"));
	assert_non_null(strstr(text, "151"));
	g_free(text);
	brief_clear(&b);
	history_clear(&h);
}

static void include_words(void **state)
{
	unsigned f = 0;

	(void)state;
	assert_true(brief_include_parse("notes", &f));
	assert_int_equal(f, BRIEF_INCLUDE_NOTES);
	f = 0;
	assert_true(brief_include_parse("all", &f));
	assert_int_equal(f, BRIEF_INCLUDE_NOTES | BRIEF_INCLUDE_HEART_RATE);
	f = 0;
	assert_false(brief_include_parse("location", &f));
	assert_false(brief_include_parse("", &f));
	assert_int_equal(f, 0);
}

/* Text at 72 columns at most; HTML with nothing fetched from elsewhere. */
static void renders_fit(void **state)
{
	struct history h = { 0 };
	struct brief b;
	char *text, *html, **lines;

	(void)state;
	hb_steady_weeks(&h, -60, -1);
	hb_race(&h, 20, "A very long race name that goes on and on, Montréal", 42.2, 'A');
	hb_sore(&h, -1, REGION_HIP_FLEXOR, SIDE_RIGHT, 4);
	hb_massage(&h, -12, MASSAGE_DEEP_TISSUE);
	build(&h, 0, NULL, &b);
	text = brief_render(&b, BRIEF_TEXT, 72);
	lines = g_strsplit(text, "\n", -1);
	for (char **l = lines; *l; l++)
		assert_true(text_width(*l) <= 72);
	g_strfreev(lines);
	html = brief_render(&b, BRIEF_HTML, 72);
	assert_non_null(strstr(html, "<svg"));
	assert_null(strstr(html, "src="));
	assert_null(strstr(html, "href"));
	assert_null(strstr(html, "url("));
	assert_null(strstr(html, "@import"));
	g_free(text);
	g_free(html);
	brief_clear(&b);
	history_clear(&h);
}

/* A random history of 90 days: runs, soreness (some sharp), massages,
 * races of every priority before and after today, a booking at times. */
static void random_history(GRand *rng, struct history *h)
{
	for (int d = -90; d <= 0; d++) {
		if (g_rand_int_range(rng, 0, 7) < 4)
			hb_run(h, d, g_rand_double_range(rng, 4, 32),
			       g_rand_double_range(rng, 25, 180),
			       (enum run_kind)g_rand_int_range(rng, 0, RUN_KIND_COUNT),
			       g_rand_int_range(rng, 0, 11));
		if (g_rand_int_range(rng, 0, 3) == 0) {
			enum region r = (enum region)g_rand_int_range(rng, 0, REGION_COUNT);

			hb_sore(h, d, r,
				region_has_side(r) ? g_rand_int_range(rng, 1, 3) : SIDE_NONE,
				g_rand_int_range(rng, 0, 10));
			h->soreness[h->n_soreness - 1].sharp = g_rand_int_range(rng, 0, 12) == 0;
		}
		if (g_rand_int_range(rng, 0, 15) == 0)
			hb_massage(h, d,
				   (enum massage_kind)g_rand_int_range(rng, 0, MASSAGE_KIND_COUNT));
	}
	if (g_rand_boolean(rng))
		hb_massage(h, g_rand_int_range(rng, 1, 12),
			   (enum massage_kind)g_rand_int_range(rng, 0, MASSAGE_KIND_COUNT));
	for (int i = g_rand_int_range(rng, 0, 4); i > 0; i--)
		hb_race(h, g_rand_int_range(rng, -20, 70), "Race", g_rand_double_range(rng, 5, 43),
			"ABC"[g_rand_int_range(rng, 0, 3)]);
	/* The history is oldest first, as the store gives it. */
	for (size_t i = 1; i < h->n_races; i++)
		for (size_t j = i; j > 0 && h->races[j].date < h->races[j - 1].date; j--) {
			struct race t = h->races[j];

			h->races[j] = h->races[j - 1];
			h->races[j - 1] = t;
		}
	for (size_t i = 1; i < h->n_massages; i++)
		for (size_t j = i; j > 0 && h->massages[j].date < h->massages[j - 1].date; j--) {
			struct massage t = h->massages[j];

			h->massages[j] = h->massages[j - 1];
			h->massages[j - 1] = t;
		}
}

/* The property: over many random histories, the brief never contradicts
 * knead next: the same day and kind, the same focus, the same regions
 * not to treat, the same no-deep windows, and light pressure whenever the
 * day is inside one. */
static void never_contradicts_next(void **state)
{
	GRand *rng = g_rand_new_with_seed(28);

	(void)state;
	for (int round = 0; round < 200; round++) {
		struct history h = { 0 };
		struct advice a;
		struct brief b;

		random_history(rng, &h);
		advice_next(&h, hb_at(0, 9), &a);
		build(&h, 0, NULL, &b);
		assert_int_equal(b.session.date, a.date);
		assert_int_equal(b.session.kind, a.kind);
		assert_int_equal(b.session.n_focus, a.n_focus);
		for (size_t i = 0; i < a.n_focus; i++) {
			assert_int_equal(b.session.focus[i].region, a.focus[i].region);
			assert_int_equal(b.session.focus[i].side, a.focus[i].side);
			assert_int_equal(b.session.focus[i].level, a.focus[i].level);
		}
		assert_int_equal(b.session.n_avoid, a.n_see_professional);
		for (size_t i = 0; i < a.n_see_professional; i++) {
			const struct brief_region *r = brief_find_region(
				&b, a.see_professional[i].region, a.see_professional[i].side);

			assert_int_equal(b.session.avoid[i].region, a.see_professional[i].region);
			assert_int_equal(b.session.avoid[i].side, a.see_professional[i].side);
			/* A region not to treat is marked so on the body. */
			if (r)
				assert_true(r->flagged);
		}
		for (size_t i = 0; i < a.n_windows; i++) {
			bool found = false;

			for (size_t j = 0; j < b.n_races; j++)
				found = found || (b.races[j].has_window &&
						  b.races[j].from == a.windows[i].from &&
						  b.races[j].to == a.windows[i].to);
			if (a.windows[i].race_date < hb_d0() + BRIEF_RACE_WEEKS * 7)
				assert_true(found);
			if (a.date >= a.windows[i].from && a.date <= a.windows[i].to)
				assert_true(b.session.light_only);
		}
		/* A deep session inside a window is only ever a booking, and
		 * then the advice's warning comes with it. */
		if (b.session.light_for_race && b.session.kind != MASSAGE_FLUSH &&
		    b.session.kind != MASSAGE_RELAXATION && b.session.kind != MASSAGE_SPORTS) {
			assert_true(b.session.booked);
			assert_non_null(b.session.warning);
		}
		advice_clear(&a);
		brief_clear(&b);
		history_clear(&h);
	}
	g_rand_free(rng);
}

/* The body map's cells (core/bodylayout.h), which the picture draws and
 * the interface walks: one for each region and side it takes, inside its
 * figure, figure by figure, row by row, left to right, none on another;
 * a sided region's two sides mirror each other across the figure. */
static void body_map_cells(void **state)
{
	const struct body_target *t = body_targets();
	int n = body_target_count(), want = 0;

	(void)state;
	for (int r = 0; r < REGION_COUNT; r++)
		want += region_has_side((enum region)r) ? 2 : 1;
	assert_int_equal(n, want);
	for (int i = 0; i < n; i++) {
		assert_true(t[i].row >= 0 && t[i].row < BODY_FIGURE_ROWS);
		assert_true(t[i].col >= 0 && t[i].col + BODY_CELL_W <= BODY_FIGURE_W);
		assert_int_equal(region_has_side(t[i].region), t[i].side != SIDE_NONE);
		if (i > 0 && t[i].back == t[i - 1].back) {
			assert_true(t[i].row >= t[i - 1].row);
			if (t[i].row == t[i - 1].row)
				assert_true(t[i].col >= t[i - 1].col + BODY_CELL_W);
		} else if (i > 0) {
			assert_true(t[i].back && !t[i - 1].back);
		}
		for (int j = 0; j < n; j++) {
			if (j == i || t[j].region != t[i].region)
				continue;
			assert_int_not_equal(t[j].side, t[i].side);
			assert_int_equal(t[j].back, t[i].back);
			assert_int_equal(t[j].row, t[i].row);
			assert_int_equal(t[j].col, BODY_FIGURE_W - BODY_CELL_W - t[i].col);
		}
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(session_is_what_next_says),
		cmocka_unit_test(light_only_before_a_race),
		cmocka_unit_test(booked_deep_inside_a_window),
		cmocka_unit_test(flagged_region_is_avoided),
		cmocka_unit_test(flags_last_until_cleared),
		cmocka_unit_test(a_chosen_day_passes_the_gate),
		cmocka_unit_test(stale_level_is_next_s),
		cmocka_unit_test(sore_region_series_and_age),
		cmocka_unit_test(races_of_eight_weeks),
		cmocka_unit_test(training_weeks_and_comeback),
		cmocka_unit_test(sessions_and_how_regions_moved),
		cmocka_unit_test(privacy_defaults),
		cmocka_unit_test(include_words),
		cmocka_unit_test(renders_fit),
		cmocka_unit_test(body_map_cells),
		cmocka_unit_test(never_contradicts_next),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

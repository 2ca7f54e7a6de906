/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_remind.c - which reminders are due when: each kind at its time and
 * not before, quiet hours (across midnight too), disabled kinds, the next
 * wake-up, snoozes and safe text. */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>
#include <glib.h>
#include "core/clock.h"
#include "core/remind/remind.h"
#include "core/sanitize.h"

#define AT(y, mo, d, h, mi) wtime_make((y), (mo), (d), (h), (mi), 0)
#define DAY(y, mo, d) wtime_day(wtime_make((y), (mo), (d), 0, 0, 0))

/* --- building a history ---------------------------------------------------- */

static void add_run(struct history *h, wtime start, double km, double minutes,
		    enum run_kind kind)
{
	int64_t id = (int64_t)h->n_runs + 1;

	h->runs = g_renew(struct run, h->runs, h->n_runs + 1);
	h->runs[h->n_runs++] = (struct run){
		.id = id,
		.start = start,
		.distance_m = km * 1000,
		.duration_s = minutes * 60,
		.kind = kind,
		.elevation_m = -1,
	};
}

static void add_sore(struct history *h, wtime t, enum region r, enum side s, int level)
{
	int64_t id = (int64_t)h->n_soreness + 1;

	h->soreness = g_renew(struct soreness, h->soreness, h->n_soreness + 1);
	h->soreness[h->n_soreness++] = (struct soreness){
		.id = id, .time = t, .region = r, .side = s, .level = level,
	};
}

static void add_massage(struct history *h, dayno d, enum massage_kind kind)
{
	int64_t id = (int64_t)h->n_massages + 1;

	h->massages = g_renew(struct massage, h->massages, h->n_massages + 1);
	h->massages[h->n_massages++] = (struct massage){ .id = id, .date = d, .kind = kind };
}

static void add_race(struct history *h, int64_t id, dayno d, const char *name, char priority)
{
	h->races = g_renew(struct race, h->races, h->n_races + 1);
	h->races[h->n_races++] = (struct race){
		.id = id, .date = d, .name = g_strdup(name), .distance_m = 42195,
		.priority = priority,
	};
}

/* Default settings (check-in 19:00, quiet 22:00-08:00) with only `kind`
 * enabled (REMINDER_KIND_COUNT: all). */
static struct config only(enum reminder_kind kind)
{
	struct config cfg;

	config_init_defaults(&cfg);
	for (int i = 0; i < REMINDER_KIND_COUNT; i++)
		cfg.reminder_enabled[i] = kind == REMINDER_KIND_COUNT || i == (int)kind;
	return cfg;
}

/* The keys due at `now`, space-separated ("" for none). */
static char *due_keys(const struct history *h, const struct config *cfg,
		      const struct advice *adv, wtime now)
{
	size_t n;
	struct reminder *r = remind_due(h, cfg, adv, now, &n);
	GString *s = g_string_new(NULL);

	for (size_t i = 0; i < n; i++) {
		if (i)
			g_string_append_c(s, ' ');
		g_string_append(s, r[i].key);
		assert_non_null(r[i].title);
		assert_non_null(r[i].body);
		assert_true(r[i].due <= now && now < r[i].lapse);
	}
	reminders_free(r, n);
	return g_string_free(s, FALSE);
}

#define assert_due(h, cfg, adv, now, expected)                         \
	do {                                                           \
		char *got_ = due_keys((h), (cfg), (adv), (now));       \
		assert_string_equal(got_, (expected));                 \
		g_free(got_);                                          \
	} while (0)

/* The one reminder due at `now` (fails unless there is exactly one). */
static struct reminder *the_one(const struct history *h, const struct config *cfg,
				const struct advice *adv, wtime now, size_t *n)
{
	struct reminder *r = remind_due(h, cfg, adv, now, n);

	assert_int_equal(*n, 1);
	return r;
}

/* --- quiet hours ------------------------------------------------------------ */

static void test_quiet_across_midnight(void **state)
{
	struct config cfg = only(REMINDER_KIND_COUNT); /* 22:00 - 08:00 */

	assert_false(remind_is_quiet(&cfg, AT(2026, 11, 23, 21, 59)));
	assert_true(remind_is_quiet(&cfg, AT(2026, 11, 23, 22, 0)));
	assert_true(remind_is_quiet(&cfg, AT(2026, 11, 23, 23, 59)));
	assert_true(remind_is_quiet(&cfg, AT(2026, 11, 24, 0, 0)));
	assert_true(remind_is_quiet(&cfg, AT(2026, 11, 24, 7, 59)));
	assert_false(remind_is_quiet(&cfg, AT(2026, 11, 24, 8, 0)));
	/* Before midnight: released the next morning; after: the same one. */
	assert_int_equal(remind_release(&cfg, AT(2026, 11, 23, 22, 30)), AT(2026, 11, 24, 8, 0));
	assert_int_equal(remind_release(&cfg, AT(2026, 11, 24, 3, 0)), AT(2026, 11, 24, 8, 0));
	assert_int_equal(remind_release(&cfg, AT(2026, 11, 24, 12, 0)), AT(2026, 11, 24, 12, 0));
	/* Across the end of a month and a year. */
	assert_int_equal(remind_release(&cfg, AT(2026, 12, 31, 23, 0)), AT(2027, 1, 1, 8, 0));
}

static void test_quiet_within_day_and_none(void **state)
{
	struct config cfg = only(REMINDER_KIND_COUNT);

	cfg.quiet_start_minute = 13 * 60;
	cfg.quiet_end_minute = 14 * 60;
	assert_false(remind_is_quiet(&cfg, AT(2026, 11, 23, 12, 59)));
	assert_true(remind_is_quiet(&cfg, AT(2026, 11, 23, 13, 30)));
	assert_false(remind_is_quiet(&cfg, AT(2026, 11, 23, 23, 0)));
	assert_int_equal(remind_release(&cfg, AT(2026, 11, 23, 13, 30)), AT(2026, 11, 23, 14, 0));
	cfg.quiet_start_minute = cfg.quiet_end_minute = 0;
	assert_false(remind_is_quiet(&cfg, AT(2026, 11, 23, 0, 0)));
	assert_int_equal(remind_release(&cfg, AT(2026, 11, 23, 3, 0)), AT(2026, 11, 23, 3, 0));
}

/* --- the check-in ------------------------------------------------------------ */

static void test_checkin_at_its_time(void **state)
{
	struct history h = { 0 };
	struct config cfg = only(REMINDER_CHECKIN);
	struct reminder *r;
	size_t n;

	add_sore(&h, AT(2026, 11, 22, 20, 0), REGION_KNEE, SIDE_LEFT, 1); /* yesterday: done */
	assert_due(&h, &cfg, NULL, AT(2026, 11, 23, 18, 59), "");
	r = the_one(&h, &cfg, NULL, AT(2026, 11, 23, 19, 0), &n);
	assert_string_equal(r->key, "checkin:2026-11-23");
	assert_int_equal(r->kind, REMINDER_CHECKIN);
	assert_int_equal(r->due, AT(2026, 11, 23, 19, 0));
	assert_non_null(strstr(r->body, "Monday 2026-11-23"));
	reminders_free(r, n);
	assert_due(&h, &cfg, NULL, AT(2026, 11, 23, 21, 59), "checkin:2026-11-23");
	/* Not sent by 22:00 (the machine was off): held by the quiet hours,
	 * and dropped at midnight: the next morning it would read as that
	 * day's check-in. */
	assert_due(&h, &cfg, NULL, AT(2026, 11, 23, 22, 0), "");
	assert_due(&h, &cfg, NULL, AT(2026, 11, 24, 7, 59), "");
	assert_due(&h, &cfg, NULL, AT(2026, 11, 24, 8, 0), "");
	assert_due(&h, &cfg, NULL, AT(2026, 11, 24, 18, 59), "");
	assert_due(&h, &cfg, NULL, AT(2026, 11, 24, 19, 0), "checkin:2026-11-24");
	history_clear(&h);
}

static void test_checkin_not_when_logged(void **state)
{
	struct history h = { 0 };
	struct config cfg = only(REMINDER_CHECKIN);

	add_run(&h, AT(2026, 11, 22, 18, 0), 10, 55, RUN_EASY); /* yesterday */
	assert_due(&h, &cfg, NULL, AT(2026, 11, 23, 19, 0), "checkin:2026-11-23");
	add_sore(&h, AT(2026, 11, 23, 7, 0), REGION_CALF, SIDE_LEFT, 2);
	assert_due(&h, &cfg, NULL, AT(2026, 11, 23, 19, 0), "");
	/* A run counts as well as soreness. */
	add_run(&h, AT(2026, 11, 24, 6, 30), 8, 45, RUN_EASY);
	assert_due(&h, &cfg, NULL, AT(2026, 11, 24, 19, 0), "");
	assert_due(&h, &cfg, NULL, AT(2026, 11, 25, 19, 0), "checkin:2026-11-25");
	history_clear(&h);
}

static void test_checkin_held_past_midnight(void **state)
{
	struct history h = { 0 };
	struct config cfg = only(REMINDER_CHECKIN);
	wtime wake;

	/* A check-in time inside the quiet hours: held, and dropped once its
	 * day is over, never sent the next morning as if it were current. */
	cfg.checkin_minute = 23 * 60;
	cfg.quiet_end_minute = 7 * 60;
	assert_due(&h, &cfg, NULL, AT(2026, 11, 23, 23, 0), "");
	assert_due(&h, &cfg, NULL, AT(2026, 11, 23, 23, 59), "");
	assert_due(&h, &cfg, NULL, AT(2026, 11, 24, 0, 0), "");
	assert_due(&h, &cfg, NULL, AT(2026, 11, 24, 7, 0), "");
	assert_due(&h, &cfg, NULL, AT(2026, 11, 24, 12, 0), "");
	/* Nothing for the daemon to wake for: every such check-in would
	 * come after its day. */
	assert_false(remind_next_wakeup(&h, &cfg, AT(2026, 11, 24, 7, 0), &wake));
	/* Quiet hours that end before midnight still let it through. */
	cfg.checkin_minute = 21 * 60;
	cfg.quiet_start_minute = 20 * 60;
	cfg.quiet_end_minute = 22 * 60;
	assert_due(&h, &cfg, NULL, AT(2026, 11, 23, 21, 59), "");
	assert_due(&h, &cfg, NULL, AT(2026, 11, 23, 22, 0), "checkin:2026-11-23");
	assert_due(&h, &cfg, NULL, AT(2026, 11, 24, 1, 0), "");
	history_clear(&h);
}

static void test_disabled_kinds(void **state)
{
	struct history h = { 0 };
	struct config cfg = only(REMINDER_KIND_COUNT);
	struct advice adv = { .urgency = URGENCY_DUE };

	adv.today = DAY(2026, 11, 27);
	adv.date = DAY(2026, 11, 28);
	add_race(&h, 1, DAY(2026, 11, 29), "Marathon", 'A');
	add_run(&h, AT(2026, 11, 26, 8, 0), 30, 160, RUN_LONG);
	assert_due(&h, &cfg, &adv, AT(2026, 11, 27, 19, 0),
		   "race-window:1:2026-11-29 after-run:1 booking-due:2026-11-28 checkin:2026-11-27");
	cfg.reminder_enabled[REMINDER_CHECKIN] = false;
	cfg.reminder_enabled[REMINDER_RACE] = false;
	assert_due(&h, &cfg, &adv, AT(2026, 11, 27, 19, 0), "after-run:1 booking-due:2026-11-28");
	cfg.reminder_enabled[REMINDER_BOOKING] = false;
	cfg.reminder_enabled[REMINDER_AFTER_RUN] = false;
	assert_due(&h, &cfg, &adv, AT(2026, 11, 27, 19, 0), "");
	history_clear(&h);
}

/* --- booking -------------------------------------------------------------------- */

static void test_booking_due_and_overdue(void **state)
{
	struct history h = { 0 };
	struct config cfg = only(REMINDER_BOOKING);
	struct advice_focus focus[] = {
		{ .region = REGION_CALF, .side = SIDE_LEFT, .level = 5, .trend = TREND_WORSENING },
		{ .region = REGION_HAMSTRING, .side = SIDE_RIGHT, .level = 3, .trend = TREND_STEADY },
	};
	struct advice adv = {
		.date = DAY(2026, 11, 30),
		.kind = MASSAGE_SPORTS,
		.urgency = URGENCY_SOON,
		.has_last_massage = true,
		.last_massage = DAY(2026, 11, 12),
		.focus = focus,
		.n_focus = 2,
	};
	struct reminder *r;
	size_t n;

	add_massage(&h, DAY(2026, 11, 12), MASSAGE_SPORTS);
	assert_due(&h, &cfg, &adv, AT(2026, 11, 27, 12, 0), "");
	adv.urgency = URGENCY_DUE;
	/* In the morning, after the quiet hours. */
	assert_due(&h, &cfg, &adv, AT(2026, 11, 29, 7, 59), "");
	r = the_one(&h, &cfg, &adv, AT(2026, 11, 29, 8, 0), &n);
	assert_string_equal(r->key, "booking-due:2026-11-30");
	assert_int_equal(r->kind, REMINDER_BOOKING);
	assert_non_null(strstr(r->body, "Monday 2026-11-30"));
	assert_non_null(strstr(r->body, "sports massage"));
	assert_non_null(strstr(r->body, "left calf, right hamstring"));
	reminders_free(r, n);
	/* Overdue: keyed by the last massage, so it is said once, however
	 * many days it stays overdue. */
	adv.urgency = URGENCY_OVERDUE;
	adv.date = DAY(2026, 12, 2);
	assert_due(&h, &cfg, &adv, AT(2026, 12, 2, 9, 0), "booking-overdue:2026-11-12");
	adv.date = DAY(2026, 12, 3);
	assert_due(&h, &cfg, &adv, AT(2026, 12, 3, 9, 0), "booking-overdue:2026-11-12");
	history_clear(&h);
}

/* A booked session: a reminder the morning before it, with the advice's
 * warning when there is one; nothing two days before. */
static void test_booked_session_the_day_before(void **state)
{
	struct history h = { 0 };
	struct config cfg = only(REMINDER_BOOKING);
	struct region_side regions[] = { { REGION_GLUTE, SIDE_LEFT } };
	struct advice adv = {
		.date = DAY(2026, 11, 26), .kind = MASSAGE_DEEP_TISSUE, .urgency = URGENCY_SOON,
		.has_booking = true, .booked_date = DAY(2026, 11, 26),
		.booked_kind = MASSAGE_DEEP_TISSUE, .booked_safe_kind = MASSAGE_DEEP_TISSUE,
		.booked_regions = regions, .n_booked_regions = 1,
	};
	struct reminder *r;
	size_t n;

	add_massage(&h, DAY(2026, 11, 26), MASSAGE_DEEP_TISSUE);
	assert_due(&h, &cfg, &adv, AT(2026, 11, 24, 10, 0), "");
	r = the_one(&h, &cfg, &adv, AT(2026, 11, 25, 10, 0), &n);
	assert_string_equal(r->key, "booked:2026-11-26");
	assert_string_equal(r->title, "Your massage is tomorrow");
	assert_string_equal(r->body, "Booked for Thursday 2026-11-26: deep tissue (left glutes).");
	reminders_free(r, n);
	adv.booking_warning = "Ask for a light flush instead.";
	r = the_one(&h, &cfg, &adv, AT(2026, 11, 25, 10, 0), &n);
	assert_string_equal(r->title, "Your massage tomorrow: a word with your therapist");
	assert_non_null(strstr(r->body, "(left glutes). Ask for a light flush instead."));
	reminders_free(r, n);
	/* A booking the gate made safe: the reminder says the safe kind. */
	adv.booked_safe_kind = MASSAGE_FLUSH;
	r = the_one(&h, &cfg, &adv, AT(2026, 11, 25, 10, 0), &n);
	assert_non_null(strstr(r->body, "light flush (booked as deep tissue: change it or move it)"));
	assert_null(strstr(r->body, ": deep tissue"));
	reminders_free(r, n);
	cfg.reminder_enabled[REMINDER_BOOKING] = false;
	assert_due(&h, &cfg, &adv, AT(2026, 11, 25, 10, 0), "");
	history_clear(&h);
}

static void test_booking_names_therapist_and_not_when_booked(void **state)
{
	struct history h = { 0 };
	struct config cfg = only(REMINDER_BOOKING);
	struct advice adv = {
		.date = DAY(2026, 11, 24), .kind = MASSAGE_FLUSH, .urgency = URGENCY_DUE,
	};
	struct reminder *r;
	size_t n;

	cfg.therapist_name = g_strdup("Marie\033[2J Tremblay");
	cfg.therapist_phone = g_strdup("514-555-0100");
	r = the_one(&h, &cfg, &adv, AT(2026, 11, 24, 10, 0), &n);
	assert_non_null(strstr(r->body, "Book with Marie Tremblay (514-555-0100)."));
	assert_null(strchr(r->body, '\033'));
	reminders_free(r, n);
	/* A session dated after today is a booking: nothing to remind. */
	add_massage(&h, DAY(2026, 11, 26), MASSAGE_FLUSH);
	assert_due(&h, &cfg, &adv, AT(2026, 11, 24, 10, 0), "");
	config_clear(&cfg);
	history_clear(&h);
}

/* --- race windows ----------------------------------------------------------------- */

static void test_race_window(void **state)
{
	struct history h = { 0 };
	struct config cfg = only(REMINDER_RACE);
	struct reminder *r;
	size_t n;

	add_race(&h, 7, DAY(2026, 11, 29), "Montreal Marathon", 'A'); /* a Sunday */
	add_race(&h, 8, DAY(2026, 12, 13), "Club 10k", 'C');
	/* The window opens 3 days before the race. */
	assert_due(&h, &cfg, NULL, AT(2026, 11, 25, 20, 0), "");
	assert_due(&h, &cfg, NULL, AT(2026, 11, 26, 7, 30), "");
	r = the_one(&h, &cfg, NULL, AT(2026, 11, 26, 8, 0), &n);
	assert_string_equal(r->key, "race-window:7:2026-11-29");
	assert_string_equal(r->title, "Race window: Montreal Marathon");
	assert_string_equal(r->body, "Race on Sunday 2026-11-29: no deep tissue from Thursday to "
				     "Tuesday; a light flush is fine.");
	reminders_free(r, n);
	/* Still worth sending until the race is run (a race added late). */
	assert_due(&h, &cfg, NULL, AT(2026, 11, 29, 9, 0), "race-window:7:2026-11-29");
	assert_due(&h, &cfg, NULL, AT(2026, 11, 30, 9, 0), "");
	/* No window for a C race. */
	assert_due(&h, &cfg, NULL, AT(2026, 12, 11, 9, 0), "");
	history_clear(&h);
}

/* --- the morning after -------------------------------------------------------------- */

static void test_after_long_run(void **state)
{
	struct history h = { 0 };
	struct config cfg = only(REMINDER_AFTER_RUN);
	struct reminder *r;
	size_t n;

	add_run(&h, AT(2026, 11, 21, 9, 0), 32, 185, RUN_LONG);
	add_run(&h, AT(2026, 11, 23, 9, 0), 10, 55, RUN_EASY);
	add_run(&h, AT(2026, 11, 25, 9, 0), 26, 140, RUN_EASY); /* long by distance */
	assert_due(&h, &cfg, NULL, AT(2026, 11, 21, 21, 0), "");
	assert_due(&h, &cfg, NULL, AT(2026, 11, 22, 7, 59), "");
	r = the_one(&h, &cfg, NULL, AT(2026, 11, 22, 8, 0), &n);
	assert_string_equal(r->key, "after-run:1");
	assert_string_equal(r->title, "The morning after your long run");
	assert_non_null(strstr(r->body, "32.00 km"));
	assert_non_null(strstr(r->body, "book a light flush"));
	reminders_free(r, n);
	assert_due(&h, &cfg, NULL, AT(2026, 11, 23, 9, 0), "");
	assert_due(&h, &cfg, NULL, AT(2026, 11, 24, 9, 0), "");
	assert_due(&h, &cfg, NULL, AT(2026, 11, 26, 9, 0), "after-run:3");
	/* A session already planned is named instead. */
	add_massage(&h, DAY(2026, 11, 27), MASSAGE_FLUSH);
	r = the_one(&h, &cfg, NULL, AT(2026, 11, 26, 9, 0), &n);
	assert_non_null(strstr(r->body, "Your light flush on Friday 2026-11-27 is planned."));
	reminders_free(r, n);
	history_clear(&h);
}

/* Long is relative to the runner.  An ultra runner's ordinary
 * 25 km day brings no morning-after reminder; their 45 km day does. */
static void test_after_run_relative_to_the_runner(void **state)
{
	struct history h = { 0 };
	struct config cfg = only(REMINDER_AFTER_RUN);
	struct reminder *r;
	size_t n;

	for (int d = 1; d <= 30; d++)
		add_run(&h, AT(2026, 10, d, 7, 0), 25, 140, RUN_EASY);
	assert_due(&h, &cfg, NULL, AT(2026, 10, 31, 9, 0), "");
	add_run(&h, AT(2026, 10, 31, 7, 0), 45, 270, RUN_EASY);
	r = the_one(&h, &cfg, NULL, AT(2026, 11, 1, 9, 0), &n);
	assert_string_equal(r->key, "after-run:31");
	reminders_free(r, n);
	history_clear(&h);
}

static void test_after_race(void **state)
{
	struct history h = { 0 };
	struct config cfg = only(REMINDER_AFTER_RUN);
	struct reminder *r;
	size_t n;

	/* A race of the calendar with no run logged that day. */
	add_race(&h, 3, DAY(2026, 9, 27), "Marathon", 'A');
	r = the_one(&h, &cfg, NULL, AT(2026, 9, 28, 8, 30), &n);
	assert_string_equal(r->key, "after-race:3:2026-09-27");
	assert_string_equal(r->title, "The morning after your race");
	reminders_free(r, n);
	/* With the race logged as a run, the run's reminder alone. */
	add_run(&h, AT(2026, 9, 27, 8, 0), 42.2, 230, RUN_RACE);
	r = the_one(&h, &cfg, NULL, AT(2026, 9, 28, 8, 30), &n);
	assert_string_equal(r->key, "after-run:1");
	assert_string_equal(r->title, "The morning after your race");
	reminders_free(r, n);
	history_clear(&h);
}

/* --- see a professional ------------------------------------------------------------ */

static void test_professional_once_per_spell(void **state)
{
	struct history h = { 0 };
	struct config cfg = only(REMINDER_PROFESSIONAL);
	struct advice_referral ref = {
		.region = REGION_CALF, .side = SIDE_LEFT, .level = 8, .days = 3,
	};
	struct advice adv = { .see_professional = &ref, .n_see_professional = 1 };
	struct reminder *r;
	size_t n;

	/* An old spell, then a gap of more than a week, then this one. */
	add_sore(&h, AT(2026, 10, 20, 8, 0), REGION_CALF, SIDE_LEFT, 4);
	for (int d = 10; d <= 13; d++) {
		add_sore(&h, AT(2026, 11, d, 8, 0), REGION_CALF, SIDE_LEFT, 8);
		add_sore(&h, AT(2026, 11, d, 8, 0), REGION_CALF, SIDE_RIGHT, 2);
	}
	r = the_one(&h, &cfg, &adv, AT(2026, 11, 12, 9, 0), &n);
	assert_string_equal(r->key, "professional:calf:left:2026-11-10");
	assert_string_equal(r->title, "See a professional about your left calf");
	assert_non_null(strstr(r->body, "Level 8/10, 3 days running"));
	reminders_free(r, n);
	/* Rising rather than severe: said so. */
	ref.rising = true;
	r = the_one(&h, &cfg, &adv, AT(2026, 11, 12, 9, 0), &n);
	assert_non_null(strstr(r->body, "Getting worse for 3 days, now at 8/10"));
	reminders_free(r, n);
	ref.rising = false;
	/* The next day the same spell: the same key. */
	assert_due(&h, &cfg, &adv, AT(2026, 11, 13, 9, 0), "professional:calf:left:2026-11-10");
	/* After a day at 0 a new spell starts. */
	add_sore(&h, AT(2026, 11, 14, 8, 0), REGION_CALF, SIDE_LEFT, 0);
	add_sore(&h, AT(2026, 11, 16, 8, 0), REGION_CALF, SIDE_LEFT, 8);
	assert_due(&h, &cfg, &adv, AT(2026, 11, 16, 9, 0), "professional:calf:left:2026-11-16");
	/* Unsided regions have a key too. */
	ref.region = REGION_LOWER_BACK;
	ref.side = SIDE_NONE;
	add_sore(&h, AT(2026, 11, 15, 8, 0), REGION_LOWER_BACK, SIDE_NONE, 7);
	assert_due(&h, &cfg, &adv, AT(2026, 11, 16, 9, 0),
		   "professional:lower-back:none:2026-11-15");
	history_clear(&h);
}

/* --- the next wake-up ---------------------------------------------------------------- */

static void assert_wakeup(const struct history *h, const struct config *cfg, wtime now,
			  wtime expected)
{
	wtime got = 0;

	assert_true(remind_next_wakeup(h, cfg, now, &got));
	assert_int_equal(got, expected);
	assert_true(got > now);
}

static void test_next_wakeup(void **state)
{
	struct history h = { 0 };
	struct config cfg = only(REMINDER_KIND_COUNT);
	wtime got;

	/* Morning kinds come after the quiet hours (08:00), the check-in at
	 * 19:00. */
	assert_wakeup(&h, &cfg, AT(2026, 11, 23, 3, 0), AT(2026, 11, 23, 8, 0));
	assert_wakeup(&h, &cfg, AT(2026, 11, 23, 8, 0), AT(2026, 11, 23, 19, 0));
	assert_wakeup(&h, &cfg, AT(2026, 11, 23, 19, 0), AT(2026, 11, 24, 8, 0));
	/* Only the check-in: the next one, never a past one. */
	cfg = only(REMINDER_CHECKIN);
	assert_wakeup(&h, &cfg, AT(2026, 11, 23, 18, 59), AT(2026, 11, 23, 19, 0));
	assert_wakeup(&h, &cfg, AT(2026, 11, 23, 19, 0), AT(2026, 11, 24, 19, 0));
	/* Logged today: tomorrow's. */
	add_sore(&h, AT(2026, 11, 23, 7, 0), REGION_SHIN, SIDE_LEFT, 2);
	assert_wakeup(&h, &cfg, AT(2026, 11, 23, 12, 0), AT(2026, 11, 24, 19, 0));
	/* A check-in held past midnight wakes at the end of the quiet hours. */
	cfg.checkin_minute = 23 * 60;
	assert_wakeup(&h, &cfg, AT(2026, 11, 24, 23, 30), AT(2026, 11, 25, 8, 0));
	/* Only race windows: the morning a window opens, weeks ahead. */
	cfg = only(REMINDER_RACE);
	add_race(&h, 1, DAY(2026, 12, 20), "Far", 'B');
	add_race(&h, 2, DAY(2026, 12, 6), "Not a window", 'C');
	assert_wakeup(&h, &cfg, AT(2026, 11, 23, 12, 0), AT(2026, 12, 17, 8, 0));
	/* Only the morning after: after a long run. */
	cfg = only(REMINDER_AFTER_RUN);
	add_run(&h, AT(2026, 11, 23, 9, 0), 30, 170, RUN_LONG);
	assert_wakeup(&h, &cfg, AT(2026, 11, 23, 12, 0), AT(2026, 11, 24, 8, 0));
	/* In quiet hours: their end, where whatever they hold comes. */
	cfg = only(REMINDER_CHECKIN);
	assert_wakeup(&h, &cfg, AT(2026, 11, 25, 23, 0), AT(2026, 11, 26, 8, 0));
	/* Everything off: nothing to wake for. */
	for (int i = 0; i < REMINDER_KIND_COUNT; i++)
		cfg.reminder_enabled[i] = false;
	assert_false(remind_next_wakeup(&h, &cfg, AT(2026, 11, 23, 12, 0), &got));
	history_clear(&h);
}

/* Whatever the time, the next wake-up is later, and a reminder due then
 * is not already due now: the daemon never spins. */
static void test_wakeup_always_ahead(void **state)
{
	struct history h = { 0 };
	struct config cfg = only(REMINDER_KIND_COUNT);

	cfg.checkin_minute = 22 * 60 + 30;
	cfg.quiet_start_minute = 21 * 60;
	cfg.quiet_end_minute = 6 * 60;
	add_race(&h, 1, DAY(2026, 11, 25), "Half", 'A');
	for (wtime t = AT(2026, 11, 22, 0, 0); t < AT(2026, 11, 27, 0, 0); t += 7 * 60) {
		wtime next;
		assert_true(remind_next_wakeup(&h, &cfg, t, &next));
		assert_true(next > t);
		assert_true(next - t <= SECONDS_PER_DAY);
	}
	history_clear(&h);
}

/* --- safe text ------------------------------------------------------------------------ */

static void assert_clean(const char *in, const char *expected)
{
	char *got = sanitize_text(in);

	assert_string_equal(got, expected);
	g_free(got);
}

static void test_clean_text(void **state)
{
	assert_clean("Montréal 21,1 km", "Montréal 21,1 km");
	assert_clean("red\033[31;1m text\033[0m", "red text");
	assert_clean("title\033]0;pwned\007 ok", "title ok");
	assert_clean("osc\033]8;;http://x\033\\link", "osclink");
	assert_clean("bell\a tab\t new\nline", "bell tab  new line");
	assert_clean("c1 \xc2\x9b" "2J csi", "c1  csi");
	assert_clean("bidi \xe2\x80\xae" "gnp.exe", "bidi gnp.exe");
	assert_clean("charset \033(Bok", "charset ok");
	assert_clean("cut \033[", "cut ");
	assert_clean("bad \xff utf8", "bad \xef\xbf\xbd utf8");
	assert_clean("<b>markup stays text</b> & co", "<b>markup stays text</b> & co");
}

/* --- snoozes ---------------------------------------------------------------- */

/* What the check-in reminder, snoozed until `until`, becomes at `now`. */
static enum remind_snooze_fate checkin_snooze(const struct history *h, const struct config *cfg,
					      wtime until, wtime now, wtime *at)
{
	size_t n, k = 99;
	struct reminder *r = remind_due(h, cfg, NULL, now, &n);
	enum remind_snooze_fate fate =
		remind_snooze_fate(r, n, cfg, "checkin:2026-11-23", until, now, &k, at);

	if (fate == SNOOZE_SEND) {
		assert_true(k < n);
		assert_string_equal(r[k].key, "checkin:2026-11-23");
	}
	reminders_free(r, n);
	return fate;
}

#define assert_fate(h, cfg, until, now, at, expected) \
	assert_int_equal(checkin_snooze((h), (cfg), (until), (now), (at)), (expected))

static void test_snooze_waits_then_sends(void **state)
{
	struct history h = { 0 };
	struct config cfg = only(REMINDER_CHECKIN);
	wtime at = 0;

	add_sore(&h, AT(2026, 11, 22, 20, 0), REGION_KNEE, SIDE_LEFT, 1);
	/* Snoozed at 19:05 until 20:05. */
	assert_fate(&h, &cfg, AT(2026, 11, 23, 20, 5), AT(2026, 11, 23, 19, 30), &at, SNOOZE_WAIT);
	assert_int_equal(at, AT(2026, 11, 23, 20, 5));
	assert_fate(&h, &cfg, AT(2026, 11, 23, 20, 5), AT(2026, 11, 23, 20, 5), &at, SNOOZE_SEND);
	/* The machine was off: shown when it comes back, while still due... */
	assert_fate(&h, &cfg, AT(2026, 11, 23, 20, 5), AT(2026, 11, 23, 21, 0), &at, SNOOZE_SEND);
	/* ...but not once its day is over. */
	assert_fate(&h, &cfg, AT(2026, 11, 23, 20, 5), AT(2026, 11, 24, 9, 0), &at, SNOOZE_DROP);
	history_clear(&h);
}

static void test_snooze_held_by_quiet_hours(void **state)
{
	struct history h = { 0 };
	struct config cfg = only(REMINDER_CHECKIN);
	wtime at = 0;

	add_sore(&h, AT(2026, 11, 22, 20, 0), REGION_KNEE, SIDE_LEFT, 1);
	/* Snoozed at 21:30: its hour ends in the quiet hours, which hold it
	 * past midnight; by their end its day is over: dropped, not sent. */
	assert_fate(&h, &cfg, AT(2026, 11, 23, 22, 30), AT(2026, 11, 23, 22, 30), &at, SNOOZE_WAIT);
	assert_int_equal(at, AT(2026, 11, 24, 8, 0));
	assert_fate(&h, &cfg, AT(2026, 11, 23, 22, 30), AT(2026, 11, 24, 8, 0), &at, SNOOZE_DROP);
	/* Quiet hours that end the same evening hold it until they end. */
	cfg.quiet_start_minute = 20 * 60;
	cfg.quiet_end_minute = 21 * 60;
	assert_fate(&h, &cfg, AT(2026, 11, 23, 19, 50), AT(2026, 11, 23, 20, 10), &at, SNOOZE_WAIT);
	assert_int_equal(at, AT(2026, 11, 23, 21, 0));
	assert_fate(&h, &cfg, AT(2026, 11, 23, 19, 50), AT(2026, 11, 23, 21, 0), &at, SNOOZE_SEND);
	history_clear(&h);
}

static void test_snooze_dropped_when_no_longer_due(void **state)
{
	struct history h = { 0 };
	struct config cfg = only(REMINDER_CHECKIN);
	struct config off = only(REMINDER_BOOKING);
	wtime at = 0;

	add_sore(&h, AT(2026, 11, 22, 20, 0), REGION_KNEE, SIDE_LEFT, 1);
	/* The kind turned off meanwhile. */
	assert_fate(&h, &off, AT(2026, 11, 23, 20, 5), AT(2026, 11, 23, 20, 5), &at, SNOOZE_DROP);
	/* Lapsed: the next day's check-in has taken over. */
	assert_fate(&h, &cfg, AT(2026, 11, 23, 20, 5), AT(2026, 11, 24, 19, 0), &at, SNOOZE_DROP);
	/* Done: the runner checked in during the hour. */
	add_run(&h, AT(2026, 11, 23, 19, 40), 8, 45, RUN_EASY);
	assert_fate(&h, &cfg, AT(2026, 11, 23, 20, 5), AT(2026, 11, 23, 20, 5), &at, SNOOZE_DROP);
	history_clear(&h);
}

static void test_snooze_keys(void **state)
{
	char *k = remind_snooze_key("race-window:3:2026-11-25", AT(2026, 11, 23, 20, 5));

	assert_string_equal(k, "snooze:2026-11-23T20:05:00|race-window:3:2026-11-25");
	assert_string_equal(remind_event_key(k), "race-window:3:2026-11-25");
	assert_string_equal(remind_event_key("checkin:2026-11-23"), "checkin:2026-11-23");
	/* Not a snooze key without its bar. */
	assert_string_equal(remind_event_key("snooze:odd"), "snooze:odd");
	g_free(k);
}

/* Every kind has its "due" and its "next wake-up" in the table, and each,
 * alone enabled, wakes the daemon for something it would send: a kind
 * added without its wake-up would be sent only when another kind woke
 * the daemon. */
/* --- the evening self-care reminder ------------------------------------- */

/* Off by default; at its time, the plan's first item, once a day; quiet
 * hours hold it, and it lapses at midnight; nothing without a plan. */
static void test_selfcare_reminder(void **state)
{
	struct history h = { 0 };
	struct config cfg = only(REMINDER_SELFCARE);
	struct reminder *r;
	size_t n;
	wtime at;

	(void)state;
	add_run(&h, AT(2026, 11, 22, 8, 0), 10, 45, RUN_TEMPO);
	add_sore(&h, AT(2026, 11, 23, 18, 0), REGION_CALF, SIDE_RIGHT, 5);
	/* Off unless a time is set. */
	assert_due(&h, &cfg, NULL, AT(2026, 11, 23, 21, 0), "");
	assert_false(remind_next_wakeup(&h, &cfg, AT(2026, 11, 23, 12, 0), &at));

	cfg.selfcare_minute = 21 * 60;
	assert_due(&h, &cfg, NULL, AT(2026, 11, 23, 20, 59), "");
	assert_true(remind_next_wakeup(&h, &cfg, AT(2026, 11, 23, 12, 0), &at));
	assert_int_equal(at, AT(2026, 11, 23, 21, 0));
	r = the_one(&h, &cfg, NULL, AT(2026, 11, 23, 21, 0), &n);
	assert_string_equal(r[0].key, "selfcare:2026-11-23:compress");
	assert_string_equal(r[0].title, "Tonight's self-care");
	assert_non_null(strstr(r[0].body, "Compress: compression socks"));
	reminders_free(r, n);
	/* The same key all evening: sent once (the store keeps the key). */
	r = the_one(&h, &cfg, NULL, AT(2026, 11, 23, 21, 40), &n);
	assert_string_equal(r[0].key, "selfcare:2026-11-23:compress");
	reminders_free(r, n);

	/* Inside quiet hours (22:00-08:00): held, and gone by morning. */
	cfg.selfcare_minute = 23 * 60;
	assert_due(&h, &cfg, NULL, AT(2026, 11, 23, 23, 0), "");
	assert_due(&h, &cfg, NULL, AT(2026, 11, 24, 8, 0), "");
	assert_false(remind_next_wakeup(&h, &cfg, AT(2026, 11, 23, 12, 0), &at));

	/* Nothing sore, nothing hard: no plan, no reminder. */
	history_clear(&h);
	h = (struct history){ 0 };
	cfg.selfcare_minute = 21 * 60;
	assert_due(&h, &cfg, NULL, AT(2026, 11, 23, 21, 0), "");
}

static void test_every_kind_has_due_and_wakeup(void **state)
{
	struct history h = { 0 };
	wtime now = AT(2026, 11, 23, 12, 0);

	add_race(&h, 1, wtime_day(now) + 20, "Marathon", 'A');
	for (int k = 0; k < REMINDER_KIND_COUNT; k++) {
		struct config cfg = only((enum reminder_kind)k);
		size_t n;
		struct reminder *r;
		wtime at;

		/* The self-care reminder has no time unless one is set. */
		if (k == REMINDER_SELFCARE)
			cfg.selfcare_minute = 21 * 60;
		assert_non_null(remind_kinds[k].due);
		assert_non_null(remind_kinds[k].wakeup);
		assert_true(remind_next_wakeup(&h, &cfg, now, &at));
		assert_true(at > now);
		/* Disabled, a kind is neither due nor woken up for. */
		cfg.reminder_enabled[k] = false;
		assert_false(remind_next_wakeup(&h, &cfg, now, &at));
		r = remind_due(&h, &cfg, NULL, now, &n);
		assert_int_equal(n, 0);
		reminders_free(r, n);
	}
	history_clear(&h);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_quiet_across_midnight),
		cmocka_unit_test(test_quiet_within_day_and_none),
		cmocka_unit_test(test_checkin_at_its_time),
		cmocka_unit_test(test_checkin_not_when_logged),
		cmocka_unit_test(test_checkin_held_past_midnight),
		cmocka_unit_test(test_disabled_kinds),
		cmocka_unit_test(test_booking_due_and_overdue),
		cmocka_unit_test(test_booked_session_the_day_before),
		cmocka_unit_test(test_booking_names_therapist_and_not_when_booked),
		cmocka_unit_test(test_race_window),
		cmocka_unit_test(test_after_long_run),
		cmocka_unit_test(test_after_run_relative_to_the_runner),
		cmocka_unit_test(test_after_race),
		cmocka_unit_test(test_professional_once_per_spell),
		cmocka_unit_test(test_next_wakeup),
		cmocka_unit_test(test_wakeup_always_ahead),
		cmocka_unit_test(test_clean_text),
		cmocka_unit_test(test_snooze_waits_then_sends),
		cmocka_unit_test(test_snooze_held_by_quiet_hours),
		cmocka_unit_test(test_snooze_dropped_when_no_longer_due),
		cmocka_unit_test(test_snooze_keys),
		cmocka_unit_test(test_selfcare_reminder),
		cmocka_unit_test(test_every_kind_has_due_and_wakeup),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_remind_send.c - the delivery protocol of reminders (remind/send.h)
 * with a fake sender: sent once, a failed send given back and tried again,
 * snoozes held until their time, and no write lock across a send. */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>
#include <sqlite3.h>
#include "core/clock.h"
#include "core/error.h"
#include "core/remind/send.h"
#include "testutil.h"

#define AT(h, mi) wtime_make(2026, 11, 23, (h), (mi), 0)
#define CHECKIN_KEY "checkin:2026-11-23"

/* A sender that records what it was asked to show, can be told to fail,
 * and checks, while it shows, that another connection could write. */
struct fake_sender {
	const char *db_path;
	GPtrArray *shown; /* keys, in order */
	int fail_next;	  /* sends to refuse */
	bool fail_open;
	int opened;
	bool write_locked; /* a send found the database write-locked */
};

static bool fake_open(void *data, GError **err)
{
	struct fake_sender *f = data;

	f->opened++;
	if (!f->fail_open)
		return true;
	g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED, "no desktop");
	return false;
}

static bool other_connection_can_write(const char *path)
{
	sqlite3 *db;
	bool ok;

	if (sqlite3_open(path, &db) != SQLITE_OK)
		return false;
	sqlite3_busy_timeout(db, 0);
	ok = sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL) == SQLITE_OK;
	sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
	sqlite3_close(db);
	return ok;
}

static bool fake_show(void *data, const struct reminder *r, GError **err)
{
	struct fake_sender *f = data;

	if (f->db_path && !other_connection_can_write(f->db_path))
		f->write_locked = true;
	if (f->fail_next > 0) {
		f->fail_next--;
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED, "the server did not answer");
		return false;
	}
	g_ptr_array_add(f->shown, g_strdup(r->key));
	return true;
}

struct fixture {
	struct temp_store *db;
	struct config cfg;
	struct fake_sender fake;
	struct remind_sender sender;
};

static int setup(void **state)
{
	struct fixture *f = g_new0(struct fixture, 1);

	f->db = temp_store_open("knead-remind-send-XXXXXX");
	/* Only the check-in: one reminder, due from 19:00, quiet 22:00-08:00. */
	config_init_defaults(&f->cfg);
	for (int k = 0; k < REMINDER_KIND_COUNT; k++)
		f->cfg.reminder_enabled[k] = k == REMINDER_CHECKIN;
	f->fake.db_path = f->db->path;
	f->fake.shown = g_ptr_array_new_with_free_func(g_free);
	f->sender = (struct remind_sender){ .open = fake_open, .show = fake_show, .data = &f->fake };
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;

	assert_false(f->fake.write_locked);
	g_ptr_array_free(f->fake.shown, TRUE);
	temp_store_close(f->db);
	g_free(f);
	return 0;
}

/* One pass at `now` through `st`; its success, and when a snooze comes next. */
static bool pass_on(struct fixture *f, struct store *st, wtime now, bool *has_next,
		    wtime *next)
{
	struct remind_plan p;
	GError *err = NULL;
	bool ok;

	*has_next = false;
	assert_true(remind_plan_make(st, &f->cfg, now, &p, &err));
	ok = remind_send_pass(st, &f->cfg, &p, now, &f->sender, has_next, next, &err);
	assert_true(ok == (err == NULL));
	g_clear_error(&err);
	remind_plan_clear(&p);
	return ok;
}

static bool pass(struct fixture *f, wtime now)
{
	bool has_next;
	wtime next;

	return pass_on(f, f->db->st, now, &has_next, &next);
}

/* How many reminders are snoozed. */
static size_t snoozed_count(struct store *st)
{
	char **keys;
	wtime *until;
	size_t n;

	assert_true(store_snoozes_list(st, &keys, &until, &n, NULL));
	for (size_t i = 0; i < n; i++)
		g_free(keys[i]);
	g_free(keys);
	g_free(until);
	return n;
}

static void delivered_once(void **state)
{
	struct fixture *f = *state;
	struct store *other;

	assert_true(pass(f, AT(18, 59)));
	assert_int_equal(f->fake.shown->len, 0);
	assert_true(pass(f, AT(19, 5)));
	assert_int_equal(f->fake.shown->len, 1);
	assert_string_equal(g_ptr_array_index(f->fake.shown, 0), CHECKIN_KEY);
	assert_true(remind_was_sent(f->db->st, CHECKIN_KEY));
	/* Again later, and from another connection (a second knead remind). */
	assert_true(pass(f, AT(19, 30)));
	other = store_open(f->db->path, NULL);
	assert_non_null(other);
	{
		bool has_next;
		wtime next;
		assert_true(pass_on(f, other, AT(19, 31), &has_next, &next));
	}
	store_close(other);
	assert_int_equal(f->fake.shown->len, 1);
}

static void failed_send_is_given_back(void **state)
{
	struct fixture *f = *state;

	f->fake.fail_next = 1;
	assert_false(pass(f, AT(19, 5)));
	assert_int_equal(f->fake.shown->len, 0);
	assert_false(remind_was_sent(f->db->st, CHECKIN_KEY));
	assert_false(store_in_transaction(f->db->st));
	/* The next pass tries again, and sends it. */
	assert_true(pass(f, AT(19, 10)));
	assert_int_equal(f->fake.shown->len, 1);
	assert_true(remind_was_sent(f->db->st, CHECKIN_KEY));
}

/* No sender ready (no desktop): nothing is claimed, nothing shown. */
static void unready_sender_claims_nothing(void **state)
{
	struct fixture *f = *state;

	f->fake.fail_open = true;
	assert_false(pass(f, AT(19, 5)));
	assert_int_equal(f->fake.opened, 1);
	assert_false(remind_was_sent(f->db->st, CHECKIN_KEY));
	/* With nothing due the sender is not even asked. */
	assert_true(pass(f, AT(18, 0)));
	assert_int_equal(f->fake.opened, 1);
}

static void snooze_holds_until_its_time(void **state)
{
	struct fixture *f = *state;
	GError *err = NULL;
	bool has_next;
	wtime until, next;
	char *again;

	assert_true(pass(f, AT(19, 5)));
	assert_true(remind_snooze(f->db->st, &f->cfg, CHECKIN_KEY, AT(19, 6), &until, &err));
	assert_int_equal(until, AT(20, 6));
	assert_true(pass_on(f, f->db->st, AT(19, 30), &has_next, &next));
	assert_int_equal(f->fake.shown->len, 1);
	assert_true(has_next);
	assert_int_equal(next, until);
	/* Its time: shown again, once, under its snooze key. */
	assert_true(pass_on(f, f->db->st, AT(20, 6), &has_next, &next));
	assert_false(has_next);
	assert_int_equal(f->fake.shown->len, 2);
	again = remind_snooze_key(CHECKIN_KEY, until);
	assert_string_equal(g_ptr_array_index(f->fake.shown, 1), again);
	assert_string_equal(remind_event_key(again), CHECKIN_KEY);
	assert_true(pass(f, AT(20, 30)));
	assert_int_equal(f->fake.shown->len, 2);
	/* Snoozing the snoozed one snoozes the check-in again. */
	assert_true(remind_snooze(f->db->st, &f->cfg, again, AT(20, 31), &until, &err));
	assert_true(pass(f, AT(21, 31)));
	assert_int_equal(f->fake.shown->len, 3);
	assert_string_equal(remind_event_key(g_ptr_array_index(f->fake.shown, 2)), CHECKIN_KEY);
	g_free(again);
}

/* Snoozed into the quiet hours: it waits for their end, then is dropped
 * (a check-in lapses with its day). */
static void snooze_waits_out_quiet_hours(void **state)
{
	struct fixture *f = *state;
	GError *err = NULL;
	bool has_next;
	wtime until, next;

	assert_true(pass(f, AT(21, 30)));
	assert_true(remind_snooze(f->db->st, &f->cfg, CHECKIN_KEY, AT(21, 31), &until, &err));
	assert_int_equal(until, wtime_make(2026, 11, 24, 8, 0, 0));
	assert_true(pass_on(f, f->db->st, AT(23, 0), &has_next, &next));
	assert_true(has_next);
	assert_int_equal(next, until);
	assert_true(pass_on(f, f->db->st, until, &has_next, &next));
	assert_false(has_next);
	assert_int_equal(f->fake.shown->len, 1);
}

/* A failed send of a snoozed reminder keeps the snooze for the next pass. */
static void failed_snooze_is_retried(void **state)
{
	struct fixture *f = *state;
	GError *err = NULL;
	wtime until;

	assert_true(pass(f, AT(19, 5)));
	assert_true(remind_snooze(f->db->st, &f->cfg, CHECKIN_KEY, AT(19, 6), &until, &err));
	f->fake.fail_next = 1;
	assert_false(pass(f, AT(20, 10)));
	assert_int_equal(f->fake.shown->len, 1);
	assert_int_equal(snoozed_count(f->db->st), 1);
	assert_true(pass(f, AT(20, 15)));
	assert_int_equal(f->fake.shown->len, 2);
	assert_int_equal(snoozed_count(f->db->st), 0);
}

/* Done in the meantime: the snooze ends quietly. */
static void snooze_of_done_reminder_is_dropped(void **state)
{
	struct fixture *f = *state;
	struct run run = { .start = AT(19, 20), .distance_m = 8000, .duration_s = 2700,
			   .kind = RUN_EASY, .elevation_m = -1, .source = SOURCE_MANUAL };
	GError *err = NULL;
	wtime until;

	assert_true(pass(f, AT(19, 5)));
	assert_true(remind_snooze(f->db->st, &f->cfg, CHECKIN_KEY, AT(19, 6), &until, &err));
	assert_int_equal(snoozed_count(f->db->st), 1);
	assert_true(store_run_add(f->db->st, &run, NULL, &err));
	assert_true(pass(f, AT(20, 10)));
	assert_int_equal(f->fake.shown->len, 1);
	assert_int_equal(snoozed_count(f->db->st), 0);
}

/* A dry run shows what is due and writes nothing; no database at all is
 * nothing logged. */
static void dry_run_writes_nothing(void **state)
{
	struct fixture *f = *state;
	bool has_next;
	wtime next;

	f->sender.dry_run = true;
	f->sender.open = NULL;
	assert_true(pass(f, AT(19, 5)));
	assert_int_equal(f->fake.shown->len, 1);
	assert_false(remind_was_sent(f->db->st, CHECKIN_KEY));
	assert_true(pass_on(f, NULL, AT(19, 5), &has_next, &next));
	assert_int_equal(f->fake.shown->len, 2);
}

/* Several reminders shown as one: each key claimed, one show; a failed
 * show gives every claim back; what another run claimed is left out. */
static bool fake_show_merged(void *data, const struct reminder *rs, size_t n, GError **err)
{
	struct fake_sender *f = data;
	GString *keys = g_string_new(NULL);

	if (f->fail_next > 0) {
		f->fail_next--;
		g_string_free(keys, TRUE);
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED, "the server did not answer");
		return false;
	}
	for (size_t i = 0; i < n; i++)
		g_string_append_printf(keys, "%s%s", i ? "+" : "", rs[i].key);
	g_ptr_array_add(f->shown, g_string_free(keys, FALSE));
	return true;
}

static void merged_delivery(void **state)
{
	struct fixture *f = *state;
	struct reminder rs[2] = {
		{ .kind = REMINDER_BOOKING, .key = "booking-due:2026-11-30", .title = "Book",
		  .body = "b" },
		{ .kind = REMINDER_AFTER_RUN, .key = "after-run:7", .title = "After", .body = "a" },
	};
	struct reminder third = { .kind = REMINDER_BOOKING, .key = "booking-overdue:2026-11-01",
				  .title = "Overdue", .body = "o" };
	struct reminder again[2] = { rs[1], third };
	wtime now = wtime_make(2026, 11, 30, 12, 0, 0);
	GError *err = NULL;

	f->sender.show_merged = fake_show_merged;
	f->fake.fail_next = 1;
	assert_false(remind_deliver_merged(f->db->st, &f->sender, rs, 2, now, &err));
	g_clear_error(&err);
	assert_false(remind_was_sent(f->db->st, rs[0].key));
	assert_false(remind_was_sent(f->db->st, rs[1].key));
	assert_int_equal(f->fake.shown->len, 0);

	assert_true(remind_deliver_merged(f->db->st, &f->sender, rs, 2, now, &err));
	assert_int_equal(f->fake.shown->len, 1);
	assert_string_equal(g_ptr_array_index(f->fake.shown, 0),
			    "booking-due:2026-11-30+after-run:7");
	assert_true(remind_was_sent(f->db->st, rs[0].key));
	assert_true(remind_was_sent(f->db->st, rs[1].key));

	/* Sent already: nothing shown again; a new one with it is shown alone. */
	assert_true(remind_deliver_merged(f->db->st, &f->sender, rs, 2, now, &err));
	assert_int_equal(f->fake.shown->len, 1);
	assert_true(remind_deliver_merged(f->db->st, &f->sender, again, 2, now, &err));
	assert_int_equal(f->fake.shown->len, 2);
	assert_string_equal(g_ptr_array_index(f->fake.shown, 1), third.key);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(delivered_once, setup, teardown),
		cmocka_unit_test_setup_teardown(merged_delivery, setup, teardown),
		cmocka_unit_test_setup_teardown(failed_send_is_given_back, setup, teardown),
		cmocka_unit_test_setup_teardown(unready_sender_claims_nothing, setup, teardown),
		cmocka_unit_test_setup_teardown(snooze_holds_until_its_time, setup, teardown),
		cmocka_unit_test_setup_teardown(snooze_waits_out_quiet_hours, setup, teardown),
		cmocka_unit_test_setup_teardown(failed_snooze_is_retried, setup, teardown),
		cmocka_unit_test_setup_teardown(snooze_of_done_reminder_is_dropped, setup, teardown),
		cmocka_unit_test_setup_teardown(dry_run_writes_nothing, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

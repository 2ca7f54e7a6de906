/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_followup.c - what a reminder offers: its screen, urgency, category,
 * booking address and typing hint; [therapist] booking_url validated; the
 * command "Open knead" runs from the desktop file; spreadsheet-safe text. */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>
#include <glib.h>
#include <glib/gstdio.h>
#include "core/error.h"
#include "core/remind/followup.h"
#include "core/settings.h"
#include "core/spreadsheet.h"

static struct reminder make(enum reminder_kind kind, const char *key)
{
	return (struct reminder){ .kind = kind, .key = (char *)key };
}

static void test_screens_and_urgency(void **state)
{
	struct reminder checkin = make(REMINDER_CHECKIN, "checkin:2026-11-23");
	struct reminder due = make(REMINDER_BOOKING, "booking-due:2026-11-29");
	struct reminder overdue = make(REMINDER_BOOKING, "booking-overdue:2026-11-01");
	struct reminder snoozed = make(REMINDER_BOOKING, "snooze:2026-11-30T13:00|booking-overdue:2026-11-01");
	struct reminder race = make(REMINDER_RACE, "race-window:1:2026-11-29");
	struct reminder after = make(REMINDER_AFTER_RUN, "after-run:4");
	struct reminder pro = make(REMINDER_PROFESSIONAL, "professional:calf:left:2026-11-20");

	(void)state;
	assert_string_equal(followup_screen(&checkin), "checkin");
	assert_string_equal(followup_screen(&race), "races");
	assert_string_equal(followup_screen(&due), "today");
	assert_true(followup_offers_log(&after));
	assert_false(followup_offers_log(&checkin));
	assert_int_equal(followup_urgency(&pro), FOLLOWUP_CRITICAL);
	assert_int_equal(followup_urgency(&overdue), FOLLOWUP_NORMAL);
	assert_int_equal(followup_urgency(&snoozed), FOLLOWUP_NORMAL);
	assert_int_equal(followup_urgency(&race), FOLLOWUP_NORMAL);
	assert_int_equal(followup_urgency(&checkin), FOLLOWUP_NORMAL);
	assert_int_equal(followup_urgency(&due), FOLLOWUP_LOW);
	assert_int_equal(followup_urgency(&after), FOLLOWUP_LOW);
	assert_string_equal(followup_category(&pro), "x-knead.professional");
	assert_string_equal(followup_category(&after), "x-knead.after-run");
}

/* Booking prompts and the morning after a run are one subject; the merged
 * notification leads with the most urgent, the others in its body. */
static void test_subject_and_merge(void **state)
{
	struct reminder rs[3] = {
		{ .kind = REMINDER_AFTER_RUN, .key = "after-run:4", .title = "After", .body = "a." },
		{ .kind = REMINDER_BOOKING, .key = "booking-overdue:2026-11-01", .title = "Overdue",
		  .body = "o." },
		{ .kind = REMINDER_BOOKING, .key = "booking-due:2026-11-30", .title = "Due",
		  .body = "d." },
	};
	struct reminder race = make(REMINDER_RACE, "race-window:1:2026-11-29");
	char *title, *body;

	(void)state;
	assert_string_equal(followup_subject(&rs[0]), "booking");
	assert_string_equal(followup_subject(&rs[1]), "booking");
	assert_null(followup_subject(&race));
	followup_merge(rs, 3, &title, &body);
	assert_string_equal(title, "Overdue");
	assert_string_equal(body, "o.\nAfter: a.\nDue: d.");
	g_free(title);
	g_free(body);
	followup_merge(rs, 1, &title, &body);
	assert_string_equal(title, "After");
	assert_string_equal(body, "a.");
	g_free(title);
	g_free(body);
}

static void test_booking_uri(void **state)
{
	struct reminder due = make(REMINDER_BOOKING, "booking-due:2026-11-29");
	struct reminder race = make(REMINDER_RACE, "race-window:1:2026-11-29");
	struct config cfg;
	char *uri;

	(void)state;
	config_init_defaults(&cfg);
	assert_null(followup_booking_uri(&due, &cfg));
	cfg.therapist_phone = g_strdup("+1 (514) 555-0100");
	uri = followup_booking_uri(&due, &cfg);
	assert_string_equal(uri, "tel:+1-514-555-0100");
	g_free(uri);
	cfg.therapist_email = g_strdup("marie+rdv@example.org");
	uri = followup_booking_uri(&due, &cfg);
	assert_string_equal(uri, "mailto:marie+rdv@example.org");
	g_free(uri);
	cfg.therapist_booking_url = g_strdup("https://book.example.org/marie");
	uri = followup_booking_uri(&due, &cfg);
	assert_string_equal(uri, "https://book.example.org/marie");
	g_free(uri);
	assert_null(followup_booking_uri(&race, &cfg));
	config_clear(&cfg);
	cfg.therapist_phone = g_strdup("ask at the desk");
	assert_null(followup_booking_uri(&due, &cfg));
	config_clear(&cfg);
}

static void test_hints(void **state)
{
	struct reminder checkin = make(REMINDER_CHECKIN, "checkin:2026-11-23");
	struct reminder due = make(REMINDER_BOOKING, "booking-due:2026-11-29");
	struct reminder after = make(REMINDER_AFTER_RUN, "after-run:4");
	struct config cfg;
	char *hint;

	(void)state;
	config_init_defaults(&cfg);
	assert_null(followup_hint(&checkin, &cfg)); /* its body says it */
	hint = followup_hint(&after, &cfg);
	assert_non_null(strstr(hint, "knead --screen checkin"));
	g_free(hint);
	hint = followup_hint(&due, &cfg);
	assert_string_equal(hint, "knead next has the details.");
	g_free(hint);
	cfg.therapist_booking_url = g_strdup("https://book.example.org/");
	hint = followup_hint(&due, &cfg);
	assert_non_null(strstr(hint, "https://book.example.org/"));
	g_free(hint);
	config_clear(&cfg);
}

static void test_booking_url_validated(void **state)
{
	static const char *const good[] = { "https://book.example.org/a?b=c", "http://x.example/",
					    "mailto:marie@example.org", "tel:+1-514-555-0100" };
	static const char *const bad[] = { "book.example.org", "javascript:alert(1)",
					   "file:///etc/passwd", "https://exa mple.org/" };
	char *dir = g_dir_make_tmp("knead-followup-XXXXXX", NULL);
	char *path = g_build_filename(dir, "config.ini", NULL);

	(void)state;
	for (size_t i = 0; i < G_N_ELEMENTS(good) + G_N_ELEMENTS(bad); i++) {
		bool want = i < G_N_ELEMENTS(good);
		const char *url = want ? good[i] : bad[i - G_N_ELEMENTS(good)];
		char *text = g_strdup_printf("[therapist]\nbooking_url = %s\n", url);
		struct config cfg;
		GError *err = NULL;

		g_file_set_contents(path, text, -1, NULL);
		config_init_defaults(&cfg);
		assert_int_equal(config_load(&cfg, path, &err), want);
		if (want) {
			assert_string_equal(cfg.therapist_booking_url, url);
		} else {
			assert_true(g_error_matches(err, KNEAD_ERROR, KNEAD_ERROR_INVALID));
			assert_non_null(strstr(err->message, "booking_url"));
			g_error_free(err);
		}
		config_clear(&cfg);
		g_free(text);
	}
	g_unlink(path);
	g_rmdir(dir);
	g_free(path);
	g_free(dir);
}

static void test_launch_argv(void **state)
{
	char *dir = g_dir_make_tmp("knead-followup-XXXXXX", NULL);
	char *desktop = g_build_filename(dir, "knead.desktop", NULL);
	GError *err = NULL;
	char **argv;
	char *line;

	(void)state;
	g_file_set_contents(desktop,
			    "[Desktop Entry]\nType=Application\nName=knead\nExec=knead\n"
			    "Terminal=true\nActions=checkin;\n\n[Desktop Action checkin]\n"
			    "Name=Check In\nExec=knead --screen checkin\n",
			    -1, NULL);
	argv = followup_launch_argv(desktop, "checkin", "my-term --title 'k n' -e", "/opt/k/knead",
				    "/d/k.db", NULL, &err);
	line = g_strjoinv("|", argv);
	assert_string_equal(line, "my-term|--title|k n|-e|/opt/k/knead|--screen|checkin|--db|/d/k.db");
	g_free(line);
	g_strfreev(argv);
	argv = followup_launch_argv(desktop, "today", "xterm -e", "knead", NULL, "/c.ini", &err);
	line = g_strjoinv("|", argv);
	assert_string_equal(line, "xterm|-e|knead|--config|/c.ini");
	g_free(line);
	g_strfreev(argv);
	assert_null(followup_launch_argv(desktop, "history", "xterm -e", "knead", NULL, NULL, &err));
	assert_true(g_error_matches(err, KNEAD_ERROR, KNEAD_ERROR_FAILED));
	g_clear_error(&err);
	g_unlink(desktop);
	g_rmdir(dir);
	g_free(desktop);
	g_free(dir);
}

static void test_spreadsheet_text(void **state)
{
	static const char *const cases[][2] = {
		{ "=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")" }, { "+1 2", "'+1 2" },
		{ "-3", "'-3" }, { "@SUM(A1)", "'@SUM(A1)" }, { "\tx", "'\tx" },
		/* A CR would rewrite a terminal's line: a space, the guard kept. */
		{ "\rx", "' x" }, { "plain = text", "plain = text" }, { "", "" },
		{ "'already", "'already" },
		/* No escape sequence reaches the file (OSC 52, CSI), whatever
		 * it hid; the text around it stays. */
		{ "\033]52;c;cm0gLXJm\007ok", "ok" }, { "\033[0m=1+2", "'=1+2" },
		{ "a\tb\nc", "a\tb\nc" },
	};

	(void)state;
	for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
		char *out = spreadsheet_text(cases[i][0]);
		assert_string_equal(out, cases[i][1]);
		g_free(out);
	}
	assert_null(spreadsheet_text(NULL));
	assert_false(spreadsheet_is_formula(NULL));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_screens_and_urgency),
		cmocka_unit_test(test_subject_and_merge),
		cmocka_unit_test(test_booking_uri),
		cmocka_unit_test(test_hints),
		cmocka_unit_test(test_booking_url_validated),
		cmocka_unit_test(test_launch_argv),
		cmocka_unit_test(test_spreadsheet_text),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

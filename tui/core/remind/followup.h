/* SPDX-License-Identifier: GPL-3.0-or-later */
/* followup.h - what a reminder lets the runner do next.
 *
 * A notification offers actions where the server shows them ("Open knead"
 * on the screen that answers it, "Book", "Log it"); where it cannot, its
 * body says what to type instead.  Both come from here, so that they say
 * the same thing.  Pure functions of the reminder and the settings. */
#ifndef KNEAD_FOLLOWUP_H
#define KNEAD_FOLLOWUP_H

#include "core/remind/remind.h"
#include "core/settings.h"

enum followup_urgency {
	FOLLOWUP_LOW,
	FOLLOWUP_NORMAL,
	FOLLOWUP_CRITICAL,
};

/* The screen of the interface that answers the reminder ("checkin",
 * "today", "races": knead --screen NAME). */
const char *followup_screen(const struct reminder *r);

/* Whether the reminder asks for a check-in after a run ("Log it"). */
bool followup_offers_log(const struct reminder *r);

/* How pressing the reminder is: flagged pain is critical; an overdue
 * booking, a race window and the check-in are normal; the rest low. */
enum followup_urgency followup_urgency(const struct reminder *r);

/* The notification category, "x-knead.KIND". */
const char *followup_category(const struct reminder *r);

/* What the reminder is about, or NULL for a subject of its own: reminders
 * of one subject that fire together are shown as one notification.  A
 * booking reminder and the morning after a run (which says whether to book
 * a flush) are both about booking ("booking"). */
const char *followup_subject(const struct reminder *r);

/* One notification for n reminders of one subject: the title of the most
 * pressing one (the first of the most urgent), and a body made of its body
 * then, one a line, each other's "Title: body".  g_free() both. */
void followup_merge(const struct reminder *rs, size_t n, char **title, char **body);

/* Where "Book" goes for a booking reminder: [therapist] booking_url, else
 * mailto: the e-mail address, else tel: the phone number; NULL when the
 * reminder is not about booking or there is no way to book.  g_free() it. */
char *followup_booking_uri(const struct reminder *r, const struct config *cfg);

/* For a server without actions (or a run that cannot wait for them): one
 * translated sentence saying what to type, or NULL when the body already
 * says it.  g_free() it. */
char *followup_hint(const struct reminder *r, const struct config *cfg);

/* The command that opens `screen` in a terminal, through the desktop file:
 * the Exec of its "Desktop Action SCREEN" (the main entry's for "today"),
 * its program replaced by `knead` (the binary to run), --db and --config
 * added, all after `terminal` (e.g. "x-terminal-emulator -e").  NULL with
 * *err when the file or the entry cannot be read.  g_strfreev() it. */
char **followup_launch_argv(const char *desktop_file, const char *screen, const char *terminal,
			    const char *knead, const char *db, const char *config, GError **err);

#endif

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* brief_send.h - the brief sent where the runner books: a new message to the
 * therapist's address in the desktop's mail composer (xdg-email), or,
 * with a booking page and no address, the brief saved in a file for the
 * runner to add there.  knead brief --mail and the reminders' "Book"
 * action go through here. */
#ifndef KNEAD_BRIEF_SEND_H
#define KNEAD_BRIEF_SEND_H

#include <glib.h>
#include <stdbool.h>
#include "core/brief/brief.h"
#include "core/settings.h"

enum brief_sent { BRIEF_SENT_MAIL, BRIEF_SENT_FILE };

struct brief_send {
	enum brief_sent how;
	char *file; /* BRIEF_SENT_FILE: where the brief is */
};

/* Where a brief is saved when no file is given: $XDG_DATA_HOME/knead/
 * brief.txt, brief.md or brief.html by format.  g_free(). */
char *brief_default_file(enum brief_format fmt);

/* Writes `data` to `file` atomically with mode 0600, making the directory
 * of brief_default_file() when that is where it goes. */
bool brief_save(const char *file, const char *data, GError **err);

/* With [therapist] email: runs xdg-email with `subject` and `text` as the
 * body, addressed to the therapist.  Else with [therapist] booking_url:
 * writes `text` with brief_save() to `file` (NULL: the text brief's
 * brief_default_file()).
 * Neither set, or xdg-email missing or failing: KNEAD_ERROR_FAILED. */
bool brief_send(const struct config *cfg, const char *subject, const char *text, const char *file,
		struct brief_send *out, GError **err);
void brief_send_clear(struct brief_send *s);

#endif

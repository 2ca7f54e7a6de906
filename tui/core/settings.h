/* SPDX-License-Identifier: GPL-3.0-or-later */
/* settings.h - the runner's settings, $XDG_CONFIG_HOME/knead/config.ini.
 *
 * [general]   units = km | mi
 * [therapist] name, phone, email, booking_url (http(s), mailto: or tel:, for
 *             the reminders' "Book" action)
 * [reminders] checkin = 19:00, quiet_start = 22:00, quiet_end = 08:00,
 *             checkin_enabled, booking_enabled, race_enabled,
 *             after_run_enabled, professional_enabled = true | false
 */
#ifndef KNEAD_SETTINGS_H
#define KNEAD_SETTINGS_H

#include <glib.h>
#include <stdbool.h>
#include "parse.h"

enum reminder_kind {
	REMINDER_CHECKIN,
	REMINDER_BOOKING,
	REMINDER_RACE,
	REMINDER_AFTER_RUN,
	REMINDER_PROFESSIONAL,
	REMINDER_KIND_COUNT
};

struct config {
	enum unit units;
	char *therapist_name;
	char *therapist_phone;
	char *therapist_email;
	char *therapist_booking_url; /* http(s), mailto: or tel: (validated) */
	int checkin_minute;	/* minutes after midnight */
	int quiet_start_minute; /* quiet hours; start == end means none */
	int quiet_end_minute;
	bool reminder_enabled[REMINDER_KIND_COUNT];
};

const char *reminder_kind_id(enum reminder_kind k); /* "checkin", ... */

/* The default path: $XDG_CONFIG_HOME/knead/config.ini.  g_free() it. */
char *config_default_path(void);

void config_init_defaults(struct config *cfg);
/* Loads `path` over the defaults; a missing file is not an error, a
 * malformed one is (KNEAD_ERROR_INVALID naming the key and value). */
bool config_load(struct config *cfg, const char *path, GError **err);
/* Writes every setting to `path` atomically (directory 0700, file 0600). */
bool config_save(const struct config *cfg, const char *path, GError **err);
void config_clear(struct config *cfg);

#endif

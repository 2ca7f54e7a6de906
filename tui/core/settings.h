/* SPDX-License-Identifier: GPL-3.0-or-later */
/* settings.h - the runner's settings, $XDG_CONFIG_HOME/knead/config.ini.
 *
 * [general]   units = km | mi
 * [therapist] name, phone, email, booking_url (http(s), mailto: or tel:, for
 *             the reminders' "Book" action), note (the runner's note in the
 *             therapist's brief), lang = en | fr (the brief's language;
 *             unset: the runner's)
 * [reminders] checkin = 19:00, quiet_start = 22:00, quiet_end = 08:00,
 *             selfcare = HH:MM | off (the evening self-care reminder; off
 *             unless set), checkin_enabled, booking_enabled, race_enabled,
 *             after_run_enabled, professional_enabled,
 *             selfcare_enabled = true | false
 * [runner]    max_hr = 120..230, resting_hr = 30..110 (beats per minute,
 *             max at least 30 above resting; unset: estimated, see load.h)
 */
#ifndef KNEAD_SETTINGS_H
#define KNEAD_SETTINGS_H

#include <glib.h>
#include <stdbool.h>
#include "core/parse.h"

enum reminder_kind {
	REMINDER_CHECKIN,
	REMINDER_BOOKING,
	REMINDER_RACE,
	REMINDER_AFTER_RUN,
	REMINDER_PROFESSIONAL,
	REMINDER_SELFCARE,
	REMINDER_KIND_COUNT
};

struct config {
	enum unit units;
	char *therapist_name;
	char *therapist_phone;
	char *therapist_email;
	char *therapist_booking_url; /* http(s), mailto: or tel: (validated) */
	char *therapist_note;	     /* the runner's note in the brief */
	char *therapist_lang;	     /* "en", "fr" or NULL: the brief's language */
	int checkin_minute;	/* minutes after midnight */
	int quiet_start_minute; /* quiet hours; start == end means none */
	int quiet_end_minute;
	int selfcare_minute;	/* the self-care reminder; -1: off (the default) */
	bool reminder_enabled[REMINDER_KIND_COUNT];
	int max_hr;	/* 0: not set */
	int resting_hr; /* 0: not set */
};

/* What [runner] accepts, in beats per minute (the load model keeps an
 * estimated profile within the same reserve). */
#define SETTINGS_HR_MIN_RESTING 30
#define SETTINGS_HR_MAX_RESTING 110
#define SETTINGS_HR_MIN_MAX 120
#define SETTINGS_HR_MAX_MAX 230
#define SETTINGS_HR_MIN_RESERVE 30 /* max - resting */

const char *reminder_kind_id(enum reminder_kind k); /* "checkin", ... */

/* The default path: $XDG_CONFIG_HOME/knead/config.ini.  g_free() it. */
char *config_default_path(void);

void config_init_defaults(struct config *cfg);
/* Loads `path` over the defaults; a missing file is not an error, a
 * malformed one is (KNEAD_ERROR_INVALID naming the key and value). */
bool config_load(struct config *cfg, const char *path, GError **err);
/* The same, and: a missing file is an error when must_exist (a --config
 * that names nothing); each unknown section or key adds a translated
 * warning, naming the nearest known one, to `warnings` (may be NULL). */
bool config_load_full(struct config *cfg, const char *path, bool must_exist,
		      GPtrArray *warnings, GError **err);

/* The settings by name, "section.key" (knead config). */
size_t config_key_count(void);
char *config_key_name(size_t i);			     /* "general.units"; g_free() */
char *config_get_at(const struct config *cfg, size_t i); /* its value as text; g_free() */
/* The value of `name`, or NULL with an error naming the nearest setting. */
char *config_get(const struct config *cfg, const char *name, GError **err);
/* Sets `name` to `value` in the file at `path`, checked by the rules of
 * loading, keeping the file's other lines and comments, written
 * atomically.  Nothing is written on error. */
bool config_set(const char *path, const char *name, const char *value, GError **err);

/* Writes every setting to `path` atomically (directory 0700, file 0600). */
bool config_save(const struct config *cfg, const char *path, GError **err);
void config_clear(struct config *cfg);

struct history;
/* Copies the runner's heart rates into a loaded history (load.h). */
void config_apply_runner(const struct config *cfg, struct history *h);

#endif

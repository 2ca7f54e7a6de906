/* SPDX-License-Identifier: GPL-3.0-or-later */
/* settings.c - settings through GKeyFile, saved atomically. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include "settings.h"
#include "error.h"
#include "fileutil.h"
#include "followup.h"
#include "i18n.h"
#include "load.h"
#include "model.h"
#include "sanitize.h"

static const char *const reminder_ids[REMINDER_KIND_COUNT] = {
	"checkin", "booking", "race", "after_run", "professional",
};

const char *reminder_kind_id(enum reminder_kind k)
{
	return (unsigned)k < REMINDER_KIND_COUNT ? reminder_ids[k] : "?";
}

char *config_default_path(void)
{
	char *config = file_xdg_dir("XDG_CONFIG_HOME", ".config");
	char *path = g_build_filename(config, "knead", "config.ini", NULL);

	g_free(config);
	return path;
}

void config_init_defaults(struct config *cfg)
{
	memset(cfg, 0, sizeof(*cfg));
	cfg->units = UNIT_KM;
	cfg->checkin_minute = 19 * 60;
	cfg->quiet_start_minute = 22 * 60;
	cfg->quiet_end_minute = 8 * 60;
	for (int i = 0; i < REMINDER_KIND_COUNT; i++)
		cfg->reminder_enabled[i] = true;
}

void config_clear(struct config *cfg)
{
	g_free(cfg->therapist_name);
	g_free(cfg->therapist_phone);
	g_free(cfg->therapist_email);
	g_free(cfg->therapist_booking_url);
	config_init_defaults(cfg);
}

static bool bad_value(GError **err, const char *path, const char *group, const char *key,
		      const char *value, const char *expected)
{
	char *safe = sanitize_quote(value ? value : "");
	/* TRANSLATORS: "config.ini: [reminders] checkin = "7pm" is not valid (expected HH:MM)". */
	g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_INVALID,
		    _("%s: [%s] %s = \"%s\" is not valid (expected %s)"), path, group, key,
		    safe, expected);
	g_free(safe);
	return false;
}

static bool get_time_of_day(GKeyFile *kf, const char *path, const char *key, int *minute,
			    GError **err)
{
	char *v = g_key_file_get_string(kf, "reminders", key, NULL);
	int h, m;
	char tail;
	bool ok = true;

	if (!v)
		return true;
	g_strstrip(v);
	if (sscanf(v, "%2d:%2d%c", &h, &m, &tail) == 2 && strlen(v) == 5 && h >= 0 && h < 24 &&
	    m >= 0 && m < 60)
		*minute = h * 60 + m;
	else
		ok = bad_value(err, path, "reminders", key, v, _("a time of day such as 19:00"));
	g_free(v);
	return ok;
}

static char *get_text(GKeyFile *kf, const char *group, const char *key)
{
	char *v = g_key_file_get_string(kf, group, key, NULL);
	if (v && !*g_strstrip(v))
		g_clear_pointer(&v, g_free);
	return v;
}

/* One heart rate of [runner]: a whole number of beats per minute in
 * min .. max; a missing key leaves *bpm alone. */
static bool get_heart_rate(GKeyFile *kf, const char *path, const char *key, int min, int max,
			   int *bpm, GError **err)
{
	char *v = g_key_file_get_string(kf, "runner", key, NULL);
	char *expected;
	gint64 n;
	bool ok;

	if (!v)
		return true;
	g_strstrip(v);
	ok = g_ascii_string_to_signed(v, 10, min, max, &n, NULL);
	if (ok) {
		*bpm = (int)n;
	} else {
		/* TRANSLATORS: what a heart-rate setting expects, e.g. "a heart
		 * rate in beats per minute from 120 to 230". */
		expected = g_strdup_printf(_("a heart rate in beats per minute from %d to %d"),
					   min, max);
		bad_value(err, path, "runner", key, v, expected);
		g_free(expected);
	}
	g_free(v);
	return ok;
}

static bool get_runner(GKeyFile *kf, const char *path, struct config *cfg, GError **err)
{
	int max_hr = cfg->max_hr, resting_hr = cfg->resting_hr;

	if (!get_heart_rate(kf, path, "max_hr", LOAD_HR_MIN_MAX, LOAD_HR_MAX_MAX, &max_hr, err) ||
	    !get_heart_rate(kf, path, "resting_hr", LOAD_HR_MIN_RESTING, LOAD_HR_MAX_RESTING,
			    &resting_hr, err))
		return false;
	if (max_hr > 0 && resting_hr > 0 && max_hr - resting_hr < LOAD_HR_MIN_RESERVE) {
		char value[32];

		snprintf(value, sizeof(value), "%d", max_hr);
		/* TRANSLATORS: %d is resting_hr + 30. */
		char *expected = g_strdup_printf(_("at least %d, 30 above resting_hr"),
						 resting_hr + LOAD_HR_MIN_RESERVE);
		bad_value(err, path, "runner", "max_hr", value, expected);
		g_free(expected);
		return false;
	}
	cfg->max_hr = max_hr;
	cfg->resting_hr = resting_hr;
	return true;
}

void config_apply_runner(const struct config *cfg, struct history *h)
{
	h->max_hr = cfg->max_hr;
	h->resting_hr = cfg->resting_hr;
}

bool config_load(struct config *cfg, const char *path, GError **err)
{
	GKeyFile *kf = g_key_file_new();
	GError *e = NULL;
	bool ok = false;
	char *units;

	if (!g_key_file_load_from_file(kf, path, G_KEY_FILE_NONE, &e)) {
		if (g_error_matches(e, G_FILE_ERROR, G_FILE_ERROR_NOENT)) {
			ok = true;
		} else {
			g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_INVALID,
				    _("cannot read the configuration %s: %s"), path, e->message);
		}
		g_error_free(e);
		goto out;
	}
	units = g_key_file_get_string(kf, "general", "units", NULL);
	if (units) {
		g_strstrip(units);
		if (strcmp(units, "km") == 0) {
			cfg->units = UNIT_KM;
		} else if (strcmp(units, "mi") == 0) {
			cfg->units = UNIT_MI;
		} else {
			bad_value(err, path, "general", "units", units, _("km or mi"));
			g_free(units);
			goto out;
		}
		g_free(units);
	}
	g_free(cfg->therapist_name);
	g_free(cfg->therapist_phone);
	g_free(cfg->therapist_email);
	g_free(cfg->therapist_booking_url);
	cfg->therapist_name = get_text(kf, "therapist", "name");
	cfg->therapist_phone = get_text(kf, "therapist", "phone");
	cfg->therapist_email = get_text(kf, "therapist", "email");
	cfg->therapist_booking_url = get_text(kf, "therapist", "booking_url");
	if (cfg->therapist_booking_url && !followup_uri_is_valid(cfg->therapist_booking_url)) {
		bad_value(err, path, "therapist", "booking_url", cfg->therapist_booking_url,
			  _("a web address such as https://example.org/book, or a mailto: or "
			    "tel: address"));
		g_clear_pointer(&cfg->therapist_booking_url, g_free);
		goto out;
	}
	if (!get_time_of_day(kf, path, "checkin", &cfg->checkin_minute, err) ||
	    !get_time_of_day(kf, path, "quiet_start", &cfg->quiet_start_minute, err) ||
	    !get_time_of_day(kf, path, "quiet_end", &cfg->quiet_end_minute, err))
		goto out;
	for (int i = 0; i < REMINDER_KIND_COUNT; i++) {
		char *key = g_strdup_printf("%s_enabled", reminder_ids[i]);
		if (g_key_file_has_key(kf, "reminders", key, NULL)) {
			gboolean b = g_key_file_get_boolean(kf, "reminders", key, &e);
			if (e) {
				char *v = g_key_file_get_string(kf, "reminders", key, NULL);
				g_clear_error(&e);
				bad_value(err, path, "reminders", key, v, _("true or false"));
				g_free(v);
				g_free(key);
				goto out;
			}
			cfg->reminder_enabled[i] = b;
		}
		g_free(key);
	}
	if (!get_runner(kf, path, cfg, err))
		goto out;
	ok = true;
out:
	g_key_file_free(kf);
	return ok;
}

static void set_time_of_day(GKeyFile *kf, const char *key, int minute)
{
	char buf[16];

	snprintf(buf, sizeof(buf), "%02d:%02d", (minute / 60) % 24, minute % 60);
	g_key_file_set_string(kf, "reminders", key, buf);
}

bool config_save(const struct config *cfg, const char *path, GError **err)
{
	GKeyFile *kf = g_key_file_new();
	char *dir, *data;
	gsize len;
	bool ok;

	g_key_file_set_string(kf, "general", "units", cfg->units == UNIT_MI ? "mi" : "km");
	if (cfg->therapist_name)
		g_key_file_set_string(kf, "therapist", "name", cfg->therapist_name);
	if (cfg->therapist_phone)
		g_key_file_set_string(kf, "therapist", "phone", cfg->therapist_phone);
	if (cfg->therapist_email)
		g_key_file_set_string(kf, "therapist", "email", cfg->therapist_email);
	if (cfg->therapist_booking_url)
		g_key_file_set_string(kf, "therapist", "booking_url", cfg->therapist_booking_url);
	set_time_of_day(kf, "checkin", cfg->checkin_minute);
	set_time_of_day(kf, "quiet_start", cfg->quiet_start_minute);
	set_time_of_day(kf, "quiet_end", cfg->quiet_end_minute);
	for (int i = 0; i < REMINDER_KIND_COUNT; i++) {
		char *key = g_strdup_printf("%s_enabled", reminder_ids[i]);
		g_key_file_set_boolean(kf, "reminders", key, cfg->reminder_enabled[i]);
		g_free(key);
	}
	if (cfg->max_hr > 0)
		g_key_file_set_integer(kf, "runner", "max_hr", cfg->max_hr);
	if (cfg->resting_hr > 0)
		g_key_file_set_integer(kf, "runner", "resting_hr", cfg->resting_hr);
	data = g_key_file_to_data(kf, &len, NULL);
	dir = g_path_get_dirname(path);
	ok = dir_ensure(dir, 0700, err) && file_write_atomic(path, data, len, 0600, err);
	g_free(dir);
	g_free(data);
	g_key_file_free(kf);
	return ok;
}

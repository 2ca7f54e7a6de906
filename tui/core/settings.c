/* SPDX-License-Identifier: GPL-3.0-or-later */
/* settings.c - settings through GKeyFile, saved atomically. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include "settings.h"
#include "error.h"
#include "fileutil.h"
#include "i18n.h"

static const char *const reminder_ids[REMINDER_KIND_COUNT] = {
	"checkin", "booking", "race", "after_run", "professional",
};

const char *reminder_kind_id(enum reminder_kind k)
{
	return (unsigned)k < REMINDER_KIND_COUNT ? reminder_ids[k] : "?";
}

char *config_default_path(void)
{
	return g_build_filename(g_get_user_config_dir(), "knead", "config.ini", NULL);
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
	char *safe = g_strescape(value ? value : "", NULL);
	/* TRANSLATORS: "config.ini: [reminders] checkin = "7pm" is not valid (expected HH:MM)". */
	g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_INVALID,
		    _("%s: [%s] %s = \"%s\" is not valid (expected %s)"), path, group, key,
		    safe, expected);
	g_free(safe);
	return false;
}

/* [therapist] booking_url: an address the desktop can open for "Book":
 * http(s), mailto or tel, whole (GLib lets a space through in a host
 * name, where a launcher would split the address). */
static bool booking_url_is_valid(const char *uri)
{
	static const char *const schemes[] = { "https", "http", "mailto", "tel" };
	char *scheme;
	bool ok = false;

	if (!g_uri_is_valid(uri, G_URI_FLAGS_NONE, NULL))
		return false;
	for (const char *p = uri; *p; p++)
		if ((unsigned char)*p <= ' ' || *p == 0x7f)
			return false;
	scheme = g_uri_parse_scheme(uri);
	for (size_t i = 0; scheme && i < G_N_ELEMENTS(schemes); i++)
		ok = ok || g_ascii_strcasecmp(scheme, schemes[i]) == 0;
	g_free(scheme);
	return ok;
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
	if (cfg->therapist_booking_url && !booking_url_is_valid(cfg->therapist_booking_url)) {
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
	data = g_key_file_to_data(kf, &len, NULL);
	dir = g_path_get_dirname(path);
	ok = dir_ensure(dir, 0700, err) && file_write_atomic(path, data, len, 0600, err);
	g_free(dir);
	g_free(data);
	g_key_file_free(kf);
	return ok;
}

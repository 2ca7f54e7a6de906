/* SPDX-License-Identifier: GPL-3.0-or-later */
/* settings.c - settings through GKeyFile, saved atomically. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include "core/settings.h"
#include "core/error.h"
#include "core/fileutil.h"
#include "core/i18n.h"
#include "core/model.h"
#include "core/sanitize.h"

static const char *const reminder_ids[REMINDER_KIND_COUNT] = {
	"checkin", "booking", "race", "after_run", "professional", "selfcare",
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
	cfg->selfcare_minute = -1;
	for (int i = 0; i < REMINDER_KIND_COUNT; i++)
		cfg->reminder_enabled[i] = true;
}

void config_clear(struct config *cfg)
{
	g_free(cfg->therapist_name);
	g_free(cfg->therapist_phone);
	g_free(cfg->therapist_email);
	g_free(cfg->therapist_booking_url);
	g_free(cfg->therapist_note);
	g_free(cfg->therapist_lang);
	config_init_defaults(cfg);
}

/* Every setting the file may hold, in the order config list shows them. */
/* KEY_TIME_OFF: a time of day, or "off" (or empty) for none. */
enum key_type { KEY_UNITS, KEY_TEXT, KEY_URI, KEY_TIME, KEY_TIME_OFF, KEY_BOOL, KEY_HEART_RATE, KEY_LANG };

struct config_key {
	const char *group, *key;
	enum key_type type;
	int field; /* which member of struct config: see key_slot() */
};

enum {
	F_UNITS,
	F_NAME,
	F_PHONE,
	F_EMAIL,
	F_BOOKING_URL,
	F_NOTE,
	F_LANG,
	F_CHECKIN,
	F_QUIET_START,
	F_QUIET_END,
	F_SELFCARE,
	F_MAX_HR,
	F_RESTING_HR,
	F_ENABLED
};

static const struct config_key config_keys[] = {
	{ "general", "units", KEY_UNITS, F_UNITS },
	{ "therapist", "name", KEY_TEXT, F_NAME },
	{ "therapist", "phone", KEY_TEXT, F_PHONE },
	{ "therapist", "email", KEY_TEXT, F_EMAIL },
	{ "therapist", "booking_url", KEY_URI, F_BOOKING_URL },
	{ "therapist", "note", KEY_TEXT, F_NOTE },
	{ "therapist", "lang", KEY_LANG, F_LANG },
	{ "reminders", "checkin", KEY_TIME, F_CHECKIN },
	{ "reminders", "quiet_start", KEY_TIME, F_QUIET_START },
	{ "reminders", "quiet_end", KEY_TIME, F_QUIET_END },
	{ "reminders", "selfcare", KEY_TIME_OFF, F_SELFCARE },
	{ "reminders", "checkin_enabled", KEY_BOOL, F_ENABLED + REMINDER_CHECKIN },
	{ "reminders", "booking_enabled", KEY_BOOL, F_ENABLED + REMINDER_BOOKING },
	{ "reminders", "race_enabled", KEY_BOOL, F_ENABLED + REMINDER_RACE },
	{ "reminders", "after_run_enabled", KEY_BOOL, F_ENABLED + REMINDER_AFTER_RUN },
	{ "reminders", "professional_enabled", KEY_BOOL, F_ENABLED + REMINDER_PROFESSIONAL },
	{ "reminders", "selfcare_enabled", KEY_BOOL, F_ENABLED + REMINDER_SELFCARE },
	{ "runner", "max_hr", KEY_HEART_RATE, F_MAX_HR },
	{ "runner", "resting_hr", KEY_HEART_RATE, F_RESTING_HR },
};

size_t config_key_count(void)
{
	return G_N_ELEMENTS(config_keys);
}

char *config_key_name(size_t i)
{
	return g_strdup_printf("%s.%s", config_keys[i].group, config_keys[i].key);
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

static bool parse_time_of_day(const char *v, int *minute)
{
	int h, m;
	char tail;

	if (sscanf(v, "%2d:%2d%c", &h, &m, &tail) != 2 || strlen(v) != 5 || h < 0 || h > 23 ||
	    m < 0 || m > 59)
		return false;
	*minute = h * 60 + m;
	return true;
}

static bool parse_switch(const char *v, bool *out)
{
	static const char *const yes[] = { "true", "yes", "on", "1" };
	static const char *const no[] = { "false", "no", "off", "0" };

	for (size_t i = 0; i < G_N_ELEMENTS(yes); i++) {
		if (g_ascii_strcasecmp(v, yes[i]) == 0 || g_ascii_strcasecmp(v, no[i]) == 0) {
			*out = g_ascii_strcasecmp(v, yes[i]) == 0;
			return true;
		}
	}
	return false;
}

static char **text_slot(struct config *cfg, int field)
{
	return field == F_NAME		 ? &cfg->therapist_name
	       : field == F_PHONE	 ? &cfg->therapist_phone
	       : field == F_BOOKING_URL ? &cfg->therapist_booking_url
	       : field == F_NOTE	 ? &cfg->therapist_note
	       : field == F_LANG	 ? &cfg->therapist_lang
					 : &cfg->therapist_email;
}

static int *heart_rate_slot(struct config *cfg, int field)
{
	return field == F_MAX_HR ? &cfg->max_hr : &cfg->resting_hr;
}

/* A heart rate in range for its key (load.h), in beats per minute. */
static bool apply_heart_rate(struct config *cfg, const struct config_key *k, const char *path,
			     const char *v, GError **err)
{
	bool max = k->field == F_MAX_HR;
	int lo = max ? SETTINGS_HR_MIN_MAX : SETTINGS_HR_MIN_RESTING;
	int hi = max ? SETTINGS_HR_MAX_MAX : SETTINGS_HR_MAX_RESTING;
	gint64 n;
	char *expected;

	if (!*v) {
		*heart_rate_slot(cfg, k->field) = 0;
		return true;
	}
	if (g_ascii_string_to_signed(v, 10, lo, hi, &n, NULL)) {
		*heart_rate_slot(cfg, k->field) = (int)n;
		return true;
	}
	/* TRANSLATORS: what a heart-rate setting expects, e.g. "a heart
	 * rate in beats per minute from 120 to 230". */
	expected = g_strdup_printf(_("a heart rate in beats per minute from %d to %d"), lo, hi);
	bad_value(err, path, k->group, k->key, v, expected);
	g_free(expected);
	return false;
}

/* Both heart rates set: the maximum well above the resting one. */
static bool check_heart_rates(const struct config *cfg, const char *path, GError **err)
{
	char value[32], *expected;

	if (cfg->max_hr == 0 || cfg->resting_hr == 0 ||
	    cfg->max_hr - cfg->resting_hr >= SETTINGS_HR_MIN_RESERVE)
		return true;
	snprintf(value, sizeof(value), "%d", cfg->max_hr);
	/* TRANSLATORS: %d is resting_hr + 30. */
	expected = g_strdup_printf(_("at least %d, 30 above resting_hr"),
				   cfg->resting_hr + SETTINGS_HR_MIN_RESERVE);
	bad_value(err, path, "runner", "max_hr", value, expected);
	g_free(expected);
	return false;
}

static int *time_slot(struct config *cfg, int field)
{
	return field == F_CHECKIN ? &cfg->checkin_minute
	       : field == F_QUIET_START ? &cfg->quiet_start_minute
	       : field == F_SELFCARE	? &cfg->selfcare_minute
					: &cfg->quiet_end_minute;
}

/* GKeyFile takes everything after "=" as the value: "km   # or mi" is a
 * value with a comment in it, never what the runner meant. */
static bool has_trailing_comment(const char *v)
{
	for (const char *p = strchr(v, '#'); p; p = strchr(p + 1, '#'))
		if (p > v && (p[-1] == ' ' || p[-1] == '\t'))
			return true;
	return false;
}

/* Checks value `v` (stripped) of key k and stores it in cfg. */
static bool apply_value(struct config *cfg, const struct config_key *k, const char *path,
			const char *v, GError **err)
{
	bool b;

	if (has_trailing_comment(v)) {
		char *safe = sanitize_quote(v);
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_INVALID,
			    /* TRANSLATORS: GKeyFile has no comments after a value. */
			    _("%s: [%s] %s = \"%s\": a comment must be on a line of its own "
			      "(expected the value alone, and \"# ...\" on the line above)"),
			    path, k->group, k->key, safe);
		g_free(safe);
		return false;
	}
	switch (k->type) {
	case KEY_UNITS:
		if (g_ascii_strcasecmp(v, "km") != 0 && g_ascii_strcasecmp(v, "mi") != 0)
			return bad_value(err, path, k->group, k->key, v, _("km or mi"));
		cfg->units = g_ascii_strcasecmp(v, "mi") == 0 ? UNIT_MI : UNIT_KM;
		return true;
	case KEY_TEXT:
		if (!parse_text(v, 200, k->key, err))
			return false;
		g_free(*text_slot(cfg, k->field));
		*text_slot(cfg, k->field) = *v ? g_strdup(v) : NULL;
		return true;
	case KEY_URI:
		if (*v && !booking_url_is_valid(v))
			return bad_value(err, path, k->group, k->key, v,
					 _("a web address such as https://example.org/book, or a mailto: or "
					   "tel: address"));
		g_free(*text_slot(cfg, k->field));
		*text_slot(cfg, k->field) = *v ? g_strdup(v) : NULL;
		return true;
	case KEY_LANG:
		if (*v && g_ascii_strcasecmp(v, "en") != 0 && g_ascii_strcasecmp(v, "fr") != 0)
			return bad_value(err, path, k->group, k->key, v, _("en or fr"));
		g_free(*text_slot(cfg, k->field));
		*text_slot(cfg, k->field) = *v ? g_ascii_strdown(v, -1) : NULL;
		return true;
	case KEY_HEART_RATE:
		return apply_heart_rate(cfg, k, path, v, err);
	case KEY_TIME:
		if (!parse_time_of_day(v, time_slot(cfg, k->field)))
			return bad_value(err, path, k->group, k->key, v,
					 _("a time of day such as 19:00"));
		return true;
	case KEY_TIME_OFF:
		if (*v == '\0' || g_ascii_strcasecmp(v, "off") == 0) {
			*time_slot(cfg, k->field) = -1;
			return true;
		}
		if (!parse_time_of_day(v, time_slot(cfg, k->field)))
			return bad_value(err, path, k->group, k->key, v,
					 _("a time of day such as 21:00, or off"));
		return true;
	case KEY_BOOL:
		if (!parse_switch(v, &b))
			return bad_value(err, path, k->group, k->key, v, _("true or false"));
		cfg->reminder_enabled[k->field - F_ENABLED] = b;
		return true;
	}
	return true;
}

/* The candidates for a "did you mean": the groups, or one group's keys. */
static const char *nearest_name(const char *typed, const char *group)
{
	const char *names[G_N_ELEMENTS(config_keys)];
	size_t n = 0;

	for (size_t i = 0; i < G_N_ELEMENTS(config_keys); i++) {
		const char *name = group ? config_keys[i].key : config_keys[i].group;
		if (!group || strcmp(config_keys[i].group, group) == 0)
			names[n++] = name;
	}
	return parse_nearest(typed, names, n);
}

static const struct config_key *find_key(const char *group, const char *key)
{
	for (size_t i = 0; i < G_N_ELEMENTS(config_keys); i++)
		if (strcmp(config_keys[i].group, group) == 0 && strcmp(config_keys[i].key, key) == 0)
			return &config_keys[i];
	return NULL;
}

static bool group_known(const char *group)
{
	for (size_t i = 0; i < G_N_ELEMENTS(config_keys); i++)
		if (strcmp(config_keys[i].group, group) == 0)
			return true;
	return false;
}

/* A warning for each section or key knead does not know, naming the
 * nearest one it does: a typo must not silently do nothing. */
static void warn_unknown(GKeyFile *kf, const char *path, GPtrArray *warnings)
{
	char **groups = g_key_file_get_groups(kf, NULL);

	for (int g = 0; groups[g]; g++) {
		char **keys;
		const char *near;

		if (!group_known(groups[g])) {
			near = nearest_name(groups[g], NULL);
			g_ptr_array_add(warnings,
					near ? g_strdup_printf(_("%s: unknown section [%s] (did you mean [%s]?)"),
							       path, groups[g], near)
					     : g_strdup_printf(_("%s: unknown section [%s] (see knead config list)"),
							       path, groups[g]));
			continue;
		}
		keys = g_key_file_get_keys(kf, groups[g], NULL, NULL);
		for (int k = 0; keys && keys[k]; k++) {
			if (find_key(groups[g], keys[k]))
				continue;
			near = nearest_name(keys[k], groups[g]);
			g_ptr_array_add(warnings,
					near ? g_strdup_printf(_("%s: unknown key %s in [%s] (did you mean %s?)"),
							       path, keys[k], groups[g], near)
					     : g_strdup_printf(_("%s: unknown key %s in [%s] (see knead config list)"),
							       path, keys[k], groups[g]));
		}
		g_strfreev(keys);
	}
	g_strfreev(groups);
}

static bool apply_file(struct config *cfg, GKeyFile *kf, const char *path, GError **err)
{
	for (size_t i = 0; i < G_N_ELEMENTS(config_keys); i++) {
		const struct config_key *k = &config_keys[i];
		char *v = g_key_file_get_string(kf, k->group, k->key, NULL);
		bool ok = !v || apply_value(cfg, k, path, g_strstrip(v), err);

		g_free(v);
		if (!ok)
			return false;
	}
	return check_heart_rates(cfg, path, err);
}

static GKeyFile *read_file(const char *path, bool must_exist, bool *missing, GError **err)
{
	GKeyFile *kf = g_key_file_new();
	GError *e = NULL;

	*missing = false;
	if (g_key_file_load_from_file(kf, path, G_KEY_FILE_KEEP_COMMENTS, &e))
		return kf;
	if (g_error_matches(e, G_FILE_ERROR, G_FILE_ERROR_NOENT) && !must_exist) {
		*missing = true;
	} else if (g_error_matches(e, G_FILE_ERROR, G_FILE_ERROR_NOENT)) {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_INVALID,
			    _("the configuration %s does not exist (expected an existing file, "
			      "or no --config for the default)"),
			    path);
		g_key_file_free(kf);
		kf = NULL;
	} else {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_INVALID,
			    _("cannot read the configuration %s: %s"), path, e->message);
		g_key_file_free(kf);
		kf = NULL;
	}
	g_error_free(e);
	return kf;
}

bool config_load_full(struct config *cfg, const char *path, bool must_exist,
		      GPtrArray *warnings, GError **err)
{
	bool missing, ok;
	GKeyFile *kf = read_file(path, must_exist, &missing, err);

	if (!kf)
		return missing;
	ok = apply_file(cfg, kf, path, err);
	if (ok && warnings)
		warn_unknown(kf, path, warnings);
	g_key_file_free(kf);
	return ok;
}

bool config_load(struct config *cfg, const char *path, GError **err)
{
	return config_load_full(cfg, path, false, NULL, err);
}

/* "reminders.checkin" to its key, or an error naming the nearest one. */
static const struct config_key *lookup_name(const char *name, GError **err)
{
	const char *dot = name ? strchr(name, '.') : NULL;
	const struct config_key *k = NULL;
	char *names[G_N_ELEMENTS(config_keys)];
	const char *near;
	char *safe;

	if (dot) {
		char *group = g_strndup(name, (gsize)(dot - name));
		k = find_key(group, dot + 1);
		g_free(group);
	}
	if (k)
		return k;
	for (size_t i = 0; i < G_N_ELEMENTS(config_keys); i++)
		names[i] = config_key_name(i);
	near = parse_nearest(name, (const char *const *)names, G_N_ELEMENTS(config_keys));
	safe = sanitize_quote(name ? name : "");
	if (near)
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_INVALID,
			    _("\"%s\" is not a setting (did you mean %s?)"), safe, near);
	else
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_INVALID,
			    _("\"%s\" is not a setting (expected SECTION.KEY, see knead config list)"),
			    safe);
	g_free(safe);
	for (size_t i = 0; i < G_N_ELEMENTS(config_keys); i++)
		g_free(names[i]);
	return NULL;
}

static char *value_text(const struct config *cfg, const struct config_key *k)
{
	struct config *c = (struct config *)cfg; /* the slots are only read */
	int minute;

	switch (k->type) {
	case KEY_UNITS:
		return g_strdup(cfg->units == UNIT_MI ? "mi" : "km");
	case KEY_TEXT:
	case KEY_URI:
	case KEY_LANG:
		return g_strdup(*text_slot(c, k->field) ? *text_slot(c, k->field) : "");
	case KEY_HEART_RATE:
		return *heart_rate_slot(c, k->field)
			       ? g_strdup_printf("%d", *heart_rate_slot(c, k->field))
			       : g_strdup("");
	case KEY_TIME:
	case KEY_TIME_OFF:
		minute = *time_slot(c, k->field);
		if (minute < 0)
			return g_strdup("off");
		return g_strdup_printf("%02d:%02d", minute / 60, minute % 60);
	case KEY_BOOL:
		return g_strdup(cfg->reminder_enabled[k->field - F_ENABLED] ? "true" : "false");
	}
	return g_strdup("");
}

char *config_get(const struct config *cfg, const char *name, GError **err)
{
	const struct config_key *k = lookup_name(name, err);

	return k ? value_text(cfg, k) : NULL;
}

char *config_get_at(const struct config *cfg, size_t i)
{
	return value_text(cfg, &config_keys[i]);
}

bool config_set(const char *path, const char *name, const char *value, GError **err)
{
	const struct config_key *k = lookup_name(name, err);
	struct config check;
	GKeyFile *kf;
	char *dir, *data = NULL, *v, *stored;
	gsize len;
	bool missing, ok = false;

	if (!k)
		return false;
	kf = read_file(path, false, &missing, err);
	if (!kf && !missing)
		return false;
	if (!kf)
		kf = g_key_file_new();
	config_init_defaults(&check);
	v = g_strstrip(g_strdup(value ? value : ""));
	/* The same rules as loading: the value alone, then the whole file. */
	if (apply_value(&check, k, path, v, err)) {
		stored = value_text(&check, k);
		g_key_file_set_string(kf, k->group, k->key, stored);
		g_free(stored);
		config_clear(&check);
		ok = apply_file(&check, kf, path, err);
	}
	if (ok) {
		data = g_key_file_to_data(kf, &len, NULL);
		dir = g_path_get_dirname(path);
		ok = dir_ensure(dir, 0700, err) && file_write_atomic(path, data, len, 0600, err);
		g_free(dir);
	}
	config_clear(&check);
	g_free(v);
	g_free(data);
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
	if (cfg->selfcare_minute >= 0)
		set_time_of_day(kf, "selfcare", cfg->selfcare_minute);
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

void config_apply_runner(const struct config *cfg, struct history *h)
{
	h->max_hr = cfg->max_hr;
	h->resting_hr = cfg->resting_hr;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* followup.c - the actions and hints of a reminder. */
#include <string.h>
#include <glib.h>
#include "core/remind/followup.h"
#include "core/error.h"
#include "core/i18n.h"

#define OVERDUE_PREFIX "booking-overdue:"

const char *followup_screen(const struct reminder *r)
{
	switch (r->kind) {
	case REMINDER_CHECKIN:
		return "checkin";
	case REMINDER_RACE:
		return "races";
	default:
		return "today";
	}
}

bool followup_offers_log(const struct reminder *r)
{
	return r->kind == REMINDER_AFTER_RUN;
}

/* A snoozed reminder's key is "snooze:TIME|KEY": the event is KEY. */
static bool is_overdue(const struct reminder *r)
{
	return g_str_has_prefix(remind_event_key(r->key), OVERDUE_PREFIX);
}

enum followup_urgency followup_urgency(const struct reminder *r)
{
	switch (r->kind) {
	case REMINDER_PROFESSIONAL:
		return FOLLOWUP_CRITICAL;
	case REMINDER_BOOKING:
		return is_overdue(r) ? FOLLOWUP_NORMAL : FOLLOWUP_LOW;
	case REMINDER_AFTER_RUN:
	case REMINDER_SELFCARE:
		return FOLLOWUP_LOW;
	default:
		return FOLLOWUP_NORMAL;
	}
}

const char *followup_category(const struct reminder *r)
{
	static const char *const categories[REMINDER_KIND_COUNT] = {
		"x-knead.checkin",   "x-knead.booking",	     "x-knead.race",
		"x-knead.after-run", "x-knead.professional", "x-knead.selfcare",
	};

	return (unsigned)r->kind < REMINDER_KIND_COUNT ? categories[r->kind] : "x-knead";
}

const char *followup_subject(const struct reminder *r)
{
	switch (r->kind) {
	case REMINDER_BOOKING:
	case REMINDER_AFTER_RUN:
		return "booking";
	default:
		return NULL;
	}
}

void followup_merge(const struct reminder *rs, size_t n, char **title, char **body)
{
	size_t lead = 0;
	GString *s = g_string_new(NULL);

	for (size_t i = 1; i < n; i++)
		if (followup_urgency(&rs[i]) > followup_urgency(&rs[lead]))
			lead = i;
	g_string_append(s, rs[lead].body);
	for (size_t i = 0; i < n; i++) {
		if (i == lead)
			continue;
		g_string_append_c(s, '\n');
		/* TRANSLATORS: another reminder within a notification: its title,
		 * then its text. */
		g_string_append_printf(s, _("%s: %s"), rs[i].title, rs[i].body);
	}
	*title = g_strdup(rs[lead].title);
	*body = g_string_free(s, FALSE);
}

/* "tel:" with the digits of a number written for people: "514 555-0100"
 * becomes "tel:514-555-0100" (RFC 3966 keeps "-" as a separator). */
static char *tel_uri(const char *phone)
{
	GString *s = g_string_new("tel:");

	for (const char *p = phone; *p; p++) {
		if (g_ascii_isdigit(*p) || (*p == '+' && s->len == 4))
			g_string_append_c(s, *p);
		else if ((*p == ' ' || *p == '-' || *p == '.') && s->len > 4 &&
			 s->str[s->len - 1] != '-')
			g_string_append_c(s, '-');
	}
	while (s->len > 4 && s->str[s->len - 1] == '-')
		g_string_truncate(s, s->len - 1);
	if (s->len == 4 || (s->len == 5 && s->str[4] == '+')) {
		g_string_free(s, TRUE);
		return NULL;
	}
	return g_string_free(s, FALSE);
}

char *followup_booking_uri(const struct reminder *r, const struct config *cfg)
{
	if (r->kind != REMINDER_BOOKING)
		return NULL;
	if (cfg->therapist_booking_url)
		return g_strdup(cfg->therapist_booking_url);
	if (cfg->therapist_email && strchr(cfg->therapist_email, '@')) {
		char *escaped = g_uri_escape_string(cfg->therapist_email, "@+", FALSE);
		char *uri = g_strconcat("mailto:", escaped, NULL);

		g_free(escaped);
		return uri;
	}
	if (cfg->therapist_phone)
		return tel_uri(cfg->therapist_phone);
	return NULL;
}

char *followup_hint(const struct reminder *r, const struct config *cfg)
{
	switch (r->kind) {
	case REMINDER_CHECKIN:
		/* Its body already says "open knead, or use knead log". */
		return NULL;
	case REMINDER_BOOKING:
		if (cfg->therapist_booking_url)
			/* TRANSLATORS: %s is the therapist's booking page. */
			return g_strdup_printf(_("Book at %s; knead next has the details."),
					       cfg->therapist_booking_url);
		return g_strdup(_("knead next has the details."));
	case REMINDER_RACE:
		return g_strdup(_("knead next has the details."));
	case REMINDER_AFTER_RUN:
		return g_strdup(_("To log how it feels: knead --screen checkin."));
	case REMINDER_PROFESSIONAL:
		return g_strdup(_("knead status has the details."));
	case REMINDER_SELFCARE:
		return g_strdup(_("knead plan has the rest; knead plan done ID ticks an item."));
	default:
		return NULL;
	}
}

/* The Exec line of the desktop file's entry for `screen`. */
static char *desktop_exec(const char *desktop_file, const char *screen, GError **err)
{
	GKeyFile *kf = g_key_file_new();
	char *group = NULL;
	char *exec = NULL;
	GError *e = NULL;

	if (g_key_file_load_from_file(kf, desktop_file, G_KEY_FILE_NONE, &e)) {
		group = strcmp(screen, "today") == 0 ? g_strdup("Desktop Entry")
						     : g_strconcat("Desktop Action ", screen, NULL);
		exec = g_key_file_get_string(kf, group, "Exec", &e);
	}
	if (!exec) {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
			    _("cannot read the command of %s in %s: %s"), group ? group : screen,
			    desktop_file, e->message);
		g_error_free(e);
	}
	g_free(group);
	g_key_file_free(kf);
	return exec;
}

char **followup_launch_argv(const char *desktop_file, const char *screen, const char *terminal,
			    const char *knead, const char *db, const char *config, GError **err)
{
	char *exec = desktop_exec(desktop_file, screen, err);
	char **term = NULL, **cmd = NULL;
	GPtrArray *argv;
	GError *e = NULL;

	if (!exec)
		return NULL;
	if (!g_shell_parse_argv(terminal, NULL, &term, &e) ||
	    !g_shell_parse_argv(exec, NULL, &cmd, &e)) {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
			    _("cannot open a terminal with \"%s\": %s"), terminal, e->message);
		g_error_free(e);
		g_strfreev(term);
		g_free(exec);
		return NULL;
	}
	argv = g_ptr_array_new();
	for (char **t = term; *t; t++)
		g_ptr_array_add(argv, g_strdup(*t));
	/* The program named in the file is knead: run this very one, on the
	 * same database and settings. */
	g_ptr_array_add(argv, g_strdup(knead));
	for (char **c = cmd + 1; *c; c++)
		g_ptr_array_add(argv, g_strdup(*c));
	if (db) {
		g_ptr_array_add(argv, g_strdup("--db"));
		g_ptr_array_add(argv, g_strdup(db));
	}
	if (config) {
		g_ptr_array_add(argv, g_strdup("--config"));
		g_ptr_array_add(argv, g_strdup(config));
	}
	g_ptr_array_add(argv, NULL);
	g_strfreev(term);
	g_strfreev(cmd);
	g_free(exec);
	return (char **)g_ptr_array_free(argv, FALSE);
}

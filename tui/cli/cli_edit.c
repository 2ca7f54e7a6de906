/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cli_edit.c - knead edit LIST ID [--FIELD VALUE ...], the lists named by
 * the kinds (store.h).
 *
 * A wrong entry is fixed, not deleted and typed again: the fields are
 * named as in knead log and knead race add and checked by the same
 * parsers; the change is one transaction, journalled for knead undo.
 * Which fields a kind has, and where its row keeps them, is data in its
 * descriptor (store.h, struct edit_field): they are read and shown here
 * by their type, never by the kind.
 */
#include <config.h>

#include <stdio.h>
#include <string.h>
#include "cli.h"
#include "core/sanitize.h"
#include "core/clock.h"
#include "core/error.h"
#include "core/format.h"
#include "core/i18n.h"
#include "core/store/change.h"
#include "core/store/checkin.h"
#include "core/parse.h"
#include "core/regions.h"

/* The text of each option given, where GOption puts it (entries in
 * cli_edit), found by the option's name (given_named). */
struct edit_opts {
	char *date, *distance, *duration, *kind, *rpe, *hr, *note;
	char *region, *level, *regions, *therapist, *name, *priority, *cleared;
};

static void edit_opts_clear(struct edit_opts *o)
{
	char **fields[] = { &o->date, &o->distance, &o->duration, &o->kind, &o->rpe,
			    &o->hr, &o->note, &o->region, &o->level, &o->regions,
			    &o->therapist, &o->name, &o->priority, &o->cleared };

	for (size_t i = 0; i < G_N_ELEMENTS(fields); i++)
		g_free(*fields[i]);
}

/* --date on an entry with a time: a bare day keeps the time of day. */
static bool edit_when(const char *s, wtime *when, GError **err)
{
	wtime t;

	if (!cli_parse_when(s, false, &t, err))
		return false;
	if (!parse_has_time_of_day(s))
		t = day_start(wtime_day(t)) + (*when - day_start(wtime_day(*when)));
	*when = t;
	return true;
}

/* A day read as a moment that may lie ahead: a booked massage. */
static bool edit_day_ahead(const char *s, dayno *day, GError **err)
{
	wtime when;

	if (!cli_parse_when(s, true, &when, err))
		return false;
	*day = wtime_day(when);
	return true;
}

/* A text: empty clears it, unless the field requires one (store.h):
 * then it is stripped, and refused when empty once every field is read
 * (edit_row). */
static bool edit_text(const struct edit_field *f, const char *s, char **text, GError **err)
{
	if (!parse_text(s, f->max_bytes, _(f->what), err))
		return false;
	g_free(*text);
	if (f->required)
		*text = g_strstrip(g_strdup(s));
	else
		*text = *s ? g_strdup(s) : NULL;
	return true;
}

/* "calf:left,it-band:right" (empty: no regions), replacing the list. */
static bool edit_regions(const char *s, struct region_side **list, size_t *n, GError **err)
{
	struct region_side *rs;

	if (!parse_region_list(s, &rs, n, err))
		return false;
	g_free(*list);
	*list = rs;
	return true;
}

/* "yes" or "no", in English or translated, any case. */
static bool parse_yes_no(const char *s, bool *out, GError **err)
{
	if (g_ascii_strcasecmp(s, "yes") == 0 || g_utf8_collate(s, _("yes")) == 0) {
		*out = true;
	} else if (g_ascii_strcasecmp(s, "no") == 0 || g_utf8_collate(s, _("no")) == 0) {
		*out = false;
	} else {
		char *safe = sanitize_quote(s);
		/* TRANSLATORS: knead edit assessments ID --cleared maybe. */
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_INVALID,
			    _("\"%s\" is not an answer (expected yes or no)"), safe);
		g_free(safe);
		return false;
	}
	return true;
}

/* An effort or a heart rate: empty clears it to 0 (not given). */
static bool edit_optional(const char *s, int *out, bool (*parse)(const char *, int *, GError **),
			  GError **err)
{
	if (*s)
		return parse(s, out, err);
	*out = 0;
	return true;
}

/* Reads the option's text s into field f of row, as its type says. */
static bool parse_field(struct cli *cli, const struct edit_field *f, const char *s, void *row,
			GError **err)
{
	void *at = (char *)row + f->offset, *aux = (char *)row + f->aux_offset;

	switch (f->type) {
	case EDIT_MOMENT:
		return edit_when(s, at, err);
	case EDIT_DAY_AHEAD:
		return edit_day_ahead(s, at, err);
	case EDIT_RACE_DAY:
		return parse_date_for(s, cli_today(), DATE_AHEAD, at, err);
	case EDIT_DISTANCE:
		return parse_distance(s, cli->config.units, at, err);
	case EDIT_DURATION:
		return parse_duration(s, at, err);
	case EDIT_RUN_KIND:
		return parse_run_kind(s, at, err);
	case EDIT_MASSAGE_KIND:
		return parse_massage_kind(s, at, err);
	case EDIT_RPE:
		return edit_optional(s, at, parse_rpe, err);
	case EDIT_HEART_RATE:
		return edit_optional(s, at, parse_heart_rate, err);
	case EDIT_LEVEL:
		return parse_level(s, at, err);
	case EDIT_TEXT:
		return edit_text(f, s, at, err);
	case EDIT_REGION_SIDE:
		return parse_region_side(s, at, aux, err);
	case EDIT_REGION_LIST:
		return edit_regions(s, at, aux, err);
	case EDIT_PRIORITY:
		return parse_priority(s, at, err);
	case EDIT_YES_NO:
		return parse_yes_no(s, at, err);
	}
	g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
		    _("unknown type of field %d (a bug in knead)"), (int)f->type);
	return false;
}

/* "Left calf, Right IT band", "-" for none. */
static char *regions_text(const struct region_side *rs, size_t n)
{
	return n ? region_sides_join(rs, n, false, ", ") : g_strdup("-");
}

/* Field f of row as a runner reads it, "-" for an optional one not
 * given; g_free it.  Two versions of an entry compare field by field. */
static char *field_text(const struct edit_field *f, const void *row, enum unit u)
{
	const void *at = (const char *)row + f->offset, *aux = (const char *)row + f->aux_offset;
	char buf[DATETIME_BUF];
	int n;

	switch (f->type) {
	case EDIT_MOMENT:
		return g_strdup(wtime_format(*(const wtime *)at, buf));
	case EDIT_DAY_AHEAD:
	case EDIT_RACE_DAY:
		return g_strdup(day_format(*(const dayno *)at, buf));
	case EDIT_DISTANCE:
		return format_distance(*(const double *)at, u);
	case EDIT_DURATION:
		return format_duration(*(const double *)at);
	case EDIT_RUN_KIND:
		return g_strdup(run_kind_name(*(const enum run_kind *)at));
	case EDIT_MASSAGE_KIND:
		return g_strdup(massage_kind_name(*(const enum massage_kind *)at));
	case EDIT_RPE:
	case EDIT_HEART_RATE:
		n = *(const int *)at;
		return n ? g_strdup_printf("%d", n) : g_strdup("-");
	case EDIT_LEVEL:
		return g_strdup_printf("%d/10", *(const int *)at);
	case EDIT_TEXT:
		return sanitize_text(*(char *const *)at ? *(char *const *)at : "-");
	case EDIT_REGION_SIDE:
		return region_side_name(*(const enum region *)at, *(const enum side *)aux);
	case EDIT_REGION_LIST:
		return regions_text(*(struct region_side *const *)at, *(const size_t *)aux);
	case EDIT_PRIORITY:
		return g_strdup_printf("%c", *(const char *)at);
	case EDIT_YES_NO:
		return g_strdup(*(const bool *)at ? _("yes") : _("no"));
	}
	return g_strdup("?");
}

/* "  distance: 10.00 km -> 12.00 km\n" for each field that differs (an
 * empty text when none does). */
static GString *changes_text(enum store_table t, const union store_row *was,
			     const union store_row *now, enum unit u)
{
	size_t n;
	const struct edit_field *fields = store_table_edit_fields(t, &n);
	GString *out = g_string_new(NULL);

	for (size_t i = 0; i < n; i++) {
		char *a = field_text(&fields[i], was, u), *b = field_text(&fields[i], now, u);

		if (strcmp(a, b) != 0)
			/* TRANSLATORS: one changed field: "  distance: 10.00 km -> 12.00 km". */
			g_string_append_printf(out, _("  %s: %s -> %s\n"), _(fields[i].label), a, b);
		g_free(a);
		g_free(b);
	}
	return out;
}

/* --cleared alone says yes, --cleared=no says no: its value is never the
 * next word, as knead log assessed's --cleared takes none and the scan
 * for global options (main.c) reads both commands alike. */
static char **cleared_out;

static gboolean take_cleared(const char *name, const char *value, gpointer data, GError **err)
{
	(void)name;
	(void)data;
	(void)err;
	g_free(*cleared_out);
	*cleared_out = g_strdup(value ? value : "yes");
	return TRUE;
}

/* What was given for option e, NULL when nothing (or e takes no value). */
static const char *given(const GOptionEntry *e)
{
	if (e->arg == G_OPTION_ARG_CALLBACK)
		return *cleared_out;
	if (e->arg == G_OPTION_ARG_STRING)
		return *(char **)e->arg_data;
	return NULL;
}

/* What was given for the option named name among entries. */
static const char *given_named(const GOptionEntry *entries, const char *name)
{
	for (const GOptionEntry *e = entries; e->long_name; e++)
		if (strcmp(e->long_name, name) == 0)
			return given(e);
	return NULL;
}

/* Reads every option given into the fields of row, in the order of the
 * kind's fields (the first error found is the one said); a required text
 * left empty is refused last. */
static bool edit_row(struct cli *cli, enum store_table t, const GOptionEntry *entries, void *row,
		     GError **err)
{
	size_t n;
	const struct edit_field *fields = store_table_edit_fields(t, &n);

	for (size_t i = 0; i < n; i++) {
		const char *s = given_named(entries, fields[i].option);

		if (s && !parse_field(cli, &fields[i], s, row, err))
			return false;
	}
	for (size_t i = 0; i < n; i++) {
		const char *text;

		if (!fields[i].required || !given_named(entries, fields[i].option))
			continue;
		text = *(char **)((char *)row + fields[i].offset);
		if (!text || !*text) {
			g_set_error_literal(err, KNEAD_ERROR, KNEAD_ERROR_INVALID, _(fields[i].required));
			return false;
		}
	}
	return true;
}

/* Reads and edits the entry; the whole entry then goes through the same
 * door as a new one (change.h): checked with the rules of knead log,
 * written and journalled in one transaction. */
static int apply_edit(struct cli *cli, enum store_table t, int64_t id, const GOptionEntry *entries)
{
	union store_row was, now;
	GError *err = NULL;
	GString *changes = NULL;
	bool ok;
	int status = EXIT_OK;

	if (!cli_open_store_to_change(cli, &err) || !store_entry_get(cli->store, t, id, &was, &err))
		return cli_fail(err);
	store_entry_copy(t, &now, &was);
	ok = edit_row(cli, t, entries, &now, &err);
	if (ok)
		changes = changes_text(t, &was, &now, cli->config.units);
	if (!ok) {
		status = cli_fail(err);
	} else if (changes->len == 0) {
		/* TRANSLATORS: "Nothing changed: runs entry 4 already reads so." */
		cli_printf(_("Nothing changed: %s entry %lld already reads so.\n"), store_table_name(t),
			   (long long)id);
	} else if (!change_update(cli->store, "edit", t, &now, &err)) {
		status = cli_fail(err);
	} else {
		cli_puts(changes->str);
		/* TRANSLATORS: "Changed runs entry 4." after the list of changes. */
		cli_printf(_("Changed %s entry %lld.\n"), store_table_name(t), (long long)id);
	}
	if (changes)
		g_string_free(changes, TRUE);
	store_entry_clear(t, &was);
	store_entry_clear(t, &now);
	return status;
}

/* knead edit --move-day FROM TO: the day's whole check-in, times kept, in
 * one journalled transaction (doc/contract.md). */
static int move_day(struct cli *cli, const char *from_s, const char *to_s)
{
	dayno today = wtime_day(clock_now()), from, to;
	struct checkin_moved n = { 0 };
	GError *err = NULL;
	char a[DATE_BUF], b[DATE_BUF];

	if (!parse_date(from_s, today, &from, &err) || !parse_date(to_s, today, &to, &err))
		return cli_fail(err);
	if (!cli_open_store_to_change(cli, &err) || !checkin_move_day(cli->store, from, to, "edit", &n, &err))
		return cli_fail(err);
	GString *what = g_string_new(NULL);

	if (n.runs)
		g_string_append_printf(what, ngettext("%d run", "%d runs", n.runs), (int)n.runs);
	if (n.soreness)
		g_string_append_printf(what, ngettext("%s%d soreness entry", "%s%d soreness entries",
						      n.soreness),
				       what->len ? ", " : "", (int)n.soreness);
	if (n.massages)
		g_string_append_printf(what, ngettext("%s%d massage", "%s%d massages", n.massages),
				       what->len ? ", " : "", (int)n.massages);
	/* TRANSLATORS: "Moved the check-in of 2026-11-22 to 2026-11-23: 1 run,
	 * 2 soreness entries." */
	cli_printf(_("Moved the check-in of %s to %s: %s.\n"), day_format(from, a),
		   day_format(to, b), what->str);
	g_string_free(what, TRUE);
	return EXIT_OK;
}

/* The options knead edit takes on t, joined by sep: "date distance ...". */
static char *options_of(enum store_table t, const char *sep)
{
	size_t n;
	const struct edit_field *fields = store_table_edit_fields(t, &n);
	GString *out = g_string_new(NULL);

	for (size_t i = 0; i < n; i++)
		g_string_append_printf(out, "%s%s", i ? sep : "", fields[i].option);
	return g_string_free(out, FALSE);
}

static bool takes_option(enum store_table t, const char *name)
{
	size_t n;
	const struct edit_field *fields = store_table_edit_fields(t, &n);

	for (size_t i = 0; i < n; i++)
		if (strcmp(fields[i].option, name) == 0)
			return true;
	return false;
}

static bool fields_fit(enum store_table t, const GOptionEntry *entries, int *status)
{
	for (const GOptionEntry *e = entries; e->long_name; e++) {
		if (!given(e) || takes_option(t, e->long_name))
			continue;
		/* TRANSLATORS: "--rpe is not a field of soreness (expected --date, --region, ...)". */
		char *expected = options_of(t, ", --");
		*status = cli_usage(_("--%s is not a field of %s (expected --%s)"), e->long_name,
				    store_table_name(t), expected);
		g_free(expected);
		return false;
	}
	return true;
}

/* knead edit --fields: each list and the fields edit takes on it, one list
 * a line in the order of the descriptors ("runs date distance ..."), for
 * the shell completions: a new kind needs no line there. */
static int print_fields(void)
{
	for (int t = 0; t < TABLE_COUNT; t++) {
		char *options = options_of((enum store_table)t, " ");

		printf("%s %s\n", store_table_id((enum store_table)t), options);
		g_free(options);
	}
	return EXIT_OK;
}

int cli_edit(struct cli *cli, int argc, char **argv)
{
	struct edit_opts o = { 0 };
	gboolean move = FALSE, fields = FALSE;
	const GOptionEntry entries[] = {
		{ "fields", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_NONE, &fields, NULL, NULL },
		{ "move-day", 0, 0, G_OPTION_ARG_NONE, &move, N_("move the whole check-in of day FROM to day TO, times kept"), NULL },
		{ "date", 0, 0, G_OPTION_ARG_STRING, &o.date, N_("when (YYYY-MM-DD[THH:MM], today, yesterday, -3d; a day alone keeps the time)"), N_("D") },
		{ "distance", 0, 0, G_OPTION_ARG_STRING, &o.distance, N_("runs, races: 10km, 6.2mi, 800m"), N_("DISTANCE") },
		{ "duration", 0, 0, G_OPTION_ARG_STRING, &o.duration, N_("runs: 52:30, 1:45:00, 45m"), N_("DURATION") },
		{ "kind", 0, 0, G_OPTION_ARG_STRING, &o.kind, N_("runs, massages: the kind, as in knead log"), N_("K") },
		{ "rpe", 0, 0, G_OPTION_ARG_STRING, &o.rpe, N_("runs: effort 1-10 (empty to clear)"), N_("N") },
		{ "hr", 0, 0, G_OPTION_ARG_STRING, &o.hr, N_("runs: average heart rate (empty to clear)"), N_("BPM") },
		{ "region", 0, 0, G_OPTION_ARG_STRING, &o.region, N_("soreness, assessments: the region and side, e.g. calf:left"), N_("R[:S]") },
		{ "level", 0, 0, G_OPTION_ARG_STRING, &o.level, N_("soreness: 0 (nothing) to 10"), N_("N") },
		{ "regions", 0, 0, G_OPTION_ARG_STRING, &o.regions, N_("massages: the regions worked on (empty for none)"), N_("R[:S],...") },
		{ "therapist", 0, 0, G_OPTION_ARG_STRING, &o.therapist, N_("massages: who gave it (empty to clear)"), N_("T") },
		{ "name", 0, 0, G_OPTION_ARG_STRING, &o.name, N_("races: the race's name"), N_("NAME") },
		{ "priority", 0, 0, G_OPTION_ARG_STRING, &o.priority, N_("races: A, B or C"), N_("A|B|C") },
		{ "cleared", 0, G_OPTION_FLAG_OPTIONAL_ARG, G_OPTION_ARG_CALLBACK, (gpointer)take_cleared, N_("assessments: the professional said massage there is fine (--cleared=no: they did not)"), NULL },
		{ "note", 0, 0, G_OPTION_ARG_STRING, &o.note, N_("a note (empty to clear)"), N_("T") },
		{ NULL },
	};
	char *names = cli_list_names("|");
	char *usage = g_strdup_printf(_("%s ID [--FIELD VALUE ...] | --move-day FROM TO - change an entry, or move a day"),
				      names);
	GOptionContext *ctx = cli_context(usage,
					  _("The fields are named as in knead log and knead race add and "
					    "checked the same way; the change is one transaction, and "
					    "knead undo takes it back."),
					  entries);
	GError *err = NULL;
	enum store_table t;
	int status = EXIT_OK;
	int64_t id;
	char *hint = NULL;

	cleared_out = &o.cleared;
	g_option_context_set_ignore_unknown_options(ctx, TRUE);
	/* "edit runs 1 --tiem": the did-you-mean offers the runs' fields. */
	if (argc > 1 && cli_table_from_id(argv[1], &t)) {
		hint = options_of(t, " ");
		cli_option_hint(hint);
	}
	if (!cli_parse(ctx, &argc, &argv)) {
		status = EXIT_USAGE;
	} else if (fields && argc == 1) {
		status = print_fields();
	} else if (move && argc != 3) {
		status = cli_usage(_("usage: knead %s"), _("edit --move-day FROM TO"));
	} else if (move) {
		status = move_day(cli, argv[1], argv[2]);
	} else if (argc != 3) {
		char *line = g_strdup_printf("edit %s ID [--FIELD VALUE ...]", names);
		status = cli_usage(_("usage: knead %s"), line);
		g_free(line);
	} else if (!cli_table_from_id(argv[1], &t)) {
		char *safe = sanitize_quote(argv[1]);
		const char *near = cli_table_nearest(argv[1]);

		if (near) {
			/* TRANSLATORS: "\"rnus\" is not a list to edit (did you mean runs?)" */
			status = cli_usage(_("\"%s\" is not a list to edit (did you mean %s?)"), safe, near);
		} else {
			char *expected = cli_list_names_or();
			/* TRANSLATORS: "x" is not a list to edit (expected runs, soreness, ...). */
			status = cli_usage(_("\"%s\" is not a list to edit (expected %s)"), safe, expected);
			g_free(expected);
		}
		g_free(safe);
	} else if (!parse_id(argv[2], &id, &err)) {
		status = cli_fail(err);
	} else if (fields_fit(t, entries, &status)) {
		status = apply_edit(cli, t, id, entries);
	}
	edit_opts_clear(&o);
	cli_option_hint(NULL);
	g_free(hint);
	g_free(usage);
	g_free(names);
	g_option_context_free(ctx);
	return status;
}

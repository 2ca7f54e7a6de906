/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cli_edit.c - knead edit LIST ID [--FIELD VALUE ...], the lists named by
 * the kinds (store.h).
 *
 * A wrong entry is fixed, not deleted and typed again: the fields are
 * named as in knead log and knead race add and checked by the same
 * parsers; the change is one transaction, journalled for knead undo.
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

#define NOTE_MAX 10000
#define NAME_MAX_BYTES 200

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

/* An empty value clears an optional text. */
static void set_text(char **field, const char *value)
{
	g_free(*field);
	*field = value && *value ? g_strdup(value) : NULL;
}

/* --date on an entry with a time: a bare day keeps the time of day. */
static bool edit_when(const char *s, wtime old, bool future_ok, wtime *out, GError **err)
{
	wtime t;

	if (!cli_parse_when(s, future_ok, &t, err))
		return false;
	if (parse_has_time_of_day(s))
		*out = t;
	else
		*out = day_start(wtime_day(t)) + (old - day_start(wtime_day(old)));
	return true;
}

static bool edit_run(struct cli *cli, const struct edit_opts *o, void *row, GError **err)
{
	struct run *r = row;

	if ((o->date && !edit_when(o->date, r->start, false, &r->start, err)) ||
	    (o->distance && !parse_distance(o->distance, cli->config.units, &r->distance_m, err)) ||
	    (o->duration && !parse_duration(o->duration, &r->duration_s, err)) ||
	    (o->kind && !parse_run_kind(o->kind, &r->kind, err)) ||
	    (o->rpe && *o->rpe && !parse_rpe(o->rpe, &r->rpe, err)) ||
	    (o->hr && *o->hr && !parse_heart_rate(o->hr, &r->avg_hr, err)) ||
	    !parse_text(o->note, NOTE_MAX, _("note"), err))
		return false;
	if (o->rpe && !*o->rpe)
		r->rpe = 0;
	if (o->hr && !*o->hr)
		r->avg_hr = 0;
	if (o->note)
		set_text(&r->note, o->note);
	return true;
}

static bool edit_soreness(struct cli *cli, const struct edit_opts *o, void *row, GError **err)
{
	struct soreness *s = row;

	(void)cli;
	if ((o->date && !edit_when(o->date, s->time, false, &s->time, err)) ||
	    (o->region && !parse_region_side(o->region, &s->region, &s->side, err)) ||
	    (o->level && !parse_level(o->level, &s->level, err)) ||
	    !parse_text(o->note, NOTE_MAX, _("note"), err))
		return false;
	if (o->note)
		set_text(&s->note, o->note);
	return true;
}

/* "calf:left,it-band:right" (empty: no regions), replacing the list. */
static bool parse_regions(const char *s, struct massage *m, GError **err)
{
	struct region_side *rs;
	size_t n;

	if (!parse_region_list(s, &rs, &n, err))
		return false;
	g_free(m->regions);
	m->regions = rs;
	m->n_regions = n;
	return true;
}

static bool edit_massage(struct cli *cli, const struct edit_opts *o, void *row, GError **err)
{
	struct massage *m = row;
	wtime when = day_start(m->date) + 12 * 3600;

	(void)cli;

	/* A massage may lie ahead: a booked session. */
	if ((o->date && !cli_parse_when(o->date, true, &when, err)) ||
	    (o->kind && !parse_massage_kind(o->kind, &m->kind, err)) ||
	    (o->regions && !parse_regions(o->regions, m, err)) ||
	    !parse_text(o->therapist, NAME_MAX_BYTES, _("therapist's name"), err) ||
	    !parse_text(o->note, NOTE_MAX, _("note"), err))
		return false;
	m->date = wtime_day(when);
	if (o->therapist)
		set_text(&m->therapist, o->therapist);
	if (o->note)
		set_text(&m->note, o->note);
	return true;
}

static bool edit_race(struct cli *cli, const struct edit_opts *o, void *row, GError **err)
{
	struct race *r = row;

	if ((o->date && !parse_date_for(o->date, cli_today(), DATE_AHEAD, &r->date, err)) ||
	    (o->name && !parse_text(o->name, NAME_MAX_BYTES, _("race name"), err)) ||
	    (o->distance && !parse_distance(o->distance, cli->config.units, &r->distance_m, err)) ||
	    (o->priority && !parse_priority(o->priority, &r->priority, err)))
		return false;
	if (o->name) {
		char *name = g_strstrip(g_strdup(o->name));
		if (!*name) {
			g_free(name);
			g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_INVALID, _("the race needs a name"));
			return false;
		}
		g_free(r->name);
		r->name = name;
	}
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

static bool edit_assessment(struct cli *cli, const struct edit_opts *o, void *row, GError **err)
{
	struct assessment *a = row;

	(void)cli;
	return (!o->date || edit_when(o->date, a->time, false, &a->time, err)) &&
	       (!o->region || parse_region_side(o->region, &a->region, &a->side, err)) &&
	       (!o->cleared || parse_yes_no(o->cleared, &a->cleared, err));
}

/* The fields of an entry as a runner reads them, label then value, in a
 * fixed order, so that two versions compare field by field. */
#define FIELD(label, value) (g_ptr_array_add(a, g_strdup(label)), g_ptr_array_add(a, (value)))

static void describe_run(GPtrArray *a, const void *row, enum unit u)
{
	const struct run *r = row;
	char buf[DATETIME_BUF];

	FIELD(_("date"), g_strdup(wtime_format(r->start, buf)));
	FIELD(_("distance"), format_distance(r->distance_m, u));
	FIELD(_("duration"), format_duration(r->duration_s));
	FIELD(_("kind"), g_strdup(run_kind_name(r->kind)));
	FIELD(_("effort"), r->rpe ? g_strdup_printf("%d", r->rpe) : g_strdup("-"));
	FIELD(_("heart rate"), r->avg_hr ? g_strdup_printf("%d", r->avg_hr) : g_strdup("-"));
	FIELD(_("note"), sanitize_text(r->note ? r->note : "-"));
}

static void describe_soreness(GPtrArray *a, const void *row, enum unit u)
{
	const struct soreness *s = row;
	char buf[DATETIME_BUF];

	(void)u;
	FIELD(_("date"), g_strdup(wtime_format(s->time, buf)));
	FIELD(_("region"), region_side_name(s->region, s->side));
	FIELD(_("level"), g_strdup_printf("%d/10", s->level));
	FIELD(_("note"), sanitize_text(s->note ? s->note : "-"));
}

static void describe_massage(GPtrArray *a, const void *row, enum unit u)
{
	const struct massage *m = row;
	GString *regions = g_string_new(NULL);
	char buf[DATE_BUF];

	(void)u;
	for (size_t i = 0; i < m->n_regions; i++) {
		char *name = region_side_name(m->regions[i].region, m->regions[i].side);
		g_string_append_printf(regions, "%s%s", i ? ", " : "", name);
		g_free(name);
	}
	FIELD(_("date"), g_strdup(day_format(m->date, buf)));
	FIELD(_("kind"), g_strdup(massage_kind_name(m->kind)));
	FIELD(_("regions"), g_string_free(regions, m->n_regions == 0) ?: g_strdup("-"));
	FIELD(_("therapist"), sanitize_text(m->therapist ? m->therapist : "-"));
	FIELD(_("note"), sanitize_text(m->note ? m->note : "-"));
}

static void describe_race(GPtrArray *a, const void *row, enum unit u)
{
	const struct race *r = row;
	char buf[DATE_BUF];

	FIELD(_("date"), g_strdup(day_format(r->date, buf)));
	FIELD(_("name"), sanitize_text(r->name));
	FIELD(_("distance"), format_distance(r->distance_m, u));
	FIELD(_("priority"), g_strdup_printf("%c", r->priority));
}
static void describe_assessment(GPtrArray *a, const void *row, enum unit u)
{
	const struct assessment *x = row;
	char buf[DATETIME_BUF];

	(void)u;
	FIELD(_("date"), g_strdup(wtime_format(x->time, buf)));
	FIELD(_("region"), region_side_name(x->region, x->side));
	FIELD(_("cleared for massage"), g_strdup(x->cleared ? _("yes") : _("no")));
}
#undef FIELD

/* What knead edit knows of each kind: the options it takes (the others
 * are refused by name), how they change a row, and the row's fields. */
struct edit_kind {
	const char *fields;
	bool (*edit)(struct cli *cli, const struct edit_opts *o, void *row, GError **err);
	void (*describe)(GPtrArray *a, const void *row, enum unit u);
};

static const struct edit_kind edit_kinds[TABLE_COUNT] = {
	[TABLE_RUNS] = { "date distance duration kind rpe hr note", edit_run, describe_run },
	[TABLE_SORENESS] = { "date region level note", edit_soreness, describe_soreness },
	[TABLE_MASSAGES] = { "date kind regions therapist note", edit_massage, describe_massage },
	[TABLE_RACES] = { "date name distance priority", edit_race, describe_race },
	[TABLE_ASSESSMENTS] = { "date region cleared", edit_assessment, describe_assessment },
};

static GPtrArray *describe(enum store_table t, const union store_row *e, enum unit u)
{
	GPtrArray *a = g_ptr_array_new_with_free_func(g_free);

	edit_kinds[t].describe(a, e, u);
	return a;
}

/* "  distance: 10.00 km -> 12.00 km\n" for each field that differs (an
 * empty text when none does). */
static GString *changes_text(enum store_table t, const union store_row *was,
			     const union store_row *now, enum unit u)
{
	GPtrArray *a = describe(t, was, u), *b = describe(t, now, u);
	GString *out = g_string_new(NULL);

	for (guint i = 0; i + 1 < a->len; i += 2) {
		if (strcmp(a->pdata[i + 1], b->pdata[i + 1]) == 0)
			continue;
		/* TRANSLATORS: one changed field: "  distance: 10.00 km -> 12.00 km". */
		g_string_append_printf(out, _("  %s: %s -> %s\n"), (char *)a->pdata[i],
				       (char *)a->pdata[i + 1], (char *)b->pdata[i + 1]);
	}
	g_ptr_array_free(a, TRUE);
	g_ptr_array_free(b, TRUE);
	return out;
}

/* Reads and edits the entry; the whole entry then goes through the same
 * door as a new one (change.h): checked with the rules of knead log,
 * written and journalled in one transaction. */
static int apply_edit(struct cli *cli, enum store_table t, int64_t id, const struct edit_opts *o)
{
	union store_row was, now;
	GError *err = NULL;
	GString *changes = NULL;
	bool ok;
	int status = EXIT_OK;

	if (!cli_open_store_to_change(cli, &err) || !store_entry_get(cli->store, t, id, &was, &err))
		return cli_fail(err);
	store_entry_copy(t, &now, &was);
	ok = edit_kinds[t].edit(cli, o, &now, &err);
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

static bool fields_fit(enum store_table t, const GOptionEntry *entries, int *status)
{
	char **allowed = g_strsplit(edit_kinds[t].fields, " ", -1);

	for (const GOptionEntry *e = entries; e->long_name; e++) {
		const char *value;

		if (e->arg == G_OPTION_ARG_CALLBACK)
			value = *cleared_out;
		else if (e->arg == G_OPTION_ARG_STRING)
			value = *(char **)e->arg_data;
		else
			continue;
		if (!value || g_strv_contains((const char *const *)allowed, e->long_name))
			continue;
		/* TRANSLATORS: "--rpe is not a field of soreness (expected --date, --region, ...)". */
		char *expected = g_strjoinv(", --", allowed);
		*status = cli_usage(_("--%s is not a field of %s (expected --%s)"), e->long_name,
				    store_table_name(t), expected);
		g_free(expected);
		g_strfreev(allowed);
		return false;
	}
	g_strfreev(allowed);
	return true;
}

/* knead edit --fields: each list and the fields edit takes on it, one list
 * a line in the order of the descriptors ("runs date distance ..."), for
 * the shell completions: a new kind needs no line there. */
static int print_fields(void)
{
	for (int t = 0; t < TABLE_COUNT; t++)
		printf("%s %s\n", store_table_id((enum store_table)t), edit_kinds[t].fields);
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

	cleared_out = &o.cleared;
	g_option_context_set_ignore_unknown_options(ctx, TRUE);
	/* "edit runs 1 --tiem": the did-you-mean offers the runs' fields. */
	if (argc > 1 && cli_table_from_id(argv[1], &t))
		cli_option_hint(edit_kinds[t].fields);
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
		status = apply_edit(cli, t, id, &o);
	}
	edit_opts_clear(&o);
	g_free(usage);
	g_free(names);
	g_option_context_free(ctx);
	return status;
}

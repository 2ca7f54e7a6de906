/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cli_list.c - knead list [runs|soreness|massages|races] [--since D] [--json]. */
#include <config.h>

#include <stdio.h>
#include <string.h>
#include "cli.h"
#include "core/clock.h"
#include "core/format.h"
#include "core/i18n.h"
#include "core/sanitize.h"
#include "core/parse.h"
#include "core/regions.h"

/* The kind column fits the longest kind name in this language. */
static int run_kind_column(void)
{
	int w = 9;

	for (int k = 0; k < RUN_KIND_COUNT; k++)
		w = MAX(w, format_width(run_kind_name((enum run_kind)k)));
	return w;
}

static void print_runs(const struct history *l, enum unit u)
{
	int kind_w = run_kind_column();

	char when[DATETIME_BUF];

	if (l->n_runs)
		cli_printf("%s\n", _("Runs"));
	for (size_t i = 0; i < l->n_runs; i++) {
		const struct run *r = &l->runs[i];
		char *dist = format_distance(r->distance_m, u), *dur = format_duration(r->duration_s);
		char *pace = format_pace(r->distance_m, r->duration_s, u);

		wtime_format(r->start, when);
		when[16] = '\0';
		cli_printf("  %4" G_GINT64_FORMAT "  %s  %10s  %8s  %10s  ", r->id, when, dist, dur, pace);
		cli_print_padded(run_kind_name(r->kind), kind_w);
		if (r->rpe)
			/* TRANSLATORS: effort rating shown in listings, "effort 6". */
			cli_printf(_("  effort %d"), r->rpe);
		if (r->avg_hr)
			cli_printf(_("  %d bpm"), r->avg_hr);
		if (r->note)
			cli_print_note(r->note);
		putchar('\n');
		g_free(dist);
		g_free(dur);
		g_free(pace);
	}
}

static void print_soreness(const struct history *l)
{
	char when[DATETIME_BUF];

	int name_w = 24;

	if (l->n_soreness)
		cli_printf("%s\n", _("Soreness"));
	for (size_t i = 0; i < l->n_soreness; i++) {
		char *name = region_side_name(l->soreness[i].region, l->soreness[i].side);
		name_w = MAX(name_w, format_width(name));
		g_free(name);
	}
	for (size_t i = 0; i < l->n_soreness; i++) {
		const struct soreness *s = &l->soreness[i];
		char *name = region_side_name(s->region, s->side);

		wtime_format(s->time, when);
		when[16] = '\0';
		cli_printf("  %4" G_GINT64_FORMAT "  %s  ", s->id, when);
		cli_print_padded(name, name_w);
		cli_printf(" %2d/10", s->level);
		if (s->sharp)
			/* TRANSLATORS: after a soreness level in knead list: sharp pain. */
			cli_printf("  %s", _("sharp"));
		if (s->note)
			cli_print_note(s->note);
		putchar('\n');
		g_free(name);
	}
}

static void print_massages(const struct history *l)
{
	char date[DATE_BUF];

	if (l->n_massages)
		cli_printf("%s\n", _("Massages"));
	for (size_t i = 0; i < l->n_massages; i++) {
		const struct massage *m = &l->massages[i];

		cli_printf("  %4" G_GINT64_FORMAT "  %s  %s", m->id, day_format(m->date, date),
		       massage_kind_name(m->kind));
		for (size_t j = 0; j < m->n_regions; j++) {
			char *name = region_side_name(m->regions[j].region, m->regions[j].side);
			cli_printf("%s%s", j ? ", " : "  ", name);
			g_free(name);
		}
		if (m->therapist)
			/* TRANSLATORS: "with Julie", the therapist who gave a massage. */
			cli_printf(_("  with %s"), m->therapist);
		if (m->date > wtime_day(clock_now()))
			/* TRANSLATORS: a massage dated after today in knead list. */
			cli_printf("  (%s)", _("booked"));
		putchar('\n');
	}
}

static void print_races(const struct history *l, enum unit u)
{
	char date[DATE_BUF];

	if (l->n_races)
		cli_printf("%s\n", _("Races"));
	for (size_t i = 0; i < l->n_races; i++) {
		const struct race *r = &l->races[i];
		char *dist = format_distance(r->distance_m, u);

		cli_printf("  %4" G_GINT64_FORMAT "  %s  %c  %10s  %s\n", r->id,
		       day_format(r->date, date), r->priority, dist, r->name);
		g_free(dist);
	}
}

/* One entry of a listing, whichever table it comes from, with the moment
 * it stands for ("2026-11-20T07:00" or "2026-11-20": they sort as text). */
struct listed {
	char when[DATETIME_BUF];
	enum store_table table;
	const void *entry;
	guint seq; /* same moment: table order, then as loaded */
};

static gint by_when(gconstpointer a, gconstpointer b)
{
	const struct listed *x = a, *y = b;
	int c = strcmp(x->when, y->when);

	return c ? c : (x->seq > y->seq) - (x->seq < y->seq);
}

static void write_listed(struct json_writer *w, const struct listed *e, bool combined)
{
	switch (e->table) {
	case TABLE_RUNS:
		json_run(w, e->entry, combined ? "run" : NULL);
		break;
	case TABLE_SORENESS:
		json_soreness(w, e->entry, combined ? "soreness" : NULL);
		break;
	case TABLE_MASSAGES:
		json_massage(w, e->entry, combined ? "massage" : NULL);
		break;
	default:
		json_race(w, e->entry, combined ? "race" : NULL);
		break;
	}
}

static void add_listed(GArray *v, enum store_table t, const void *entry, const char *when)
{
	struct listed e = { .table = t, .entry = entry, .seq = v->len };

	g_strlcpy(e.when, when, sizeof(e.when));
	g_array_append_val(v, e);
}

static struct json_writer *listing_json(const struct history *l, bool combined)
{
	GArray *v = g_array_new(FALSE, FALSE, sizeof(struct listed));
	struct json_writer *w = json_writer_new();
	char when[DATETIME_BUF];

	for (size_t i = 0; i < l->n_runs; i++)
		add_listed(v, TABLE_RUNS, &l->runs[i], wtime_format(l->runs[i].start, when));
	for (size_t i = 0; i < l->n_soreness; i++)
		add_listed(v, TABLE_SORENESS, &l->soreness[i], wtime_format(l->soreness[i].time, when));
	for (size_t i = 0; i < l->n_massages; i++)
		add_listed(v, TABLE_MASSAGES, &l->massages[i], day_format(l->massages[i].date, when));
	for (size_t i = 0; i < l->n_races; i++)
		add_listed(v, TABLE_RACES, &l->races[i], day_format(l->races[i].date, when));
	if (combined)
		g_array_sort(v, by_when);
	json_writer_begin_array(w);
	for (guint i = 0; i < v->len; i++)
		write_listed(w, &g_array_index(v, struct listed, i), combined);
	json_writer_end_array(w);
	g_array_free(v, TRUE);
	return w;
}

int cli_list_tables(struct cli *cli, bool want[TABLE_COUNT], const char *since, bool json)
{
	struct history l = { 0 };
	GError *err = NULL;
	dayno since_day = 0;
	int n_wanted = 0;

	for (int i = 0; i < TABLE_COUNT; i++)
		n_wanted += want[i];
	if (since && !parse_date(since, cli_today(), &since_day, &err))
		return cli_fail(err);
	if (!cli_open_store(cli, &err) ||
	    !store_entries_load(cli->store, want, since != NULL, since_day, &l, &err)) {
		history_clear(&l);
		return cli_fail(err);
	}
	if (json) {
		cli_print_json(listing_json(&l, n_wanted > 1));
	} else {
		print_runs(&l, cli->config.units);
		print_soreness(&l);
		print_massages(&l);
		print_races(&l, cli->config.units);
		if (!l.n_runs && !l.n_soreness && !l.n_massages && !l.n_races)
			cli_printf("%s\n", _("Nothing logged yet."));
	}
	history_clear(&l);
	return EXIT_OK;
}

int cli_list(struct cli *cli, int argc, char **argv)
{
	char *since = NULL;
	gboolean json = FALSE;
	const GOptionEntry entries[] = {
		{ "since", 0, 0, G_OPTION_ARG_STRING, &since, N_("only from this date on"), N_("D") },
		{ "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("a JSON array, oldest first"), NULL },
		{ NULL },
	};
	GOptionContext *ctx = cli_context(_("[runs|soreness|massages|races] - list what was logged"),
					  NULL, entries);
	bool want[TABLE_COUNT];
	int status;

	if (!cli_parse(ctx, &argc, &argv)) {
		status = EXIT_USAGE;
		goto out;
	}
	if (argc > 2) {
		status = cli_usage(_("usage: knead %s"),
				   "list [runs|soreness|massages|races] [--since D] [--json]");
		goto out;
	}
	for (int i = 0; i < TABLE_COUNT; i++)
		want[i] = argc < 2;
	if (argc == 2) {
		enum store_table t;
		if (!store_table_from_id(argv[1], &t)) {
			char *safe = sanitize_quote(argv[1]);
			status = cli_usage(_("\"%s\" cannot be listed (expected runs, soreness, massages or races)"),
					   safe);
			g_free(safe);
			goto out;
		}
		want[t] = true;
	}
	status = cli_list_tables(cli, want, since, json);
out:
	g_free(since);
	g_option_context_free(ctx);
	return status;
}

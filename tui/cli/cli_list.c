/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cli_list.c - knead list [LIST] [--since D]
 * [--json]. */
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

/* A column's heading, padded to w columns (right-aligned over numbers). */
static void heading(const char *name, int w, bool right)
{
	int pad = MAX(0, w - format_width(name));

	if (right)
		cli_printf("%*s", pad, "");
	cli_print_padded(name, right ? 0 : w);
}

/* "2026-11-22 07:15": the local day and time, no ISO "T". */
static void local_when(wtime t, char when[DATETIME_BUF])
{
	wtime_format(t, when);
	when[10] = ' ';
	when[16] = '\0';
}

static void print_run(const struct run *r, enum unit u, int kind_w)
{
	char *dist = format_distance(r->distance_m, u), *dur = format_duration(r->duration_s);
	char *pace = format_pace(r->distance_m, r->duration_s, u);
	char when[DATETIME_BUF];

	local_when(r->start, when);
	cli_printf("  %4" G_GINT64_FORMAT "  %s  %10s  %8s  %10s  ", r->id, when, dist, dur, pace);
	cli_print_padded(run_kind_name(r->kind), kind_w);
	if (r->rpe)
		/* TRANSLATORS: effort rating shown in listings, "effort 6". */
		cli_printf(_("  effort %d"), r->rpe);
	if (r->avg_hr)
		cli_printf(_("  %d bpm"), r->avg_hr);
	if (r->note)
		cli_print_note(r->note);
	cli_puts("\n");
	g_free(dist);
	g_free(dur);
	g_free(pace);
}

/* Runs are the long table: they stream through a cursor, one at a time
 * (flat memory at millions of runs); *n says how many were listed. */
static bool print_runs(struct store *st, bool have_since, dayno since, enum unit u, size_t *n,
		       GError **err)
{
	int kind_w = run_kind_column();
	struct store_cursor *c = store_cursor_open(st, TABLE_RUNS, have_since, since, err);
	const struct run *r;
	GError *e = NULL;

	*n = 0;
	if (!c)
		return false;
	while ((r = store_cursor_next(c, &e))) {
		if ((*n)++ == 0) {
			cli_printf("%s\n  ", _("Runs"));
			/* TRANSLATORS: the column headings of knead list; short. */
			heading(C_("column", "id"), 4, true);
			cli_puts("  ");
			heading(C_("column", "when"), 16, false);
			cli_puts("  ");
			heading(C_("column", "distance"), 10, true);
			cli_puts("  ");
			heading(C_("column", "time"), 8, true);
			cli_puts("  ");
			heading(C_("column", "pace"), 10, true);
			cli_puts("  ");
			heading(C_("column", "kind"), 0, false);
			cli_puts("\n");
		}
		print_run(r, u, kind_w);
	}
	store_cursor_close(c);
	if (e) {
		g_propagate_error(err, e);
		return false;
	}
	return true;
}

/* A list of entries on a region: its title, then the id, when and region
 * columns' headings (the caller adds its own last column). */
static void region_headings(const char *title, int name_w)
{
	cli_printf("%s\n  ", title);
	heading(C_("column", "id"), 4, true);
	cli_puts("  ");
	heading(C_("column", "when"), 16, false);
	cli_puts("  ");
	heading(C_("column", "region"), name_w, false);
}

static void print_soreness(const struct history *l)
{
	char when[DATETIME_BUF];

	int name_w = 24;

	for (size_t i = 0; i < l->n_soreness; i++) {
		char *name = region_side_name(l->soreness[i].region, l->soreness[i].side);
		name_w = MAX(name_w, format_width(name));
		g_free(name);
	}
	if (l->n_soreness) {
		region_headings(_("Soreness"), name_w);
		cli_puts(" ");
		heading(C_("column", "level"), 0, false);
		cli_puts("\n");
	}
	for (size_t i = 0; i < l->n_soreness; i++) {
		const struct soreness *s = &l->soreness[i];
		char *name = region_side_name(s->region, s->side);

		local_when(s->time, when);
		cli_printf("  %4" G_GINT64_FORMAT "  %s  ", s->id, when);
		cli_print_padded(name, name_w);
		cli_printf(" %2d/10", s->level);
		if (s->sharp)
			/* TRANSLATORS: after a soreness level in knead list: sharp pain. */
			cli_printf("  %s", _("sharp"));
		if (s->note)
			cli_print_note(s->note);
		cli_puts("\n");
		g_free(name);
	}
}

static void print_assessments(const struct assessment *a, size_t n)
{
	char when[DATETIME_BUF];
	int name_w = 16;

	for (size_t i = 0; i < n; i++) {
		char *name = region_side_name(a[i].region, a[i].side);
		name_w = MAX(name_w, format_width(name));
		g_free(name);
	}
	if (n) {
		region_headings(_("Assessments"), name_w);
		cli_puts("  ");
		/* TRANSLATORS: the column of knead list's assessments that says
		   whether massage there is fine. */
		heading(C_("column", "massage"), 0, false);
		cli_puts("\n");
	}
	for (size_t i = 0; i < n; i++) {
		char *name = region_side_name(a[i].region, a[i].side);

		local_when(a[i].time, when);
		cli_printf("  %4" G_GINT64_FORMAT "  %s  ", a[i].id, when);
		cli_print_padded(name, name_w);
		/* TRANSLATORS: an assessment in knead list: massage there is fine, or not yet. */
		cli_printf("  %s\n", a[i].cleared ? _("cleared for massage") : _("no massage there yet"));
		g_free(name);
	}
}

static void print_massages(const struct history *l)
{
	char date[DATE_BUF];

	if (l->n_massages) {
		cli_printf("%s\n  ", _("Massages"));
		heading(C_("column", "id"), 4, true);
		cli_puts("  ");
		heading(C_("column", "date"), 10, false);
		cli_puts("  ");
		heading(C_("column", "kind, regions"), 0, false);
		cli_puts("\n");
	}
	for (size_t i = 0; i < l->n_massages; i++) {
		const struct massage *m = &l->massages[i];

		cli_printf("  %4" G_GINT64_FORMAT "  %s  %s", m->id, day_format(m->date, date),
		       massage_kind_name(m->kind));
		for (size_t j = 0; j < m->n_regions; j++) {
			char *name = region_side_name(m->regions[j].region, m->regions[j].side);
			cli_printf("%s%s", j ? ", " : "  ", name);
			g_free(name);
		}
		if (m->therapist) {
			/* One line whatever the name holds (sanitize.h). */
			g_autofree char *who = sanitize_text(m->therapist);
			/* TRANSLATORS: "with Julie", the therapist who gave a massage. */
			cli_printf(_("  with %s"), who);
		}
		if (m->date > wtime_day(clock_now()))
			/* TRANSLATORS: a massage dated after today in knead list. */
			cli_printf("  (%s)", _("booked"));
		cli_puts("\n");
	}
}

static void print_races(const struct history *l, enum unit u)
{
	char date[DATE_BUF];

	if (l->n_races) {
		cli_printf("%s\n  ", _("Races"));
		heading(C_("column", "id"), 4, true);
		cli_puts("  ");
		heading(C_("column", "date"), 10, false);
		cli_puts("  ");
		/* TRANSLATORS: the race priority column (A, B, C); one letter. */
		heading(C_("column", "P"), 1, false);
		cli_puts("  ");
		heading(C_("column", "distance"), 10, true);
		cli_puts("  ");
		heading(C_("column", "name"), 0, false);
		cli_puts("\n");
	}
	for (size_t i = 0; i < l->n_races; i++) {
		const struct race *r = &l->races[i];
		char *dist = format_distance(r->distance_m, u);
		char *name = sanitize_text(r->name);

		cli_printf("  %4" G_GINT64_FORMAT "  %s  %c  %10s  %s\n", r->id,
		       day_format(r->date, date), r->priority, dist, name);
		g_free(name);
		g_free(dist);
	}
}

/* The JSON listing streams: one cursor per table (store_cursor), merged
 * by the moment each entry stands for ("2026-11-20T07:00:00" or
 * "2026-11-20": they sort as text; on a tie, table order), written out
 * every STREAM_CHUNK bytes, so that memory stays flat at millions of runs. */
#define STREAM_CHUNK (64 * 1024)

struct listing_head {
	struct store_cursor *cursor;
	const void *row;
	char when[DATETIME_BUF];
};

static bool head_advance(struct listing_head *h, enum store_table t, GError **err)
{
	GError *e = NULL;

	h->row = store_cursor_next(h->cursor, &e);
	if (e) {
		g_propagate_error(err, e);
		return false;
	}
	if (h->row)
		store_entry_when(t, h->row, h->when);
	return true;
}

static void flush_json(struct json_writer *w)
{
	size_t len;
	const char *text = json_writer_pending(w, &len);

	cli_out_flush();
	fwrite(text, 1, len, stdout);
	json_writer_consumed(w);
}

/* The table whose next entry comes first, or -1 when all are done. */
static int first_head(const struct listing_head heads[TABLE_COUNT])
{
	int best = -1;

	for (int t = 0; t < TABLE_COUNT; t++)
		if (heads[t].row && (best < 0 || strcmp(heads[t].when, heads[best].when) < 0))
			best = t;
	return best;
}

static bool listing_json(struct store *st, const bool want[TABLE_COUNT], bool have_since,
			 dayno since, bool combined, GError **err)
{
	struct listing_head heads[TABLE_COUNT] = { 0 };
	struct json_writer *w = json_writer_new();
	size_t pending;
	bool ok = true;
	int t;

	store_read_begin(st);
	for (t = 0; ok && t < TABLE_COUNT; t++) {
		if (!want[t])
			continue;
		heads[t].cursor = store_cursor_open(st, (enum store_table)t, have_since, since, err);
		ok = heads[t].cursor && head_advance(&heads[t], (enum store_table)t, err);
	}
	json_writer_begin_array(w);
	while (ok && (t = first_head(heads)) >= 0) {
		store_entry_json(w, (enum store_table)t, heads[t].row, combined);
		ok = head_advance(&heads[t], (enum store_table)t, err);
		json_writer_pending(w, &pending);
		if (ok && pending >= STREAM_CHUNK)
			flush_json(w);
	}
	json_writer_end_array(w);
	for (t = 0; t < TABLE_COUNT; t++)
		store_cursor_close(heads[t].cursor);
	store_read_end(st);
	flush_json(w);
	{
		char *rest = json_writer_finish(w, NULL);
		if (ok)
			fputs(rest, stdout);
		g_free(rest);
	}
	return ok;
}

int cli_list_tables(struct cli *cli, bool want[TABLE_COUNT], const char *since, bool json)
{
	struct history l = { 0 };
	bool others[TABLE_COUNT];
	size_t n_runs = 0;
	GError *err = NULL;
	dayno since_day = 0;
	int n_wanted = 0;

	for (int i = 0; i < TABLE_COUNT; i++)
		n_wanted += want[i];
	if (since && !parse_date(since, cli_today(), &since_day, &err))
		return cli_fail(err);
	if (json) {
		if (!cli_open_store_read(cli, &err) ||
		    !listing_json(cli->store, want, since != NULL, since_day, n_wanted > 1, &err))
			return cli_fail(err);
		return EXIT_OK;
	}
	memcpy(others, want, sizeof(others));
	others[TABLE_RUNS] = false;
	if (!cli_open_store_read(cli, &err))
		return cli_fail(err);
	cli_pager_start(cli->no_pager);
	store_read_begin(cli->store);
	if ((want[TABLE_RUNS] &&
	     !print_runs(cli->store, since != NULL, since_day, cli->config.units, &n_runs, &err)) ||
	    !store_entries_load(cli->store, others, since != NULL, since_day, &l, &err)) {
		store_read_end(cli->store);
		history_clear(&l);
		return cli_fail(err);
	}
	store_read_end(cli->store);
	print_soreness(&l);
	print_massages(&l);
	print_races(&l, cli->config.units);
	print_assessments(l.assessments, l.n_assessments);
	if (!n_runs && !l.n_soreness && !l.n_massages && !l.n_races && !l.n_assessments) {
		char day[DATE_BUF];

		/* Under --since the database may hold older entries: say what
		 * was asked, not that nothing was ever logged. */
		if (since)
			/* TRANSLATORS: knead list --since D found nothing. */
			cli_printf(_("Nothing logged since %s.\n"), day_format(since_day, day));
		else
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
		{ "no-pager", 0, 0, G_OPTION_ARG_NONE, &cli->no_pager, N_("never through $PAGER, even on a terminal"), NULL },
		{ NULL },
	};
	char *names = cli_list_names("|");
	char *usage = g_strdup_printf(_("[%s] - list what was logged"), names);
	GOptionContext *ctx = cli_context(usage, NULL, entries);
	bool want[TABLE_COUNT];
	int status;

	if (!cli_parse(ctx, &argc, &argv)) {
		status = EXIT_USAGE;
		goto out;
	}
	if (argc > 2) {
		char *line = g_strdup_printf("list [%s] [--since D] [--json] [--no-pager]", names);
		status = cli_usage(_("usage: knead %s"), line);
		g_free(line);
		goto out;
	}
	for (int i = 0; i < TABLE_COUNT; i++)
		want[i] = argc < 2;
	if (argc == 2) {
		enum store_table t;
		if (!cli_table_from_id(argv[1], &t)) {
			char *safe = sanitize_quote(argv[1]), *expected = cli_list_names_or();
			/* TRANSLATORS: "x" cannot be listed (expected runs, soreness, ...). */
			status = cli_usage(_("\"%s\" cannot be listed (expected %s)"), safe, expected);
			g_free(expected);
			g_free(safe);
			goto out;
		}
		want[t] = true;
	}
	status = cli_list_tables(cli, want, since, json);
out:
	g_free(since);
	g_free(usage);
	g_free(names);
	g_option_context_free(ctx);
	return status;
}

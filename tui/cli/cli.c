/* cli.c - shared plumbing of the subcommands. */
#include <config.h>

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "cli.h"
#include "core/clock.h"
#include "core/error.h"
#include "core/i18n.h"
#include "core/regions.h"

struct store *cli_open_store(struct cli *cli, GError **err)
{
	if (!cli->store)
		cli->store = store_open(cli->db_path, err);
	return cli->store;
}

int cli_fail(GError *err)
{
	int status = knead_error_exit_status(err);

	fprintf(stderr, "knead: %s\n", err ? err->message : _("unknown error"));
	if (err)
		g_error_free(err);
	return status;
}

int cli_usage(const char *fmt, ...)
{
	va_list ap;
	char *msg;

	va_start(ap, fmt);
	msg = g_strdup_vprintf(fmt, ap);
	va_end(ap);
	fprintf(stderr, "knead: %s\n", msg);
	g_free(msg);
	return EXIT_USAGE;
}

GOptionContext *cli_context(const char *usage, const char *summary, const GOptionEntry *entries)
{
	GOptionContext *ctx = g_option_context_new(usage);

	g_option_context_set_translation_domain(ctx, PACKAGE);
	if (summary)
		g_option_context_set_summary(ctx, summary);
	if (entries)
		g_option_context_add_main_entries(ctx, entries, PACKAGE);
	return ctx;
}

bool cli_parse(GOptionContext *ctx, int *argc, char ***argv)
{
	GError *err = NULL;

	if (!g_option_context_parse(ctx, argc, argv, &err)) {
		/* GOption's own messages are translated by GLib. */
		g_prefix_error(&err, "%s: ", (*argv)[0]);
		cli_usage("%s", err->message);
		g_error_free(err);
		return false;
	}
	return true;
}

void cli_print_json(JsonNode *node)
{
	JsonGenerator *gen = json_generator_new();
	char *text;

	json_generator_set_pretty(gen, TRUE);
	json_generator_set_indent(gen, 2);
	json_generator_set_root(gen, node);
	text = json_generator_to_data(gen, NULL);
	fputs(text, stdout);
	fputc('\n', stdout);
	g_free(text);
	g_object_unref(gen);
	json_node_unref(node);
}

dayno cli_today(void)
{
	return wtime_day(clock_now());
}

wtime cli_time_on(dayno d)
{
	wtime now = clock_now();

	if (d == wtime_day(now))
		return now;
	return day_start(d) + 12 * 3600;
}

bool cli_parse_when(const char *s, bool future_ok, wtime *out, GError **err)
{
	dayno d;
	wtime t;

	if (strlen(s) > 10 && (s[10] == 'T' || s[10] == ' ')) {
		if (!parse_datetime(s, &t, err))
			return false;
	} else {
		if (!parse_date(s, cli_today(), &d, err))
			return false;
		t = cli_time_on(d);
	}
	if (!future_ok && wtime_day(t) > cli_today()) {
		char *safe = g_strescape(s, NULL);
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_INVALID,
			    _("\"%s\" is in the future (expected today or an earlier date)"), safe);
		g_free(safe);
		return false;
	}
	*out = t;
	return true;
}

/* --- JSON forms --------------------------------------------------------- */

static void add_text(JsonBuilder *b, const char *key, const char *v)
{
	json_builder_set_member_name(b, key);
	if (v)
		json_builder_add_string_value(b, v);
	else
		json_builder_add_null_value(b);
}

static void add_int_or_null(JsonBuilder *b, const char *key, int v)
{
	json_builder_set_member_name(b, key);
	if (v > 0)
		json_builder_add_int_value(b, v);
	else
		json_builder_add_null_value(b);
}

static void add_day(JsonBuilder *b, const char *key, dayno d)
{
	char buf[DATE_BUF];
	add_text(b, key, day_format(d, buf));
}

static void add_time(JsonBuilder *b, const char *key, wtime t)
{
	char buf[DATETIME_BUF];
	add_text(b, key, wtime_format(t, buf));
}

static JsonNode *finish(JsonBuilder *b)
{
	JsonNode *n;

	json_builder_end_object(b);
	n = json_builder_get_root(b);
	g_object_unref(b);
	return n;
}

static JsonBuilder *begin(int64_t id)
{
	JsonBuilder *b = json_builder_new();

	json_builder_begin_object(b);
	json_builder_set_member_name(b, "id");
	json_builder_add_int_value(b, id);
	return b;
}

JsonNode *json_run(const struct run *r)
{
	JsonBuilder *b = begin(r->id);

	add_time(b, "start", r->start);
	json_builder_set_member_name(b, "distance_m");
	json_builder_add_double_value(b, r->distance_m);
	json_builder_set_member_name(b, "duration_s");
	json_builder_add_double_value(b, r->duration_s);
	add_text(b, "kind", run_kind_id(r->kind));
	add_int_or_null(b, "rpe", r->rpe);
	add_int_or_null(b, "avg_hr", r->avg_hr);
	json_builder_set_member_name(b, "elevation_m");
	if (r->elevation_m >= 0)
		json_builder_add_double_value(b, r->elevation_m);
	else
		json_builder_add_null_value(b);
	add_text(b, "note", r->note);
	add_text(b, "source", run_source_id(r->source));
	add_text(b, "source_id", r->source_id);
	return finish(b);
}

JsonNode *json_soreness(const struct soreness *s)
{
	JsonBuilder *b = begin(s->id);

	add_time(b, "time", s->time);
	add_text(b, "region", region_id(s->region));
	add_text(b, "side", side_id(s->side));
	json_builder_set_member_name(b, "level");
	json_builder_add_int_value(b, s->level);
	add_text(b, "note", s->note);
	return finish(b);
}

JsonNode *json_massage(const struct massage *m)
{
	JsonBuilder *b = begin(m->id);

	add_day(b, "date", m->date);
	add_text(b, "kind", massage_kind_id(m->kind));
	json_builder_set_member_name(b, "regions");
	json_builder_begin_array(b);
	for (size_t i = 0; i < m->n_regions; i++) {
		json_builder_begin_object(b);
		add_text(b, "region", region_id(m->regions[i].region));
		add_text(b, "side", side_id(m->regions[i].side));
		json_builder_end_object(b);
	}
	json_builder_end_array(b);
	add_text(b, "therapist", m->therapist);
	add_text(b, "note", m->note);
	return finish(b);
}

JsonNode *json_race(const struct race *r)
{
	JsonBuilder *b = begin(r->id);
	char prio[2] = { r->priority, '\0' };

	add_day(b, "date", r->date);
	add_text(b, "name", r->name);
	json_builder_set_member_name(b, "distance_m");
	json_builder_add_double_value(b, r->distance_m);
	add_text(b, "priority", prio);
	return finish(b);
}

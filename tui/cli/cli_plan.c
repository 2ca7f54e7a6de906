/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cli_plan.c - knead plan: what to do for sore legs tonight and tomorrow
 * morning, item by item, with why and how well it is supported
 * (doc/contract.md, "knead plan --json"). */
#include <config.h>

#include <string.h>
#include "cli.h"
#include "core/advice/advice_history.h"
#include "core/clock.h"
#include "core/format.h"
#include "core/i18n.h"
#include "core/regions.h"
#include "core/selfcare/selfcare.h"
#include "core/textwidth.h"

static void add_string_or_null(struct json_writer *w, const char *key, const char *s)
{
	json_writer_key(w, key);
	if (s)
		json_writer_string(w, s);
	else
		json_writer_null(w);
}

static struct json_writer *plan_json(const struct selfcare_plan *p)
{
	struct json_writer *w = json_writer_new();
	char buf[DATE_BUF];

	json_writer_begin_object(w);
	add_string_or_null(w, "date", day_format(p->today, buf));
	json_writer_key(w, "items");
	json_writer_begin_array(w);
	for (size_t i = 0; i < p->n_items; i++) {
		const struct selfcare_item *it = &p->items[i];

		json_writer_begin_object(w);
		add_string_or_null(w, "id", it->id);
		add_string_or_null(w, "region", it->has_region ? region_id(it->region) : NULL);
		add_string_or_null(w, "side", it->has_region ? side_id(it->side) : NULL);
		add_string_or_null(w, "action", selfcare_action_id(it->action));
		add_string_or_null(w, "dose", it->dose);
		add_string_or_null(w, "when", selfcare_when_id(it->when));
		add_string_or_null(w, "why", it->why);
		add_string_or_null(w, "evidence", selfcare_evidence_id(it->evidence));
		add_string_or_null(w, "source", it->source);
		add_string_or_null(w, "rule", it->rule);
		add_string_or_null(w, "article", it->article);
		json_writer_key(w, "done");
		json_writer_bool(w, it->done);
		json_writer_end_object(w);
	}
	json_writer_end_array(w);
	json_writer_key(w, "notes");
	json_writer_begin_array(w);
	for (size_t i = 0; i < p->n_notes; i++) {
		const struct selfcare_note *n = &p->notes[i];

		json_writer_begin_object(w);
		add_string_or_null(w, "rule", n->rule);
		add_string_or_null(w, "text", n->text);
		add_string_or_null(w, "evidence", selfcare_evidence_id(n->evidence));
		add_string_or_null(w, "source", n->source);
		add_string_or_null(w, "article", n->article);
		json_writer_end_object(w);
	}
	json_writer_end_array(w);
	json_writer_key(w, "rules");
	json_writer_begin_array(w);
	for (size_t i = 0; i < p->n_rules; i++)
		json_writer_string(w, p->rules[i]);
	json_writer_end_array(w);
	json_writer_end_object(w);
	return w;
}

/* Prints text wrapped at width columns, every line after the first
 * indented by `indent` spaces (the first by `first` already printed). */
static void print_wrapped(const char *text, int first, int indent, int width)
{
	int col = first;
	const char *p = text;

	while (*p) {
		const char *end = strchr(p, ' ');
		size_t len;

		/* A French "Pourquoi :" is one word to the wrap (textwidth.h). */
		while (end && !text_may_break(p, (size_t)(end - p), end))
			end = strchr(end + strspn(end, " "), ' ');
		len = end ? (size_t)(end - p) : strlen(p);
		int w = text_width_len(p, (gssize)len);

		if (col > indent && col + 1 + w > width) {
			cli_printf("\n%*s", indent, "");
			col = indent;
		} else if (col > indent || (col == indent && p != text)) {
			cli_puts(" ");
			col++;
		}
		{
			char *word = g_strndup(p, len);

			cli_puts(word);
			g_free(word);
		}
		col += w;
		p += len;
		while (*p == ' ')
			p++;
	}
	cli_puts("\n");
}

/* "moderate evidence: Wiewelhove 2019", or the grade alone. */
static char *evidence_text(enum selfcare_evidence e, const char *source)
{
	if (source)
		/* TRANSLATORS: how well supported, and the source: "moderate
		 * evidence: Wiewelhove 2019". */
		return g_strdup_printf(_("%s: %s"), selfcare_evidence_name(e), source);
	return g_strdup(selfcare_evidence_name(e));
}

static void plan_print(const struct selfcare_plan *p)
{
	int width = MAX(cli_text_width(), 40);
	char buf[DATE_BUF];
	char *line;

	line = g_strdup_printf(_("Self-care for %s"), day_format(p->today, buf));
	print_wrapped(line, 0, 0, width);
	g_free(line);
	if (p->n_items == 0)
		print_wrapped(_("Nothing to do: nothing is sore and there was no hard effort "
				"today or yesterday."),
			      0, 2, width);
	for (size_t i = 0; i < p->n_items; i++) {
		const struct selfcare_item *it = &p->items[i];
		char *place = selfcare_item_place(it);
		char *ev = evidence_text(it->evidence, it->source);

		cli_puts("\n");
		if (place)
			/* TRANSLATORS: an item of the plan: "Roll, right calf
			 * (tonight)". */
			line = g_strdup_printf(_("%s, %s (%s)"), selfcare_action_name(it->action),
					       place, selfcare_when_name(it->when));
		else
			/* TRANSLATORS: an item of the plan: "Sleep (tonight)". */
			line = g_strdup_printf(_("%s (%s)"), selfcare_action_name(it->action),
					       selfcare_when_name(it->when));
		if (it->done) {
			/* TRANSLATORS: an item of the plan ticked today:
			 * "Roll, right calf (tonight): done". */
			char *done = g_strdup_printf(_("%s: done"), line);

			g_free(line);
			line = done;
		}
		cli_puts("* ");
		print_wrapped(line, 2, 2, width);
		g_free(line);
		cli_puts("    ");
		print_wrapped(it->dose, 4, 4, width);
		/* TRANSLATORS: the reason of an item and how well supported it
		 * is: "Why: ... (moderate evidence: Wiewelhove 2019)". */
		line = g_strdup_printf(_("Why: %s (%s)"), it->why, ev);
		cli_puts("    ");
		print_wrapped(line, 4, 4, width);
		g_free(line);
		/* TRANSLATORS: the item's id (for knead plan done) and the
		 * command that reads its article. */
		line = g_strdup_printf(_("Id: %s. More: knead read %s"), it->id, it->article);
		cli_puts("    ");
		print_wrapped(line, 4, 4, width);
		g_free(line);
		g_free(place);
		g_free(ev);
	}
	if (p->n_notes > 0) {
		cli_puts("\n");
		print_wrapped(_("Good to know:"), 0, 0, width);
	}
	for (size_t i = 0; i < p->n_notes; i++) {
		const struct selfcare_note *n = &p->notes[i];
		char *ev = evidence_text(n->evidence, n->source);

		line = g_strdup_printf("%s (%s)", n->text, ev);
		cli_puts("  - ");
		print_wrapped(line, 4, 4, width);
		g_free(line);
		g_free(ev);
	}
}

/* knead plan done ID: ticks an item of today's plan. */
static int plan_done(struct cli *cli, const char *id)
{
	wtime now = clock_now();
	struct selfcare_plan p = { 0 };
	GError *err = NULL;
	bool added = false;
	int status = EXIT_OK;

	if (!cli_open_store_to_change(cli, &err) || !selfcare_load(cli->store, &cli->config, now, &p, &err))
		return cli_fail(err);
	if (!selfcare_mark_done(cli->store, &p, id, now, &added, &err)) {
		status = cli_fail(err);
	} else {
		const struct selfcare_item *it = selfcare_plan_find(&p, id);
		char *place = selfcare_item_place(it);
		char *what = place ? g_strdup_printf(_("%s, %s"), selfcare_action_name(it->action),
						     place)
				   : g_strdup(selfcare_action_name(it->action));

		if (added)
			cli_printf(_("Done today: %s.\n"), what);
		else
			cli_printf(_("Already done today: %s.\n"), what);
		g_free(what);
		g_free(place);
	}
	selfcare_plan_clear(&p);
	return status;
}

int cli_plan(struct cli *cli, int argc, char **argv)
{
	gboolean json = FALSE;
	const GOptionEntry entries[] = {
		{ "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("print the plan as JSON"), NULL },
		{ NULL },
	};
	GOptionContext *ctx =
		cli_context(_("- what to do for sore legs tonight, and why"), NULL, entries);
	int status = EXIT_OK;

	if (!cli_parse(ctx, &argc, &argv)) {
		status = EXIT_USAGE;
	} else if (argc == 3 && strcmp(argv[1], "done") == 0 && !json) {
		status = plan_done(cli, argv[2]);
	} else if (argc != 1) {
		status = cli_usage(_("usage: knead %s"), "plan [--json] | knead plan done ID");
	} else {
		wtime now = clock_now();
		struct selfcare_plan p = { 0 };
		GError *err = NULL;

		if (!cli_open_store_read(cli, &err) ||
		    !selfcare_load(cli->store, &cli->config, now, &p, &err)) {
			status = cli_fail(err);
		} else {
			if (json)
				cli_print_json(plan_json(&p));
			else
				plan_print(&p);
			selfcare_plan_clear(&p);
		}
	}
	g_option_context_free(ctx);
	return status;
}

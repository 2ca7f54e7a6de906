/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cli_articles.c - knead articles [--region R] [--json], knead read SLUG. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "cli.h"
#include "core/advice/advice.h"
#include "core/articles/articles.h"
#include "core/clock.h"
#include "core/error.h"
#include "core/i18n.h"
#include "core/sanitize.h"
#include "core/parse.h"
#include "core/articles/rank.h"
#include "core/articles/rank_inputs.h"
#include "core/regions.h"
#include "core/articles/markdown.h"

static struct json_writer *ranked_json(const struct ranked_article *r, size_t n)
{
	struct json_writer *w = json_writer_new();
	json_writer_begin_array(w);
	for (size_t i = 0; i < n; i++) {
		json_writer_begin_object(w);
		json_writer_key(w, "slug");
		json_writer_string(w, r[i].article->slug);
		json_writer_key(w, "title");
		json_writer_string(w, r[i].article->title);
		json_writer_key(w, "score");
		json_writer_int(w, r[i].score);
		json_writer_key(w, "why");
		json_writer_string(w, r[i].why);
		json_writer_end_object(w);
	}
	json_writer_end_array(w);
	return w;
}

static void print_ranked(const struct ranked_article *r, size_t n)
{
	int slug_width = 0;
	for (size_t i = 0; i < n; i++) {
		int w = (int)strlen(r[i].article->slug);
		if (w > slug_width)
			slug_width = w;
	}
	for (size_t i = 0; i < n; i++)
		/* TRANSLATORS: one article: its slug, its title, why it is listed. */
		cli_printf(_("%-*s  %s (%s)\n"), slug_width, r[i].article->slug, r[i].article->title,
		       r[i].why);
}

int cli_articles(struct cli *cli, int argc, char **argv)
{
	gboolean json = FALSE;
	char *region = NULL;
	const GOptionEntry entries[] = {
		{ "region", 0, 0, G_OPTION_ARG_STRING, &region,
		  N_("only the articles about region R (see knead regions)"), N_("R") },
		{ "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("a JSON array, best first"), NULL },
		{ NULL },
	};
	GOptionContext *ctx =
		cli_context(_("- the articles that matter to you now, best first"), NULL, entries);
	struct article_index *idx = NULL;
	struct rank_inputs in = { 0 };
	enum region r = REGION_CALF;
	GError *err = NULL;
	int status = EXIT_OK;

	if (!cli_parse(ctx, &argc, &argv)) {
		status = EXIT_USAGE;
		goto out;
	}
	if (argc != 1) {
		status = cli_usage(_("usage: knead %s"), "articles [--region R] [--json]");
		goto out;
	}
	if (region != NULL && !parse_region(region, &r, &err)) {
		status = cli_usage("%s", err->message);
		g_clear_error(&err);
		goto out;
	}
	idx = articles_load_default(&err);
	if (idx == NULL || !cli_open_store_read(cli, &err) ||
	    !rank_inputs_load(&in, cli->store, clock_now(), &err)) {
		status = cli_fail(err);
		goto out;
	}
	in.state.only_region = region != NULL;
	in.state.region = r;

	size_t n = 0;
	struct ranked_article *ranked = articles_rank(idx, &in.state, &n);
	if (json) {
		cli_print_json(ranked_json(ranked, n));
	} else {
		cli_pager_start(cli->no_pager);
		print_ranked(ranked, n);
	}
	ranked_articles_free(ranked, n);
out:
	rank_inputs_clear(&in);
	articles_free(idx);
	g_free(region);
	g_option_context_free(ctx);
	return status;
}

int cli_read(struct cli *cli, int argc, char **argv)
{
	gboolean list = FALSE;
	const GOptionEntry entries[] = {
		{ "no-pager", 0, 0, G_OPTION_ARG_NONE, &cli->no_pager, N_("never through $PAGER, even on a terminal"), NULL },
		{ "list", 0, 0, G_OPTION_ARG_NONE, &list, N_("the slugs, one per line (for shell completion)"), NULL },
		{ NULL },
	};
	GOptionContext *ctx = cli_context(_("SLUG - an article as text, wrapped to the terminal"),
					  NULL, entries);
	struct article_index *idx = NULL;
	struct render_doc *doc = NULL;
	char *body = NULL;
	GError *err = NULL;
	int status = EXIT_OK;

	if (!cli_parse(ctx, &argc, &argv)) {
		status = EXIT_USAGE;
		goto out;
	}
	idx = articles_load_default(&err);
	if (idx == NULL) {
		status = cli_fail(err);
		goto out;
	}
	if (list && argc == 1) {
		char *slugs = articles_slug_list(idx);
		char **each = g_strsplit(slugs, ", ", -1);

		for (int i = 0; each[i]; i++)
			cli_printf("%s\n", each[i]);
		g_strfreev(each);
		g_free(slugs);
		goto out;
	}
	if (argc != 2) {
		char *slugs = articles_slug_list(idx);
		status = cli_usage(_("usage: knead read SLUG (one of: %s)"), slugs);
		g_free(slugs);
		goto out;
	}
	const struct article *a = articles_find(idx, argv[1]);
	if (a == NULL) {
		char *slugs = articles_slug_list(idx);
		char *safe = sanitize_quote(argv[1]);
		const char **cands = g_new0(const char *, idx->n_articles + 1);
		const char *near;

		for (size_t i = 0; i < idx->n_articles; i++)
			cands[i] = idx->articles[i].slug;
		near = parse_nearest(argv[1], cands, idx->n_articles);
		if (near)
			/* TRANSLATORS: "\"itband\" is not an article (did you mean it-band?)". */
			status = cli_usage(_("\"%s\" is not an article (did you mean %s?)"), safe,
					   near);
		else
			status = cli_usage(_("\"%s\" is not an article (expected one of: %s)"),
					   safe, slugs);
		g_free(cands);
		g_free(safe);
		g_free(slugs);
		goto out;
	}
	body = article_read_body(a, &err);
	if (body != NULL)
		doc = render_markdown(body, strlen(body), cli_text_width(), &err);
	if (doc == NULL) {
		status = cli_fail(err);
		goto out;
	}
	char *text = render_doc_to_text(doc);
	cli_pager_start(cli->no_pager);
	cli_puts(text);
	g_free(text);
	/* Remember the reading, so the ranking rests this article a while.  The
	 * article has been shown either way: a database that cannot be opened
	 * only loses the note. */
	if (!cli_open_store_read(cli, &err) ||
	    !store_article_read_add(cli->store, a->slug, clock_now(), &err))
		g_clear_error(&err);
out:
	render_doc_free(doc);
	g_free(body);
	articles_free(idx);
	g_option_context_free(ctx);
	return status;
}

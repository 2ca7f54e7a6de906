/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cli_race.c - knead race add|list|rm. */
#include <config.h>

#include <stdio.h>
#include <string.h>
#include "cli.h"
#include "core/clock.h"
#include "core/format.h"
#include "core/i18n.h"
#include "core/store/change.h"
#include "core/validate.h"
#include "core/parse.h"

static int race_add(struct cli *cli, int argc, char **argv)
{
	char *priority = NULL;
	const GOptionEntry entries[] = {
		{ "priority", 0, 0, G_OPTION_ARG_STRING, &priority, N_("A (the goal race), B or C (default B)"), N_("A|B|C") },
		{ NULL },
	};
	GOptionContext *ctx = cli_context(_("add DATE NAME DISTANCE - add a race"), NULL, entries);
	struct race r = { .priority = RACE_PRIORITY_DEFAULT };
	GError *err = NULL;
	int status = EXIT_OK;
	int64_t id;
	char date[DATE_BUF];
	char *dist = NULL;

	g_option_context_set_ignore_unknown_options(ctx, TRUE);
	if (!cli_parse(ctx, &argc, &argv)) {
		status = EXIT_USAGE;
		goto out;
	}
	if (argc != 4) {
		status = cli_usage(_("usage: knead %s"), _("race add DATE NAME DISTANCE [--priority A|B|C]"));
		goto out;
	}
	if (!parse_date_for(argv[1], cli_today(), DATE_AHEAD, &r.date, &err) ||
	    !validate_text(argv[2], VALIDATE_NAME_MAX, false, _("race name"), &err) ||
	    !parse_distance(argv[3], cli->config.units, &r.distance_m, &err) ||
	    (priority && !parse_priority(priority, &r.priority, &err))) {
		status = cli_fail(err);
		goto out;
	}
	if (!*g_strstrip(argv[2])) {
		status = cli_usage(_("the race needs a name"));
		goto out;
	}
	r.name = g_strdup(argv[2]);
	if (!validate_race(&r, clock_now(), &err)) {
		status = cli_fail(err);
		goto out;
	}
	if (!cli_open_store(cli, &err) ||
	    !change_add(cli->store, "race add", TABLE_RACES, &r, &id, &err)) {
		status = cli_fail(err);
		goto out;
	}
	dist = format_distance(r.distance_m, cli->config.units);
	/* TRANSLATORS: "Added race 2: Montreal Marathon, 42.20 km on 2026-09-27 (priority A)." */
	cli_printf(_("Added race %lld: %s, %s on %s (priority %c).\n"), (long long)id, r.name,
	       dist, day_format(r.date, date), r.priority);
out:
	g_free(dist);
	race_clear(&r);
	g_free(priority);
	g_option_context_free(ctx);
	return status;
}

static int race_list(struct cli *cli, int argc, char **argv)
{
	gboolean json = FALSE;
	const GOptionEntry entries[] = {
		{ "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("a JSON array, oldest first"), NULL },
		{ "no-pager", 0, 0, G_OPTION_ARG_NONE, &cli->no_pager, N_("never through $PAGER, even on a terminal"), NULL },
		{ NULL },
	};
	GOptionContext *ctx = cli_context(_("list - list races"), NULL, entries);
	bool want[TABLE_COUNT] = { [TABLE_RACES] = true };
	int status;

	if (!cli_parse(ctx, &argc, &argv))
		status = EXIT_USAGE;
	else if (argc != 1)
		status = cli_usage(_("usage: knead %s"), "race list [--json] [--no-pager]");
	else
		status = cli_list_tables(cli, want, NULL, json);
	g_option_context_free(ctx);
	return status;
}

static int race_rm(struct cli *cli, int argc, char **argv)
{
	GOptionContext *ctx = cli_context(_("rm ID - remove a race"), NULL, NULL);
	GError *err = NULL;
	int status = EXIT_OK;
	int64_t id;
	char *what = NULL;

	if (!cli_parse(ctx, &argc, &argv)) {
		status = EXIT_USAGE;
	} else if (argc != 2) {
		status = cli_usage(_("usage: knead %s"), "race rm ID");
	} else if (!parse_id(argv[1], &id, &err) ||
		   !cli_remove(cli, "race rm", TABLE_RACES, id, &what, &err)) {
		status = cli_fail(err);
	} else {
		/* TRANSLATORS: "Removed race 2: the race Demi of Sun 14 Dec, 21.10 km." */
		cli_printf(_("Removed race %lld: %s.\n"), (long long)id, what);
	}
	g_free(what);
	g_option_context_free(ctx);
	return status;
}

int cli_race(struct cli *cli, int argc, char **argv)
{
	const char *sub = argc >= 2 ? argv[1] : NULL;

	if (sub && strcmp(sub, "add") == 0)
		return race_add(cli, argc - 1, argv + 1);
	if (sub && strcmp(sub, "list") == 0)
		return race_list(cli, argc - 1, argv + 1);
	if (sub && strcmp(sub, "rm") == 0)
		return race_rm(cli, argc - 1, argv + 1);
	if (sub && (strcmp(sub, "--help") == 0 || strcmp(sub, "-h") == 0)) {
		/* TRANSLATORS: the placeholders in capitals only, as in
		 * "race add DATE NAME DISTANCE [--priority A|B|C]". */
		cli_printf("%s\n%s", _("Usage:"),
			   _("  knead race add DATE NAME DISTANCE [--priority A|B|C]\n"
			     "  knead race list [--json] [--no-pager]\n  knead race rm ID\n"));
		return EXIT_OK;
	}
	return cli_usage(_("usage: knead %s"), "race add|list|rm");
}

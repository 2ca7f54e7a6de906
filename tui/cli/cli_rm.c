/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cli_rm.c - knead rm runs|soreness|massages|races|assessments ID. */
#include <config.h>

#include <stdio.h>
#include "cli.h"
#include "core/i18n.h"
#include "core/sanitize.h"
#include "core/parse.h"

int cli_rm(struct cli *cli, int argc, char **argv)
{
	GOptionContext *ctx = cli_context(_("runs|soreness|massages|races|assessments ID - remove an entry"),
					  NULL, NULL);
	GError *err = NULL;
	enum store_table t;
	int status = EXIT_OK;
	int64_t id;
	char *what = NULL;

	if (!cli_parse(ctx, &argc, &argv)) {
		status = EXIT_USAGE;
	} else if (argc != 3) {
		status = cli_usage(_("usage: knead %s"), "rm runs|soreness|massages|races|assessments ID");
	} else if (!cli_table_from_id(argv[1], &t)) {
		char *safe = sanitize_quote(argv[1]);
		const char *near = cli_table_nearest(argv[1]);

		if (near)
			/* TRANSLATORS: "\"rnus\" is not a list to remove from (did you mean runs?)" */
			status = cli_usage(_("\"%s\" is not a list to remove from (did you mean %s?)"), safe, near);
		else
			status = cli_usage(_("\"%s\" is not a list to remove from (expected runs, soreness, massages, races or assessments)"),
					   safe);
		g_free(safe);
	} else if (!parse_id(argv[2], &id, &err) || !cli_remove(cli, "rm", t, id, &what, &err)) {
		status = cli_fail(err);
	} else {
		/* TRANSLATORS: "Removed the run of Tue 8 Dec, 10.00 km (runs 4); knead undo puts it back." */
		cli_printf(_("Removed %s (%s %lld); knead undo puts it back.\n"), what,
			   store_table_id(t), (long long)id);
	}
	g_free(what);
	g_option_context_free(ctx);
	return status;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cli_rm.c - knead rm LIST ID, the lists named by the kinds (store.h). */
#include <config.h>

#include <stdio.h>
#include "cli.h"
#include "core/i18n.h"
#include "core/sanitize.h"
#include "core/parse.h"

int cli_rm(struct cli *cli, int argc, char **argv)
{
	char *names = cli_list_names("|");
	char *usage = g_strdup_printf(_("%s ID - remove an entry"), names);
	GOptionContext *ctx = cli_context(usage, NULL, NULL);
	GError *err = NULL;
	enum store_table t;
	int status = EXIT_OK;
	int64_t id;
	char *what = NULL;

	if (!cli_parse(ctx, &argc, &argv)) {
		status = EXIT_USAGE;
	} else if (argc != 3) {
		char *line = g_strdup_printf("rm %s ID", names);
		status = cli_usage(_("usage: knead %s"), line);
		g_free(line);
	} else if (!cli_table_from_id(argv[1], &t)) {
		char *safe = sanitize_quote(argv[1]);
		const char *near = cli_table_nearest(argv[1]);

		if (near) {
			/* TRANSLATORS: "\"rnus\" is not a list to remove from (did you mean runs?)" */
			status = cli_usage(_("\"%s\" is not a list to remove from (did you mean %s?)"), safe, near);
		} else {
			char *expected = cli_list_names_or();
			/* TRANSLATORS: "x" is not a list to remove from (expected runs, soreness, ...). */
			status = cli_usage(_("\"%s\" is not a list to remove from (expected %s)"), safe, expected);
			g_free(expected);
		}
		g_free(safe);
	} else if (!parse_id(argv[2], &id, &err) || !cli_remove(cli, "rm", t, id, &what, &err)) {
		status = cli_fail(err);
	} else {
		/* TRANSLATORS: "Removed the run of Tue 8 Dec, 10.00 km (runs 4); knead undo puts it back." */
		cli_printf(_("Removed %s (%s %lld); knead undo puts it back.\n"), what,
			   store_table_id(t), (long long)id);
	}
	g_free(what);
	g_free(usage);
	g_free(names);
	g_option_context_free(ctx);
	return status;
}

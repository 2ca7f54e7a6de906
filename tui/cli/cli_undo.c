/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cli_undo.c - knead undo: takes back the last change made from the
 * command line (log, edit, rm, race add, race rm), whole. */
#include <config.h>

#include <stdio.h>
#include "cli.h"
#include "core/i18n.h"
#include "core/store/journal.h"

int cli_undo(struct cli *cli, int argc, char **argv)
{
	GOptionContext *ctx = cli_context(_("- undo the last change made from the command line"),
					  _("Takes back the last knead log, edit, rm, race add or race "
					    "rm, whole; run it again for the change before. Imports, "
					    "and changes made in the interface, are not undone here (the "
					    "interface has its own undo). An entry changed since is "
					    "left as it is."),
					  NULL);
	struct journal_undone *items = NULL;
	GError *err = NULL;
	char *command = NULL;
	int status = EXIT_OK;
	size_t n = 0;

	if (!cli_parse(ctx, &argc, &argv)) {
		status = EXIT_USAGE;
	} else if (argc != 1) {
		status = cli_usage(_("usage: knead %s"), "undo");
	} else if (!cli_open_store(cli, &err) ||
		   !journal_undo(cli->store, &command, &items, &n, &err)) {
		status = cli_fail(err);
	} else {
		/* TRANSLATORS: "Undid knead log:" then one line per entry. */
		cli_printf(_("Undid knead %s:\n"), command);
		for (size_t i = 0; i < n; i++) {
			const char *table = store_table_id(items[i].table);
			long long id = (long long)items[i].id;

			if (items[i].op == JOURNAL_ADDED)
				/* TRANSLATORS: "  removed runs entry 12 (it had been added)". */
				cli_printf(_("  removed %s entry %lld (it had been added)\n"), table, id);
			else if (items[i].op == JOURNAL_CHANGED)
				cli_printf(_("  put %s entry %lld back as it was\n"), table, id);
			else if (items[i].new_id == items[i].id)
				cli_printf(_("  put back %s entry %lld\n"), table, id);
			else
				cli_printf(_("  put back %s entry %lld, now %lld\n"), table, id,
				       (long long)items[i].new_id);
		}
	}
	g_free(items);
	g_free(command);
	g_option_context_free(ctx);
	return status;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cli_undo.c - knead undo and knead redo: take back the last change,
 * made from the command line or in the interface, whole, and make it
 * again. */
#include <config.h>

#include <stdio.h>
#include "cli.h"
#include "core/i18n.h"
#include "core/store/journal.h"

/* One line per entry, in words: "  removed the run of Tue 8 Dec, 10.00 km (runs 4)". */
static void print_items(const struct journal_undone *items, size_t n, bool redo)
{
	for (size_t i = 0; i < n; i++) {
		char *text = journal_undone_text(&items[i], redo);

		/* TRANSLATORS: one entry undone: "  removed the run of Tue 8 Dec,
		 * 10.00 km (runs 12)". */
		cli_printf(_("  %s (%s %lld)\n"), text, store_table_id(items[i].table),
			   (long long)items[i].new_id);
		g_free(text);
	}
}

static int walk(struct cli *cli, bool redo, int argc, char **argv)
{
	GOptionContext *ctx =
		redo ? cli_context(_("- redo the change knead undo took back last"),
				   _("Makes again the change the last knead undo (or u in the\n"
				     "interface) took back; run it again for the one undone before.\n"
				     "A new change ends what can be redone."),
				   NULL)
		     : cli_context(_("- undo the last change, made here or in the interface"),
				   _("Takes back the last knead log, edit, rm, race add or race rm,\n"
				     "or the last change made in the interface (u there does the\n"
				     "same), whole; run it again for the change before, and knead\n"
				     "redo to make it again. Imports are not undone. An entry\n"
				     "changed since is left as it is."),
				   NULL);
	struct journal_undone *items = NULL;
	GError *err = NULL;
	char *command = NULL, *name;
	int status = EXIT_OK;
	size_t n = 0;
	bool ok;

	if (!cli_parse(ctx, &argc, &argv)) {
		status = EXIT_USAGE;
	} else if (argc != 1) {
		status = cli_usage(_("usage: knead %s"), redo ? "redo" : "undo");
	} else {
		ok = cli_open_store_to_change(cli, &err) &&
		     (redo ? journal_redo(cli->store, cli->config.units, &command, &items, &n, &err)
			   : journal_undo(cli->store, cli->config.units, &command, &items, &n, &err));
		if (!ok) {
			status = cli_fail(err);
		} else {
			name = journal_command_name(command);
			if (redo)
				/* TRANSLATORS: "Redid knead log:" then one line per entry. */
				cli_printf(_("Redid %s:\n"), name);
			else
				/* TRANSLATORS: "Undid knead log:" then one line per entry. */
				cli_printf(_("Undid %s:\n"), name);
			g_free(name);
			print_items(items, n, redo);
		}
	}
	journal_undone_free(items, n);
	g_free(command);
	g_option_context_free(ctx);
	return status;
}

int cli_undo(struct cli *cli, int argc, char **argv)
{
	return walk(cli, false, argc, argv);
}

int cli_redo(struct cli *cli, int argc, char **argv)
{
	return walk(cli, true, argc, argv);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cli_backup.c - knead backup FILE: a consistent copy, even while the
 * TUI or the reminder daemon has the database open. */
#include <config.h>

#include <stdio.h>
#include "cli.h"
#include "core/fileutil.h"
#include "core/i18n.h"

int cli_backup(struct cli *cli, int argc, char **argv)
{
	gboolean force = FALSE;
	const GOptionEntry entries[] = {
		{ "force", 0, 0, G_OPTION_ARG_NONE, &force,
		  N_("write through a symbolic link given as FILE"), NULL },
		{ NULL },
	};
	GOptionContext *ctx = cli_context(_("FILE - copy the database to FILE"), NULL, entries);
	GError *err = NULL;
	char *target = NULL;
	int status = EXIT_OK;

	if (!cli_parse(ctx, &argc, &argv))
		status = EXIT_USAGE;
	else if (argc != 2 || !*argv[1])
		status = cli_usage(_("usage: knead %s"), _("backup FILE"));
	else if (!file_output_target(argv[1], cli->db_path, force, &target, &err) ||
		 !cli_open_store_read(cli, &err) || !store_backup(cli->store, target, &err))
		status = cli_fail(err);
	else
		cli_printf(_("Backed up %s to %s.\n"), cli->db_path, argv[1]);
	g_free(target);
	g_option_context_free(ctx);
	return status;
}

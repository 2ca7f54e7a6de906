/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cli_backup.c - knead backup FILE: a consistent copy, even while the
 * TUI or the reminder daemon has the database open. */
#include <config.h>

#include <stdio.h>
#include "cli.h"
#include "core/i18n.h"

int cli_backup(struct cli *cli, int argc, char **argv)
{
	GOptionContext *ctx = cli_context(_("FILE - copy the database to FILE"), NULL, NULL);
	GError *err = NULL;
	int status = EXIT_OK;

	if (!cli_parse(ctx, &argc, &argv))
		status = EXIT_USAGE;
	else if (argc != 2 || !*argv[1])
		status = cli_usage(_("usage: knead %s"), "backup FILE");
	else if (!cli_open_store(cli, &err) || !store_backup(cli->store, argv[1], &err))
		status = cli_fail(err);
	else
		printf(_("Backed up %s to %s.\n"), cli->db_path, argv[1]);
	g_option_context_free(ctx);
	return status;
}

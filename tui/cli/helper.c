/* SPDX-License-Identifier: GPL-3.0-or-later */
/* helper.c - handing import to knead-import, export and remind to knead-io.
 *
 * Those three commands need libxml2, libcsv, libical and libnotify, which
 * bring ICU, libstdc++ and gdk-pixbuf along: most of the start-up time of a
 * process on them.  knead links without them (-Wl,--as-needed) and execs
 * the helper for those commands, with the same global options.  Import has
 * its own helper, which maps neither libical nor libnotify: it runs once
 * per file, and a process's fixed cost is its libraries'.  A helper is
 * found from the running binary (paths.h), so a moved install still finds
 * it. */
#include <config.h>

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "cli.h"
#include "core/error.h"
#include "core/i18n.h"
#include "core/paths.h"

int cli_run_helper(struct cli *cli, int argc, char **argv)
{
	GPtrArray *args = g_ptr_array_new();
	char *path = paths_helper(strcmp(argv[0], "import") == 0 ? "knead-import" : "knead-io");

	g_ptr_array_add(args, path);
	g_ptr_array_add(args, (char *)"--db");
	g_ptr_array_add(args, cli->db_path);
	/* The default file may be absent; a --config given was checked. */
	if (g_file_test(cli->config_path, G_FILE_TEST_EXISTS)) {
		g_ptr_array_add(args, (char *)"--config");
		g_ptr_array_add(args, cli->config_path);
	}
	if (cli->now_arg && *cli->now_arg) {
		g_ptr_array_add(args, (char *)"--now");
		g_ptr_array_add(args, cli->now_arg);
	}
	for (int i = 0; i < argc; i++)
		g_ptr_array_add(args, argv[i]);
	g_ptr_array_add(args, NULL);
	fflush(stdout);
	execv(path, (char **)args->pdata);
	cli_error(_("cannot run %s: %s"), path, g_strerror(errno));
	g_ptr_array_free(args, TRUE);
	g_free(path);
	return EXIT_FAILED;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* commands_io.c - the command table of knead-io, the helper that runs the
 * commands needing the heavy libraries (see helper.c).  Runners never call
 * it themselves: knead hands these commands to it. */
#include <config.h>

#include <stdio.h>
#include "commands.h"
#include "core/i18n.h"

const struct command commands[] = {
	{ "import", SUMMARY_IMPORT, cli_import },
	{ "export", SUMMARY_EXPORT, cli_export },
	{ "remind", SUMMARY_REMIND, cli_remind },
	{ NULL, NULL, NULL },
};

int run_interface(const struct app *app, GError **err)
{
	(void)app;
	(void)err;
	fputs(_("knead-io runs knead's import, export and remind commands; start knead instead.\n"),
	      stderr);
	return EXIT_USAGE;
}

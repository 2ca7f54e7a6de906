/* SPDX-License-Identifier: GPL-3.0-or-later */
/* helper_ui.c - the interface of a helper (knead-io, knead-import): there
 * is none, the runner is sent to knead, whose commands it runs. */
#include <config.h>

#include <stdio.h>
#include "app.h"
#include "core/i18n.h"

int run_interface(const struct app *app, GError **err)
{
	(void)app;
	(void)err;
	fputs(_("This program runs commands that knead hands over to it; start knead instead.\n"),
	      stderr);
	return EXIT_USAGE;
}

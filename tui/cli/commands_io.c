/* SPDX-License-Identifier: GPL-3.0-or-later */
/* commands_io.c - the command table of knead-io, the helper that runs
 * export and remind, the commands needing libical and libnotify (see
 * helper.c).  Runners never call it themselves: knead hands these commands
 * to it. */
#include <config.h>

#include "commands.h"
#include "core/i18n.h"

const struct command commands[] = {
	{ "export", SUMMARY_EXPORT, cli_export },
	{ "remind", SUMMARY_REMIND, cli_remind },
	{ NULL, NULL, NULL },
};

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* commands_import.c - the command table of knead-import, the helper that
 * runs import (see helper.c): it links libxml2, libcsv, libarchive and
 * json-glib, but neither libical nor libnotify, which import never calls
 * and which would double the fixed cost of every file imported.  Runners
 * never call it themselves: knead hands import to it. */
#include <config.h>

#include "commands.h"
#include "core/i18n.h"

const struct command commands[] = {
	{ "import", SUMMARY_IMPORT, cli_import },
	{ NULL, NULL, NULL },
};

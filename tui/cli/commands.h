/* SPDX-License-Identifier: GPL-3.0-or-later */
/* commands.h - the table of subcommands main() dispatches to. */
#ifndef KNEAD_COMMANDS_H
#define KNEAD_COMMANDS_H

#include "cli.h"

struct command {
	const char *name;
	const char *summary; /* N_() marked; translated when printed */
	int (*run)(struct cli *cli, int argc, char **argv); /* NULL: help */
};

extern const struct command commands[];

/* The lines of the commands knead hands to its helpers, which both tables
 * list.  The import line names every format of core/import/formats.c
 * (tests/cli/import_formats.sh checks it). */
#define SUMMARY_IMPORT N_("import runs from GPX, TCX, FIT, Strava, Apple Health or knead JSON")
#define SUMMARY_EXPORT N_("export everything as CSV, JSON or a calendar")
#define SUMMARY_REMIND N_("send the desktop reminders that are due")

#endif

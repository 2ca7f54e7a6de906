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

#endif

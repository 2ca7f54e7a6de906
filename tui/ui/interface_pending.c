/* interface_pending.c - until tui/ui/ lands, knead without a command
 * says where to find the commands instead of opening the interface. */
#include <config.h>

#include <stdio.h>
#include "cli/commands.h"
#include "core/i18n.h"

int run_interface(struct cli *cli)
{
	(void)cli;
	fputs(_("knead: the full-screen interface is not part of this build; see knead --help\n"),
	      stderr);
	return EXIT_FAILED;
}

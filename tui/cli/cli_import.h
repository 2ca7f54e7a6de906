/* cli_import.h - knead import and knead export (tui/cli/cli_import.c,
 * tui/cli/cli_export.c). */
#ifndef KNEAD_CLI_IMPORT_H
#define KNEAD_CLI_IMPORT_H

#include "cli.h"

/* knead import FILE|DIR ...: 0 when every file was imported, duplicate or
 * skipped, 1 when a file failed, 2 for a bad command line or a missing
 * path (nothing is imported then). */
int cli_import(struct cli *cli, int argc, char **argv);

/* knead export [--format csv|json] [--output F] | knead export --ics
 * [--output F]: stdout, or F written atomically. */
int cli_export(struct cli *cli, int argc, char **argv);

#endif

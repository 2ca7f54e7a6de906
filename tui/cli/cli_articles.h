/* cli_articles.h - knead articles and knead read.  (Declared here until
 * cli.h lists them with the other subcommands.) */
#ifndef KNEAD_CLI_ARTICLES_H
#define KNEAD_CLI_ARTICLES_H

#include "cli.h"

int cli_articles(struct cli *cli, int argc, char **argv);
int cli_read(struct cli *cli, int argc, char **argv);

/* The width to lay text out at: the terminal's (TIOCGWINSZ on stdout),
 * else $COLUMNS, else 80. */
int cli_text_width(void);

#endif

/* cli_advice.h - what knead next and knead status share. */
#ifndef KNEAD_CLI_ADVICE_H
#define KNEAD_CLI_ADVICE_H

#include "cli.h"

/* Loads the window of history the advice engine reads at `now`
 * (advice_history_from), opening the store on first use. */
bool cli_advice_history(struct cli *cli, wtime now, struct history *h, GError **err);

#endif

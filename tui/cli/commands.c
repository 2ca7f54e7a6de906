/* SPDX-License-Identifier: GPL-3.0-or-later */
/* commands.c - every subcommand, in the order --help lists them. */
#include <config.h>

#include "commands.h"
#include "core/i18n.h"

const struct command commands[] = {
	{ "log", N_("log a run, soreness, a massage or an assessment"), cli_log },
	{ "list", N_("list what was logged"), cli_list },
	{ "edit", N_("change an entry by id"), cli_edit },
	{ "rm", N_("remove an entry by id"), cli_rm },
	{ "undo", N_("undo the last change, made here or in the interface"), cli_undo },
	{ "redo", N_("redo the change knead undo took back last"), cli_redo },
	{ "race", N_("add, list or remove races"), cli_race },
	{ "regions", N_("the body regions and their ids"), cli_regions },
	{ "status", N_("training load, fitness, fatigue, form and soreness"), cli_status },
	{ "next", N_("when to book the next massage, what kind, and why"), cli_next },
	{ "brief", N_("a one-page brief for the massage therapist"), cli_brief },
	{ "plan", N_("what to do for sore legs tonight, and why"), cli_plan },
	{ "articles", N_("the articles that matter to you now, best first"), cli_articles },
	{ "read", N_("an article as wrapped plain text"), cli_read },
	{ "remind", SUMMARY_REMIND, cli_run_helper },
	{ "import", SUMMARY_IMPORT, cli_run_helper },
	{ "export", SUMMARY_EXPORT, cli_run_helper },
	{ "backup", N_("copy the database to a file, safely"), cli_backup },
	{ "config", N_("show or change the settings"), cli_config },
	/* No function: main() answers help itself. */
	{ "help", N_("the help of knead or of a command"), NULL },
	{ NULL, NULL, NULL },
};

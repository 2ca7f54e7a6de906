/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cli_assessed.c - knead log assessed: a professional looked at a flagged
 * region; --cleared when they said massage there is fine.  An entry like
 * the others: checked, journalled for knead undo, listed, edited, removed. */
#include <config.h>

#include <stdio.h>
#include <string.h>
#include "cli.h"
#include "core/clock.h"
#include "core/format.h"
#include "core/error.h"
#include "core/i18n.h"
#include "core/parse.h"
#include "core/regions.h"
#include "core/sanitize.h"
#include "core/store/change.h"

int cli_log_assessed(struct cli *cli, int argc, char **argv)
{
	char *date = NULL;
	gboolean cleared = FALSE;
	const GOptionEntry entries[] = {
		{ "date", 0, 0, G_OPTION_ARG_STRING, &date, N_("when (YYYY-MM-DD, today, yesterday, -3d)"), N_("D") },
		{ "cleared", 0, 0, G_OPTION_ARG_NONE, &cleared, N_("the professional said massage there is fine"), NULL },
		{ NULL },
	};
	GOptionContext *ctx = cli_context(_("assessed REGION[:SIDE] - a physiotherapist or a doctor looked at a flagged region"),
					  _("Ends the referral for that region. Without --cleared, "
					    "the advice still keeps massage off it until it is logged "
					    "at 0."),
					  entries);
	struct assessment as = { 0 };
	GError *err = NULL;
	int status = EXIT_OK;
	int64_t id = 0;
	char *name;

	if (!cli_parse(ctx, &argc, &argv)) {
		status = EXIT_USAGE;
		goto out;
	}
	if (argc != 2 || g_str_has_prefix(argv[1], "--")) {
		status = cli_usage(_("usage: knead %s"), _("log assessed REGION[:SIDE] [--date D] [--cleared]"));
		goto out;
	}
	as.time = clock_now();
	as.cleared = cleared;
	if (!parse_region_side(argv[1], &as.region, &as.side, &err) ||
	    (date && !cli_parse_when(date, false, &as.time, &err)) || !cli_open_store(cli, &err) ||
	    !change_add(cli->store, "log", TABLE_ASSESSMENTS, &as, &id, &err)) {
		status = cli_fail(err);
		goto out;
	}
	name = region_side_name(as.region, as.side);
	if (cleared)
		/* TRANSLATORS: "Logged assessment 2: left shin, cleared for massage." */
		cli_printf(_("Logged assessment %lld: %s, cleared for massage.\n"), (long long)id, name);
	else
		/* TRANSLATORS: "Logged assessment 2: left shin (no massage there yet)." */
		cli_printf(_("Logged assessment %lld: %s (no massage there yet).\n"), (long long)id,
			   name);
	g_free(name);
out:
	g_free(date);
	g_option_context_free(ctx);
	return status;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* brief_common.c - what knead brief and the reminders' "Book" share: the
 * text brief for the therapist, in the therapist's language.  In knead
 * and in knead-io. */
#include <config.h>

#include "cli.h"
#include "core/brief/brief.h"

bool cli_brief_text(struct cli *cli, wtime now, char **text, char **subject, GError **err)
{
	struct brief_options opt = { .units = cli->config.units,
				     .note = cli->config.therapist_note };
	struct app_lang lang;
	struct brief b;
	bool ok;

	if (!cli_open_store(cli, err))
		return false;
	app_lang_begin(cli->config.therapist_lang, &lang);
	ok = brief_collect(cli->store, &cli->config, now, &opt, &b, err);
	if (ok) {
		*text = brief_render(&b, BRIEF_TEXT, BRIEF_TEXT_WIDTH);
		*subject = brief_subject(&b);
		brief_clear(&b);
	}
	app_lang_end(&lang);
	return ok;
}

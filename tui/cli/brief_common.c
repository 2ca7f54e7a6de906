/* SPDX-License-Identifier: GPL-3.0-or-later */
/* brief_common.c - what knead brief and the reminders' "Book" share: the
 * brief's language, whatever the runner's locale, and the text brief for
 * the therapist.  In knead and in knead-io. */
#include <config.h>

#include <locale.h>
#include <string.h>
#include "cli.h"
#include "core/brief/brief.h"

void cli_lang_begin(const char *lang, struct cli_lang *s)
{
	const char *cur = setlocale(LC_MESSAGES, NULL);

	memset(s, 0, sizeof(*s));
	if (!lang)
		return;
	s->active = true;
	s->language = g_strdup(g_getenv("LANGUAGE"));
	s->messages = g_strdup(cur ? cur : "C");
	/* gettext follows $LANGUAGE, but not in the C locale: C.UTF-8
	 * meanwhile.  Setting the locale again also makes gettext forget the
	 * translations it found. */
	g_setenv("LANGUAGE", lang, TRUE);
	if (strcmp(s->messages, "C") == 0 || strcmp(s->messages, "POSIX") == 0)
		setlocale(LC_MESSAGES, "C.UTF-8");
	else
		setlocale(LC_MESSAGES, s->messages);
	/* Numbers as the language writes them (21,10 km in French), where
	 * such a locale is installed. */
	cur = setlocale(LC_NUMERIC, NULL);
	s->numeric = g_strdup(cur ? cur : "C");
	if (strcmp(lang, "fr") == 0) {
		if (!g_str_has_prefix(s->numeric, "fr") && !setlocale(LC_NUMERIC, "fr_CA.UTF-8"))
			setlocale(LC_NUMERIC, "fr_FR.UTF-8");
	} else {
		setlocale(LC_NUMERIC, "C");
	}
}

void cli_lang_end(struct cli_lang *s)
{
	if (!s->active)
		return;
	if (s->language)
		g_setenv("LANGUAGE", s->language, TRUE);
	else
		g_unsetenv("LANGUAGE");
	setlocale(LC_MESSAGES, s->messages);
	setlocale(LC_NUMERIC, s->numeric);
	g_free(s->language);
	g_free(s->messages);
	g_free(s->numeric);
	s->active = false;
}

bool cli_brief_text(struct cli *cli, wtime now, char **text, char **subject, GError **err)
{
	struct brief_options opt = { .units = cli->config.units,
				     .note = cli->config.therapist_note };
	struct cli_lang lang;
	struct brief b;
	bool ok;

	if (!cli_open_store(cli, err))
		return false;
	cli_lang_begin(cli->config.therapist_lang, &lang);
	ok = brief_collect(cli->store, &cli->config, now, &opt, &b, err);
	if (ok) {
		*text = brief_render(&b, BRIEF_TEXT, BRIEF_TEXT_WIDTH);
		*subject = brief_subject(&b);
		brief_clear(&b);
	}
	cli_lang_end(&lang);
	return ok;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* app.h - what main() hands a front end: the global options and the
 * settings, read once.  The command line (cli/) and the full-screen
 * interface (ui/) both start from main.c and this header, so neither
 * includes the other's. */
#ifndef KNEAD_APP_H
#define KNEAD_APP_H

#include <glib.h>
#include <stdbool.h>
#include "core/settings.h"

/* Exit statuses (doc/contract.md): done, could not be done, bad usage. */
enum { EXIT_OK = 0, EXIT_FAILED = 1, EXIT_USAGE = 2 };

struct app {
	const char *db_path;	     /* --db, KNEAD_DB, or the default */
	const struct config *config; /* the settings main() loaded */
	const char *screen;	     /* --screen: the first screen, or NULL */
	bool demo;		     /* --demo: a throw-away database */
};

/* Another language for a while, whatever the locale (main.c): gettext
 * speaks `lang` ("en", "fr"; NULL: no change) and numbers are written its
 * way until app_lang_end.  The therapist's brief is written in the
 * therapist's language ([therapist] lang). */
struct app_lang {
	bool active;
	char *language; /* $LANGUAGE before, or NULL */
	char *messages; /* LC_MESSAGES before */
	char *numeric;	/* LC_NUMERIC before */
};
void app_lang_begin(const char *lang, struct app_lang *s);
void app_lang_end(struct app_lang *s);

/* The full-screen interface (ui/ui.c; in the helpers, a refusal).  Returns
 * the exit status; a failure it could not show itself (a bad --screen, no
 * terminal, no database) comes back in err, for main() to report. */
int run_interface(const struct app *app, GError **err);

#endif

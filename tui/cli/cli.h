/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cli.h - what every subcommand shares: the global options, the store,
 * error reporting and JSON output.  Subcommands stay thin: parse, call
 * core, print. */
#ifndef KNEAD_CLI_H
#define KNEAD_CLI_H

#include <glib.h>
#include "core/json_model.h"
#include "core/settings.h"
#include "core/store/store.h"
#include "app.h"

struct cli {
	char *db_path;	   /* --db, KNEAD_DB, or the default */
	char *config_path; /* --config, or the default */
	struct config config;
	bool demo;	   /* --demo: a throw-away database */
	char *now_arg;	   /* --now or KNEAD_NOW as given, handed on to the helpers */
	const char *screen; /* --screen: the interface's first screen, or NULL */
	gboolean no_pager; /* --no-pager: long output straight to stdout */
	struct store *store;
};

/* The store, opened (and migrated) on first use. */
struct store *cli_open_store(struct cli *cli, GError **err);
/* The store for a command that only reads: never created (a missing --db
 * is an error naming it), opened read-only where it cannot be written. */
struct store *cli_open_store_read(struct cli *cli, GError **err);
/* An existing database, to be changed (store_open_to_change). */
struct store *cli_open_store_to_change(struct cli *cli, GError **err);

/* Prints "knead: MESSAGE" on stderr, frees err, returns the exit status
 * its code calls for. */
int cli_fail(GError *err);
/* "knead: MESSAGE" on stderr, with control characters escaped. */
void cli_error(const char *fmt, ...) G_GNUC_PRINTF(1, 2);
/* A usage error: "knead: MESSAGE" on stderr, exit status 2. */
int cli_usage(const char *fmt, ...) G_GNUC_PRINTF(1, 2);

/* Parses a subcommand's options; on error prints it and returns false.
 * Afterwards argv[0] is the subcommand and argv[1..] its operands. */
bool cli_parse(GOptionContext *ctx, int *argc, char ***argv);
/* Narrows the options an unknown option's did-you-mean offers to names
 * (space-separated, without "--"; NULL: every option of the command). */
void cli_option_hint(const char *names);
/* "unknown option "--rpee" (did you mean --rpe?)": a usage error naming
 * the nearest option of the context last made (cli_context) or a global
 * one.  sub is the subcommand's own word ("run" of knead log run). */
int cli_unknown_option(const char *sub, const char *opt);
/* A GOptionContext whose --help names the subcommand. */
GOptionContext *cli_context(const char *usage, const char *summary, const GOptionEntry *entries);

/* Prints the JSON document w holds on stdout, and frees w. */
void cli_print_json(struct json_writer *w);
/* Every text the CLI shows goes through these (or cli_print_padded): the
 * whole output is sanitised (sanitize.h), its own newlines kept, so a note
 * or a name from the database can never drive the terminal.  JSON goes
 * through cli_print_json, whose writer escapes controls itself. */
void cli_printf(const char *fmt, ...) G_GNUC_PRINTF(1, 2);
void cli_puts(const char *text);

/* --output FILE of a command that writes a file: not empty, and never over
 * the database, a device or a link unless FORCE (file_output_target).
 * *TARGET gets the path to write, NULL without OUTPUT (standard output).
 * Returns EXIT_OK, or the exit status of the error it printed. */
int cli_output_target(struct cli *cli, const char *output, bool force, char **target);
/* DATA (LEN bytes) written atomically into PATH, readable by the runner
 * only (health data), or as it is onto standard output when PATH is NULL.
 * When standard output cannot be written it returns false with *err left
 * NULL and errno set: the caller says what could not be written. */
bool cli_write_out(const char *path, const char *data, size_t len, GError **err);
/* "  NOTE" on one line: a note's line breaks and tabs become spaces. */
void cli_print_note(const char *note);
/* Prints s (sanitised) and pads it to width columns, counting what a terminal shows
 * (translated names have accents; printf's %-Ns counts bytes). */
void cli_print_padded(const char *s, int width);

/* The day of "now", and a timestamp for something that happened on day
 * `d`: now itself for today, else midday (the hour is unknown). */
dayno cli_today(void);
wtime cli_time_on(dayno d);
/* --date D: a day, or a day and time; refuses the future when !future_ok. */
bool cli_parse_when(const char *s, bool future_ok, wtime *out, GError **err);

/* The window of history the advice engine reads at `now`
 * (advice_history_from), opening the store on first use. */
bool cli_advice_history(struct cli *cli, wtime now, struct history *h, GError **err);

/* The width to lay text out at: the terminal's (TIOCGWINSZ on stdout),
 * else $COLUMNS, else 80. */
int cli_text_width(void);
/* Text wrapped at word boundaries to width columns, each continued line
 * indented under its text (after a bullet, under a column).  g_free(). */
char *cli_wrap(const char *text, int width);
/* The width every printed line is wrapped to, taken now (before a pager
 * takes stdout); GLib's g_print (--help) goes through the wrapping too;
 * cli_out_flush writes a line left without its newline (at exit, and
 * before output that bypasses the wrapping, such as JSON). */
void cli_out_init(void);
void cli_out_capture_print(void);
void cli_out_flush(void);

/* Runs a subcommand in its helper, which holds the commands needing
 * libxml2, libcsv, libical or libnotify: knead-import for import, knead-io
 * for export and remind.  knead itself never maps those libraries, which
 * keeps its start-up, and so every check-in, fast; and import, run once per
 * file, never maps the calendar and notification ones.  Does not return
 * unless the helper cannot run. */
int cli_run_helper(struct cli *cli, int argc, char **argv);

/* Removes an entry and journals it, in one transaction (change.h); *what
 * names it in words ("the run of Tue 8 Dec, 10.00 km"; g_free). */
bool cli_remove(struct cli *cli, const char *command, enum store_table t, int64_t id,
		char **what, GError **err);

/* Sends the rest of stdout through $PAGER (default "less -FRX") when it
 * is a terminal, unless no_pager (--no-pager) or PAGER is empty or cat:
 * $PAGER, else pager, else less, else none (pager.c). */
void cli_pager_start(bool no_pager);
/* Set while a pager reads standard output: waits for it and gives the
 * terminal back (a runner who quits it early chose to, it is no write
 * error).  NULL when no pager runs; the helpers never page. */
extern void (*cli_pager_end)(void);

/* "runs", "Soreness", ...: a list's name, in any case. */
bool cli_table_from_id(const char *s, enum store_table *out);
/* The list name nearest to a mistyped one (Damerau), or NULL. */
const char *cli_table_nearest(const char *s);

/* The lists' names in the order of the kinds (store.h), for usage lines
 * and errors: joined by sep ("runs|soreness|..."), or as the runner reads
 * them ("runs, soreness, massages, races or assessments", translated).
 * g_free() them. */
char *cli_list_names(const char *sep);
char *cli_list_names_or(void);

/* The text brief for the therapist at `now` as knead brief writes it by
 * default ([therapist] note and lang), and its e-mail subject.  g_free()
 * both. */
bool cli_brief_text(struct cli *cli, wtime now, char **text, char **subject, GError **err);

/* Subcommands. */
int cli_log(struct cli *cli, int argc, char **argv);
/* knead log assessed (cli_assessed.c). */
int cli_log_assessed(struct cli *cli, int argc, char **argv);
int cli_race(struct cli *cli, int argc, char **argv);
int cli_list(struct cli *cli, int argc, char **argv);
int cli_rm(struct cli *cli, int argc, char **argv);
int cli_regions(struct cli *cli, int argc, char **argv);
int cli_backup(struct cli *cli, int argc, char **argv);
int cli_status(struct cli *cli, int argc, char **argv);
int cli_next(struct cli *cli, int argc, char **argv);
int cli_brief(struct cli *cli, int argc, char **argv);
int cli_plan(struct cli *cli, int argc, char **argv);
int cli_articles(struct cli *cli, int argc, char **argv);
int cli_read(struct cli *cli, int argc, char **argv);
int cli_remind(struct cli *cli, int argc, char **argv);
int cli_import(struct cli *cli, int argc, char **argv);
int cli_export(struct cli *cli, int argc, char **argv);
int cli_edit(struct cli *cli, int argc, char **argv);
int cli_undo(struct cli *cli, int argc, char **argv);
int cli_redo(struct cli *cli, int argc, char **argv);
int cli_config(struct cli *cli, int argc, char **argv);

/* The listing behind knead list and knead race list. */
int cli_list_tables(struct cli *cli, bool want[TABLE_COUNT], const char *since, bool json);
/* knead list's section of assessments (cli_assessed.c): nothing when n is 0. */

#endif

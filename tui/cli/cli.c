/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cli.c - shared plumbing of the subcommands. */
#include <config.h>

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "cli.h"
#include "core/clock.h"
#include "core/error.h"
#include "core/format.h"
#include "core/i18n.h"
#include "core/sanitize.h"
#include "core/store/change.h"
#include "core/parse.h"
#include "core/regions.h"

struct store *cli_open_store(struct cli *cli, GError **err)
{
	if (!cli->store)
		cli->store = store_open(cli->db_path, err);
	return cli->store;
}

struct store *cli_open_store_read(struct cli *cli, GError **err)
{
	if (!cli->store)
		cli->store = store_open_existing(cli->db_path, err);
	return cli->store;
}

/* Prints "knead: MESSAGE".  A message may quote what the user typed (or
 * what a file held): it goes through the same sanitiser as every other
 * text shown (sanitize.h), so nothing in it can drive the terminal, while
 * valid UTF-8 ("épaule") stays readable. */
static void print_error(const char *msg)
{
	char *clean = sanitize_quote(msg);

	fprintf(stderr, "knead: %s\n", clean);
	g_free(clean);
}

int cli_fail(GError *err)
{
	int status = knead_error_exit_status(err);

	print_error(err ? err->message : _("unknown error"));
	if (err)
		g_error_free(err);
	return status;
}

/* fmt comes from cli_error's or cli_usage's caller, checked there. */
static void print_error_va(const char *fmt, va_list ap) G_GNUC_PRINTF(1, 0);

static void print_error_va(const char *fmt, va_list ap)
{
	char *msg = g_strdup_vprintf(fmt, ap);

	print_error(msg);
	g_free(msg);
}

void cli_error(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	print_error_va(fmt, ap);
	va_end(ap);
}

int cli_usage(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	print_error_va(fmt, ap);
	va_end(ap);
	return EXIT_USAGE;
}

/* The options of the context being parsed: GOptionContext does not hand
 * them back, and a "did you mean" needs them. */
static const GOptionEntry *current_entries;

GOptionContext *cli_context(const char *usage, const char *summary, const GOptionEntry *entries)
{
	GOptionContext *ctx = g_option_context_new(usage);

	g_option_context_set_translation_domain(ctx, PACKAGE);
	if (summary)
		g_option_context_set_summary(ctx, summary);
	if (entries)
		g_option_context_add_main_entries(ctx, entries, PACKAGE);
	current_entries = entries;
	return ctx;
}

/* "knead log run": the program name main() set, and the subcommand's own
 * word when it has one.  g_free() it. */
static char *command_words(const char *sub)
{
	const char *prg = g_get_prgname();
	const char *last = prg ? strrchr(prg, ' ') : NULL;

	if (!prg)
		return g_strdup("knead");
	if (!sub || (last && strcmp(last + 1, sub) == 0))
		return g_strdup(prg);
	return g_strconcat(prg, " ", sub, NULL);
}

int cli_unknown_option(const char *sub, const char *opt)
{
	static const char *const globals[] = { "--db", "--now", "--config", "--help" };
	GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
	char *name = g_strndup(opt, strcspn(opt, "="));
	char *words = command_words(sub);
	const char *near;
	int status;

	for (const GOptionEntry *e = current_entries; e && e->long_name; e++)
		g_ptr_array_add(names, g_strconcat("--", e->long_name, NULL));
	for (size_t i = 0; i < G_N_ELEMENTS(globals); i++)
		g_ptr_array_add(names, g_strdup(globals[i]));
	near = parse_nearest(name, (const char *const *)names->pdata, names->len);
	if (near)
		/* TRANSLATORS: "unknown option "--rpee" (did you mean --rpe?)" */
		status = cli_usage(_("unknown option \"%s\" (did you mean %s?)"), name, near);
	else
		status = cli_usage(_("unknown option \"%s\" (see knead %s --help)"), name,
				   words + strlen("knead "));
	g_ptr_array_free(names, TRUE);
	g_free(name);
	g_free(words);
	return status;
}

static const GOptionEntry *find_entry(const char *arg)
{
	size_t n = strcspn(arg + 2, "=");

	for (const GOptionEntry *e = current_entries; e && e->long_name; e++)
		if (strlen(e->long_name) == n && strncmp(e->long_name, arg + 2, n) == 0)
			return e;
	return NULL;
}

/* Whether a group of short options ("-o", "-xo") ends with one that takes
 * the next argument as its value (GOption's reading: "-oFILE" holds its
 * value, "-o FILE" does not). */
static bool short_takes_next(const char *arg)
{
	for (const char *c = arg + 1; *c; c++) {
		for (const GOptionEntry *e = current_entries; e && e->long_name; e++) {
			if (e->short_name != *c || e->arg == G_OPTION_ARG_NONE)
				continue;
			return c[1] == '\0';
		}
	}
	return false;
}

/* Every "--option" before GOption sees it, so that an unknown one gets a
 * "did you mean" and a missing value the same "knead: ... (...)" form as
 * every other error. */
static bool check_options(int argc, char **argv)
{
	for (int i = 1; i < argc; i++) {
		const GOptionEntry *e;
		char *words;

		if (strcmp(argv[i], "--") == 0)
			break;
		if (argv[i][0] == '-' && argv[i][1] != '-' && argv[i][1] != '\0') {
			if (short_takes_next(argv[i]))
				i++; /* its value, whatever it looks like */
			continue;
		}
		if (!g_str_has_prefix(argv[i], "--") || g_str_has_prefix(argv[i], "--help"))
			continue;
		e = find_entry(argv[i]);
		if (!e) {
			cli_unknown_option(argv[0], argv[i]);
			return false;
		}
		if (e->arg == G_OPTION_ARG_NONE || strchr(argv[i], '='))
			continue;
		if (i + 1 >= argc) {
			words = command_words(argv[0]);
			/* TRANSLATORS: "--kind needs a value (see knead log run --help)". */
			cli_usage(_("%s needs a value (see %s --help)"), argv[i], words);
			g_free(words);
			return false;
		}
		i++;
	}
	return true;
}

bool cli_parse(GOptionContext *ctx, int *argc, char ***argv)
{
	GError *err = NULL;

	if (!check_options(*argc, *argv))
		return false;
	if (!g_option_context_parse(ctx, argc, argv, &err)) {
		char *words = command_words((*argv)[0]);

		/* GOption's own messages are translated by GLib. */
		cli_usage(_("%s (see %s --help)"), err->message, words);
		g_free(words);
		g_error_free(err);
		return false;
	}
	return true;
}

void cli_print_padded(const char *s, int width)
{
	char *clean = sanitize_text(s);
	char *padded = format_pad(clean, width);

	fputs(padded, stdout);
	g_free(padded);
	g_free(clean);
}

void (*cli_pager_end)(void);

void cli_printf(const char *fmt, ...)
{
	va_list ap;
	char *text, *clean;

	va_start(ap, fmt);
	text = g_strdup_vprintf(fmt, ap);
	va_end(ap);
	clean = sanitize_lines(text);
	fputs(clean, stdout);
	g_free(clean);
	g_free(text);
}

void cli_print_note(const char *note)
{
	char *clean = sanitize_text(note);

	printf("  %s", clean);
	g_free(clean);
}

void cli_puts(const char *text)
{
	char *clean = sanitize_lines(text);

	fputs(clean, stdout);
	g_free(clean);
}

void cli_print_json(struct json_writer *w)
{
	char *text = json_writer_finish(w, NULL);

	fputs(text, stdout);
	g_free(text);
}

dayno cli_today(void)
{
	return wtime_day(clock_now());
}

wtime cli_time_on(dayno d)
{
	return clock_time_on(d);
}

bool cli_parse_when(const char *s, bool future_ok, wtime *out, GError **err)
{
	dayno d;
	wtime t;

	if (parse_has_time_of_day(s)) {
		if (!parse_datetime(s, &t, err))
			return false;
	} else {
		if (!parse_date(s, cli_today(), &d, err))
			return false;
		t = cli_time_on(d);
	}
	if (!future_ok && wtime_day(t) > cli_today()) {
		char *safe = sanitize_quote(s);
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_INVALID,
			    _("\"%s\" is in the future (expected today or an earlier date)"), safe);
		g_free(safe);
		return false;
	}
	*out = t;
	return true;
}

bool cli_remove(struct cli *cli, const char *command, enum store_table t, int64_t id,
		char **what, GError **err)
{
	union store_row was;

	if (!cli_open_store(cli, err) || !change_remove(cli->store, command, t, id, &was, err))
		return false;
	*what = store_entry_describe(t, &was, cli->config.units);
	store_entry_clear(t, &was);
	return true;
}

bool cli_table_from_id(const char *s, enum store_table *out)
{
	char *lower = g_ascii_strdown(s, -1);
	bool ok = store_table_from_id(lower, out);

	g_free(lower);
	return ok;
}

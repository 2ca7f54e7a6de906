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
#include "core/regions.h"

struct store *cli_open_store(struct cli *cli, GError **err)
{
	if (!cli->store)
		cli->store = store_open(cli->db_path, err);
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

GOptionContext *cli_context(const char *usage, const char *summary, const GOptionEntry *entries)
{
	GOptionContext *ctx = g_option_context_new(usage);

	g_option_context_set_translation_domain(ctx, PACKAGE);
	if (summary)
		g_option_context_set_summary(ctx, summary);
	if (entries)
		g_option_context_add_main_entries(ctx, entries, PACKAGE);
	return ctx;
}

bool cli_parse(GOptionContext *ctx, int *argc, char ***argv)
{
	GError *err = NULL;

	if (!g_option_context_parse(ctx, argc, argv, &err)) {
		/* GOption's own messages are translated by GLib. */
		g_prefix_error(&err, "%s: ", (*argv)[0]);
		cli_usage("%s", err->message);
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
	wtime now = clock_now();

	if (d == wtime_day(now))
		return now;
	return day_start(d) + 12 * 3600;
}

bool cli_parse_when(const char *s, bool future_ok, wtime *out, GError **err)
{
	dayno d;
	wtime t;

	if (strlen(s) > 10 && (s[10] == 'T' || s[10] == ' ')) {
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

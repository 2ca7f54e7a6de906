/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cli.c - shared plumbing of the subcommands. */
#include <config.h>

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include "cli.h"
#include "core/clock.h"
#include "core/error.h"
#include "core/fileutil.h"
#include "core/format.h"
#include "core/i18n.h"
#include "core/sanitize.h"
#include "core/store/change.h"
#include "core/textwidth.h"
#include "core/store/journal.h"
#include "core/parse.h"
#include "core/regions.h"

struct store *cli_open_store(struct cli *cli, GError **err)
{
	if (!cli->store)
		cli->store = store_open(cli->db_path, err);
	return cli->store;
}

struct store *cli_open_store_to_change(struct cli *cli, GError **err)
{
	if (!cli->store)
		cli->store = store_open_to_change(cli->db_path, err);
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
/* --- output that fits the terminal ----------------------------------------
 * Every line of text knead prints on stdout (cli_printf and the others,
 * --help) is wrapped at word boundaries to the width taken
 * at start (the terminal's, 80 on a pipe); a continued line is indented
 * under the start of its text: after a bullet ("- "), or under a column of
 * descriptions (--help's options). */

#define DEFAULT_WIDTH 80

int cli_text_width(void)
{
	struct winsize ws;
	if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
		return ws.ws_col;
	const char *cols = g_getenv("COLUMNS");
	if (cols != NULL && cols[0] != '\0') {
		char *end = NULL;
		guint64 v = g_ascii_strtoull(cols, &end, 10);
		if (end != NULL && *end == '\0' && v > 0 && v < 10000)
			return (int)v;
	}
	return DEFAULT_WIDTH;
}

static int out_width = -1;

void cli_out_init(void)
{
	out_width = cli_text_width();
}

static int wrap_width(void)
{
	if (out_width < 0)
		out_width = cli_text_width();
	return MAX(out_width, 20);
}

/* Where a continued line starts, in columns. */
static int hang_of(const char *line, int width)
{
	size_t lead = strspn(line, " ");
	const char *rest = line + lead;
	const char *gap;

	if (g_str_has_prefix(rest, "- ") || g_str_has_prefix(rest, "* "))
		return (int)lead + 2;
	if (g_str_has_prefix(rest, "\u2022 "))
		return (int)lead + 2;
	/* A column: text, two spaces or more, then the description. */
	gap = strstr(rest, "  ");
	if (gap && gap > rest) {
		const char *desc = gap + strspn(gap, " ");
		int col = text_width_len(line, desc - line);

		if (*desc && col <= width / 2)
			return col;
	}
	return (int)lead + (lead ? 2 : 0);
}

/* One line (no newline) wrapped into out, each piece ending in "\n". */
static void wrap_line(GString *out, const char *line, int width)
{
	int hang = hang_of(line, width);
	const char *p = line;
	bool first = true;

	while (text_width(p) + (first ? 0 : hang) > width) {
		int room = width - (first ? 0 : hang);
		size_t fit = text_fit_bytes(p, room, NULL);
		const char *cut = NULL;

		/* The last space within the room, or right after it (the text
		 * before it then fills the line exactly). */
		for (const char *q = p + fit; q > p; q--)
			if (*q == ' ' && q > p + strspn(p, " ") &&
			    text_may_break(p, (size_t)(q - p), q)) {
				cut = q;
				break;
			}
		/* A word longer than the line stays whole, up to the next
		 * space a line may break at. */
		for (const char *q = strchr(p + strspn(p, " "), ' '); !cut && q; q = strchr(q + 1, ' '))
			if (text_may_break(p, (size_t)(q - p), q))
				cut = q;
		if (!cut)
			break;
		if (!first)
			g_string_append_printf(out, "%*s", hang, "");
		g_string_append_len(out, p, cut - p);
		g_string_append_c(out, '\n');
		p = cut + strspn(cut, " ");
		first = false;
		if (!*p)
			return;
	}
	if (!first)
		g_string_append_printf(out, "%*s", hang, "");
	g_string_append(out, p);
	g_string_append_c(out, '\n');
}

char *cli_wrap(const char *text, int width)
{
	GString *out = g_string_new(NULL);
	char **lines = g_strsplit(text, "\n", -1);

	for (int i = 0; lines[i]; i++) {
		if (!lines[i + 1]) { /* after the last newline: no line of its own */
			g_string_append(out, lines[i]);
			break;
		}
		wrap_line(out, lines[i], width);
	}
	g_strfreev(lines);
	return g_string_free(out, FALSE);
}

/* What was printed of a line not ended yet: it is wrapped once whole. */
static GString *pending;

static void out_text(const char *text)
{
	const char *nl;

	if (!pending)
		pending = g_string_new(NULL);
	g_string_append(pending, text);
	nl = strrchr(pending->str, '\n');
	if (nl) {
		size_t done = (size_t)(nl - pending->str) + 1;
		char *lines = g_strndup(pending->str, done);
		char *wrapped = cli_wrap(lines, wrap_width());

		fputs(wrapped, stdout);
		g_free(wrapped);
		g_free(lines);
		g_string_erase(pending, 0, (gssize)done);
	}
}

void cli_out_flush(void)
{
	if (pending && pending->len) {
		fputs(pending->str, stdout);
		g_string_truncate(pending, 0);
	}
}

static void print_help_text(const gchar *text)
{
	out_text(text);
}

void cli_out_capture_print(void)
{
	g_set_print_handler(print_help_text);
}

static void print_error(const char *msg)
{
	char *clean = sanitize_quote(msg);
	struct winsize ws;

	cli_out_flush();
	/* On a terminal, wrapped between words (a terminal would cut one in
	 * two); into a pipe or a file, one line, as scripts read it. */
	if (isatty(STDERR_FILENO) && ioctl(STDERR_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) {
		char *line = g_strdup_printf("knead: %s\n", clean);
		char *wrapped = cli_wrap(line, MAX(ws.ws_col, 20));

		fputs(wrapped, stderr);
		g_free(wrapped);
		g_free(line);
	} else {
		fprintf(stderr, "knead: %s\n", clean);
	}
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

/* The options a did-you-mean may offer, when the command narrows them
 * (edit runs: the runs' fields), space-separated; NULL: all of its own. */
static const char *option_hint;

void cli_option_hint(const char *names)
{
	option_hint = names;
}

int cli_unknown_option(const char *sub, const char *opt)
{
	static const char *const globals[] = { "--db", "--now", "--config", "--help" };
	GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
	char *name = g_strndup(opt, strcspn(opt, "="));
	char *words = command_words(sub);
	const char *near;
	int status;

	if (option_hint) {
		char **hint = g_strsplit(option_hint, " ", -1);

		for (int i = 0; hint[i]; i++)
			if (*hint[i])
				g_ptr_array_add(names, g_strconcat("--", hint[i], NULL));
		g_strfreev(hint);
	}
	for (const GOptionEntry *e = current_entries; !option_hint && e && e->long_name; e++)
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
		/* An optional value is only ever given with "=" (--cleared=no). */
		if (e->arg == G_OPTION_ARG_NONE || (e->flags & G_OPTION_FLAG_OPTIONAL_ARG) ||
		    strchr(argv[i], '='))
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

	out_text(padded);
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
	out_text(clean);
	g_free(clean);
	g_free(text);
}

void cli_print_note(const char *note)
{
	char *clean = sanitize_text(note);
	char *text = g_strconcat("  ", clean, NULL);

	out_text(text);
	g_free(text);
	g_free(clean);
}

void cli_puts(const char *text)
{
	char *clean = sanitize_lines(text);

	out_text(clean);
	g_free(clean);
}

int cli_output_target(struct cli *cli, const char *output, bool force, char **target)
{
	GError *err = NULL;

	*target = NULL;
	if (!output)
		return EXIT_OK;
	if (!*output)
		return cli_usage(_("--output needs a file name"));
	if (!file_output_target(output, cli->db_path, force, target, &err))
		return cli_fail(err);
	return EXIT_OK;
}

/* What knead writes into a file holds health data, like the database. */
#define CLI_OUTPUT_MODE 0600

bool cli_write_out(const char *path, const char *data, size_t len, GError **err)
{
	if (path)
		return file_write_atomic(path, data, len, CLI_OUTPUT_MODE, err);
	return fwrite(data, 1, len, stdout) == len && fflush(stdout) == 0;
}

void cli_print_json(struct json_writer *w)
{
	char *text = json_writer_finish(w, NULL);

	cli_out_flush();
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

	if (!cli_open_store_to_change(cli, err) || !change_remove(cli->store, command, t, id, &was, err))
		return false;
	*what = store_entry_describe(t, &was, cli->config.units);
	store_entry_clear(t, &was);
	return true;
}

const char *cli_table_nearest(const char *s)
{
	const char *names[2 * TABLE_COUNT];
	const char *near;
	enum store_table t;

	for (int i = 0; i < TABLE_COUNT; i++) {
		names[2 * i] = store_table_id((enum store_table)i);
		names[2 * i + 1] = store_table_word((enum store_table)i);
	}
	near = parse_nearest(s, names, G_N_ELEMENTS(names));
	/* A singular is offered as the list's own name. */
	return near && store_table_from_typed(near, &t) ? store_table_id(t) : near;
}

bool cli_table_from_id(const char *s, enum store_table *out)
{
	/* One entry or many ("edit run 3" is "edit runs 3"), any case, and
	 * the list's words in the runner's language ("sorties", "examens"). */
	return store_table_from_typed(s, out);
}

char *cli_list_names(const char *sep)
{
	GString *out = g_string_new(NULL);

	for (int t = 0; t < TABLE_COUNT; t++)
		g_string_append_printf(out, "%s%s", t ? sep : "", store_table_id((enum store_table)t));
	return g_string_free(out, FALSE);
}

char *cli_list_names_or(void)
{
	char *head = g_strdup(store_table_id(0));

	for (int t = 1; t < TABLE_COUNT; t++) {
		const char *id = store_table_id((enum store_table)t);
		char *next = t + 1 < TABLE_COUNT ? g_strconcat(head, ", ", id, NULL)
						 /* TRANSLATORS: the last two items of a list,
						  * "runs, soreness, massages, races or assessments". */
						 : g_strdup_printf(_("%s or %s"), head, id);

		g_free(head);
		head = next;
	}
	return head;
}

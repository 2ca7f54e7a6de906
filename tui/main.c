/* SPDX-License-Identifier: GPL-3.0-or-later */
/* main.c - locale, global options, dispatch to a subcommand or the TUI. */
#include <config.h>

#include <errno.h>
#include <locale.h>
#include <signal.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "cli/cli.h"
#include "core/clock.h"
#include "core/error.h"
#include "core/i18n.h"
#include "core/sanitize.h"
#include "core/parse.h"
#include "core/paths.h"
#include "cli/commands.h"

/* A write error on stdout (a full disk, a closed pipe) must not pass
 * unnoticed: GNU's close_stdout habit.  The exit status tells the truth
 * about the data (the man page, EXIT STATUS): a command that saved its
 * change exits with its own status and says on stderr that its message was
 * lost; one that saved nothing (a listing) exits 1. */
static int finish_stdout(int status)
{
	static bool done;

	if (done)
		return status;
	done = true;
	cli_out_flush();
	/* Output that went to a pager: the pager is done with it, and what it
	 * did not read (the runner quit early) was not lost by accident. */
	if (cli_pager_end)
		cli_pager_end();
	if (fflush(stdout) != 0 || ferror(stdout) || fclose(stdout) != 0) {
		int e = errno;

		if (store_wrote_anything()) {
			fprintf(stderr, _("knead: the change was saved, but its message could not be "
					  "printed: %s\n"), g_strerror(e));
			return status;
		}
		if (e != EPIPE)
			fprintf(stderr, "knead: %s: %s\n", _("write error"), g_strerror(e));
		return EXIT_FAILED;
	}
	return status;
}

/* For the exits that do not come back to main (--help inside GOption). */
static void close_stdout(void)
{
	int status = finish_stdout(EXIT_OK);

	if (status != EXIT_OK)
		_exit(status);
}

/* The catalogues of this build: the build tree's when run from there, so
 * that ./knead speaks the user's language before make install. */
/* configure.ac's bug field names a place, not an address, so it is said in
 * the runner's language; the literal is here for xgettext, and a field
 * changed in configure.ac alone is shown as it is. */
static const char *bug_report_place(void)
{
	static const char place[] = N_("the knead issue tracker");
	return strcmp(place, PACKAGE_BUGREPORT) == 0 ? _(place) : PACKAGE_BUGREPORT;
}

static void bind_catalogue(void)
{
	const char *env = getenv("KNEAD_LOCALEDIR");
	char *dir = env && *env ? g_strdup(env) : paths_locale_dir();

	bindtextdomain(PACKAGE, dir);
	g_free(dir);
}

static void print_usage(FILE *f)
{
	GString *u = g_string_new(NULL);

	g_string_append_printf(u, _("Usage: knead [--db PATH] [--now DATE] [--config PATH] [COMMAND] [ARGS...]\n"
		     "\n"
		     "A recovery assistant for runners: log runs and soreness, read what the\n"
		     "evidence says, and know when to book the next massage.\n"
		     "\n"
		     "With no command on a terminal, knead opens its full-screen interface.\n"
		     "\n"
		     "Commands:\n"));
	for (const struct command *c = commands; c->name; c++)
		g_string_append_printf(u, "  %-10s %s\n", c->name, _(c->summary));
	g_string_append_printf(u, _("\n"
		     "Global options (before or after the command):\n"
		     "  --db PATH        the database (also KNEAD_DB)\n"
		     "  --now DATE       behave as if it were DATE, YYYY-MM-DD[THH:MM] (also KNEAD_NOW)\n"
		     "  --config PATH    the configuration file\n"
		     "  --demo           open the interface on a throw-away demo database\n"
		     "  --screen NAME    open the interface on today, checkin, history, races,\n"
		     "                   articles or brief\n"
		     "  --help           this help; COMMAND --help for a command's own\n"
		     "  --version        the version\n"
		     "\n"
		     "Exit status: 0 done, 1 could not be done, 2 wrong command line or value.\n"));
	/* TRANSLATORS: %s is where bugs go (configure.ac's bug field). */
	g_string_append_printf(u, _("\nReport bugs to: %s\n"), bug_report_place());
	/* Wrapped to the terminal like everything knead prints. */
	if (f == stdout) {
		cli_puts(u->str);
	} else {
		char *wrapped = cli_wrap(u->str, cli_text_width());
		fputs(wrapped, f);
		g_free(wrapped);
	}
	g_string_free(u, TRUE);
}

static void print_version(void)
{
	printf("knead %s\n", PACKAGE_VERSION);
	/* TRANSLATORS: the copyright line of knead --version. */
	printf(_("Copyright (C) %s %s\n"), "2026", _("The knead authors"));
	printf(_("License GPLv3+: GNU GPL version 3 or later "
		 "<https://gnu.org/licenses/gpl.html>.\n"
		 "This is free software: you are free to change and redistribute it.\n"
		 "There is NO WARRANTY, to the extent permitted by law.\n"));
}

/* The options of the subcommands that take a value (long and short
 * names), so that a value such as --note "--db" or -o --db=x is never
 * mistaken for a global option.  The subcommands parse after this scan
 * (log, race and edit even read their first word before they parse), so
 * it cannot ask their GOptionEntry tables; tests/cli/options.sh checks
 * this list against what every subcommand's --help says its options are. */
static const char *const with_value[] = {
	"--date",      "--distance", "--duration", "--format",	 "--hr",      "--kind",
	"--level",     "--name",     "--note",	   "--output",	 "-o",	      "--priority",
	"--region",    "--regions",  "--rpe",	   "--since",	 "--sport",   "--therapist",
	"--for",       "--lang",     "--include",
	NULL,
};

static bool takes_value(const char *opt)
{
	for (int i = 0; with_value[i]; i++)
		if (strcmp(opt, with_value[i]) == 0)
			return true;
	return false;
}

/* Takes "--name VALUE" or "--name=VALUE" out of argv at i. */
static bool take_value(int *argc, char **argv, int i, const char *name, const char **value,
		       bool *missing)
{
	size_t n = strlen(name);
	int used;

	if (strncmp(argv[i], name, n) != 0)
		return false;
	if (argv[i][n] == '=') {
		*value = argv[i] + n + 1;
		used = 1;
	} else if (argv[i][n] == '\0') {
		if (i + 1 >= *argc) {
			*missing = true;
			return true;
		}
		*value = argv[i + 1];
		used = 2;
	} else {
		return false;
	}
	memmove(&argv[i], &argv[i + used], sizeof(char *) * (size_t)(*argc - i - used + 1));
	*argc -= used;
	return true;
}

struct globals {
	const char *db, *now, *config, *screen;
	bool demo, help, version;
};

/* The global options by their whole names: each sets its member of struct
 * globals, a string (its value, as "--db PATH" or "--db=PATH") or a flag.
 * --help is not here: it is knead's own only as the first word. */
static const struct global_option {
	const char *name;
	bool flag;
	size_t member; /* offsetof(struct globals, ...) */
} global_options[] = {
	{ "--db", false, offsetof(struct globals, db) },
	{ "--now", false, offsetof(struct globals, now) },
	{ "--config", false, offsetof(struct globals, config) },
	{ "--screen", false, offsetof(struct globals, screen) },
	{ "--demo", true, offsetof(struct globals, demo) },
	{ "--version", true, offsetof(struct globals, version) },
};

/* Takes the global option at argv[i] out of argv into g: 1 when it was
 * one, 0 when not, -1 (said) when its value is missing. */
static int take_global(int *argc, char **argv, int i, struct globals *g)
{
	for (size_t k = 0; k < G_N_ELEMENTS(global_options); k++) {
		const struct global_option *o = &global_options[k];
		char *member = (char *)g + o->member;
		bool missing = false;

		if (o->flag) {
			if (strcmp(argv[i], o->name) != 0)
				continue;
			*(bool *)member = true;
			memmove(&argv[i], &argv[i + 1], sizeof(char *) * (size_t)(*argc - i));
			(*argc)--;
			return 1;
		}
		if (take_value(argc, argv, i, o->name, (const char **)member, &missing)) {
			if (missing) {
				cli_usage(_("%s needs a value"), argv[i]);
				return -1;
			}
			return 1;
		}
	}
	return 0;
}

static int take_globals(int *argc, char **argv, struct globals *g)
{
	for (int i = 1; i < *argc;) {
		const char *a = argv[i];
		int took;

		if (strcmp(a, "--") == 0)
			break;
		took = take_global(argc, argv, i, g);
		if (took < 0)
			return EXIT_USAGE;
		if (took > 0)
			continue;
		if ((strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) && i == 1) {
			g->help = true;
			i++;
			continue;
		}
		i += takes_value(a) ? 2 : 1;
	}
	return EXIT_OK;
}

static int set_now(const char *now)
{
	GError *err = NULL;
	wtime t;

	if (!now || !*now)
		return EXIT_OK;
	if (!parse_datetime(now, &t, &err)) {
		int status;
		g_prefix_error(&err, "--now: ");
		status = cli_fail(err);
		return status == EXIT_FAILED ? EXIT_USAGE : status;
	}
	clock_set_override(t);
	return EXIT_OK;
}

/* setting: knead config set, which may create the file, and may mend one
 * that does not load (it checks the file it writes). */
static int load_settings(struct cli *cli, const char *config, bool setting)
{
	GPtrArray *warnings = g_ptr_array_new_with_free_func(g_free);
	GError *err = NULL;
	int status = EXIT_OK;

	if (config && !*config) {
		g_ptr_array_free(warnings, TRUE);
		return cli_usage(_("--config needs a path"));
	}
	cli->config_path = config ? g_strdup(config) : config_default_path();
	config_init_defaults(&cli->config);
	/* A --config that names no file is a mistake; the default may be absent. */
	if (!config_load_full(&cli->config, cli->config_path, config && !setting, warnings,
			      &err)) {
		if (setting)
			g_clear_error(&err);
		else
			status = cli_fail(err);
	}
	for (guint i = 0; status == EXIT_OK && i < warnings->len; i++)
		/* TRANSLATORS: "knead: warning: config.ini: unknown key ..." */
		cli_error(_("warning: %s"), (const char *)warnings->pdata[i]);
	g_ptr_array_free(warnings, TRUE);
	return status;
}

/* "knead frobnicate": not a command, and maybe the one that was meant. */
static int unknown_command(const char *typed)
{
	const char *names[64];
	size_t n = 0;
	const char *near;
	char *safe = sanitize_quote(typed);
	int status;

	for (const struct command *c = commands; c->name && n < G_N_ELEMENTS(names); c++)
		names[n++] = c->name;
	near = parse_nearest(typed, names, n);
	if (near)
		/* TRANSLATORS: "\"stauts\" is not a command (did you mean status?)" */
		status = cli_usage(_("\"%s\" is not a command (did you mean %s?)"), safe, near);
	else
		status = cli_usage(_("\"%s\" is not a command (see knead --help)"), safe);
	g_free(safe);
	return status;
}

static const struct command *find_command(const char *name)
{
	for (const struct command *c = commands; c->name; c++)
		if (strcmp(c->name, name) == 0)
			return c;
	return NULL;
}

/* The interface sees the global options through struct app (app.h), not
 * the command line's struct cli; what it cannot show, main reports. */
static int start_interface(struct cli *cli)
{
	const struct app app = { .db_path = cli->db_path, .config = &cli->config,
				 .screen = cli->screen, .demo = cli->demo };
	GError *err = NULL;
	int status = run_interface(&app, &err);

	return err ? cli_fail(err) : status;
}

/* knead pages, its helpers never do (they have no pager.c). */
extern void cli_pager_start(bool no_pager) __attribute__((weak));

/* knead help [COMMAND [SUB]]: the usage, or the command's own --help. */
static int run_help(struct cli *cli, int argc, char **argv)
{
	const struct command *cmd;
	char **args, *prg;
	int status;

	if (argc >= 2 && strcmp(argv[1], "--no-pager") == 0) {
		cli->no_pager = TRUE;
		argv[1] = argv[0];
		argc--;
		argv++;
	}
	/* "knead help --help", like every command's --help, is help: the usage. */
	if (argc < 2 || strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
		/* Paged like list: the whole help is longer than a screen. */
		if (cli_pager_start)
			cli_pager_start(cli->no_pager);
		print_usage(stdout);
		return EXIT_OK;
	}
	cmd = find_command(argv[1]);
	if (!cmd)
		return unknown_command(argv[1]);
	if (cmd->run == NULL) {
		print_usage(stdout);
		return EXIT_OK;
	}
	/* "knead help log run" is "knead log run --help". */
	args = g_new0(char *, (gsize)argc + 1);
	for (int i = 1; i < argc; i++)
		args[i - 1] = argv[i];
	args[argc - 1] = (char *)"--help";
	prg = g_strconcat("knead ", cmd->name, NULL);
	g_set_prgname(prg);
	status = cmd->run(cli, argc, args);
	g_free(prg);
	g_free(args);
	return status;
}

static void start_locale(void)
{
	setlocale(LC_ALL, "");
	/* The helpers speak as knead: they are knead's own commands, run apart. */
	g_set_prgname("knead");
	bind_catalogue();
	bind_textdomain_codeset(PACKAGE, "UTF-8");
	textdomain(PACKAGE);
}

/* The global options into cli: the clock, the settings, the database. */
/* app.h: another language for a while. */
void app_lang_begin(const char *lang, struct app_lang *s)
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

void app_lang_end(struct app_lang *s)
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

static int apply_globals(struct cli *cli, const struct globals *g, int argc, char **argv)
{
	int status;

	cli->now_arg = g_strdup(g->now ? g->now : g_getenv("KNEAD_NOW"));
	status = set_now(cli->now_arg);
	if (status != EXIT_OK)
		return status;
	status = load_settings(cli, g->config,
			       argc > 2 && strcmp(argv[1], "config") == 0 && strcmp(argv[2], "set") == 0);
	if (status != EXIT_OK)
		return status;
	cli->demo = g->demo;
	cli->screen = g->screen;
	if (g->db && !*g->db)
		return cli_usage(_("--db needs a path"));
	cli->db_path = g->db ? g_strdup(g->db)
		       : g_getenv("KNEAD_DB") && *g_getenv("KNEAD_DB") ? g_strdup(g_getenv("KNEAD_DB"))
								       : store_default_path();

	/* --demo is a sandbox for the interface alone: a command under it
	 * would otherwise read or write the real database. */
	if (cli->demo && argc > 1)
		return cli_usage(_("--demo opens the interface on a throw-away database and takes "
				   "no command (expected knead --demo alone)"));
	return EXIT_OK;
}

int main(int argc, char **argv)
{
	struct cli cli = { 0 };
	struct globals g = { 0 };
	const struct command *cmd = NULL;
	char *prgname = NULL;
	int status;

	start_locale();
	atexit(close_stdout);
	/* Under a file-size limit (ulimit -f) a write past it would kill knead
	 * with SIGXFSZ (exit 153, no word); ignored, the write fails with
	 * EFBIG, and the store says what happened, nothing half written. */
	signal(SIGXFSZ, SIG_IGN);
	cli_out_init();
	cli_out_capture_print();

	status = take_globals(&argc, argv, &g);
	if (status != EXIT_OK)
		return status;
	if (g.help) {
		print_usage(stdout);
		return EXIT_OK;
	}
	if (g.version) {
		print_version();
		return EXIT_OK;
	}
	status = apply_globals(&cli, &g, argc, argv);
	if (status != EXIT_OK)
		goto out;
	if (argc > 1) {
		cmd = find_command(argv[1]);
		if (!cmd) {
			status = unknown_command(argv[1]);
			goto out;
		}
		if (!cmd->run) {
			status = run_help(&cli, argc - 1, argv + 1);
			goto out;
		}
		/* --help's usage line then reads "knead list [OPTION…]". */
		prgname = g_strconcat("knead ", cmd->name, NULL);
		g_set_prgname(prgname);
		status = cmd->run(&cli, argc - 1, argv + 1);
	} else if (cli.demo || (isatty(STDIN_FILENO) && isatty(STDOUT_FILENO))) {
		/* --demo without a terminal is refused there, once its
		 * --screen has been checked. */
		status = start_interface(&cli);
	} else {
		fprintf(stderr, _("knead: no command given, and not on a terminal: the interface "
				  "needs one.\n"));
		print_usage(stderr);
		status = EXIT_USAGE;
	}
out:
	store_close(cli.store);
	config_clear(&cli.config);
	g_free(cli.db_path);
	g_free(cli.config_path);
	g_free(cli.now_arg);
	g_free(prgname);
	return finish_stdout(status);
}

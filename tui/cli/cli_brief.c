/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cli_brief.c - knead brief: one page for the massage therapist, as text,
 * Markdown, HTML or JSON, on stdout, into a file, or handed to the mail
 * composer (doc/contract.md). */
#include <config.h>

#include <stdio.h>
#include <errno.h>
#include <string.h>
#include "cli.h"
#include "core/brief/brief.h"
#include "core/brief/brief_send.h"
#include "core/clock.h"
#include "core/error.h"
#include "core/i18n.h"
#include "core/parse.h"
#include "core/sanitize.h"

/* The brief into PATH (readable by the runner only), or onto standard
 * output. */
static bool write_out(const char *path, const char *data, GError **err)
{
	if (cli_write_out(path, data, strlen(data), err))
		return true;
	if (err && !*err)
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED, _("cannot write the brief: %s"),
			    g_strerror(errno));
	return false;
}

/* --mail: what brief_send_plan says, from the text brief. */
static int send_brief(struct cli *cli, const struct brief *b, const char *output,
		      struct app_lang *ls)
{
	struct brief_send send;
	GError *err = NULL;
	char *text, *subject;
	int status = EXIT_OK;

	text = brief_render(b, BRIEF_TEXT, BRIEF_TEXT_WIDTH);
	subject = brief_subject(b);
	app_lang_end(ls); /* what follows is for the runner */
	if (!brief_send(&cli->config, subject, text, output, &send, &err)) {
		status = cli_fail(err);
	} else if (send.how == BRIEF_SENT_MAIL) {
		cli_printf(_("The brief is in a new message to %s.\n"),
			   cli->config.therapist_email);
	} else {
		cli_printf(_("The brief is in %s; add it when you book at %s.\n"), send.file,
			   cli->config.therapist_booking_url);
	}
	brief_send_clear(&send);
	g_free(text);
	g_free(subject);
	return status;
}

int cli_brief(struct cli *cli, int argc, char **argv)
{
	char *for_arg = NULL, *lang = NULL, *format = NULL, *output = NULL, *note = NULL;
	char **include = NULL;
	gboolean json = FALSE, mail = FALSE, force = FALSE;
	const GOptionEntry entries[] = {
		{ "for", 0, 0, G_OPTION_ARG_STRING, &for_arg,
		  N_("the session's day (default: the booked or suggested one)"), N_("DATE") },
		{ "lang", 0, 0, G_OPTION_ARG_STRING, &lang,
		  N_("en or fr (default: [therapist] lang, else yours)"), N_("LANG") },
		{ "format", 0, 0, G_OPTION_ARG_STRING, &format,
		  N_("text (the default), markdown or html"), N_("FORMAT") },
		{ "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("print the brief as JSON"), NULL },
		{ "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
		  N_("write to FILE (atomically) instead of standard output"), N_("FILE") },
		{ "force", 0, 0, G_OPTION_ARG_NONE, &force,
		  N_("write through a symbolic link given as FILE"), NULL },
		{ "note", 0, 0, G_OPTION_ARG_STRING, &note,
		  N_("your note for the therapist (default: [therapist] note)"), N_("TEXT") },
		{ "include", 0, 0, G_OPTION_ARG_STRING_ARRAY, &include,
		  N_("also show notes, heart-rate or all (left out by default)"), N_("WHAT") },
		{ "mail", 0, 0, G_OPTION_ARG_NONE, &mail,
		  N_("open a message to the therapist with the brief (or save it for the "
		     "booking page)"),
		  NULL },
		{ NULL },
	};
	GOptionContext *ctx = cli_context(
		_("- a one-page brief for the massage therapist"),
		_("The session asked for, the body picture, each sore region, the races of the\n"
		  "next 8 weeks, the training of the last 6 weeks and the last three sessions.\n"
		  "Your notes and heart rates are left out unless --include asks for them."),
		entries);
	struct brief_options opt = { .units = cli->config.units };
	enum brief_format fmt = BRIEF_TEXT;
	struct app_lang ls = { 0 };
	char *target = NULL;
	GError *err = NULL;
	int status = EXIT_OK;
	struct brief b;

	if (!cli_parse(ctx, &argc, &argv)) {
		status = EXIT_USAGE;
		goto out;
	}
	if (argc > 1) {
		status = cli_usage(_("usage: knead %s"),
				   "brief [--for D] [--lang en|fr] [--format text|markdown|html] "
				   "[--json] [--output F] [--note T] [--include notes] [--mail]");
		goto out;
	}
	if (for_arg) {
		if (!parse_date_for(for_arg, cli_today(), DATE_AHEAD, &opt.for_date, &err)) {
			status = cli_fail(err);
			goto out;
		}
		opt.has_for = true;
	}
	if (lang && g_ascii_strcasecmp(lang, "en") != 0 && g_ascii_strcasecmp(lang, "fr") != 0) {
		char *safe = sanitize_quote(lang);
		status = cli_usage(_("\"%s\" is not a language of the brief (expected en or fr)"),
				   safe);
		g_free(safe);
		goto out;
	}
	if (format && !brief_format_from_id(format, &fmt)) {
		char *safe = sanitize_quote(format);
		status = cli_usage(_("\"%s\" is not a format of the brief (expected text, markdown "
				     "or html)"),
				   safe);
		g_free(safe);
		goto out;
	}
	if (json && format) {
		status = cli_usage(
			_("--json and --format cannot go together (expected one of them)"));
		goto out;
	}
	if (mail && (json || format)) {
		status = cli_usage(_("--mail sends the text brief (expected no --json or --format "
				     "with it)"));
		goto out;
	}
	for (char **w = include; w && *w; w++) {
		if (!brief_include_parse(*w, &opt.include)) {
			char *safe = sanitize_quote(*w);
			status = cli_usage(_("\"%s\" is not something the brief can include "
					     "(expected notes, heart-rate or all)"),
					   safe);
			g_free(safe);
			goto out;
		}
	}
	if (note && !parse_text(note, 200, "note", &err)) {
		status = cli_fail(err);
		goto out;
	}
	opt.note = note ? note : cli->config.therapist_note;
	status = cli_output_target(cli, output, force, &target);
	if (status != EXIT_OK)
		goto out;
	if (!cli_open_store_read(cli, &err)) {
		status = cli_fail(err);
		goto out;
	}
	/* The advice's reasons are written in the brief's language too. */
	app_lang_begin(lang ? lang : cli->config.therapist_lang, &ls);
	if (!brief_collect(cli->store, &cli->config, clock_now(), &opt, &b, &err)) {
		app_lang_end(&ls);
		status = cli_fail(err);
		goto out;
	}
	if (mail) {
		status = send_brief(cli, &b, target, &ls);
	} else if (json) {
		struct json_writer *w = brief_json(&b);
		char *data = json_writer_finish(w, NULL);

		app_lang_end(&ls);
		if (!write_out(target, data, &err))
			status = cli_fail(err);
		g_free(data);
	} else {
		char *data = brief_render(&b, fmt, BRIEF_TEXT_WIDTH);

		app_lang_end(&ls);
		if (!target) {
			cli_puts(data); /* may reach a terminal: sanitised */
		} else {
			if (!write_out(target, data, &err))
				status = cli_fail(err);
		}
		g_free(data);
	}
	app_lang_end(&ls);
	brief_clear(&b);
out:
	g_free(for_arg);
	g_free(lang);
	g_free(format);
	g_free(output);
	g_free(note);
	g_strfreev(include);
	g_free(target);
	g_option_context_free(ctx);
	return status;
}

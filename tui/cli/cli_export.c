/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cli_export.c - knead export: everything as CSV or JSON, the soreness log
 * as measures (doc/contract.md), or the next massage as an iCalendar file,
 * on stdout or atomically into a file. */
#include <config.h>

#include <errno.h>
#include <stdio.h>
#include "cli.h"
#include "core/clock.h"
#include "core/error.h"
#include "core/export/export.h"
#include "core/fileutil.h"
#include "core/i18n.h"
#include "core/sanitize.h"

/* Exports hold health data: readable by the runner only, like the
 * database. */
#define EXPORT_FILE_MODE 0600

/* The export into PATH (readable by the runner only), or onto standard
 * output. */
static bool write_out(const char *path, const char *data, size_t len, GError **err)
{
	if (cli_write_out(path, data, len, err))
		return true;
	if (err && !*err)
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED, _("cannot write the export: %s"),
			    g_strerror(errno));
	return false;
}

static bool sink_stdout(const char *text, size_t len, void *data, GError **err)
{
	(void)data;
	if (fwrite(text, 1, len, stdout) != len) {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED, _("cannot write the export: %s"),
			    g_strerror(errno));
		return false;
	}
	return true;
}

static bool sink_file(const char *text, size_t len, void *data, GError **err)
{
	return file_atomic_write(data, text, len, err);
}

/* The JSON export streams (memory stays flat at millions of runs): into a
 * file written atomically, or onto standard output. */
static bool export_json_out(struct store *st, const char *path, GError **err)
{
	struct file_atomic *f;

	if (!path) {
		if (!export_json_stream(st, sink_stdout, NULL, err))
			return false;
		if (fflush(stdout) != 0) {
			g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
				    _("cannot write the export: %s"), g_strerror(errno));
			return false;
		}
		return true;
	}
	f = file_atomic_open(path, EXPORT_FILE_MODE, err);
	if (!f)
		return false;
	if (!export_json_stream(st, sink_file, f, err)) {
		file_atomic_abort(f);
		return false;
	}
	return file_atomic_commit(f, err);
}

int cli_export(struct cli *cli, int argc, char **argv)
{
	char *format = NULL, *output = NULL;
	gboolean ics = FALSE, force = FALSE;
	char *target = NULL;
	const GOptionEntry entries[] = {
		{ "format", 0, 0, G_OPTION_ARG_STRING, &format,
		  N_("csv (the default), json, or measures (the soreness log for "
		     "GoldenCheetah)"),
		  N_("FORMAT") },
		{ "ics", 0, 0, G_OPTION_ARG_NONE, &ics,
		  N_("the next massage and the no-deep-tissue windows as iCalendar"), NULL },
		{ "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
		  N_("write to FILE (atomically) instead of standard output"), N_("FILE") },
		{ "force", 0, 0, G_OPTION_ARG_NONE, &force,
		  N_("write through a symbolic link given as FILE"), NULL },
		{ NULL },
	};
	GOptionContext *ctx = cli_context(
		_("- export everything"),
		_("Writes runs, soreness, massages and races as CSV or JSON (knead import\n"
		  "reads the JSON back), the soreness log as measures (a CSV with a date\n"
		  "column, one column per region and side, as GoldenCheetah imports them),\n"
		  "or the suggested next massage as a calendar event."),
		entries);
	enum export_format fmt = EXPORT_CSV;
	GError *err = NULL;
	char *data = NULL;
	size_t len = 0;
	int status = EXIT_OK;

	if (!cli_parse(ctx, &argc, &argv)) {
		status = EXIT_USAGE;
		goto out;
	}
	if (argc > 1) {
		status = cli_usage(_("usage: knead %s"),
				   "export [--format csv|json|measures] [--output F] | export --ics "
				   "[--output F]");
		goto out;
	}
	if (ics && format) {
		status = cli_usage(_("--ics and --format cannot go together (expected one of them)"));
		goto out;
	}
	if (format && !export_format_from_id(format, &fmt)) {
		char *safe = sanitize_quote(format);
		status = cli_usage(_("\"%s\" is not an export format (expected csv, json or "
				     "measures)"),
				   safe);
		g_free(safe);
		goto out;
	}
	status = cli_output_target(cli, output, force, &target);
	if (status != EXIT_OK)
		goto out;
	if (!cli_open_store_read(cli, &err))
		status = cli_fail(err);
	else if (!ics && fmt == EXPORT_JSON)
		status = export_json_out(cli->store, target, &err) ? EXIT_OK : cli_fail(err);
	else if (!(ics ? export_ics(cli->store, clock_now(), &data, &len, &err)
		       : export_all(cli->store, fmt, &data, &len, &err)) ||
		 !write_out(target, data, len, &err))
		status = cli_fail(err);
out:
	g_free(data);
	g_free(format);
	g_free(output);
	g_free(target);
	g_option_context_free(ctx);
	return status;
}

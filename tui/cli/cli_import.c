/* cli_import.c - knead import FILE|DIR ...: watch files, Strava exports and
 * knead's own JSON export into the database, with a summary at the end. */
#include <config.h>

#include <stdio.h>
#include <unistd.h>
#include "cli.h"
#include "core/i18n.h"
#include "core/import.h"

/* Below this many files, a progress bar would only flicker. */
#define PROGRESS_MIN_FILES 10
#define PROGRESS_WIDTH 30

static void progress(unsigned done, unsigned total)
{
	unsigned filled = total ? done * PROGRESS_WIDTH / total : PROGRESS_WIDTH;

	fputc('\r', stderr);
	fputc('[', stderr);
	for (unsigned i = 0; i < PROGRESS_WIDTH; i++)
		fputc(i < filled ? '#' : ' ', stderr);
	fprintf(stderr, "] %u/%u", done, total);
	fflush(stderr);
}

static void progress_end(void)
{
	/* Erase the bar, so that the summary starts on a clean line. */
	fprintf(stderr, "\r%*s\r", PROGRESS_WIDTH + 24, "");
	fflush(stderr);
}

static void print_summary(const struct import_summary *sum)
{
	GPtrArray *skips = import_summary_skipped_sorted(sum);

	for (guint i = 0; i < sum->failures->len; i++) {
		const struct import_failure *f = sum->failures->pdata[i];
		cli_error("%s: %s", f->path, f->reason);
	}
	cli_printf(ngettext("Read %u file.\n", "Read %u files.\n", sum->files), sum->files);
	cli_printf(_("Imported: %u\n"), sum->imported);
	cli_printf(_("Already there: %u\n"), sum->duplicates);
	cli_printf(_("Skipped: %u\n"), sum->skipped);
	for (guint i = 0; i < skips->len; i++) {
		const struct import_count *c = skips->pdata[i];
		cli_printf("  %6u  %s\n", c->n, c->what);
	}
	cli_printf(_("Failed: %u\n"), sum->failures->len);
	g_ptr_array_unref(skips);
}

int cli_import(struct cli *cli, int argc, char **argv)
{
	GOptionContext *ctx = cli_context(
		_("FILE|DIR... - import runs"),
		_("Reads GPX and TCX files (also gzip'd), a Strava activities.csv or the\n"
		  "unzipped Strava export folder, and knead's own JSON export. Folders are\n"
		  "searched for .gpx and .tcx files. Runs already in the database are left\n"
		  "as they are, so importing twice adds nothing."),
		NULL);
	GPtrArray *files = NULL;
	struct import_summary sum;
	GError *err = NULL;
	bool show_progress;
	int status = EXIT_OK;

	import_summary_init(&sum);
	if (!cli_parse(ctx, &argc, &argv)) {
		status = EXIT_USAGE;
		goto out;
	}
	if (argc < 2) {
		status = cli_usage(_("usage: knead %s"), "import FILE|DIR...");
		goto out;
	}
	/* Every path is checked before anything is written. */
	files = g_ptr_array_new_with_free_func(g_free);
	for (int i = 1; i < argc; i++) {
		if (!import_collect(argv[i], files, &err)) {
			status = cli_fail(err);
			goto out;
		}
	}
	if (!cli_open_store(cli, &err)) {
		status = cli_fail(err);
		goto out;
	}
	show_progress = files->len >= PROGRESS_MIN_FILES && isatty(STDERR_FILENO);
	for (guint i = 0; i < files->len; i++) {
		if (show_progress)
			progress(i, files->len);
		import_file(cli->store, files->pdata[i], &sum);
	}
	if (show_progress)
		progress_end();
	print_summary(&sum);
	if (sum.failures->len > 0)
		status = EXIT_FAILED;
out:
	if (files)
		g_ptr_array_unref(files);
	import_summary_clear(&sum);
	g_option_context_free(ctx);
	return status;
}

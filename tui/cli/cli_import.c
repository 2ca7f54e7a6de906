/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cli_import.c - knead import [--sport run] [--dry-run] [--json] FILE|DIR...:
 * watch files, Strava exports and knead's own JSON export into the
 * database, with a summary at the end. */
#include <config.h>

#include <stdio.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include "cli.h"
#include "core/i18n.h"
#include "core/import/import.h"
#include "core/json_writer.h"
#include "core/sanitize.h"
#include "core/import/sport.h"
#include "core/store/store.h"

/* Progress appears once an import has taken this long (KNEAD_PROGRESS_DELAY
 * milliseconds, default one second): a quick one stays quiet. */
#define PROGRESS_AFTER_MS 1000
#define PROGRESS_WIDTH 30

/* "[####    ] 12/300  45 runs found, 23 MB read" */
static void progress(unsigned done, unsigned total, unsigned runs, uint64_t bytes)
{
	unsigned filled = total ? done * PROGRESS_WIDTH / total : PROGRESS_WIDTH;

	fputc('\r', stderr);
	fputc('[', stderr);
	for (unsigned i = 0; i < PROGRESS_WIDTH; i++)
		fputc(i < filled ? '#' : ' ', stderr);
	fprintf(stderr, "] %u/%u  ", done, total);
	fprintf(stderr, ngettext("%u run found", "%u runs found", runs), runs);
	fprintf(stderr, ", ");
	fprintf(stderr, _("%lu MB read"), (unsigned long)(bytes / (1024 * 1024)));
	/* Clear what a longer line left. */
	fprintf(stderr, "    ");
	fflush(stderr);
}

static void progress_end(void)
{
	/* Erase the bar, so that the summary starts on a clean line. */
	fprintf(stderr, "\r%*s\r", PROGRESS_WIDTH + 72, "");
	fflush(stderr);
}

static void print_points(const struct import_summary *sum)
{
	const unsigned *p = sum->points_skipped;

	if (p[IMPORT_POINT_NO_POSITION])
		cli_printf(ngettext("  %u track point without a position left out\n",
				"  %u track points without a position left out\n",
				p[IMPORT_POINT_NO_POSITION]),
		       p[IMPORT_POINT_NO_POSITION]);
	if (p[IMPORT_POINT_NO_TIME])
		cli_printf(ngettext("  %u track point without a time left out\n",
				"  %u track points without a time left out\n",
				p[IMPORT_POINT_NO_TIME]),
		       p[IMPORT_POINT_NO_TIME]);
	if (p[IMPORT_POINT_BACKWARDS])
		cli_printf(ngettext("  %u track point going back in time left out\n",
				"  %u track points going back in time left out\n",
				p[IMPORT_POINT_BACKWARDS]),
		       p[IMPORT_POINT_BACKWARDS]);
}

/* How the activities whose file declares no sport were decided, imported
 * or not. */
static void print_decided(const struct import_summary *sum)
{
	const unsigned *d = sum->decided_by;

	if (d[SPORT_BY_WORDS])
		cli_printf(ngettext("  sport not declared: %u activity decided by its name\n",
				    "  sport not declared: %u activities decided by their names\n",
				    d[SPORT_BY_WORDS]),
			   d[SPORT_BY_WORDS]);
	if (d[SPORT_BY_SPEED])
		cli_printf(ngettext("  sport not declared: %u activity decided by its speed\n",
				    "  sport not declared: %u activities decided by their speed\n",
				    d[SPORT_BY_SPEED]),
			   d[SPORT_BY_SPEED]);
	if (d[SPORT_BY_CREATOR])
		cli_printf(ngettext("  sport not declared: %u activity decided by the app that recorded it\n",
				    "  sport not declared: %u activities decided by the app that recorded them\n",
				    d[SPORT_BY_CREATOR]),
			   d[SPORT_BY_CREATOR]);
	if (d[SPORT_BY_CADENCE])
		cli_printf(ngettext("  sport not declared: %u activity decided by its cadence\n",
				    "  sport not declared: %u activities decided by their cadence\n",
				    d[SPORT_BY_CADENCE]),
			   d[SPORT_BY_CADENCE]);
}

/* Files of a folder or a zip that hold no activity, by name (the first
 * NOT_ACTIVITIES_SHOWN of them). */
#define NOT_ACTIVITIES_SHOWN 10
static void print_not_activities(const struct import_summary *sum)
{
	GString *names = g_string_new(NULL);
	guint n = sum->not_activities->len;

	if (n == 0) {
		g_string_free(names, TRUE);
		return;
	}
	for (guint i = 0; i < n && i < NOT_ACTIVITIES_SHOWN; i++) {
		char *clean = sanitize_text(sum->not_activities->pdata[i]);
		if (i > 0)
			g_string_append(names, ", ");
		g_string_append(names, clean);
		g_free(clean);
	}
	if (n > NOT_ACTIVITIES_SHOWN) {
		g_string_append(names, ", ");
		g_string_append_printf(names, ngettext("and %u more", "and %u more",
						       n - NOT_ACTIVITIES_SHOWN),
				       n - NOT_ACTIVITIES_SHOWN);
	}
	cli_printf(ngettext("%u file not an activity: %s\n", "%u files not activities: %s\n", n),
		   n, names->str);
	g_string_free(names, TRUE);
}

static void print_summary(const struct import_summary *sum, bool dry_run)
{
	GPtrArray *skips = import_summary_skipped_sorted(sum);

	for (guint i = 0; i < sum->failures->len; i++) {
		const struct import_failure *f = sum->failures->pdata[i];
		cli_error("%s: %s", f->path, f->reason);
	}
	for (guint i = 0; i < sum->damaged->len; i++) {
		const struct import_damage *d = sum->damaged->pdata[i];
		cli_printf(ngettext("%s: damaged after byte %llu: %u run kept\n",
				    "%s: damaged after byte %llu: %u runs kept\n", d->runs_kept),
			   d->path, (unsigned long long)d->after_byte, d->runs_kept);
	}
	if (dry_run)
		cli_printf(_("Dry run: nothing was written.\n"));
	cli_printf(ngettext("Read %u file.\n", "Read %u files.\n", sum->files), sum->files);
	cli_printf(dry_run ? _("Would import: %u\n") : _("Imported: %u\n"), sum->imported);
	if (sum->undecided)
		cli_printf(ngettext("  %u of them said nothing of its sport: taken as a run "
				"(knead import --sport run takes every activity as a run)\n",
				"  %u of them said nothing of their sport: taken as runs "
				"(knead import --sport run takes every activity as a run)\n",
				sum->undecided),
		       sum->undecided);
	print_decided(sum);
	cli_printf(dry_run ? _("Would merge: %u (already there, gaining heart rate or other data)\n")
		       : _("Merged: %u (already there, gained heart rate or other data)\n"),
	       sum->merged);
	cli_printf(_("Already there: %u\n"), sum->duplicates);
	cli_printf(_("Skipped: %u\n"), sum->skipped);
	for (guint i = 0; i < skips->len; i++) {
		const struct import_count *c = skips->pdata[i];
		cli_printf("  %6u  %s\n", c->n, c->what);
	}
	print_points(sum);
	print_not_activities(sum);
	cli_printf(_("Failed: %u\n"), sum->failures->len);
	g_ptr_array_unref(skips);
}

static void json_count(struct json_writer *w, const char *key, int64_t n)
{
	json_writer_key(w, key);
	json_writer_int(w, n);
}

static void json_counts(struct json_writer *w, const struct import_counts *c)
{
	json_writer_begin_object(w);
	json_count(w, "files", c->files);
	json_count(w, "added", c->added);
	json_count(w, "merged", c->merged);
	json_count(w, "already_there", c->duplicates);
	json_count(w, "skipped", c->skipped);
	json_count(w, "not_understood", c->failed);
	json_writer_end_object(w);
}

static struct json_writer *summary_json(const struct import_summary *sum, bool dry_run)
{
	struct json_writer *w = json_writer_new();
	struct import_counts total = {
		sum->files, sum->imported, sum->merged, sum->duplicates, sum->skipped,
		sum->failures->len,
	};
	GPtrArray *skips = import_summary_skipped_sorted(sum);

	json_writer_begin_object(w);
	json_writer_key(w, "dry_run");
	json_writer_bool(w, dry_run);
	json_writer_key(w, "total");
	json_counts(w, &total);
	json_count(w, "undecided_sport", sum->undecided);
	json_writer_key(w, "sport_decided_by");
	json_writer_begin_object(w);
	for (int b = SPORT_BY_WORDS; b < SPORT_UNDECIDED; b++)
		json_count(w, sport_basis_id(b), sum->decided_by[b]);
	json_writer_end_object(w);
	json_writer_key(w, "sources");
	json_writer_begin_object(w);
	for (int f = 0; f < IMPORT_FORMAT_COUNT; f++) {
		if (sum->by_format[f].files == 0)
			continue;
		json_writer_key(w, import_format_id(f));
		json_counts(w, &sum->by_format[f]);
	}
	json_writer_end_object(w);
	json_writer_key(w, "skipped_by");
	json_writer_begin_array(w);
	for (guint i = 0; i < skips->len; i++) {
		const struct import_count *c = skips->pdata[i];
		json_writer_begin_object(w);
		json_writer_key(w, "reason");
		json_writer_string(w, c->what);
		json_count(w, "count", c->n);
		json_writer_end_object(w);
	}
	json_writer_end_array(w);
	json_writer_key(w, "points_skipped");
	json_writer_begin_object(w);
	json_count(w, "no_position", sum->points_skipped[IMPORT_POINT_NO_POSITION]);
	json_count(w, "no_time", sum->points_skipped[IMPORT_POINT_NO_TIME]);
	json_count(w, "backwards", sum->points_skipped[IMPORT_POINT_BACKWARDS]);
	json_writer_end_object(w);
	json_writer_key(w, "failures");
	json_writer_begin_array(w);
	for (guint i = 0; i < sum->failures->len; i++) {
		const struct import_failure *f = sum->failures->pdata[i];
		json_writer_begin_object(w);
		json_writer_key(w, "file");
		json_writer_string(w, f->path);
		json_writer_key(w, "reason");
		json_writer_string(w, f->reason);
		json_writer_end_object(w);
	}
	json_writer_end_array(w);
	json_writer_key(w, "not_activities");
	json_writer_begin_array(w);
	for (guint i = 0; i < sum->not_activities->len; i++)
		json_writer_string(w, sum->not_activities->pdata[i]);
	json_writer_end_array(w);
	json_writer_key(w, "damaged");
	json_writer_begin_array(w);
	for (guint i = 0; i < sum->damaged->len; i++) {
		const struct import_damage *d = sum->damaged->pdata[i];
		json_writer_begin_object(w);
		json_writer_key(w, "file");
		json_writer_string(w, d->path);
		json_count(w, "after_byte", (int64_t)d->after_byte);
		json_count(w, "runs_kept", d->runs_kept);
		json_writer_end_object(w);
	}
	json_writer_end_array(w);
	json_writer_end_object(w);
	g_ptr_array_unref(skips);
	return w;
}

/* Where the import stands, for the progress line: files done of all (or,
 * inside an archive, its activity files done of all), runs found, and
 * bytes read. */
struct import_watch {
	gint64 start, delay_us, last;
	bool quiet, shown;
	guint done, total;
	uint64_t bytes_done; /* of the files done */
	uint64_t file_bytes; /* of the file being read */
	unsigned entries_done, entries_total;
	const struct import_summary *sum;
};

/* Runs found: those the files done added or found already there, and
 * those the file being read has found so far. */
static unsigned watch_runs(const struct import_watch *w)
{
	const struct import_summary *s = w->sum;

	return s->imported + s->merged + s->duplicates + (s->reading ? s->reading->found : 0);
}

/* Shows the line once the delay has passed, at most ten times a second. */
static void watch_show(struct import_watch *w, bool force)
{
	gint64 now;

	if (w->quiet)
		return;
	now = g_get_monotonic_time();
	if (!w->shown && now - w->start < w->delay_us)
		return;
	if (w->shown && !force && now - w->last < 100000)
		return;
	w->shown = true;
	w->last = now;
	if (w->entries_total > 0)
		progress(w->entries_done, w->entries_total, watch_runs(w),
			 w->bytes_done + w->file_bytes);
	else
		progress(w->done, w->total, watch_runs(w), w->bytes_done + w->file_bytes);
}

static void watch_bytes(uint64_t bytes, void *ctx)
{
	struct import_watch *w = ctx;

	w->file_bytes = bytes;
	watch_show(w, false);
}

static void watch_entry(unsigned done, unsigned total, uint64_t bytes, void *ctx)
{
	struct import_watch *w = ctx;

	w->entries_done = done;
	w->entries_total = total;
	w->file_bytes = bytes;
	watch_show(w, done == total);
}

static uint64_t file_size(const char *path)
{
	GStatBuf st;

	return g_stat(path, &st) == 0 ? (uint64_t)st.st_size : 0;
}

static void import_all(struct cli *cli, GPtrArray *files, struct import_options *opt,
		       bool quiet, struct import_summary *sum)
{
	const char *delay = g_getenv("KNEAD_PROGRESS_DELAY");
	gint64 ms = PROGRESS_AFTER_MS;
	struct import_watch w = {
		.start = g_get_monotonic_time(),
		.quiet = quiet || !isatty(STDERR_FILENO),
		.total = files->len,
		.sum = sum,
	};
	struct import_progress p = { watch_bytes, &w, watch_entry };

	if (delay && !g_ascii_string_to_signed(delay, 10, 0, G_MAXINT, &ms, NULL))
		ms = PROGRESS_AFTER_MS;
	w.delay_us = ms * 1000;

	opt->progress = &p;
	for (guint i = 0; i < files->len; i++) {
		w.done = i;
		watch_show(&w, false);
		import_file_with(cli->store, files->pdata[i], opt, sum);
		/* The file read whole: its size, its runs stored. */
		w.done = i + 1;
		w.bytes_done += MAX(w.file_bytes, file_size(files->pdata[i]));
		w.file_bytes = 0;
		w.entries_done = w.entries_total = 0;
		/* The last figures, before the line is erased. */
		watch_show(&w, i + 1 == files->len);
	}
	opt->progress = NULL;
	if (w.shown)
		progress_end();
}

int cli_import(struct cli *cli, int argc, char **argv)
{
	char *sport = NULL;
	gboolean dry_run = FALSE, json = FALSE;
	const GOptionEntry entries[] = {
		{ "sport", 0, 0, G_OPTION_ARG_STRING, &sport,
		  N_("take every activity as a run, whatever the file says (SPORT is run)"),
		  N_("SPORT") },
		{ "dry-run", 'n', 0, G_OPTION_ARG_NONE, &dry_run,
		  N_("say what would be added, merged and skipped, and write nothing"), NULL },
		{ "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("the summary as JSON"), NULL },
		{ NULL }
	};
	char *formats = import_formats_help();
	char *about = g_strdup_printf(
		_("Reads:\n%s"
		  "Folders are searched for .gpx, .tcx, .fit and .zip files. Rides, hikes\n"
		  "and other sports are left out, by the file's own sport, the activity's\n"
		  "name, or its speed. A run already in the database, from this file or\n"
		  "another source, is not added again (it gains the heart rate it lacked),\n"
		  "so importing twice adds nothing."),
		formats);
	GOptionContext *ctx = cli_context(_("FILE|DIR... - import runs"), about, entries);
	g_free(about);
	g_free(formats);
	struct import_options opt = { 0 };
	GPtrArray *files = NULL;
	struct import_summary sum;
	enum sport forced;
	GError *err = NULL;
	int status = EXIT_OK;

	import_summary_init(&sum);
	if (!cli_parse(ctx, &argc, &argv)) {
		status = EXIT_USAGE;
		goto out;
	}
	if (sport && !sport_from_id(sport, &forced)) {
		status = cli_usage(_("--sport \"%s\" is not known (expected run)"), sport);
		goto out;
	}
	opt.force_run = sport != NULL;
	opt.dry_run = dry_run;
	if (argc < 2) {
		status = cli_usage(_("usage: knead %s"),
				   _("import [--sport run] [--dry-run] [--json] FILE|DIR..."));
		goto out;
	}
	/* Every path is checked before anything is written. */
	files = g_ptr_array_new_with_free_func(g_free);
	for (int i = 1; i < argc; i++) {
		if (!import_collect_with(argv[i], files, sum.not_activities, &err)) {
			status = cli_fail(err);
			goto out;
		}
	}
	if (!cli_open_store(cli, &err)) {
		status = cli_fail(err);
		goto out;
	}
	/* A dry run works in one transaction, rolled back at the end, so that
	 * what it counts is what a real import would do, files seeing each
	 * other's runs. */
	if (dry_run && !store_begin(cli->store, &err)) {
		status = cli_fail(err);
		goto out;
	}
	import_all(cli, files, &opt, json, &sum);
	if (dry_run)
		store_rollback(cli->store);
	if (json)
		cli_print_json(summary_json(&sum, dry_run));
	else
		print_summary(&sum, dry_run);
	/* doc/contract.md: a partial import exits 0, the failures named on
	 * standard error (what was read is saved); one where every file
	 * failed, so that nothing could be saved, exits 1. */
	if (sum.failures->len > 0 && sum.failures->len >= sum.files)
		status = EXIT_FAILED;
out:
	if (files)
		g_ptr_array_unref(files);
	g_free(sport);
	import_summary_clear(&sum);
	g_option_context_free(ctx);
	return status;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* import.c - files and folders into the database, one transaction per file. */
#ifdef HAVE_CONFIG_H
#include <config.h>
#endif
#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "core/error.h"
#include "core/i18n.h"
#include "core/import/import.h"
#include "core/import/fit.h"
#include "core/import/health.h"
#include "core/import/sniff.h"
#include "core/import/util.h"
#include "core/import/zip.h"
#include "core/store/store.h"

/* Folders nested deeper than this are not walked (a guard against loops
 * through bind mounts, since symbolic links are not followed). */
#define WALK_MAX_DEPTH 32

static void failure_free(gpointer p)
{
	struct import_failure *f = p;

	g_free(f->path);
	g_free(f->reason);
	g_free(f);
}

static void damage_free(gpointer p)
{
	struct import_damage *d = p;

	g_free(d->path);
	g_free(d);
}

void import_summary_init(struct import_summary *s)
{
	memset(s, 0, sizeof(*s));
	s->skipped_by = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	s->failures = g_ptr_array_new_with_free_func(failure_free);
	s->damaged = g_ptr_array_new_with_free_func(damage_free);
	s->not_activities = g_ptr_array_new_with_free_func(g_free);
}

void import_summary_clear(struct import_summary *s)
{
	if (s->skipped_by)
		g_hash_table_unref(s->skipped_by);
	if (s->failures)
		g_ptr_array_unref(s->failures);
	if (s->damaged)
		g_ptr_array_unref(s->damaged);
	if (s->not_activities)
		g_ptr_array_unref(s->not_activities);
	memset(s, 0, sizeof(*s));
}

static int by_count(gconstpointer a, gconstpointer b)
{
	const struct import_count *x = *(struct import_count *const *)a;
	const struct import_count *y = *(struct import_count *const *)b;

	if (x->n != y->n)
		return x->n > y->n ? -1 : 1;
	return g_utf8_collate(x->what, y->what);
}

GPtrArray *import_summary_skipped_sorted(const struct import_summary *s)
{
	GPtrArray *out = g_ptr_array_new_with_free_func(g_free);
	GHashTableIter it;
	gpointer k, v;

	g_hash_table_iter_init(&it, s->skipped_by);
	while (g_hash_table_iter_next(&it, &k, &v)) {
		struct import_count *c = g_new(struct import_count, 1);
		c->what = k;
		c->n = GPOINTER_TO_UINT(v);
		g_ptr_array_add(out, c);
	}
	g_ptr_array_sort(out, by_count);
	return out;
}

static void add_failure(struct import_summary *sum, const char *path, const char *reason)
{
	struct import_failure *f = g_new(struct import_failure, 1);

	f->path = g_strdup(path);
	f->reason = g_strdup(reason);
	g_ptr_array_add(sum->failures, f);
}

static int by_name(gconstpointer a, gconstpointer b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* By name, else by what the file holds (watches and apps do not always
 * name their files .fit or .gpx). */
static enum import_format format_of(const char *path)
{
	enum import_format f = import_format_guess(path);

	/* Any .xml is taken for an Apple Health export by its name: its
	 * content may say it is a GPX or a TCX. */
	if (f == IMPORT_FORMAT_UNKNOWN || f == IMPORT_FORMAT_HEALTH) {
		enum import_format s = import_sniff_file(path);
		if (s != IMPORT_FORMAT_UNKNOWN)
			f = s;
	}
	return f;
}

/* What a file found in a folder is: activities by name, else by content;
 * an .xml or .csv only when its content says it is an export; anything
 * else is no activity. */
static enum import_format format_in_walk(const char *path)
{
	enum import_format f = import_format_guess(path);

	switch (f) {
	case IMPORT_FORMAT_GPX:
	case IMPORT_FORMAT_TCX:
	case IMPORT_FORMAT_FIT:
	case IMPORT_FORMAT_ZIP:
		return f;
	default:
		f = import_sniff_file(path);
		return f == IMPORT_FORMAT_GPX || f == IMPORT_FORMAT_TCX || f == IMPORT_FORMAT_FIT
			       ? f
			       : IMPORT_FORMAT_UNKNOWN;
	}
}

/* An export whose one file stands for the folder: an Apple Health
 * export.xml (under any name: the phone names it in its language) or a
 * Strava activities.csv (in any language, renamed or not). */
static bool is_export_file(const char *dir, const char *name)
{
	char *low = g_ascii_strdown(name, -1);
	bool xml = g_str_has_suffix(low, ".xml") || g_str_has_suffix(low, ".xml.gz");
	bool csv = g_str_has_suffix(low, ".csv") || g_str_has_suffix(low, ".csv.gz");
	bool yes = false;

	if (xml || csv) {
		char *full = g_build_filename(dir, name, NULL);
		enum import_format f = import_sniff_file(full);
		yes = (xml && f == IMPORT_FORMAT_HEALTH) || (csv && f == IMPORT_FORMAT_STRAVA_CSV);
		g_free(full);
	}
	g_free(low);
	return yes;
}

static void walk(const char *dir, size_t root_len, int depth, GPtrArray *files,
		 GPtrArray *ignored)
{
	GDir *d = g_dir_open(dir, 0, NULL);
	GPtrArray *names;
	const char *name;

	if (!d || depth > WALK_MAX_DEPTH) {
		/* import_file() reports it, with the reason. */
		g_ptr_array_add(files, g_strdup(dir));
		if (d)
			g_dir_close(d);
		return;
	}
	names = g_ptr_array_new_with_free_func(g_free);
	while ((name = g_dir_read_name(d)))
		g_ptr_array_add(names, g_strdup(name));
	g_dir_close(d);
	g_ptr_array_sort(names, by_name);

	for (guint i = 0; i < names->len; i++) {
		const char *n = names->pdata[i];
		/* An Apple Health export: its routes are read with it.  A
		 * Strava export: its activities/ folder repeats the runs the
		 * CSV lists. */
		if (strcmp(n, "export.xml") == 0 || strcmp(n, "activities.csv") == 0 ||
		    strcmp(n, "activities.csv.gz") == 0 || (n[0] != '.' && is_export_file(dir, n))) {
			g_ptr_array_add(files, g_build_filename(dir, n, NULL));
			g_ptr_array_unref(names);
			return;
		}
	}
	for (guint i = 0; i < names->len; i++) {
		const char *n = names->pdata[i];
		char *full;
		struct stat lst, st;

		if (n[0] == '.')
			continue;
		full = g_build_filename(dir, n, NULL);
		if (lstat(full, &lst) == 0) {
			if (S_ISDIR(lst.st_mode))
				walk(full, root_len, depth + 1, files, ignored);
			else if (stat(full, &st) == 0 && S_ISREG(st.st_mode) &&
				 format_in_walk(full) != IMPORT_FORMAT_UNKNOWN)
				g_ptr_array_add(files, g_strdup(full));
			else if (ignored)
				g_ptr_array_add(ignored, g_strdup(full + root_len));
		}
		g_free(full);
	}
	g_ptr_array_unref(names);
}

bool import_collect(const char *path, GPtrArray *files, GError **err)
{
	return import_collect_with(path, files, NULL, err);
}

bool import_collect_with(const char *path, GPtrArray *files, GPtrArray *ignored, GError **err)
{
	struct stat st;

	if (stat(path, &st) != 0) {
		int e = errno;
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_INVALID,
			    _("cannot read %s: %s (expected a file or a folder)"), path,
			    g_strerror(e));
		return false;
	}
	if (S_ISDIR(st.st_mode)) {
		if (access(path, R_OK | X_OK) != 0) {
			int e = errno;
			g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_INVALID,
				    _("cannot read %s: %s (expected a file or a folder)"), path,
				    g_strerror(e));
			return false;
		}
		/* Named from inside the folder ("notes.txt", "sub/x.txt"). */
		walk(path, strlen(path) + (g_str_has_suffix(path, "/") ? 0 : 1), 0, files,
		     ignored);
	} else if (!S_ISREG(st.st_mode)) {
		/* A FIFO would block the import for ever, a device read
		 * without end. */
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_INVALID,
			    _("%s is not a regular file but a device, a FIFO or a socket "
			      "(expected a file or a folder)"), path);
		return false;
	} else {
		g_ptr_array_add(files, g_strdup(path));
	}
	return true;
}

static bool read_batch(const char *path, enum import_format f, struct import_batch *b,
		       GError **err)
{
	switch (f) {
	case IMPORT_FORMAT_GPX:
		return import_gpx_file(path, b, err);
	case IMPORT_FORMAT_TCX:
		return import_tcx_file(path, b, err);
	case IMPORT_FORMAT_STRAVA_CSV:
		return import_strava_file(path, b, err);
	case IMPORT_FORMAT_FIT:
		return import_fit_file(path, b, err);
	case IMPORT_FORMAT_HEALTH:
		return import_health_file(path, b, err);
	default: {
		char *endings = import_formats_endings();

		/* TRANSLATORS: %s lists file name endings: ".gpx, .tcx, .fit, ...". */
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
			    _("unknown kind of file (expected a name ending in %s, also gzip'd)"),
			    endings);
		g_free(endings);
		return false;
	}
	}
}

/* One run into the database: already there under its source id or as the
 * same activity from another source (then it only fills what that run
 * lacks), or added.  `ours` holds the ids of the runs added from the same
 * activity file, or is NULL: a file's legs and sessions are never one
 * another. */
static bool add_run(struct store *st, const struct run *r, GHashTable *ours,
		    int64_t *added, struct import_counts *c, GError **err)
{
	struct run found = { 0 };
	int64_t id = store_run_find_duplicate(st, r, err);
	bool filled = false, ok;

	*added = 0;
	if (id < 0)
		return false;
	if (id > 0 && ours && g_hash_table_contains(ours, &id))
		id = 0;
	if (id == 0)
		id = store_run_find_same_except(st, r, ours, &found, err);
	run_clear(&found);
	if (id < 0)
		return false;
	if (id == 0) {
		ok = store_run_add(st, r, added, err);
		c->added += ok;
		return ok;
	}
	ok = store_run_fill_blanks(st, id, r, &filled, err);
	if (filled)
		c->merged++;
	else
		c->duplicates++;
	return ok;
}

static bool add_runs(struct store *st, struct import_batch *b, struct import_counts *c,
		     GError **err)
{
	/* group -> set of the ids its runs were added under */
	GHashTable *groups = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL,
						   (GDestroyNotify)g_hash_table_unref);
	bool ok = true;

	for (guint i = 0; ok && i < b->runs->len; i++) {
		guint g = i < b->run_groups->len ? g_array_index(b->run_groups, guint, i) : 0;
		GHashTable *ours = g ? g_hash_table_lookup(groups, GUINT_TO_POINTER(g)) : NULL;
		int64_t added;

		if (g && !ours) {
			ours = g_hash_table_new_full(g_int64_hash, g_int64_equal, g_free, NULL);
			g_hash_table_insert(groups, GUINT_TO_POINTER(g), ours);
		}
		if (!add_run(st, &g_array_index(b->runs, struct run, i), ours, &added, c, err)) {
			g_prefix_error(err, _("run %u: "), i + 1);
			ok = false;
		} else if (ours && added > 0) {
			g_hash_table_add(ours, g_memdup2(&added, sizeof(added)));
		}
	}
	g_hash_table_unref(groups);
	return ok;
}

/* A Strava row names its activity's own file: the row keeps its figures
 * and gains what only the file has (heart rate, climb).  A file that
 * cannot be read leaves the row as it is. */
static void enrich_from_files(const char *csv_path, struct import_batch *b)
{
	char *dir;

	if (!b->files)
		return;
	dir = g_path_get_dirname(csv_path);
	b->entries_total = g_hash_table_size(b->files);
	for (guint i = 0; i < b->runs->len; i++) {
		struct run *r = &g_array_index(b->runs, struct run, i);
		const char *name = r->source_id ? g_hash_table_lookup(b->files, r->source_id) : NULL;
		enum import_format f = name ? import_format_guess(name) : IMPORT_FORMAT_UNKNOWN;
		struct import_batch fb;
		char *path;

		if (f != IMPORT_FORMAT_GPX && f != IMPORT_FORMAT_TCX && f != IMPORT_FORMAT_FIT)
			continue;
		path = import_export_ref(dir, name);
		if (!path)
			continue;
		import_batch_init(&fb);
		fb.force_run = true;
		if (read_batch(path, f, &fb, NULL))
			import_run_fill_from(r, &fb);
		import_batch_clear(&fb);
		import_batch_entry_done(b, 0);
		g_free(path);
	}
	g_free(dir);
}

static void merge_skips(struct import_summary *sum, const struct import_batch *b,
			struct import_counts *c)
{
	GHashTableIter it;
	gpointer k, v;

	g_hash_table_iter_init(&it, b->skipped);
	while (g_hash_table_iter_next(&it, &k, &v)) {
		gpointer old = g_hash_table_lookup(sum->skipped_by, k);
		g_hash_table_replace(sum->skipped_by, g_strdup(k),
				     GUINT_TO_POINTER(GPOINTER_TO_UINT(old) + GPOINTER_TO_UINT(v)));
		sum->skipped += GPOINTER_TO_UINT(v);
		c->skipped += GPOINTER_TO_UINT(v);
	}
	sum->undecided += b->undecided;
	for (int i = 0; i < IMPORT_BASIS_COUNT; i++)
		sum->decided_by[i] += b->decided_by[i];
	for (int i = 0; i < IMPORT_POINT_SKIP_COUNT; i++)
		sum->points_skipped[i] += b->points_skipped[i];
}

/* One file's runs in one transaction, or in a savepoint of the caller's
 * (a dry run holds one transaction around the whole import). */
static bool store_batch(struct store *st, struct import_batch *b, struct import_counts *c,
			GError **err)
{
	bool nested = store_in_transaction(st);
	bool ok = nested ? store_savepoint(st, "import_file", err) : store_begin(st, err);

	if (!ok)
		return false;
	ok = add_runs(st, b, c, err);
	if (nested) {
		if (ok)
			ok = store_release(st, "import_file", err);
		else
			store_rollback_to(st, "import_file");
	} else {
		if (ok)
			ok = store_commit(st, err);
		else
			store_rollback(st);
	}
	return ok;
}

/* A file's runs stored as it is read (import_batch.sink): its transaction
 * (or savepoint, in a dry run's) begins with the first chunk, so that a
 * small file holds the write lock only while it is stored, as before. */
struct stream {
	struct store *st;
	struct import_counts *c;
	const char *path;
	enum import_format f;
	bool begun, nested;
};

static bool stream_store(struct import_batch *b, void *data, GError **err)
{
	struct stream *s = data;

	if (!s->begun) {
		s->nested = store_in_transaction(s->st);
		if (!(s->nested ? store_savepoint(s->st, "import_file", err) : store_begin(s->st, err)))
			return false;
		s->begun = true;
	}
	if (s->f == IMPORT_FORMAT_STRAVA_CSV)
		enrich_from_files(s->path, b);
	return add_runs(s->st, b, s->c, err);
}

/* The end of the file: its last runs, then commit, or roll back all of
 * it (a broken file adds nothing). */
static bool stream_end(struct stream *s, struct import_batch *b, bool ok, GError **err)
{
	if (ok && b->sink_error) {
		g_propagate_error(err, b->sink_error);
		b->sink_error = NULL;
		ok = false;
	}
	if (ok && b->runs->len > 0)
		ok = stream_store(b, s, err);
	g_array_set_size(b->runs, 0);
	if (!s->begun)
		return ok;
	if (s->nested) {
		if (ok)
			return store_release(s->st, "import_file", err);
		store_rollback_to(s->st, "import_file");
		return false;
	}
	if (ok)
		return store_commit(s->st, err);
	store_rollback(s->st);
	return false;
}

static void add_counts(struct import_summary *sum, struct import_counts *to,
		       const struct import_counts *c)
{
	to->added += c->added;
	to->merged += c->merged;
	to->duplicates += c->duplicates;
	to->skipped += c->skipped;
	sum->imported += c->added;
	sum->merged += c->merged;
	sum->duplicates += c->duplicates;
}

static bool import_json_counted(struct store *st, const char *path, struct import_summary *sum,
				struct import_counts *fc)
{
	unsigned added = sum->imported, dups = sum->duplicates, skipped = sum->skipped;
	GError *err = NULL;
	bool ok = import_json_file(st, path, sum, &err);

	fc->added += sum->imported - added;
	fc->duplicates += sum->duplicates - dups;
	fc->skipped += sum->skipped - skipped;
	if (!ok) {
		add_failure(sum, path, err->message);
		fc->failed++;
	}
	g_clear_error(&err);
	return ok;
}

bool import_file_with(struct store *st, const char *path, const struct import_options *opt,
		      struct import_summary *sum)
{
	enum import_format f = format_of(path);
	struct import_counts c = { 0 };
	struct import_counts *fc = &sum->by_format[f];
	struct import_batch b;
	GError *err = NULL;
	bool ok;

	sum->files++;
	fc->files++;
	if (g_file_test(path, G_FILE_TEST_IS_DIR)) {
		add_failure(sum, path, _("a folder that cannot be read"));
		fc->failed++;
		return false;
	}
	if (f == IMPORT_FORMAT_JSON)
		return import_json_counted(st, path, sum, fc);
	import_batch_init(&b);
	b.force_run = opt && opt->force_run;
	b.progress = opt ? opt->progress : NULL;
	sum->reading = &b;
	if (f == IMPORT_FORMAT_ZIP) {
		enum import_format kind;
		ok = import_zip_file(path, &b, &kind, &err);
		/* Counted under what the archive turned out to hold. */
		fc->files--;
		fc = &sum->by_format[kind];
		fc->files++;
		if (ok && b.runs->len > 0)
			ok = store_batch(st, &b, &c, &err);
	} else {
		/* Stored as read, a chunk at a time: memory stays flat however
		 * many activities the file holds (2 M Apple Health workouts). */
		struct stream sm = { st, &c, path, f, false, false };
		b.sink = stream_store;
		b.sink_ctx = &sm;
		ok = read_batch(path, f, &b, &err);
		ok = stream_end(&sm, &b, ok, &err);
	}
	sum->reading = NULL;
	if (ok) {
		add_counts(sum, fc, &c);
		merge_skips(sum, &b, fc);
		for (guint i = 0; b.not_activities && i < b.not_activities->len; i++)
			g_ptr_array_add(sum->not_activities,
					g_strdup(g_ptr_array_index(b.not_activities, i)));
		if (b.damaged) {
			struct import_damage *d = g_new(struct import_damage, 1);
			d->path = g_strdup(path);
			d->after_byte = b.damaged_after;
			d->runs_kept = b.damaged_kept;
			g_ptr_array_add(sum->damaged, d);
		}
	} else {
		add_failure(sum, path, err ? err->message : _("unknown error"));
		fc->failed++;
	}
	g_clear_error(&err);
	import_batch_clear(&b);
	return ok;
}

bool import_file(struct store *st, const char *path, struct import_summary *sum)
{
	return import_file_with(st, path, NULL, sum);
}

bool import_path(struct store *st, const char *path, struct import_summary *sum,
		 GError **err)
{
	GPtrArray *files = g_ptr_array_new_with_free_func(g_free);

	if (!import_collect_with(path, files, sum->not_activities, err)) {
		g_ptr_array_unref(files);
		return false;
	}
	for (guint i = 0; i < files->len; i++)
		import_file(st, files->pdata[i], sum);
	g_ptr_array_unref(files);
	return true;
}

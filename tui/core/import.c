/* import.c - files and folders into the database, one transaction per file. */
#ifdef HAVE_CONFIG_H
#include <config.h>
#endif
#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "error.h"
#include "i18n.h"
#include "import.h"
#include "import_util.h"
#include "store.h"

/* Folders nested deeper than this are not walked (a guard against loops
 * through bind mounts, since symbolic links are not followed). */
#define WALK_MAX_DEPTH 32

enum import_format import_format_guess(const char *path)
{
	char *base = g_path_get_basename(path);
	char *low = g_ascii_strdown(base, -1);
	size_t n = strlen(low);
	enum import_format f = IMPORT_FORMAT_UNKNOWN;

	if (n > 3 && strcmp(low + n - 3, ".gz") == 0)
		low[n - 3] = '\0';
	if (g_str_has_suffix(low, ".gpx"))
		f = IMPORT_FORMAT_GPX;
	else if (g_str_has_suffix(low, ".tcx"))
		f = IMPORT_FORMAT_TCX;
	else if (g_str_has_suffix(low, ".csv"))
		f = IMPORT_FORMAT_STRAVA_CSV;
	else if (g_str_has_suffix(low, ".json"))
		f = IMPORT_FORMAT_JSON;
	g_free(low);
	g_free(base);
	return f;
}

static void failure_free(gpointer p)
{
	struct import_failure *f = p;

	g_free(f->path);
	g_free(f->reason);
	g_free(f);
}

void import_summary_init(struct import_summary *s)
{
	memset(s, 0, sizeof(*s));
	s->skipped_by = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	s->failures = g_ptr_array_new_with_free_func(failure_free);
}

void import_summary_clear(struct import_summary *s)
{
	if (s->skipped_by)
		g_hash_table_unref(s->skipped_by);
	if (s->failures)
		g_ptr_array_unref(s->failures);
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

static bool wanted_in_walk(const char *name)
{
	enum import_format f = import_format_guess(name);

	return f == IMPORT_FORMAT_GPX || f == IMPORT_FORMAT_TCX;
}

static void walk(const char *dir, int depth, GPtrArray *files)
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
		if (strcmp(n, "activities.csv") == 0 || strcmp(n, "activities.csv.gz") == 0) {
			/* A Strava export: its activities/ folder repeats the
			 * runs the CSV lists. */
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
				walk(full, depth + 1, files);
			else if (stat(full, &st) == 0 && S_ISREG(st.st_mode) && wanted_in_walk(n))
				g_ptr_array_add(files, g_strdup(full));
		}
		g_free(full);
	}
	g_ptr_array_unref(names);
}

bool import_collect(const char *path, GPtrArray *files, GError **err)
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
		walk(path, 0, files);
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
	default:
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
			    _("unknown kind of file (expected .gpx, .tcx, a Strava activities.csv or knead's .json export, optionally gzip'd)"));
		return false;
	}
}

/* Adds the batch's runs the database does not hold yet; the caller owns
 * the transaction. */
static bool add_runs(struct store *st, struct import_batch *b, unsigned *added,
		     unsigned *dups, GError **err)
{
	for (guint i = 0; i < b->runs->len; i++) {
		struct run *r = &g_array_index(b->runs, struct run, i);
		int64_t dup = store_run_find_duplicate(st, r, err);

		if (dup < 0)
			return false;
		if (dup > 0) {
			(*dups)++;
			continue;
		}
		if (!store_run_add(st, r, NULL, err)) {
			g_prefix_error(err, _("run %u: "), i + 1);
			return false;
		}
		(*added)++;
	}
	return true;
}

static void merge_skips(struct import_summary *sum, const struct import_batch *b)
{
	GHashTableIter it;
	gpointer k, v;

	g_hash_table_iter_init(&it, b->skipped);
	while (g_hash_table_iter_next(&it, &k, &v)) {
		gpointer old = g_hash_table_lookup(sum->skipped_by, k);
		g_hash_table_replace(sum->skipped_by, g_strdup(k),
				     GUINT_TO_POINTER(GPOINTER_TO_UINT(old) + GPOINTER_TO_UINT(v)));
		sum->skipped += GPOINTER_TO_UINT(v);
	}
}

bool import_file(struct store *st, const char *path, struct import_summary *sum)
{
	enum import_format f = import_format_guess(path);
	struct import_batch b;
	GError *err = NULL;
	unsigned added = 0, dups = 0;
	bool ok;

	sum->files++;
	if (g_file_test(path, G_FILE_TEST_IS_DIR)) {
		add_failure(sum, path, _("a folder that cannot be read"));
		return false;
	}
	if (f == IMPORT_FORMAT_JSON) {
		ok = import_json_file(st, path, sum, &err);
		if (!ok)
			add_failure(sum, path, err->message);
		g_clear_error(&err);
		return ok;
	}
	import_batch_init(&b);
	ok = read_batch(path, f, &b, &err);
	if (ok && b.runs->len > 0) {
		ok = store_begin(st, &err);
		if (ok) {
			ok = add_runs(st, &b, &added, &dups, &err) && store_commit(st, &err);
			if (!ok)
				store_rollback(st);
		}
	}
	if (ok) {
		sum->imported += added;
		sum->duplicates += dups;
		merge_skips(sum, &b);
	} else {
		add_failure(sum, path, err ? err->message : _("unknown error"));
	}
	g_clear_error(&err);
	import_batch_clear(&b);
	return ok;
}

bool import_path(struct store *st, const char *path, struct import_summary *sum,
		 GError **err)
{
	GPtrArray *files = g_ptr_array_new_with_free_func(g_free);

	if (!import_collect(path, files, err)) {
		g_ptr_array_unref(files);
		return false;
	}
	for (guint i = 0; i < files->len; i++)
		import_file(st, files->pdata[i], sum);
	g_ptr_array_unref(files);
	return true;
}

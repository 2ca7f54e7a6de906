/* SPDX-License-Identifier: GPL-3.0-or-later */
/* import/zip.c - entries of a zip export, streamed with libarchive. */
#ifdef HAVE_CONFIG_H
#include <config.h>
#endif
#include <string.h>
#include <zlib.h>
#include "core/error.h"
#include "core/i18n.h"
#include "core/import/import.h"
#include "core/import/health.h"
#include "core/import/lazy.h"
#include "core/import/sniff.h"
#include "core/import/util.h"
#include "core/import/zip.h"

#define ZIP_BLOCK (64 * 1024)

/* libarchive, loaded by the first zip_open (lazy.h): every other call is
 * on an archive zip_open gave. */
static const struct lazy_archive *la;

static struct archive *zip_open(const char *path, GError **err)
{
	struct archive *a;

	la = lazy_archive(err);
	if (!la)
		return NULL;
	a = la->archive_read_new();

	la->archive_read_support_format_zip(a);
	if (la->archive_read_open_filename(a, path, ZIP_BLOCK) != ARCHIVE_OK) {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
			    _("not a zip archive that can be read: %s"), la->archive_error_string(a));
		la->archive_read_free(a);
		return NULL;
	}
	return a;
}

static bool zip_fail(struct archive *a, GError **err)
{
	g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED, _("the zip archive is damaged: %s"),
		    la->archive_error_string(a));
	la->archive_read_free(a);
	return false;
}

/* An entry knead cannot read without a password: skipped, never read (a
 * read would fail the whole archive). */
static bool entry_encrypted(struct archive_entry *e)
{
	return la->archive_entry_is_encrypted(e) != 0;
}

bool zip_list_all(const char *path, GPtrArray *names, GPtrArray *encrypted, GError **err)
{
	struct archive *a = zip_open(path, err);
	struct archive_entry *e;
	GHashTable *seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	int rc;

	if (!a) {
		g_hash_table_unref(seen);
		return false;
	}
	while ((rc = la->archive_read_next_header(a, &e)) == ARCHIVE_OK) {
		const char *name = la->archive_entry_pathname(e);
		/* A name met again is the same entry to the readers: listed
		 * once (zip_each reads only its first copy). */
		if (name && la->archive_entry_filetype(e) == AE_IFREG &&
		    g_hash_table_add(seen, g_strdup(name))) {
			if (!entry_encrypted(e))
				g_ptr_array_add(names, g_strdup(name));
			else if (encrypted)
				g_ptr_array_add(encrypted, g_strdup(name));
		}
		la->archive_read_data_skip(a);
	}
	g_hash_table_unref(seen);
	if (rc != ARCHIVE_EOF)
		return zip_fail(a, err);
	la->archive_read_free(a);
	return true;
}

bool zip_list(const char *path, GPtrArray *names, GError **err)
{
	return zip_list_all(path, names, NULL, err);
}

/* The entry's data, at most `max` bytes; false (and *data NULL) when it
 * is larger. */
static bool entry_data(struct archive *a, size_t max, GByteArray *buf, bool *too_big)
{
	char block[ZIP_BLOCK];
	la_ssize_t n;

	*too_big = false;
	while ((n = la->archive_read_data(a, block, sizeof(block))) > 0) {
		if (buf->len + (size_t)n > max) {
			*too_big = true;
			return true;
		}
		g_byte_array_append(buf, (const guint8 *)block, (guint)n);
	}
	return n == 0;
}

bool gunzip_memory(const char *data, size_t len, size_t max, char **out, size_t *out_len,
		   GError **err)
{
	z_stream z = { 0 };
	GByteArray *buf = g_byte_array_new();
	guint8 chunk[ZIP_BLOCK];
	int rc = Z_OK;

	if (inflateInit2(&z, 16 + MAX_WBITS) != Z_OK) {
		g_byte_array_unref(buf);
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED, _("cannot start gzip (out of memory?)"));
		return false;
	}
	z.next_in = (Bytef *)data;
	z.avail_in = (uInt)len;
	while (rc == Z_OK) {
		z.next_out = chunk;
		z.avail_out = sizeof(chunk);
		rc = inflate(&z, Z_NO_FLUSH);
		if (rc != Z_OK && rc != Z_STREAM_END)
			break;
		g_byte_array_append(buf, chunk, (guint)(sizeof(chunk) - z.avail_out));
		if (buf->len > max)
			break;
		if (rc == Z_OK && z.avail_in == 0 && z.avail_out != 0) {
			rc = Z_BUF_ERROR;
			break;
		}
	}
	inflateEnd(&z);
	if (rc != Z_STREAM_END || buf->len > max) {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
			    buf->len > max ? _("larger than %lu MB once unpacked")
					   : _("the gzip data is damaged or cut short (%lu MB limit)"),
			    (unsigned long)(max / (1024 * 1024)));
		g_byte_array_unref(buf);
		return false;
	}
	*out_len = buf->len;
	g_byte_array_append(buf, (const guint8 *)"", 1);
	*out = (char *)g_byte_array_free(buf, FALSE);
	return true;
}

static void deliver(const char *name, GByteArray *buf, bool too_big, size_t max, zip_entry_cb cb,
		    void *ctx)
{
	char *plain = NULL;
	size_t plain_len = 0;

	if (too_big) {
		cb(name, NULL, 0, ctx);
	} else if (g_str_has_suffix(name, ".gz")) {
		if (gunzip_memory((const char *)buf->data, buf->len, max, &plain, &plain_len, NULL))
			cb(name, plain, plain_len, ctx);
		else
			cb(name, NULL, 0, ctx);
		g_free(plain);
	} else {
		g_byte_array_append(buf, (const guint8 *)"", 1);
		cb(name, (const char *)buf->data, buf->len - 1, ctx);
	}
}

bool zip_each(const char *path, GHashTable *wanted, size_t max, zip_entry_cb cb, void *ctx,
	      GError **err)
{
	struct archive *a = zip_open(path, err);
	struct archive_entry *e;
	/* Each wanted name is delivered once: a zip may hold the same name
	 * many times over (4.5 MB of copies of one activities.csv), and a
	 * reader must neither keep nor read every copy. */
	GHashTable *done = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	bool ok = true;
	int rc;

	if (!a) {
		g_hash_table_unref(done);
		return false;
	}
	while ((rc = la->archive_read_next_header(a, &e)) == ARCHIVE_OK) {
		const char *name = la->archive_entry_pathname(e);
		GByteArray *buf;
		bool too_big;

		if (!name || !g_hash_table_contains(wanted, name) || entry_encrypted(e) ||
		    g_hash_table_contains(done, name)) {
			la->archive_read_data_skip(a);
			continue;
		}
		g_hash_table_add(done, g_strdup(name));
		buf = g_byte_array_new();
		if (!entry_data(a, max, buf, &too_big)) {
			g_byte_array_unref(buf);
			ok = false;
			break;
		}
		deliver(name, buf, too_big, max, cb, ctx);
		g_byte_array_unref(buf);
	}
	g_hash_table_unref(done);
	if (!ok || rc != ARCHIVE_EOF)
		return zip_fail(a, err);
	la->archive_read_free(a);
	return true;
}

struct zip_stream {
	struct archive *a;
	char *error;
};

struct zip_stream *zip_stream_open(const char *path, const char *entry, GError **err)
{
	struct archive *a = zip_open(path, err);
	struct archive_entry *e;
	struct zip_stream *z;
	int rc;

	if (!a)
		return NULL;
	while ((rc = la->archive_read_next_header(a, &e)) == ARCHIVE_OK) {
		const char *name = la->archive_entry_pathname(e);
		if (name && strcmp(name, entry) == 0 && entry_encrypted(e)) {
			la->archive_read_free(a);
			g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
				    _("%s in the zip archive is encrypted: knead cannot read it"),
				    entry);
			return NULL;
		}
		if (name && strcmp(name, entry) == 0) {
			z = g_new0(struct zip_stream, 1);
			z->a = a;
			return z;
		}
		la->archive_read_data_skip(a);
	}
	if (rc != ARCHIVE_EOF) {
		zip_fail(a, err);
		return NULL;
	}
	la->archive_read_free(a);
	g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED, _("the zip archive holds no %s"), entry);
	return NULL;
}

int zip_stream_read(struct zip_stream *z, char *buf, int len)
{
	la_ssize_t n = la->archive_read_data(z->a, buf, (size_t)len);

	if (n < 0) {
		g_free(z->error);
		z->error = g_strdup(la->archive_error_string(z->a));
		return -1;
	}
	return (int)n;
}

const char *zip_stream_error(const struct zip_stream *z)
{
	return z->error;
}

void zip_stream_close(struct zip_stream *z)
{
	if (!z)
		return;
	la->archive_read_free(z->a);
	g_free(z->error);
	g_free(z);
}

/* --- exports as downloaded --------------------------------------------- */

/* One activity file's runs from memory, by its name. */
static bool read_memory(const char *name, const char *data, size_t len, struct import_batch *b,
			GError **err)
{
	switch (import_format_guess(name)) {
	case IMPORT_FORMAT_GPX:
		return import_gpx_memory(data, len, b, err);
	case IMPORT_FORMAT_TCX:
		return import_tcx_memory(data, len, b, err);
	case IMPORT_FORMAT_FIT:
		return import_fit_memory(data, len, b, err);
	default:
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED, _("unknown kind of file"));
		return false;
	}
}

static bool is_activity_file(const char *name)
{
	enum import_format f = import_format_guess(name);

	return f == IMPORT_FORMAT_GPX || f == IMPORT_FORMAT_TCX || f == IMPORT_FORMAT_FIT;
}

/* The entry that ends in `tail` at the top of the archive or in its one
 * top folder ("export_123/activities.csv"), or NULL. */
static const char *find_entry(GPtrArray *names, const char *tail)
{
	for (guint i = 0; i < names->len; i++) {
		const char *n = names->pdata[i];
		const char *slash = strchr(n, '/');
		if (strcmp(n, tail) == 0 ||
		    (slash && strchr(slash + 1, '/') == NULL && strcmp(slash + 1, tail) == 0))
			return n;
	}
	return NULL;
}

/* What an entry holds, from its first bytes (see sniff.h). */
static enum import_format sniff_entry(const char *path, const char *entry)
{
	struct zip_stream *z = zip_stream_open(path, entry, NULL);
	char *head;
	size_t n = 0;
	int r;
	enum import_format f;

	if (!z)
		return IMPORT_FORMAT_UNKNOWN;
	head = g_malloc(SNIFF_HEAD);
	while (n < SNIFF_HEAD && (r = zip_stream_read(z, head + n, (int)(SNIFF_HEAD - n))) > 0)
		n += (size_t)r;
	zip_stream_close(z);
	f = import_sniff(head, n);
	g_free(head);
	return f;
}

/* An export's main file under another name (Apple names export.xml in the
 * phone's language: "Exportieren.xml"): the first entry at the top or in
 * the one top folder, ending in `suffix`, whose content is `want`. */
static const char *find_by_content(const char *path, GPtrArray *names, const char *suffix,
				   enum import_format want)
{
	for (guint i = 0; i < names->len; i++) {
		const char *n = names->pdata[i];
		const char *slash = strchr(n, '/');
		char *low;
		bool candidate;

		if (slash && strchr(slash + 1, '/'))
			continue;
		low = g_ascii_strdown(n, -1);
		candidate = g_str_has_suffix(low, suffix);
		g_free(low);
		if (candidate && sniff_entry(path, n) == want)
			return n;
	}
	return NULL;
}

struct whole {
	char *data;
	size_t len;
	bool found, too_big;
};

static void keep_whole(const char *name, const char *data, size_t len, void *ctx)
{
	struct whole *w = ctx;

	w->found = true;
	w->too_big = data == NULL;
	if (data) {
		w->data = g_memdup2(data, len + 1);
		w->len = len;
	}
}

static bool zip_read_entry(const char *path, const char *entry, size_t max, struct whole *w,
			   GError **err)
{
	GHashTable *wanted = g_hash_table_new(g_str_hash, g_str_equal);
	bool ok;

	memset(w, 0, sizeof(*w));
	g_hash_table_add(wanted, (gpointer)entry);
	ok = zip_each(path, wanted, max, keep_whole, w, err);
	g_hash_table_unref(wanted);
	if (ok && w->too_big) {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
			    _("%s in the zip archive is larger than %lu MB"), entry,
			    (unsigned long)(max / (1024 * 1024)));
		ok = false;
	}
	return ok;
}

/* A Strava export: the CSV's runs, each gaining what its own file says
 * (heart rate, climb), read in one pass over the archive. */
struct strava_files {
	GHashTable *by_entry; /* entry name -> struct run * of the batch */
	struct import_batch *batch;
};

static void fill_from_file(const char *name, const char *data, size_t len, void *ctx)
{
	struct strava_files *sf = ctx;
	struct run *r = g_hash_table_lookup(sf->by_entry, name);
	struct import_batch fb;

	import_batch_entry_done(sf->batch, len);
	if (!data || !r)
		return;
	import_batch_init(&fb);
	fb.force_run = true;
	if (read_memory(name, data, len, &fb, NULL))
		import_run_fill_from(r, &fb);
	import_batch_clear(&fb);
}

static bool read_strava_zip(const char *path, const char *csv, struct import_batch *b,
			    GError **err)
{
	struct whole w;
	struct strava_files sf;
	char *prefix;
	bool ok;

	if (!zip_read_entry(path, csv, ZIP_CSV_MAX, &w, err))
		return false;
	ok = import_strava_memory(w.data, w.len, b, err);
	g_free(w.data);
	if (!ok || !b->files)
		return ok;
	prefix = g_path_get_dirname(csv);
	sf.by_entry = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	for (guint i = 0; i < b->runs->len; i++) {
		struct run *r = &g_array_index(b->runs, struct run, i);
		const char *file = r->source_id ? g_hash_table_lookup(b->files, r->source_id) : NULL;
		if (file && is_activity_file(file))
			g_hash_table_insert(sf.by_entry,
					    strcmp(prefix, ".") == 0 ? g_strdup(file)
								     : g_build_filename(prefix, file, NULL),
					    r);
	}
	sf.batch = b;
	b->entries_total = g_hash_table_size(sf.by_entry);
	ok = zip_each(path, sf.by_entry, ZIP_ACTIVITY_MAX, fill_from_file, &sf, err);
	g_hash_table_unref(sf.by_entry);
	g_free(prefix);
	return ok;
}

/* An Apple Health export.zip: export.xml streamed out of the archive. */
struct health_zip {
	const char *path;
	const char *entry; /* apple_health_export/export.xml */
};

static int stream_read_cb(void *ctx, char *buf, int len)
{
	return zip_stream_read(ctx, buf, len);
}

static int stream_close_cb(void *ctx)
{
	zip_stream_close(ctx);
	return 0;
}

static bool health_zip_open(void *ctx, struct import_xml *x, GError **err)
{
	struct health_zip *hz = ctx;
	struct zip_stream *z = zip_stream_open(hz->path, hz->entry, err);

	return z && import_xml_open_io(x, stream_read_cb, stream_close_cb, z, hz->entry, err);
}

/* The entry of a route named "/workout-routes/x.gpx" beside export.xml. */
static char *route_entry(const char *entry, const char *ref)
{
	char *dir = g_path_get_dirname(entry);
	char *name;

	while (*ref == '/')
		ref++;
	name = strcmp(dir, ".") == 0 ? g_strdup(ref) : g_strconcat(dir, "/", ref, NULL);
	g_free(dir);
	return name;
}

struct route_pass {
	GHashTable *by_entry; /* entry name (owned) -> FileReference path */
	health_route_cb got;
	void *got_ctx;
};

static void route_deliver(const char *name, const char *data, size_t len, void *ctx)
{
	struct route_pass *rp = ctx;
	const char *ref = g_hash_table_lookup(rp->by_entry, name);

	if (ref)
		rp->got(ref, data, len, rp->got_ctx);
}

/* Every route wanted, in one pass over the archive. */
static void health_zip_routes(void *ctx, GHashTable *refs, size_t max, health_route_cb got,
			      void *got_ctx)
{
	struct health_zip *hz = ctx;
	struct route_pass rp = { g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL), got,
				 got_ctx };
	GHashTableIter it;
	gpointer ref;

	g_hash_table_iter_init(&it, refs);
	while (g_hash_table_iter_next(&it, &ref, NULL))
		g_hash_table_insert(rp.by_entry, route_entry(hz->entry, ref), ref);
	/* A damaged archive leaves the routes unread, the workouts as they are. */
	zip_each(hz->path, rp.by_entry, max, route_deliver, &rp, NULL);
	g_hash_table_unref(rp.by_entry);
}

/* Activity files loose in a zip: each one's runs. */
static void take_loose(const char *name, const char *data, size_t len, void *ctx)
{
	struct import_batch *b = ctx;

	import_batch_entry_done(b, len);
	if (!data || !read_memory(name, data, len, b, NULL))
		import_batch_skip(b, _("a file in the zip archive that cannot be read"), 1);
}

bool import_zip_file(const char *path, struct import_batch *b, enum import_format *kind,
		     GError **err)
{
	GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
	GPtrArray *encrypted = g_ptr_array_new_with_free_func(g_free);
	const char *entry;
	bool ok = zip_list_all(path, names, encrypted, err);

	*kind = IMPORT_FORMAT_ZIP;
	/* What cannot be read without its password is skipped by name; the
	 * rest of the archive is imported. */
	for (guint i = 0; ok && i < encrypted->len; i++) {
		char *why = g_strdup_printf(_("encrypted in the zip archive: %s"),
					    (const char *)encrypted->pdata[i]);
		import_batch_skip(b, why, 1);
		g_free(why);
	}
	if (!ok) {
		/* nothing */
	} else if ((entry = find_entry(encrypted, "export.xml")) ||
		   (!find_entry(names, "export.xml") && (entry = find_entry(encrypted, "activities.csv")))) {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
			    _("%s in the zip archive is encrypted: knead cannot read it"), entry);
		ok = false;
	} else if ((entry = find_entry(names, "export.xml")) ||
		   (!find_entry(names, "activities.csv") &&
		    (entry = find_by_content(path, names, ".xml", IMPORT_FORMAT_HEALTH)))) {
		struct health_zip hz = { path, entry };
		struct health_source src = { .open = health_zip_open, .ctx = &hz,
					     .routes = health_zip_routes };
		*kind = IMPORT_FORMAT_HEALTH;
		ok = import_health_read(&src, b, err);
	} else if ((entry = find_entry(names, "activities.csv")) ||
		   (entry = find_by_content(path, names, ".csv", IMPORT_FORMAT_STRAVA_CSV))) {
		*kind = IMPORT_FORMAT_STRAVA_CSV;
		ok = read_strava_zip(path, entry, b, err);
	} else {
		GHashTable *loose = g_hash_table_new(g_str_hash, g_str_equal);
		char *zip_name = g_path_get_basename(path);
		for (guint i = 0; i < names->len; i++) {
			const char *n = names->pdata[i];
			const char *base = strrchr(n, '/');
			if (is_activity_file(n))
				g_hash_table_add(loose, names->pdata[i]);
			else if ((base ? base[1] : n[0]) != '.' && !g_str_has_prefix(n, "__MACOSX/"))
				import_batch_not_activity(b, zip_name, n);
		}
		g_free(zip_name);
		if (g_hash_table_size(loose) == 0) {
			g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
				    _("the zip archive holds no activity (expected a Strava export, an Apple Health export, or .gpx, .tcx and .fit files)"));
			ok = false;
		} else {
			b->entries_total = g_hash_table_size(loose);
			ok = zip_each(path, loose, ZIP_ACTIVITY_MAX, take_loose, b, err);
		}
		g_hash_table_unref(loose);
	}
	g_ptr_array_unref(names);
	g_ptr_array_unref(encrypted);
	return ok;
}

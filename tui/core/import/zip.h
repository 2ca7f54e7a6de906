/* SPDX-License-Identifier: GPL-3.0-or-later */
/* import/zip.h - what is inside a downloaded export, read with libarchive
 * as it streams: a Strava export .zip (activities.csv and the activities/
 * files it names) and an Apple Health export.zip.  Nothing is unpacked to
 * disk, and each entry read into memory has a size limit, so that a zip
 * bomb costs a message, not the machine. */
#ifndef KNEAD_IMPORT_ZIP_H
#define KNEAD_IMPORT_ZIP_H

#include <glib.h>
#include <stdbool.h>
#include <stddef.h>

/* The largest activity file (after gunzip) and the largest activities.csv
 * read into memory. */
#define ZIP_ACTIVITY_MAX ((size_t)64 * 1024 * 1024)
#define ZIP_CSV_MAX ((size_t)512 * 1024 * 1024)

/* The entry names of a zip, in archive order (g_free'd strings). */
bool zip_list(const char *path, GPtrArray *names, GError **err);
/* The same, each name once, and the names of encrypted entries (which
 * zip_each never reads) apart in `encrypted` (or left out when NULL). */
bool zip_list_all(const char *path, GPtrArray *names, GPtrArray *encrypted, GError **err);

/* Calls `cb` with the whole content of each entry whose name is a key of
 * `wanted` (gunzipped when it ends in .gz), in archive order, once a name
 * (a copy under the same name is skipped) and never an encrypted one; an entry
 * larger than `max` is reported to `cb` with data NULL. */
typedef void (*zip_entry_cb)(const char *name, const char *data, size_t len, void *ctx);
bool zip_each(const char *path, GHashTable *wanted, size_t max, zip_entry_cb cb, void *ctx,
	      GError **err);

/* A stream over one entry, for readers that must not hold it whole (an
 * Apple Health export.xml of several GB). */
struct zip_stream;
struct zip_stream *zip_stream_open(const char *path, const char *entry, GError **err);
/* read(2)-like: bytes read, 0 at the end, -1 on error (zip_stream_error). */
int zip_stream_read(struct zip_stream *z, char *buf, int len);
const char *zip_stream_error(const struct zip_stream *z);
void zip_stream_close(struct zip_stream *z);

/* Inflates a gzip member held in memory, up to `max` bytes. */
bool gunzip_memory(const char *data, size_t len, size_t max, char **out, size_t *out_len,
		   GError **err);

/* A downloaded export as a whole: a Strava export .zip (its CSV's runs,
 * with what their own files add), an Apple Health export.zip, or a zip of
 * .gpx and .tcx files.  *kind says which (IMPORT_FORMAT_STRAVA_CSV,
 * IMPORT_FORMAT_HEALTH or IMPORT_FORMAT_ZIP), for the summary. */
#include "core/import/import.h"
bool import_zip_file(const char *path, struct import_batch *b, enum import_format *kind,
		     GError **err);

#endif

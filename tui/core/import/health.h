/* SPDX-License-Identifier: GPL-3.0-or-later */
/* import/health.h - running workouts from an Apple Health export
 * (export.xml, in its folder or inside export.zip).  See import/health.c. */
#ifndef KNEAD_IMPORT_HEALTH_H
#define KNEAD_IMPORT_HEALTH_H

#include <glib.h>
#include <stdbool.h>
#include <stddef.h>
#include "core/import/import.h"

struct import_xml;

/* Where the export comes from: `open` starts a reader over export.xml (it
 * may be called twice: a second pass reads heart-rate samples), `route`
 * reads a workout route named by its FileReference path ("/workout-routes/
 * route_....gpx"), whole, at most `max` bytes (NULL: no routes). */
typedef void (*health_route_cb)(const char *ref, const char *data, size_t len, void *data_ctx);
struct health_source {
	bool (*open)(void *ctx, struct import_xml *x, GError **err);
	bool (*route)(void *ctx, const char *ref, size_t max, char **data, size_t *len);
	void *ctx;
	/* Or, for an archive that is read in one pass whatever it is asked:
	 * calls `got` once with each route of `refs` (a set of FileReference
	 * paths) that it holds, whole, at most `max` bytes. */
	void (*routes)(void *ctx, GHashTable *refs, size_t max, health_route_cb got,
		       void *got_ctx);
};

bool import_health_read(const struct health_source *src, struct import_batch *b, GError **err);
/* export.xml (optionally gzip'd) on disk, its workout-routes/ beside it. */
bool import_health_file(const char *path, struct import_batch *b, GError **err);
/* export.xml in memory, without routes. */
bool import_health_memory(const void *data, size_t len, struct import_batch *b, GError **err);

#endif

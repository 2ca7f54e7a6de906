/* SPDX-License-Identifier: GPL-3.0-or-later */
/* testutil.h - small helpers the unit tests share. */
#ifndef KNEAD_TESTUTIL_H
#define KNEAD_TESTUTIL_H

#include <glib.h>
#include <glib/gstdio.h>
#include "core/clock.h"
#include "core/store/store.h"

/* Removes a test's temporary directory and everything in it. */
static inline void rm_rf(const char *path)
{
	GDir *d = g_dir_open(path, 0, NULL);
	const char *name;

	if (d) {
		while ((name = g_dir_read_name(d))) {
			char *p = g_build_filename(path, name, NULL);
			rm_rf(p);
			g_free(p);
		}
		g_dir_close(d);
		g_rmdir(path);
	} else {
		g_unlink(path);
	}
}

/* A run typed by hand at START: 10 km in 52:30, easy, effort 6. */
static inline struct run manual_run(wtime start)
{
	struct run r = {
		.start = start,
		.distance_m = 10000,
		.duration_s = 3150,
		.kind = RUN_EASY,
		.rpe = 6,
		.elevation_m = -1,
		.source = SOURCE_MANUAL,
	};
	return r;
}

/* A new database in a temporary directory of its own (`dir_template`,
 * e.g. "knead-checkin-XXXXXX"), for a test's fixture. */
struct temp_store {
	char *dir;
	char *path;
	struct store *st;
};

static inline struct temp_store *temp_store_open(const char *dir_template)
{
	struct temp_store *ts = g_new0(struct temp_store, 1);
	GError *err = NULL;

	ts->dir = g_dir_make_tmp(dir_template, NULL);
	ts->path = g_build_filename(ts->dir, "knead.db", NULL);
	ts->st = store_open(ts->path, &err);
	if (!ts->st)
		g_error("store_open: %s", err->message);
	return ts;
}

static inline void temp_store_close(struct temp_store *ts)
{
	store_close(ts->st);
	rm_rf(ts->dir);
	g_free(ts->path);
	g_free(ts->dir);
	g_free(ts);
}

/* A cmocka fixture on a new database: the clock set to NOW, *state the
 * temp_store (teardown: temp_store_teardown). */
static inline int temp_store_setup(void **state, wtime now, const char *dir_template)
{
	clock_set_override(now);
	*state = temp_store_open(dir_template);
	return 0;
}

static inline int temp_store_teardown(void **state)
{
	temp_store_close(*state);
	return 0;
}

#endif

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* import_fixtures.h - what the import tests share: the real files of
 * tests/fixtures read with the reader their name calls for, and the
 * figures they are checked against.  Include after <cmocka.h>. */
#ifndef KNEAD_TEST_IMPORT_FIXTURES_H
#define KNEAD_TEST_IMPORT_FIXTURES_H

#include <glib.h>
#include "core/clock.h"
#include "core/import/import.h"
#include "core/store/store.h"

/* The path of a fixture (g_free it): in $FIXTURES, else tests/fixtures. */
static inline char *fixture(const char *name)
{
	const char *dir = g_getenv("FIXTURES");
	return g_build_filename(dir ? dir : "tests/fixtures", name, NULL);
}

/* The local wall time of a UTC instant, in the test's time zone. */
static inline wtime local_of_utc(int y, int mo, int d, int h, int mi, int s)
{
	GDateTime *dt = g_date_time_new_utc(y, mo, d, h, mi, s);
	wtime w = wtime_from_utc(g_date_time_to_unix(dt));

	g_date_time_unref(dt);
	return w;
}

/* How many activities the batch left out for `reason`. */
static inline unsigned skipped(const struct import_batch *b, const char *reason)
{
	return GPOINTER_TO_UINT(g_hash_table_lookup(b->skipped, reason));
}

/* Reads one fixture into b (initialised here) with the reader its name
 * calls for; a file that does not read fails the test. */
static inline void read_fixture(const char *name, struct import_batch *b)
{
	char *path = fixture(name);
	GError *err = NULL;
	bool ok;

	import_batch_init(b);
	switch (import_format_guess(path)) {
	case IMPORT_FORMAT_GPX:
		ok = import_gpx_file(path, b, &err);
		break;
	case IMPORT_FORMAT_TCX:
		ok = import_tcx_file(path, b, &err);
		break;
	case IMPORT_FORMAT_FIT:
		ok = import_fit_file(path, b, &err);
		break;
	case IMPORT_FORMAT_STRAVA_CSV:
		ok = import_strava_file(path, b, &err);
		break;
	default:
		fail_msg("%s: no reader for this name", name);
		return;
	}
	if (!ok)
		fail_msg("%s: %s", name, err->message);
	g_free(path);
}

/* How many runs the database holds. */
static inline size_t count_runs(struct store *st)
{
	struct run *runs;
	size_t n;
	GError *err = NULL;

	assert_true(store_runs_list(st, INT64_MIN, &runs, &n, &err));
	for (size_t i = 0; i < n; i++)
		run_clear(&runs[i]);
	g_free(runs);
	return n;
}

#endif

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* testutil.h - small helpers the unit tests share. */
#ifndef KNEAD_TESTUTIL_H
#define KNEAD_TESTUTIL_H

#include <glib.h>
#include <glib/gstdio.h>

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

#endif

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fileutil.h - files written so that a crash never leaves half of one. */
#ifndef KNEAD_FILEUTIL_H
#define KNEAD_FILEUTIL_H

#include <glib.h>
#include <stdbool.h>
#include <stddef.h>

/* Writes `data` to a temporary file beside `path` (mkstemp), fsyncs it,
 * gives it `mode`, renames it over `path` and fsyncs the directory. */
bool file_write_atomic(const char *path, const void *data, size_t len, int mode,
		       GError **err);

/* Creates `dir` and its parents; the last component gets `mode` even under
 * a permissive umask. */
bool dir_ensure(const char *dir, int mode, GError **err);

#endif

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

/* The same, for a file written as it is made (a streamed export): open,
 * write as often as needed, then commit (fsync, rename over path) or abort
 * (the temporary file goes).  Commit and abort free f. */
struct file_atomic;
struct file_atomic *file_atomic_open(const char *path, int mode, GError **err);
bool file_atomic_write(struct file_atomic *f, const void *data, size_t len, GError **err);
bool file_atomic_commit(struct file_atomic *f, GError **err);
void file_atomic_abort(struct file_atomic *f);
/* The temporary file's name, for a writer that opens the file itself (an
 * SQLite backup): it must be written and closed before the commit. */
const char *file_atomic_temp_path(const struct file_atomic *f);

/* Creates `dir` and its parents; the last component gets `mode` even under
 * a permissive umask. */
bool dir_ensure(const char *dir, int mode, GError **err);

/* $env when it holds an absolute path, else ~/under_home: the XDG Base
 * Directory spec says a relative value is to be ignored. */
char *file_xdg_dir(const char *env, const char *under_home);

/* Takes from the open file (or directory) fd every permission bit not in
 * `keep` (0600 for a database, 0700 for its directory), when we own it. */
void file_tighten(int fd, int keep);

/* Where an export or a backup given `path` may write, in *out (g_free):
 * a new name or a regular file, never the database `db` (may be NULL) nor
 * its -wal, -shm or -journal, never a directory, device, FIFO or socket.
 * A symbolic link is refused unless `force`, and then its target is
 * written, never the link replaced.  A refusal is KNEAD_ERROR_INVALID and
 * names the path and why. */
bool file_output_target(const char *path, const char *db, bool force, char **out,
			GError **err);

#endif

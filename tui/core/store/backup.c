/* SPDX-License-Identifier: GPL-3.0-or-later */
/* store/backup.c - a copy of the database taken while it is in use (the
 * SQLite online backup), written like every other file knead makes: into
 * a temporary file beside the destination, then fsync, rename and fsync of
 * the directory (fileutil.c), so a crash leaves the old backup or the new
 * one, never half of one. */
#include <errno.h>
#include "core/error.h"
#include "core/fileutil.h"
#include "core/i18n.h"
#include "core/store/private.h"

/* Pages copied per step: small steps let writers in between. */
#define BACKUP_PAGES_PER_STEP 256

static bool backup_steps(sqlite3 *out, sqlite3 *db)
{
	sqlite3_backup *b = sqlite3_backup_init(out, "main", db, "main");

	if (!b)
		return false;
	while (true) {
		int rc = sqlite3_backup_step(b, BACKUP_PAGES_PER_STEP);
		if (rc == SQLITE_DONE)
			break;
		if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
			sqlite3_sleep(20);
			continue;
		}
		if (rc != SQLITE_OK) {
			sqlite3_backup_finish(b);
			return false;
		}
	}
	return sqlite3_backup_finish(b) == SQLITE_OK;
}

/* Copies the database into the (empty) file tmp and closes it there. */
static bool backup_into(struct store *st, const char *tmp, const char *dest, GError **err)
{
	sqlite3 *out = NULL;

	if (sqlite3_open_v2(tmp, &out, SQLITE_OPEN_READWRITE, NULL) == SQLITE_OK &&
	    backup_steps(out, st->db)) {
		/* A backup is a plain rollback-journal file: one file to copy
		 * around. */
		sqlite3_exec(out, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);
		if (sqlite3_close(out) == SQLITE_OK)
			return true;
		out = NULL;
	}
	g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED, _("cannot back up to %s: %s"), dest,
		    out ? sqlite3_errmsg(out) : g_strerror(errno));
	if (out)
		sqlite3_close(out);
	return false;
}

bool store_backup(struct store *st, const char *dest, GError **err)
{
	struct file_atomic *f = file_atomic_open(dest, 0600, err);

	if (!f)
		return false;
	if (!backup_into(st, file_atomic_temp_path(f), dest, err)) {
		file_atomic_abort(f);
		return false;
	}
	if (!file_atomic_commit(f, err))
		return false;
	store_note_written();
	return true;
}

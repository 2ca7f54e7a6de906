/* SPDX-License-Identifier: GPL-3.0-or-later */
/* migrate.h - schema versions of the database and the steps between them.
 *
 * PRAGMA user_version holds the version.  Each step runs in its own
 * transaction, so an interrupted upgrade leaves the previous version
 * intact.  Steps are never edited once released: add a new one. */
#ifndef KNEAD_MIGRATE_H
#define KNEAD_MIGRATE_H

#include <glib.h>
#include <sqlite3.h>
#include <stdbool.h>

/* Brings `db` from its version up to `target` (at most the latest). */
bool migrate_to(sqlite3 *db, int target, GError **err);
int migrate_latest(void);
int migrate_current(sqlite3 *db, GError **err);

#endif

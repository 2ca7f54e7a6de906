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
/* The schema version this knead writes: its last step. */
int migrate_latest(void);
/* Adds to the reference tables (regions, region_sides, run_sources,
 * entry_tables) the rows of knead's own tables that the database lacks:
 * a new region, run source or entry kind is a line of its C table
 * (regions.c, model.c, kinds.c) and needs no schema step.  Rows are only
 * ever added.  A read when nothing is missing, as on nearly every open;
 * else one short write transaction.  For a database at the latest
 * version. */
bool migrate_reference_rows(sqlite3 *db, GError **err);
int migrate_current(sqlite3 *db, GError **err);

#endif

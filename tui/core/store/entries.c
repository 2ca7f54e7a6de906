/* SPDX-License-Identifier: GPL-3.0-or-later */
/* store/entries.c - adding, updating, reading, removing and putting back
 * entries of every kind through one path, driven by the kind's descriptor
 * (store/kinds.c); and the runs an import finds already stored. */
#include <math.h>
#include <string.h>
#include "core/error.h"
#include "core/i18n.h"
#include "core/store/kinds.h"
#include "core/store/private.h"

/* Inserts row under want_id (0: the next free id) with what it keeps in
 * other tables, in one transaction. */
static bool entry_insert(struct store *st, const struct entry_kind *k, const void *row,
			 int64_t want_id, int64_t *id, GError **err)
{
	sqlite3_stmt *s;
	bool owned, ok;
	int64_t new_id = 0;

	if (!store_tx_enter(st, &owned, err))
		return false;
	s = store_prepare(st, k->insert_sql, err);
	ok = s != NULL;
	if (ok) {
		k->bind(s, row);
		store_bind_id_or_null(s, k->n_fields + 1, want_id);
		ok = store_step_done(st, s, err);
	}
	if (ok) {
		new_id = sqlite3_last_insert_rowid(st->db);
		ok = !k->write_children || k->write_children(st, row, new_id, err);
	}
	if (ok && id)
		*id = new_id;
	return store_tx_leave(st, owned, ok, err);
}

bool store_entry_add(struct store *st, enum store_table t, const void *row, int64_t *id,
		     GError **err)
{
	const struct entry_kind *k = store_kind_or_fail(t, err);

	return k && entry_insert(st, k, row, 0, id, err);
}

bool store_entry_update(struct store *st, enum store_table t, const void *row, GError **err)
{
	const struct entry_kind *k = store_kind_or_fail(t, err);
	sqlite3_stmt *s;
	bool owned, ok;
	int64_t id;

	if (!k || !store_tx_enter(st, &owned, err))
		return false;
	id = entry_kind_row_id(k, row);
	s = store_prepare(st, k->update_sql, err);
	ok = s != NULL;
	if (ok) {
		k->bind(s, row);
		sqlite3_bind_int64(s, k->n_fields + 1, id);
		ok = store_step_done(st, s, err) && store_check_changed(st, t, id, err) &&
		     (!k->write_children || k->write_children(st, row, id, err));
	}
	return store_tx_leave(st, owned, ok, err);
}

bool store_run_add(struct store *st, const struct run *r, int64_t *id, GError **err)
{
	return store_entry_add(st, TABLE_RUNS, r, id, err);
}

bool store_soreness_add(struct store *st, const struct soreness *s, int64_t *id, GError **err)
{
	return store_entry_add(st, TABLE_SORENESS, s, id, err);
}

bool store_massage_add(struct store *st, const struct massage *m, int64_t *id, GError **err)
{
	return store_entry_add(st, TABLE_MASSAGES, m, id, err);
}

bool store_race_add(struct store *st, const struct race *r, int64_t *id, GError **err)
{
	return store_entry_add(st, TABLE_RACES, r, id, err);
}

bool store_run_update(struct store *st, const struct run *r, GError **err)
{
	return store_entry_update(st, TABLE_RUNS, r, err);
}

bool store_soreness_update(struct store *st, const struct soreness *s, GError **err)
{
	return store_entry_update(st, TABLE_SORENESS, s, err);
}

bool store_massage_update(struct store *st, const struct massage *m, GError **err)
{
	return store_entry_update(st, TABLE_MASSAGES, m, err);
}

bool store_race_update(struct store *st, const struct race *r, GError **err)
{
	return store_entry_update(st, TABLE_RACES, r, err);
}

bool store_entry_get(struct store *st, enum store_table t, int64_t id, void *row,
		     GError **err)
{
	const struct entry_kind *k = store_kind_or_fail(t, err);
	sqlite3_stmt *s = k ? store_prepare(st, k->select_by_id_sql, err) : NULL;
	int rc;

	if (!s)
		return false;
	sqlite3_bind_int64(s, 1, id);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		k->read(st, s, row);
	sqlite3_finalize(s);
	if (rc == SQLITE_ROW)
		return true;
	if (rc != SQLITE_DONE)
		return store_db_error(st, err);
	g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_INVALID,
		    _("there is no %s entry with id %lld (see knead list %s)"), store_table_name(t),
		    (long long)id, store_table_id(t));
	return false;
}

bool store_remove(struct store *st, enum store_table t, int64_t id, GError **err)
{
	const struct entry_kind *k = store_kind_or_fail(t, err);
	sqlite3_stmt *s;
	bool owned, ok;

	if (!k || !store_tx_enter(st, &owned, err))
		return false;
	s = store_prepare(st, k->delete_sql, err);
	ok = s != NULL;
	if (ok) {
		sqlite3_bind_int64(s, 1, id);
		ok = store_step_done(st, s, err) && store_check_changed(st, t, id, err);
	}
	return store_tx_leave(st, owned, ok, err);
}

/* --- putting back what was deleted -------------------------------------- */

static bool id_is_free(struct store *st, const struct entry_kind *k, int64_t id)
{
	sqlite3_stmt *s = store_prepare(st, k->select_by_id_sql, NULL);
	bool free_id;

	if (!s)
		return false;
	sqlite3_bind_int64(s, 1, id);
	free_id = sqlite3_step(s) == SQLITE_DONE;
	sqlite3_finalize(s);
	return free_id;
}

bool store_restore(struct store *st, enum store_table t, const void *row, int64_t old_id,
		   int64_t *id, GError **err)
{
	const struct entry_kind *k = store_kind_or_fail(t, err);
	bool owned, ok;
	int64_t want;

	if (!k || !store_tx_enter(st, &owned, err))
		return false;
	want = old_id > 0 && id_is_free(st, k, old_id) ? old_id : 0;
	ok = entry_insert(st, k, row, want, id, err);
	return store_tx_leave(st, owned, ok, err);
}

/* --- runs an import finds already stored -------------------------------- */

int64_t store_run_find_duplicate(struct store *st, const struct run *r, GError **err)
{
	sqlite3_stmt *s;
	int64_t id = 0;

	if (r->source_id) {
		s = store_prepare(st, "SELECT id FROM runs WHERE source = ? AND source_id = ?",
				  err);
		if (!s)
			return -1;
		sqlite3_bind_text(s, 1, run_source_id(r->source), -1, SQLITE_STATIC);
		sqlite3_bind_text(s, 2, r->source_id, -1, SQLITE_TRANSIENT);
		if (sqlite3_step(s) == SQLITE_ROW)
			id = sqlite3_column_int64(s, 0);
		sqlite3_finalize(s);
		if (id)
			return id;
	}
	/* The same run from another file or source: same minute, same
	 * distance within 1%. */
	s = store_prepare(st,
			  "SELECT id FROM runs WHERE start BETWEEN ? AND ?"
			  " AND abs(distance_m - ?) <= 0.01 * ? LIMIT 1",
			  err);
	if (!s)
		return -1;
	store_bind_time(s, 1, r->start - 60);
	store_bind_time(s, 2, r->start + 60);
	sqlite3_bind_double(s, 3, r->distance_m);
	sqlite3_bind_double(s, 4, r->distance_m);
	if (sqlite3_step(s) == SQLITE_ROW)
		id = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	if (id || r->source == SOURCE_MANUAL)
		return id;
	/* The same activity imported from another source after a change of
	 * time zone: times are stored as local wall-clock, so its start moved
	 * by the difference of the zones (whole quarter hours, at most a day)
	 * while its distance and duration stayed the same (within 1% and 2%:
	 * two apps measure a pause apart).  One
	 * source never meets itself here: its ids already matched above. */
	s = store_prepare(st,
			  "SELECT id FROM runs WHERE start BETWEEN ? AND ? AND source <> ?"
			  " AND source <> 'manual' AND abs(distance_m - ?) <= 0.01 * ?"
			  " AND abs(duration_s - ?) <= 0.02 * ?"
			  " AND (abs(strftime('%s', start) - strftime('%s', ?)) + 30) % 900 <= 60"
			  " LIMIT 1",
			  err);
	if (!s)
		return -1;
	store_bind_time(s, 1, r->start - 26 * 3600);
	store_bind_time(s, 2, r->start + 26 * 3600);
	sqlite3_bind_text(s, 3, run_source_id(r->source), -1, SQLITE_STATIC);
	sqlite3_bind_double(s, 4, r->distance_m);
	sqlite3_bind_double(s, 5, r->distance_m);
	sqlite3_bind_double(s, 6, r->duration_s);
	sqlite3_bind_double(s, 7, r->duration_s);
	store_bind_time(s, 8, r->start);
	if (sqlite3_step(s) == SQLITE_ROW)
		id = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	return id;
}

/* Whether a and b differ by at most STORE_SAME_RUN_TOLERANCE of the
 * larger. */
static bool agree(double a, double b)
{
	double m = fmax(a, b);

	return m > 0 && fabs(a - b) <= STORE_SAME_RUN_TOLERANCE * m;
}

int64_t store_run_find_same(struct store *st, const struct run *r, struct run *found,
			    GError **err)
{
	return store_run_find_same_except(st, r, NULL, found, err);
}

int64_t store_run_find_same_except(struct store *st, const struct run *r, GHashTable *except,
				   struct run *found, GError **err)
{
	const struct entry_kind *runs = entry_kind_of(TABLE_RUNS);
	/* Candidates: runs that start from a day before this one (nobody
	 * runs longer without a stop) to its end. */
	sqlite3_stmt *s = store_prepare(st,
					STORE_RUN_SELECT " WHERE start BETWEEN ? AND ?"
							 " ORDER BY start, id",
					err);
	int64_t id = 0;
	double end = (double)r->start + r->duration_s, best = 0;
	int rc;

	memset(found, 0, sizeof(*found));
	if (!s)
		return -1;
	store_bind_time(s, 1, r->start - 86400);
	store_bind_time(s, 2, (wtime)ceil(end));
	/* Of the runs that qualify, the one that overlaps most of both. */
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct run c;
		double overlap, shorter, score;

		runs->read(st, s, &c);
		overlap = fmin(end, (double)c.start + c.duration_s) - fmax((double)r->start, (double)c.start);
		shorter = fmin(r->duration_s, c.duration_s);
		score = overlap / fmax(r->duration_s, c.duration_s);
		if (shorter > 0 && overlap >= STORE_SAME_RUN_OVERLAP * shorter &&
		    (agree(r->distance_m, c.distance_m) || agree(r->duration_s, c.duration_s)) &&
		    !(except && g_hash_table_contains(except, &c.id)) && score > best) {
			run_clear(found);
			id = c.id;
			best = score;
			*found = c;
		} else {
			run_clear(&c);
		}
	}
	sqlite3_finalize(s);
	return id;
}

bool store_run_fill_blanks(struct store *st, int64_t id, const struct run *r, bool *filled,
			   GError **err)
{
	sqlite3_stmt *s = store_prepare(
		st,
		"UPDATE runs SET avg_hr = coalesce(avg_hr, ?),"
		" elevation_m = coalesce(elevation_m, ?), rpe = coalesce(rpe, ?),"
		" note = coalesce(note, ?) WHERE id = ? AND (avg_hr IS NULL AND ? IS NOT NULL"
		" OR elevation_m IS NULL AND ? IS NOT NULL OR rpe IS NULL AND ? IS NOT NULL"
		" OR note IS NULL AND ? IS NOT NULL)",
		err);
	bool ok;

	*filled = false;
	if (!s)
		return false;
	for (int k = 0; k < 2; k++) {
		int base = k == 0 ? 1 : 6;
		if (r->avg_hr > 0)
			sqlite3_bind_int(s, base, r->avg_hr);
		if (r->elevation_m >= 0)
			sqlite3_bind_double(s, base + 1, r->elevation_m);
		if (r->rpe > 0)
			sqlite3_bind_int(s, base + 2, r->rpe);
		store_bind_text_or_null(s, base + 3, r->note);
		if (k == 0)
			sqlite3_bind_int64(s, 5, id);
	}
	ok = store_step_done(st, s, err);
	*filled = ok && sqlite3_changes(st->db) > 0;
	return ok;
}

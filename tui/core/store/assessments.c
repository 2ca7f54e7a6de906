/* SPDX-License-Identifier: GPL-3.0-or-later */
/* store/assessments.c - a professional's look at a flagged region (knead
 * log assessed): added in one transaction, read with the advice's
 * history. */
#include <string.h>
#include "core/regions.h"
#include "core/store/private.h"

bool store_assessment_add(struct store *st, const struct assessment *as, int64_t *id,
			  GError **err)
{
	bool owned, ok;
	sqlite3_stmt *s;

	if (!store_tx_enter(st, &owned, err))
		return false;
	s = store_prepare(st,
			  "INSERT INTO assessments (time, region, side, cleared) VALUES (?, ?, ?, ?)",
			  err);
	ok = s != NULL;
	if (ok) {
		store_bind_time(s, 1, as->time);
		sqlite3_bind_text(s, 2, region_id(as->region), -1, SQLITE_STATIC);
		store_bind_text_or_null(s, 3, side_id(as->side));
		sqlite3_bind_int(s, 4, as->cleared ? 1 : 0);
		ok = store_step_done(st, s, err);
	}
	if (ok && id)
		*id = sqlite3_last_insert_rowid(store_db(st));
	return store_tx_leave(st, owned, ok, err);
}

bool store_assessments_list(struct store *st, wtime since, struct assessment **out, size_t *n,
			    GError **err)
{
	sqlite3_stmt *s = store_prepare(st,
					"SELECT id, time, region, side, cleared FROM assessments"
					" WHERE time >= ? ORDER BY time, id",
					err);
	GArray *a;
	int rc;

	*out = NULL;
	*n = 0;
	if (!s)
		return false;
	store_bind_time(s, 1, since);
	a = g_array_new(FALSE, TRUE, sizeof(struct assessment));
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct assessment x = { 0 };

		x.id = sqlite3_column_int64(s, 0);
		x.time = store_column_time(s, 1);
		if (!region_from_id((const char *)sqlite3_column_text(s, 2), &x.region))
			continue;
		x.side = store_column_side(s, 3);
		x.cleared = sqlite3_column_int(s, 4) != 0;
		g_array_append_val(a, x);
	}
	sqlite3_finalize(s);
	*n = a->len;
	*out = (struct assessment *)g_array_free(a, FALSE);
	return rc == SQLITE_DONE || store_db_error(st, err);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* store/selfcare_done.c - the table selfcare_done (schema version 6). */
#include <config.h>

#include "core/store/private.h"
#include "core/store/selfcare_done.h"

bool store_selfcare_done_add(struct store *st, dayno day, const char *item, const char *action,
			     const char *region, const char *side, wtime at, bool *added,
			     GError **err)
{
	sqlite3_stmt *s;
	bool owned, ok;

	if (!store_tx_enter(st, &owned, err))
		return false;
	s = store_prepare(
		st,
		"INSERT OR IGNORE INTO selfcare_done (day, item, action, region, side, at)"
		" VALUES (?,?,?,?,?,?)",
		err);
	ok = s != NULL;
	if (ok) {
		store_bind_day(s, 1, day);
		sqlite3_bind_text(s, 2, item, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(s, 3, action, -1, SQLITE_TRANSIENT);
		store_bind_text_or_null(s, 4, region);
		store_bind_text_or_null(s, 5, side);
		store_bind_time(s, 6, at);
		ok = store_step_done(st, s, err);
		if (ok && added)
			*added = sqlite3_changes(st->db) > 0;
	}
	return store_tx_leave(st, owned, ok, err);
}

static char *column_text(sqlite3_stmt *s, int i)
{
	const unsigned char *t = sqlite3_column_text(s, i);

	return t ? g_strdup((const char *)t) : NULL;
}

bool store_selfcare_done_list(struct store *st, dayno from, dayno to, struct selfcare_tick **out,
			      size_t *n, GError **err)
{
	sqlite3_stmt *s = store_prepare(st,
					"SELECT id, day, item, action, region, side, at"
					" FROM selfcare_done WHERE day >= ? AND day <= ?"
					" ORDER BY day, id",
					err);
	GArray *a;
	int rc;

	*out = NULL;
	*n = 0;
	if (!s)
		return false;
	store_bind_day(s, 1, from);
	store_bind_day(s, 2, to);
	a = g_array_new(FALSE, TRUE, sizeof(struct selfcare_tick));
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct selfcare_tick t = {
			.id = sqlite3_column_int64(s, 0),
			.day = store_column_day(s, 1),
			.item = column_text(s, 2),
			.action = column_text(s, 3),
			.region = column_text(s, 4),
			.side = column_text(s, 5),
			.at = store_column_time(s, 6),
		};

		g_array_append_val(a, t);
	}
	sqlite3_finalize(s);
	if (rc != SQLITE_DONE) {
		selfcare_ticks_free((struct selfcare_tick *)a->data, a->len);
		g_array_free(a, FALSE);
		return store_db_error(st, err);
	}
	*n = a->len;
	*out = (struct selfcare_tick *)g_array_free(a, FALSE);
	return true;
}

void selfcare_ticks_free(struct selfcare_tick *t, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		g_free(t[i].item);
		g_free(t[i].action);
		g_free(t[i].region);
		g_free(t[i].side);
	}
	g_free(t);
}

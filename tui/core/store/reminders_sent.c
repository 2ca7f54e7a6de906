/* SPDX-License-Identifier: GPL-3.0-or-later */
/* store/reminders_sent.c - the reminders sent (one row per event, so that two
 * daemons never show the same one) and the snoozes kept on them. */
#include "core/error.h"
#include "core/i18n.h"
#include "core/store/private.h"

bool store_reminder_was_sent(struct store *st, const char *key, GError **err)
{
	sqlite3_stmt *s = store_prepare(st, "SELECT 1 FROM reminders WHERE key = ?", err);
	bool sent;

	if (!s)
		return false;
	sqlite3_bind_text(s, 1, key, -1, SQLITE_TRANSIENT);
	sent = sqlite3_step(s) == SQLITE_ROW;
	sqlite3_finalize(s);
	return sent;
}

bool store_reminder_mark_sent(struct store *st, const char *key, const char *kind, wtime at,
			      bool *inserted, GError **err)
{
	sqlite3_stmt *s;
	bool owned, ok;

	if (!store_tx_enter(st, &owned, err))
		return false;
	s = store_prepare(st, "INSERT OR IGNORE INTO reminders (key, kind, sent_at) VALUES (?,?,?)",
			  err);
	ok = s != NULL;
	if (ok) {
		sqlite3_bind_text(s, 1, key, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(s, 2, kind, -1, SQLITE_TRANSIENT);
		store_bind_time(s, 3, at);
		ok = store_step_done(st, s, err);
	}
	if (ok && inserted)
		*inserted = sqlite3_changes(st->db) > 0;
	return store_tx_leave(st, owned, ok, err);
}

bool store_reminder_release(struct store *st, const char *key, GError **err)
{
	sqlite3_stmt *s;
	bool owned, ok;

	if (!store_tx_enter(st, &owned, err))
		return false;
	s = store_prepare(st, "DELETE FROM reminders WHERE key = ? AND held_until IS NULL", err);
	ok = s != NULL;
	if (ok) {
		sqlite3_bind_text(s, 1, key, -1, SQLITE_TRANSIENT);
		ok = store_step_done(st, s, err);
	}
	return store_tx_leave(st, owned, ok, err);
}

/* A snooze is kept on the reminder's own row, so that it outlives the
 * daemon that was asked for it. */
static bool reminder_set_snooze(struct store *st, const char *key, const wtime *until,
			      GError **err)
{
	sqlite3_stmt *s;
	bool owned, ok;

	if (!store_tx_enter(st, &owned, err))
		return false;
	s = store_prepare(st, "UPDATE reminders SET held_until = ? WHERE key = ?", err);
	ok = s != NULL;
	if (ok) {
		if (until)
			store_bind_time(s, 1, *until);
		else
			sqlite3_bind_null(s, 1);
		sqlite3_bind_text(s, 2, key, -1, SQLITE_TRANSIENT);
		ok = store_step_done(st, s, err);
	}
	if (ok && sqlite3_changes(st->db) == 0) {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
			    _("no reminder %s was sent"), key);
		ok = false;
	}
	return store_tx_leave(st, owned, ok, err);
}

bool store_snooze_set(struct store *st, const char *key, wtime until, GError **err)
{
	return reminder_set_snooze(st, key, &until, err);
}

bool store_snooze_end(struct store *st, const char *key, GError **err)
{
	return reminder_set_snooze(st, key, NULL, err);
}

bool store_snoozes_list(struct store *st, char ***keys, wtime **until, size_t *n,
			GError **err)
{
	sqlite3_stmt *s = store_prepare(st,
					"SELECT key, held_until FROM reminders"
					" WHERE held_until IS NOT NULL ORDER BY held_until, id",
					err);

	return store_select_texts_and_times(st, s, keys, until, n, err);
}

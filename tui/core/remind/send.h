/* SPDX-License-Identifier: GPL-3.0-or-later */
/* remind/send.h - delivering reminders: what is due, sent once, snoozes.
 *
 * The protocol, whatever shows the reminders (libnotify for knead remind,
 * a fake in the tests):
 *
 * - Never twice: each reminder's key is claimed in the reminders table (a
 *   UNIQUE key) in one short transaction before it is shown.  A concurrent
 *   run finds the key taken and leaves it.
 * - Never lost: when the sender could not show it, the claim is given back
 *   in another short transaction, so that the next pass tries again.
 * - No lock across the send: the claim is committed before the sender is
 *   called, so that a notification server that hangs locks no other knead
 *   out of the database.
 * - Snoozes: a snoozed reminder is kept on its row until a time, then shown
 *   once more with the text it has then (remind.h), under its snooze key;
 *   one no longer due is forgotten.
 */
#ifndef KNEAD_REMIND_SEND_H
#define KNEAD_REMIND_SEND_H

#include <glib.h>
#include <stdbool.h>
#include "core/remind/remind.h"
#include "core/settings.h"
#include "core/store/store.h"

/* What is due at a time, and when to look again. */
struct remind_plan {
	struct reminder *due;
	size_t n_due;
	bool has_wakeup;
	wtime wakeup;
};

/* Reads the history (st NULL: nothing logged yet) and works out what is due
 * at `now` and when a reminder can next fall due.  Free with
 * remind_plan_clear. */
bool remind_plan_make(struct store *st, const struct config *cfg, wtime now,
		      struct remind_plan *p, GError **err);
void remind_plan_clear(struct remind_plan *p);

/* The way reminders are shown. */
struct remind_sender {
	/* Called before each claim: readies the sender (e.g. finds the
	 * notification server), so that a pass with nothing to send needs no
	 * desktop.  NULL: always ready. */
	bool (*open)(void *data, GError **err);
	/* Shows r (r->due: when it fell due, or when its snooze ended);
	 * false with *err when it was not shown. */
	bool (*show)(void *data, const struct reminder *r, GError **err);
	/* Shows n (two or more) reminders of one subject as one notification
	 * (followup_subject, followup_merge).  NULL: each is shown alone. */
	bool (*show_merged)(void *data, const struct reminder *rs, size_t n, GError **err);
	void *data;
	/* A dry run: show is called for what would be sent, and nothing is
	 * claimed, given back or unsnoozed (st may be read-only, or NULL for
	 * no database yet). */
	bool dry_run;
};

/* Whether the key was sent already; an error counts as "not sent", since
 * the claim itself is what guards against a second send. */
bool remind_was_sent(struct store *st, const char *key);

/* Claims r, shows it, and gives the claim back if it was not shown.
 * *sent says whether this call showed it (false: another run had). */
bool remind_deliver(struct store *st, const struct remind_sender *s, const struct reminder *r,
		    wtime now, bool *sent, GError **err);

/* The same for n reminders shown as one (show_merged): each is claimed,
 * the ones this call claimed are shown together (alone if only one), and
 * every claim is given back if they were not shown. */
bool remind_deliver_merged(struct store *st, const struct remind_sender *s,
			   const struct reminder *rs, size_t n, wtime now, GError **err);

/* One pass at `now`: every reminder of the plan not sent yet (those of one
 * subject as one notification, where the sender can), then the
 * snoozed ones whose time has come.  Stops at the first failure (false,
 * *err): what was sent stays sent, the rest waits for the next pass.
 * *has_next and *next are lowered to when a snoozed reminder can come
 * next. */
bool remind_send_pass(struct store *st, const struct config *cfg, const struct remind_plan *p,
		      wtime now, const struct remind_sender *s, bool *has_next, wtime *next,
		      GError **err);

/* Snoozes the reminder `key` (a snooze key snoozes its event again) for
 * REMIND_SNOOZE_SECONDS from `now`, or until the quiet hours then end.
 * The snooze is kept on the reminder's row, not in the process that asked
 * for it: it outlives a restart of the daemon, and a one-off run shows it
 * too.  *until: when it will be shown again. */
bool remind_snooze(struct store *st, const struct config *cfg, const char *key, wtime now,
		   wtime *until, GError **err);

#endif

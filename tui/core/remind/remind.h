/* SPDX-License-Identifier: GPL-3.0-or-later */
/* remind.h - which desktop reminders are due, and when the next one can be.
 *
 * Pure functions: they read the history (loaded as for the advice), the
 * settings and the advice at `now`, and never do I/O.  Sending, and
 * remembering what was sent, is remind/send.h's (for knead remind).
 *
 * Every reminder names one event with a stable key, so that it is sent once
 * however often the reminders are computed:
 *
 *   checkin:DAY                   nothing logged (no run, no soreness) on DAY
 *                                 by the configured check-in time
 *   booking-due:DATE              knead next became due (DATE: its date)
 *   booking-overdue:LAST          the rhythm since the massage of LAST has
 *                                 passed: said once per massage, not daily
 *   booked:DATE                   a session booked for DATE, the day before
 *                                 (with the advice's warning about it, if any)
 *   race-window:ID:DATE           the no-deep-tissue window of an A or B race
 *                                 starts (ADVICE_WINDOW_DAYS before it)
 *   after-run:ID                  the morning after a long run or a race
 *   after-race:ID:DATE            the same for a race of the calendar on a
 *                                 day with no long run or race logged
 *   professional:REGION:SIDE:DAY  a region entered see_professional; DAY is
 *                                 the first day of that spell of soreness
 *
 * A reminder has a nominal time (the check-in time, or REMIND_MORNING_MINUTE
 * of its day) and lapses when it is no longer worth sending (the next
 * check-in, the day is over, the race has been run).  Nothing is due during
 * quiet hours: what falls due in them, or was due before them and not sent,
 * is held until they end.
 */
#ifndef KNEAD_REMIND_H
#define KNEAD_REMIND_H

#include <stdbool.h>
#include <stddef.h>
#include "core/advice/advice.h"
#include "core/model.h"
#include "core/settings.h"

/* Reminders about a day (booking, race window, after a run) come in the
 * morning, not at midnight; quiet hours may hold them later. */
#define REMIND_MORNING_MINUTE (7 * 60)
/* How long a snoozed reminder waits. */
#define REMIND_SNOOZE_SECONDS 3600

struct reminder {
	enum reminder_kind kind;
	char *key;   /* the event, e.g. "checkin:2026-11-23" */
	char *title; /* translated, plain text */
	char *body;  /* translated, plain text (no markup) */
	wtime due;   /* when it fell due: nominal time, after quiet hours */
	wtime lapse; /* not worth sending from then on */
};

/* The reminders due at `now` (due <= now < lapse, now outside quiet
 * hours), earliest first, of the kinds the settings enable.  `adv` is
 * advice_next(h, now); without it (NULL) there are no booking or
 * professional reminders.  Free with reminders_free. */
struct reminder *remind_due(const struct history *h, const struct config *cfg,
			    const struct advice *adv, wtime now, size_t *n);
void reminders_free(struct reminder *r, size_t n);

/* The earliest time after `now` at which a reminder can fall due if the
 * history does not change: false when none can (every kind disabled).  The
 * advice can change with the date, so mornings count while booking or
 * professional reminders are on. */
bool remind_next_wakeup(const struct history *h, const struct config *cfg, wtime now,
			wtime *out);

/* Each kind of reminder: what of it is due (added to the list), and the
 * times it can next fall due (each offered to the wake-up).  remind_due
 * and remind_next_wakeup go through this table, indexed by the kind, so
 * that a kind cannot be sent without the daemon waking up for it. */
struct remind_due_list;
struct remind_wakeup;
struct remind_kind {
	void (*due)(struct remind_due_list *dl, const struct history *h,
		    const struct advice *adv, dayno today);
	void (*wakeup)(struct remind_wakeup *w, const struct history *h);
};
extern const struct remind_kind remind_kinds[REMINDER_KIND_COUNT];

/* Quiet hours: whether `t` falls inside them, and the time a reminder due at
 * `t` may be shown (the end of the quiet hours it falls in, else t).  Quiet
 * hours may cross midnight (22:00-08:00); start == end means none. */
bool remind_is_quiet(const struct config *cfg, wtime t);
wtime remind_release(const struct config *cfg, wtime t);

/* Snoozes.  A snoozed reminder waits until a time and is then shown again,
 * with the text it would have then, under the key "snooze:TIME|KEY" (TIME:
 * when its snooze ended) so that each snooze is shown once.  (The store
 * keeps a snooze on the reminder's row: store_snooze_set.) */
enum remind_snooze_fate {
	SNOOZE_WAIT, /* not yet: *at is when it may be shown */
	SNOOZE_SEND, /* due[*index] is the reminder to show again */
	SNOOZE_DROP, /* no longer due (done, lapsed or turned off): forget it */
};

/* What the reminder KEY, snoozed until `until`, becomes at `now`, given the
 * reminders due then (remind_due).  Quiet hours hold it like any other. */
enum remind_snooze_fate remind_snooze_fate(const struct reminder *due, size_t n,
					   const struct config *cfg, const char *key,
					   wtime until, wtime now, size_t *index, wtime *at);
/* The key a snoozed reminder is shown again under, "snooze:TIME|KEY"
 * (g_free it); and the event any reminder key names: KEY for a snooze key,
 * the key itself otherwise (a pointer into `key`). */
char *remind_snooze_key(const char *key, wtime until);
const char *remind_event_key(const char *key);


#endif

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* remind/send.c - delivering reminders (see remind/send.h). */
#include <string.h>
#include "core/advice/advice_history.h"
#include "core/remind/followup.h"
#include "core/remind/send.h"
#include "core/store/selfcare_done.h"

/* The item a self-care reminder names ("selfcare:DAY:ITEM"), or NULL. */
static const char *selfcare_item(const struct reminder *r)
{
	const char *key = remind_event_key(r->key);
	const char *item;

	if (r->kind != REMINDER_SELFCARE || !g_str_has_prefix(key, "selfcare:"))
		return NULL;
	item = strchr(key + strlen("selfcare:"), ':');
	return item ? item + 1 : NULL;
}

/* A self-care reminder for an item already ticked today says nothing new:
 * it is dropped (no nagging).  Without the ticks, nothing is dropped. */
static void drop_ticked(struct store *st, wtime now, struct remind_plan *p)
{
	dayno today = wtime_day(now);
	struct selfcare_tick *t = NULL;
	size_t n = 0, kept = 0;

	if (!st || !store_selfcare_done_list(st, today, today, &t, &n, NULL))
		return;
	for (size_t i = 0; i < p->n_due; i++) {
		const char *item = selfcare_item(&p->due[i]);
		bool ticked = false;

		for (size_t j = 0; item && j < n; j++)
			ticked = ticked || strcmp(t[j].item, item) == 0;
		if (ticked) {
			g_free(p->due[i].key);
			g_free(p->due[i].title);
			g_free(p->due[i].body);
		} else {
			p->due[kept++] = p->due[i];
		}
	}
	p->n_due = kept;
	selfcare_ticks_free(t, n);
}

bool remind_plan_make(struct store *st, const struct config *cfg, wtime now,
		      struct remind_plan *p, GError **err)
{
	struct history h;
	struct advice adv;

	memset(p, 0, sizeof(*p));
	if (!advice_load(st, cfg, now, &h, &adv, err))
		return false;
	p->due = remind_due(&h, cfg, &adv, now, &p->n_due);
	drop_ticked(st, now, p);
	p->has_wakeup = remind_next_wakeup(&h, cfg, now, &p->wakeup);
	advice_clear(&adv);
	history_clear(&h);
	return true;
}

void remind_plan_clear(struct remind_plan *p)
{
	reminders_free(p->due, p->n_due);
	memset(p, 0, sizeof(*p));
}

bool remind_was_sent(struct store *st, const char *key)
{
	GError *e = NULL;
	bool sent = store_reminder_was_sent(st, key, &e);

	g_clear_error(&e);
	return sent;
}

bool remind_deliver(struct store *st, const struct remind_sender *s, const struct reminder *r,
		    wtime now, bool *sent, GError **err)
{
	bool claimed = false;

	*sent = false;
	if (s->open && !s->open(s->data, err))
		return false;
	/* The claim is its own transaction, committed before the send. */
	if (!store_reminder_mark_sent(st, r->key, reminder_kind_id(r->kind), now, &claimed, err))
		return false;
	if (!claimed)
		return true;
	if (!s->show(s->data, r, err)) {
		GError *e = NULL;

		if (!store_reminder_release(st, r->key, &e))
			g_error_free(e); /* the first error says more */
		return false;
	}
	*sent = true;
	return true;
}

bool remind_deliver_merged(struct store *st, const struct remind_sender *s,
			   const struct reminder *rs, size_t n, wtime now, GError **err)
{
	GArray *claimed = g_array_new(FALSE, FALSE, sizeof(struct reminder));
	bool ok = true;

	if (s->open && !s->open(s->data, err)) {
		g_array_free(claimed, TRUE);
		return false;
	}
	for (size_t i = 0; i < n && ok; i++) {
		bool mine = false;

		ok = store_reminder_mark_sent(st, rs[i].key, reminder_kind_id(rs[i].kind), now,
					      &mine, err);
		if (ok && mine)
			g_array_append_val(claimed, rs[i]);
	}
	if (ok && claimed->len > 0)
		ok = claimed->len == 1
			     ? s->show(s->data, &g_array_index(claimed, struct reminder, 0), err)
			     : s->show_merged(s->data, (const struct reminder *)claimed->data,
					      claimed->len, err);
	if (!ok) {
		for (guint i = 0; i < claimed->len; i++) {
			GError *e = NULL;

			if (!store_reminder_release(st, g_array_index(claimed, struct reminder, i).key,
						    &e))
				g_error_free(e); /* the first error says more */
		}
	}
	g_array_free(claimed, TRUE);
	return ok;
}

/* The due reminders not sent yet, those of one subject together: a
 * booking prompt and the morning after a run that come at once are one
 * notification, not a burst. */
static bool send_due_merged(struct store *st, const struct remind_plan *p, wtime now,
			    const struct remind_sender *s, GError **err)
{
	bool *taken = g_new0(bool, p->n_due);
	GArray *group = g_array_new(FALSE, FALSE, sizeof(struct reminder));
	bool ok = true;

	for (size_t i = 0; i < p->n_due && ok; i++) {
		const char *subject = followup_subject(&p->due[i]);

		if (taken[i])
			continue;
		g_array_set_size(group, 0);
		for (size_t j = i; j < p->n_due; j++) {
			const char *other = followup_subject(&p->due[j]);

			if (taken[j] || (j > i && (!subject || g_strcmp0(subject, other) != 0)))
				continue;
			taken[j] = true;
			if (!remind_was_sent(st, p->due[j].key))
				g_array_append_val(group, p->due[j]);
		}
		if (group->len > 0)
			ok = remind_deliver_merged(st, s, (const struct reminder *)group->data,
						   group->len, now, err);
	}
	g_array_free(group, TRUE);
	g_free(taken);
	return ok;
}

static bool send_due(struct store *st, const struct remind_plan *p, wtime now,
		     const struct remind_sender *s, GError **err)
{
	if (st && s->show_merged && !s->dry_run)
		return send_due_merged(st, p, now, s, err);
	for (size_t i = 0; i < p->n_due; i++) {
		const struct reminder *r = &p->due[i];
		bool sent;

		if (st && remind_was_sent(st, r->key))
			continue;
		if (s->dry_run ? !s->show(s->data, r, err)
			       : !remind_deliver(st, s, r, now, &sent, err))
			return false;
	}
	return true;
}

/* A snoozed reminder whose time has come, shown again under its snooze
 * key with the text it has now (r), then unsnoozed: a stop between the two
 * finds it shown, and only unsnoozes it. */
static bool send_snoozed(struct store *st, const struct remind_sender *s,
			 const struct reminder *r, const char *key, wtime until, wtime at,
			 wtime now, GError **err)
{
	struct reminder again = *r;
	bool ok, sent;

	again.key = remind_snooze_key(key, until);
	again.due = at; /* when its snooze ended */
	if (remind_was_sent(st, again.key))
		ok = s->dry_run || store_snooze_end(st, key, err);
	else if (s->dry_run)
		ok = s->show(s->data, &again, err);
	else
		ok = remind_deliver(st, s, &again, now, &sent, err) &&
		     store_snooze_end(st, key, err);
	g_free(again.key);
	return ok;
}

static bool send_snoozes(struct store *st, const struct config *cfg,
			 const struct remind_plan *p, wtime now, const struct remind_sender *s,
			 bool *has_next, wtime *next, GError **err)
{
	char **keys;
	wtime *until;
	size_t n;
	bool ok = true;

	if (!store_snoozes_list(st, &keys, &until, &n, err))
		return false;
	for (size_t i = 0; i < n && ok; i++) {
		size_t k;
		wtime at;

		switch (remind_snooze_fate(p->due, p->n_due, cfg, keys[i], until[i], now, &k, &at)) {
		case SNOOZE_WAIT:
			if (!*has_next || at < *next)
				*next = at;
			*has_next = true;
			break;
		case SNOOZE_DROP:
			ok = s->dry_run || store_snooze_end(st, keys[i], err);
			break;
		case SNOOZE_SEND:
			ok = send_snoozed(st, s, &p->due[k], keys[i], until[i], at, now, err);
			break;
		}
	}
	for (size_t i = 0; i < n; i++)
		g_free(keys[i]);
	g_free(keys);
	g_free(until);
	return ok;
}

bool remind_send_pass(struct store *st, const struct config *cfg, const struct remind_plan *p,
		      wtime now, const struct remind_sender *s, bool *has_next, wtime *next,
		      GError **err)
{
	if (!send_due(st, p, now, s, err))
		return false;
	/* No database yet (a dry run): nothing was ever snoozed. */
	return !st || send_snoozes(st, cfg, p, now, s, has_next, next, err);
}

bool remind_snooze(struct store *st, const struct config *cfg, const char *key, wtime now,
		   wtime *until, GError **err)
{
	*until = remind_release(cfg, now + REMIND_SNOOZE_SECONDS);
	return store_snooze_set(st, remind_event_key(key), *until, err);
}

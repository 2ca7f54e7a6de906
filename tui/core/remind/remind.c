/* SPDX-License-Identifier: GPL-3.0-or-later */
/* remind.c - which reminders are due at a given time (see remind.h). */
#include <inttypes.h>
#include <string.h>
#include <glib.h>
#include "core/advice/baseline.h"
#include "core/store/checkin.h"
#include "core/clock.h"
#include "core/format.h"
#include "core/i18n.h"
#include "core/advice/phase.h"
#include "core/regions.h"
#include "core/remind/remind.h"
#include "core/sanitize.h"
#include "core/selfcare/selfcare.h"

/* Focus regions named in a booking reminder: a notification is read at a
 * glance, the full list is in knead next. */
#define BOOKING_FOCUS_NAMED 3

static const char *const weekday_names[7] = {
	N_("Monday"), N_("Tuesday"), N_("Wednesday"), N_("Thursday"),
	N_("Friday"), N_("Saturday"), N_("Sunday"),
};

static const char *weekday_name(dayno d)
{
	return _(weekday_names[day_weekday(d)]);
}

/* "Sunday 2026-11-29". */
static char *day_label(dayno d)
{
	char buf[DATE_BUF];

	/* TRANSLATORS: a weekday and a date, e.g. "Sunday 2026-11-29". */
	return g_strdup_printf(_("%s %s"), weekday_name(d), day_format(d, buf));
}

/* --- quiet hours --------------------------------------------------------- */

static int minute_of_day(wtime t)
{
	return (int)((t - day_start(wtime_day(t))) / 60);
}

bool remind_is_quiet(const struct config *cfg, wtime t)
{
	int start = cfg->quiet_start_minute, end = cfg->quiet_end_minute;
	int m = minute_of_day(t);

	if (start == end)
		return false;
	if (start < end)
		return m >= start && m < end;
	return m >= start || m < end; /* crosses midnight */
}

wtime remind_release(const struct config *cfg, wtime t)
{
	dayno d = wtime_day(t);
	int end = cfg->quiet_end_minute;

	if (!remind_is_quiet(cfg, t))
		return t;
	/* Inside the hours: they end today at `end`, unless they started
	 * before midnight and end tomorrow. */
	if (minute_of_day(t) >= end)
		d++;
	return day_start(d) + (wtime)end * 60;
}

/* --- the candidates and their wake-ups ------------------------------------ */

/* The earliest time after `now` a reminder can fall due, as each kind's
 * wake-up function finds its candidates. */
struct remind_wakeup {
	const struct config *cfg;
	wtime now;
	bool found;
	wtime best;
};

static void consider(struct remind_wakeup *w, wtime nominal)
{
	wtime t = remind_release(w->cfg, nominal);

	if (t > w->now && (!w->found || t < w->best)) {
		w->best = t;
		w->found = true;
	}
}

struct remind_due_list {
	const struct config *cfg;
	wtime now;
	GArray *items; /* struct reminder */
};

/* Whether a reminder with this nominal time and lapse is due now; its due
 * time (after quiet hours) goes to *due.  (Only enabled kinds are asked:
 * remind_due.) */
static bool falls_due(const struct remind_due_list *dl, wtime nominal, wtime lapse, wtime *due)
{
	*due = remind_release(dl->cfg, nominal);
	/* One that fell due earlier but was not sent (the machine was off)
	 * waits for the end of the quiet hours too. */
	return *due <= dl->now && dl->now < lapse && *due < lapse &&
	       !remind_is_quiet(dl->cfg, dl->now);
}

/* Takes ownership of key, title and body. */
static void add(struct remind_due_list *dl, enum reminder_kind kind, wtime due, wtime lapse,
		char *key, char *title, char *body)
{
	struct reminder r = {
		.kind = kind,
		.key = key,
		.title = sanitize_text(title),
		.body = sanitize_text(body),
		.due = due,
		.lapse = lapse,
	};

	g_free(title);
	g_free(body);
	g_array_append_val(dl->items, r);
}

static wtime checkin_nominal(const struct config *cfg, dayno d)
{
	return day_start(d) + (wtime)cfg->checkin_minute * 60;
}

/* The check-in of day d stands until d is over: held by quiet hours, or
 * missed while the machine was off, it must not come the next morning as
 * if it were that day's. */
static wtime checkin_lapse(const struct config *cfg, dayno d)
{
	(void)cfg;
	return day_start(d + 1);
}

static void checkin_due(struct remind_due_list *dl, const struct history *h,
			const struct advice *adv, dayno today)
{
	char buf[DATE_BUF];

	(void)adv;
	for (dayno d = today - 1; d <= today; d++) {
		wtime lapse = checkin_lapse(dl->cfg, d), due;
		char *label;

		if (!falls_due(dl, checkin_nominal(dl->cfg, d), lapse, &due) ||
		    checkin_done_on(h, d))
			continue;
		label = day_label(d);
		add(dl, REMINDER_CHECKIN, due, lapse,
		    g_strdup_printf("checkin:%s", day_format(d, buf)),
		    g_strdup(_("Time for your knead check-in")),
		    g_strdup_printf(_("Nothing logged for %s yet: log your run and what is sore "
				      "(open knead, or use knead log)."),
				    label));
		g_free(label);
	}
}

/* Today's and tomorrow's check-in time, unless logged already or held by
 * the quiet hours past its day (a check-in lapses at midnight). */
static void checkin_wakeup(struct remind_wakeup *w, const struct history *h)
{
	dayno today = wtime_day(w->now);

	for (dayno d = today; d <= today + 1; d++)
		if (!checkin_done_on(h, d) &&
		    remind_release(w->cfg, checkin_nominal(w->cfg, d)) < checkin_lapse(w->cfg, d))
			consider(w, checkin_nominal(w->cfg, d));
}

static wtime morning(dayno d)
{
	return day_start(d) + (wtime)REMIND_MORNING_MINUTE * 60;
}

/* The earliest massage dated on or after `from`, or NULL. */
static const struct massage *massage_from(const struct history *h, dayno from)
{
	const struct massage *found = NULL;

	for (size_t i = 0; i < h->n_massages; i++) {
		const struct massage *m = &h->massages[i];
		if (m->date >= from && (!found || m->date < found->date))
			found = m;
	}
	return found;
}

/* "left calf, right hamstring" (the first few focus regions), or NULL. */
static char *focus_names(const struct advice *adv)
{
	GString *s;

	if (adv->n_focus == 0)
		return NULL;
	s = g_string_new(NULL);
	for (size_t i = 0; i < adv->n_focus && i < BOOKING_FOCUS_NAMED; i++) {
		char *name = region_side_name(adv->focus[i].region, adv->focus[i].side);
		if (i > 0)
			/* TRANSLATORS: between two items of a list. */
			g_string_append(s, _(", "));
		g_string_append(s, name);
		g_free(name);
	}
	return g_string_free(s, FALSE);
}

/* "Suggested: sports massage on Monday 2026-11-30, focus: left calf.
 * Book with Marie (514-555-0100)." */
static char *booking_text(const struct config *cfg, const struct advice *adv)
{
	char *label = day_label(adv->date);
	char *focus = focus_names(adv);
	char *therapist = cfg->therapist_name ? sanitize_text(cfg->therapist_name) : NULL;
	char *phone = cfg->therapist_phone ? sanitize_text(cfg->therapist_phone) : NULL;
	GString *s = g_string_new(NULL);

	char *kind = advice_plan_kind_text(adv);

	if (focus)
		/* TRANSLATORS: "Suggested: sports massage on Monday 2026-11-30, focus: left calf." */
		g_string_append_printf(s, _("Suggested: %s on %s, focus: %s."), kind, label, focus);
	else
		/* TRANSLATORS: "Suggested: sports massage on Monday 2026-11-30." */
		g_string_append_printf(s, _("Suggested: %s on %s."), kind, label);
	g_free(kind);
	if (therapist && phone)
		g_string_append_printf(s, _(" Book with %s (%s)."), therapist, phone);
	else if (therapist)
		g_string_append_printf(s, _(" Book with %s."), therapist);
	g_free(label);
	g_free(focus);
	g_free(therapist);
	g_free(phone);
	return g_string_free(s, FALSE);
}

/* The day before a booked session: a word about it, and about what to
 * tell the therapist when the advice sees a problem with it. */
static void add_booked_tomorrow(struct remind_due_list *dl, const struct advice *adv,
				dayno today)
{
	char buf[DATE_BUF];
	wtime lapse = day_start(today + 1), due;
	char *label, *regions, *text, *kind;

	if (!adv->has_booking || adv->booked_date != today + 1 ||
	    !falls_due(dl, morning(today), lapse, &due))
		return;
	label = day_label(adv->booked_date);
	regions = advice_booked_regions(adv);
	kind = advice_booked_kind_text(adv);
	if (regions)
		/* TRANSLATORS: "Booked for Tuesday 2026-12-01: sports massage (left calf)." */
		text = g_strdup_printf(_("Booked for %s: %s (%s)."), label, kind, regions);
	else
		/* TRANSLATORS: "Booked for Tuesday 2026-12-01: sports massage." */
		text = g_strdup_printf(_("Booked for %s: %s."), label, kind);
	g_free(kind);
	if (adv->booking_warning) {
		char *both = g_strdup_printf("%s %s", text, adv->booking_warning);

		g_free(text);
		text = both;
	}
	add(dl, REMINDER_BOOKING, due, lapse,
	    g_strdup_printf("booked:%s", day_format(adv->booked_date, buf)),
	    g_strdup(adv->booking_warning ? _("Your massage tomorrow: a word with your therapist")
					  : _("Your massage is tomorrow")),
	    text);
	g_free(label);
	g_free(regions);
}

static void booking_due(struct remind_due_list *dl, const struct history *h,
			const struct advice *adv, dayno today)
{
	char buf[DATE_BUF];
	wtime lapse = day_start(today + 1), due;
	char *text;

	if (!adv)
		return;
	add_booked_tomorrow(dl, adv, today);
	/* A session already booked (a massage dated after today) answers it. */
	if (massage_from(h, today + 1))
		return;
	if (!falls_due(dl, morning(today), lapse, &due))
		return;
	if (adv->urgency == URGENCY_OVERDUE && adv->has_last_massage) {
		char *last = day_label(adv->last_massage);
		int ago = today - adv->last_massage;

		text = booking_text(dl->cfg, adv);
		add(dl, REMINDER_BOOKING, due, lapse,
		    g_strdup_printf("booking-overdue:%s", day_format(adv->last_massage, buf)),
		    g_strdup(_("Your next massage is overdue")),
		    g_strdup_printf(ngettext("Last massage on %s, %d day ago. %s",
					     "Last massage on %s, %d days ago. %s", ago),
				    last, ago, text));
		g_free(last);
		g_free(text);
	} else if (adv->urgency == URGENCY_DUE || adv->urgency == URGENCY_OVERDUE) {
		text = booking_text(dl->cfg, adv);
		add(dl, REMINDER_BOOKING, due, lapse,
		    g_strdup_printf("booking-due:%s", day_format(adv->date, buf)),
		    g_strdup(_("Time to book a massage")), text);
	}
}

/* The advice can change with the date: every morning from yesterday's
 * (quiet hours may hold it into today) to tomorrow's counts. */
static void mornings_wakeup(struct remind_wakeup *w, const struct history *h)
{
	dayno today = wtime_day(w->now);

	(void)h;
	for (dayno d = today - 1; d <= today + 1; d++)
		consider(w, morning(d));
}

static void race_due(struct remind_due_list *dl, const struct history *h,
		     const struct advice *adv, dayno today)
{
	char buf[DATE_BUF];

	(void)adv;
	for (size_t i = 0; i < h->n_races; i++) {
		const struct race *r = &h->races[i];
		dayno from, to;
		wtime lapse = day_start(r->date + 1), due;
		char *name, *label;

		if (!advice_race_window(r, &from, &to))
			continue;
		if (today < from || today > r->date ||
		    !falls_due(dl, morning(from), lapse, &due))
			continue;
		name = sanitize_text(r->name);
		label = day_label(r->date);
		add(dl, REMINDER_RACE, due, lapse,
		    g_strdup_printf("race-window:%" PRId64 ":%s", r->id, day_format(r->date, buf)),
		    /* TRANSLATORS: %s is the race's name. */
		    g_strdup_printf(_("Race window: %s"), name),
		    /* TRANSLATORS: "Race on Sunday 2026-11-29: no deep tissue from Friday to
		     * Tuesday; a light flush is fine." */
		    g_strdup_printf(_("Race on %s: no deep tissue from %s to %s; a light flush is "
				      "fine."),
				    label, weekday_name(from), weekday_name(to)));
		g_free(name);
		g_free(label);
	}
}

/* The mornings of a key race's window from yesterday to tomorrow, and the
 * first morning of every window ahead. */
static void race_wakeup(struct remind_wakeup *w, const struct history *h)
{
	dayno today = wtime_day(w->now);

	for (size_t i = 0; i < h->n_races; i++) {
		const struct race *r = &h->races[i];
		dayno from, to;

		if (!advice_race_window(r, &from, &to))
			continue;
		for (dayno d = today - 1; d <= today + 1; d++)
			if (d >= from && d <= r->date)
				consider(w, morning(d));
		consider(w, morning(from));
	}
}

/* The second half of the morning-after text: a planned session, or the
 * advice to book a flush. */
static char *after_run_plan(const struct history *h, const struct advice *adv, dayno today)
{
	const struct massage *m = massage_from(h, today);
	char *label, *s, *kind;

	if (!m)
		return g_strdup(_("No massage is planned: book a light flush for the next day or "
				  "two."));
	label = day_label(m->date);
	/* TRANSLATORS: "Your light flush on Tuesday 2026-11-24 is planned." */
	/* The booking as the gate leaves it (its safe kind). */
	kind = adv && adv->has_booking && adv->booked_date == m->date
		       ? advice_booked_kind_text(adv)
		       : g_strdup(massage_kind_name(m->kind));
	s = g_strdup_printf(_("Your %s on %s is planned."), kind, label);
	g_free(kind);
	g_free(label);
	return s;
}

static void after_run_due(struct remind_due_list *dl, const struct history *h,
			  const struct advice *adv, dayno today)
{
	const dayno yesterday = today - 1;
	wtime lapse = day_start(today + 1), due;
	bool long_run = false;
	char buf[DATE_BUF];

	(void)adv;
	if (!falls_due(dl, morning(today), lapse, &due))
		return;
	for (size_t i = 0; i < h->n_runs; i++) {
		const struct run *r = &h->runs[i];
		char *dist, *plan;

		if (wtime_day(r->start) != yesterday || !run_is_long(h, r))
			continue;
		long_run = true;
		dist = format_distance(r->distance_m, dl->cfg->units);
		plan = after_run_plan(h, adv, today);
		add(dl, REMINDER_AFTER_RUN, due, lapse,
		    g_strdup_printf("after-run:%" PRId64, r->id),
		    g_strdup(r->kind == RUN_RACE ? _("The morning after your race")
						 : _("The morning after your long run")),
		    /* TRANSLATORS: the first %s is a distance ("32.00 km"), the second
		     * says whether a massage is planned. */
		    g_strdup_printf(r->kind == RUN_RACE
					    ? _("Yesterday's race (%s): soreness peaks over the next "
						"two days. Keep moving lightly, a walk or an easy "
						"spin. %s")
					    : _("Yesterday's long run (%s): soreness peaks over the "
						"next two days. Keep moving lightly, a walk or an easy "
						"spin. %s"),
				    dist, plan));
		g_free(dist);
		g_free(plan);
	}
	if (long_run)
		return;
	/* A race of the calendar run yesterday without a long run logged: the
	 * legs still know about it. */
	for (size_t i = 0; i < h->n_races; i++) {
		const struct race *r = &h->races[i];
		char *name, *plan;

		if (r->date != yesterday)
			continue;
		name = sanitize_text(r->name);
		plan = after_run_plan(h, adv, today);
		add(dl, REMINDER_AFTER_RUN, due, lapse,
		    g_strdup_printf("after-race:%" PRId64 ":%s", r->id, day_format(r->date, buf)),
		    g_strdup(_("The morning after your race")),
		    /* TRANSLATORS: %1$s is the race's name, %2$s says whether a massage is
		     * planned. */
		    g_strdup_printf(_("%1$s yesterday: soreness peaks over the next two days. "
				      "Keep moving lightly, a walk or an easy spin. %2$s"),
				    name, plan));
		g_free(name);
		g_free(plan);
	}
}

/* The morning after every long run and every race. */
static void after_run_wakeup(struct remind_wakeup *w, const struct history *h)
{
	for (size_t i = 0; i < h->n_runs; i++)
		if (run_is_long(h, &h->runs[i]))
			consider(w, morning(wtime_day(h->runs[i].start) + 1));
	for (size_t i = 0; i < h->n_races; i++)
		consider(w, morning(h->races[i].date + 1));
}

/* The first day of the current spell of soreness of a region: entries
 * (level 1 or more) no more than ADVICE_SORE_DAYS apart, back from the
 * last one.  It names the referral's event, so that a region referred day
 * after day is reminded once per spell. */
static dayno spell_start(const struct history *h, enum region region, enum side side,
			 dayno today)
{
	bool found = false;
	dayno start = today;

	for (size_t i = h->n_soreness; i-- > 0;) {
		const struct soreness *s = &h->soreness[i];
		dayno d = wtime_day(s->time);

		if (s->region != region || (side != SIDE_NONE && s->side != side) || d > today)
			continue;
		if (!found) {
			if (s->level == 0)
				continue;
			found = true;
			start = d;
			continue;
		}
		if (s->level == 0 || start - d > ADVICE_SORE_DAYS)
			break;
		start = d;
	}
	return start;
}

static void professional_due(struct remind_due_list *dl, const struct history *h,
			     const struct advice *adv, dayno today)
{
	wtime lapse = day_start(today + 1), due;
	char buf[DATE_BUF];

	if (!adv || !falls_due(dl, morning(today), lapse, &due))
		return;
	for (size_t i = 0; i < adv->n_see_professional; i++) {
		const struct advice_referral *ref = &adv->see_professional[i];
		const char *side = side_id(ref->side);
		char *name;
		dayno first;

		/* Seen already: nothing to remind. */
		if (ref->assessed)
			continue;
		name = region_side_name(ref->region, ref->side);
		first = spell_start(h, ref->region, ref->side, today);

		add(dl, REMINDER_PROFESSIONAL, due, lapse,
		    g_strdup_printf("professional:%s:%s:%s", region_id(ref->region),
				    side ? side : "none", day_format(first, buf)),
		    /* TRANSLATORS: %s is a body region, e.g. "left calf". */
		    g_strdup_printf(_("See a professional about your %s"), name),
		    ref->rising
			    /* TRANSLATORS: "Getting worse for 6 days, now at 5/10: pain that
			     * keeps rising in your left calf is ..." */
			    ? g_strdup_printf(ngettext("Getting worse for %d day, now at %d/10: pain "
						       "that keeps rising in your %s is a question "
						       "for a physiotherapist or a doctor, not for "
						       "a massage.",
						       "Getting worse for %d days, now at %d/10: pain "
						       "that keeps rising in your %s is a question "
						       "for a physiotherapist or a doctor, not for "
						       "a massage.",
						       ref->days),
					      ref->days, ref->level, name)
			    /* TRANSLATORS: "Level 8/10, 4 days running: persistent or sharp
			     * pain in your left calf is ..." */
			    : g_strdup_printf(ngettext("Level %d/10, %d day running: persistent or "
						       "sharp pain in your %s is a question for a "
						       "physiotherapist or a doctor, not for a "
						       "massage.",
						       "Level %d/10, %d days running: persistent or "
						       "sharp pain in your %s is a question for a "
						       "physiotherapist or a doctor, not for a "
						       "massage.",
						       ref->days),
					      ref->level, ref->days, name));
		g_free(name);
	}
}

/* The evening self-care reminder: off unless [reminders] selfcare sets a
 * time.  It names the plan's first item, once a day (its key holds the day
 * and the item), and lapses at midnight like the check-in.  Without a plan
 * (nothing sore, nothing hard) there is nothing to say. */
static wtime selfcare_nominal(const struct config *cfg, dayno d)
{
	return day_start(d) + (wtime)cfg->selfcare_minute * 60;
}

static void selfcare_due(struct remind_due_list *dl, const struct history *h,
			 const struct advice *adv, dayno today)
{
	struct selfcare_plan p = { 0 };
	char buf[DATE_BUF];
	wtime lapse = day_start(today + 1), due;

	(void)adv;
	if (dl->cfg->selfcare_minute < 0 ||
	    !falls_due(dl, selfcare_nominal(dl->cfg, today), lapse, &due))
		return;
	selfcare_plan_from_history(h, NULL, 0, dl->now, &p);
	if (p.n_items > 0) {
		const struct selfcare_item *it = &p.items[0];
		char *place = selfcare_item_place(it);
		char *what = place ? g_strdup_printf(_("%s, %s"), selfcare_action_name(it->action),
						     place)
				   : g_strdup(selfcare_action_name(it->action));

		add(dl, REMINDER_SELFCARE, due, lapse,
		    g_strdup_printf("selfcare:%s:%s", day_format(today, buf), it->id),
		    g_strdup(_("Tonight's self-care")),
		    /* TRANSLATORS: the self-care reminder: the first item of the
		     * plan and its dose: "Roll, right calf: light pressure...". */
		    g_strdup_printf(_("%s: %s."), what, it->dose));
		g_free(what);
		g_free(place);
	}
	selfcare_plan_clear(&p);
}

static void selfcare_wakeup(struct remind_wakeup *w, const struct history *h)
{
	dayno today = wtime_day(w->now);

	(void)h;
	if (w->cfg->selfcare_minute < 0)
		return;
	for (dayno d = today; d <= today + 1; d++)
		if (remind_release(w->cfg, selfcare_nominal(w->cfg, d)) < day_start(d + 1))
			consider(w, selfcare_nominal(w->cfg, d));
}

const struct remind_kind remind_kinds[REMINDER_KIND_COUNT] = {
	[REMINDER_CHECKIN] = { checkin_due, checkin_wakeup },
	[REMINDER_BOOKING] = { booking_due, mornings_wakeup },
	[REMINDER_RACE] = { race_due, race_wakeup },
	[REMINDER_AFTER_RUN] = { after_run_due, after_run_wakeup },
	[REMINDER_PROFESSIONAL] = { professional_due, mornings_wakeup },
	[REMINDER_SELFCARE] = { selfcare_due, selfcare_wakeup },
};

static gint by_due(gconstpointer a, gconstpointer b)
{
	const struct reminder *x = a, *y = b;

	if (x->due != y->due)
		return x->due < y->due ? -1 : 1;
	return strcmp(x->key, y->key);
}

struct reminder *remind_due(const struct history *h, const struct config *cfg,
			    const struct advice *adv, wtime now, size_t *n)
{
	struct remind_due_list dl = {
		.cfg = cfg,
		.now = now,
		.items = g_array_new(FALSE, TRUE, sizeof(struct reminder)),
	};
	dayno today = wtime_day(now);

	for (int k = 0; k < REMINDER_KIND_COUNT; k++)
		if (cfg->reminder_enabled[k])
			remind_kinds[k].due(&dl, h, adv, today);
	g_array_sort(dl.items, by_due);
	*n = dl.items->len;
	return (struct reminder *)g_array_free(dl.items, FALSE);
}

void reminders_free(struct reminder *r, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		g_free(r[i].key);
		g_free(r[i].title);
		g_free(r[i].body);
	}
	g_free(r);
}

/* --- the next wake-up ---------------------------------------------------- */

bool remind_next_wakeup(const struct history *h, const struct config *cfg, wtime now,
			wtime *out)
{
	struct remind_wakeup w = { .cfg = cfg, .now = now };
	bool any = false;

	for (int k = 0; k < REMINDER_KIND_COUNT; k++) {
		if (cfg->reminder_enabled[k]) {
			remind_kinds[k].wakeup(&w, h);
			any = true;
		}
	}
	/* Whatever is held by the quiet hours we are in comes at their end. */
	if (any && remind_is_quiet(cfg, now))
		consider(&w, remind_release(cfg, now));
	if (w.found)
		*out = w.best;
	return w.found;
}

/* --- snoozes ------------------------------------------------------------- */

enum remind_snooze_fate remind_snooze_fate(const struct reminder *due, size_t n,
					   const struct config *cfg, const char *key,
					   wtime until, wtime now, size_t *index, wtime *at)
{
	*at = remind_release(cfg, until);
	if (*at > now)
		return SNOOZE_WAIT;
	if (remind_is_quiet(cfg, now)) {
		*at = remind_release(cfg, now);
		return SNOOZE_WAIT;
	}
	/* Still due means still worth saying: a check-in made, a massage
	 * booked or a race run in the meantime ends the snooze quietly. */
	for (size_t i = 0; i < n; i++) {
		if (strcmp(due[i].key, key) == 0) {
			*index = i;
			return SNOOZE_SEND;
		}
	}
	return SNOOZE_DROP;
}

#define SNOOZE_PREFIX "snooze:"

char *remind_snooze_key(const char *key, wtime until)
{
	char when[DATETIME_BUF];

	return g_strdup_printf(SNOOZE_PREFIX "%s|%s", wtime_format(until, when), key);
}

const char *remind_event_key(const char *key)
{
	const char *bar;

	if (!g_str_has_prefix(key, SNOOZE_PREFIX) || !(bar = strchr(key, '|')))
		return key;
	return bar + 1;
}

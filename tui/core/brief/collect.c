/* SPDX-License-Identifier: GPL-3.0-or-later */
/* collect.c - the brief's one adapter to the advice engine (brief.h): the
 * gated plan knead next prints (kind after the gate, light pressure, the
 * booking's safe kind and warning), the open flags, the load figures and
 * the race windows of the gate.  Nothing else in core/brief/ calls the
 * advice. */
#include <config.h>

#include <string.h>
#include "core/advice/advice.h"
#include "core/advice/load.h"
#include "core/advice/phase.h"
#include "core/advice/advice_history.h"
#include "core/brief/brief.h"
#include "core/clock.h"
#include "core/error.h"
#include "core/i18n.h"

void brief_facts_gather(const struct history *h, wtime now, struct brief_facts *f)
{
	dayno today = wtime_day(now);
	size_t n_days = G_N_ELEMENTS(f->daily);
	struct load_figures lf;

	memset(f, 0, sizeof(*f));
	f->h = h;
	f->now = now;
	advice_next(h, now, &f->advice);
	f->sore = f->advice.sore; /* the plan's reading, not a second one */
	f->n_sore = f->advice.n_sore;
	f->flags = advice_flags(h, today, &f->n_flags);
	load_figures_compute(h, today, &lf);
	f->has_acwr = lf.has_acwr;
	f->acwr = lf.acwr;
	load_daily(h, today - (dayno)n_days + 1, n_days, f->daily);
	f->phase = phase_at(h, today, NULL);
	f->race_window = g_new0(bool, h->n_races + 1);
	f->window_from = g_new0(dayno, h->n_races + 1);
	f->window_to = g_new0(dayno, h->n_races + 1);
	for (size_t i = 0; i < h->n_races; i++) {
		/* The gate's race window: A and B races close deep work. */
		f->race_window[i] =
			advice_race_window(&h->races[i], &f->window_from[i], &f->window_to[i]);
	}
}

void brief_facts_gate_day(struct brief_facts *f, dayno day)
{
	const struct advice *a = &f->advice;
	/* The plan's session alone, on that day: no booking, no follow-up, no
	 * reasons of its own, and a focus the gate may trim in place. */
	struct advice t = *a;

	t.date = day;
	t.focus = g_new0(struct advice_focus, a->n_focus + 1);
	if (a->n_focus)
		memcpy(t.focus, a->focus, a->n_focus * sizeof *a->focus);
	t.reasons = g_new0(char *, 1);
	t.has_booking = false;
	t.booking_replaces = false;
	t.booking_warning = NULL;
	t.has_follow_up = false;
	t.light_pressure = false;
	t.n_rules = 0;
	advice_gate(f->h, &t);
	f->has_day = true;
	f->day = day;
	f->day_kind = t.kind;
	f->day_light = t.light_pressure;
	g_strfreev(t.reasons);
	g_free(t.focus);
}

void brief_facts_clear(struct brief_facts *f)
{
	advice_clear(&f->advice);
	g_free(f->flags);
	g_free(f->race_window);
	g_free(f->window_from);
	g_free(f->window_to);
	memset(f, 0, sizeof(*f));
}

void brief_from_history(const struct history *h, wtime now, const struct brief_options *opt,
			struct brief *out)
{
	struct brief_facts f;

	brief_facts_gather(h, now, &f);
	if (opt->has_for)
		brief_facts_gate_day(&f, opt->for_date);
	brief_build(&f, opt, out);
	brief_facts_clear(&f);
}

bool brief_collect(struct store *st, const struct config *cfg, wtime now,
		   const struct brief_options *opt, struct brief *out, GError **err)
{
	struct history h;

	if (opt->has_for && opt->for_date < wtime_day(now)) {
		char buf[DATE_BUF];

		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_INVALID,
			    _("\"%s\" is in the past (expected the day of a coming session)"),
			    day_format(opt->for_date, buf));
		return false;
	}
	if (!advice_history_load(st, cfg, now, &h, err))
		return false;
	brief_from_history(&h, now, opt, out);
	history_clear(&h);
	return true;
}

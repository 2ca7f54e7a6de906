/* SPDX-License-Identifier: GPL-3.0-or-later */
/* collect.c - the brief's one adapter to the advice engine (brief.h): the
 * advice knead next prints, the triage's flags, the load figures and the
 * race windows.  Nothing else in core/brief/ calls the advice. */
#include <config.h>

#include <string.h>
#include "core/advice/advice.h"
#include "core/advice/load.h"
#include "core/advice/phase.h"
#include "core/advice/store.h"
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
	f->sore = advice_soreness(h, today, &f->n_sore);
	load_figures_compute(h, today, &lf);
	f->has_acwr = lf.has_acwr;
	f->acwr = lf.acwr;
	load_daily(h, today - (dayno)n_days + 1, n_days, f->daily);
	f->phase = phase_at(h, today, NULL);
	f->race_window = g_new0(bool, h->n_races + 1);
	f->window_from = g_new0(dayno, h->n_races + 1);
	f->window_to = g_new0(dayno, h->n_races + 1);
	for (size_t i = 0; i < h->n_races; i++) {
		/* The race-window rule: A and B races close deep work. */
		if (!race_is_key(&h->races[i]))
			continue;
		f->race_window[i] = true;
		f->window_from[i] = h->races[i].date - ADVICE_WINDOW_DAYS;
		f->window_to[i] = h->races[i].date + ADVICE_WINDOW_DAYS;
	}
}

void brief_facts_clear(struct brief_facts *f)
{
	advice_clear(&f->advice);
	g_free(f->sore);
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

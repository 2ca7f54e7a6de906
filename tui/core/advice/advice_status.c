/* SPDX-License-Identifier: GPL-3.0-or-later */
/* advice_status.c - the status picture (knead status, the Status screen):
 * the training load, the phase, the next race, the last massage and the
 * soreness read once (advice_sore.c), side by side with no rule applied
 * (struct status in advice.h).  The rules that choose the next massage
 * are advice.c's. */
#include <glib.h>
#include "core/advice/advice.h"
#include "core/clock.h"

void status_compute(const struct history *h, wtime now, struct status *s)
{
	struct phase_info pi;
	dayno today = wtime_day(now);

	*s = (struct status){ .today = today };
	load_figures_compute(h, today, &s->load);
	s->phase = phase_at(h, today, &pi);
	if (pi.race) {
		s->has_race = true;
		s->race_date = pi.race->date;
		s->race_name = g_strdup(pi.race->name ? pi.race->name : "");
		s->race_distance_m = pi.race->distance_m;
		s->race_priority = pi.race->priority;
		s->days_to_race = pi.days_to_race;
	}
	for (size_t i = 0; i < h->n_massages; i++) {
		const struct massage *m = &h->massages[i];

		if (m->date <= today && (!s->has_last_massage || m->date > s->last_massage)) {
			s->has_last_massage = true;
			s->last_massage = m->date;
		}
	}
	s->soreness = advice_soreness(h, today, &s->n_soreness);
}

void status_clear(struct status *s)
{
	g_free(s->race_name);
	g_free(s->soreness);
	*s = (struct status){ 0 };
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* phase.c - the training phase from the key race (see phase.h). */
#include <string.h>
#include "core/i18n.h"
#include "core/advice/phase.h"

static const char *const phase_ids[PHASE_COUNT] = {
	"none", "base", "build", "peak", "taper", "race-week", "recovery",
};

static const char *const phase_names[PHASE_COUNT] = {
	/* TRANSLATORS: the training phase when the runner is not training. */
	N_("no training"),
	N_("base"),
	N_("build"),
	N_("peak"),
	N_("taper"),
	N_("race week"),
	N_("recovery"),
};

const char *phase_id(enum phase p)
{
	return (unsigned)p < PHASE_COUNT ? phase_ids[p] : phase_ids[PHASE_NONE];
}

const char *phase_name(enum phase p)
{
	return _((unsigned)p < PHASE_COUNT ? phase_names[p] : phase_names[PHASE_NONE]);
}

bool phase_from_id(const char *s, enum phase *out)
{
	for (int i = 0; s && i < PHASE_COUNT; i++) {
		if (strcmp(phase_ids[i], s) == 0) {
			*out = (enum phase)i;
			return true;
		}
	}
	return false;
}

bool race_is_key(const struct race *r)
{
	return r->priority == 'A' || r->priority == 'B';
}

const struct race *phase_key_race(const struct history *h, dayno today)
{
	const struct race *best[2] = { NULL, NULL }; /* A, B */

	for (size_t i = 0; i < h->n_races; i++) {
		const struct race *r = &h->races[i];
		int slot = r->priority == 'A' ? 0 : r->priority == 'B' ? 1 : -1;

		if (slot < 0 || r->date < today)
			continue;
		if (!best[slot] || r->date < best[slot]->date)
			best[slot] = r;
	}
	return best[0] ? best[0] : best[1];
}

/* The most recent A or B race whose recovery span covers today. */
static const struct race *recovering_from(const struct history *h, dayno today)
{
	const struct race *found = NULL;

	for (size_t i = 0; i < h->n_races; i++) {
		const struct race *r = &h->races[i];
		int span = r->priority == 'A' ? PHASE_RECOVERY_A_DAYS
			   : r->priority == 'B' ? PHASE_RECOVERY_B_DAYS : 0;

		if (r->date < today && today - r->date <= span &&
		    (!found || r->date > found->date))
			found = r;
	}
	return found;
}

static bool ran_since(const struct history *h, dayno from, dayno today)
{
	for (size_t i = h->n_runs; i-- > 0;) {
		dayno d = wtime_day(h->runs[i].start);

		if (d >= from && d <= today)
			return true;
	}
	return false;
}

enum phase phase_at(const struct history *h, dayno today, struct phase_info *info)
{
	struct phase_info local = { 0 };
	struct phase_info *pi = info ? info : &local;

	*pi = (struct phase_info){ .phase = PHASE_NONE };
	pi->race = phase_key_race(h, today);
	if (pi->race)
		pi->days_to_race = pi->race->date - today;
	pi->recovering = recovering_from(h, today);
	if (pi->recovering)
		pi->days_since_race = today - pi->recovering->date;

	if (pi->race && pi->days_to_race < PHASE_TAPER_DAYS)
		pi->phase = PHASE_RACE_WEEK;
	else if (pi->recovering)
		pi->phase = PHASE_RECOVERY;
	else if (!pi->race)
		pi->phase = ran_since(h, today - PHASE_TRAINING_DAYS + 1, today) ? PHASE_BASE
										 : PHASE_NONE;
	else if (pi->days_to_race < PHASE_PEAK_DAYS)
		pi->phase = PHASE_TAPER;
	else if (pi->days_to_race < PHASE_BUILD_DAYS)
		pi->phase = PHASE_PEAK;
	else if (pi->days_to_race < PHASE_BASE_DAYS)
		pi->phase = PHASE_BUILD;
	else
		pi->phase = PHASE_BASE;
	return pi->phase;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* checkin.c - one check-in, one transaction (see checkin.h). */
#include <string.h>
#include "core/store/checkin.h"
#include "core/clock.h"
#include "core/store/journal.h"
#include "core/validate.h"

bool checkin_done_on(const struct history *h, dayno d)
{
	for (size_t i = 0; i < h->n_runs; i++)
		if (wtime_day(h->runs[i].start) == d)
			return true;
	for (size_t i = 0; i < h->n_soreness; i++)
		if (wtime_day(h->soreness[i].time) == d)
			return true;
	return false;
}

void checkin_mark_soreness(const struct checkin *c, size_t i, struct soreness *out)
{
	const struct checkin_mark *mark = &c->marks[i];

	memset(out, 0, sizeof(*out));
	out->time = c->when;
	out->region = mark->region;
	out->side = mark->side;
	out->level = mark->level;
	out->sharp = mark->sharp;
	out->note = (char *)c->sore_note;
}

bool checkin_validate(const struct checkin *c, wtime now, GError **err)
{
	if (c->run && !validate_run(c->run, now, err))
		return false;
	for (size_t i = 0; i < c->n_marks; i++) {
		struct soreness s;

		checkin_mark_soreness(c, i, &s);
		if (!validate_soreness(&s, now, err))
			return false;
	}
	return !c->massage || validate_massage(c->massage, now, err);
}

/* The entries, in the order a runner gives them: run, soreness, massage. */
static bool add_entries(struct store *st, const struct checkin *c, struct checkin_saved *ids,
			GError **err)
{
	if (c->run && !store_run_add(st, c->run, &ids->run_id, err))
		return false;
	for (size_t i = 0; i < c->n_marks; i++) {
		struct soreness s;

		checkin_mark_soreness(c, i, &s);
		if (!store_soreness_add(st, &s, &ids->soreness_ids[i], err))
			return false;
	}
	return !c->massage || store_massage_add(st, c->massage, &ids->massage_id, err);
}

/* The whole check-in is one change for knead undo, as it was one save. */
static bool journal_entries(struct store *st, const struct checkin *c,
			    const struct checkin_saved *ids, GError **err)
{
	int64_t change;

	if (!c->run && c->n_marks == 0 && !c->massage)
		return true;
	if (!journal_new_change(st, &change, err))
		return false;
	if (c->run && !journal_added(st, change, c->journal, TABLE_RUNS, ids->run_id, err))
		return false;
	for (size_t i = 0; i < c->n_marks; i++)
		if (!journal_added(st, change, c->journal, TABLE_SORENESS, ids->soreness_ids[i],
				   err))
			return false;
	return !c->massage ||
	       journal_added(st, change, c->journal, TABLE_MASSAGES, ids->massage_id, err);
}

bool checkin_save(struct store *st, const struct checkin *c, struct checkin_saved *saved,
		  GError **err)
{
	struct checkin_saved ids = { .soreness_ids = g_new0(int64_t, c->n_marks + 1) };
	bool ok;

	if (!checkin_validate(c, clock_now(), err) || !store_begin(st, err)) {
		checkin_saved_clear(&ids);
		return false;
	}
	ok = add_entries(st, c, &ids, err) && (!c->journal || journal_entries(st, c, &ids, err)) &&
	     store_commit(st, err);
	if (!ok) {
		store_rollback(st);
		checkin_saved_clear(&ids);
		return false;
	}
	if (saved)
		*saved = ids;
	else
		checkin_saved_clear(&ids);
	return true;
}

void checkin_saved_clear(struct checkin_saved *s)
{
	g_free(s->soreness_ids);
	memset(s, 0, sizeof(*s));
}

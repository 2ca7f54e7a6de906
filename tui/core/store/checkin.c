/* SPDX-License-Identifier: GPL-3.0-or-later */
/* checkin.c - one check-in, one transaction (see checkin.h). */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "core/store/checkin.h"
#include "core/clock.h"
#include "core/error.h"
#include "core/i18n.h"
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
	out->id = mark->id;
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
	if (c->run && c->run->id > 0) {
		ids->run_id = c->run->id;
		if (!store_run_update(st, c->run, err))
			return false;
	} else if (c->run && !store_run_add(st, c->run, &ids->run_id, err)) {
		return false;
	}
	for (size_t i = 0; i < c->n_marks; i++) {
		struct soreness s;

		checkin_mark_soreness(c, i, &s);
		ids->soreness_ids[i] = s.id;
		if (s.id > 0 ? !store_soreness_update(st, &s, err)
			     : !store_soreness_add(st, &s, &ids->soreness_ids[i], err))
			return false;
	}
	if (c->massage && c->massage->id > 0) {
		ids->massage_id = c->massage->id;
		return store_massage_update(st, c->massage, err);
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
	if (c->run && c->run->id <= 0 &&
	    !journal_added(st, change, c->journal, TABLE_RUNS, ids->run_id, err))
		return false;
	for (size_t i = 0; i < c->n_marks; i++)
		if (c->marks[i].id <= 0 &&
		    !journal_added(st, change, c->journal, TABLE_SORENESS, ids->soreness_ids[i],
				   err))
			return false;
	return !c->massage || c->massage->id > 0 ||
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

int64_t checkin_same_run(struct store *st, const struct run *r, int64_t except, wtime *when,
			 GError **err)
{
	dayno d = wtime_day(r->start);
	struct run *runs = NULL;
	size_t n = 0;
	int64_t found = 0;

	if (!store_runs_list(st, day_start(d), &runs, &n, err))
		return -1;
	for (size_t i = 0; i < n; i++) {
		bool near = llabs((long long)(runs[i].start - r->start)) < 3600;
		bool same = fabs(runs[i].distance_m - r->distance_m) <= 0.01 * r->distance_m;

		if (!found && runs[i].id != except && wtime_day(runs[i].start) == d &&
		    (near || same)) {
			found = runs[i].id;
			if (when)
				*when = runs[i].start;
		}
		run_clear(&runs[i]);
	}
	g_free(runs);
	return found;
}

/* One moved entry ROW of table T written; with JOURNAL (the command), its
 * row as it WAS is journalled under *CHANGE, opened by the first entry. */
static bool save_moved(struct store *st, enum store_table t, const void *row, int64_t id,
		       const void *was, const char *journal, int64_t *change, GError **err)
{
	return (*change || !journal || journal_new_change(st, change, err)) &&
	       store_entry_update(st, t, row, err) &&
	       (!journal || journal_changed(st, *change, journal, t, id, was, err));
}

/* The entries of one table logged on day `from`, moved by `shift`
 * seconds (runs, soreness) or `days` (massages), each journalled. */
static bool move_runs(struct store *st, dayno from, wtime shift, const char *journal,
		      int64_t *change, size_t *n_moved, GError **err)
{
	struct run *runs = NULL;
	size_t n = 0;
	bool ok;

	if (!store_runs_list(st, day_start(from), &runs, &n, err))
		return false;
	ok = true;
	for (size_t i = 0; i < n; i++) {
		struct run was = runs[i];

		if (!ok || wtime_day(runs[i].start) != from)
			continue;
		runs[i].start += shift;
		ok = save_moved(st, TABLE_RUNS, &runs[i], was.id, &was, journal, change, err);
		runs[i].start -= shift;
		(*n_moved)++;
	}
	for (size_t i = 0; i < n; i++)
		run_clear(&runs[i]);
	g_free(runs);
	return ok;
}

static bool move_soreness(struct store *st, dayno from, wtime shift, const char *journal,
			  int64_t *change, size_t *n_moved, GError **err)
{
	struct soreness *s = NULL;
	size_t n = 0;
	bool ok = true;

	if (!store_soreness_list(st, day_start(from), &s, &n, err))
		return false;
	for (size_t i = 0; i < n; i++) {
		struct soreness was = s[i];

		if (!ok || wtime_day(s[i].time) != from)
			continue;
		s[i].time += shift;
		ok = save_moved(st, TABLE_SORENESS, &s[i], was.id, &was, journal, change, err);
		s[i].time -= shift;
		(*n_moved)++;
	}
	for (size_t i = 0; i < n; i++)
		soreness_clear(&s[i]);
	g_free(s);
	return ok;
}

static bool move_massages(struct store *st, dayno from, dayno to, const char *journal,
			  int64_t *change, size_t *n_moved, GError **err)
{
	struct massage *m = NULL;
	size_t n = 0;
	bool ok = true;

	if (!store_massages_list(st, from, &m, &n, err))
		return false;
	for (size_t i = 0; i < n; i++) {
		struct massage was = m[i];

		if (!ok || m[i].date != from)
			continue;
		m[i].date = to;
		ok = save_moved(st, TABLE_MASSAGES, &m[i], was.id, &was, journal, change, err);
		m[i].date = from;
		(*n_moved)++;
	}
	for (size_t i = 0; i < n; i++)
		massage_clear(&m[i]);
	g_free(m);
	return ok;
}

bool checkin_move_day(struct store *st, dayno from, dayno to, const char *journal,
		      struct checkin_moved *moved, GError **err)
{
	struct checkin_moved n = { 0 };
	wtime shift = (wtime)(to - from) * SECONDS_PER_DAY;
	int64_t change = 0;
	char a[DATE_BUF], b[DATE_BUF];

	if (to == from) {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_INVALID,
			    /* TRANSLATORS: moving a day's check-in onto itself. */
			    _("the check-in is already on %s (expected another day)"),
			    day_format(from, a));
		return false;
	}
	if (to > wtime_day(clock_now())) {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_INVALID,
			    /* TRANSLATORS: %s is a date after today. */
			    _("%s is after today (a check-in moves to today or a day before)"),
			    day_format(to, b));
		return false;
	}
	if (!store_begin(st, err))
		return false;
	if (!move_runs(st, from, shift, journal, &change, &n.runs, err) ||
	    !move_soreness(st, from, shift, journal, &change, &n.soreness, err) ||
	    !move_massages(st, from, to, journal, &change, &n.massages, err)) {
		store_rollback(st);
		return false;
	}
	if (n.runs + n.soreness + n.massages == 0) {
		store_rollback(st);
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_INVALID,
			    /* TRANSLATORS: %s is the day to move from. */
			    _("nothing is logged on %s (expected the day of a run, soreness or a "
			      "massage)"),
			    day_format(from, a));
		return false;
	}
	if (!store_commit(st, err)) {
		store_rollback(st);
		return false;
	}
	if (moved)
		*moved = n;
	return true;
}

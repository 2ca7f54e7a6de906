/* SPDX-License-Identifier: GPL-3.0-or-later */
/* advice_sore.c - one reading of soreness: the effective level of a region,
 * its trend, and the flags of triage that last until the region is logged
 * at 0 or a professional clears it (rules in advice.h). */
#include <stdlib.h>
#include <string.h>
#include <glib.h>
#include "core/advice/advice.h"
#include "core/clock.h"
#include "core/i18n.h"
#include "core/regions.h"

#define SORE_SPAN ADVICE_SORE_SPAN
#define SIDES 3
#define SLOTS (REGION_COUNT * SIDES)

/* One region and side, day by day, over a window of SORE_SPAN days. */
struct sore_days {
	int level[SORE_SPAN]; /* -1: nothing logged that day */
	int sharp[SORE_SPAN]; /* the highest entry marked sharp that day, -1: none */
	int peak[SORE_SPAN];  /* the highest entry of the day, -1: none */
	bool any;
};

/* The same over the whole history read (`span` days from `first`). */
struct sore_track {
	int *level;
	int *sharp;
	int *peak;
	wtime *at;
	bool any;
};

static const char *const flag_ids[SORE_FLAG_COUNT] = {
	"none",	  "sharp",	"rising",     "severe", "sudden-rise",
	"sudden", "persistent", "not-responding",
};

const char *sore_flag_id(enum sore_flag f)
{
	return flag_ids[(unsigned)f < SORE_FLAG_COUNT ? f : SORE_FLAG_NONE];
}

/* ---- segments ----------------------------------------------------------- */

/* Regions that share a segment (regions.c): work on one presses on the
 * others. */
bool advice_regions_neighbours(enum region a, enum side sa, enum region b, enum side sb)
{
	if ((unsigned)a >= REGION_COUNT || (unsigned)b >= REGION_COUNT)
		return false;
	if (a != b && (region_segment(a) == SEGMENT_NONE || region_segment(a) != region_segment(b)))
		return false;
	/* Both legs are apart; a region named without a side takes both. */
	return sa == sb || sa == SIDE_NONE || sb == SIDE_NONE || !region_has_side(a) ||
	       !region_has_side(b);
}

bool advice_region_is_midline(enum region r)
{
	return region_segment(r) == SEGMENT_BACK;
}

/* ---- the level and its trend -------------------------------------------- */

static void sore_trend_of(const struct sore_days *sd, int lk, struct sore_state *st)
{
	int n_before = 0, sum_before = 0;

	for (int k = MAX(0, lk - 7); k < lk; k++) {
		if (sd->level[k] >= 0) {
			n_before++;
			sum_before += sd->level[k];
		}
	}
	if (n_before == 0) {
		st->trend = TREND_NEW;
		return;
	}
	st->change = st->level - (double)sum_before / n_before;
	st->trend = st->change >= 1 ? TREND_WORSENING : st->change <= -1 ? TREND_IMPROVING
									 : TREND_STEADY;
}

int advice_decayed_level(int level, int age_days)
{
	if (level <= 0 || age_days < ADVICE_STALE_DAYS || age_days >= ADVICE_SORE_DAYS)
		return age_days >= ADVICE_SORE_DAYS ? 0 : MAX(level, 0);
	return MAX(0, level - (age_days - ADVICE_STALE_DAYS + 1));
}

/* The level, its day, the trend and the effective level, from the window
 * ending today; a region last logged before the window keeps its level
 * and day, not current. */
static void sore_analyse(const struct sore_days *sd, const struct sore_track *tr, dayno first_long,
			 int span, dayno today, struct sore_state *st)
{
	const int last_k = SORE_SPAN - 1; /* today */
	int lk = -1, age;

	for (int k = last_k; k >= 0 && lk < 0; k--)
		if (sd->level[k] >= 0)
			lk = k;
	if (lk < 0) {
		for (int k = span - 1; k >= 0; k--) {
			if (tr->level[k] >= 0) {
				st->level = tr->level[k];
				st->last_day = first_long + k;
				break;
			}
		}
		st->trend = TREND_STEADY;
		st->counted = 0;
		return;
	}
	st->level = sd->level[lk];
	st->last_day = today - SORE_SPAN + 1 + lk;
	st->current = st->last_day > today - ADVICE_SORE_DAYS;
	sore_trend_of(sd, lk, st);

	/* A level nobody confirmed for days counts a little less each day. */
	age = (int)(today - st->last_day);
	st->counted = st->current ? st->level : 0;
	if (st->current && st->level > 0 && age >= ADVICE_STALE_DAYS) {
		st->stale = true;
		st->counted = advice_decayed_level(st->level, age);
	}
}

/* ---- triage ------------------------------------------------------------- */

/* The other side at a level this close within a day of day k: both legs
 * took it, as soreness after a shared effort does. */
static bool both_sides(const struct sore_days *other, int k, int level)
{
	if (!other)
		return false;
	for (int j = MAX(0, k - 1); j <= MIN(SORE_SPAN - 1, k + 1); j++)
		if (other->level[j] > 0 && other->level[j] >= level - ADVICE_BOTH_SIDES_MARGIN)
			return true;
	return false;
}

static bool ran_before(const struct history *h, dayno d)
{
	for (size_t i = 0; i < h->n_runs; i++) {
		dayno r = wtime_day(h->runs[i].start);

		if (r <= d && r >= d - ADVICE_DOMS_ONSET_DAYS)
			return true;
	}
	return false;
}

static void flag(struct sore_state *st, enum sore_flag f, dayno first, int k, int level)
{
	st->refer = true;
	st->flag = f;
	st->flag_day = first + k;
	st->flag_level = level;
	st->rising = f == SORE_FLAG_RISING;
}

/* Rising for a week: 4 or more entries in the last 8 days, from at least 6
 * days ago to at least yesterday, none more than 1 below the highest before
 * it, ending 2 or more above where it started.  Returns the days it spans. */
static int sore_rise_days(const struct sore_days *sd)
{
	const int last_k = SORE_SPAN - 1;
	int fk = -1, entries = 0, high = -1, level = sd->level[last_k];
	bool steady_rise = true;

	for (int k = last_k - 7; k <= last_k; k++) {
		if (sd->level[k] < 0)
			continue;
		if (fk < 0)
			fk = k;
		entries++;
		if (sd->level[k] < high - 1)
			steady_rise = false;
		high = MAX(high, sd->level[k]);
	}
	if (fk >= 0 && entries >= ADVICE_RISE_ENTRIES && fk <= last_k - ADVICE_RISE_SPAN_DAYS &&
	    steady_rise && level >= ADVICE_LEVEL_RAISED && level >= sd->level[fk] + ADVICE_RISE_MIN)
		return last_k - fk + 1;
	return 0;
}

/* At 7 or more on 3 of the last 7 days, unless both sides after a run
 * (delayed onset soreness, however high). */
static bool flag_severe(const struct history *h, const struct sore_days *sd,
			const struct sore_days *other, dayno first, struct sore_state *st)
{
	const int last_k = SORE_SPAN - 1;
	int severe = 0, fk = -1;

	for (int k = last_k - 6; k <= last_k; k++) {
		if (sd->level[k] >= ADVICE_LEVEL_SEVERE) {
			severe++;
			if (fk < 0)
				fk = k;
		}
	}
	if (severe < ADVICE_SEVERE_DAYS)
		return false;
	if (both_sides(other, fk, sd->level[fk]) && ran_before(h, first + fk))
		return false;
	flag(st, SORE_FLAG_SEVERE, first, fk, sd->level[fk]);
	st->refer_days = severe;
	return true;
}

/* A rise of 4 or more within 2 days, on this side only (or on the midline). */
static bool flag_jump(const struct sore_days *sd, const struct sore_days *other, dayno first,
		      struct sore_state *st)
{
	const int last_k = SORE_SPAN - 1;

	for (int k = last_k; k > last_k - ADVICE_SORE_DAYS; k--) {
		if (sd->peak[k] < 0 || both_sides(other, k, sd->peak[k]))
			continue;
		for (int j = k - 1; j >= MAX(0, k - ADVICE_JUMP_DAYS); j--) {
			if (sd->level[j] >= 0 && sd->peak[k] - sd->level[j] >= ADVICE_JUMP_LEVELS) {
				flag(st, SORE_FLAG_JUMP, first, k, sd->peak[k]);
				st->flag_from = sd->level[j];
				st->flag_span = k - j;
				return true;
			}
		}
	}
	return false;
}

/* The first entry of a spell at 8 or more, on this side only (or on the
 * midline). */
static bool flag_sudden(const struct sore_days *sd, const struct sore_days *other, dayno first,
			struct sore_state *st)
{
	const int last_k = SORE_SPAN - 1;

	for (int k = last_k - ADVICE_SORE_DAYS + 1; k <= last_k; k++) {
		bool spell_before = false;

		if (sd->peak[k] <= 0)
			continue;
		for (int j = MAX(0, k - ADVICE_NEW_SPELL_DAYS); j < k; j++)
			spell_before |= sd->level[j] > 0;
		if (!spell_before && sd->peak[k] >= ADVICE_SUDDEN_LEVEL &&
		    !both_sides(other, k, sd->peak[k])) {
			flag(st, SORE_FLAG_SUDDEN, first, k, sd->peak[k]);
			return true;
		}
		return false; /* only the first entry of the spell counts */
	}
	return false;
}

/* One side at 4 or more for more than 7 days, the other side not. */
static bool flag_persistent(const struct sore_days *sd, const struct sore_days *other,
			    dayno first, struct sore_state *st)
{
	const int last_k = SORE_SPAN - 1;
	int fk = last_k;

	if (sd->level[last_k] < ADVICE_LEVEL_RAISED)
		return false;
	for (int k = last_k; k >= 0; k--) {
		if (sd->level[k] < 0)
			continue;
		if (sd->level[k] < ADVICE_LEVEL_RAISED)
			break;
		fk = k;
	}
	if (last_k - fk <= ADVICE_PERSISTENT_DAYS)
		return false;
	for (int k = fk; k <= last_k; k++)
		if (other->level[k] >= ADVICE_LEVEL_RAISED)
			return false;
	flag(st, SORE_FLAG_PERSISTENT, first, last_k, sd->level[last_k]);
	st->refer_days = last_k - fk + 1;
	return true;
}

/* A massage that worked on region r, side s: named there, or no region
 * named (the whole body). */
static bool massage_touches(const struct massage *m, enum region r, enum side s)
{
	if (m->n_regions == 0)
		return true;
	for (size_t i = 0; i < m->n_regions; i++)
		if (m->regions[i].region == r &&
		    (m->regions[i].side == s || m->regions[i].side == SIDE_NONE || s == SIDE_NONE))
			return true;
	return false;
}

/* 3 or more sessions in 21 days on it and no drop of 2 points since the
 * first of them: massage is not helping. */
static bool flag_not_responding(const struct history *h, const struct sore_track *tr,
				dayno first_long, int k, enum region r, enum side s,
				struct sore_state *st)
{
	const dayno d = first_long + k;
	int sessions = 0, before = -1;
	dayno first_session = d + 1;

	if (tr->level[k] < ADVICE_LEVEL_SORE)
		return false;
	for (size_t i = 0; i < h->n_massages; i++) {
		const struct massage *m = &h->massages[i];

		if (m->date > d || m->date <= d - ADVICE_RESPONSE_DAYS || !massage_touches(m, r, s))
			continue;
		sessions++;
		first_session = MIN(first_session, m->date);
	}
	if (sessions < ADVICE_RESPONSE_SESSIONS)
		return false;
	/* The level when the series began: the last entry up to that day, or
	 * the first one after it. */
	{
		int j0 = (int)(first_session - first_long);

		for (int j = MIN(j0, k); j >= 0 && j >= j0 - ADVICE_SORE_DAYS; j--) {
			if (tr->level[j] >= 0) {
				before = tr->level[j];
				break;
			}
		}
		for (int j = MAX(j0, 0); before < 0 && j < k; j++)
			if (tr->level[j] >= 0)
				before = tr->level[j];
	}
	if (before < 0 || before - tr->level[k] >= ADVICE_RESPONSE_DROP)
		return false;
	flag(st, SORE_FLAG_NOT_RESPONDING, first_long, k, tr->level[k]);
	st->flag_sessions = sessions;
	return true;
}

/* The window of SORE_SPAN days ending on day k of a track. */
static void window_of(const struct sore_track *tr, int k, struct sore_days *sd)
{
	for (int j = 0; j < SORE_SPAN; j++) {
		int t = k - SORE_SPAN + 1 + j;

		sd->level[j] = t >= 0 ? tr->level[t] : -1;
		sd->sharp[j] = t >= 0 ? tr->sharp[t] : -1;
		sd->peak[j] = t >= 0 ? tr->peak[t] : -1;
	}
	sd->any = true;
}

/* Keeps a sign only when it came after the last flag closed: an old sign
 * that a 0 or a clearance already answered must not hide a new one. */
static bool fresh(bool fired, struct sore_state *st, const struct sore_state *before,
		  dayno closed)
{
	if (fired && st->flag_day > closed)
		return true;
	*st = *before;
	return false;
}

/* The signs of triage on the day of an entry above 0 (day k of the track),
 * from the window ending then, each only if it came after `closed`. */
static bool flag_on(const struct history *h, const struct sore_track *tr,
		    const struct sore_track *other, dayno first_long, int k, enum region r,
		    enum side s, dayno closed, struct sore_state *st)
{
	struct sore_days sd, od;
	const struct sore_days *o = NULL;
	const dayno first = first_long + k - SORE_SPAN + 1;
	const struct sore_state before = *st;
	int rise;

	window_of(tr, k, &sd);
	if (other) {
		window_of(other, k, &od);
		o = &od;
	}
	for (int j = SORE_SPAN - 1; j > SORE_SPAN - 1 - ADVICE_SORE_DAYS; j--) {
		if (sd.sharp[j] >= ADVICE_SHARP_LEVEL && first + j > closed) {
			flag(st, SORE_FLAG_SHARP, first, j, sd.sharp[j]);
			return true;
		}
	}
	if ((rise = sore_rise_days(&sd)) > 0) {
		flag(st, SORE_FLAG_RISING, first, SORE_SPAN - 1, sd.level[SORE_SPAN - 1]);
		st->refer_days = rise;
		return true;
	}
	if (fresh(flag_severe(h, &sd, o, first, st), st, &before, closed))
		return true;
	/* The one-sided signs need a side to compare with, or the midline. */
	if (o || advice_region_is_midline(r)) {
		if (fresh(flag_jump(&sd, o, first, st), st, &before, closed) ||
		    fresh(flag_sudden(&sd, o, first, st), st, &before, closed))
			return true;
	}
	if (o && flag_persistent(&sd, o, first, st))
		return true;
	return flag_not_responding(h, tr, first_long, k, r, s, st);
}

static bool assessment_touches(const struct assessment *as, enum region r, enum side s)
{
	return as->region == r && (as->side == s || as->side == SIDE_NONE || s == SIDE_NONE);
}

/* Walks the history day by day: a flag opens on a sign of triage and stays
 * open until the region is logged at 0 or a professional clears it; an
 * assessment that does not clear it keeps massage off the region but ends
 * the referral. */
static void sore_triage(const struct history *h, const struct sore_track *tr,
			const struct sore_track *other, dayno first_long, int span, dayno today,
			struct sore_state *st)
{
	struct sore_state f = { 0 };
	bool open = false;
	dayno closed = first_long - 1;
	size_t ai = 0;

	for (int k = 0; k < span; k++) {
		const dayno d = first_long + k;

		for (; ai < h->n_assessments && wtime_day(h->assessments[ai].time) <= d; ai++) {
			const struct assessment *as = &h->assessments[ai];

			if (wtime_day(as->time) < d || !assessment_touches(as, st->region, st->side))
				continue;
			if (open && as->cleared) {
				open = false;
				closed = d;
			} else if (open) {
				f.assessed = true;
				f.assessed_day = d;
			}
		}
		if (tr->level[k] < 0)
			continue;
		if (open && tr->level[k] == 0) {
			open = false;
			closed = d;
			continue;
		}
		if (open || tr->level[k] <= 0)
			continue;
		f = (struct sore_state){ 0 };
		if (flag_on(h, tr, other, first_long, k, st->region, st->side, closed, &f) &&
		    f.flag_day > closed)
			open = true;
	}
	if (!open)
		return;
	st->refer = true;
	st->flag = f.flag;
	st->flag_day = f.flag_day;
	st->flag_level = f.flag_level;
	st->flag_from = f.flag_from;
	st->flag_span = f.flag_span;
	st->rising = f.rising;
	st->assessed = f.assessed;
	st->assessed_day = f.assessed_day;
	st->flag_sessions = f.flag_sessions;
	st->refer_days = f.flag == SORE_FLAG_SEVERE || f.flag == SORE_FLAG_RISING ||
				 f.flag == SORE_FLAG_PERSISTENT
			 ? f.refer_days
			 : (int)(today - st->flag_day) + 1;
}

/* The assessments of the history, oldest first (the store gives them so;
 * a history built by hand may not). */
static int assessment_compare(const void *pa, const void *pb)
{
	const struct assessment *a = pa, *b = pb;

	return a->time < b->time ? -1 : a->time > b->time;
}

struct sore_state *advice_soreness(const struct history *h, dayno today, size_t *n)
{
	dayno first_long = today - SORE_SPAN + 1;
	int span;
	struct sore_track *tracks = g_new0(struct sore_track, SLOTS);
	struct sore_state *out = g_new0(struct sore_state, SLOTS);
	struct history hs = *h;
	size_t count = 0;

	for (size_t i = 0; i < h->n_soreness; i++)
		first_long = MIN(first_long, wtime_day(h->soreness[i].time));
	first_long = MAX(first_long, advice_history_from(today));
	span = (int)(today - first_long + 1);
	if (h->n_assessments > 1) {
		hs.assessments = g_memdup2(h->assessments, h->n_assessments * sizeof *h->assessments);
		qsort(hs.assessments, hs.n_assessments, sizeof *hs.assessments,
		      assessment_compare);
	}
	int *levels = g_new(int, (size_t)SLOTS * span * 3);
	wtime *at = g_new0(wtime, (size_t)SLOTS * span);

	for (size_t i = 0; i < (size_t)SLOTS * span * 3; i++)
		levels[i] = -1;
	for (size_t s = 0; s < SLOTS; s++) {
		tracks[s].level = levels + s * span * 3;
		tracks[s].sharp = tracks[s].level + span;
		tracks[s].peak = tracks[s].sharp + span;
		tracks[s].at = at + s * span;
	}
	for (size_t i = 0; i < h->n_soreness; i++) {
		const struct soreness *e = &h->soreness[i];
		dayno d = wtime_day(e->time);
		enum side side = e->side;

		if ((unsigned)e->region >= REGION_COUNT || d < first_long || d > today ||
		    e->level < 0 || e->level > 10)
			continue;
		if (!region_has_side(e->region) || (unsigned)side >= SIDES)
			side = SIDE_NONE;
		struct sore_track *tr = &tracks[e->region * SIDES + side];
		int k = d - first_long;

		/* The last entry of a day says how it ended up. */
		if (tr->level[k] < 0 || e->time >= tr->at[k]) {
			tr->level[k] = e->level;
			tr->at[k] = e->time;
		}
		if (e->sharp && e->level > 0)
			tr->sharp[k] = MAX(tr->sharp[k], e->level);
		tr->peak[k] = MAX(tr->peak[k], e->level);
		tr->any = true;
	}
	for (size_t s = 0; s < SLOTS; s++) {
		enum side side = (enum side)(s % SIDES);
		const struct sore_track *other = NULL;
		struct sore_days window;
		struct sore_state st = { .region = (enum region)(s / SIDES), .side = side };

		if (!tracks[s].any)
			continue;
		if (side == SIDE_LEFT || side == SIDE_RIGHT)
			other = &tracks[s - side + (side == SIDE_LEFT ? SIDE_RIGHT : SIDE_LEFT)];
		window_of(&tracks[s], span - 1, &window);
		window.any = false;
		for (int k = 0; k < SORE_SPAN; k++)
			window.any |= window.level[k] >= 0;
		sore_analyse(&window, &tracks[s], first_long, span, today, &st);
		sore_triage(&hs, &tracks[s], other, first_long, span, today, &st);
		/* Older than the window and not flagged: nothing to say. */
		if (!window.any && !st.refer)
			continue;
		out[count++] = st;
	}
	if (hs.assessments != h->assessments)
		g_free(hs.assessments);
	g_free(levels);
	g_free(at);
	g_free(tracks);
	*n = count;
	return out;
}

int advice_effective_level(const struct history *h, dayno today, enum region r, enum side s)
{
	size_t n;
	struct sore_state *all = advice_soreness(h, today, &n);
	int level = 0;

	for (size_t i = 0; i < n; i++)
		if (all[i].region == r && all[i].side == s)
			level = all[i].counted;
	g_free(all);
	return level;
}

char *advice_level_text(const struct sore_state *s, dayno today)
{
	int age = (int)(today - s->last_day);

	if (!s->current)
		return g_strdup_printf(ngettext("%d/10 (%d day old)", "%d/10 (%d days old)", age),
				       s->level, age);
	if (!s->stale || s->counted == s->level)
		return g_strdup_printf("%d/10", s->counted);
	/* TRANSLATORS: a stale soreness level: logged 4, counts as 2, logged
	 * 5 days ago. */
	return g_strdup_printf(ngettext("%d → %d/10 (%d day old)", "%d → %d/10 (%d days old)", age),
			       s->level, s->counted, age);
}

struct advice_flag *advice_flags(const struct history *h, dayno today, size_t *n)
{
	size_t ns, count = 0;
	struct sore_state *all = advice_soreness(h, today, &ns);
	struct advice_flag *out = g_new0(struct advice_flag, ns + 1);

	for (size_t i = 0; i < ns; i++) {
		if (!all[i].refer)
			continue;
		out[count++] = (struct advice_flag){ .region = all[i].region,
						     .side = all[i].side,
						     .why = all[i].flag,
						     .since = all[i].flag_day,
						     .level = all[i].level,
						     .assessed = all[i].assessed };
	}
	g_free(all);
	*n = count;
	return out;
}

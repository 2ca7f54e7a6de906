/* SPDX-License-Identifier: GPL-3.0-or-later */
/* brief.c - the therapist's brief built from its facts (brief.h). */
#include <config.h>

#include <string.h>
#include "core/brief/brief.h"
#include "core/regions.h"

bool brief_include_parse(const char *s, unsigned *flags)
{
	char **words = g_strsplit(s, ",", -1);
	unsigned add = 0;
	bool ok = words[0] != NULL;

	for (char **w = words; *w && ok; w++) {
		char *word = g_strstrip(g_ascii_strdown(*w, -1));

		if (strcmp(word, "notes") == 0)
			add |= BRIEF_INCLUDE_NOTES;
		else if (strcmp(word, "heart-rate") == 0)
			add |= BRIEF_INCLUDE_HEART_RATE;
		else if (strcmp(word, "all") == 0)
			add |= BRIEF_INCLUDE_NOTES | BRIEF_INCLUDE_HEART_RATE;
		else
			ok = false;
		g_free(word);
	}
	g_strfreev(words);
	if (ok)
		*flags |= add;
	return ok;
}

static bool is_light(enum massage_kind k)
{
	return k == MASSAGE_FLUSH || k == MASSAGE_RELAXATION;
}

/* The nearest A or B race from `before` days after the session to `after`
 * days before it, or NULL. */
static const struct race *key_race_around(const struct history *h, dayno d, int before, int after,
					  size_t *index)
{
	const struct race *best = NULL;

	for (size_t i = 0; i < h->n_races; i++) {
		const struct race *r = &h->races[i];

		if (!race_is_key(r) || d < r->date - before || d > r->date + after)
			continue;
		if (best && ABS(r->date - d) >= ABS(best->date - d))
			continue;
		best = r;
		*index = i;
	}
	return best;
}

/* The session: the gated plan's date and kind (knead next), a booking's
 * safe kind on its day, or --for's day as the gate leaves the plan's
 * session there; light pressure when the gate says so, inside a race's
 * window, or for a flush or relaxation session. */
static void build_session(const struct brief_facts *f, const struct brief_options *opt,
			  struct brief_session *s)
{
	const struct advice *a = &f->advice;
	const struct history *h = f->h;
	const struct race *race;
	size_t n_reasons = 0, ri = 0;
	bool light;

	s->date = opt->has_for ? opt->for_date : a->date;
	s->urgency = a->urgency;
	s->phase = a->phase;
	s->suggested = a->date;
	s->suggested_kind = a->kind;
	s->booked = a->has_booking && a->booked_date == s->date;
	if (s->date == a->date) {
		s->kind = a->kind;
		light = a->light_pressure;
	} else if (s->booked) {
		s->kind = a->booked_safe_kind;
		light = a->booked_light;
	} else if (f->has_day && f->day == s->date) {
		s->kind = f->day_kind;
		light = f->day_light;
	} else {
		s->kind = a->kind;
		light = a->light_pressure;
	}
	s->race_days = 0;
	/* Inside a race's window (the gate's race-window rule), or light for
	 * a race close by (race-light): the race and how far it is. */
	race = advice_race_window_at(h, s->date);
	if (!race && light)
		race = key_race_around(h, s->date, ADVICE_LIGHT_BEFORE_DAYS, ADVICE_WINDOW_DAYS,
				       &ri);
	if (race) {
		s->race = g_strdup(race->name);
		s->race_days = race->date - s->date;
		s->light_only = s->light_for_race = true;
	}
	if (light || is_light(s->kind))
		s->light_only = true;

	s->n_focus = a->n_focus;
	s->focus = g_memdup2(a->focus, sizeof(*a->focus) * a->n_focus);
	/* Next's regions not to treat first, in its order, then any other
	 * open flag (advice_flags): every flag stays off the table. */
	s->avoid = g_new0(struct brief_avoid, a->n_see_professional + f->n_flags + 1);
	for (size_t i = 0; i < a->n_see_professional; i++) {
		const struct advice_referral *r = &a->see_professional[i];

		s->avoid[s->n_avoid++] = (struct brief_avoid){ r->region, r->side, r->level, r->why,
							       r->since, r->assessed };
	}
	for (size_t i = 0; i < f->n_flags; i++) {
		const struct advice_flag *fl = &f->flags[i];
		bool known = false;

		for (size_t j = 0; j < a->n_see_professional; j++)
			known |= a->see_professional[j].region == fl->region &&
				 a->see_professional[j].side == fl->side;
		if (!known)
			s->avoid[s->n_avoid++] = (struct brief_avoid){
				fl->region, fl->side, fl->level, fl->why, fl->since, fl->assessed
			};
	}
	if (a->booking_warning)
		s->warning = g_strdup(a->booking_warning);
	for (char **r = a->reasons; r && *r; r++)
		n_reasons++;
	s->reasons = g_new0(char *, n_reasons + 1);
	for (size_t i = 0; i < n_reasons; i++)
		s->reasons[i] = g_strdup(a->reasons[i]);
}

/* The last entry of region r, side s on day d at or before `until`, or
 * NULL. */
static const struct soreness *entry_on(const struct history *h, enum region r, enum side s, dayno d)
{
	const struct soreness *last = NULL;

	for (size_t i = 0; i < h->n_soreness; i++) {
		const struct soreness *e = &h->soreness[i];

		if (e->region == r && e->side == s && wtime_day(e->time) == d)
			last = e;
	}
	return last;
}

static void build_regions(const struct brief_facts *f, const struct brief_options *opt,
			  struct brief *b)
{
	const struct history *h = f->h;

	b->regions = g_new0(struct brief_region, f->n_sore + 1);
	for (size_t i = 0; i < f->n_sore; i++) {
		const struct sore_state *st = &f->sore[i];
		struct brief_region *r;
		const struct soreness *last = NULL;

		/* A flag lasts until 0 or an assessment: it stays on the body. */
		if (!st->refer && (!st->current || st->level <= 0))
			continue;
		r = &b->regions[b->n_regions++];
		r->region = st->region;
		r->side = st->side;
		r->level = st->level;
		r->effective = st->counted;
		r->trend = st->trend;
		r->last_day = st->last_day;
		r->age_days = b->today - st->last_day;
		r->flagged = st->refer;
		r->why = st->flag;
		for (int d = 0; d < BRIEF_TREND_DAYS; d++) {
			dayno day = b->today - BRIEF_TREND_DAYS + 1 + d;
			const struct soreness *e = entry_on(h, st->region, st->side, day);

			r->days[d] = e ? e->level : -1;
		}
		for (size_t j = 0; j < h->n_soreness; j++) {
			const struct soreness *e = &h->soreness[j];
			dayno day = wtime_day(e->time);

			if (e->region != st->region || e->side != st->side || day > b->today)
				continue;
			if (day <= b->today - BRIEF_TREND_DAYS)
				continue;
			if (e->sharp)
				r->sharp++;
			if (e->note && *e->note)
				last = e;
		}
		/* The week's last note on it. */
		if ((opt->include & BRIEF_INCLUDE_NOTES) && last)
			r->note = g_strdup(last->note);
	}
}

static void build_races(const struct brief_facts *f, struct brief *b)
{
	const struct history *h = f->h;

	b->races = g_new0(struct brief_race, h->n_races + 1);
	for (size_t i = 0; i < h->n_races; i++) {
		const struct race *r = &h->races[i];
		struct brief_race *out;
		bool window_now = f->race_window[i] && f->window_to[i] >= b->today;

		if (r->date >= b->today + BRIEF_RACE_WEEKS * 7 ||
		    (r->date < b->today && !window_now))
			continue;
		out = &b->races[b->n_races++];
		out->date = r->date;
		out->name = g_strdup(r->name);
		out->distance_m = r->distance_m;
		out->priority = r->priority;
		out->days = r->date - b->today;
		out->has_window = f->race_window[i];
		out->from = f->window_from[i];
		out->to = f->window_to[i];
	}
}

static void build_training(const struct brief_facts *f, const struct brief_options *opt,
			   struct brief *b)
{
	const struct history *h = f->h;
	struct brief_training *t = &b->training;
	dayno first = b->today - BRIEF_TRAINING_WEEKS * 7 + 1;
	long hr_sum[BRIEF_TRAINING_WEEKS] = { 0 };
	int hr_n[BRIEF_TRAINING_WEEKS] = { 0 };
	double before = 0;
	int weeks_before = 0;
	dayno prev = 0;
	bool has_prev = false;

	t->phase = f->phase;
	t->has_acwr = f->has_acwr;
	t->acwr = f->acwr;
	t->spike = f->has_acwr && f->acwr >= LOAD_ACWR_SPIKE;
	for (int w = 0; w < BRIEF_TRAINING_WEEKS; w++) {
		t->weeks[w].from = first + w * 7;
		t->weeks[w].to = first + w * 7 + 6;
		for (int d = 0; d < 7; d++)
			t->weeks[w].load += f->daily[w * 7 + d];
	}
	for (size_t i = 0; i < h->n_runs; i++) {
		const struct run *r = &h->runs[i];
		dayno d = wtime_day(r->start);
		int w = (d - first) / 7;

		if (d > b->today)
			continue;
		if (!t->first_run || d < t->first_run)
			t->first_run = d;
		/* A comeback: the last break of ADVICE_COMEBACK_GAP_DAYS or more
		 * between two runs, ended within ADVICE_COMEBACK_RECENT_DAYS. */
		if (has_prev && d - prev >= ADVICE_COMEBACK_GAP_DAYS &&
		    b->today - d <= ADVICE_COMEBACK_RECENT_DAYS) {
			t->comeback = true;
			t->break_days = d - prev;
			t->back_day = d;
		}
		prev = d;
		has_prev = true;
		if (d < first)
			continue;
		t->weeks[w].distance_m += r->distance_m;
		t->weeks[w].runs++;
		if (r->avg_hr > 0) {
			hr_sum[w] += r->avg_hr;
			hr_n[w]++;
		}
	}
	for (int w = 0; w < BRIEF_TRAINING_WEEKS; w++)
		if ((opt->include & BRIEF_INCLUDE_HEART_RATE) && hr_n[w] > 0)
			t->weeks[w].avg_hr = (int)((hr_sum[w] + hr_n[w] / 2) / hr_n[w]);
	for (int w = 0; w < BRIEF_TRAINING_WEEKS - 1; w++) {
		if (t->weeks[w].load > 0) {
			before += t->weeks[w].load;
			weeks_before++;
		}
	}
	t->jump = weeks_before >= 2 && t->weeks[BRIEF_TRAINING_WEEKS - 1].load >=
					       BRIEF_WEEK_JUMP * before / weeks_before;
}

static bool region_known(const struct brief_move *m, size_t n, enum region r, enum side s)
{
	for (size_t i = 0; i < n; i++)
		if (m[i].region == r && m[i].side == s)
			return true;
	return false;
}

/* The last level of region r, side s on a day from `from` to `to`, -1 when
 * none, with its day in *day. */
static int level_between(const struct history *h, enum region r, enum side s, dayno from, dayno to,
			 dayno *day)
{
	int level = -1;

	for (size_t i = 0; i < h->n_soreness; i++) {
		const struct soreness *e = &h->soreness[i];
		dayno d = wtime_day(e->time);

		if (e->region == r && e->side == s && d >= from && d <= to) {
			level = e->level;
			*day = d;
		}
	}
	return level;
}

static void add_move(const struct history *h, dayno date, dayno today, enum region r, enum side s,
		     struct brief_past *p)
{
	struct brief_move *m;
	dayno day = date, after_day = date;
	int before = level_between(h, r, s, date - ADVICE_SORE_DAYS + 1, date, &day);
	int after = level_between(h, r, s, date + 1, MIN(date + BRIEF_RESPONSE_DAYS, today),
				  &after_day);

	if (p->n_moves >= BRIEF_SESSION_REGIONS || region_known(p->moves, p->n_moves, r, s))
		return;
	if (before < 0 && after < 0)
		return;
	m = &p->moves[p->n_moves++];
	*m = (struct brief_move){ r, s, before, after, after >= 0 ? after_day - date : 0 };
}

/* The regions a session worked on: those logged with it, else those sore
 * on its day (the week before it). */
static void build_moves(const struct history *h, dayno today, struct brief_past *p)
{
	p->moves = g_new0(struct brief_move, BRIEF_SESSION_REGIONS);
	for (size_t i = 0; i < p->n_regions; i++) {
		enum region r = p->regions[i].region;

		if (p->regions[i].side == SIDE_NONE && region_has_side(r)) {
			add_move(h, p->date, today, r, SIDE_LEFT, p);
			add_move(h, p->date, today, r, SIDE_RIGHT, p);
		} else {
			add_move(h, p->date, today, r, p->regions[i].side, p);
		}
	}
	if (p->n_regions > 0)
		return;
	/* Nothing logged with it: the sorest regions of its day, worst first. */
	for (int level = 10; level > 0 && p->n_moves < BRIEF_SESSION_REGIONS; level--) {
		for (size_t i = 0; i < h->n_soreness; i++) {
			const struct soreness *e = &h->soreness[i];
			dayno d = wtime_day(e->time), day;

			if (d > p->date || d <= p->date - ADVICE_SORE_DAYS)
				continue;
			if (level_between(h, e->region, e->side, p->date - ADVICE_SORE_DAYS + 1,
					  p->date, &day) == level)
				add_move(h, p->date, today, e->region, e->side, p);
		}
	}
}

static void build_past(const struct brief_facts *f, const struct brief_options *opt,
		       struct brief *b)
{
	const struct history *h = f->h;

	b->past = g_new0(struct brief_past, BRIEF_SESSIONS);
	for (size_t i = h->n_massages; i-- > 0 && b->n_past < BRIEF_SESSIONS;) {
		const struct massage *m = &h->massages[i];
		struct brief_past *p;

		if (m->date > b->today || m->date >= b->session.date)
			continue;
		p = &b->past[b->n_past++];
		p->date = m->date;
		p->kind = m->kind;
		p->n_regions = m->n_regions;
		p->regions = g_memdup2(m->regions, sizeof(*m->regions) * m->n_regions);
		if (opt->include & BRIEF_INCLUDE_NOTES) {
			if (m->note && *m->note)
				p->note = g_strdup(m->note);
			if (m->therapist && *m->therapist)
				p->therapist = g_strdup(m->therapist);
		}
		build_moves(h, b->today, p);
	}
}

static void build_run_notes(const struct brief_facts *f, struct brief *b)
{
	const struct history *h = f->h;

	b->run_notes = g_new0(struct brief_run_note, BRIEF_MAX_RUN_NOTES);
	for (size_t i = h->n_runs; i-- > 0 && b->n_run_notes < BRIEF_MAX_RUN_NOTES;) {
		const struct run *r = &h->runs[i];
		dayno d = wtime_day(r->start);

		if (d > b->today || d <= b->today - BRIEF_TRAINING_WEEKS * 7)
			continue;
		if (!r->note || !*r->note)
			continue;
		b->run_notes[b->n_run_notes].day = d;
		b->run_notes[b->n_run_notes++].note = g_strdup(r->note);
	}
}

void brief_build(const struct brief_facts *f, const struct brief_options *opt, struct brief *out)
{
	memset(out, 0, sizeof(*out));
	out->today = wtime_day(f->now);
	out->units = opt->units;
	out->include = opt->include;
	build_session(f, opt, &out->session);
	build_regions(f, opt, out);
	build_races(f, out);
	build_training(f, opt, out);
	build_past(f, opt, out);
	if (opt->include & BRIEF_INCLUDE_NOTES)
		build_run_notes(f, out);
	if (opt->note && *opt->note)
		out->note = g_strdup(opt->note);
}

const struct brief_region *brief_find_region(const struct brief *b, enum region r, enum side s)
{
	for (size_t i = 0; i < b->n_regions; i++)
		if (b->regions[i].region == r && b->regions[i].side == s)
			return &b->regions[i];
	return NULL;
}

void brief_clear(struct brief *b)
{
	g_free(b->session.race);
	g_free(b->session.warning);
	g_free(b->session.focus);
	g_free(b->session.avoid);
	g_strfreev(b->session.reasons);
	for (size_t i = 0; i < b->n_regions; i++)
		g_free(b->regions[i].note);
	g_free(b->regions);
	for (size_t i = 0; i < b->n_races; i++)
		g_free(b->races[i].name);
	g_free(b->races);
	for (size_t i = 0; i < b->n_past; i++) {
		g_free(b->past[i].regions);
		g_free(b->past[i].moves);
		g_free(b->past[i].therapist);
		g_free(b->past[i].note);
	}
	g_free(b->past);
	for (size_t i = 0; i < b->n_run_notes; i++)
		g_free(b->run_notes[i].note);
	g_free(b->run_notes);
	g_free(b->note);
	memset(b, 0, sizeof(*b));
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* advice.c - the next massage: the rules, in order (advice.h); the soreness
 * they read is advice_sore.c's, the status picture advice_status.c's. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <glib.h>
#include "core/advice/advice.h"
#include "core/advice/baseline.h"
#include "core/clock.h"
#include "core/i18n.h"
#include "core/regions.h"

#define SORE_SPAN ADVICE_SORE_SPAN
#define SIDES 3
#define SLOTS (REGION_COUNT * SIDES)

static const char *const urgency_ids[URGENCY_COUNT] = { "overdue", "due", "soon", "routine" };
static const char *const urgency_names[URGENCY_COUNT] = {
	N_("overdue"), N_("due"), N_("soon"), N_("routine"),
};
static const char *const trend_ids[TREND_COUNT] = { "new", "worsening", "steady", "improving" };
static const char *const trend_names[TREND_COUNT] = {
	/* TRANSLATORS: a soreness trend: first logged recently. */
	N_("new"), N_("worsening"), N_("steady"), N_("improving"),
};

const char *urgency_id(enum urgency u)
{
	return urgency_ids[(unsigned)u < URGENCY_COUNT ? u : URGENCY_ROUTINE];
}

const char *urgency_name(enum urgency u)
{
	return _(urgency_names[(unsigned)u < URGENCY_COUNT ? u : URGENCY_ROUTINE]);
}

const char *sore_trend_id(enum sore_trend t)
{
	return trend_ids[(unsigned)t < TREND_COUNT ? t : TREND_STEADY];
}

const char *sore_trend_name(enum sore_trend t)
{
	return _(trend_names[(unsigned)t < TREND_COUNT ? t : TREND_STEADY]);
}

dayno advice_history_from(dayno today)
{
	return today - ADVICE_HISTORY_DAYS + 1;
}

/* ---- helpers ----------------------------------------------------------- */

#define kind_is_deep advice_kind_is_deep

/* Regions where pressing on a knot is wrong: tendons, joints, bone. */
static bool region_takes_trigger_point(enum region r)
{
	return r != REGION_ACHILLES && r != REGION_KNEE && r != REGION_SHIN;
}

int advice_interval(enum phase p, double week_km)
{
	static const int table[PHASE_COUNT][ADVICE_VOLUME_BANDS] = {
		[PHASE_NONE] = ADVICE_INTERVAL_NONE,	     [PHASE_BASE] = ADVICE_INTERVAL_BASE,
		[PHASE_BUILD] = ADVICE_INTERVAL_BUILD,	     [PHASE_PEAK] = ADVICE_INTERVAL_PEAK,
		[PHASE_TAPER] = ADVICE_INTERVAL_TAPER,	     [PHASE_RACE_WEEK] = ADVICE_INTERVAL_RACE_WEEK,
		[PHASE_RECOVERY] = ADVICE_INTERVAL_RECOVERY,
	};
	int band = week_km >= ADVICE_VOLUME_VERY_HIGH_KM ? 3
		   : week_km >= ADVICE_VOLUME_HIGH_KM	 ? 2
		   : week_km >= ADVICE_VOLUME_MODERATE_KM ? 1
							 : 0;

	return table[(unsigned)p < PHASE_COUNT ? p : PHASE_NONE][band];
}

/* "Left calf" from "left calf": region names start sentences. */
static char *region_label(enum region r, enum side s)
{
	char *name = region_side_name(r, s);
	gunichar c = g_utf8_get_char(name);
	char upper[8];
	int len = g_unichar_to_utf8(g_unichar_toupper(c), upper);
	char *out = g_strdup_printf("%.*s%s", len, upper, g_utf8_next_char(name));

	g_free(name);
	return out;
}

static void add_reason(GPtrArray *reasons, char *sentence)
{
	g_ptr_array_add(reasons, sentence);
}

static int trend_weight(enum sore_trend t)
{
	return t == TREND_WORSENING ? 1 : t == TREND_IMPROVING ? -1 : 0;
}

static int focus_compare(const void *pa, const void *pb)
{
	const struct advice_focus *a = pa, *b = pb;
	/* A worsening region ranks 1.5 levels above its level, an improving
	 * one 1.5 below: worse-getting beats better-getting at equal levels and
	 * one level apart, but not a region far worse. */
	double sa = a->level + ADVICE_TREND_WEIGHT * trend_weight(a->trend);
	double sb = b->level + ADVICE_TREND_WEIGHT * trend_weight(b->trend);

	if (sa != sb)
		return sa > sb ? -1 : 1;
	if (a->level != b->level)
		return b->level - a->level;
	if (a->region != b->region)
		return (int)a->region - (int)b->region;
	return (int)a->side - (int)b->side;
}

static int referral_compare(const void *pa, const void *pb)
{
	const struct advice_referral *a = pa, *b = pb;

	if (a->level != b->level)
		return b->level - a->level;
	if (a->region != b->region)
		return (int)a->region - (int)b->region;
	return (int)a->side - (int)b->side;
}

/* ---- the advice -------------------------------------------------------- */

struct ctx {
	const struct history *h;
	dayno today;
	GPtrArray *reasons;
	struct load_figures load;
	struct phase_info pi;
	bool training;
	bool had_deep; /* a deep-tissue, myofascial or trigger point session before */
	bool has_last;
	dayno last;
	enum massage_kind last_kind;
	bool spike; /* a load spike over at least 4 weeks of runs */
	/* The answer as the rules build it. */
	dayno date;
	bool urgent;  /* soreness, load or a race brought the date forward */
	bool overdue; /* the rhythm's date has passed */
	bool light;   /* a light flush after a long run or a race */
	const struct run *long_run;
	dayno no_deep_until; /* after an A or B race: no deep work before */
	const struct massage *booking; /* the soonest session booked after today */
	struct sore_state *sore; /* advice_soreness() on today */
	size_t n_sore;
};

static const struct sore_state *ctx_sore(const struct ctx *c, enum region r, enum side s)
{
	for (size_t i = 0; i < c->n_sore; i++)
		if (c->sore[i].region == r && c->sore[i].side == s)
			return &c->sore[i];
	return NULL;
}

static void find_last_massage(struct ctx *c)
{
	for (size_t i = 0; i < c->h->n_massages; i++) {
		const struct massage *m = &c->h->massages[i];

		/* Sessions dated after today are bookings, not history. */
		if (m->date > c->today && (!c->booking || m->date < c->booking->date))
			c->booking = m;
		if (m->date > c->today)
			continue;
		if (kind_is_deep(m->kind))
			c->had_deep = true;
		if (!c->has_last || m->date >= c->last) {
			c->has_last = true;
			c->last = m->date;
			c->last_kind = m->kind;
		}
	}
}

static bool massage_since(const struct ctx *c, dayno from)
{
	return c->has_last && c->last >= from;
}

static void build_windows(const struct ctx *c, struct advice *a)
{
	a->windows = g_new0(struct advice_window, c->h->n_races ? c->h->n_races : 1);
	for (size_t i = 0; i < c->h->n_races; i++) {
		const struct race *r = &c->h->races[i];
		dayno from, to;

		if (!advice_race_window(r, &from, &to) || to < c->today ||
		    from > c->today + ADVICE_HORIZON_DAYS)
			continue;
		struct advice_window *w = &a->windows[a->n_windows++];
		w->from = from;
		w->to = to;
		w->race_date = r->date;
		w->race = g_strdup(r->name ? r->name : "");
		w->priority = r->priority;
	}
	/* Sort by date: the history keeps races oldest first, but only by
	 * convention. */
	for (size_t i = 1; i < a->n_windows; i++) {
		for (size_t j = i; j > 0 && a->windows[j].from < a->windows[j - 1].from; j--) {
			struct advice_window t = a->windows[j];

			a->windows[j] = a->windows[j - 1];
			a->windows[j - 1] = t;
		}
	}
}

static const struct advice_window *window_at(const struct advice *a, dayno d)
{
	for (size_t i = 0; i < a->n_windows; i++)
		if (d >= a->windows[i].from && d <= a->windows[i].to)
			return &a->windows[i];
	return NULL;
}

static void reason_phase(struct ctx *c)
{
	char buf[DATE_BUF];
	const struct phase_info *pi = &c->pi;

	if (pi->phase == PHASE_RECOVERY && pi->recovering) {
		add_reason(c->reasons,
			   g_strdup_printf(ngettext("Training phase: recovery, %d day after %s (%s).",
						    "Training phase: recovery, %d days after %s (%s).",
						    pi->days_since_race),
					   pi->days_since_race, pi->recovering->name,
					   day_format(pi->recovering->date, buf)));
	} else if (pi->race && pi->days_to_race == 0) {
		add_reason(c->reasons, g_strdup_printf(_("Today is race day: %s (priority %c)."),
						       pi->race->name, pi->race->priority));
	} else if (pi->race) {
		add_reason(c->reasons,
			   g_strdup_printf(ngettext("Training phase: %s, %d day before %s (%s, priority %c).",
						    "Training phase: %s, %d days before %s (%s, priority %c).",
						    pi->days_to_race),
					   phase_name(pi->phase), pi->days_to_race, pi->race->name,
					   day_format(pi->race->date, buf), pi->race->priority));
	} else if (pi->phase == PHASE_BASE) {
		add_reason(c->reasons,
			   g_strdup(_("Training phase: base (no race of priority A or B planned).")));
	} else {
		add_reason(c->reasons,
			   g_strdup_printf(_("Training phase: none (no run in the last %d days and no race planned)."),
					   PHASE_TRAINING_DAYS));
	}
}

/* Where the efforts of the week came from, when not all were rated. */
static void reason_efforts(struct ctx *c)
{
	const struct load_figures *lf = &c->load;
	const int from_hr = lf->week_from[LOAD_FROM_HR], from_kind = lf->week_from[LOAD_FROM_KIND];

	if (from_hr > 0 && lf->hr.max_from != LOAD_HR_FROM_SETTINGS)
		add_reason(c->reasons,
			   g_strdup_printf(ngettext("%d run had no effort rating: its effort was estimated from its heart rate, against an estimated maximum of %d (set [runner] max_hr in the configuration for a better figure).",
						    "%d runs had no effort rating: their effort was estimated from their heart rate, against an estimated maximum of %d (set [runner] max_hr in the configuration for a better figure).",
						    from_hr),
					   from_hr, lf->hr.max_hr));
	else if (from_hr > 0)
		add_reason(c->reasons,
			   g_strdup_printf(ngettext("%d run had no effort rating: its effort was estimated from its heart rate.",
						    "%d runs had no effort rating: their effort was estimated from their heart rate.",
						    from_hr),
					   from_hr));
	if (from_kind > 0)
		add_reason(c->reasons,
			   g_strdup_printf(ngettext("%d run had no effort rating: its load was estimated from its kind.",
						    "%d runs had no effort rating: their load was estimated from their kind.",
						    from_kind),
					   from_kind));
}

/* The acute:chronic ratio as a trend, or why there is none. */
static void reason_acwr(struct ctx *c)
{
	const struct load_figures *lf = &c->load;

	if (c->spike)
		return; /* the spike's own sentence leads the reasons */
	if (!lf->has_acwr) {
		if (lf->acwr_note == LOAD_ACWR_LOW_CHRONIC)
			add_reason(c->reasons, g_strdup(_("Acute:chronic workload ratio: not enough history (the four weeks before this one are far below your usual load, so the ratio would only measure the break).")));
		return;
	}
	add_reason(c->reasons,
		   g_strdup_printf(lf->acwr > LOAD_ACWR_HIGH
				   ? _("Acute:chronic workload ratio %.2f, above the usual %.1f-%.1f band.")
				   : lf->acwr < LOAD_ACWR_LOW
				   ? _("Acute:chronic workload ratio %.2f, below the usual %.1f-%.1f band.")
				   : _("Acute:chronic workload ratio %.2f, within the usual %.1f-%.1f band."),
				   lf->acwr, LOAD_ACWR_LOW, LOAD_ACWR_HIGH));
}

static void reason_load(struct ctx *c, int comeback_gap)
{
	const struct load_figures *lf = &c->load;

	if (!lf->has_first_run || (!c->training && lf->week_runs == 0))
		return;
	add_reason(c->reasons,
		   g_strdup_printf(ngettext("Load of the last 7 days: %.0f (effort x minutes) over %d run; fitness %.0f, fatigue %.0f, form %.0f.",
					    "Load of the last 7 days: %.0f (effort x minutes) over %d runs; fitness %.0f, fatigue %.0f, form %.0f.",
					    lf->week_runs),
				   lf->week_load, lf->week_runs, lf->fitness, lf->fatigue, lf->form));
	if (lf->pmc_short)
		add_reason(c->reasons,
			   g_strdup_printf(ngettext("Only %d day of history: fitness, fatigue and form mean little until about six weeks of runs are logged.",
						    "Only %d days of history: fitness, fatigue and form mean little until about six weeks of runs are logged.",
						    lf->history_days),
					   lf->history_days));
	reason_efforts(c);
	if (comeback_gap > 0)
		add_reason(c->reasons,
			   g_strdup_printf(ngettext("Back to running after %d day without a run: build the load up gradually, with easy runs for a week or two before anything long or fast.",
						    "Back to running after %d days without a run: build the load up gradually, with easy runs for a week or two before anything long or fast.",
						    comeback_gap),
					   comeback_gap));
	reason_acwr(c);
	if (lf->has_monotony && lf->monotony > LOAD_MONOTONY_HIGH)
		add_reason(c->reasons,
			   g_strdup_printf(_("Training monotony %.1f (above %.0f is high, strain %.0f): alternate hard and easy days."),
					   lf->monotony, LOAD_MONOTONY_HIGH, lf->strain));
}

/* The longest stretch without runs that ended in the last 3 weeks, or 0. */
static int comeback_gap(const struct ctx *c)
{
	const dayno from = advice_history_from(c->today);
	dayno prev = 0;
	bool have_prev = false;
	int gap = 0;

	for (size_t i = 0; i < c->h->n_runs; i++) {
		dayno d = wtime_day(c->h->runs[i].start);

		if (d < from || d > c->today)
			continue;
		if (have_prev && d - prev - 1 >= ADVICE_COMEBACK_GAP_DAYS &&
		    d > c->today - ADVICE_COMEBACK_RECENT_DAYS)
			gap = MAX(gap, d - prev - 1);
		if (!have_prev || d > prev)
			prev = d;
		have_prev = true;
	}
	return gap;
}

/* No deep tissue, myofascial or trigger point on a region at 7 or more. */
static enum massage_kind too_sore_for_deep(const struct advice *a, enum massage_kind kind,
					   char **why)
{
	const struct advice_focus *worst = &a->focus[0];
	char *label;

	if (!kind_is_deep(kind))
		return kind;
	for (size_t i = 1; i < a->n_focus; i++)
		if (a->focus[i].level > worst->level)
			worst = &a->focus[i];
	if (worst->level < ADVICE_LEVEL_SEVERE)
		return kind;
	label = region_label(worst->region, worst->side);
	g_free(*why);
	*why = g_strdup_printf(_("%s at %d/10 is too sore for deep pressure: a sports massage, gentle there, rather than %s."),
			       label, worst->level, massage_kind_name(kind));
	g_free(label);
	return MASSAGE_SPORTS;
}

/* The kind the focus regions call for, with the sentence that says why. */
static enum massage_kind kind_for_regions(const struct ctx *c, const struct advice *a,
					  char **why)
{
	*why = NULL;
	if (a->n_focus > 0 && a->focus[0].level >= ADVICE_LEVEL_SORE) {
		const struct advice_focus *top = &a->focus[0];
		char *label = region_label(top->region, top->side);
		char *name = region_side_name(top->region, top->side);
		enum massage_kind kind = MASSAGE_SPORTS;
		bool knot = top->level >= ADVICE_LEVEL_RAISED;

		for (size_t i = 1; i < a->n_focus; i++)
			if (a->focus[i].level > top->level - ADVICE_KNOT_MARGIN)
				knot = false;

		if (top->region == REGION_IT_BAND || top->region == REGION_HIP_FLEXOR ||
		    top->region == REGION_PIRIFORMIS) {
			kind = top->region == REGION_PIRIFORMIS ? MASSAGE_DEEP_TISSUE
								: MASSAGE_MYOFASCIAL;
			*why = g_strdup_printf(_("%s at %d/10: %s suits a long-standing restriction in this region."),
					       label, top->level, massage_kind_name(kind));
		} else if (knot && region_takes_trigger_point(top->region)) {
			kind = MASSAGE_TRIGGER_POINT;
			*why = g_strdup_printf(_("One region stands out (%s, %d/10): trigger point therapy for a local knot."),
					       name, top->level);
		} else if (knot) {
			*why = g_strdup_printf(_("One region stands out (%s, %d/10), but a tendon or a joint is no place to press: a sports massage on the muscles around it."),
					       name, top->level);
		} else if (a->n_focus == 1) {
			*why = g_strdup_printf(_("%s at %d/10: a sports massage eases it along with the muscles that carry the load."),
					       label, top->level);
		} else {
			*why = g_strdup(_("Soreness in several regions: a sports massage on the muscles that carry the load."));
		}
		g_free(name);
		g_free(label);
		return too_sore_for_deep(a, kind, why);
	}
	if (c->training) {
		*why = g_strdup(a->n_see_professional
				? _("General training load: a sports massage on the muscles running loads most, leaving alone the region to have looked at.")
				: _("General training load: a sports massage on the muscles running loads most."));
		return MASSAGE_SPORTS;
	}
	if (c->h->n_runs > 0 || c->h->n_soreness > 0 || c->has_last) {
		*why = g_strdup(a->n_see_professional
				? _("Not training, and nothing sore besides the region to have looked at: a relaxation massage, for the nervous system and sleep, away from it.")
				: _("Not training and nothing sore: a relaxation massage, for the nervous system and sleep."));
		return MASSAGE_RELAXATION;
	}
	return MASSAGE_SPORTS;
}

static void reason_referrals(struct ctx *c, const struct advice *a);

/* Every current sore region, flagged or not, into the focus list: the
 * rules narrow it down from there. */
static void collect_sore(struct ctx *c, struct advice *a)
{
	a->focus = g_new0(struct advice_focus, MAX(c->n_sore, 3));
	a->see_professional = g_new0(struct advice_referral, MAX(c->n_sore, 1));
	for (size_t i = 0; i < c->n_sore; i++) {
		const struct sore_state *s = &c->sore[i];
		struct advice_focus *f;

		if (!s->refer && (!s->current || s->counted <= 0))
			continue;
		f = &a->focus[a->n_focus++];
		f->region = s->region;
		f->side = s->side;
		f->level = s->counted;
		f->trend = s->trend;
		f->logged = s->level;
		f->last_day = s->last_day;
	}
}

/* Whether a region shares a segment with a flagged one (or is one). */
static bool near_flag(const struct advice *a, enum region r, enum side s)
{
	for (size_t i = 0; i < a->n_see_professional; i++)
		if (advice_regions_neighbours(a->see_professional[i].region,
					      a->see_professional[i].side, r, s))
			return true;
	return false;
}

/* Triage: flagged regions leave the focus for see_professional, and their
 * segment with them. */
static void rule_triage(struct ctx *c, struct advice *a)
{
	size_t kept = 0;

	for (size_t i = 0; i < a->n_focus; i++) {
		const struct advice_focus *f = &a->focus[i];
		const struct sore_state *s = ctx_sore(c, f->region, f->side);

		if (s && s->refer) {
			a->see_professional[a->n_see_professional++] = (struct advice_referral){
				.region = s->region, .side = s->side, .level = s->level,
				.days = s->refer_days, .rising = s->rising, .why = s->flag,
				.since = s->flag_day, .assessed = s->assessed };
		} else {
			a->focus[kept++] = *f;
		}
	}
	a->n_focus = kept;
	kept = 0;
	for (size_t i = 0; i < a->n_focus; i++) {
		const struct advice_focus *f = &a->focus[i];

		if (near_flag(a, f->region, f->side)) {
			char *label = region_label(f->region, f->side);

			add_reason(c->reasons,
				   g_strdup_printf(_("%s: left alone too, as it shares a segment with a region to have looked at."),
						   label));
			g_free(label);
			continue;
		}
		a->focus[kept++] = *f;
	}
	a->n_focus = kept;
	qsort(a->focus, a->n_focus, sizeof *a->focus, focus_compare);
	if (a->n_focus > ADVICE_MAX_FOCUS)
		a->n_focus = ADVICE_MAX_FOCUS;
	qsort(a->see_professional, a->n_see_professional, sizeof *a->see_professional,
	      referral_compare);
	reason_referrals(c, a);
}

static void reason_focus(struct ctx *c, const struct advice *a)
{
	for (size_t i = 0; i < a->n_focus && i < 3; i++) {
		const struct advice_focus *f = &a->focus[i];
		char *name = region_side_name(f->region, f->side);

		add_reason(c->reasons, g_strdup_printf(_("Soreness: %s at %d/10 (%s)."), name,
						       f->level, sore_trend_name(f->trend)));
		g_free(name);
	}
}

static char *referral_sentence(const struct advice_referral *r, const char *label,
			       const struct sore_state *st)
{
	char buf[DATE_BUF];

	switch (r->why) {
	case SORE_FLAG_SHARP:
		return g_strdup_printf(_("%s: sharp pain at %d/10 on %s. Sharp or sudden pain is for a physiotherapist or a doctor to look at; no massage there until then."),
				       label, st->flag_level, day_format(st->flag_day, buf));
	case SORE_FLAG_SUDDEN:
		return g_strdup_printf(_("%s: %d/10 on one side from the first entry (%s). Pain this strong that comes on at once is for a physiotherapist or a doctor to look at; no massage there until then."),
				       label, st->flag_level, day_format(st->flag_day, buf));
	case SORE_FLAG_JUMP:
		return g_strdup_printf(ngettext("%s: from %d/10 to %d/10 within %d day, on one side only. A rise that quick is for a physiotherapist or a doctor to look at; no massage there until then.",
						"%s: from %d/10 to %d/10 within %d days, on one side only. A rise that quick is for a physiotherapist or a doctor to look at; no massage there until then.",
						st->flag_span),
				       label, st->flag_from, st->flag_level, st->flag_span);
	case SORE_FLAG_PERSISTENT:
		return g_strdup_printf(ngettext("%s: at 4/10 or more on this side only for %d day (now %d/10). Pain that lasts on one side is for a physiotherapist or a doctor to look at; no massage there until then.",
						"%s: at 4/10 or more on this side only for %d days (now %d/10). Pain that lasts on one side is for a physiotherapist or a doctor to look at; no massage there until then.",
						r->days),
				       label, r->days, r->level);
	case SORE_FLAG_NOT_RESPONDING:
		return g_strdup_printf(ngettext("%s: %d session in the last 3 weeks and still at %d/10. This is not responding to massage: have it assessed by a physiotherapist or a doctor, and no more sessions for it until then.",
						"%s: %d sessions in the last 3 weeks and still at %d/10. This is not responding to massage: have it assessed by a physiotherapist or a doctor, and no more sessions for it until then.",
						st->flag_sessions),
				       label, st->flag_sessions, r->level);
	case SORE_FLAG_RISING:
		return g_strdup_printf(ngettext("%s: getting worse for %d day (now %d/10). That is a question for a physiotherapist or a doctor, not for a massage.",
						"%s: getting worse for %d days (now %d/10). That is a question for a physiotherapist or a doctor, not for a massage.",
						r->days),
				       label, r->days, r->level);
	default:
		return g_strdup_printf(ngettext("%s: at 7 or more on %d of the last 7 days (now %d/10). That is a question for a physiotherapist or a doctor, not for a massage.",
						"%s: at 7 or more on %d of the last 7 days (now %d/10). That is a question for a physiotherapist or a doctor, not for a massage.",
						r->days),
				       label, r->days, r->level);
	}
}

static void reason_referrals(struct ctx *c, const struct advice *a)
{
	char buf[DATE_BUF];
	bool open = false;

	for (size_t i = 0; i < a->n_see_professional; i++) {
		const struct advice_referral *r = &a->see_professional[i];
		const struct sore_state *st = ctx_sore(c, r->region, r->side);
		char *label = region_label(r->region, r->side);

		if (r->assessed)
			add_reason(c->reasons,
				   g_strdup_printf(_("%s: assessed on %s and not cleared for massage: no massage there; log it at 0, or the assessment again with --cleared, when a professional says it is fine."),
						   label, day_format(st->assessed_day, buf)));
		else if (st)
			add_reason(c->reasons, referral_sentence(r, label, st));
		open |= !r->assessed;
		g_free(label);
	}
	/* Every region knead knows is on the legs or the back. */
	if (open)
		add_reason(c->reasons, g_strdup(_("Ease off running until it has been looked at: pain that changes how you land or hold yourself gets worse with every stride.")));
}

static void reason_stale(struct ctx *c, const struct advice *a)
{
	/* A level that faded to 0 leaves the focus: say so. */
	for (size_t i = 0; i < c->n_sore; i++) {
		const struct sore_state *s = &c->sore[i];
		int ago = (int)(c->today - s->last_day);
		char *label;

		if (!s->current || s->refer || s->level <= 0 || s->counted > 0)
			continue;
		label = region_label(s->region, s->side);
		add_reason(c->reasons,
			   g_strdup_printf(ngettext("%s: %d/10 logged %d day ago and not updated since, so it no longer counts (0/10). Log it again if it still holds.",
						    "%s: %d/10 logged %d days ago and not updated since, so it no longer counts (0/10). Log it again if it still holds.",
						    ago),
					   label, s->level, ago));
		g_free(label);
	}

	for (size_t i = 0; i < a->n_focus; i++) {
		const struct advice_focus *f = &a->focus[i];
		int ago = (int)(c->today - f->last_day);
		char *label;

		if (f->logged == f->level || f->logged <= 0)
			continue;
		label = region_label(f->region, f->side);
		add_reason(c->reasons,
			   g_strdup_printf(ngettext("%s: %d/10 logged %d day ago and not updated since, so it counts as %d/10. Log it again if it still holds.",
						    "%s: %d/10 logged %d days ago and not updated since, so it counts as %d/10. Log it again if it still holds.",
						    ago),
					   label, f->logged, ago, f->level));
		g_free(label);
	}
}

/* The last long run or race of yesterday or today, if no massage came after. */
static const struct run *recent_long_run(const struct ctx *c)
{
	const struct run *found = NULL;

	for (size_t i = 0; i < c->h->n_runs; i++) {
		const struct run *r = &c->h->runs[i];
		dayno d = wtime_day(r->start);

		if (d < c->today - 1 || d > c->today || !run_is_long(c->h, r))
			continue;
		if (!found || r->start > found->start)
			found = r;
	}
	if (found && massage_since(c, wtime_day(found->start)))
		return NULL;
	return found;
}

/* The regular rhythm of the phase, from the last massage. */
static void rule_rhythm(struct ctx *c, struct advice *a)
{
	char buf[DATE_BUF];
	const dayno today = c->today;
	const double week_km = baseline_week_km(c->h, today);
	const int interval = advice_interval(a->phase, week_km);
	int ago = today - c->last;

	if (!c->has_last) {
		add_reason(c->reasons, g_strdup(_("No massage logged yet.")));
		/* A first session within the week: regular bodywork should not
		 * wait for something to hurt. */
		c->date = today + ADVICE_FIRST_SESSION_DAYS;
		return;
	}
	if (ago == 0)
		add_reason(c->reasons, g_strdup_printf(_("Last massage: %s, today."),
						       massage_kind_name(c->last_kind)));
	else
		add_reason(c->reasons,
			   g_strdup_printf(ngettext("Last massage: %s on %s, %d day ago.",
						    "Last massage: %s on %s, %d days ago.", ago),
					   massage_kind_name(c->last_kind), day_format(c->last, buf),
					   ago));
	c->date = c->last + interval;
	if (c->training)
		add_reason(c->reasons,
			   g_strdup_printf(ngettext("In this phase and at your weekly distance, a session about every %d day keeps the tissue in shape.",
						    "In this phase and at your weekly distance, a session about every %d days keeps the tissue in shape.",
						    interval),
					   interval));
	else
		add_reason(c->reasons,
			   g_strdup_printf(ngettext("In this phase a session about every %d day keeps the tissue in shape.",
						    "In this phase a session about every %d days keeps the tissue in shape.",
						    interval),
					   interval));
	if (c->date < today) {
		c->overdue = true;
		add_reason(c->reasons,
			   g_strdup_printf(ngettext("That rhythm called for a session %d day ago.",
						    "That rhythm called for a session %d days ago.",
						    today - c->date),
					   today - c->date));
	}
	c->date = MAX(c->date, today);
}

/* The load figures as reasons.  The ratio is one trend among others
 * (Impellizzeri 2020), never a verdict: it does not move the date.  A true
 * spike is a training question first, so its advice leads the reasons. */
static void rule_load(struct ctx *c, struct advice *a)
{
	(void)a;
	reason_load(c, comeback_gap(c));
	if (c->spike)
		g_ptr_array_insert(c->reasons, 0,
				   g_strdup_printf(_("Load spike (the last 7 days carried %.1f times the weekly load of the four weeks before): hold or reduce the load for the next few days. A massage can ease the soreness but does not make up for the spike."),
						   c->load.acwr));
}

static void rule_soreness(struct ctx *c, struct advice *a)
{
	const dayno today = c->today;
	int top = a->n_focus ? a->focus[0].level : 0;

	reason_focus(c, a);
	reason_stale(c, a);
	for (size_t i = 1; i < a->n_focus; i++)
		top = MAX(top, a->focus[i].level);
	if (top >= ADVICE_LEVEL_HIGH) {
		c->date = today;
		c->urgent = true;
		add_reason(c->reasons, g_strdup_printf(_("Soreness at %d/10 is high: a session now rather than later."),
						       top));
	} else if (top >= ADVICE_LEVEL_RAISED && c->has_last &&
		   today - c->last < ADVICE_RAISED_AFTER_SESSION_DAYS) {
		/* A session a day or three ago already worked on it: soreness
		 * that fades day by day needs no second one yet. */
		add_reason(c->reasons,
			   g_strdup_printf(ngettext("Soreness at %d/10, %d day after a session: let it fade before another one.",
						    "Soreness at %d/10, %d days after a session: let it fade before another one.",
						    today - c->last),
					   top, today - c->last));
	} else if (top >= ADVICE_LEVEL_RAISED) {
		c->date = MIN(c->date, today + ADVICE_RAISED_WITHIN_DAYS);
		c->urgent = true;
		add_reason(c->reasons, g_strdup_printf(_("Soreness at %d/10: a session within 2 days."),
						       top));
	}
	if (!c->has_last && top >= ADVICE_LEVEL_SORE) {
		char *name = region_side_name(a->focus[0].region, a->focus[0].side);

		a->suggest_series = true;
		c->date = MIN(c->date, today + ADVICE_SERIES_WITHIN_DAYS);
		c->urgent = true;
		add_reason(c->reasons,
			   g_strdup_printf(_("No massage logged yet, with %s at %d/10: a short series of three sessions about a week apart does more than a single one."),
					   name, a->focus[0].level));
		g_free(name);
	}
}

/* A race run: logged as one, or run on the day of a race of the calendar. */
static bool run_was_race(const struct ctx *c, const struct run *run)
{
	if (run->kind == RUN_RACE)
		return true;
	for (size_t i = 0; i < c->h->n_races; i++)
		if (c->h->races[i].date == wtime_day(run->start))
			return true;
	return false;
}

static bool run_was_race(const struct ctx *c, const struct run *run);

/* A race of priority A or B on day d. */
static bool key_race_on(const struct ctx *c, dayno d)
{
	for (size_t i = 0; i < c->h->n_races; i++)
		if (c->h->races[i].date == d && race_is_key(&c->h->races[i]))
			return true;
	return false;
}

/* A run well beyond this runner's own long runs of the last weeks. */
static bool run_exceptional(const struct ctx *c, const struct run *run)
{
	const dayno d = wtime_day(run->start);
	double longest = 0, secs = baseline_run_seconds(run);
	int n = 0;

	for (size_t i = 0; i < c->h->n_runs; i++) {
		const struct run *r = &c->h->runs[i];
		dayno rd = wtime_day(r->start);

		if (r == run || rd >= d || rd < d - 7 * BASELINE_WEEKS)
			continue;
		longest = MAX(longest, baseline_run_seconds(r));
		n++;
	}
	return n >= BASELINE_MIN_RUNS && secs >= ADVICE_EXCEPTIONAL_FACTOR * longest;
}

/* Whether a long run earns its own flush: an A or B race, a race of a half
 * marathon or more, a run well beyond the runner's usual long runs, or the
 * regular session due within ADVICE_FOLD_DAYS anyway (it becomes the
 * flush).  A short C race is a hard training day. */
static bool flush_earned(const struct ctx *c, const struct run *run)
{
	const dayno d = wtime_day(run->start);

	/* A goal race, or any race of a half marathon or more. */
	if (key_race_on(c, d) ||
	    (run_was_race(c, run) && run->distance_m >= ADVICE_RACE_HALF_M - 500))
		return true;
	if (run_exceptional(c, run))
		return true;
	return c->date >= 0 && c->date <= c->today + ADVICE_FOLD_DAYS;
}

/* Right after a long run or a race, a light flush. */
static void rule_long_run(struct ctx *c, struct advice *a)
{
	char buf[DATE_BUF], buf2[DATE_BUF];
	const struct run *run = recent_long_run(c);
	dayno d;
	long minutes;

	(void)a;
	c->long_run = run;
	if (!run)
		return;
	d = wtime_day(run->start);
	/* The flush folds into the rhythm: after a weekly long run only when
	 * the regular session is close anyway. */
	if (!flush_earned(c, run)) {
		c->long_run = NULL;
		return;
	}
	c->light = true;
	c->urgent = true;
	c->date = c->today;
	/* A race (or a run logged as long) can be short: "1 minute", not
	 * "1 minutes". */
	minutes = lround(run->duration_s / 60);
	if (run->kind == RUN_RACE) {
		add_reason(c->reasons,
			   g_strdup_printf(ngettext("Race on %s (%ld minute): a light flush within about a day starts recovery before soreness peaks, 24 to 72 hours later.",
						    "Race on %s (%ld minutes): a light flush within about a day starts recovery before soreness peaks, 24 to 72 hours later.",
						    (unsigned long)minutes),
					   day_format(d, buf), minutes));
	} else {
		add_reason(c->reasons,
			   g_strdup_printf(ngettext("Long run on %s (%ld minute): a light flush within about a day starts recovery before soreness peaks, 24 to 72 hours later.",
						    "Long run on %s (%ld minutes): a light flush within about a day starts recovery before soreness peaks, 24 to 72 hours later.",
						    (unsigned long)minutes),
					   day_format(d, buf), minutes));
	}
	/* Sessions never fall on consecutive days, a flush included, except
	 * the light flush after a race.  recent_long_run() found no massage
	 * since the run, so a wait is at most one day: still within a day of
	 * a run logged today. */
	if (!run_was_race(c, run) && c->has_last && c->last + ADVICE_MIN_GAP_DAYS > c->today) {
		c->date = c->last + ADVICE_MIN_GAP_DAYS;
		add_reason(c->reasons,
			   g_strdup_printf(_("After the %s of %s, the flush waits until %s: two sessions on consecutive days are too much for the tissue."),
					   massage_kind_name(c->last_kind), day_format(c->last, buf),
					   day_format(c->date, buf2)));
	}
}

/* Days from a race to the recovery session, and before deep work: more for
 * longer races (practitioners wait 3 to 5 days after a marathon, or until
 * the muscles are no longer tender). */
static int race_recovery_days(const struct race *r)
{
	if (r->distance_m <= ADVICE_RACE_10K_M)
		return ADVICE_RECOVERY_DAYS_10K;
	if (r->distance_m <= ADVICE_RACE_HALF_M)
		return ADVICE_RECOVERY_DAYS_HALF;
	if (r->distance_m <= ADVICE_RACE_MARATHON_M)
		return ADVICE_RECOVERY_DAYS_MARATHON;
	return ADVICE_RECOVERY_DAYS_ULTRA;
}

/* A light flush on race day (after the finish) or the day after, for any
 * race, when no long run or race logged has already called for one. */
static void rule_race_flush(struct ctx *c, struct advice *a)
{
	(void)a;
	for (size_t i = c->h->n_races; i-- > 0;) {
		const struct race *r = &c->h->races[i];
		int ago = c->today - r->date;

		if (ago < 0 || ago > 1 || massage_since(c, r->date))
			continue;
		/* A short priority C race is a hard training day: its flush
		 * folds into the rhythm like a long run's. */
		if (!race_is_key(r) && r->distance_m < ADVICE_RACE_HALF_M - 500 &&
		    !(c->date >= 0 && c->date <= c->today + ADVICE_FOLD_DAYS))
			continue;
		/* A race run logged already called for the flush (long-run). */
		if (c->light)
			return;
		c->light = true;
		c->urgent = true;
		c->date = c->today;
		/* On race day itself the race-day rule says it. */
		if (ago == 1)
			add_reason(c->reasons,
				   g_strdup_printf(_("%s yesterday: a light flush today, if the legs want one, starts recovery."),
						   r->name));
		return;
	}
}

static int focus_top(const struct advice *a)
{
	int top = 0;

	for (size_t i = 0; i < a->n_focus; i++)
		top = MAX(top, a->focus[i].level);
	return top;
}

/* The recovery session after an A or B race, by distance. */
static void rule_race_recovery(struct ctx *c, struct advice *a)
{
	char buf[DATE_BUF];
	const struct race *r = c->pi.recovering;
	int days;
	dayno after;

	(void)a;
	if (!r || c->light)
		return;
	days = race_recovery_days(r);
	after = r->date + days;
	c->no_deep_until = after;
	if (massage_since(c, after))
		return;
	/* Soreness brings it sooner only when nothing came since the race:
	 * after the flush of race day, the recovery session is the next. */
	if (c->date < after && c->urgent &&
	    (!massage_since(c, r->date) || focus_top(a) >= ADVICE_LEVEL_HIGH))
		return;
	c->date = MAX(c->today, after);
	c->urgent = true;
	c->overdue = false;
	add_reason(c->reasons,
		   g_strdup_printf(ngettext("After %s (%.1f km), a recovery session on %s, %d day after the race; deep work waits until then, and until the muscles are no longer tender.",
					    "After %s (%.1f km), a recovery session on %s, %d days after the race; deep work waits until then, and until the muscles are no longer tender.",
					    days),
				   r->name, r->distance_m / 1000, day_format(c->date, buf), days));
}

/* Priority C races: named, with no window around them. */
static void rule_c_race(struct ctx *c, struct advice *a)
{
	char buf[DATE_BUF];

	(void)a;
	for (size_t i = 0; i < c->h->n_races; i++) {
		const struct race *r = &c->h->races[i];
		int ahead = r->date - c->today;

		if (r->priority != 'C' || ahead < 0 || ahead > ADVICE_C_RACE_NAMED_DAYS)
			continue;
		add_reason(c->reasons,
			   g_strdup_printf(_("%s on %s is a priority C race: no window around it, and a light flush after it if the legs want one."),
					   r->name, day_format(r->date, buf)));
	}
}

/* Tissue needs a day or two between two sessions. */
static void rule_minimum_gap(struct ctx *c, struct advice *a)
{
	(void)a;
	if (c->has_last && !c->light && c->date < c->last + ADVICE_MIN_GAP_DAYS)
		c->date = c->last + ADVICE_MIN_GAP_DAYS;
}

/* The kind follows the regions; nothing sore: the muscles running loads most. */
static void rule_kind(struct ctx *c, struct advice *a)
{
	static const enum region general[] = { REGION_CALF, REGION_HAMSTRING, REGION_GLUTE };
	char *kind_why;
	enum massage_kind region_kind = kind_for_regions(c, a, &kind_why);

	a->kind = c->light ? MASSAGE_FLUSH : region_kind;
	if (c->light && kind_is_deep(region_kind) && a->n_focus > 0) {
		/* The flush comes first; the work the regions need follows. */
		a->has_follow_up = true;
		a->follow_kind = region_kind;
		a->follow_region = a->focus[0].region;
		a->follow_side = a->focus[0].side;
		a->follow_from = 2;
		a->follow_to = 3;
	}
	if (kind_why && !c->light)
		add_reason(c->reasons, kind_why);
	else
		g_free(kind_why);
	if (a->n_focus == 0 && a->kind == MASSAGE_SPORTS && c->training)
		for (size_t i = 0; i < G_N_ELEMENTS(general); i++)
			if (!near_flag(a, general[i], SIDE_NONE))
				a->focus[a->n_focus++] = (struct advice_focus){
					.region = general[i], .side = SIDE_NONE, .level = 0,
					.trend = TREND_STEADY };
}

/* The no-deep-tissue windows around A and B races. */
static void rule_race_window(struct ctx *c, struct advice *a)
{
	char buf[DATE_BUF], buf2[DATE_BUF];

	for (size_t i = 0; i < a->n_windows; i++) {
		const struct advice_window *w = &a->windows[i];

		add_reason(c->reasons,
			   g_strdup_printf(_("No deep tissue, myofascial or trigger point work from %s to %s, around %s (priority %c)."),
					   day_format(w->from, buf), day_format(w->to, buf2), w->race,
					   w->priority));
	}
	for (size_t guard = 0; guard <= a->n_windows; guard++) {
		const struct advice_window *w = window_at(a, c->date);

		if (!w)
			break;
		if (kind_is_deep(a->kind) && !c->urgent) {
			c->date = w->to + 1;
			add_reason(c->reasons,
				   g_strdup_printf(_("The %s waits until %s, after the window around %s."),
						   massage_kind_name(a->kind), day_format(c->date, buf),
						   w->race));
			continue;
		}
		if (a->kind != MASSAGE_FLUSH && a->kind != MASSAGE_RELAXATION) {
			bool calm = a->n_focus == 0 || a->focus[0].level == 0;

			a->kind = calm && c->date < w->race_date ? MASSAGE_RELAXATION : MASSAGE_FLUSH;
			add_reason(c->reasons,
				   g_strdup_printf(a->kind == MASSAGE_FLUSH
						   ? _("The date falls inside the window around %s: a light flush instead.")
						   : _("The date falls inside the window around %s: a relaxation massage instead."),
						   w->race));
		}
		break;
	}
}

/* Deep work in the days before an A or B race only for a runner used to
 * it, and after one only once the recovery days are over. */
static void rule_deep_near_race(struct ctx *c, struct advice *a)
{
	char buf[DATE_BUF], buf2[DATE_BUF];

	if (c->pi.recovering && c->date < c->no_deep_until && a->kind != MASSAGE_FLUSH &&
	    a->kind != MASSAGE_RELAXATION) {
		a->kind = MASSAGE_FLUSH;
		add_reason(c->reasons,
			   g_strdup_printf(_("%s is too soon after %s for more than a light flush: the recovery session comes on %s, and deep work only once the muscles are no longer tender."),
					   day_format(c->date, buf), c->pi.recovering->name,
					   day_format(c->no_deep_until, buf2)));
		return;
	}
	if (!kind_is_deep(a->kind))
		return;
	for (size_t i = 0; i < c->h->n_races; i++) {
		const struct race *r = &c->h->races[i];
		int before = r->date - c->date;

		/* Closer than the race window's first day is the window's rule. */
		if (!race_is_key(r) || before < ADVICE_WINDOW_BEFORE_DAYS ||
		    before > ADVICE_DEEP_LEAD_IN_DAYS)
			continue;
		if (before == ADVICE_WINDOW_BEFORE_DAYS || !c->had_deep) {
			a->kind = MASSAGE_SPORTS;
			add_reason(c->reasons,
				   g_strdup_printf(_("%s is %d days before %s: deep work belongs at least 4 days before a race, and never for the first time then, so a sports massage instead."),
						   day_format(c->date, buf), before, r->name));
			return;
		}
	}
}

/* Why a booked session deserves a word with the therapist, or NULL. */
static char *booking_warning(const struct ctx *c, const struct advice *a)
{
	const struct massage *b = c->booking;

	for (size_t i = 0; i < b->n_regions; i++) {
		for (size_t j = 0; j < a->n_see_professional; j++) {
			const struct advice_referral *r = &a->see_professional[j];
			char *name;
			char *out;

			if (b->regions[i].region != r->region ||
			    (b->regions[i].side != r->side && b->regions[i].side != SIDE_NONE &&
			     r->side != SIDE_NONE))
				continue;
			name = region_side_name(r->region, r->side);
			out = g_strdup_printf(_("The session booked on %s includes the %s, which should have no massage until a physiotherapist or a doctor has looked at it: ask the therapist to leave it alone."),
					      day_format(b->date, (char[DATE_BUF]){ 0 }), name);
			g_free(name);
			return out;
		}
	}
	if (b->n_regions == 0 && a->n_see_professional > 0) {
		/* Regions not said: the therapist should know. */
		const struct advice_referral *r = &a->see_professional[0];
		char *name = region_side_name(r->region, r->side);
		char *out = g_strdup_printf(_("For the session booked on %s, tell the therapist to leave the %s alone until a physiotherapist or a doctor has looked at it."),
					    day_format(b->date, (char[DATE_BUF]){ 0 }), name);

		g_free(name);
		return out;
	}
	/* A booked kind the race rules forbid: the gate says so (advice_gate). */
	return NULL;
}

/* A session already booked: the answer when it comes no later. */
static void rule_booking(struct ctx *c, struct advice *a)
{
	char buf[DATE_BUF];
	const struct massage *b = c->booking;

	if (!b)
		return;
	a->booking_warning = booking_warning(c, a);
	/* A routine session can wait a few days for the booking; an urgent
	 * one a day; a flush after a long run or a race not at all. */
	int slack = c->light ? 0 : c->urgent ? 1 : ADVICE_BOOKING_SLACK_DAYS;

	if (b->date <= c->date + slack) {
		c->date = b->date;
		c->overdue = false;
		a->kind = b->kind;
		a->booking_replaces = true;
		add_reason(c->reasons,
			   g_strdup_printf(_("Booked: %s on %s. That is the next session."),
					   massage_kind_name(b->kind), day_format(b->date, buf)));
	} else {
		add_reason(c->reasons,
			   g_strdup_printf(_("Booked: %s on %s; the advice is for sooner than that."),
					   massage_kind_name(b->kind), day_format(b->date, buf)));
	}
	if (a->booking_warning)
		add_reason(c->reasons, g_strdup(a->booking_warning));
}

static const struct race *race_on(const struct ctx *c, dayno d)
{
	for (size_t i = 0; i < c->h->n_races; i++)
		if (c->h->races[i].date == d)
			return &c->h->races[i];
	return NULL;
}

/* Race day: nothing before the start, at most a light flush after the
 * finish, and never overdue. */
static void rule_race_day(struct ctx *c, struct advice *a)
{
	const struct race *r = race_on(c, c->date);

	if (!r)
		return;
	c->overdue = false;
	if (a->booking_replaces) {
		add_reason(c->reasons,
			   g_strdup_printf(_("The booked session falls on race day (%s): after the finish only, and light."),
					   r->name));
		return;
	}
	a->kind = MASSAGE_FLUSH;
	add_reason(c->reasons,
		   g_strdup_printf(_("That day is race day (%s): nothing before the start; the light flush after the finish."),
				   r->name));
}

typedef void (*advice_rule_fn)(struct ctx *c, struct advice *a);

static const struct advice_rule {
	const char *id;
	const char *name; /* N_(): what `knead next` and the Why view call it */
	advice_rule_fn apply;
} advice_rules[] = {
	{ "triage", N_("triage"), rule_triage },
	{ "rhythm", N_("the phase's rhythm"), rule_rhythm },
	{ "load", N_("training load"), rule_load },
	{ "soreness", N_("soreness"), rule_soreness },
	{ "long-run", N_("long run"), rule_long_run },
	{ "race-flush", N_("flush after a race"), rule_race_flush },
	{ "race-recovery", N_("recovery after a race"), rule_race_recovery },
	{ "c-race", N_("priority C race"), rule_c_race },
	{ "minimum-gap", N_("days between sessions"), rule_minimum_gap },
	{ "kind", N_("kind by region"), rule_kind },
	{ "race-window", N_("race window"), rule_race_window },
	{ "deep-near-race", N_("deep work near a race"), rule_deep_near_race },
	{ "booking", N_("booked session"), rule_booking },
	{ "race-day", N_("race day"), rule_race_day },
};

const char *advice_rule_name(const char *id)
{
	if (advice_gate_rule_name(id))
		return advice_gate_rule_name(id);
	for (size_t i = 0; i < G_N_ELEMENTS(advice_rules); i++)
		if (strcmp(advice_rules[i].id, id) == 0)
			return _(advice_rules[i].name);
	return id;
}

char *advice_rules_text(const struct advice *a)
{
	GString *s = g_string_new(NULL);

	for (size_t i = 0; i < a->n_rules; i++) {
		if (i > 0)
			/* TRANSLATORS: between two items of a list. */
			g_string_append(s, _(", "));
		g_string_append(s, advice_rule_name(a->rules[i]));
	}
	return g_string_free(s, FALSE);
}

char *advice_booked_regions(const struct advice *a)
{
	if (!a->has_booking || a->n_booked_regions == 0)
		return NULL;
	return region_sides_join(a->booked_regions, a->n_booked_regions, false, _(", "));
}

/* What a rule may change; a rule that changes it is named in `rules`. */
struct answer {
	dayno date;
	enum massage_kind kind;
	bool urgent, overdue, light;
	size_t n_focus, n_see_professional;
};

static struct answer answer_of(const struct ctx *c, const struct advice *a)
{
	return (struct answer){ .date = c->date, .kind = a->kind, .urgent = c->urgent,
				.overdue = c->overdue, .light = c->light, .n_focus = a->n_focus,
				.n_see_professional = a->n_see_professional };
}

static bool answer_changed(const struct answer *x, const struct answer *y)
{
	return x->date != y->date || x->kind != y->kind || x->urgent != y->urgent ||
	       x->overdue != y->overdue || x->light != y->light || x->n_focus != y->n_focus ||
	       x->n_see_professional != y->n_see_professional;
}

static void advice_for_empty(struct ctx *c, struct advice *a)
{
	a->date = c->today + ADVICE_EMPTY_DAYS;
	a->kind = MASSAGE_SPORTS;
	a->urgency = URGENCY_ROUTINE;
	add_reason(c->reasons, g_strdup(_("Nothing logged yet: log your runs, soreness, massages and races and the advice will follow your training.")));
	add_reason(c->reasons, g_strdup(_("Until then, a sports massage every two to three weeks is the usual rhythm for a runner in base training.")));
}

/* In the days before an A or B race nothing is pressing. */
static bool before_key_race(const struct ctx *c)
{
	for (size_t i = 0; i < c->h->n_races; i++) {
		int ahead = c->h->races[i].date - c->today;

		if (race_is_key(&c->h->races[i]) && ahead >= 1 && ahead < PHASE_TAPER_DAYS)
			return true;
	}
	return false;
}

static enum urgency urgency_of(const struct ctx *c)
{
	enum urgency u;

	/* A flush after a long run or a race is not the session the rhythm
	 * missed; nothing on race day is overdue. */
	if (c->overdue && c->date == c->today && !c->light && !race_on(c, c->today))
		u = URGENCY_OVERDUE;
	else if (c->date <= c->today + 1)
		u = URGENCY_DUE;
	else if (c->date <= c->today + ADVICE_SOON_DAYS)
		u = URGENCY_SOON;
	else
		u = URGENCY_ROUTINE;
	if (u < URGENCY_SOON && before_key_race(c))
		u = URGENCY_SOON;
	return u;
}

static void ctx_init(struct ctx *c, const struct history *h, dayno today, struct advice *a)
{
	*c = (struct ctx){ .h = h, .today = today, .date = -1 };
	*a = (struct advice){ .today = today };
	c->reasons = g_ptr_array_new();
	load_figures_compute(h, today, &c->load);
	a->phase = phase_at(h, today, &c->pi);
	c->training = c->load.has_first_run && c->load.last_run > today - PHASE_TRAINING_DAYS;
	c->spike = c->load.has_acwr && c->load.acwr >= LOAD_ACWR_SPIKE;
	find_last_massage(c);
	c->sore = advice_soreness(h, today, &c->n_sore);
	a->has_last_massage = c->has_last;
	a->last_massage = c->last;
	if (c->booking) {
		a->has_booking = true;
		a->booked_date = c->booking->date;
		a->booked_kind = c->booking->kind;
		a->n_booked_regions = c->booking->n_regions;
		a->booked_regions = g_memdup2(c->booking->regions,
					      c->booking->n_regions * sizeof(struct region_side));
	}
	build_windows(c, a);
}

void advice_next(const struct history *h, wtime now, struct advice *a)
{
	struct ctx c;

	ctx_init(&c, h, wtime_day(now), a);
	collect_sore(&c, a);
	if (h->n_runs == 0 && h->n_soreness == 0 && h->n_massages == 0 && h->n_races == 0) {
		advice_for_empty(&c, a);
	} else {
		reason_phase(&c);
		for (size_t i = 0; i < G_N_ELEMENTS(advice_rules); i++) {
			struct answer before = answer_of(&c, a), after;

			advice_rules[i].apply(&c, a);
			after = answer_of(&c, a);
			if (answer_changed(&before, &after) && a->n_rules < ADVICE_MAX_RULES)
				a->rules[a->n_rules++] = advice_rules[i].id;
		}
		a->date = c.date;
		a->urgency = urgency_of(&c);
	}
	a->sore = c.sore; /* the plan keeps the reading its rules made */
	a->n_sore = c.n_sore;
	g_ptr_array_add(c.reasons, NULL);
	a->reasons = (char **)g_ptr_array_free(c.reasons, FALSE);
	a->booked_safe_kind = a->booked_kind;
	advice_gate(h, a);
}

void advice_clear(struct advice *a)
{
	for (size_t i = 0; i < a->n_windows; i++)
		g_free(a->windows[i].race);
	g_free(a->windows);
	g_free(a->focus);
	g_free(a->see_professional);
	g_free(a->booked_regions);
	g_free(a->booking_warning);
	g_free(a->sore);
	g_strfreev(a->reasons);
	*a = (struct advice){ 0 };
}

const struct advice_referral *advice_open_referral(const struct advice *a,
						   const struct advice_referral *prev)
{
	size_t i = prev ? (size_t)(prev - a->see_professional) + 1 : 0;

	for (; i < a->n_see_professional; i++)
		if (!a->see_professional[i].assessed)
			return &a->see_professional[i];
	return NULL;
}

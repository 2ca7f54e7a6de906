/* SPDX-License-Identifier: GPL-3.0-or-later */
/* rank.c - scoring the articles against the runner's state.
 *
 * Each fact about the runner adds to the score of the articles it concerns;
 * the largest addition gives the article its "why".  The weights put what
 * hurts now first (by level, and by how specific the article is to that
 * region), then what the calendar calls for (race timing, soreness after a
 * long effort), then general reading; an article read recently sinks.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/articles/rank.h"
#include "core/advice/advice.h"
#include "core/i18n.h"
#include "core/regions.h"

/* Everything starts here, so the order without any fact is the index's. */
#define BASE_GENERAL 1.0
#define BASE_REGION 0.8
/* A region-specific article counts a sore region it names this much more
 * than a general one naming it at the same position. */
#define REGION_ARTICLE_FACTOR 2.0
/* A fact counts fully for an article's main topic, this much for the others. */
#define SIDE_TOPIC_FACTOR 0.5
/* A flagged region: the triage article above everything else, then the
 * injury pieces, then the region's own article. */
#define TRIAGE_WEIGHT 20.0
#define SEE_PROFESSIONAL_WEIGHT 10.0
#define FLAGGED_REGION_WEIGHT 6.0
/* Soreness at or under this level is mild: self-care is enough. */
#define RANK_MILD_LEVEL 4
#define SELF_CARE_MILD_WEIGHT 6.0
#define AFTER_LONG_RACE_WEIGHT 16.0
/* Nothing logged at all: the first visit, then how often, lead. */
#define FIRST_VISIT_WEIGHT 12.0
/* After the first massage the first-visit piece sinks below general reading. */
#define FIRST_VISIT_DONE_PENALTY 0.5
#define NEWCOMER_FREQUENCY_WEIGHT 10.0
/* With some history but no massage, they count less than what it shows. */
#define NO_MASSAGE_WITH_HISTORY_FACTOR 0.5
#define TAPER_TIMING_WEIGHT 10.0
#define RACE_WEEK_TIMING_WEIGHT 14.0
#define RECOVERY_TIMING_WEIGHT 6.0
#define RECOVERY_DOMS_WEIGHT 4.0
#define EFFORT_DOMS_WEIGHT 10.0
#define EFFORT_CIRCULATION_WEIGHT 5.0
#define PHASE_MATCH_WEIGHT 1.5
#define ASKED_REGION_WEIGHT 4.0

struct scoring {
	double score;
	double best; /* the largest single reason so far */
	char *why;
};

static void add_reason(struct scoring *s, double points, char *why)
{
	s->score += points;
	if (points > s->best) {
		s->best = points;
		g_free(s->why);
		s->why = why;
	} else {
		g_free(why);
	}
}

/* How specific an article is to a region it names at `pos`. */
static double specificity(const struct article *a, int pos)
{
	double w = 1.0 / (pos + 1);
	return article_has_topic(a, TOPIC_REGION) ? w * REGION_ARTICLE_FACTOR : w;
}

/* How much an article is about topic t: fully when it is its main topic. */
static double topic_weight(const struct article *a, enum article_topic t)
{
	int pos = article_topic_position(a, t);
	return pos < 0 ? 0.0 : pos == 0 ? 1.0 : SIDE_TOPIC_FACTOR;
}

static const char *const phase_fits[ARTICLE_PHASE_COUNT] = {
	[ARTICLE_PHASE_NONE] = NULL,
	[ARTICLE_PHASE_BASE] = N_("Fits your base-building phase"),
	[ARTICLE_PHASE_BUILD] = N_("Fits your build phase"),
	[ARTICLE_PHASE_PEAK] = N_("Fits your peak weeks of training"),
	[ARTICLE_PHASE_TAPER] = N_("Fits your taper"),
	[ARTICLE_PHASE_RACE_WEEK] = N_("Fits your race week"),
	[ARTICLE_PHASE_RECOVERY] = N_("Fits your recovery after a race"),
};

static const char *const topic_background[TOPIC_COUNT] = {
	[TOPIC_INJURY_PREVENTION] = N_("Background: staying injury-free"),
	[TOPIC_INJURY_RECOVERY] = N_("Background: coming back from an injury"),
	[TOPIC_CIRCULATION] = N_("Background: circulation and recovery"),
	[TOPIC_FLEXIBILITY] = N_("Background: flexibility and strength"),
	[TOPIC_DOMS] = N_("Background: soreness after hard efforts"),
	[TOPIC_SLEEP] = N_("Background: stress, nerves and sleep"),
	[TOPIC_TIMING] = N_("Background: timing massage around races"),
	[TOPIC_FREQUENCY] = N_("Background: how often to book"),
	[TOPIC_MASSAGE_TYPES] = N_("Background: which massage for what"),
	[TOPIC_THERAPIST] = N_("Background: working with your therapist"),
	[TOPIC_REGION] = N_("Background: one region in detail"),
	[TOPIC_TRIAGE] = N_("Background: soreness or injury"),
	[TOPIC_SELF_CARE] = N_("Background: looking after your legs yourself"),
	[TOPIC_AFTER_RACE] = N_("Background: after a long race"),
	[TOPIC_FIRST_VISIT] = N_("Background: your first massage"),
};

static char *background_why(const struct article *a)
{
	if (article_has_topic(a, TOPIC_REGION) && a->n_regions > 0)
		/* TRANSLATORS: %s is a body region, e.g. "IT band". */
		return g_strdup_printf(_("A closer look at one region: %s"),
				       region_name(a->regions[0]));
	if (a->n_topics > 0)
		return g_strdup(_(topic_background[a->topic_order[0]]));
	return g_strdup(_("General reading"));
}

static char *effort_why(enum rank_effort effort, int days)
{
	if (effort == RANK_EFFORT_RACE) {
		if (days == 0)
			return g_strdup(_("You raced today: soreness peaks one to three days "
					  "later"));
		return g_strdup_printf(ngettext("You raced %d day ago: soreness peaks 24 to 72 "
						"hours after",
						"You raced %d days ago: soreness peaks 24 to 72 "
						"hours after",
						(unsigned long)days),
				       days);
	}
	if (days == 0)
		return g_strdup(_("Long run today: soreness peaks one to three days later"));
	return g_strdup_printf(ngettext("Long run %d day ago: soreness peaks 24 to 72 hours after",
					"Long run %d days ago: soreness peaks 24 to 72 hours after",
					(unsigned long)days),
			       days);
}

static char *professional_why(const struct rank_sore *p)
{
	char *where = region_side_name(p->region, p->side);
	char *why;
	if (p->days > 0)
		why = g_strdup_printf(
			/* TRANSLATORS: %1$s is a body region ("left calf"), %2$d a level
			 * out of 10, %3$d a number of days. */
			ngettext("See a physiotherapist about your %1$s (%2$d/10 for %3$d day)",
				 "See a physiotherapist about your %1$s (%2$d/10 for %3$d days)",
				 (unsigned long)p->days),
			where, p->level, p->days);
	else
		why = g_strdup_printf(_("See a physiotherapist about your %s (%d/10)"), where,
				      p->level);
	g_free(where);
	return why;
}

/* Whether a flagged region is one the article is itself about: only then
 * does a region article's injury topic count for the flag (the plantar
 * fascia piece names the Achilles, but its injury advice is for the foot). */
static bool own_region(const struct article *a, enum region r)
{
	return !article_has_topic(a, TOPIC_REGION) || (a->n_regions > 0 && a->regions[0] == r);
}

/* Whether a region is flagged, or shares a segment with a flag. */
static bool flagged(const struct rank_state *st, enum region r, enum side side)
{
	for (size_t i = 0; i < st->n_see_professional; i++)
		if (advice_regions_neighbours(st->see_professional[i].region,
					      st->see_professional[i].side, r, side))
			return true;
	return false;
}

static void score_sore(const struct article *a, const struct rank_state *st, struct scoring *s)
{
	int mild = 0;
	const struct rank_sore *mild_at = NULL;

	for (size_t i = 0; i < st->n_sore; i++) {
		const struct rank_sore *so = &st->sore[i];
		int pos = article_region_position(a, so->region);
		/* A flagged region is for a professional: its flag ranks the
		 * reading (score_flags), never its soreness. */
		if (flagged(st, so->region, so->side))
			continue;
		if (so->level > 0 && so->level <= RANK_MILD_LEVEL && so->level > mild) {
			mild = so->level;
			mild_at = so;
		}
		if (so->level <= 0 || pos < 0)
			continue;
		char *where = region_side_name(so->region, so->side);
		/* TRANSLATORS: %s is a body region ("left IT band"), %d a level out of 10. */
		add_reason(s, so->level * specificity(a, pos),
			   g_strdup_printf(_("Sore now: your %s at %d/10"), where, so->level));
		g_free(where);
	}
	double w = topic_weight(a, TOPIC_SELF_CARE);
	if (w > 0 && mild_at != NULL) {
		char *where = region_side_name(mild_at->region, mild_at->side);
		/* TRANSLATORS: %s is a body region ("left calf"), %d a level out of 10. */
		add_reason(s, w * SELF_CARE_MILD_WEIGHT,
			   g_strdup_printf(_("Mild soreness (your %s at %d/10): what you can do "
					     "yourself"),
					   where, mild_at->level));
		g_free(where);
	}
}

static void score_flags(const struct article *a, const struct rank_state *st, struct scoring *s)
{
	double triage = topic_weight(a, TOPIC_TRIAGE);
	double injury = topic_weight(a, TOPIC_INJURY_RECOVERY);

	for (size_t i = 0; i < st->n_see_professional; i++) {
		const struct rank_sore *p = &st->see_professional[i];
		int pos = article_region_position(a, p->region);
		double points = triage * (TRIAGE_WEIGHT + p->level);
		if (own_region(a, p->region))
			points += injury * (SEE_PROFESSIONAL_WEIGHT + 0.5 * p->level);
		if (pos >= 0 && article_has_topic(a, TOPIC_REGION))
			points += FLAGGED_REGION_WEIGHT * specificity(a, pos);
		if (points > 0)
			add_reason(s, points, professional_why(p));
	}
}

static void score_calendar(const struct article *a, const struct rank_state *st,
			   struct scoring *s)
{
	double w = topic_weight(a, TOPIC_TIMING);
	if (w > 0) {
		if (st->phase == ARTICLE_PHASE_RACE_WEEK)
			add_reason(s, w * RACE_WEEK_TIMING_WEIGHT,
				   g_strdup(_("Race week: a light flush at most, no deep work")));
		else if (st->phase == ARTICLE_PHASE_TAPER && st->had_deep_work)
			add_reason(s, w * TAPER_TIMING_WEIGHT,
				   g_strdup(_("You are tapering: plan the last deep session 4 to "
					      "7 days before the race")));
		else if (st->phase == ARTICLE_PHASE_TAPER)
			/* Never deep work for the first time before a race. */
			add_reason(s, w * TAPER_TIMING_WEIGHT,
				   g_strdup(_("You are tapering: no deep work for the first time "
					      "now, a light session at most")));
		else if (st->phase == ARTICLE_PHASE_RECOVERY)
			add_reason(s, w * RECOVERY_TIMING_WEIGHT,
				   g_strdup(_("After a race: wait 3 to 5 days before deep work")));
	}
	w = topic_weight(a, TOPIC_DOMS);
	if (w > 0 && st->phase == ARTICLE_PHASE_RECOVERY)
		add_reason(s, w * RECOVERY_DOMS_WEIGHT,
			   g_strdup(_("After a race: what to expect from sore legs")));

	w = topic_weight(a, TOPIC_AFTER_RACE);
	if (w > 0 && st->long_race && st->long_race_days_ago >= 0 &&
	    st->long_race_days_ago <= RANK_LONG_RACE_DAYS) {
		int d = st->long_race_days_ago;
		add_reason(s, w * (AFTER_LONG_RACE_WEIGHT - 0.5 * d),
			   d == 0 ? g_strdup(_("A marathon or longer today: the first two weeks"))
				  : g_strdup_printf(ngettext("A marathon or longer %d day ago: "
							     "the first two weeks",
							     "A marathon or longer %d days ago: "
							     "the first two weeks",
							     (unsigned long)d),
						    d));
	} else if (w > 0 && st->phase == ARTICLE_PHASE_RECOVERY) {
		add_reason(s, w * RECOVERY_TIMING_WEIGHT,
			   g_strdup(_("After a race: the days and weeks that follow")));
	}
}

static void score_effort(const struct article *a, const struct rank_state *st,
			 struct scoring *s)
{
	if (st->effort == RANK_EFFORT_NONE || st->effort_days_ago < 0 ||
	    st->effort_days_ago > RANK_EFFORT_DAYS)
		return;
	/* Fresher efforts count more: DOMS is still ahead of the runner. */
	double fade = 1.0 - 0.15 * st->effort_days_ago;
	double w = topic_weight(a, TOPIC_DOMS);
	if (w > 0)
		add_reason(s, w * EFFORT_DOMS_WEIGHT * fade, effort_why(st->effort, st->effort_days_ago));
	w = topic_weight(a, TOPIC_CIRCULATION);
	if (w > 0)
		add_reason(s, w * EFFORT_CIRCULATION_WEIGHT * fade,
			   effort_why(st->effort, st->effort_days_ago));
}

/* Before any massage is logged, the first visit and the rhythm to aim for
 * lead; for someone with nothing logged at all they lead the whole list. */
static void score_newcomer(const struct article *a, const struct rank_state *st,
			   struct scoring *s)
{
	/* A first massage is logged: the first-visit piece has had its day
	 * and never leads, whatever the index's order. */
	if (!st->no_massage) {
		if (topic_weight(a, TOPIC_FIRST_VISIT) >= 1.0)
			s->score -= FIRST_VISIT_DONE_PENALTY;
		return;
	}
	double scale = st->no_history ? 1.0 : NO_MASSAGE_WITH_HISTORY_FACTOR;
	double w = topic_weight(a, TOPIC_FIRST_VISIT);
	if (w > 0)
		add_reason(s, w * FIRST_VISIT_WEIGHT * scale,
			   g_strdup(_("No massage logged yet: what a first session is like")));
	w = topic_weight(a, TOPIC_FREQUENCY);
	if (w > 0)
		add_reason(s, w * NEWCOMER_FREQUENCY_WEIGHT * scale,
			   g_strdup(_("No massage logged yet: how often runners book")));
}

static void score_article(const struct article *a, const struct rank_state *st,
			  struct scoring *s)
{
	s->score = article_has_topic(a, TOPIC_REGION) ? BASE_REGION : BASE_GENERAL;

	score_sore(a, st, s);
	score_flags(a, st, s);
	score_calendar(a, st, s);
	score_effort(a, st, s);
	score_newcomer(a, st, s);

	if (st->phase != ARTICLE_PHASE_NONE && (unsigned)st->phase < ARTICLE_PHASE_COUNT &&
	    article_has_phase(a, st->phase))
		add_reason(s, PHASE_MATCH_WEIGHT, g_strdup(_(phase_fits[st->phase])));

	if (st->only_region) {
		int pos = article_region_position(a, st->region);
		/* TRANSLATORS: %s is a body region, e.g. "IT band". */
		add_reason(s, ASKED_REGION_WEIGHT * specificity(a, pos),
			   g_strdup_printf(_("About the region you asked for: %s"),
					   region_name(st->region)));
	}
}

/* How much a recent reading of the article lowers it: the most recent
 * reading counts, and its weight fades over a month. */
static double read_factor(const struct article *a, const struct rank_state *st, int *days_ago)
{
	double factor = 1.0;
	*days_ago = -1;
	for (size_t i = 0; i < st->n_reads; i++) {
		const struct rank_read *r = &st->reads[i];
		if (r->slug == NULL || strcmp(r->slug, a->slug) != 0 || r->time > st->now)
			continue;
		double days = (double)(st->now - r->time) / SECONDS_PER_DAY;
		double f = days < 1 ? 0.25 : days < 7 ? 0.5 : days < 30 ? 0.8 : 1.0;
		if (f < factor)
			factor = f;
		if (f < 1.0 && (*days_ago < 0 || (int)days < *days_ago))
			*days_ago = (int)days;
	}
	return factor;
}

static char *read_why(int days)
{
	if (days == 0)
		return g_strdup(_("You read this today"));
	return g_strdup_printf(
		ngettext("You read this %d day ago", "You read this %d days ago", (unsigned long)days),
		days);
}

struct ordering {
	struct ranked_article r;
	size_t index;
};

static int by_score(const void *pa, const void *pb)
{
	const struct ordering *a = pa, *b = pb;
	if (a->r.score != b->r.score)
		return a->r.score < b->r.score ? 1 : -1;
	return a->index < b->index ? -1 : a->index > b->index;
}

struct ranked_article *articles_rank(const struct article_index *idx,
				     const struct rank_state *state, size_t *n_out)
{
	struct ordering *o = g_new0(struct ordering, idx->n_articles ? idx->n_articles : 1);
	size_t n = 0;
	for (size_t i = 0; i < idx->n_articles; i++) {
		const struct article *a = &idx->articles[i];
		if (state->only_region && article_region_position(a, state->region) < 0)
			continue;
		struct scoring s = { 0 };
		score_article(a, state, &s);
		int days = -1;
		s.score *= read_factor(a, state, &days);
		if (s.why == NULL)
			s.why = days >= 0 ? read_why(days) : background_why(a);
		/* Whole tenths of a point: what the JSON shows is what sorted. */
		o[n].r.score = (int)lround(s.score * 10.0);
		o[n].r.article = a;
		o[n].r.why = s.why;
		o[n].index = i;
		n++;
	}
	qsort(o, n, sizeof(*o), by_score);
	struct ranked_article *out = g_new0(struct ranked_article, n ? n : 1);
	for (size_t i = 0; i < n; i++)
		out[i] = o[i].r;
	g_free(o);
	*n_out = n;
	return out;
}

void ranked_articles_free(struct ranked_article *r, size_t n)
{
	if (r == NULL)
		return;
	for (size_t i = 0; i < n; i++)
		g_free(r[i].why);
	g_free(r);
}

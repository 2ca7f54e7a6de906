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

#include "rank.h"
#include "i18n.h"
#include "regions.h"

/* Everything starts here, so the order without any fact is the index's. */
#define BASE_GENERAL 1.0
#define BASE_REGION 0.8
/* A region-specific article counts a sore region it names this much more
 * than a general one naming it at the same position. */
#define REGION_ARTICLE_FACTOR 2.0
/* A fact counts fully for an article's main topic, this much for the others. */
#define SIDE_TOPIC_FACTOR 0.5
#define SEE_PROFESSIONAL_WEIGHT 10.0
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

static void score_article(const struct article *a, const struct rank_state *st,
			  struct scoring *s)
{
	s->score = article_has_topic(a, TOPIC_REGION) ? BASE_REGION : BASE_GENERAL;

	for (size_t i = 0; i < st->n_sore; i++) {
		const struct rank_sore *so = &st->sore[i];
		int pos = article_region_position(a, so->region);
		if (so->level <= 0 || pos < 0)
			continue;
		char *where = region_side_name(so->region, so->side);
		/* TRANSLATORS: %s is a body region ("left IT band"), %d a level out of 10. */
		add_reason(s, so->level * specificity(a, pos),
			   g_strdup_printf(_("Sore now: your %s at %d/10"), where, so->level));
		g_free(where);
	}

	double w = topic_weight(a, TOPIC_INJURY_RECOVERY);
	for (size_t i = 0; w > 0 && i < st->n_see_professional; i++) {
		const struct rank_sore *p = &st->see_professional[i];
		add_reason(s, w * (SEE_PROFESSIONAL_WEIGHT + 0.5 * p->level), professional_why(p));
	}

	w = topic_weight(a, TOPIC_TIMING);
	if (w > 0) {
		if (st->phase == ARTICLE_PHASE_RACE_WEEK)
			add_reason(s, w * RACE_WEEK_TIMING_WEIGHT,
				   g_strdup(_("Race week: a light flush at most, no deep work")));
		else if (st->phase == ARTICLE_PHASE_TAPER)
			add_reason(s, w * TAPER_TIMING_WEIGHT,
				   g_strdup(_("You are tapering: plan the last deep session 4 to "
					      "7 days before the race")));
		else if (st->phase == ARTICLE_PHASE_RECOVERY)
			add_reason(s, w * RECOVERY_TIMING_WEIGHT,
				   g_strdup(_("After a race: wait 3 to 5 days before deep work")));
	}
	w = topic_weight(a, TOPIC_DOMS);
	if (w > 0 && st->phase == ARTICLE_PHASE_RECOVERY)
		add_reason(s, w * RECOVERY_DOMS_WEIGHT,
			   g_strdup(_("After a race: what to expect from sore legs")));

	if (st->effort != RANK_EFFORT_NONE && st->effort_days_ago >= 0 &&
	    st->effort_days_ago <= RANK_EFFORT_DAYS) {
		/* Fresher efforts count more: DOMS is still ahead of the runner. */
		double fade = 1.0 - 0.15 * st->effort_days_ago;
		w = topic_weight(a, TOPIC_DOMS);
		if (w > 0)
			add_reason(s, w * EFFORT_DOMS_WEIGHT * fade,
				   effort_why(st->effort, st->effort_days_ago));
		w = topic_weight(a, TOPIC_CIRCULATION);
		if (w > 0)
			add_reason(s, w * EFFORT_CIRCULATION_WEIGHT * fade,
				   effort_why(st->effort, st->effort_days_ago));
	}

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

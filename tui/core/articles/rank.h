/* SPDX-License-Identifier: GPL-3.0-or-later */
/* rank.h - which articles matter to this runner today, best first.
 *
 * A pure function of the article index and a description of the runner's
 * state, so it can be tested without a database.  The state is its own
 * struct: the command line and the TUI fill it from the advice engine's
 * output or from the history.
 */
#ifndef KNEAD_RANK_H
#define KNEAD_RANK_H

#include <stdbool.h>
#include <stddef.h>
#include "core/articles/articles.h"
#include "core/model.h"

/* A region sore now (or one a professional should look at). */
struct rank_sore {
	enum region region;
	enum side side;
	int level; /* 0-10 */
	int days;  /* for see-a-professional: how many days it has stayed bad */
};

/* When the runner last opened an article. */
struct rank_read {
	const char *slug;
	wtime time;
};

enum rank_effort { RANK_EFFORT_NONE, RANK_EFFORT_LONG_RUN, RANK_EFFORT_RACE };

struct rank_state {
	wtime now;
	const struct rank_sore *sore; /* any order; level 0 counts as not sore */
	size_t n_sore;
	enum article_phase phase;
	enum rank_effort effort;      /* the latest long run or race within ~3 days */
	int effort_days_ago;	      /* 0 = today */
	const struct rank_sore *see_professional;
	size_t n_see_professional;
	bool long_race;		      /* a marathon or longer in the last RANK_LONG_RACE_DAYS */
	int long_race_days_ago;
	bool no_massage;	      /* no massage logged (in the history window) */
	bool no_history;	      /* nothing logged at all: a brand-new user */
	const struct rank_read *reads; /* any order, several per slug allowed */
	size_t n_reads;
	bool only_region;	       /* knead articles --region R: only articles naming R */
	enum region region;
	/* The gated plan (advice_next) the ranking stays in step with. */
	bool had_deep_work;	       /* deep tissue, myofascial or trigger point logged */
};

/* Days after which a long run or race no longer points at soreness. */
#define RANK_EFFORT_DAYS 3
/* Days after a marathon or longer race during which its recovery leads. */
#define RANK_LONG_RACE_DAYS 14
/* A race this long or longer is "a marathon or longer" (a watch often
 * measures a marathon a little short). */
#define RANK_LONG_RACE_METRES 41000.0

struct ranked_article {
	const struct article *article; /* points into the index */
	int score; /* tenths of a point: only the order means something */
	char *why; /* one translated line */
};

/* Every article (or those naming state->region), best first; ties keep the
 * index's order.  Free with ranked_articles_free. */
struct ranked_article *articles_rank(const struct article_index *idx,
				     const struct rank_state *state, size_t *n_out);
void ranked_articles_free(struct ranked_article *r, size_t n);

#endif

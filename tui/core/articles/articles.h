/* SPDX-License-Identifier: GPL-3.0-or-later */
/* articles.h - knead's own library of articles on massage for runners.
 *
 * Each article is a Markdown file, data/articles/LANG/SLUG.md, opening with
 * a small front matter between two "+++" lines:
 *
 *     +++
 *     slug = it-band
 *     title = The IT band: what massage can and cannot do
 *     regions = it-band;knee;glute
 *     topics = region;massage-types
 *     phases = build;peak
 *     +++
 *
 * regions are body region ids (regions.h), most specific first; topics and
 * phases come from the fixed vocabularies below.  The index holds the front
 * matter only; the body is read when an article is opened.
 */
#ifndef KNEAD_ARTICLES_H
#define KNEAD_ARTICLES_H

#include <stdbool.h>
#include <stddef.h>
#include <glib.h>
#include "core/model.h"

enum article_lang { ARTICLE_LANG_EN, ARTICLE_LANG_FR, ARTICLE_LANG_COUNT };

enum article_topic {
	TOPIC_INJURY_PREVENTION,
	TOPIC_INJURY_RECOVERY,
	TOPIC_CIRCULATION,
	TOPIC_FLEXIBILITY,
	TOPIC_DOMS,
	TOPIC_SLEEP,
	TOPIC_TIMING,
	TOPIC_FREQUENCY,
	TOPIC_MASSAGE_TYPES,
	TOPIC_THERAPIST,
	TOPIC_REGION,
	TOPIC_TRIAGE,	   /* soreness or injury: when to see a professional */
	TOPIC_SELF_CARE,   /* what a runner does alone between sessions */
	TOPIC_AFTER_RACE,  /* the days and weeks after a long race */
	TOPIC_FIRST_VISIT, /* before a first massage */
	TOPIC_COUNT
};

/* The training phases of knead next --json, with the same ids, so the
 * advice engine's phase maps over by its id. */
enum article_phase {
	ARTICLE_PHASE_NONE,
	ARTICLE_PHASE_BASE,
	ARTICLE_PHASE_BUILD,
	ARTICLE_PHASE_PEAK,
	ARTICLE_PHASE_TAPER,
	ARTICLE_PHASE_RACE_WEEK,
	ARTICLE_PHASE_RECOVERY,
	ARTICLE_PHASE_COUNT
};

struct article {
	char *slug;
	char *title;
	char *path;		/* the file the front matter came from */
	enum article_lang lang; /* the language of that file */
	enum region *regions;	/* most specific first */
	size_t n_regions;
	unsigned topics;	/* bit (1u << enum article_topic) per topic */
	enum article_topic topic_order[TOPIC_COUNT]; /* as listed: the main one first */
	size_t n_topics;
	unsigned phases;	/* bit (1u << enum article_phase) per phase */
};

struct article_index {
	struct article *articles; /* sorted by slug */
	size_t n_articles;
	char *dir;		  /* the articles directory (holding en/, fr/) */
	enum article_lang lang;	  /* the language asked for */
};

const char *article_lang_id(enum article_lang l); /* "en", "fr" */
bool article_lang_from_id(const char *s, enum article_lang *out);
const char *article_topic_id(enum article_topic t);
bool article_topic_from_id(const char *s, enum article_topic *out);
const char *article_phase_id(enum article_phase p);
bool article_phase_from_id(const char *s, enum article_phase *out);

static inline bool article_has_topic(const struct article *a, enum article_topic t)
{
	return (a->topics & (1u << t)) != 0;
}

static inline bool article_has_phase(const struct article *a, enum article_phase p)
{
	return (a->phases & (1u << p)) != 0;
}

/* The position of r in the article's regions (0 = most specific), or -1. */
int article_region_position(const struct article *a, enum region r);
/* The position of t in the article's topics (0 = its main topic), or -1. */
int article_topic_position(const struct article *a, enum article_topic t);

/* The language of the articles: the one gettext chose for the messages
 * (it translates a marker into its language code), so that the articles
 * and the messages never differ.  French for fr, English otherwise. */
enum article_lang articles_lang_from_locale(void);

/* The articles directory: $KNEAD_DATADIR/articles, then the installed
 * PKGDATADIR/articles (found from the running binary, paths.h), then the
 * source tree's data/articles when run from the build tree (paths.h).  The first that holds an en/ directory wins.  g_free()
 * the result; KNEAD_ERROR_FAILED when none does. */
char *articles_find_dir(GError **err);

/* Parses one article file's text: the front matter into *out (which the
 * caller clears with article_clear) and, when body is not NULL, the offset of
 * the Markdown body.  `path` names the file in error messages and must end
 * in SLUG.md.  KNEAD_ERROR_INVALID names the file and the bad key. */
bool article_parse(const char *path, const char *text, size_t len, struct article *out,
		   size_t *body, GError **err);
void article_clear(struct article *a);

/* Loads the index of DIR in language `lang`: every slug found in DIR/en or
 * DIR/LANG, each from DIR/LANG/SLUG.md when it exists, else from English. */
struct article_index *articles_load(const char *dir, enum article_lang lang, GError **err);
/* articles_find_dir, then articles_load in the locale's language. */
struct article_index *articles_load_default(GError **err);
void articles_free(struct article_index *idx);

const struct article *articles_find(const struct article_index *idx, const char *slug);
/* "back-posture, calves-achilles, ...": for usage errors.  g_free() it. */
char *articles_slug_list(const struct article_index *idx);

/* The Markdown body of an article (without its front matter).  g_free() it. */
char *article_read_body(const struct article *a, GError **err);

#endif

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* parse.h - the values a runner types: distances, durations, dates,
 * regions.  Each accepts exactly the forms of doc/contract.md and refuses
 * everything else with a translated KNEAD_ERROR_INVALID message that names
 * the value and what was expected. */
#ifndef KNEAD_PARSE_H
#define KNEAD_PARSE_H

#include <glib.h>
#include <stdbool.h>
#include <stdint.h>
#include "core/model.h"

enum unit { UNIT_KM, UNIT_MI };

#define METRES_PER_MILE 1609.344
#define MAX_DISTANCE_M 1000000.0   /* 1000 km: beyond any single run */
#define MAX_DURATION_S (7 * 86400) /* a week: beyond any single run */

/* "10" (in `bare_unit`), "10km", "10.5k", "800m", "6.2mi"; a decimal comma
 * is accepted too ("10,5km"). */
bool parse_distance(const char *s, enum unit bare_unit, double *metres, GError **err);
/* "52:30", "1:45:00", "45m", "90s", "1h30m", "1h". */
bool parse_duration(const char *s, double *seconds, GError **err);
/* "YYYY-MM-DD", "today", "yesterday", "tomorrow", "-3d", "+3d", relative
 * to `today`. */
bool parse_date(const char *s, dayno today, dayno *out, GError **err);
/* The same, with an error whose examples fit what the date is for: past
 * days for what happened, days ahead for races and bookings. */
enum date_hint { DATE_PAST, DATE_AHEAD };
bool parse_date_for(const char *s, dayno today, enum date_hint hint, dayno *out,
		    GError **err);
/* "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM[:SS]" (a space works for the T). */
bool parse_datetime(const char *s, wtime *out, GError **err);
/* Whether s is written as a day with a time of day (what parse_datetime
 * reads: a separator T, t or a space after the day), rather than as a day
 * alone (what parse_date reads).  Says how to read s, not whether it is
 * right: the parser then does. */
bool parse_has_time_of_day(const char *s);
/* "calf:left", "it-band:right", "lower-back" (l and r work too).  A region
 * that has sides needs one: "calf" alone is refused.  Ids, English names and
 * translated names ("mollet:gauche") work, in any case, with or without
 * accents. */
bool parse_region_side(const char *s, enum region *region, enum side *side,
		       GError **err);
/* A list of regions, each as parse_region_side() takes it, separated by
 * commas or semicolons ("calf:left, it-band:right;lower-back"); blanks and
 * empty items are skipped, so "" is no region.  The one parser of the
 * command line's --regions and the forms' Regions field.  *out is g_new'd
 * (NULL when *n is 0); nothing is written on a refusal. */
bool parse_region_list(const char *s, struct region_side **out, size_t *n, GError **err);
/* The region a name or id stands for ("calf", "Calf", "mollet", "IT band"). */
bool parse_region_name(const char *s, enum region *out);
/* The same, refusing what is no region as parse_region_side() does (the
 * nearest name when one is near). */
bool parse_region(const char *s, enum region *out, GError **err);
/* Whether s is one of words ("sorties|sortie"), in any case, with or
 * without accents. */
bool parse_is_one_of(const char *s, const char *words);
/* "left", "l", "Right", or the translated words ("gauche"). */
bool parse_side(const char *s, enum side *out);
/* s lower-cased, without accents, blanks as '-': how typed names are
 * compared.  g_free() it. */
char *parse_fold(const char *s);
/* The candidate nearest to `s` by edit distance, or NULL when none is
 * close enough to be what was meant (a "did you mean"). */
const char *parse_nearest(const char *s, const char *const *candidates, size_t n);
/* Whole numbers in a range: soreness level 0-10, effort 1-10, ... `what`
 * is the translated name of the value for the message. */
bool parse_int_range(const char *s, long min, long max, const char *what,
		     long *out, GError **err);
bool parse_level(const char *s, int *out, GError **err);
bool parse_rpe(const char *s, int *out, GError **err);
bool parse_heart_rate(const char *s, int *out, GError **err);
bool parse_priority(const char *s, char *out, GError **err);
bool parse_id(const char *s, int64_t *out, GError **err);
bool parse_run_kind(const char *s, enum run_kind *out, GError **err);
bool parse_massage_kind(const char *s, enum massage_kind *out, GError **err);
/* Free text (notes, names): valid UTF-8, no control characters but tab,
 * at most `max_bytes`. */
bool parse_text(const char *s, size_t max_bytes, const char *what, GError **err);

#endif

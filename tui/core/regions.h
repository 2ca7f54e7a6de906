/* SPDX-License-Identifier: GPL-3.0-or-later */
/* regions.h - the body regions runners report, with stable ids. */
#ifndef KNEAD_REGIONS_H
#define KNEAD_REGIONS_H

#include <stdbool.h>
#include "core/model.h"

const char *region_id(enum region r);	  /* "it-band" */
const char *region_name(enum region r);	  /* translated: "IT band" */
bool region_from_id(const char *s, enum region *out);
bool region_has_side(enum region r);	  /* all but lower-back, upper-back */
/* "calf:left", "lower-back": a region and its side as typed. */
char *region_side_id(enum region r, enum side s); /* g_free() it */
/* The n regions of rs joined by sep, as typed (ids: "calf:left") or as a
 * runner reads them (region_side_name()); "" for none.  g_free() it. */
char *region_sides_join(const struct region_side *rs, size_t n, bool ids, const char *sep);

/* The segment of the body a region lies in: work on one region presses on
 * the others of its segment (the advice's neighbours).  NONE: a region
 * that shares its segment with no other. */
enum region_segment {
	SEGMENT_NONE,
	SEGMENT_LOWER_LEG,
	SEGMENT_THIGH_FRONT,
	SEGMENT_HIP_BACK,
	SEGMENT_BACK, /* the midline: no sides */
};
enum region_segment region_segment(enum region r);
/* The segment's id in knead regions --json: "lower-leg", "thigh-front",
 * "hip-back", "back"; NULL for SEGMENT_NONE. */
const char *region_segment_id(enum region_segment s);

/* "calf", "Left calf", "Lower back": translated, for screens and reasons. */
char *region_side_name(enum region r, enum side s); /* g_free() it */

#endif

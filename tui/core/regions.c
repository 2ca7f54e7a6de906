/* SPDX-License-Identifier: GPL-3.0-or-later */
/* regions.c - the body regions, their stable ids and translated names. */
#include <string.h>
#include <glib.h>
#include "core/i18n.h"
#include "core/regions.h"

/* One row per region: its id (stable: the database, the command line and
 * the JSON use it), its name, whether it takes a side, and its segment. */
static const struct {
	const char *id;
	const char *name;
	bool sided;
	enum region_segment segment;
} region_table[REGION_COUNT] = {
	[REGION_CALF] = { "calf", N_("calf"), true, SEGMENT_LOWER_LEG },
	[REGION_SOLEUS] = { "soleus", N_("soleus"), true, SEGMENT_LOWER_LEG },
	[REGION_ACHILLES] = { "achilles", N_("Achilles tendon"), true, SEGMENT_LOWER_LEG },
	[REGION_SHIN] = { "shin", N_("shin"), true, SEGMENT_LOWER_LEG },
	[REGION_FOOT] = { "foot", N_("foot"), true, SEGMENT_LOWER_LEG },
	[REGION_KNEE] = { "knee", N_("knee"), true, SEGMENT_THIGH_FRONT },
	[REGION_QUAD] = { "quad", N_("quadriceps"), true, SEGMENT_THIGH_FRONT },
	[REGION_HAMSTRING] = { "hamstring", N_("hamstring"), true, SEGMENT_HIP_BACK },
	[REGION_IT_BAND] = { "it-band", N_("IT band"), true, SEGMENT_THIGH_FRONT },
	[REGION_GLUTE] = { "glute", N_("glutes"), true, SEGMENT_HIP_BACK },
	[REGION_PIRIFORMIS] = { "piriformis", N_("piriformis"), true, SEGMENT_HIP_BACK },
	[REGION_HIP_FLEXOR] = { "hip-flexor", N_("hip flexor"), true, SEGMENT_THIGH_FRONT },
	[REGION_LOWER_BACK] = { "lower-back", N_("lower back"), false, SEGMENT_BACK },
	[REGION_UPPER_BACK] = { "upper-back", N_("upper back"), false, SEGMENT_BACK },
};

const char *region_id(enum region r)
{
	return (unsigned)r < REGION_COUNT ? region_table[r].id : "?";
}

const char *region_name(enum region r)
{
	return (unsigned)r < REGION_COUNT ? _(region_table[r].name) : "?";
}

bool region_from_id(const char *s, enum region *out)
{
	for (int i = 0; s && i < REGION_COUNT; i++) {
		if (strcmp(region_table[i].id, s) == 0) {
			*out = (enum region)i;
			return true;
		}
	}
	return false;
}

bool region_has_side(enum region r)
{
	return (unsigned)r < REGION_COUNT && region_table[r].sided;
}

enum region_segment region_segment(enum region r)
{
	return (unsigned)r < REGION_COUNT ? region_table[r].segment : SEGMENT_NONE;
}

char *region_side_name(enum region r, enum side s)
{
	switch (s) {
	case SIDE_LEFT:
		/* TRANSLATORS: %s is a body region, e.g. "left calf". */
		return g_strdup_printf(_("left %s"), region_name(r));
	case SIDE_RIGHT:
		/* TRANSLATORS: %s is a body region, e.g. "right calf". */
		return g_strdup_printf(_("right %s"), region_name(r));
	default:
		return g_strdup(region_name(r));
	}
}

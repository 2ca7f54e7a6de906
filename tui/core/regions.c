/* SPDX-License-Identifier: GPL-3.0-or-later */
/* regions.c - the body regions, their stable ids and translated names. */
#include <string.h>
#include <glib.h>
#include "core/i18n.h"
#include "core/regions.h"

/* The rows of core/region_list.h. */
static const struct {
	const char *id;
	const char *name;
	bool sided;
	enum region_segment segment;
} region_table[REGION_COUNT] = {
#define REGION(e, id, name, sided, segment, ...) [REGION_##e] = { id, name, sided, segment },
#include "core/region_list.h"
#undef REGION
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

const char *region_segment_id(enum region_segment s)
{
	static const char *const ids[] = {
		[SEGMENT_LOWER_LEG] = "lower-leg",
		[SEGMENT_THIGH_FRONT] = "thigh-front",
		[SEGMENT_HIP_BACK] = "hip-back",
		[SEGMENT_BACK] = "back",
	};

	return (unsigned)s < G_N_ELEMENTS(ids) ? ids[s] : NULL;
}

char *region_sides_join(const struct region_side *rs, size_t n, bool ids, const char *sep)
{
	GString *s = g_string_new(NULL);

	for (size_t i = 0; i < n; i++) {
		char *one = ids ? region_side_id(rs[i].region, rs[i].side)
				: region_side_name(rs[i].region, rs[i].side);

		if (i)
			g_string_append(s, sep);
		g_string_append(s, one);
		g_free(one);
	}
	return g_string_free(s, FALSE);
}

char *region_side_id(enum region r, enum side s)
{
	const char *side = side_id(s);

	return side ? g_strdup_printf("%s:%s", region_id(r), side) : g_strdup(region_id(r));
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

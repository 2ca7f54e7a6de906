/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bodylayout.c - the body map's cells (bodylayout.h). */
#include <config.h>

#include "core/bodylayout.h"

const char *const body_outline_ascii[BODY_FIGURE_ROWS] = {
	"        ( )",
	"      .-' '-.",
	"     /|     |\\",
	"    / |     | \\",
	"",
	"",
	"",
	"",
	"",
	"",
};

const char *const body_outline_utf8[BODY_FIGURE_ROWS] = {
	"        (‿)", "      ╭─╯ ╰─╮", "     ╱│     │╲", "    ╱ │     │ ╲", "", "", "", "", "", "",
};

/* Front: the runner's right leg is on our left (columns 4-7). Back: their
 * left leg is on our left. */
const struct body_target body_targets[] = {
	{ REGION_HIP_FLEXOR, SIDE_RIGHT, false, 4, 4 },
	{ REGION_HIP_FLEXOR, SIDE_LEFT, false, 4, 11 },
	{ REGION_IT_BAND, SIDE_RIGHT, false, 5, 0 },
	{ REGION_QUAD, SIDE_RIGHT, false, 5, 4 },
	{ REGION_QUAD, SIDE_LEFT, false, 5, 11 },
	{ REGION_IT_BAND, SIDE_LEFT, false, 5, 15 },
	{ REGION_KNEE, SIDE_RIGHT, false, 6, 4 },
	{ REGION_KNEE, SIDE_LEFT, false, 6, 11 },
	{ REGION_SHIN, SIDE_RIGHT, false, 7, 4 },
	{ REGION_SHIN, SIDE_LEFT, false, 7, 11 },
	{ REGION_FOOT, SIDE_RIGHT, false, 8, 4 },
	{ REGION_FOOT, SIDE_LEFT, false, 8, 11 },

	{ REGION_UPPER_BACK, SIDE_NONE, true, 2, 7 },
	{ REGION_LOWER_BACK, SIDE_NONE, true, 3, 7 },
	{ REGION_GLUTE, SIDE_LEFT, true, 4, 4 },
	{ REGION_GLUTE, SIDE_RIGHT, true, 4, 11 },
	{ REGION_PIRIFORMIS, SIDE_LEFT, true, 5, 4 },
	{ REGION_PIRIFORMIS, SIDE_RIGHT, true, 5, 11 },
	{ REGION_HAMSTRING, SIDE_LEFT, true, 6, 4 },
	{ REGION_HAMSTRING, SIDE_RIGHT, true, 6, 11 },
	{ REGION_CALF, SIDE_LEFT, true, 7, 4 },
	{ REGION_CALF, SIDE_RIGHT, true, 7, 11 },
	{ REGION_SOLEUS, SIDE_LEFT, true, 8, 4 },
	{ REGION_SOLEUS, SIDE_RIGHT, true, 8, 11 },
	{ REGION_ACHILLES, SIDE_LEFT, true, 9, 4 },
	{ REGION_ACHILLES, SIDE_RIGHT, true, 9, 11 },
};

const int body_target_count = (int)(sizeof(body_targets) / sizeof(body_targets[0]));

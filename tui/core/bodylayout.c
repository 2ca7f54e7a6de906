/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bodylayout.c - the body map's cells (bodylayout.h). */
#include <config.h>

#include <stdlib.h>
#include <glib.h>
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

/* Each region's cell, from its row of core/region_list.h: the one on the
 * viewer's left.  Front: the runner's right leg is on our left (columns
 * 4-7).  Back: their left leg is on our left. */
#define BODY_FRONT false
#define BODY_BACK true
static const struct {
	bool sided;
	bool back;
	int row;
	int col;
} region_cells[REGION_COUNT] = {
#define REGION(e, id, name, sided, segment, figure, row, col)                              \
	[REGION_##e] = { sided, BODY_##figure, row, col },
#include "core/region_list.h"
#undef REGION
};

static struct body_target targets[2 * REGION_COUNT];
static int n_targets;

/* Figure by figure (front first), row by row, left to right: the order
 * of Tab and of the search by name. */
static int by_place(const void *pa, const void *pb)
{
	const struct body_target *a = pa, *b = pb;

	if (a->back != b->back)
		return a->back ? 1 : -1;
	if (a->row != b->row)
		return a->row - b->row;
	return a->col - b->col;
}

static void lay_out(void)
{
	for (int r = 0; r < REGION_COUNT; r++) {
		bool back = region_cells[r].back;
		int row = region_cells[r].row, col = region_cells[r].col;

		if (!region_cells[r].sided) {
			targets[n_targets++] = (struct body_target){ r, SIDE_NONE, back, row, col };
			continue;
		}
		targets[n_targets++] = (struct body_target){
			r, back ? SIDE_LEFT : SIDE_RIGHT, back, row, col
		};
		targets[n_targets++] = (struct body_target){
			r, back ? SIDE_RIGHT : SIDE_LEFT, back, row, BODY_FIGURE_W - BODY_CELL_W - col
		};
	}
	qsort(targets, n_targets, sizeof(targets[0]), by_place);
}

const struct body_target *body_targets(void)
{
	static gsize laid_out;

	if (g_once_init_enter(&laid_out)) {
		lay_out();
		g_once_init_leave(&laid_out, 1);
	}
	return targets;
}

int body_target_count(void)
{
	body_targets();
	return n_targets;
}

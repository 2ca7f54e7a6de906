/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bodylayout.h - where each region and side sits on the body map: the
 * front and back figures as a grid of character cells.  The interface's
 * body map (ui/bodymap.c) draws it with characters, the therapist's brief
 * (core/brief/svg.c) as an SVG picture: one layout, so both show the same
 * body.
 *
 * The front figure faces the viewer, so the runner's right is on the left;
 * the back figure is seen from behind, their left on the left. */
#ifndef KNEAD_BODYLAYOUT_H
#define KNEAD_BODYLAYOUT_H

#include <stdbool.h>
#include "core/model.h"

#define BODY_FIGURE_W 19  /* columns of one figure */
#define BODY_FIGURE_GAP 3 /* columns between the two */
#define BODY_CELL_W 4	  /* a target: "(nn)" */
#define BODY_FIGURE_ROWS 10

struct body_target {
	enum region region;
	enum side side;
	bool back;
	int row; /* within the figure */
	int col;
};

/* The cells, figure by figure (front first), row by row, left to right:
 * each region's row of core/region_list.h places one, and a sided
 * region's other side mirrored across the figure. */
const struct body_target *body_targets(void);
int body_target_count(void);

/* The outline (head, shoulders, arms) of a figure, the same from the front
 * and the back, BODY_FIGURE_ROWS lines. */
extern const char *const body_outline_ascii[BODY_FIGURE_ROWS];
extern const char *const body_outline_utf8[BODY_FIGURE_ROWS];

#endif

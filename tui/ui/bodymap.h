/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bodymap.h - the runner's body, front and back, drawn with characters;
 * each region and side is a target the cursor moves between.
 *
 * The front figure faces the runner, so their right is on the viewer's
 * left; the back figure is seen from behind, their left on the left.  Both
 * carry R and L markers and a legend, so nobody has to work it out. */
#ifndef KNEAD_UI_BODYMAP_H
#define KNEAD_UI_BODYMAP_H

#include "ui.h"

#define BODYMAP_WIDTH 41
#define BODYMAP_HEIGHT 14

struct bodymap {
	int level[REGION_COUNT][3]; /* by side: none, left, right */
	bool set[REGION_COUNT][3];  /* given during this check-in */
	int selected;		    /* target index */
};

void bodymap_init(struct bodymap *m);
int bodymap_target_count(void);
void bodymap_target(int i, enum region *r, enum side *s);
/* The target of a region and side, or -1. */
int bodymap_find(enum region r, enum side s);

/* Shows an earlier level (not marked as given now). */
void bodymap_show(struct bodymap *m, enum region r, enum side s, int level);
void bodymap_set_level(struct bodymap *m, int level);
void bodymap_adjust(struct bodymap *m, int delta);
int bodymap_get(const struct bodymap *m, enum region r, enum side s, bool *given);

/* Moves the cursor towards ACT_UP/DOWN/LEFT/RIGHT. */
bool bodymap_move(struct bodymap *m, enum ui_action dir);
/* Selects the target under a click; false when there is none. */
bool bodymap_click(struct bodymap *m, struct rect r, int y, int x);

void bodymap_draw(struct ui *ui, const struct bodymap *m, struct rect r, bool focused);

#endif

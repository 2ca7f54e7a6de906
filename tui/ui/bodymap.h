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
#define BODYMAP_HEIGHT 17

struct bodymap {
	int level[REGION_COUNT][3]; /* by side: none, left, right */
	int before[REGION_COUNT][3]; /* the level logged earlier, shown */
	bool set[REGION_COUNT][3];  /* given during this check-in */
	bool sharp[REGION_COUNT][3]; /* sharp or sudden pain, given now */
	/* An open flag of the advice (advice_flags): for a professional;
	 * assessed: seen by one, not cleared for massage. */
	bool flagged[REGION_COUNT][3];
	bool assessed[REGION_COUNT][3];
	int selected;		    /* target index */
	char typed[32];		    /* the start of a region's name being typed */
	/* A region reached by its typed name waits for its side (l/r or
	 * Space): no level is given to a side the runner has not seen. */
	bool side_pending;
};

void bodymap_init(struct bodymap *m);
int bodymap_target_count(void);
void bodymap_target(int i, enum region *r, enum side *s);
/* The target of a region and side, or -1. */
int bodymap_find(enum region r, enum side s);

/* Shows an earlier level (not marked as given now). */
void bodymap_show(struct bodymap *m, enum region r, enum side s, int level);
/* Give the selected region a level; false (nothing changed) while its
 * side is still to be chosen. */
bool bodymap_set_level(struct bodymap *m, int level);
bool bodymap_adjust(struct bodymap *m, int delta);
/* Takes back the level given now to the selected region (the earlier one
 * shows again, nothing is saved for it); false when none was given. */
bool bodymap_clear(struct bodymap *m);
/* Picks the side of the selected region (SIDE_LEFT or SIDE_RIGHT), or
 * with SIDE_NONE flips it (the first pick after a typed name is the
 * runner's left); false for a region without sides. */
bool bodymap_pick_side(struct bodymap *m, enum side s);
int bodymap_get(const struct bodymap *m, enum region r, enum side s, bool *given);

/* Marks a region and side as flagged (assessed: seen by a professional,
 * not cleared); bodymap_unflag_all() takes every mark off. */
void bodymap_flag(struct bodymap *m, enum region r, enum side s, bool assessed);
void bodymap_unflag_all(struct bodymap *m);
/* The selected region and side when it is flagged (and its side chosen). */
bool bodymap_selected_flagged(const struct bodymap *m, enum region *r, enum side *s);

bool bodymap_toggle_sharp(struct bodymap *m);
bool bodymap_sharp(const struct bodymap *m, enum region r, enum side s);
/* Goes to the region whose (translated) name starts with what was typed,
 * this character included; a region with sides then waits for its side
 * (never the previous region's side).  Once a name is typed, a letter
 * that continues no name but is a side's (l/r, in French g/d) picks that
 * side.  False (and nothing typed kept) when no region matches. */
bool bodymap_type(struct bodymap *m, gunichar c);
/* Forgets what was typed (any other key ends a name). */
void bodymap_type_reset(struct bodymap *m);

/* Moves the cursor towards ACT_UP/DOWN/LEFT/RIGHT: up and down stay in a
 * figure; left and right go to the other figure only past its edge. */
bool bodymap_move(struct bodymap *m, enum ui_action dir);
/* Selects the target under a click; false when there is none. */
bool bodymap_click(struct bodymap *m, struct rect r, int y, int x);

void bodymap_draw(struct ui *ui, const struct bodymap *m, struct rect r, bool focused);

#endif

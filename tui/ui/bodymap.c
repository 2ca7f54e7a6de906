/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bodymap.c - the front and back figures and their targets. */
#include <config.h>

#include <stdlib.h>
#include <string.h>
#include "core/bodylayout.h"
#include "core/i18n.h"
#include "core/regions.h"
#include "bodymap.h"

/* The layout is core's (core/bodylayout.h): the brief's picture shows
 * the same cells. */
#define FIGURE_W BODY_FIGURE_W
#define FIGURE_GAP BODY_FIGURE_GAP
#define CELL_W BODY_CELL_W
/* One row more than the figures: under the legs, which is the runner's
 * right (the outline has none there). */
#define FIGURE_ROWS (BODY_FIGURE_ROWS + 1)
#define LEGS_ROW BODY_FIGURE_ROWS
#define outline_ascii body_outline_ascii
#define outline_utf8 body_outline_utf8
#define targets (body_targets())
#define N_TARGETS (body_target_count())

void bodymap_init(struct bodymap *m)
{
	memset(m, 0, sizeof(*m));
}

int bodymap_target_count(void)
{
	return N_TARGETS;
}

void bodymap_target(int i, enum region *r, enum side *s)
{
	*r = targets[i].region;
	*s = targets[i].side;
}

int bodymap_find(enum region r, enum side s)
{
	for (int i = 0; i < N_TARGETS; i++)
		if (targets[i].region == r && targets[i].side == s)
			return i;
	return -1;
}

void bodymap_show(struct bodymap *m, enum region r, enum side s, int level)
{
	if ((unsigned)r < REGION_COUNT && (unsigned)s < 3 && !m->set[r][s]) {
		m->level[r][s] = level;
		m->before[r][s] = level;
	}
}

bool bodymap_set_level(struct bodymap *m, int level)
{
	const struct body_target *t = &targets[m->selected];

	if (m->side_pending)
		return false;
	m->level[t->region][t->side] = CLAMP(level, 0, 10);
	m->set[t->region][t->side] = true;
	return true;
}

bool bodymap_adjust(struct bodymap *m, int delta)
{
	const struct body_target *t = &targets[m->selected];

	return bodymap_set_level(m, m->level[t->region][t->side] + delta);
}

bool bodymap_clear(struct bodymap *m)
{
	const struct body_target *t = &targets[m->selected];

	if (m->side_pending || !m->set[t->region][t->side])
		return false;
	m->level[t->region][t->side] = m->before[t->region][t->side];
	m->set[t->region][t->side] = false;
	m->sharp[t->region][t->side] = false;
	return true;
}

bool bodymap_pick_side(struct bodymap *m, enum side s)
{
	const struct body_target *t = &targets[m->selected];
	int i;

	if (!region_has_side(t->region))
		return false;
	if (s == SIDE_NONE)
		s = m->side_pending || t->side == SIDE_RIGHT ? SIDE_LEFT : SIDE_RIGHT;
	i = bodymap_find(t->region, s);
	if (i < 0)
		return false;
	m->selected = i;
	m->side_pending = false;
	return true;
}

int bodymap_get(const struct bodymap *m, enum region r, enum side s, bool *given)
{
	if (given)
		*given = m->set[r][s];
	return m->level[r][s];
}

/* The next target from `cur` towards dir among those of one figure; rows
 * weigh more than columns.  -1 when there is none. */
static int nearest_in_figure(int cur, enum ui_action dir, bool back)
{
	const struct body_target *c = &targets[cur];
	int best = -1, best_score = 0;

	for (int i = 0; i < N_TARGETS; i++) {
		const struct body_target *t = &targets[i];
		int dx = t->col - c->col, dy = t->row - c->row, along, across, score;

		if (i == cur || t->back != back)
			continue;
		if (dir == ACT_UP || dir == ACT_DOWN) {
			along = dir == ACT_UP ? -dy : dy;
			across = abs(dx);
			score = along * 8 + across;
		} else {
			along = dir == ACT_LEFT ? -dx : dx;
			across = abs(dy);
			/* Sideways stays on its row, or the next one. */
			if (across > 1)
				continue;
			score = along + across * 64;
		}
		if (along <= 0)
			continue;
		if (best < 0 || score < best_score) {
			best = i;
			best_score = score;
		}
	}
	return best;
}

/* Crossing to the other figure: the target nearest the edge it enters
 * by, on the nearest row. */
static int enter_figure(int cur, bool back)
{
	int best = -1, best_score = 0;

	for (int i = 0; i < N_TARGETS; i++) {
		const struct body_target *t = &targets[i];
		int edge = back ? t->col : FIGURE_W - t->col;
		int score;

		if (t->back != back)
			continue;
		score = abs(t->row - targets[cur].row) * 64 + edge;
		if (best < 0 || score < best_score) {
			best = i;
			best_score = score;
		}
	}
	return best;
}

bool bodymap_move(struct bodymap *m, enum ui_action dir)
{
	bool back = targets[m->selected].back;
	int next;

	if (dir != ACT_UP && dir != ACT_DOWN && dir != ACT_LEFT && dir != ACT_RIGHT)
		return false;
	next = nearest_in_figure(m->selected, dir, back);
	/* The front figure is on the left, the back one on the right. */
	if (next < 0 && ((dir == ACT_RIGHT && !back) || (dir == ACT_LEFT && back)))
		next = enter_figure(m->selected, !back);
	if (next < 0)
		return false;
	m->selected = next;
	m->side_pending = false;
	return true;
}

void bodymap_flag(struct bodymap *m, enum region r, enum side s, bool assessed)
{
	if ((unsigned)r < REGION_COUNT && (unsigned)s < 3) {
		m->flagged[r][s] = true;
		m->assessed[r][s] = assessed;
	}
}

void bodymap_unflag_all(struct bodymap *m)
{
	memset(m->flagged, 0, sizeof(m->flagged));
	memset(m->assessed, 0, sizeof(m->assessed));
}

bool bodymap_selected_flagged(const struct bodymap *m, enum region *r, enum side *s)
{
	const struct body_target *t = &targets[m->selected];

	if (m->side_pending || !m->flagged[t->region][t->side])
		return false;
	*r = t->region;
	*s = t->side;
	return true;
}

bool bodymap_toggle_sharp(struct bodymap *m)
{
	const struct body_target *t = &targets[m->selected];

	if (m->side_pending)
		return false;
	m->sharp[t->region][t->side] = !m->sharp[t->region][t->side];
	m->set[t->region][t->side] = true;
	return true;
}

bool bodymap_sharp(const struct bodymap *m, enum region r, enum side s)
{
	return m->sharp[r][s];
}

void bodymap_type_reset(struct bodymap *m)
{
	m->typed[0] = '\0';
}

/* A name folded for matching what is typed: lower case, no accents
 * ("Fléchisseur" matches "fle"). g_free(). */
static char *fold_name(const char *s)
{
	char *ascii = g_str_to_ascii(s, NULL);
	char *down = g_ascii_strdown(ascii, -1);

	g_free(ascii);
	return down;
}

/* The target of the region whose name starts with `prefix` (its left
 * side when it has sides: the side is then chosen); -1 when none. */
static int find_typed(const char *prefix)
{
	for (int i = 0; i < N_TARGETS; i++) {
		char *name = fold_name(region_name(targets[i].region));
		bool hit = g_str_has_prefix(name, prefix);

		g_free(name);
		if (hit)
			return region_has_side(targets[i].region)
				       ? bodymap_find(targets[i].region, SIDE_LEFT)
				       : i;
	}
	return -1;
}

/* The side a letter picks after a typed name, or SIDE_NONE. */
static enum side side_key(const char *folded)
{
	/* TRANSLATORS: the letter that picks the runner's left side after a
	 * region's name is typed on the body map (French: g for gauche);
	 * one lower-case letter. */
	if (strcmp(folded, C_("side key", "l")) == 0)
		return SIDE_LEFT;
	/* TRANSLATORS: the letter that picks the runner's right side (French:
	 * d for droite); one lower-case letter. */
	if (strcmp(folded, C_("side key", "r")) == 0)
		return SIDE_RIGHT;
	return SIDE_NONE;
}

bool bodymap_type(struct bodymap *m, gunichar c)
{
	char buf[8] = { 0 };
	char *folded, *tried;
	bool fresh = false;
	int found;

	g_unichar_to_utf8(c, buf);
	folded = fold_name(buf);
	tried = g_strconcat(m->typed, folded, NULL);
	found = strlen(tried) < sizeof(m->typed) ? find_typed(tried) : -1;
	/* Once a name is typed, a side's letter picks the side ("ca" then "l":
	 * the left calf), and still counts as typed when it goes on with the
	 * same name ("calf" typed whole ends on the left calf, then "r" makes
	 * it the right one). */
	if (side_key(folded) != SIDE_NONE && region_has_side(targets[m->selected].region) &&
	    (m->typed[0] || m->side_pending)) {
		enum region r = targets[m->selected].region;

		bodymap_pick_side(m, side_key(folded));
		if (m->typed[0] && found >= 0 && targets[found].region == r)
			g_strlcpy(m->typed, tried, sizeof(m->typed));
		else
			bodymap_type_reset(m);
		g_free(tried);
		g_free(folded);
		return true;
	}
	if (found < 0) { /* a fresh start with this letter */
		g_free(tried);
		tried = g_strdup(folded);
		found = find_typed(tried);
		fresh = true;
	}
	if (found >= 0 && !fresh && m->typed[0] && targets[found].region == targets[m->selected].region) {
		/* More of the same name: the side stays as it is, chosen or not. */
		g_strlcpy(m->typed, tried, sizeof(m->typed));
	} else if (found >= 0) {
		m->side_pending = region_has_side(targets[found].region);
		m->selected = found;
		g_strlcpy(m->typed, tried, sizeof(m->typed));
	} else {
		bodymap_type_reset(m);
	}
	g_free(tried);
	g_free(folded);
	return found >= 0;
}

static struct rect figure_rect(struct rect r, bool back)
{
	int x = r.x + (r.w > BODYMAP_WIDTH ? (r.w - BODYMAP_WIDTH) / 2 : 0);

	return (struct rect){ r.y + 1, x + (back ? FIGURE_W + FIGURE_GAP : 0), FIGURE_ROWS,
			      FIGURE_W };
}

bool bodymap_click(struct bodymap *m, struct rect r, int y, int x)
{
	for (int i = 0; i < N_TARGETS; i++) {
		struct rect f = figure_rect(r, targets[i].back);
		struct rect cell = { f.y + targets[i].row, f.x + targets[i].col, 1, CELL_W };
		if (rect_contains(cell, y, x)) {
			m->selected = i;
			m->side_pending = false;
			return true;
		}
	}
	return false;
}

static void draw_cell(struct ui *ui, const struct bodymap *m, int i, int y, int x,
		      bool focused)
{
	const struct body_target *t = &targets[i];
	int level = m->level[t->region][t->side];
	bool given = m->set[t->region][t->side];
	bool sharp = m->sharp[t->region][t->side];
	bool flagged = m->flagged[t->region][t->side];
	/* A region waiting for its side shows both of its cells selected. */
	bool selected = i == m->selected ||
			(m->side_pending && t->region == targets[m->selected].region);
	char inner[3];
	const char *open = given ? "[" : "(", *close = given ? "]" : ")";
	attr_t bracket = A_NORMAL;

	if (level == 0 && !given)
		g_strlcpy(inner, ui->utf8 ? " " : " .", sizeof(inner));
	else
		g_snprintf(inner, sizeof(inner), "%2d", level);
	if (selected && focused) {
		open = ">";
		close = "<";
		bracket = ui_attr(ui, ROLE_SELECTED) | A_BOLD;
	} else if (selected) {
		bracket = A_BOLD;
	}
	if (sharp)
		close = "!";
	/* A flag shows without colour too: a star opens the cell. */
	if (flagged && !(selected && focused)) {
		open = "*";
		bracket = ui_attr(ui, ROLE_WARN) | A_BOLD;
	}
	ui_text(ui, y, x, 1, bracket, open);
	if (level == 0 && !given && ui->utf8)
		ui_text(ui, y, x + 1, 2, ui_attr(ui, ROLE_DIM), " ·");
	else
		ui_text(ui, y, x + 1, 2, ui_level_attr(ui, level) | (given ? A_BOLD : 0), inner);
	ui_text(ui, y, x + 3, 1, sharp ? bracket | A_BOLD : bracket, close);
}

static void draw_figure(struct ui *ui, const struct bodymap *m, struct rect r, bool back,
			bool focused)
{
	struct rect f = figure_rect(r, back);
	const char *const *outline = ui->utf8 ? outline_utf8 : outline_ascii;
	/* TRANSLATORS: the letters marking the runner's right and left on
	 * the body map; one letter each. */
	const char *right = C_("body side", "R"), *left = C_("body side", "L");
	const struct body_target *sel = &targets[m->selected];
	/* The selected cell names itself at the top of its figure. */
	bool named = focused && sel->back == back;
	const char *caption = named ? region_name(sel->region) : back ? _("back") : _("front");
	int cw = MIN(ui_text_width(caption), FIGURE_W - 4);

	ui_text(ui, r.y, f.x, 1, ui_attr(ui, ROLE_HEADING), back ? left : right);
	ui_text(ui, r.y, f.x + FIGURE_W - 1, 1, ui_attr(ui, ROLE_HEADING), back ? right : left);
	ui_text(ui, r.y, f.x + 2 + (FIGURE_W - 4 - cw) / 2, FIGURE_W - 4,
		named ? ui_attr(ui, ROLE_SELECTED) : ui_attr(ui, ROLE_DIM), caption);
	for (int row = 0; row < BODY_FIGURE_ROWS && row < r.h - 1; row++)
		ui_text(ui, f.y + row, f.x, FIGURE_W, ui_attr(ui, ROLE_DIM), outline[row]);
	for (int i = 0; i < N_TARGETS; i++)
		if (targets[i].back == back && targets[i].row < r.h - 1)
			draw_cell(ui, m, i, f.y + targets[i].row, f.x + targets[i].col, focused);
	if (LEGS_ROW < r.h - 1) {
		/* Under the legs, in words: which one is the runner's right.  The
		 * front figure faces the viewer: its right leg is on the left. */
		/* TRANSLATORS: under a leg of the body map: the runner's right
		 * leg; 7 columns at most. */
		const char *leg_right = C_("body map leg", "right");
		/* TRANSLATORS: under the runner's left leg; 7 columns at most. */
		const char *leg_left = C_("body map leg", "left");
		const char *words[2] = { back ? leg_left : leg_right, back ? leg_right : leg_left };
		const int centre[2] = { 6, 13 };

		for (int k = 0; k < 2; k++) {
			int w = MIN(ui_text_width(words[k]), 7);
			ui_text(ui, f.y + LEGS_ROW, f.x + centre[k] - w / 2, 7,
				ui_attr(ui, ROLE_HEADING), words[k]);
		}
	}
}

/* The selected region in words, its level, and the mark of sharp pain:
 * "Left calf: 4/10, sharp". g_free(). */
static char *selected_text(const struct bodymap *m)
{
	const struct body_target *t = &targets[m->selected];
	char *name = region_side_name(t->region, m->side_pending ? SIDE_NONE : t->side);
	char *cap = ui_capitalize(name);
	char *text;

	if (m->side_pending) {
		/* TRANSLATORS: a region typed on the body map waits for its
		 * side: "Calf: which side? l: left, r: right (Space)"; the
		 * letters are those of "side key". */
		text = g_strdup_printf(_("%s: which side? %s: left, %s: right"), cap,
				       C_("side key", "l"), C_("side key", "r"));
		g_free(cap);
		g_free(name);
		return text;
	}
	/* TRANSLATORS: the selected region on the body map and its level,
	 * e.g. "Left calf: 4/10". */
	text = g_strdup_printf(_("%s: %d/10"), cap, m->level[t->region][t->side]);

	if (m->sharp[t->region][t->side]) {
		/* TRANSLATORS: after "Left calf: 4/10" when the pain is sharp. */
		char *more = g_strconcat(text, _(", sharp"), NULL);
		g_free(text);
		text = more;
	}
	if (m->flagged[t->region][t->side]) {
		/* TRANSLATORS: after "Left shin: 3/10" when the advice flags the
		 * region for a professional. */
		char *more = g_strconcat(text, m->assessed[t->region][t->side]
						       ? _(", flagged: assessed, no massage there yet")
						       : _(", flagged: see a physiotherapist or doctor"),
					 NULL);
		g_free(text);
		text = more;
	}
	g_free(cap);
	g_free(name);
	return text;
}

void bodymap_draw(struct ui *ui, const struct bodymap *m, struct rect r, bool focused)
{
	int y = r.y + 1 + FIGURE_ROWS, bottom = r.y + r.h;
	char *text = selected_text(m);
	char **lines = ui_wrap(text, r.w);

	draw_figure(ui, m, r, false, focused);
	draw_figure(ui, m, r, true, focused);
	/* Two rows at most: long French names wrap rather than lose the level. */
	for (int i = 0; i < 2 && lines[i] && y < bottom; i++, y++) {
		int x = ui_text(ui, y, r.x, r.w, focused ? ui_attr(ui, ROLE_HEADING) : A_NORMAL,
				lines[i]);
		if (focused && m->typed[0] && !lines[i + 1])
			ui_textf(ui, y, r.x + x + 2, r.w - x - 2, ui_attr(ui, ROLE_DIM),
				 "\u00ab%s\u00bb", m->typed);
	}
	g_strfreev(lines);
	g_free(text);
	{
		/* TRANSLATORS: the body map's legend; %s is the mark of a region
		 * with nothing logged (a dot). */
		char *legend_text = g_strdup_printf(_("R/L: your right and left (the front faces "
						      "you). >n< selected, [n] given now, (n) logged "
						      "before, %s nothing, ! sharp pain."),
						    ui->utf8 ? "·" : ".");
		char **legend;

		/* A flag on the map: its mark explained first, on its own line
		 * (the legend wraps as it does without one). */
		for (int i = 0; i < N_TARGETS && y < bottom; i++)
			if (m->flagged[targets[i].region][targets[i].side]) {
				/* TRANSLATORS: first in the body map's legend when a
				 * region is flagged for a professional; the star is
				 * the mark on the map. */
				ui_text(ui, y++, r.x, r.w, ui_attr(ui, ROLE_WARN), _("* flagged."));
				break;
			}
		legend = ui_wrap(legend_text, r.w);

		for (int i = 0; legend[i] && y < bottom; i++, y++)
			ui_text(ui, y, r.x, r.w, ui_attr(ui, ROLE_DIM), legend[i]);
		g_strfreev(legend);
		g_free(legend_text);
	}
}

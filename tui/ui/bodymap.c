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
#define FIGURE_ROWS BODY_FIGURE_ROWS
#define outline_ascii body_outline_ascii
#define outline_utf8 body_outline_utf8
#define targets body_targets
#define N_TARGETS body_target_count

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
	if ((unsigned)r < REGION_COUNT && (unsigned)s < 3 && !m->set[r][s])
		m->level[r][s] = level;
}

void bodymap_set_level(struct bodymap *m, int level)
{
	const struct body_target *t = &targets[m->selected];

	m->level[t->region][t->side] = CLAMP(level, 0, 10);
	m->set[t->region][t->side] = true;
}

void bodymap_adjust(struct bodymap *m, int delta)
{
	const struct body_target *t = &targets[m->selected];

	bodymap_set_level(m, m->level[t->region][t->side] + delta);
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
	return true;
}

void bodymap_toggle_sharp(struct bodymap *m)
{
	const struct body_target *t = &targets[m->selected];

	m->sharp[t->region][t->side] = !m->sharp[t->region][t->side];
	m->set[t->region][t->side] = true;
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

/* The target whose region name starts with `prefix`, on the side of the
 * current one when the region has it; -1 when none. */
static int find_typed(const struct bodymap *m, const char *prefix)
{
	enum side side = targets[m->selected].side;
	int found = -1;

	for (int i = 0; i < N_TARGETS; i++) {
		char *name = fold_name(region_name(targets[i].region));
		bool hit = g_str_has_prefix(name, prefix);

		g_free(name);
		if (!hit)
			continue;
		if (found < 0 || (targets[found].region == targets[i].region &&
				  targets[i].side == side && targets[found].side != side))
			found = i;
	}
	return found;
}

bool bodymap_type(struct bodymap *m, gunichar c)
{
	char buf[8] = { 0 };
	char *folded, *tried;
	int found;

	g_unichar_to_utf8(c, buf);
	folded = fold_name(buf);
	tried = g_strconcat(m->typed, folded, NULL);
	found = strlen(tried) < sizeof(m->typed) ? find_typed(m, tried) : -1;
	if (found < 0) { /* a fresh start with this letter */
		g_free(tried);
		tried = g_strdup(folded);
		found = find_typed(m, tried);
	}
	if (found >= 0) {
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
	bool selected = i == m->selected;
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
	for (int row = 0; row < FIGURE_ROWS && row < r.h - 1; row++)
		ui_text(ui, f.y + row, f.x, FIGURE_W, ui_attr(ui, ROLE_DIM), outline[row]);
	for (int i = 0; i < N_TARGETS; i++)
		if (targets[i].back == back && targets[i].row < r.h - 1)
			draw_cell(ui, m, i, f.y + targets[i].row, f.x + targets[i].col, focused);
}

/* The selected region in words, its level, and the mark of sharp pain:
 * "Left calf: 4/10, sharp". g_free(). */
static char *selected_text(const struct bodymap *m)
{
	const struct body_target *t = &targets[m->selected];
	char *name = region_side_name(t->region, t->side);
	char *cap = ui_capitalize(name);
	/* TRANSLATORS: the selected region on the body map and its level,
	 * e.g. "Left calf: 4/10". */
	char *text = g_strdup_printf(_("%s: %d/10"), cap, m->level[t->region][t->side]);

	if (m->sharp[t->region][t->side]) {
		/* TRANSLATORS: after "Left calf: 4/10" when the pain is sharp. */
		char *more = g_strconcat(text, _(", sharp"), NULL);
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
		char *legend_text = g_strdup_printf(_("R/L: your right and left. >n< selected, [n] "
						      "given now, (n) logged before, %s nothing, ! "
						      "sharp pain."),
						    ui->utf8 ? "·" : ".");
		char **legend = ui_wrap(legend_text, r.w);

		for (int i = 0; legend[i] && y < bottom; i++, y++)
			ui_text(ui, y, r.x, r.w, ui_attr(ui, ROLE_DIM), legend[i]);
		g_strfreev(legend);
		g_free(legend_text);
	}
}

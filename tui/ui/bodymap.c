/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bodymap.c - the front and back figures and their targets. */
#include <config.h>

#include <stdlib.h>
#include <string.h>
#include "core/i18n.h"
#include "core/regions.h"
#include "bodymap.h"

#define FIGURE_W 19
#define FIGURE_GAP 3
#define CELL_W 4
#define FIGURE_ROWS 10

/* The outline of a figure (head, shoulders, arms), the same from the front
 * and the back; the targets are drawn over it, and the labels above say
 * which side is which. */
static const char *const outline_ascii[FIGURE_ROWS] = {
	"        ( )",
	"      .-' '-.",
	"     /|     |\\",
	"    / |     | \\",
	"", "", "", "", "", "",
};

static const char *const outline_utf8[FIGURE_ROWS] = {
	"        (‿)",
	"      ╭─╯ ╰─╮",
	"     ╱│     │╲",
	"    ╱ │     │ ╲",
	"", "", "", "", "", "",
};

struct target {
	enum region region;
	enum side side;
	bool back;
	int row; /* within the figure */
	int col;
};

/* Front: the runner's right leg is on our left (columns 4-7). Back: their
 * left leg is on our left. */
static const struct target targets[] = {
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

#define N_TARGETS ((int)G_N_ELEMENTS(targets))

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
	const struct target *t = &targets[m->selected];

	m->level[t->region][t->side] = CLAMP(level, 0, 10);
	m->set[t->region][t->side] = true;
}

void bodymap_adjust(struct bodymap *m, int delta)
{
	const struct target *t = &targets[m->selected];

	bodymap_set_level(m, m->level[t->region][t->side] + delta);
}

int bodymap_get(const struct bodymap *m, enum region r, enum side s, bool *given)
{
	if (given)
		*given = m->set[r][s];
	return m->level[r][s];
}

static int target_x(const struct target *t)
{
	return (t->back ? FIGURE_W + FIGURE_GAP : 0) + t->col + CELL_W / 2;
}

bool bodymap_move(struct bodymap *m, enum ui_action dir)
{
	const struct target *cur = &targets[m->selected];
	int cx = target_x(cur), cy = cur->row;
	int best = -1, best_score = 0;

	for (int i = 0; i < N_TARGETS; i++) {
		int dx = target_x(&targets[i]) - cx, dy = targets[i].row - cy;
		int along, across, score;

		switch (dir) {
		case ACT_UP:
			along = -dy, across = abs(dx);
			break;
		case ACT_DOWN:
			along = dy, across = abs(dx);
			break;
		case ACT_LEFT:
			along = -dx, across = abs(dy);
			break;
		case ACT_RIGHT:
			along = dx, across = abs(dy);
			break;
		default:
			return false;
		}
		if (along <= 0)
			continue;
		/* Rows are further apart than columns: weigh them so. */
		score = dir == ACT_UP || dir == ACT_DOWN ? along * 8 + across
							 : along + across * 8;
		if (best < 0 || score < best_score) {
			best = i;
			best_score = score;
		}
	}
	if (best < 0)
		return false;
	m->selected = best;
	return true;
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
	const struct target *t = &targets[i];
	int level = m->level[t->region][t->side];
	bool given = m->set[t->region][t->side];
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
	ui_text(ui, y, x, 1, bracket, open);
	if (level == 0 && !given && ui->utf8)
		ui_text(ui, y, x + 1, 2, ui_attr(ui, ROLE_DIM), " ·");
	else
		ui_text(ui, y, x + 1, 2, ui_level_attr(ui, level) | (given ? A_BOLD : 0), inner);
	ui_text(ui, y, x + 3, 1, bracket, close);
}

static void draw_figure(struct ui *ui, const struct bodymap *m, struct rect r, bool back,
			bool focused)
{
	struct rect f = figure_rect(r, back);
	const char *const *outline = ui->utf8 ? outline_utf8 : outline_ascii;
	/* TRANSLATORS: the letters marking the runner's right and left on
	 * the body map; one letter each. */
	const char *right = C_("body side", "R"), *left = C_("body side", "L");
	const char *caption = back ? _("back") : _("front");
	int cw = ui_text_width(caption);

	ui_text(ui, r.y, f.x, 1, ui_attr(ui, ROLE_HEADING), back ? left : right);
	ui_text(ui, r.y, f.x + FIGURE_W - 1, 1, ui_attr(ui, ROLE_HEADING), back ? right : left);
	ui_text(ui, r.y, f.x + (FIGURE_W - cw) / 2, FIGURE_W - 2, ui_attr(ui, ROLE_DIM), caption);
	for (int row = 0; row < FIGURE_ROWS && row < r.h - 1; row++)
		ui_text(ui, f.y + row, f.x, FIGURE_W, ui_attr(ui, ROLE_DIM), outline[row]);
	for (int i = 0; i < N_TARGETS; i++)
		if (targets[i].back == back && targets[i].row < r.h - 1)
			draw_cell(ui, m, i, f.y + targets[i].row, f.x + targets[i].col, focused);
}

void bodymap_draw(struct ui *ui, const struct bodymap *m, struct rect r, bool focused)
{
	const struct target *t = &targets[m->selected];
	int level = m->level[t->region][t->side];
	char *name = region_side_name(t->region, t->side);
	int y = r.y + 1 + FIGURE_ROWS;

	draw_figure(ui, m, r, false, focused);
	draw_figure(ui, m, r, true, focused);
	if (y < r.y + r.h) {
		char *cap = ui_capitalize(name);
		/* TRANSLATORS: the selected region on the body map and its level,
		 * e.g. "Left calf: 4/10". */
		ui_textf(ui, y, r.x, r.w, focused ? ui_attr(ui, ROLE_HEADING) : A_NORMAL,
			 _("%s: %d/10"), cap, level);
		g_free(cap);
	}
	{
		char **legend = ui_wrap(_("R/L: your right and left. [n] given now, (n) logged "
					  "before."),
					r.w);
		for (int i = 0; legend[i] && y + 1 + i < r.y + r.h; i++)
			ui_text(ui, y + 1 + i, r.x, r.w, ui_attr(ui, ROLE_DIM), legend[i]);
		g_strfreev(legend);
	}
	g_free(name);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ui_history.c - everything logged, in scrollable lists (newest first):
 * edit, delete (after a yes) and undo for the rest of the session, search
 * with /; and each region's soreness over the last weeks. */
#include <config.h>

#include <math.h>
#include <string.h>
#include "core/advice/advice_history.h"
#include "core/clock.h"
#include "core/i18n.h"
#include "core/regions.h"
#include "chart.h"
#include "record_kinds.h"
#include "records.h"
#include "ui.h"

/* The trend view's span: a day a column, as many as the width holds, up to
 * the year the soreness list first loads. */
#define TREND_MAX_DAYS 366
/* The rows a region's line grows to when the screen has room. */
#define TREND_MAX_ROWS 4

/* A tab for each kind the screen shows (record_kinds.h), in the order of
 * the kinds: tab i lists table i, named by its descriptor; then Trends. */
enum { TAB_TRENDS = RECORD_KINDS_SHOWN, TAB_COUNT };

struct history_screen {
	int tab;
	struct records lists[TAB_TRENDS];
	struct record_edit *edit;
	struct ui_search search;
	struct rect list_r;
	int trend_top;
	struct advice_flag *flags; /* open now: marked in the lists */
	size_t n_flags;
};

static struct history_screen *state(struct ui *ui)
{
	return ui->state[SCREEN_HISTORY];
}

static void history_init(struct ui *ui)
{
	struct history_screen *h = g_new0(struct history_screen, 1);

	for (int i = 0; i < TAB_TRENDS; i++)
		h->lists[i].table = (enum store_table)i;
	ui->state[SCREEN_HISTORY] = h;
}

static void history_fini(struct ui *ui)
{
	struct history_screen *h = state(ui);

	for (int i = 0; i < TAB_TRENDS; i++)
		records_clear(&h->lists[i]);
	record_edit_free(h->edit);
	record_kinds_set_flags(NULL, 0);
	g_free(h->flags);
	if (h->search.query)
		g_string_free(h->search.query, TRUE);
	g_free(h);
}

static void history_reload(struct ui *ui)
{
	struct history_screen *h = state(ui);

	struct history past = { 0 };

	for (int i = 0; i < TAB_TRENDS; i++)
		records_load(ui, &h->lists[i]);
	g_clear_pointer(&h->flags, g_free);
	h->n_flags = 0;
	if (ui->st && advice_history_load(ui->st, ui->cfg, clock_now(), &past, NULL)) {
		h->flags = advice_flags(&past, ui->today, &h->n_flags);
		history_clear(&past);
	}
	record_kinds_set_flags(h->flags, h->n_flags);
}

static bool trend_flagged(const struct history_screen *h, int reg, int side)
{
	for (size_t i = 0; i < h->n_flags; i++)
		if ((int)h->flags[i].region == reg && (int)h->flags[i].side == side)
			return true;
	return false;
}

/* An open form does not stay open (changes stay undoable: the journal
 * keeps them). */
static void history_leave(struct ui *ui)
{
	struct history_screen *h = state(ui);

	g_clear_pointer(&h->edit, record_edit_free);
	h->search.typing = false;
}

static unsigned history_context(struct ui *ui)
{
	struct history_screen *h = state(ui);

	if (h->edit)
		return CTX_FORM;
	if (h->search.typing)
		return CTX_SEARCH;
	return h->tab == TAB_TRENDS ? CTX_TRENDS : CTX_LIST;
}

static void confirm_delete(struct ui *ui, void *data)
{
	struct history_screen *h = state(ui);

	(void)data;
	if (h->tab < TAB_TRENDS)
		records_delete_selected(ui, &h->lists[h->tab]);
}

static int history_action(struct ui *ui, enum ui_action a, int key)
{
	struct history_screen *h = state(ui);
	struct records *r = h->tab < TAB_TRENDS ? &h->lists[h->tab] : NULL;
	unsigned handled;

	if (h->edit)
		return record_edit_action(ui, &h->edit, a, key);
	if (h->search.typing || a == ACT_SEARCH || a == ACT_SEARCH_NEXT || a == ACT_SEARCH_PREV)
		return records_search_action(ui, &h->search, r, a);
	handled = records_entry_action(ui, r, &h->edit, a, confirm_delete);
	if (handled != UI_IGNORED)
		return handled;
	switch (a) {
	case ACT_NEXT_TAB:
		h->tab = (h->tab + 1) % TAB_COUNT;
		return UI_HANDLED;
	case ACT_PREV_TAB:
		h->tab = (h->tab + TAB_COUNT - 1) % TAB_COUNT;
		return UI_HANDLED;
	default:
		if (r)
			return records_action(ui, r, a, MAX(1, h->list_r.h - 2));
		if (a == ACT_UP && h->trend_top > 0)
			h->trend_top--;
		else if (a == ACT_DOWN)
			h->trend_top++;
		else
			return UI_IGNORED;
		return UI_HANDLED;
	}
}

static int history_input(struct ui *ui, int key)
{
	struct history_screen *h = state(ui);

	return records_input(&h->search, h->edit, key);
}

/* Each region and side logged in the days the width holds (a column a day,
 * at most TREND_MAX_DAYS), one line each:
 * its level day by day (the day's last entry; a dot where nothing was
 * logged). */
static void draw_trends(struct ui *ui, struct history_screen *h, struct rect area)
{
	const struct records *r = &h->lists[TABLE_SORENESS];
	bool used[REGION_COUNT][3] = { { false } };
	/* As wide as the widest translated name: no side is ever cut off. */
	int name_w = MIN(records_region_width(), area.w / 2), spark_w = area.w - name_w - 8;
	const int span = CLAMP(spark_w, 1, TREND_MAX_DAYS);
	dayno first = ui->today - span + 1;
	double *levels = g_new(double, (size_t)REGION_COUNT * 3 * span);
	int row = 0, shown = 0, n_used = 0, per;
	char *title;

	for (int i = 0; i < REGION_COUNT * 3 * span; i++)
		levels[i] = NAN;
	for (size_t i = 0; i < r->n; i++) {
		const struct soreness *s = &r->rows.sore[i];
		int d = wtime_day(s->time) - first;
		if (d < 0 || d >= span)
			continue;
		levels[((size_t)s->region * 3 + s->side) * span + d] = s->level;
		n_used += !used[s->region][s->side];
		used[s->region][s->side] = true;
	}
	/* A row a region; taller lines when all of them fit so. */
	per = n_used > 0 ? CLAMP((area.h - 1) / n_used, 1, TREND_MAX_ROWS) : 1;
	/* TRANSLATORS: %d is a number of days. */
	title = g_strdup_printf(_("Soreness by region, last %d days (one column a day)"),
				MIN(span, spark_w));
	if (h->n_flags) {
		char *more = g_strconcat(title, "  ", _("* flagged."), NULL);
		g_free(title);
		title = more;
	}
	ui_text(ui, area.y, area.x, area.w, ui_attr(ui, ROLE_HEADING), title);
	g_free(title);
	for (int reg = 0; reg < REGION_COUNT; reg++) {
		for (int side = 0; side < 3; side++) {
			const double *v = levels + ((size_t)reg * 3 + side) * span;
			double last = NAN;
			char *name, *fitted;
			int y, h_rows;

			if (!used[reg][side])
				continue;
			if (row++ < h->trend_top)
				continue;
			y = area.y + 1 + shown * per;
			if (y + per > area.y + area.h)
				break;
			shown++;
			for (int d = 0; d < span; d++)
				if (!isnan(v[d]))
					last = v[d];
			name = region_side_name((enum region)reg, (enum side)side);
			fitted = ui_fit(name, name_w);
			/* Taller lines keep a blank row between regions. */
			h_rows = per >= 3 ? per - 1 : per;
			y += h_rows - 1; /* the name and the level on the line's base */
			ui_text(ui, y, area.x, name_w, A_NORMAL, fitted);
			chart_area(ui, (struct rect){ y - h_rows + 1, area.x + name_w + 1, h_rows, spark_w },
				   v, span, 0, 10, ui_level_attr(ui, (int)last) & ~A_REVERSE);
			ui_textf(ui, y, area.x + name_w + 2 + MIN(spark_w, span), 6, A_BOLD,
				 "%2.0f", last);
			/* A flag open: the star of the body map after the level. */
			if (trend_flagged(h, reg, side))
				ui_text(ui, y, area.x + name_w + 5 + MIN(spark_w, span), 1,
					ui_attr(ui, ROLE_WARN) | A_BOLD, "*");
			g_free(fitted);
			g_free(name);
		}
	}
	if (row == 0)
		ui_text(ui, area.y + 1, area.x, area.w, ui_attr(ui, ROLE_DIM),
			_("No soreness logged in that time: check in (2) and set levels on the "
			  "body map."));
	if (h->trend_top >= row)
		h->trend_top = MAX(0, row - 1);
	g_free(levels);
}

static void history_draw(struct ui *ui)
{
	struct history_screen *h = state(ui);
	struct rect body = rect_inset(ui->body, 0, 1);
	struct rect tabs = rect_take_top(&body, 2);
	int x = tabs.x;

	for (int i = 0; i < TAB_COUNT; i++) {
		char *label = i < TAB_TRENDS
				      ? g_strdup_printf(" %s (%zu) ",
							_(record_kind((enum store_table)i)->tab),
							h->lists[i].n)
				      : g_strdup_printf(" %s ", _("Trends"));
		x += ui_text(ui, tabs.y, x, tabs.x + tabs.w - x,
			     i == h->tab ? ui_attr(ui, ROLE_SELECTED) | A_BOLD : A_NORMAL, label);
		x++;
		g_free(label);
	}
	h->list_r = body;
	if (h->tab == TAB_TRENDS)
		draw_trends(ui, h, body);
	else
		records_draw(ui, &h->lists[h->tab], body, false);
	if (h->search.typing)
		ui->search_prompt = h->search.query;
	if (h->edit)
		record_edit_draw(ui, h->edit);
}

static int history_click(struct ui *ui, int y, int x)
{
	struct history_screen *h = state(ui);

	(void)x;
	if (h->edit || h->tab >= TAB_TRENDS)
		return UI_IGNORED;
	return records_click(&h->lists[h->tab], h->list_r, y);
}

const struct ui_screen_ops ui_history_ops = {
	.title = N_("History"),
	.init = history_init,
	.fini = history_fini,
	.leave = history_leave,
	.reload = history_reload,
	.context = history_context,
	.draw = history_draw,
	.action = history_action,
	.input = history_input,
	.click = history_click,
};

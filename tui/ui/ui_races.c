/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ui_races.c - the races a runner plans and has run: add, edit, remove.
 * The list runs from the furthest ahead down to the oldest; past races are
 * dimmed.  A and B races shape the training phase and close deep tissue
 * around them, which the screen says. */
#include <config.h>

#include "core/i18n.h"
#include "records.h"
#include "ui.h"

struct races_screen {
	struct records list;
	struct record_edit *edit;
	struct rect list_r;
	struct ui_search search;
};

static struct races_screen *state(struct ui *ui)
{
	return ui->state[SCREEN_RACES];
}

static void races_init(struct ui *ui)
{
	struct races_screen *s = g_new0(struct races_screen, 1);

	s->list.table = TABLE_RACES;
	ui->state[SCREEN_RACES] = s;
}

static void races_fini(struct ui *ui)
{
	struct races_screen *s = state(ui);

	records_clear(&s->list);
	record_edit_free(s->edit);
	if (s->search.query)
		g_string_free(s->search.query, TRUE);
	g_free(s);
}

static void races_reload(struct ui *ui)
{
	records_load(ui, &state(ui)->list);
}

static void races_leave(struct ui *ui)
{
	struct races_screen *s = state(ui);

	g_clear_pointer(&s->edit, record_edit_free);
	s->search.typing = false;
}

static unsigned races_context(struct ui *ui)
{
	struct races_screen *s = state(ui);

	if (s->edit)
		return CTX_FORM;
	return s->search.typing ? CTX_SEARCH : CTX_RACES;
}

static void confirm_delete(struct ui *ui, void *data)
{
	(void)data;
	records_delete_selected(ui, &state(ui)->list);
}

static int races_action(struct ui *ui, enum ui_action a, int key)
{
	struct races_screen *s = state(ui);
	unsigned handled;

	if (s->edit)
		return record_edit_action(ui, &s->edit, a, key);
	if (s->search.typing || a == ACT_SEARCH || a == ACT_SEARCH_NEXT || a == ACT_SEARCH_PREV)
		return records_search_action(ui, &s->search, &s->list, a);
	handled = records_entry_action(ui, &s->list, &s->edit, a, confirm_delete);
	if (handled != UI_IGNORED)
		return handled;
	return records_action(ui, &s->list, a, MAX(1, s->list_r.h - 2));
}

static int races_input(struct ui *ui, int key)
{
	struct races_screen *s = state(ui);

	return records_input(&s->search, s->edit, key);
}

static void races_draw(struct ui *ui)
{
	struct races_screen *s = state(ui);
	struct rect body = rect_inset(ui->body, 0, 1);
	struct rect notes = rect_take_bottom(&body, 3);

	ui_text(ui, body.y, body.x, body.w, ui_attr(ui, ROLE_HEADING), _("Races"));
	rect_take_top(&body, 2);
	s->list_r = body;
	records_draw(ui, &s->list, body, true);
	{
		char **lines = ui_wrap(_("A: the race the training is for. B: an important race. "
					 "C: a race run as training. Around A and B races knead "
					 "advises no deep tissue (2 days before to 2 days after)."),
				       notes.w);
		for (int i = 0; i < notes.h && lines[i]; i++)
			ui_text(ui, notes.y + i, notes.x, notes.w, ui_attr(ui, ROLE_DIM), lines[i]);
		g_strfreev(lines);
	}
	if (s->search.typing)
		ui->search_prompt = s->search.query;
	if (s->edit)
		record_edit_draw(ui, s->edit);
}

static int races_click(struct ui *ui, int y, int x)
{
	struct races_screen *s = state(ui);

	(void)x;
	return s->edit ? UI_IGNORED : records_click(&s->list, s->list_r, y);
}

const struct ui_screen_ops ui_races_ops = {
	.title = N_("Races"),
	.init = races_init,
	.fini = races_fini,
	.leave = races_leave,
	.reload = races_reload,
	.context = races_context,
	.draw = races_draw,
	.action = races_action,
	.input = races_input,
	.click = races_click,
};

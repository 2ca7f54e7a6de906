/* SPDX-License-Identifier: GPL-3.0-or-later */
/* records.c - lists of runs, soreness, massages and races; their edit forms;
 * delete with undo. */
#include <config.h>

#include <limits.h>
#include <string.h>
#include "core/error.h"
#include "core/i18n.h"
#include "core/store/change.h"
#include "core/store/journal.h"
#include "record_kinds.h"

/* Row k of `rows`, an array of the rows of table t. */
static void *row_at(enum store_table t, void *rows, size_t k)
{
	return (char *)rows + k * store_entry_size(t);
}

void records_clear(struct records *r)
{
	for (size_t i = 0; i < r->n; i++)
		store_entry_clear(r->table, row_at(r->table, r->rows.any, i));
	g_clear_pointer(&r->rows.any, g_free);
	g_clear_pointer(&r->error, g_free);
	r->n = 0;
}

/* The first window: a year of runs is a few hundred rows. */
#define RECORDS_FIRST_WINDOW 366
/* Past this, the window is everything (and the doubling stops). */
#define RECORDS_MAX_WINDOW (200 * 366)

void records_load(struct ui *ui, struct records *r)
{
	GError *err = NULL;
	bool ok;
	dayno from;

	records_clear(r);
	if (r->window == 0)
		r->window = RECORDS_FIRST_WINDOW;
	if (r->window >= RECORDS_MAX_WINDOW)
		r->all = true;
	from = ui->today - r->window;
	ok = record_kind(r->table)->list(ui, r->all, from, &r->rows.any, &r->n, &err);
	if (!ok) {
		r->error = g_strdup(err->message);
		g_error_free(err);
		r->n = 0;
	}
	if (r->sel >= (int)r->n)
		r->sel = r->n > 0 ? (int)r->n - 1 : 0;
}

size_t records_index(const struct records *r, int i)
{
	return r->n - 1 - (size_t)i;
}

/* Loads older rows when the selection would go past the oldest loaded one;
 * the selection keeps its row, since older rows come after it. */
static void records_extend(struct ui *ui, struct records *r, int wanted, bool everything)
{
	if (r->all || wanted < (int)r->n)
		return;
	if (everything)
		r->all = true;
	while (!r->all && wanted >= (int)r->n) {
		r->window *= 2;
		records_load(ui, r);
	}
	if (everything)
		records_load(ui, r);
}

int records_action(struct ui *ui, struct records *r, enum ui_action a, int page)
{
	int last;

	if (a == ACT_DOWN)
		records_extend(ui, r, r->sel + 1, false);
	else if (a == ACT_PAGE_DOWN)
		records_extend(ui, r, r->sel + page, false);
	else if (a == ACT_END)
		records_extend(ui, r, INT_MAX, true);
	last = r->n > 0 ? (int)r->n - 1 : 0;

	switch (a) {
	case ACT_UP:
		r->sel = MAX(r->sel - 1, 0);
		break;
	case ACT_DOWN:
		r->sel = MIN(r->sel + 1, last);
		break;
	case ACT_PAGE_UP:
		r->sel = MAX(r->sel - page, 0);
		break;
	case ACT_PAGE_DOWN:
		r->sel = MIN(r->sel + page, last);
		break;
	case ACT_HOME:
		r->sel = 0;
		break;
	case ACT_END:
		r->sel = last;
		break;
	default:
		return UI_IGNORED;
	}
	return UI_HANDLED;
}

/* The row at display position i. */
static const void *row_shown(const struct records *r, int i)
{
	return row_at(r->table, r->rows.any, records_index(r, i));
}

/* One line of the list at display position i. */
static char *row_text(struct ui *ui, const struct records *r, int i)
{
	GString *line = g_string_new(NULL);

	record_kind(r->table)->row_text(ui, row_shown(r, i), line);
	return g_string_free(line, FALSE);
}

static char *list_header(const struct records *r)
{
	GString *line = g_string_new(NULL);

	record_kind(r->table)->header(line);
	return g_string_free(line, FALSE);
}

void records_draw(struct ui *ui, struct records *r, struct rect area, bool highlight_future)
{
	const struct record_kind *kind = record_kind(r->table);
	int rows = area.h - 1;
	char *header = list_header(r);

	ui_text(ui, area.y, area.x, area.w, ui_attr(ui, ROLE_HEADING), header);
	g_free(header);
	if (r->error) {
		ui_text(ui, area.y + 1, area.x, area.w, ui_attr(ui, ROLE_ERROR), r->error);
		return;
	}
	if (r->n == 0) {
		char **lines = ui_wrap(_(kind->empty), area.w);
		for (int i = 0; i < area.h - 1 && lines[i]; i++)
			ui_text(ui, area.y + 1 + i, area.x, area.w, ui_attr(ui, ROLE_DIM), lines[i]);
		g_strfreev(lines);
		return;
	}
	if (r->sel < r->top)
		r->top = r->sel;
	if (r->sel >= r->top + rows)
		r->top = r->sel - rows + 1;
	for (int i = r->top; i < (int)r->n && i < r->top + rows; i++) {
		char *line = row_text(ui, r, i);
		char *fitted = ui_fit(line, area.w);
		attr_t a = A_NORMAL;

		if (i == r->sel)
			a = ui_attr(ui, ROLE_SELECTED);
		else if (highlight_future && kind->dimmed && kind->dimmed(ui, row_shown(r, i)))
			a = ui_attr(ui, ROLE_DIM);
		ui_text(ui, area.y + 1 + i - r->top, area.x, area.w, a, fitted);
		g_free(fitted);
		g_free(line);
	}
}

bool records_search(struct ui *ui, struct records *r, const struct ui_search *s, int dir)
{
	for (int pass = 0; pass < 2; pass++) {
		int n = (int)r->n;
		for (int k = 1; k <= n; k++) {
			int i = ((r->sel + dir * k) % n + n) % n;
			char *line = row_text(ui, r, i);
			bool hit = ui_search_matches(s, line);
			g_free(line);
			if (hit) {
				r->sel = i;
				return true;
			}
		}
		/* Not in the rows loaded: look through all of them. */
		if (r->all)
			break;
		records_extend(ui, r, INT_MAX, true);
	}
	return false;
}

unsigned records_search_action(struct ui *ui, struct ui_search *s, struct records *r,
				enum ui_action a)
{
	if (s->typing && a == ACT_CANCEL) {
		s->typing = false;
		return UI_HANDLED;
	}
	if (s->typing && a != ACT_SEARCH)
		return UI_HANDLED;
	if (a == ACT_SEARCH && !s->typing) {
		ui_search_start(s);
		return UI_HANDLED;
	}
	s->typing = false;
	if (r && s->query && s->query->len > 0 &&
	    !records_search(ui, r, s, a == ACT_SEARCH_PREV ? -1 : 1))
		/* TRANSLATORS: %s is what was searched for. */
		ui_message(ui, true, _("\"%s\" is not in this list."), s->query->str);
	return UI_HANDLED;
}

int records_click(struct records *r, struct rect area, int y)
{
	int i = r->top + (y - area.y - 1);

	if (y <= area.y || i < 0 || i >= (int)r->n)
		return UI_IGNORED;
	r->sel = i;
	return UI_HANDLED;
}

/* --- editing ------------------------------------------------------------ */

struct record_edit *record_edit_new(struct ui *ui, enum store_table t, const struct records *r,
				    int display_index)
{
	struct record_edit *e = g_new0(struct record_edit, 1);
	bool existing = r && display_index >= 0 && r->n > 0;

	e->table = t;
	e->form = form_new(ui->cfg->units, ui->today);
	e->elevation_m = -1;
	record_kind(t)->form_build(ui, e, existing ? row_shown(r, display_index) : NULL);
	e->form->focus = 0;
	e->original = existing ? form_snapshot(e->form) : NULL;
	return e;
}

bool record_edit_unchanged(const struct record_edit *e)
{
	char *now;
	bool same;

	if (!e->original)
		return false;
	now = form_snapshot(e->form);
	same = strcmp(now, e->original) == 0;
	g_free(now);
	return same;
}

void record_edit_free(struct record_edit *e)
{
	if (!e)
		return;
	form_free(e->form);
	g_free(e->source_id);
	g_free(e->original);
	g_free(e->doubt_ok);
	g_free(e);
}

/* Yes to the kind's question: the form as it is now is saved. */
static void doubt_yes(struct ui *ui, void *data)
{
	struct record_edit **edit = *(struct record_edit ***)data;

	if (!*edit)
		return;
	g_free((*edit)->doubt_ok);
	(*edit)->doubt_ok = form_snapshot((*edit)->form);
	if (record_edit_action(ui, edit, ACT_SAVE, 0) & UI_RELOAD)
		ui_reload_all(ui);
}

/* No: nothing saved, the form kept, on the field to correct. */
static void doubt_no(struct ui *ui, void *data)
{
	struct record_edit *e = **(struct record_edit ***)data;
	int field = 0;
	char *q;

	if (!e)
		return;
	q = record_kind(e->table)->doubt(ui, e, &field);
	g_free(q);
	e->form->focus = field;
	g_free(e->form->error);
	e->form->error = g_strdup(_(record_kind(e->table)->doubt_no));
}

/* Asks the kind's question about the checked form, unless the runner
 * said yes to it as it is; true when asked (nothing saved yet). */
static bool record_edit_ask(struct ui *ui, struct record_edit **edit)
{
	const struct record_kind *kind = record_kind((*edit)->table);
	struct record_edit ***data;
	char *q, *now;
	int field = 0;

	if (!kind->doubt || !form_check((*edit)->form))
		return false;
	q = kind->doubt(ui, *edit, &field);
	if (!q)
		return false;
	now = form_snapshot((*edit)->form);
	if (g_strcmp0(now, (*edit)->doubt_ok) == 0) {
		g_free(now);
		g_free(q);
		return false;
	}
	g_free(now);
	data = g_new(struct record_edit **, 1);
	*data = edit;
	ui_ask_yes_no(ui, q, doubt_yes, doubt_no, data);
	g_free(q);
	return true;
}

unsigned record_edit_action(struct ui *ui, struct record_edit **edit, enum ui_action a, int key)
{
	switch (a) {
	case ACT_NEXT:
		/* Enter on the last field saves. */
		if (!form_next((*edit)->form) && ui_key_is_enter(key))
			return record_edit_action(ui, edit, ACT_SAVE, key);
		return UI_HANDLED;
	case ACT_PREV:
		form_prev((*edit)->form);
		return UI_HANDLED;
	case ACT_CANCEL:
		g_clear_pointer(edit, record_edit_free);
		return UI_HANDLED;
	case ACT_SAVE:
		if (record_edit_unchanged(*edit)) {
			g_clear_pointer(edit, record_edit_free);
			ui_message(ui, false, _("Nothing changed."));
			return UI_HANDLED;
		}
		if (record_edit_ask(ui, edit) || !record_edit_save(ui, *edit))
			return UI_HANDLED;
		g_clear_pointer(edit, record_edit_free);
		ui_message(ui, false, _("Saved."));
		return UI_HANDLED | UI_RELOAD;
	default:
		return UI_IGNORED;
	}
}

unsigned records_input(struct ui_search *s, struct record_edit *e, int key)
{
	if (s->typing)
		return ui_search_input(s, key);
	return e ? form_input(e->form, key) : UI_IGNORED;
}

/* A run or a soreness entry after today is a slip; a massage may be
 * booked and a race planned (their kinds say so). */
static bool record_edit_not_future(struct ui *ui, struct record_edit *e)
{
	struct form *f = e->form;
	int field = record_kind(e->table)->not_future_field;
	wtime t;

	if (field < 0)
		return true;
	form_get_datetime(f, field, &t);
	if (wtime_day(t) <= ui->today)
		return true;
	g_free(f->error);
	f->error = g_strdup_printf(_("Nothing saved: \"%s\" is in the future (expected today or an earlier date)"),
				   form_text(f, field));
	f->focus = field;
	return false;
}

bool record_edit_save(struct ui *ui, struct record_edit *e)
{
	struct form *f = e->form;
	GError *err = NULL;

	if (!form_check(f) || !record_edit_not_future(ui, e))
		return false;
	if (record_kind(e->table)->form_save(ui, e, &err))
		return true;
	g_free(f->error);
	f->error = g_strdup_printf(_("Nothing saved: %s"), err->message);
	g_error_free(err);
	return false;
}

void record_edit_draw(struct ui *ui, struct record_edit *e)
{
	const struct record_kind *kind = record_kind(e->table);
	int w = MIN(64, ui->cols - 4);
	int label_w = form_label_width(e->form);
	int form_h = form_height(e->form, w - 4);
	char **err = e->form->error ? ui_wrap(e->form->error, w - 4) : g_new0(char *, 1);
	int err_h = (int)g_strv_length(err);
	int h = MIN(form_h + err_h + 4, ui->rows - 2);
	struct rect box = { (ui->rows - h) / 2, (ui->cols - w) / 2, h, w };
	struct rect in = rect_inset(box, 1, 2);

	ui_fill(ui, box);
	ui_box(ui, box, _(e->id ? kind->edit_title : kind->add_title), true);
	rect_take_top(&in, 1);
	form_draw(ui, e->form, rect_take_top(&in, form_h), label_w, true);
	for (int i = 0; i < in.h && err[i]; i++)
		ui_text(ui, in.y + i, in.x, in.w, ui_attr(ui, ROLE_ERROR), err[i]);
	g_strfreev(err);
}

/* --- delete, undo and redo ------------------------------------------------ */

bool records_delete(struct ui *ui, struct records *r, GError **err)
{
	if (r->n == 0)
		return true;
	return change_remove(ui->st, JOURNAL_INTERFACE, r->table,
			     store_entry_id(r->table, row_shown(r, r->sel)), NULL, err);
}

char *records_describe(struct ui *ui, const struct records *r, int i)
{
	return store_entry_describe(r->table, row_shown(r, i), ui->cfg->units);
}

unsigned records_ask_delete(struct ui *ui, const struct records *r, ui_confirm_fn confirmed)
{
	char *what, *question;

	if (!r || r->n == 0)
		return UI_HANDLED;
	what = records_describe(ui, r, r->sel);
	/* TRANSLATORS: %s names the entry, e.g. "the run of 2026-11-23, 10.00 km". */
	question = g_strdup_printf(_("Delete %s? (y/n)"), what);
	ui_ask(ui, question, confirmed, NULL);
	g_free(question);
	g_free(what);
	return UI_HANDLED;
}

void records_delete_selected(struct ui *ui, struct records *r)
{
	GError *err = NULL;

	if (!records_delete(ui, r, &err)) {
		ui_message(ui, true, "%s", err->message);
		g_error_free(err);
		return;
	}
	ui_reload_all(ui);
	ui_message(ui, false, _("Deleted. Press u to undo."));
}

unsigned records_entry_action(struct ui *ui, struct records *r, struct record_edit **edit,
			      enum ui_action a, ui_confirm_fn confirmed)
{
	switch (a) {
	case ACT_ADD:
		if (r)
			*edit = record_edit_new(ui, r->table, NULL, -1);
		return UI_HANDLED;
	case ACT_EDIT:
		if (r && r->n > 0)
			*edit = record_edit_new(ui, r->table, r, r->sel);
		return UI_HANDLED;
	case ACT_DELETE:
		return records_ask_delete(ui, r, confirmed);
	case ACT_UNDO:
		return records_undo_last(ui, false);
	case ACT_REDO:
		return records_undo_last(ui, true);
	default:
		return UI_IGNORED;
	}
}

unsigned records_undo_last(struct ui *ui, bool redo)
{
	struct journal_undone *items = NULL;
	GError *err = NULL;
	char *command = NULL, *what;
	size_t n = 0;
	bool ok;

	ok = redo ? journal_redo(ui->st, ui->cfg->units, &command, &items, &n, &err)
		  : journal_undo(ui->st, ui->cfg->units, &command, &items, &n, &err);
	g_free(command);
	if (!ok) {
		if (err->code == KNEAD_ERROR_INVALID)
			ui_message(ui, true, "%s", redo ? _("Nothing to redo.") : _("Nothing to undo."));
		else
			ui_message(ui, true, "%s", err->message);
		g_error_free(err);
		return UI_HANDLED | UI_RELOAD;
	}
	what = journal_undone_text(&items[0], redo);
	if (n > 1)
		/* TRANSLATORS: "Undone: removed the run of Tue 8 Dec, 10.00 km (and 2 more)." */
		ui_message(ui, false,
			   redo ? ngettext("Redone: %s (and %zu more).", "Redone: %s (and %zu more).",
					   n - 1)
				: ngettext("Undone: %s (and %zu more).", "Undone: %s (and %zu more).",
					   n - 1),
			   what, n - 1);
	else
		/* TRANSLATORS: "Undone: removed the run of Tue 8 Dec, 10.00 km." */
		ui_message(ui, false, redo ? _("Redone: %s.") : _("Undone: %s."), what);
	g_free(what);
	journal_undone_free(items, n);
	return UI_HANDLED | UI_RELOAD;
}

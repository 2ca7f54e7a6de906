/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ui_help.c - the hint bar and the ? overlay: every key of the current
 * context, from the key table, keys of the same action on one line.  The
 * check-in's fields and its body map show each other's keys too, in a
 * second column when one does not fit. */
#include <config.h>

#include <string.h>
#include "core/i18n.h"
#include "ui.h"

struct help_section {
	const char *title; /* translated, or NULL for the current context */
	GPtrArray *lines;  /* of struct keys_help_line */
	int keys_w;
};

static void section_init(struct help_section *s, struct ui *ui, unsigned ctx,
			 const char *title)
{
	s->title = title;
	s->lines = keys_help_lines(ctx, ui->utf8);
	s->keys_w = 0;
	for (guint i = 0; i < s->lines->len; i++) {
		const struct keys_help_line *l = g_ptr_array_index(s->lines, i);
		s->keys_w = MAX(s->keys_w, ui_text_width(l->keys));
	}
}

/* Drops from `s` the lines `first` already shows (the same keys doing the
 * same thing), so that the second section holds only what differs. */
static void section_drop_shared(struct help_section *s, const struct help_section *first)
{
	for (guint i = s->lines->len; i-- > 0;) {
		const struct keys_help_line *l = g_ptr_array_index(s->lines, i);
		for (guint j = 0; j < first->lines->len; j++) {
			const struct keys_help_line *f = g_ptr_array_index(first->lines, j);
			if (strcmp(l->keys, f->keys) == 0 && strcmp(l->label, f->label) == 0) {
				g_ptr_array_remove_index(s->lines, i);
				break;
			}
		}
	}
	s->keys_w = 0;
	for (guint i = 0; i < s->lines->len; i++) {
		const struct keys_help_line *l = g_ptr_array_index(s->lines, i);
		s->keys_w = MAX(s->keys_w, ui_text_width(l->keys));
	}
}

/* The rows a section takes at a width: labels wrap, keys are never cut.
 * Drawn, its row r goes to screen row y + first + r - skip when that is
 * one of the max_rows shown: an overlay taller than the screen scrolls. */
static int section_rows(const struct help_section *s, int w, bool draw, struct ui *ui, int y,
			int x, int first, int skip, int max_rows)
{
	int rows = s->title ? 1 : 0;
	int label_w = MAX(8, w - s->keys_w - 2);

#define SHOWN(r) (first + (r) - skip >= 0 && first + (r) - skip < max_rows)
#define ROW(r) (y + first + (r) - skip)
	if (draw && s->title && SHOWN(0))
		ui_text(ui, ROW(0), x, w, ui_attr(ui, ROLE_HEADING) | A_UNDERLINE, s->title);
	for (guint i = 0; i < s->lines->len; i++) {
		const struct keys_help_line *l = g_ptr_array_index(s->lines, i);
		char **wrapped = ui_wrap(_(l->label), label_w);
		for (int k = 0; wrapped[k]; k++, rows++) {
			if (!draw || !SHOWN(rows))
				continue;
			if (k == 0)
				ui_text(ui, ROW(rows), x, s->keys_w, ui_attr(ui, ROLE_HEADING), l->keys);
			ui_text(ui, ROW(rows), x + s->keys_w + 2, label_w, A_NORMAL, wrapped[k]);
		}
		g_strfreev(wrapped);
	}
#undef SHOWN
#undef ROW
	return rows;
}

static int section_width(const struct help_section *s)
{
	int w = s->title ? ui_text_width(s->title) : 0;

	for (guint i = 0; i < s->lines->len; i++) {
		const struct keys_help_line *l = g_ptr_array_index(s->lines, i);
		w = MAX(w, s->keys_w + 2 + ui_text_width(_(l->label)));
	}
	return w;
}

void ui_help_draw(struct ui *ui, unsigned ctx)
{
	struct help_section sec[2];
	int n = 1, avail = ui->rows - 4, col_w, cw[2], rows = 0, height, width;
	bool two_columns = false;
	struct rect box;

	section_init(&sec[0], ui, ctx, NULL);
	if (ctx & (CTX_CHECKIN_FORM | CTX_CHECKIN_MAP)) {
		bool map = ctx & CTX_CHECKIN_MAP;
		section_init(&sec[1], ui, map ? CTX_CHECKIN_FORM : CTX_CHECKIN_MAP,
			     map ? _("In the fields") : _("On the body map"));
		section_drop_shared(&sec[1], &sec[0]);
		n = 2;
	}
	col_w = MIN(section_width(&sec[0]), ui->cols - 8);
	for (int i = 1; i < n; i++)
		col_w = MAX(col_w, MIN(section_width(&sec[i]), ui->cols - 8));
	for (int i = 0; i < n; i++)
		rows += section_rows(&sec[i], col_w, false, ui, 0, 0, 0, 0, 0) + (i ? 1 : 0);
	cw[0] = cw[1] = col_w;
	if (rows > avail && n > 1) {
		/* Two columns, split where the taller one is shortest. */
		int total = ui->cols - 9;
		two_columns = true;
		rows = -1;
		for (int w0 = total * 3 / 10; w0 <= total * 7 / 10; w0++) {
			int r = MAX(section_rows(&sec[0], w0, false, ui, 0, 0, 0, 0, 0),
				    section_rows(&sec[1], total - w0, false, ui, 0, 0, 0, 0, 0));
			if (rows < 0 || r < rows) {
				rows = r;
				cw[0] = w0;
				cw[1] = total - w0;
			}
		}
	}
	width = (two_columns ? cw[0] + cw[1] + 3 : col_w) + 4;
	height = MIN(rows, avail) + 2;
	/* Taller than the screen: it scrolls, from where the keys left it. */
	ui->help_top = CLAMP(ui->help_top, 0, MAX(0, rows - (height - 2)));
	ui->help_more = MAX(0, rows - (height - 2) - ui->help_top);
	box = (struct rect){ (ui->rows - height) / 2, (ui->cols - width) / 2, height, width };
	ui_fill(ui, box);
	ui_box(ui, box, _("Keys"), true);
	{
		int x = box.x + 2, first = 0;
		for (int i = 0; i < n; i++) {
			int used = section_rows(&sec[i], cw[i], true, ui, box.y + 1, x, first,
						ui->help_top, height - 2);
			if (two_columns)
				x += cw[i] + 3;
			else
				first += used + 1;
		}
	}
	if (ui->help_top > 0 || ui->help_more > 0)
		/* TRANSLATORS: the foot of the key help when it is taller than the
		 * screen; the arrows scroll it, any other key closes it. */
		ui_text(ui, box.y + height - 1, box.x + 2, width - 4, ui_attr(ui, ROLE_DIM),
			ui->utf8 ? _(" ↑↓ PgUp PgDn scroll, any other key closes ")
				 : _(" Up Down PgUp PgDn scroll, any other key closes "));
	else
		ui_text(ui, box.y + height - 1, box.x + 2, width - 4, ui_attr(ui, ROLE_DIM),
			_(" any key closes "));
	for (int i = 0; i < n; i++)
		g_ptr_array_unref(sec[i].lines);
}

/* Help and Quit stay on the bar however narrow it is (and in French):
 * the other hints give way first. */
static bool hint_kept(const struct ui_key_binding *b)
{
	return b->action == ACT_HELP || b->action == ACT_QUIT;
}

static int hint_width(const struct ui_key_binding *b, bool utf8)
{
	char *name = keys_name(b, utf8);
	int w = ui_text_width(name) + ui_text_width(_(keys_hint_label(b))) + 3;

	g_free(name);
	return w;
}

void keys_draw_hints(struct ui *ui, unsigned ctx, int y)
{
	size_t n;
	const struct ui_key_binding *t = keys_table(&n);
	int x = 0, reserved = 0;

	move(y, 0);
	clrtoeol();
	for (size_t i = 0; i < n; i++)
		if (t[i].hint && hint_kept(&t[i]) && keys_binding_live(&t[i], ctx))
			reserved += hint_width(&t[i], ui->utf8);
	for (size_t i = 0; i < n; i++) {
		const struct ui_key_binding *b = &t[i];
		char *name, *label;
		int need;

		if (!b->hint || !keys_binding_live(b, ctx))
			continue;
		need = hint_width(b, ui->utf8);
		if (hint_kept(b))
			reserved -= need;
		if (x + need + reserved > ui->cols)
			continue;
		name = keys_name(b, ui->utf8);
		label = g_strdup_printf(" %s ", _(keys_hint_label(b)));
		x += ui_text(ui, y, x, ui->cols - x, ui_attr(ui, ROLE_HINT_KEY), name);
		x += ui_text(ui, y, x, ui->cols - x, ui_attr(ui, ROLE_HINT), label);
		x++;
		g_free(name);
		g_free(label);
	}
}

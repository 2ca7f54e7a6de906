/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ui_help.c - the ? overlay: every key of the current context, from the key
 * table, keys of the same action on one line. */
#include <config.h>

#include <string.h>
#include "core/i18n.h"
#include "ui.h"

struct help_line {
	GString *keys;
	const char *label;
};

void ui_help_draw(struct ui *ui, unsigned ctx)
{
	size_t n;
	const struct ui_key_binding *t = keys_table(&n);
	GArray *lines = g_array_new(FALSE, TRUE, sizeof(struct help_line));
	struct rect box;
	int keys_w = 0, label_w = 0, width, height;

	for (size_t i = 0; i < n; i++) {
		struct help_line *found = NULL;
		char *name;

		if (!(t[i].contexts & ctx))
			continue;
		/* A key already listed for an earlier (winning) entry is skipped. */
		if (keys_lookup(ctx, t[i].key) != &t[i] && t[i].action != ACT_NONE)
			continue;
		for (guint j = 0; j < lines->len; j++) {
			struct help_line *l = &g_array_index(lines, struct help_line, j);
			if (strcmp(l->label, t[i].label) == 0)
				found = l;
		}
		name = keys_name(&t[i], ui->utf8);
		if (found) {
			g_string_append_printf(found->keys, " / %s", name);
		} else {
			struct help_line l = { g_string_new(name), t[i].label };
			g_array_append_val(lines, l);
		}
		g_free(name);
	}
	for (guint j = 0; j < lines->len; j++) {
		struct help_line *l = &g_array_index(lines, struct help_line, j);
		keys_w = MAX(keys_w, ui_text_width(l->keys->str));
		label_w = MAX(label_w, ui_text_width(_(l->label)));
	}
	keys_w = MIN(keys_w, 24);
	width = MIN(keys_w + label_w + 7, ui->cols - 4);
	height = MIN((int)lines->len + 4, ui->rows - 2);
	box = (struct rect){ (ui->rows - height) / 2, (ui->cols - width) / 2, height, width };
	ui_fill(ui, box);
	ui_box(ui, box, _("Keys"), true);
	for (guint j = 0; j < lines->len && (int)j < height - 4; j++) {
		struct help_line *l = &g_array_index(lines, struct help_line, j);
		int y = box.y + 2 + (int)j;
		ui_text(ui, y, box.x + 2, keys_w, ui_attr(ui, ROLE_HEADING), l->keys->str);
		ui_text(ui, y, box.x + 4 + keys_w, width - keys_w - 6, A_NORMAL, _(l->label));
	}
	ui_text(ui, box.y + height - 1, box.x + 2, width - 4, ui_attr(ui, ROLE_DIM),
		_(" any key closes "));
	for (guint j = 0; j < lines->len; j++)
		g_string_free(g_array_index(lines, struct help_line, j).keys, TRUE);
	g_array_free(lines, TRUE);
}

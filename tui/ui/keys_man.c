/* SPDX-License-Identifier: GPL-3.0-or-later */
/* keys_man.c - writes the keys of the interface, as the key table has
 * them, in the roff of the manual's "THE INTERFACE" section: the block
 * between the KEYS markers of data/knead.1 is this program's output (make
 * update-man-keys rewrites it; tests/tui/man_keys.sh fails when it drifts).
 * The names are the English ones, without arrows, as on a plain terminal. */
#include <config.h>

#include <stdio.h>
#include <string.h>
#include "core/i18n.h"
#include "ui.h"

/* Text as roff shows it: backslashes and hyphens escaped, no request at
 * the start of a line. */
static void roff_text(GString *out, const char *s)
{
	if (*s == '.' || *s == '\'')
		g_string_append(out, "\\&");
	for (; *s; s++) {
		if (*s == '\\')
			g_string_append(out, "\\e");
		else if (*s == '-')
			g_string_append(out, "\\-");
		else
			g_string_append_c(out, *s);
	}
}

int main(void)
{
	size_t n;
	const struct keys_context *ctx = keys_contexts(&n);
	GString *out = g_string_new(NULL);

	for (size_t i = 0; i < n; i++) {
		GPtrArray *lines = keys_help_lines(ctx[i].ctx, false);

		g_string_append(out, ".SS ");
		roff_text(out, ctx[i].title);
		g_string_append_c(out, '\n');
		for (guint j = 0; j < lines->len; j++) {
			const struct keys_help_line *l = g_ptr_array_index(lines, j);
			g_string_append(out, ".TP\n.B ");
			roff_text(out, l->keys);
			g_string_append_c(out, '\n');
			roff_text(out, l->label);
			g_string_append_c(out, '\n');
		}
		g_ptr_array_unref(lines);
	}
	fputs(out->str, stdout);
	g_string_free(out, TRUE);
	return 0;
}

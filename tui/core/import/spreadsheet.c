/* SPDX-License-Identifier: GPL-3.0-or-later */
/* spreadsheet.c - neutralising CSV cells that would be formulas. */
#include <string.h>
#include <glib.h>
#include "core/import/spreadsheet.h"
#include "core/sanitize.h"

bool spreadsheet_is_formula(const char *text)
{
	return text && *text && strchr("=+-@\t\r", *text) != NULL;
}

char *spreadsheet_text(const char *text)
{
	char *clean, *out;

	if (!text)
		return NULL;
	/* A CSV is read in a terminal as often as in a spreadsheet: no escape
	 * sequence (OSC 52, a window title) nor control reaches either; its
	 * line breaks stay, inside the cell's quotes.  The database keeps
	 * what was typed. */
	clean = sanitize_needed(text, -1) ? sanitize_lines(text) : g_strdup(text);
	if (!spreadsheet_is_formula(clean))
		return clean;
	out = g_strconcat("'", clean, NULL);
	g_free(clean);
	return out;
}

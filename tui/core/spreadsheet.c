/* SPDX-License-Identifier: GPL-3.0-or-later */
/* spreadsheet.c - neutralising CSV cells that would be formulas. */
#include <string.h>
#include <glib.h>
#include "core/spreadsheet.h"
#include "core/sanitize.h"

bool spreadsheet_is_formula(const char *text)
{
	return text && *text && strchr("=+-@\t\r", *text) != NULL;
}

/* text without escape sequences or controls, its tabs and line breaks
 * kept (sanitize_lines turns a tab into a space: a cell keeps it). */
static char *clean_cell(const char *text)
{
	char **parts;
	char *out;

	if (!sanitize_needed(text, -1))
		return g_strdup(text);
	parts = g_strsplit(text, "\t", -1);
	for (char **p = parts; *p; p++) {
		char *clean = sanitize_lines(*p);
		g_free(*p);
		*p = clean;
	}
	out = g_strjoinv("\t", parts);
	g_strfreev(parts);
	return out;
}

char *spreadsheet_text(const char *text)
{
	char *clean, *out;

	if (!text)
		return NULL;
	/* A CSV is read in a terminal as often as in a spreadsheet: no escape
	 * sequence (OSC 52, a window title) nor control reaches either; its
	 * tabs and line breaks stay, inside the cell's quotes.  The database keeps
	 * what was typed. */
	clean = clean_cell(text);
	/* What the cell began with, or begins with once cleaned ("\r=1",
	 * ESC [ 0 m "=1"): either way it stays text. */
	if (!spreadsheet_is_formula(text) && !spreadsheet_is_formula(clean))
		return clean;
	out = g_strconcat("'", clean, NULL);
	g_free(clean);
	return out;
}

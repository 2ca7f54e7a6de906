/* SPDX-License-Identifier: GPL-3.0-or-later */
/* spreadsheet.c - neutralising CSV cells that would be formulas. */
#include <string.h>
#include <glib.h>
#include "core/import/spreadsheet.h"

bool spreadsheet_is_formula(const char *text)
{
	return text && *text && strchr("=+-@\t\r", *text) != NULL;
}

char *spreadsheet_text(const char *text)
{
	if (!text)
		return NULL;
	return spreadsheet_is_formula(text) ? g_strconcat("'", text, NULL) : g_strdup(text);
}

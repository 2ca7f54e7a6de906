/* SPDX-License-Identifier: GPL-3.0-or-later */
/* spreadsheet.h - text a spreadsheet opens as text, never as a formula.
 *
 * A CSV cell that starts with = + - @ (or a tab or carriage return, which
 * some spreadsheets skip before looking) is read as a formula: a note such
 * as =HYPERLINK("http://...") would run when the export is opened.  As
 * OWASP and the spreadsheets themselves advise, such a cell gets a leading
 * apostrophe, which they show as nothing and which keeps the rest text.
 * Only for free text: numbers knead writes itself (a negative elevation)
 * stay numbers. */
#ifndef KNEAD_SPREADSHEET_H
#define KNEAD_SPREADSHEET_H

#include <stdbool.h>

/* Whether a spreadsheet would take `text` for a formula. */
bool spreadsheet_is_formula(const char *text);

/* `text`, with a leading apostrophe when it would be taken for a formula;
 * NULL for NULL.  g_free() it. */
char *spreadsheet_text(const char *text);

#endif

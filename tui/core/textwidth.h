/* SPDX-License-Identifier: GPL-3.0-or-later */
/* textwidth.h - how many terminal columns a text takes, for everything
 * knead lays out: articles (articles/markdown.c), the command line's columns and the
 * screens.  One table, so a text is never wrapped with one idea of width
 * and drawn with another.
 *
 * The table is GLib's Unicode data, the same whatever the locale: East
 * Asian wide and full-width characters and emoji take two columns;
 * combining marks, format characters (zero-width joiner, direction marks)
 * and Hangul's medial and final jamo none; everything else one.  A control
 * character takes one (every front end shows it as one replacement), and
 * so does each byte that is not UTF-8 (shown as U+FFFD).
 */
#ifndef KNEAD_TEXTWIDTH_H
#define KNEAD_TEXTWIDTH_H

#include <glib.h>

int text_char_width(gunichar c);
/* Columns of s (NULL: none), and of its first len bytes (len < 0: all). */
int text_width(const char *s);
int text_width_len(const char *s, gssize len);
/* The bytes of the longest start of s that fits in cols columns, never
 * cutting a character; *used (if not NULL) gets its width. */
size_t text_fit_bytes(const char *s, int cols, int *used);
/* s, then spaces up to width columns (s whole if it is wider already). */
char *text_pad(const char *s, int width);
/* s cut or padded to exactly width columns; a cut text ends in an
 * ellipsis (U+2026) when there is room for one.  Bytes that are not
 * UTF-8 come out as U+FFFD. */
char *text_fit(const char *s, int width);
/* Whether a line may break at a space between left (its first left_len
 * bytes: the text before the space) and right (the text after it).  Not
 * where French typography puts a space that only spaces: before a colon,
 * semicolon, exclamation or question mark standing alone, before a closing
 * guillemet and after an opening one ("Douleur :", "« mollet »"). */
gboolean text_may_break(const char *left, size_t left_len, const char *right);

#endif

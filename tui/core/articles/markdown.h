/* SPDX-License-Identifier: GPL-3.0-or-later */
/* markdown.h - Markdown (an article's body) as wrapped lines of plain text.
 *
 * The document is parsed with md4c and laid out for a given width in
 * terminal columns: headings (underlined for levels 1 and 2), paragraphs,
 * lists with a hanging indent, block quotes, code, and links shown as
 * "text <url>".  Emphasis is not marked in the text; it comes back as
 * attributed spans, which a screen may draw in bold or underline.  Widths are
 * display widths (a wide character takes two columns, a combining mark none)
 * and a line never ends inside a UTF-8 sequence.
 *
 * Reflowing after a resize is rendering again at the new width.
 */
#ifndef KNEAD_RENDER_H
#define KNEAD_RENDER_H

#include <stddef.h>
#include <glib.h>
#include "core/textwidth.h"

/* Narrower widths are laid out as this one. */
#define RENDER_MIN_WIDTH 10

enum render_line_kind {
	RENDER_LINE_TEXT,    /* a line of a paragraph or a list item */
	RENDER_LINE_HEADING, /* a line of a heading; see `level` */
	RENDER_LINE_RULE,    /* a heading's underline or a thematic break */
	RENDER_LINE_CODE,    /* preformatted text */
	RENDER_LINE_BLANK,   /* the space between blocks (may hold a quote's bar) */
};

enum render_attr {
	RENDER_ATTR_EMPHASIS = 1 << 0,
	RENDER_ATTR_STRONG = 1 << 1,
	RENDER_ATTR_CODE = 1 << 2,
	RENDER_ATTR_LINK = 1 << 3, /* a link's text */
	RENDER_ATTR_URL = 1 << 4,  /* the " <url>" shown after it */
};

/* A run of `len` bytes from byte `start` of a line's text with `attrs` set.
 * Bytes outside every span are plain. */
struct render_span {
	size_t start;
	size_t len;
	unsigned attrs;
};

struct render_line {
	char *text;		   /* UTF-8, no newline, prefix included */
	enum render_line_kind kind;
	int level;		   /* heading level 1-6 (also on its underline), else 0 */
	int width;		   /* display columns of text, never above the layout width */
	struct render_span *spans; /* in order, not overlapping */
	size_t n_spans;
};

struct render_doc {
	struct render_line *lines;
	size_t n_lines;
	int width; /* the width it was laid out for */
};

/* Lays out `len` bytes of Markdown (UTF-8) at `width` columns. */
struct render_doc *render_markdown(const char *md, size_t len, int width, GError **err);
void render_doc_free(struct render_doc *doc);

/* The lines joined by newlines, with a final newline.  g_free() it. */
char *render_doc_to_text(const struct render_doc *doc);

/* Display width of `len` bytes of UTF-8 text (len < 0: up to the
 * terminating NUL): textwidth.h's, the one table every front end uses. */
static inline int render_text_width(const char *s, gssize len)
{
	return text_width_len(s, len);
}

#endif

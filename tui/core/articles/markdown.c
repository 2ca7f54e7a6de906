/* SPDX-License-Identifier: GPL-3.0-or-later */
/* markdown.c - lays out Markdown as wrapped lines, walking md4c's callbacks.
 *
 * md4c reports blocks and spans as it parses.  Inline text of the current
 * block collects in a buffer, with one attribute byte per text byte; at every
 * block boundary the buffer is wrapped into lines under the prefixes of the
 * open containers (block quotes, list items).
 */
#include "config.h"

#include <stdint.h>
#include <string.h>
#include <md4c.h>

#include "core/articles/markdown.h"
#include "core/error.h"
#include "core/i18n.h"

enum container_type { CONTAINER_QUOTE, CONTAINER_LIST, CONTAINER_ITEM };

struct container {
	enum container_type type;
	bool ordered;	      /* lists */
	unsigned next_number; /* ordered lists: the number of the next item */
	char delimiter;	      /* ordered lists: '.' or ')' */
	char *first;	      /* quotes and items: the prefix of the first line */
	char *rest;	      /* and of the lines after it */
	bool used;	      /* whether the first line has been written */
};

struct link {
	size_t start; /* where its text starts in the buffer */
	char *href;
};

struct layout {
	int width;
	GArray *lines;	     /* struct render_line */
	GArray *containers;  /* struct container, outermost first */
	GArray *links;	     /* struct link, innermost last */
	GString *buf;	     /* inline text of the current block */
	GByteArray *attrs;   /* one enum render_attr set per byte of buf */
	enum render_line_kind kind;
	int level;
	int emphasis, strong, code, link; /* open span depths */
	bool need_blank;     /* a block ended: the next one starts after a blank */
};

static unsigned current_attrs(const struct layout *L)
{
	return (L->emphasis ? RENDER_ATTR_EMPHASIS : 0) | (L->strong ? RENDER_ATTR_STRONG : 0) |
	       (L->code ? RENDER_ATTR_CODE : 0) | (L->link ? RENDER_ATTR_LINK : 0);
}

static void append(struct layout *L, const char *s, size_t n, unsigned attrs)
{
	g_string_append_len(L->buf, s, (gssize)n);
	guint8 a = (guint8)attrs;
	for (size_t i = 0; i < n; i++)
		g_byte_array_append(L->attrs, &a, 1);
}

static void append_char(struct layout *L, gunichar c, unsigned attrs)
{
	char u[6];
	append(L, u, (size_t)g_unichar_to_utf8(c, u), attrs);
}

/* Text of a paragraph: control characters (tabs included) become spaces, as
 * the wrapping only breaks at spaces and must never pass a control on. */
static void append_text(struct layout *L, const char *s, size_t n, unsigned attrs)
{
	size_t from = 0;
	for (size_t i = 0; i < n; i++) {
		if ((unsigned char)s[i] < 0x20 || s[i] == 0x7f) {
			append(L, s + from, i - from, attrs);
			append(L, " ", 1, attrs);
			from = i + 1;
		}
	}
	append(L, s + from, n - from, attrs);
}

/* The few named entities prose uses; numeric ones are decoded in full. */
static const struct {
	const char *name;
	gunichar c;
} entities[] = {
	{ "amp", '&' },	      { "lt", '<' },	      { "gt", '>' },	      { "quot", '"' },
	{ "apos", '\'' },     { "nbsp", 0xa0 },	      { "ndash", 0x2013 },    { "mdash", 0x2014 },
	{ "hellip", 0x2026 }, { "laquo", 0xab },      { "raquo", 0xbb },      { "lsquo", 0x2018 },
	{ "rsquo", 0x2019 },  { "ldquo", 0x201c },    { "rdquo", 0x201d },    { "deg", 0xb0 },
	{ "times", 0xd7 },    { "eacute", 0xe9 },     { "egrave", 0xe8 },     { "agrave", 0xe0 },
	{ "ccedil", 0xe7 },   { "Eacute", 0xc9 },     { "copy", 0xa9 },	      { "shy", 0xad },
};

/* "&amp;", "&#233;", "&#xE9;" -> the character, or 0 when unknown. */
static gunichar entity_char(const char *s, size_t n)
{
	if (n < 3 || s[0] != '&' || s[n - 1] != ';')
		return 0;
	char *name = g_strndup(s + 1, n - 2);
	gunichar c = 0;
	if (name[0] == '#') {
		bool hex = name[1] == 'x' || name[1] == 'X';
		char *end = NULL;
		guint64 v = g_ascii_strtoull(name + (hex ? 2 : 1), &end, hex ? 16 : 10);
		if (end != NULL && *end == '\0' && end != name + (hex ? 2 : 1) && v != 0 &&
		    g_unichar_validate((gunichar)v) && v <= 0x10ffff)
			c = (gunichar)v;
	} else {
		for (size_t i = 0; i < G_N_ELEMENTS(entities); i++)
			if (strcmp(entities[i].name, name) == 0)
				c = entities[i].c;
	}
	g_free(name);
	return c;
}

static void append_entity(struct layout *L, const char *s, size_t n, unsigned attrs)
{
	gunichar c = entity_char(s, n);
	if (c != 0)
		append_char(L, c, attrs);
	else
		append(L, s, n, attrs);
}

/* An md4c attribute (a link's address) as plain UTF-8. */
static char *attribute_text(const MD_ATTRIBUTE *a)
{
	GString *s = g_string_new(NULL);
	for (unsigned i = 0; a->substr_offsets[i] < a->size; i++) {
		const char *p = a->text + a->substr_offsets[i];
		size_t n = a->substr_offsets[i + 1] - a->substr_offsets[i];
		gunichar c;
		switch (a->substr_types[i]) {
		case MD_TEXT_ENTITY:
			c = entity_char(p, n);
			if (c != 0)
				g_string_append_unichar(s, c);
			else
				g_string_append_len(s, p, (gssize)n);
			break;
		case MD_TEXT_NULLCHAR:
			g_string_append_unichar(s, 0xfffd);
			break;
		default:
			g_string_append_len(s, p, (gssize)n);
			break;
		}
	}
	return g_string_free(s, FALSE);
}

/* ---- prefixes ---- */

static int prefix_cap(const struct layout *L)
{
	return L->width / 2;
}

/* Cuts `s` to at most `cols` display columns, at a character boundary. */
static void truncate_to(GString *s, int cols)
{
	int w = 0;
	for (const char *p = s->str; *p; p = g_utf8_next_char(p)) {
		int cw = text_char_width(g_utf8_get_char(p));
		if (w + cw > cols) {
			g_string_truncate(s, (gsize)(p - s->str));
			return;
		}
		w += cw;
	}
}

/* The prefix of the next line.  `first` consumes the markers of items whose
 * first line this is; blank lines leave them for the text. */
static char *line_prefix(struct layout *L, bool first)
{
	GString *s = g_string_new(NULL);
	for (guint i = 0; i < L->containers->len; i++) {
		struct container *c = &g_array_index(L->containers, struct container, i);
		if (c->type == CONTAINER_LIST)
			continue;
		if (first && !c->used) {
			g_string_append(s, c->first);
			c->used = true;
		} else {
			g_string_append(s, c->rest);
		}
	}
	/* Deep nesting on a narrow screen: keep room for the text itself. */
	truncate_to(s, prefix_cap(L));
	return g_string_free(s, FALSE);
}

static int text_room(struct layout *L, int extra_indent)
{
	GString *s = g_string_new(NULL);
	for (guint i = 0; i < L->containers->len; i++) {
		struct container *c = &g_array_index(L->containers, struct container, i);
		if (c->type != CONTAINER_LIST)
			g_string_append(s, c->rest);
	}
	truncate_to(s, prefix_cap(L));
	int room = L->width - render_text_width(s->str, (gssize)s->len) - extra_indent;
	g_string_free(s, TRUE);
	return room < 1 ? 1 : room;
}

/* ---- lines ---- */

static void emit(struct layout *L, enum render_line_kind kind, const char *prefix,
		 const char *text, const guint8 *attrs, size_t n)
{
	struct render_line line = { 0 };
	size_t plen = strlen(prefix);
	GString *s = g_string_new(prefix);
	g_string_append_len(s, text, (gssize)n);
	line.kind = kind;
	line.level = (kind == RENDER_LINE_HEADING || kind == RENDER_LINE_RULE) ? L->level : 0;
	line.width = render_text_width(s->str, (gssize)s->len);

	GArray *spans = g_array_new(FALSE, FALSE, sizeof(struct render_span));
	for (size_t i = 0; attrs != NULL && i < n;) {
		size_t j = i;
		while (j < n && attrs[j] == attrs[i])
			j++;
		if (attrs[i] != 0) {
			struct render_span sp = { plen + i, j - i, attrs[i] };
			g_array_append_val(spans, sp);
		}
		i = j;
	}
	line.n_spans = spans->len;
	line.spans = (struct render_span *)(void *)g_array_free(spans, FALSE);
	line.text = g_string_free(s, FALSE);
	g_array_append_val(L->lines, line);
}

static void emit_blank(struct layout *L)
{
	char *prefix = line_prefix(L, false);
	g_strchomp(prefix);
	emit(L, RENDER_LINE_BLANK, prefix, "", NULL, 0);
	g_free(prefix);
}

static void blank_if_needed(struct layout *L)
{
	if (L->need_blank && L->lines->len > 0)
		emit_blank(L);
	L->need_blank = false;
}

/* One output line being filled: text bytes and their attributes. */
struct fill {
	GString *text;
	GByteArray *attrs;
	int width;
	int max_width; /* the widest line written by this fill */
};

static void fill_add(struct fill *f, const char *s, const guint8 *attrs, size_t n, int w)
{
	g_string_append_len(f->text, s, (gssize)n);
	g_byte_array_append(f->attrs, attrs, (guint)n);
	f->width += w;
}

static void fill_flush(struct layout *L, struct fill *f, enum render_line_kind kind,
		       const char *indent)
{
	char *prefix = line_prefix(L, true);
	char *full = g_strconcat(prefix, indent, NULL);
	emit(L, kind, full, f->text->str, f->attrs->data, f->text->len);
	g_free(full);
	g_free(prefix);
	if (f->width > f->max_width)
		f->max_width = f->width;
	g_string_truncate(f->text, 0);
	g_byte_array_set_size(f->attrs, 0);
	f->width = 0;
}

/* Adds a word longer than the room, cutting it between characters. */
static void fill_cut(struct layout *L, struct fill *f, enum render_line_kind kind,
		     const char *indent, const char *s, const guint8 *attrs, size_t n, int room)
{
	for (size_t i = 0; i < n;) {
		size_t next = (size_t)(g_utf8_next_char(s + i) - s);
		if (next > n)
			next = n;
		int cw = text_char_width(g_utf8_get_char(s + i));
		if (cw > 0 && f->width + cw > room && f->width > 0)
			fill_flush(L, f, kind, indent);
		fill_add(f, s + i, attrs + i, next - i, cw);
		i = next;
	}
}

/* The end of the word at i, with the marks French sets after a space (and
 * the word after an opening guillemet) held to it: textwidth.h's rule, the
 * one the command line and the interface wrap with. */
static size_t word_end(const char *s, size_t n, size_t i)
{
	for (;;) {
		size_t j = i;
		while (j < n && s[j] != ' ' && s[j] != '\n')
			j++;
		size_t k = j;
		while (k < n && s[k] == ' ')
			k++;
		if (k == j || k >= n || s[k] == '\n')
			return j;
		if (text_may_break(s + i, j - i, s + k))
			return j;
		i = k;
	}
}

/* Wraps the buffer at spaces ('\n' is a hard break); returns the widest line. */
static int wrap(struct layout *L, enum render_line_kind kind)
{
	const char *s = L->buf->str;
	const guint8 *at = L->attrs->data;
	size_t n = L->buf->len;
	int room = text_room(L, 0);
	struct fill f = { g_string_new(NULL), g_byte_array_new(), 0, 0 };
	size_t space = SIZE_MAX; /* the first space before the next word */

	for (size_t i = 0; i < n;) {
		if (s[i] == '\n') {
			if (f.text->len > 0)
				fill_flush(L, &f, kind, "");
			space = SIZE_MAX;
			i++;
			continue;
		}
		if (s[i] == ' ') {
			if (space == SIZE_MAX)
				space = i;
			i++;
			continue;
		}
		size_t j = word_end(s, n, i);
		int w = render_text_width(s + i, (gssize)(j - i));
		if (f.width > 0 && f.width + 1 + w <= room) {
			/* The space keeps the attributes of the text around it. */
			guint8 sa = space != SIZE_MAX ? at[space] : 0;
			fill_add(&f, " ", &sa, 1, 1);
			fill_add(&f, s + i, at + i, j - i, w);
		} else {
			if (f.width > 0)
				fill_flush(L, &f, kind, "");
			if (w <= room)
				fill_add(&f, s + i, at + i, j - i, w);
			else
				fill_cut(L, &f, kind, "", s + i, at + i, j - i, room);
		}
		space = SIZE_MAX;
		i = j;
	}
	if (f.text->len > 0)
		fill_flush(L, &f, kind, "");
	g_string_free(f.text, TRUE);
	g_byte_array_free(f.attrs, TRUE);
	return f.max_width;
}

#define CODE_INDENT "    "
#define TAB_STOP 4

/* Preformatted lines, indented; a line wider than the room is cut. */
static void lay_out_code(struct layout *L)
{
	const char *indent = CODE_INDENT;
	int room = text_room(L, (int)strlen(indent));
	if (room < 2) { /* deep in a list on a narrow screen: room for a wide character */
		indent = "";
		room = text_room(L, 0);
	}
	struct fill f = { g_string_new(NULL), g_byte_array_new(), 0, 0 };
	const char *s = L->buf->str;
	size_t n = L->buf->len;
	if (n > 0 && s[n - 1] == '\n')
		n--;
	for (size_t i = 0; i <= n;) {
		const char *nl = memchr(s + i, '\n', n - i);
		size_t e = nl != NULL ? (size_t)(nl - s) : n;
		GString *line = g_string_new(NULL);
		for (size_t k = i; k < e; k++) {
			if (s[k] == '\t') {
				int col = render_text_width(line->str, (gssize)line->len);
				do
					g_string_append_c(line, ' ');
				while (++col % TAB_STOP);
			} else if ((unsigned char)s[k] < 0x20 || s[k] == 0x7f) {
				g_string_append_c(line, ' ');
			} else {
				g_string_append_c(line, s[k]);
			}
		}
		guint8 *attrs = g_malloc(line->len + 1);
		memset(attrs, RENDER_ATTR_CODE, line->len + 1);
		if (line->len == 0)
			fill_flush(L, &f, RENDER_LINE_CODE, "");
		else
			fill_cut(L, &f, RENDER_LINE_CODE, indent, line->str, attrs, line->len, room);
		if (f.text->len > 0)
			fill_flush(L, &f, RENDER_LINE_CODE, indent);
		g_free(attrs);
		g_string_free(line, TRUE);
		i = e + 1;
	}
	g_string_free(f.text, TRUE);
	g_byte_array_free(f.attrs, TRUE);
}

static bool buffer_is_blank(const struct layout *L)
{
	for (size_t i = 0; i < L->buf->len; i++)
		if (L->buf->str[i] != ' ' && L->buf->str[i] != '\n')
			return false;
	return true;
}

static void emit_rule(struct layout *L, char c, int cols)
{
	char *prefix = line_prefix(L, true);
	int room = text_room(L, 0);
	if (cols > room)
		cols = room;
	char *rule = g_strnfill((gsize)cols, c);
	emit(L, RENDER_LINE_RULE, prefix, rule, NULL, (size_t)cols);
	g_free(rule);
	g_free(prefix);
}

/* Lays out the text collected for the current block. */
static void flush(struct layout *L)
{
	bool code = L->kind == RENDER_LINE_CODE;
	if (code ? L->buf->len > 0 : !buffer_is_blank(L)) {
		blank_if_needed(L);
		if (code) {
			lay_out_code(L);
		} else {
			int w = wrap(L, L->kind);
			if (L->kind == RENDER_LINE_HEADING && L->level <= 2)
				emit_rule(L, L->level == 1 ? '=' : '-', w);
		}
	}
	g_string_truncate(L->buf, 0);
	g_byte_array_set_size(L->attrs, 0);
	L->kind = RENDER_LINE_TEXT;
	L->level = 0;
}

/* ---- md4c callbacks ---- */

static void push(struct layout *L, struct container c)
{
	g_array_append_val(L->containers, c);
}

static void pop(struct layout *L)
{
	if (L->containers->len == 0)
		return;
	struct container *c =
		&g_array_index(L->containers, struct container, L->containers->len - 1);
	g_free(c->first);
	g_free(c->rest);
	g_array_set_size(L->containers, L->containers->len - 1);
}

static bool inside_item(const struct layout *L)
{
	for (guint i = 0; i < L->containers->len; i++)
		if (g_array_index(L->containers, struct container, i).type == CONTAINER_ITEM)
			return true;
	return false;
}

static struct container *innermost_list(struct layout *L)
{
	for (guint i = L->containers->len; i-- > 0;) {
		struct container *c = &g_array_index(L->containers, struct container, i);
		if (c->type == CONTAINER_LIST)
			return c;
	}
	return NULL;
}

static int on_enter_block(MD_BLOCKTYPE type, void *detail, void *data)
{
	struct layout *L = data;
	flush(L);
	struct container c = { 0 };
	switch (type) {
	case MD_BLOCK_QUOTE:
		/* The blank before a quote or list is outside it. */
		blank_if_needed(L);
		c.type = CONTAINER_QUOTE;
		c.first = g_strdup("> ");
		c.rest = g_strdup("> ");
		push(L, c);
		break;
	case MD_BLOCK_UL:
		blank_if_needed(L);
		c.type = CONTAINER_LIST;
		push(L, c);
		break;
	case MD_BLOCK_OL: {
		const MD_BLOCK_OL_DETAIL *ol = detail;
		blank_if_needed(L);
		c.type = CONTAINER_LIST;
		c.ordered = true;
		c.next_number = ol->start;
		c.delimiter = ol->mark_delimiter ? ol->mark_delimiter : '.';
		push(L, c);
		break;
	}
	case MD_BLOCK_LI: {
		struct container *list = innermost_list(L);
		c.type = CONTAINER_ITEM;
		if (list != NULL && list->ordered)
			c.first = g_strdup_printf("%u%c ", list->next_number++, list->delimiter);
		else
			c.first = g_strdup("- ");
		c.rest = g_strnfill(strlen(c.first), ' ');
		push(L, c);
		break;
	}
	case MD_BLOCK_HR:
		blank_if_needed(L);
		emit_rule(L, '-', L->width);
		L->need_blank = true;
		break;
	case MD_BLOCK_H:
		L->kind = RENDER_LINE_HEADING;
		L->level = (int)((const MD_BLOCK_H_DETAIL *)detail)->level;
		break;
	case MD_BLOCK_CODE:
		L->kind = RENDER_LINE_CODE;
		break;
	default:
		break;
	}
	return 0;
}

static int on_leave_block(MD_BLOCKTYPE type, void *detail, void *data)
{
	struct layout *L = data;
	flush(L);
	switch (type) {
	case MD_BLOCK_QUOTE:
		pop(L);
		L->need_blank = true;
		break;
	case MD_BLOCK_UL:
	case MD_BLOCK_OL:
		pop(L);
		/* A list nested in an item runs on with the item's text. */
		if (!inside_item(L))
			L->need_blank = true;
		break;
	case MD_BLOCK_LI:
		pop(L);
		break;
	case MD_BLOCK_H:
	case MD_BLOCK_P:
	case MD_BLOCK_CODE:
	case MD_BLOCK_HTML:
	case MD_BLOCK_TABLE:
		L->need_blank = true;
		break;
	default:
		break;
	}
	return 0;
}

static int on_enter_span(MD_SPANTYPE type, void *detail, void *data)
{
	struct layout *L = data;
	switch (type) {
	case MD_SPAN_EM:
		L->emphasis++;
		break;
	case MD_SPAN_STRONG:
		L->strong++;
		break;
	case MD_SPAN_CODE:
		L->code++;
		break;
	case MD_SPAN_A: {
		struct link k = { L->buf->len,
				  attribute_text(&((const MD_SPAN_A_DETAIL *)detail)->href) };
		g_array_append_val(L->links, k);
		L->link++;
		break;
	}
	default:
		break;
	}
	return 0;
}

static int on_leave_span(MD_SPANTYPE type, void *detail, void *data)
{
	struct layout *L = data;
	switch (type) {
	case MD_SPAN_EM:
		L->emphasis--;
		break;
	case MD_SPAN_STRONG:
		L->strong--;
		break;
	case MD_SPAN_CODE:
		L->code--;
		break;
	case MD_SPAN_A: {
		struct link k = g_array_index(L->links, struct link, L->links->len - 1);
		g_array_set_size(L->links, L->links->len - 1);
		L->link--;
		const char *text = L->buf->str + k.start;
		const char *href = k.href;
		/* An autolink already shows its address. */
		bool shown = strcmp(text, href) == 0 ||
			     (g_str_has_prefix(href, "mailto:") && strcmp(text, href + 7) == 0);
		if (href[0] != '\0' && !shown) {
			unsigned a = (current_attrs(L) & ~(unsigned)RENDER_ATTR_LINK) |
				     RENDER_ATTR_URL;
			append(L, " <", 2, 0);
			append(L, href, strlen(href), a);
			append(L, ">", 1, 0);
		}
		g_free(k.href);
		break;
	}
	default:
		break;
	}
	return 0;
}

static int on_text(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *data)
{
	struct layout *L = data;
	unsigned attrs = current_attrs(L);
	switch (type) {
	case MD_TEXT_NULLCHAR:
		append_char(L, 0xfffd, attrs);
		break;
	case MD_TEXT_BR:
		if (L->kind != RENDER_LINE_CODE)
			append(L, "\n", 1, 0);
		break;
	case MD_TEXT_SOFTBR:
		append(L, " ", 1, attrs);
		break;
	case MD_TEXT_ENTITY:
		append_entity(L, text, size, attrs);
		break;
	case MD_TEXT_CODE:
		if (L->kind == RENDER_LINE_CODE)
			append(L, text, size, attrs);
		else
			append_text(L, text, size, attrs);
		break;
	default:
		append_text(L, text, size, attrs);
		break;
	}
	return 0;
}

struct render_doc *render_markdown(const char *md, size_t len, int width, GError **err)
{
	struct layout L = { 0 };
	L.width = width < RENDER_MIN_WIDTH ? RENDER_MIN_WIDTH : width;
	L.lines = g_array_new(FALSE, FALSE, sizeof(struct render_line));
	L.containers = g_array_new(FALSE, FALSE, sizeof(struct container));
	L.links = g_array_new(FALSE, FALSE, sizeof(struct link));
	L.buf = g_string_new(NULL);
	L.attrs = g_byte_array_new();
	L.kind = RENDER_LINE_TEXT;

	/* Whatever the file holds, the lines we hand out are valid UTF-8. */
	char *text = g_utf8_make_valid(md, (gssize)len);
	MD_PARSER parser = {
		.abi_version = 0,
		.flags = MD_FLAG_NOHTML | MD_FLAG_PERMISSIVEURLAUTOLINKS,
		.enter_block = on_enter_block,
		.leave_block = on_leave_block,
		.enter_span = on_enter_span,
		.leave_span = on_leave_span,
		.text = on_text,
	};
	int rc = md_parse(text, (MD_SIZE)strlen(text), &parser, &L);
	g_free(text);
	flush(&L);

	while (L.containers->len > 0)
		pop(&L);
	for (guint i = 0; i < L.links->len; i++)
		g_free(g_array_index(L.links, struct link, i).href);
	g_array_free(L.containers, TRUE);
	g_array_free(L.links, TRUE);
	g_string_free(L.buf, TRUE);
	g_byte_array_free(L.attrs, TRUE);

	struct render_doc *doc = g_new0(struct render_doc, 1);
	doc->width = L.width;
	/* No blank lines at the end. */
	while (L.lines->len > 0 &&
	       g_array_index(L.lines, struct render_line, L.lines->len - 1).kind ==
		       RENDER_LINE_BLANK) {
		struct render_line *last =
			&g_array_index(L.lines, struct render_line, L.lines->len - 1);
		g_free(last->text);
		g_free(last->spans);
		g_array_set_size(L.lines, L.lines->len - 1);
	}
	doc->n_lines = L.lines->len;
	doc->lines = (struct render_line *)(void *)g_array_free(L.lines, FALSE);
	if (rc != 0) {
		render_doc_free(doc);
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
			    _("cannot lay out the article (the Markdown parser failed with "
			      "code %d)"),
			    rc);
		return NULL;
	}
	return doc;
}

void render_doc_free(struct render_doc *doc)
{
	if (doc == NULL)
		return;
	for (size_t i = 0; i < doc->n_lines; i++) {
		g_free(doc->lines[i].text);
		g_free(doc->lines[i].spans);
	}
	g_free(doc->lines);
	g_free(doc);
}

char *render_doc_to_text(const struct render_doc *doc)
{
	GString *s = g_string_new(NULL);
	for (size_t i = 0; i < doc->n_lines; i++) {
		g_string_append(s, doc->lines[i].text);
		g_string_append_c(s, '\n');
	}
	return g_string_free(s, FALSE);
}

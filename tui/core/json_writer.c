/* SPDX-License-Identifier: GPL-3.0-or-later */
/* json_writer.c - see json_writer.h. */
#include <config.h>

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <glib.h>
#include "core/json_writer.h"
#include "core/sanitize.h"

#define MAX_DEPTH 32

struct json_writer {
	GString *out;
	int depth;
	/* Per open container: is it an object, has it a member yet. */
	bool is_object[MAX_DEPTH];
	bool has_items[MAX_DEPTH];
	bool after_key;
};

struct json_writer *json_writer_new(void)
{
	struct json_writer *w = g_new0(struct json_writer, 1);

	w->out = g_string_new(NULL);
	return w;
}

static void newline(struct json_writer *w)
{
	g_string_append_c(w->out, '\n');
	for (int i = 0; i < w->depth; i++)
		g_string_append(w->out, "  ");
}

/* Whatever goes before a value: nothing after a key, else a comma and a
 * new line inside a container. */
static void before_value(struct json_writer *w)
{
	if (w->after_key) {
		w->after_key = false;
		return;
	}
	g_return_if_fail(w->depth == 0 || !w->is_object[w->depth - 1]);
	if (w->depth > 0) {
		if (w->has_items[w->depth - 1])
			g_string_append_c(w->out, ',');
		w->has_items[w->depth - 1] = true;
		newline(w);
	}
}

static void write_string(GString *out, const char *s)
{
	char *valid = g_utf8_validate(s, -1, NULL) ? NULL : g_utf8_make_valid(s, -1);

	g_string_append_c(out, '"');
	for (const unsigned char *p = (const unsigned char *)(valid ? valid : s); *p; p++) {
		switch (*p) {
		case '"': g_string_append(out, "\\\""); break;
		case '\\': g_string_append(out, "\\\\"); break;
		case '\n': g_string_append(out, "\\n"); break;
		case '\r': g_string_append(out, "\\r"); break;
		case '\t': g_string_append(out, "\\t"); break;
		case '\b': g_string_append(out, "\\b"); break;
		case '\f': g_string_append(out, "\\f"); break;
		default:
			if (*p < 0x20 || *p == 0x7f) {
				g_string_append_printf(out, "\\u%04x", *p);
			} else if ((*p == 0xc2 || *p == 0xe2) && sanitize_is_hidden(g_utf8_get_char((const char *)p))) {
				/* C1 controls and bidi overrides stay in the data but
				 * never reach a terminal that cats the file raw. */
				g_string_append_printf(out, "\\u%04x",
						       (unsigned)g_utf8_get_char((const char *)p));
				p = (const unsigned char *)g_utf8_next_char(p) - 1;
			} else {
				g_string_append_c(out, (char)*p);
			}
		}
	}
	g_string_append_c(out, '"');
	g_free(valid);
}

static void open_container(struct json_writer *w, bool object)
{
	g_return_if_fail(w->depth < MAX_DEPTH);
	before_value(w);
	g_string_append_c(w->out, object ? '{' : '[');
	w->is_object[w->depth] = object;
	w->has_items[w->depth] = false;
	w->depth++;
}

static void close_container(struct json_writer *w, bool object)
{
	g_return_if_fail(w->depth > 0 && w->is_object[w->depth - 1] == object && !w->after_key);
	w->depth--;
	if (w->has_items[w->depth])
		newline(w);
	g_string_append_c(w->out, object ? '}' : ']');
}

void json_writer_begin_object(struct json_writer *w) { open_container(w, true); }
void json_writer_end_object(struct json_writer *w) { close_container(w, true); }
void json_writer_begin_array(struct json_writer *w) { open_container(w, false); }
void json_writer_end_array(struct json_writer *w) { close_container(w, false); }

void json_writer_key(struct json_writer *w, const char *key)
{
	g_return_if_fail(w->depth > 0 && w->is_object[w->depth - 1] && !w->after_key);
	if (w->has_items[w->depth - 1])
		g_string_append_c(w->out, ',');
	w->has_items[w->depth - 1] = true;
	newline(w);
	write_string(w->out, key);
	g_string_append(w->out, ": ");
	w->after_key = true;
}

void json_writer_string(struct json_writer *w, const char *s)
{
	if (!s) {
		json_writer_null(w);
		return;
	}
	before_value(w);
	write_string(w->out, s);
}

void json_writer_int(struct json_writer *w, int64_t v)
{
	before_value(w);
	g_string_append_printf(w->out, "%" G_GINT64_FORMAT, (gint64)v);
}

void json_writer_double(struct json_writer *w, double v)
{
	char buf[G_ASCII_DTOSTR_BUF_SIZE];

	if (!isfinite(v)) {
		json_writer_null(w);
		return;
	}
	before_value(w);
	/* Never the locale's decimal comma; the fewest digits, from 15 to 17,
	 * that read back as the same double (10.5, not 10.500000000000002;
	 * 0.1 + 0.7 as 0.7999999999999999, 16 digits where 17 were written). */
	for (int digits = 15; digits <= 17; digits++) {
		char fmt[8];

		g_snprintf(fmt, sizeof(fmt), "%%.%dg", digits);
		g_ascii_formatd(buf, sizeof(buf), fmt, v);
		if (g_ascii_strtod(buf, NULL) == v)
			break;
	}
	g_string_append(w->out, buf);
	/* A double stays a double for readers that keep the difference
	 * (10000.0, not 10000), as json-glib wrote it before. */
	if (!strpbrk(buf, ".e"))
		g_string_append(w->out, ".0");
}

void json_writer_bool(struct json_writer *w, bool v)
{
	before_value(w);
	g_string_append(w->out, v ? "true" : "false");
}

void json_writer_null(struct json_writer *w)
{
	before_value(w);
	g_string_append(w->out, "null");
}

const char *json_writer_pending(struct json_writer *w, size_t *len)
{
	*len = w->out->len;
	return w->out->str;
}

void json_writer_consumed(struct json_writer *w)
{
	g_string_truncate(w->out, 0);
}

char *json_writer_finish(struct json_writer *w, size_t *len)
{
	char *text;

	g_warn_if_fail(w->depth == 0);
	g_string_append_c(w->out, '\n');
	if (len)
		*len = w->out->len;
	text = g_string_free(w->out, FALSE);
	g_free(w);
	return text;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* json_stream.c - knead's JSON export split into rows in bounded memory
 * (see json_stream.h for why this is not json-glib alone). */
#include <inttypes.h>
#include <string.h>
#include "core/error.h"
#include "core/i18n.h"
#include "core/import/json_stream.h"

#define KEY_MAX 256

/* Where the skeleton is: the top-level object (depth 1) and the elements
 * of its arrays (depth 2).  Values inside are captured whole. */
enum state {
	S_START,	   /* before the top-level '{' */
	S_KEY_OR_END,	   /* after '{' */
	S_KEY,		   /* after ',' in the object */
	S_IN_KEY,	   /* inside a member name */
	S_COLON,
	S_VALUE,	   /* a member's value */
	S_COMMA_OR_END,	   /* after a member */
	S_ELEM_OR_END,	   /* after a table's '[' */
	S_ELEM,		   /* after ',' in a table */
	S_ELEM_COMMA_OR_END,
	S_DONE,
};

struct json_stream {
	json_stream_value_fn fn;
	void *data;
	enum state st;
	uint64_t offset;
	/* the text being scanned, in a name or a captured value */
	bool in_string;
	int esc;	/* 0, 1 after '\', 2-5 while reading \uXXXX */
	unsigned hex;
	bool want_low;	/* a high surrogate waits for its low half */
	size_t token;
	/* the value being captured */
	bool capturing;
	char cap_kind;	/* '{', '[', '"' or 's' (number, true, false, null) */
	int cap_depth;
	int base_depth;
	GString *cap;
	GString *key;
	bool in_table;
	int64_t index;
};

struct json_stream *json_stream_new(json_stream_value_fn fn, void *data)
{
	struct json_stream *js = g_new0(struct json_stream, 1);

	js->fn = fn;
	js->data = data;
	js->cap = g_string_new(NULL);
	js->key = g_string_new(NULL);
	return js;
}

void json_stream_free(struct json_stream *js)
{
	if (!js)
		return;
	g_string_free(js->cap, TRUE);
	g_string_free(js->key, TRUE);
	g_free(js);
}

static bool fail(struct json_stream *js, GError **err, const char *msg)
{
	g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED, _("byte %" PRIu64 ": %s"), js->offset,
		    msg);
	return false;
}

static bool is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static int hex_value(unsigned char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* The four digits of \uXXXX are read: NUL and unpaired surrogates are
 * refused (json-glib would cut the text there, or write invalid UTF-8). */
static bool unicode_escape(struct json_stream *js, GError **err)
{
	unsigned u = js->hex;

	if (js->want_low) {
		if (u < 0xdc00 || u > 0xdfff)
			return fail(js, err, _("an unpaired UTF-16 surrogate in a text (expected "
					       "valid Unicode)"));
		js->want_low = false;
	} else if (u == 0) {
		return fail(js, err, _("\\u0000 in a text (expected text without NUL characters)"));
	} else if (u >= 0xd800 && u <= 0xdbff) {
		js->want_low = true;
	} else if (u >= 0xdc00 && u <= 0xdfff) {
		return fail(js, err, _("an unpaired UTF-16 surrogate in a text (expected valid "
				       "Unicode)"));
	}
	return true;
}

/* One byte inside a string; *ended says the closing quote was read. */
static bool string_byte(struct json_stream *js, unsigned char c, bool *ended, GError **err)
{
	*ended = false;
	if (++js->token > JSON_STREAM_MAX_TOKEN)
		return fail(js, err, _("a text longer than 256 KiB (expected the rows of a knead "
				       "export)"));
	if (js->esc >= 2) {
		int h = hex_value(c);
		if (h < 0)
			return fail(js, err, _("a malformed \\u escape (expected four hex digits)"));
		js->hex = js->hex * 16 + (unsigned)h;
		if (++js->esc == 6) {
			js->esc = 0;
			return unicode_escape(js, err);
		}
		return true;
	}
	if (js->esc == 1) {
		/* Only JSON's own escapes: anything else (a raw NUL after the
		 * backslash among them) would reach the value unchecked. */
		if (!strchr("\"\\/bfnrtu", c) || c == '\0')
			return fail(js, err, _("an unknown escape after a backslash in a text "
					       "(expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u)"));
		js->esc = c == 'u' ? 2 : 0;
		js->hex = 0;
		if (c != 'u' && js->want_low)
			return fail(js, err, _("an unpaired UTF-16 surrogate in a text (expected "
					       "valid Unicode)"));
		return true;
	}
	if (js->want_low && c != '\\')
		return fail(js, err, _("an unpaired UTF-16 surrogate in a text (expected valid "
				       "Unicode)"));
	if (c == '\\')
		js->esc = 1;
	else if (c == '"')
		*ended = true;
	else if (c < 0x20)
		return fail(js, err, _("a control character inside a text (expected it escaped)"));
	return true;
}

static void start_string(struct json_stream *js)
{
	js->in_string = true;
	js->esc = 0;
	js->token = 0;
	js->want_low = false;
}

static void start_capture(struct json_stream *js, unsigned char c, int base_depth)
{
	js->capturing = true;
	js->base_depth = base_depth;
	js->cap_depth = 0;
	g_string_truncate(js->cap, 0);
	js->cap_kind = c == '{' || c == '[' || c == '"' ? (char)c : 's';
}

static bool finish_capture(struct json_stream *js, GError **err)
{
	bool ok;

	js->capturing = false;
	ok = js->fn(js->key->str, js->in_table ? js->index : -1, js->cap->str, js->cap->len,
		    js->data, err);
	if (js->in_table)
		js->index++;
	js->st = js->in_table ? S_ELEM_COMMA_OR_END : S_COMMA_OR_END;
	return ok;
}

/* One byte of a captured value; *again says it ended a number or a
 * literal and belongs to the skeleton. */
static bool capture_byte(struct json_stream *js, unsigned char c, bool *again, GError **err)
{
	bool ended;

	*again = false;
	if (js->cap_kind == 's' && (is_space(c) || c == ',' || c == ']' || c == '}')) {
		*again = true;
		return finish_capture(js, err);
	}
	if (js->cap->len >= JSON_STREAM_MAX_VALUE)
		return fail(js, err, _("a value larger than 1 MiB (expected the rows of a knead "
				       "export)"));
	if (js->cap_kind == 's' && js->cap->len >= JSON_STREAM_MAX_NUMBER)
		return fail(js, err, _("a number longer than 64 characters (expected a plain "
				       "number)"));
	g_string_append_c(js->cap, (char)c);
	if (js->in_string) {
		if (!string_byte(js, c, &ended, err))
			return false;
		js->in_string = !ended;
		return !(ended && js->cap_kind == '"') || finish_capture(js, err);
	}
	if (c == '"' && js->cap_kind != 's') {
		start_string(js);
	} else if (c == '{' || c == '[') {
		if (js->base_depth + ++js->cap_depth > JSON_STREAM_MAX_DEPTH)
			return fail(js, err, _("nested deeper than 32 levels (expected a knead "
					       "export)"));
	} else if (c == '}' || c == ']') {
		if (--js->cap_depth == 0)
			return finish_capture(js, err);
	} else if (c < 0x20 && !is_space(c)) {
		return fail(js, err, _("a control character outside a text (expected JSON)"));
	}
	return true;
}

static bool capture_first(struct json_stream *js, unsigned char c, GError **err)
{
	bool again;

	return capture_byte(js, c, &again, err);
}

static bool expected(struct json_stream *js, GError **err, const char *what)
{
	char *msg = g_strdup_printf(_("the JSON is malformed (expected %s)"), what);
	bool ok = fail(js, err, msg);

	g_free(msg);
	return ok;
}

/* One byte of a top-level member's name. */
static bool key_byte(struct json_stream *js, unsigned char c, GError **err)
{
	bool ended;

	if (!string_byte(js, c, &ended, err))
		return false;
	if (ended)
		js->st = S_COLON;
	else if (js->key->len >= KEY_MAX)
		return fail(js, err, _("a member name longer than 256 bytes (expected a knead "
				       "export)"));
	else
		g_string_append_c(js->key, (char)c);
	return true;
}

/* One byte between the elements of a top-level array. */
static bool table_byte(struct json_stream *js, unsigned char c, GError **err)
{
	if (js->st == S_ELEM_COMMA_OR_END) {
		if (c == ',') {
			js->st = S_ELEM;
			return true;
		}
		if (c != ']')
			return expected(js, err, _("',' or ']'"));
	} else if (c != ']' || js->st != S_ELEM_OR_END) {
		if (c == '}' || c == ']' || c == ',' || c == ':')
			return expected(js, err, _("a value"));
		start_capture(js, c, 2);
		return capture_first(js, c, err);
	}
	js->in_table = false;
	js->st = S_COMMA_OR_END;
	return true;
}

/* One byte of the skeleton: the top-level object and its tables. */
static bool skeleton_byte(struct json_stream *js, unsigned char c, GError **err)
{
	if (js->st == S_IN_KEY)
		return key_byte(js, c, err);
	if (is_space(c))
		return true;
	switch (js->st) {
	case S_START:
		if (c != '{')
			return fail(js, err, _("not a knead export (expected a JSON object)"));
		js->st = S_KEY_OR_END;
		return true;
	case S_KEY_OR_END:
	case S_KEY:
		if (c == '}' && js->st == S_KEY_OR_END) {
			js->st = S_DONE;
			return true;
		}
		if (c != '"')
			return expected(js, err, _("a member name"));
		g_string_truncate(js->key, 0);
		start_string(js);
		js->in_string = false;
		js->st = S_IN_KEY;
		return true;
	case S_COLON:
		if (c != ':')
			return expected(js, err, "':'");
		js->st = S_VALUE;
		return true;
	case S_VALUE:
		js->in_table = c == '[';
		if (js->in_table) {
			js->index = 0;
			js->st = S_ELEM_OR_END;
			return true;
		}
		if (c == '}' || c == ']' || c == ',' || c == ':')
			return expected(js, err, _("a value"));
		start_capture(js, c, 1);
		return capture_first(js, c, err);
	case S_COMMA_OR_END:
		if (c == ',')
			js->st = S_KEY;
		else if (c == '}')
			js->st = S_DONE;
		else
			return expected(js, err, _("',' or '}'"));
		return true;
	case S_ELEM_OR_END:
	case S_ELEM:
	case S_ELEM_COMMA_OR_END:
		return table_byte(js, c, err);
	default:
		return fail(js, err, _("something follows the end of the JSON (expected nothing)"));
	}
}

bool json_stream_feed(struct json_stream *js, const char *buf, size_t len, GError **err)
{
	for (size_t i = 0; i < len; i++, js->offset++) {
		unsigned char c = (unsigned char)buf[i];
		bool again = false;

		if (js->offset >= JSON_STREAM_MAX_BYTES)
			return fail(js, err, _("more than 64 GiB of JSON (expected a knead export)"));
		if (js->capturing) {
			if (!capture_byte(js, c, &again, err))
				return false;
			if (!again)
				continue; /* the byte was the value's */
		}
		if (!skeleton_byte(js, c, err))
			return false;
	}
	return true;
}

bool json_stream_end(struct json_stream *js, GError **err)
{
	if (js->st != S_DONE)
		return fail(js, err, _("the file ends before the JSON does (expected the rest of "
				       "a knead export)"));
	return true;
}

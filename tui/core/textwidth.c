/* SPDX-License-Identifier: GPL-3.0-or-later */
/* textwidth.c - display width of text: one table for core, cli and ui. */
#include <config.h>

#include <string.h>
#include "core/textwidth.h"

#define REPLACEMENT 0xfffd

int text_char_width(gunichar c)
{
	if (c < 0x20 || (c >= 0x7f && c < 0xa0))
		return 1; /* shown as one replacement, never passed on */
	if (g_unichar_iszerowidth(c))
		return 0;
	return g_unichar_iswide(c) ? 2 : 1;
}

/* The character at *p (before end), stepping past it; a byte that does
 * not start valid UTF-8 is one U+FFFD. */
static gunichar next_char(const char **p, const char *end)
{
	gunichar c = g_utf8_get_char_validated(*p, end - *p);

	if (c == (gunichar)-1 || c == (gunichar)-2) {
		(*p)++;
		return REPLACEMENT;
	}
	*p = g_utf8_next_char(*p);
	return c;
}

int text_width_len(const char *s, gssize len)
{
	const char *p = s, *end;
	int cols = 0;

	if (!s)
		return 0;
	end = s + (len < 0 ? strlen(s) : (size_t)len);
	while (p < end)
		cols += text_char_width(next_char(&p, end));
	return cols;
}

int text_width(const char *s)
{
	return text_width_len(s, -1);
}

size_t text_fit_bytes(const char *s, int cols, int *used)
{
	const char *p = s ? s : "", *end = p + strlen(p), *fits = p;
	int w = 0;

	while (p < end) {
		int cw = text_char_width(next_char(&p, end));

		if (w + cw > cols)
			break;
		w += cw;
		fits = p;
	}
	if (used)
		*used = w;
	return (size_t)(fits - (s ? s : ""));
}

char *text_pad(const char *s, int width)
{
	GString *out = g_string_new(s);

	for (int w = text_width(s); w < width; w++)
		g_string_append_c(out, ' ');
	return g_string_free(out, FALSE);
}

char *text_fit(const char *s, int width)
{
	const char *p = s ? s : "", *end = p + strlen(p);
	GString *out = g_string_new(NULL);
	/* A text cut to its column ends in an ellipsis. */
	int room = text_width(p) > width && width >= 2 ? width - 1 : width;
	int cols = 0;

	while (p < end) {
		gunichar c = next_char(&p, end);
		int cw = text_char_width(c);

		if (cols + cw > room)
			break;
		g_string_append_unichar(out, c);
		cols += cw;
	}
	if (room < width) {
		g_string_append(out, "\u2026");
		cols++;
	}
	while (cols++ < width)
		g_string_append_c(out, ' ');
	return g_string_free(out, FALSE);
}

gboolean text_may_break(const char *left, size_t left_len, const char *right)
{
	static const char open_quote[] = "\u00ab", close_quote[] = "\u00bb";
	size_t mark = 0;

	while (left_len > 0 && left[left_len - 1] == ' ')
		left_len--;
	if (left_len >= strlen(open_quote) &&
	    memcmp(left + left_len - strlen(open_quote), open_quote, strlen(open_quote)) == 0)
		return FALSE;
	right += strspn(right, " ");
	if (*right && strchr(":;!?", *right))
		mark = 1;
	else if (g_str_has_prefix(right, close_quote))
		mark = strlen(close_quote);
	/* The mark alone, or followed by more punctuation ("»,", "?)"). */
	return !(mark && (right[mark] == '\0' || strchr(" .,;:!?)", right[mark]) ||
			  g_str_has_prefix(right + mark, close_quote)));
}

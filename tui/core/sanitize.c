/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sanitize.c - text safe for a terminal (see sanitize.h). */
#include <string.h>
#include "core/sanitize.h"

bool sanitize_is_hidden(gunichar c)
{
	return c < 0x20 || (c >= 0x7f && c < 0xa0) || (c >= 0x202a && c <= 0x202e) ||
	       (c >= 0x2066 && c <= 0x2069);
}

bool sanitize_needed(const char *s, gssize len)
{
	size_t n = len < 0 ? strlen(s) : (size_t)len;
	const unsigned char *p = (const unsigned char *)s;
	bool high = false;

	for (size_t i = 0; i < n; i++) {
		unsigned char b = p[i];

		if (b < 0x20 || b == 0x7f)
			return true;
		if (b < 0x80)
			continue;
		high = true;
		/* U+0080-U+009F, U+202A-U+202E, U+2066-U+2069 in UTF-8. */
		if (b == 0xc2 && i + 1 < n && p[i + 1] >= 0x80 && p[i + 1] <= 0x9f)
			return true;
		if (b == 0xe2 && i + 2 < n &&
		    ((p[i + 1] == 0x80 && p[i + 2] >= 0xaa && p[i + 2] <= 0xae) ||
		     (p[i + 1] == 0x81 && p[i + 2] >= 0xa6 && p[i + 2] <= 0xa9)))
			return true;
	}
	return high && !g_utf8_validate(s, (gssize)n, NULL);
}

/* Skips an escape sequence starting after ESC (or a C1 introducer) at p;
 * returns the first character after it. */
static const char *skip_escape(const char *p, gunichar intro)
{
	bool string_seq = intro == ']' || intro == 'P' || intro == '^' || intro == '_' ||
			  intro == 'X';

	if (intro == '[') {
		/* CSI: parameter and intermediate bytes, then one final byte. */
		while (*p && !((unsigned char)*p >= 0x40 && (unsigned char)*p <= 0x7e))
			p++;
		return *p ? p + 1 : p;
	}
	if (string_seq) {
		/* OSC, DCS, PM, APC, SOS: up to BEL or ST (ESC \). */
		while (*p) {
			if (*p == '\a')
				return p + 1;
			if (*p == '\033' && p[1] == '\\')
				return p + 2;
			p = g_utf8_next_char(p);
		}
		return p;
	}
	/* Character set designations take one more character (ESC ( B). */
	if (intro > 0 && intro < 0x80 && strchr("()*+-./#%", (int)intro) && *p)
		return g_utf8_next_char(p);
	return p;
}

/* The introducer an 8-bit control stands for (CSI, DCS, OSC, PM, APC,
 * SOS), or 0 when c starts no sequence. */
static gunichar c1_introducer(gunichar c)
{
	switch (c) {
	case 0x9b: return '[';
	case 0x90: return 'P';
	case 0x9d: return ']';
	case 0x9e: return '^';
	case 0x9f: return '_';
	case 0x98: return 'X';
	default: return 0;
	}
}

enum mode { TEXT, LINES, QUOTE };

static char *clean(const char *s, enum mode mode)
{
	char *valid = g_utf8_make_valid(s ? s : "", -1);
	GString *out = g_string_sized_new(strlen(valid));
	const char *p = valid;

	while (*p) {
		gunichar c = g_utf8_get_char(p);
		const char *next = g_utf8_next_char(p);

		if (mode == QUOTE) {
			/* A value quoted in a message: every hidden character
			 * shows as U+FFFD, so that "10km\033[2J" is not
			 * mistaken for the valid "10km". */
			if (sanitize_is_hidden(c))
				g_string_append(out, "\xef\xbf\xbd");
			else
				g_string_append_len(out, p, next - p);
			p = next;
			continue;
		}
		if (c == 0x1b) {
			if (!*next)
				break;
			p = skip_escape(g_utf8_next_char(next), g_utf8_get_char(next));
			continue;
		}
		if (c1_introducer(c)) {
			p = skip_escape(next, c1_introducer(c));
			continue;
		}
		if (c == '\n' && mode == LINES)
			g_string_append_c(out, '\n');
		else if (c == '\n' || c == '\t' || c == '\r')
			g_string_append_c(out, ' ');
		else if (!sanitize_is_hidden(c))
			g_string_append_len(out, p, next - p);
		p = next;
	}
	g_free(valid);
	return g_string_free(out, FALSE);
}

char *sanitize_text(const char *s)
{
	return clean(s, TEXT);
}

char *sanitize_lines(const char *s)
{
	return clean(s, LINES);
}

char *sanitize_quote(const char *s)
{
	return clean(s, QUOTE);
}

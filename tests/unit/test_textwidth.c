/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_textwidth.c - the one display-width table: wide CJK and emoji,
 * combining marks, joiners, controls, bytes that are not UTF-8, and the
 * fitting and padding built on it. */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>
#include <glib.h>
#include "core/format.h"
#include "core/articles/markdown.h"
#include "core/textwidth.h"

static void assert_text(char *got, const char *want)
{
	assert_string_equal(got, want);
	g_free(got);
}

static void test_narrow(void **state)
{
	(void)state;
	assert_int_equal(text_width(NULL), 0);
	assert_int_equal(text_width(""), 0);
	assert_int_equal(text_width("calf"), 4);
	assert_int_equal(text_width("épreuve"), 7);
	assert_int_equal(text_char_width('a'), 1);
	assert_int_equal(text_char_width(0x00e9), 1); /* é, precomposed */
}

static void test_wide(void **state)
{
	(void)state;
	assert_int_equal(text_width("日本語"), 6);
	assert_int_equal(text_width("\xef\xbc\xa1\xef\xbc\xa2"), 4); /* full-width A B */
	assert_int_equal(text_width("마라톤"), 6);		       /* Hangul syllables */
	assert_int_equal(text_char_width(0x3000), 2);	       /* ideographic space */
}

static void test_combining(void **state)
{
	(void)state;
	assert_int_equal(text_width("e\xcc\x81"), 1);		 /* e + combining acute */
	assert_int_equal(text_width("e\xcc\x81t\xc3\xa9"), 3);
	assert_int_equal(text_width("\xe1\x84\x80\xe1\x85\xa1"), 2); /* jamo: wide + medial */
	assert_int_equal(text_char_width(0x20dd), 0);		 /* enclosing circle */
}

static void test_emoji(void **state)
{
	(void)state;
	assert_int_equal(text_width("\xf0\x9f\x8f\x83"), 2); /* runner */
	assert_int_equal(text_width("\xf0\x9f\x91\x8d"), 2); /* thumbs up */
	/* Joiners and selectors take nothing: a family of three is counted
	 * as its three people, as terminals without ligatures show it. */
	assert_int_equal(text_width("\xe2\x80\x8d"), 0);		 /* ZWJ */
	assert_int_equal(text_width("\xe2\x80\x8b"), 0);		 /* zero-width space */
	assert_int_equal(text_width("\xe2\x9d\xa4\xef\xb8\x8f"), 1); /* heart + VS16 */
	assert_int_equal(text_width("\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9\xe2\x80\x8d"
				    "\xf0\x9f\x91\xa7"),
			 6);
}

static void test_controls(void **state)
{
	(void)state;
	/* Every front end shows a control as one replacement. */
	assert_int_equal(text_width("a\tb"), 3);
	assert_int_equal(text_width("\x1b[2J"), 4);
	assert_int_equal(text_char_width(0x7f), 1);
	assert_int_equal(text_char_width(0x85), 1); /* C1 NEL */
	assert_int_equal(text_char_width(0x9b), 1); /* C1 CSI */
}

static void test_not_utf8(void **state)
{
	(void)state;
	/* Each byte that is not UTF-8 is one U+FFFD, and the text after it
	 * counts as usual. */
	assert_int_equal(text_width("ab\xff" "cd"), 5);
	assert_int_equal(text_width("\xe6\x97"), 2);		/* a cut character */
	assert_int_equal(text_width("\xc0\xaf"), 2);		/* overlong "/" */
	assert_int_equal(text_width("\xed\xa0\x80"), 3);	/* a surrogate */
	assert_int_equal(text_width("\xff\xe6\x97\xa5"), 3);	/* then 日 */
	assert_int_equal(text_width_len("日本", 4), 3);		/* len cuts 本 */
	assert_int_equal(text_width_len("日本語", 3), 2);
	assert_int_equal(text_width_len("日本語", -1), 6);
}

static void test_fit_bytes(void **state)
{
	int used = -1;

	(void)state;
	assert_int_equal(text_fit_bytes("日本語", 5, &used), 6);
	assert_int_equal(used, 4);
	assert_int_equal(text_fit_bytes("日本語", 1, &used), 0);
	assert_int_equal(used, 0);
	assert_int_equal(text_fit_bytes("calf", 10, &used), 4);
	assert_int_equal(used, 4);
	/* A combining mark stays with its letter. */
	assert_int_equal(text_fit_bytes("e\xcc\x81x", 1, &used), 3);
	assert_int_equal(used, 1);
	assert_int_equal(text_fit_bytes("a\xff" "b", 2, NULL), 2);
	assert_int_equal(text_fit_bytes(NULL, 3, &used), 0);
}

static void test_pad(void **state)
{
	(void)state;
	assert_text(text_pad("日本", 6), "日本  ");
	assert_text(text_pad("récupération", 9), "récupération");
	assert_text(text_pad("e\xcc\x81", 3), "e\xcc\x81  ");
	assert_text(text_pad("", 2), "  ");
}

static void test_fit(void **state)
{
	(void)state;
	assert_text(text_fit("calf", 6), "calf  ");
	assert_text(text_fit("gastrocnemius", 6), "gastr\xe2\x80\xa6");
	assert_text(text_fit("日本語", 5), "日本\xe2\x80\xa6");
	/* A wide character that would pass the ellipsis is left out. */
	assert_text(text_fit("日本語", 4), "日\xe2\x80\xa6 ");
	assert_text(text_fit("日本語", 1), " ");
	assert_text(text_fit(NULL, 2), "  ");
	assert_text(text_fit("a\xff" "b", 3), "a\xef\xbf\xbd" "b");
	assert_text(text_fit("abc", 0), "");
}

/* The width the command line pads with, the one articles are laid out
 * with and the table itself agree on every code point. */
static void test_one_table(void **state)
{
	long disagree = 0;

	(void)state;
	for (gunichar c = 1; c <= 0x10ffff; c++) {
		char u[8];
		int w;

		if (c >= 0xd800 && c <= 0xdfff)
			continue;
		u[g_unichar_to_utf8(c, u)] = '\0';
		w = text_char_width(c);
		if (format_width(u) != w || render_text_width(u, -1) != w || text_width(u) != w)
			disagree++;
	}
	assert_int_equal(disagree, 0);
}

/* French spaces before a lone colon, semicolon, ! or ?, and inside
 * guillemets, are no place for a line break; every other space is. */
static void test_may_break(void **state)
{
	(void)state;
	assert_false(text_may_break("Douleur", 7, ": mollet"));
	assert_false(text_may_break("Douleur", 7, ":"));
	assert_false(text_may_break("vraiment", 8, "?"));
	assert_false(text_may_break("vraiment", 8, "!)"));
	assert_false(text_may_break("bilan", 5, "; puis"));
	assert_false(text_may_break("la région \u00ab", strlen("la région \u00ab"), "mollet"));
	assert_false(text_may_break("mollet", 6, "\u00bb peut"));
	assert_false(text_may_break("mollet", 6, "\u00bb,"));
	assert_true(text_may_break("Douleur :", 9, "mollet"));
	assert_true(text_may_break("see", 3, ":memory: or"));
	assert_true(text_may_break("Note:", 5, "the run"));
	assert_true(text_may_break("the", 3, "run"));
	assert_true(text_may_break("", 0, "run"));
	/* Only the first left_len bytes of left count. */
	assert_true(text_may_break("a \u00ab b", 1, "c"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_narrow),	  cmocka_unit_test(test_wide),
		cmocka_unit_test(test_combining), cmocka_unit_test(test_emoji),
		cmocka_unit_test(test_controls),  cmocka_unit_test(test_not_utf8),
		cmocka_unit_test(test_fit_bytes), cmocka_unit_test(test_pad),
		cmocka_unit_test(test_fit),	  cmocka_unit_test(test_one_table),
		cmocka_unit_test(test_may_break),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_json_writer.c - the JSON knead writes: exact text for the small
 * cases, and json-glib (the reader knead-import imports with) reading back
 * whatever it writes, escapes and odd numbers included. */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <locale.h>
#include <math.h>
#include <string.h>
#include <glib.h>
#include <json-glib/json-glib.h>
#include "core/json_writer.h"

static void assert_writes(struct json_writer *w, const char *want)
{
	char *got = json_writer_finish(w, NULL);
	assert_string_equal(got, want);
	g_free(got);
}

/* Parses text with json-glib; the caller unrefs the root. */
static JsonNode *read_back(const char *text)
{
	JsonParser *p = json_parser_new();
	GError *err = NULL;
	JsonNode *root;

	if (!json_parser_load_from_data(p, text, -1, &err))
		fail_msg("json-glib refused what we wrote: %s\n%s", err->message, text);
	root = json_node_copy(json_parser_get_root(p));
	g_object_unref(p);
	return root;
}

static void test_scalars_and_empty(void **state)
{
	struct json_writer *w;

	(void)state;
	w = json_writer_new();
	json_writer_int(w, -42);
	assert_writes(w, "-42\n");
	w = json_writer_new();
	json_writer_string(w, NULL);
	assert_writes(w, "null\n");
	w = json_writer_new();
	json_writer_begin_array(w);
	json_writer_end_array(w);
	assert_writes(w, "[]\n");
	w = json_writer_new();
	json_writer_begin_object(w);
	json_writer_end_object(w);
	assert_writes(w, "{}\n");
}

static void test_pretty_nesting(void **state)
{
	struct json_writer *w = json_writer_new();
	size_t len;
	char *text;

	(void)state;
	json_writer_begin_object(w);
	json_writer_key(w, "id");
	json_writer_int(w, 7);
	json_writer_key(w, "regions");
	json_writer_begin_array(w);
	json_writer_begin_object(w);
	json_writer_key(w, "side");
	json_writer_null(w);
	json_writer_end_object(w);
	json_writer_bool(w, true);
	json_writer_end_array(w);
	json_writer_key(w, "empty");
	json_writer_begin_array(w);
	json_writer_end_array(w);
	json_writer_end_object(w);
	text = json_writer_finish(w, &len);
	assert_string_equal(text, "{\n"
				  "  \"id\": 7,\n"
				  "  \"regions\": [\n"
				  "    {\n"
				  "      \"side\": null\n"
				  "    },\n"
				  "    true\n"
				  "  ],\n"
				  "  \"empty\": []\n"
				  "}\n");
	assert_int_equal(len, strlen(text));
	g_free(text);
}

static void test_strings_escape(void **state)
{
	static const char *const cases[] = {
		"plain",
		"Tempo: 3 × 2 km, côtes « Mont-Royal »",
		"quote \" backslash \\ slash /",
		"new\nline\ttab\rreturn\bback\fform",
		"\x01\x02\x1f\x7f control",
		"x'; DROP TABLE runs; --",
		"",
	};

	(void)state;
	for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
		struct json_writer *w = json_writer_new();
		char *text;
		JsonNode *root;

		json_writer_begin_object(w);
		json_writer_key(w, cases[i]);
		json_writer_string(w, cases[i]);
		json_writer_end_object(w);
		text = json_writer_finish(w, NULL);
		for (const char *p = text; *p; p++)
			if ((unsigned char)*p < 0x20 && *p != '\n')
				fail_msg("a raw control character in %s", text);
		root = read_back(text);
		assert_string_equal(json_object_get_string_member(json_node_get_object(root), cases[i]),
				    cases[i]);
		json_node_unref(root);
		g_free(text);
	}
}

static void test_invalid_utf8_is_mended(void **state)
{
	struct json_writer *w = json_writer_new();
	char *text;
	JsonNode *root;

	(void)state;
	json_writer_string(w, "caf\xe9 au lait");
	text = json_writer_finish(w, NULL);
	assert_true(g_utf8_validate(text, -1, NULL));
	root = read_back(text);
	assert_string_equal(json_node_get_string(root), "caf\xef\xbf\xbd au lait");
	json_node_unref(root);
	g_free(text);
}

static void test_doubles(void **state)
{
	static const struct {
		double v;
		const char *want;
	} cases[] = {
		{ 10000.0, "10000.0" },
		{ 10500.5, "10500.5" },
		{ 8046.72, "8046.72" },
		{ 0.1, "0.1" },
		{ -3.25, "-3.25" },
		{ 0.0, "0.0" },
		{ 1e300, "1e+300" },
		/* The fewest digits that read back: 16 where 17 were written. */
		{ 1.0 / 3.0, "0.3333333333333333" },
		{ 0.1 + 0.7, "0.7999999999999999" },
		/* 17 only where 16 are not enough. */
		{ 0.1 + 0.2, "0.30000000000000004" },
	};

	(void)state;
	/* A French numeric locale must not turn the point into a comma. */
	setlocale(LC_NUMERIC, "fr_CA.UTF-8");
	for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
		struct json_writer *w = json_writer_new();
		char *text;
		JsonNode *root;

		json_writer_double(w, cases[i].v);
		text = json_writer_finish(w, NULL);
		text[strlen(text) - 1] = '\0';
		assert_string_equal(text, cases[i].want);
		root = read_back(text);
		assert_true(json_node_get_double(root) == cases[i].v);
		json_node_unref(root);
		g_free(text);
	}
	setlocale(LC_NUMERIC, "C");
}

static void test_non_finite_is_null(void **state)
{
	struct json_writer *w = json_writer_new();

	(void)state;
	json_writer_begin_array(w);
	json_writer_double(w, NAN);
	json_writer_double(w, INFINITY);
	json_writer_double(w, -INFINITY);
	json_writer_int(w, INT64_MIN);
	json_writer_end_array(w);
	assert_writes(w, "[\n  null,\n  null,\n  null,\n  -9223372036854775808\n]\n");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_scalars_and_empty),
		cmocka_unit_test(test_pretty_nesting),
		cmocka_unit_test(test_strings_escape),
		cmocka_unit_test(test_invalid_utf8_is_mended),
		cmocka_unit_test(test_doubles),
		cmocka_unit_test(test_non_finite_is_null),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_articles.c - the article library: every file's front matter, the two
 * languages, the layout of Markdown at any width, the ranking, and a guard
 * against prose copied from one article into another. */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>
#include "core/articles/articles.h"
#include "core/error.h"
#include "core/i18n.h"
#include "core/articles/rank.h"
#include "core/regions.h"
#include "core/articles/rank_inputs.h"
#include "core/articles/markdown.h"
#include "history_builder.h"

#define MIN_ARTICLES 10
#define MIN_WORDS 300
#define MAX_WORDS 900
/* The copied-prose guard: no run of this many words in two articles. */
#define SHINGLE_WORDS 10

static const int widths[] = { 10, 17, 20, 33, 50, 72, 80, 132 };

static char *data_dir(void)
{
	const char *env = g_getenv("KNEAD_DATADIR");
	return g_build_filename(env != NULL && env[0] ? env : SOURCE_DATADIR, "articles", NULL);
}

/* g_ptr_array_sort passes pointers to the elements. */
static gint compare_slugs(gconstpointer a, gconstpointer b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The slugs of DIR/LANG/ *.md, sorted. */
static GPtrArray *list_slugs(const char *dir, const char *lang)
{
	char *sub = g_build_filename(dir, lang, NULL);
	GPtrArray *slugs = g_ptr_array_new_with_free_func(g_free);
	GDir *d = g_dir_open(sub, 0, NULL);
	assert_non_null(d);
	const char *name;
	while ((name = g_dir_read_name(d)) != NULL)
		if (g_str_has_suffix(name, ".md"))
			g_ptr_array_add(slugs, g_strndup(name, strlen(name) - 3));
	g_dir_close(d);
	g_free(sub);
	g_ptr_array_sort(slugs, compare_slugs);
	return slugs;
}

static struct article_index *load(enum article_lang lang)
{
	char *dir = data_dir();
	GError *err = NULL;
	struct article_index *idx = articles_load(dir, lang, &err);
	if (idx == NULL)
		fail_msg("loading %s: %s", dir, err->message);
	g_free(dir);
	return idx;
}

static char *body_of(const struct article *a)
{
	GError *err = NULL;
	char *body = article_read_body(a, &err);
	if (body == NULL)
		fail_msg("%s: %s", a->path, err->message);
	return body;
}

/* ---- the library ---- */

static void test_every_file_parses(void **state)
{
	char *dir = data_dir();
	for (int l = 0; l < ARTICLE_LANG_COUNT; l++) {
		const char *lang = article_lang_id((enum article_lang)l);
		GPtrArray *slugs = list_slugs(dir, lang);
		if (slugs->len < MIN_ARTICLES)
			fail_msg("%s: %u articles, expected at least %d", lang, slugs->len,
				 MIN_ARTICLES);
		for (guint i = 0; i < slugs->len; i++) {
			char *file = g_strconcat((char *)slugs->pdata[i], ".md", NULL);
			char *path = g_build_filename(dir, lang, file, NULL);
			char *text = NULL;
			gsize len = 0;
			assert_true(g_file_get_contents(path, &text, &len, NULL));
			struct article a;
			size_t body = 0;
			GError *err = NULL;
			if (!article_parse(path, text, len, &a, &body, &err))
				fail_msg("%s", err->message);
			assert_string_equal(a.slug, slugs->pdata[i]);
			assert_true(a.title[0] != '\0');
			assert_true(a.n_topics > 0);
			assert_true(body > 0 && body < len);
			/* Every id is one of the vocabularies (parse refuses others),
			 * and none is listed twice. */
			for (size_t r = 0; r < a.n_regions; r++) {
				assert_non_null(region_id(a.regions[r]));
				for (size_t q = 0; q < r; q++)
					if (a.regions[q] == a.regions[r])
						fail_msg("%s lists %s twice", path,
							 region_id(a.regions[r]));
			}
			article_clear(&a);
			g_free(text);
			g_free(path);
			g_free(file);
		}
		g_ptr_array_free(slugs, TRUE);
	}
	g_free(dir);
}

static void test_same_slugs_in_both_languages(void **state)
{
	char *dir = data_dir();
	GPtrArray *en = list_slugs(dir, "en"), *fr = list_slugs(dir, "fr");
	for (guint i = 0; i < en->len || i < fr->len; i++) {
		const char *e = i < en->len ? en->pdata[i] : "(none)";
		const char *f = i < fr->len ? fr->pdata[i] : "(none)";
		if (strcmp(e, f) != 0)
			fail_msg("slug %u: en has %s, fr has %s", i, e, f);
	}
	/* The index in French holds French files, the same front matter ids. */
	struct article_index *ien = load(ARTICLE_LANG_EN), *ifr = load(ARTICLE_LANG_FR);
	assert_int_equal(ien->n_articles, en->len);
	assert_int_equal(ifr->n_articles, fr->len);
	for (size_t i = 0; i < ifr->n_articles; i++) {
		assert_int_equal(ifr->articles[i].lang, ARTICLE_LANG_FR);
		assert_int_equal(ien->articles[i].lang, ARTICLE_LANG_EN);
		assert_string_equal(ifr->articles[i].slug, ien->articles[i].slug);
		if (strcmp(ifr->articles[i].title, ien->articles[i].title) == 0)
			fail_msg("%s: the French title is the English one",
				 ifr->articles[i].slug);
	}
	articles_free(ien);
	articles_free(ifr);
	g_ptr_array_free(en, TRUE);
	g_ptr_array_free(fr, TRUE);
	g_free(dir);
}

static void test_every_region_has_an_article(void **state)
{
	for (int l = 0; l < ARTICLE_LANG_COUNT; l++) {
		struct article_index *idx = load((enum article_lang)l);
		for (int r = 0; r < REGION_COUNT; r++) {
			bool named = false;
			for (size_t i = 0; i < idx->n_articles && !named; i++)
				named = article_region_position(&idx->articles[i], r) >= 0;
			if (!named)
				fail_msg("%s: no article names the region %s",
					 article_lang_id((enum article_lang)l), region_id(r));
		}
		articles_free(idx);
	}
}

static bool is_word_char(gunichar c)
{
	return g_unichar_isalnum(c) || g_unichar_ismark(c);
}

/* Lower-cased words of `text`: letters and digits, the rest separates. */
static GPtrArray *words_of(const char *text)
{
	GPtrArray *words = g_ptr_array_new_with_free_func(g_free);
	GString *w = g_string_new(NULL);
	for (const char *p = text;; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);
		if (c != 0 && is_word_char(c)) {
			g_string_append_unichar(w, g_unichar_tolower(c));
		} else if (w->len > 0) {
			g_ptr_array_add(words, g_strdup(w->str));
			g_string_truncate(w, 0);
		}
		if (c == 0)
			break;
	}
	g_string_free(w, TRUE);
	return words;
}

static void test_length_in_words(void **state)
{
	for (int l = 0; l < ARTICLE_LANG_COUNT; l++) {
		struct article_index *idx = load((enum article_lang)l);
		for (size_t i = 0; i < idx->n_articles; i++) {
			char *body = body_of(&idx->articles[i]);
			GPtrArray *words = words_of(body);
			if (words->len < MIN_WORDS || words->len > MAX_WORDS)
				fail_msg("%s: %u words (expected %d to %d)", idx->articles[i].path,
					 words->len, MIN_WORDS, MAX_WORDS);
			g_ptr_array_free(words, TRUE);
			g_free(body);
		}
		articles_free(idx);
	}
}

/* The prose of an article: its body without the References section, whose
 * citations may rightly repeat from one article to the next. */
static char *prose_of(const struct article *a)
{
	char *body = body_of(a);
	static const char *const heads[] = { "\n## References", "\n## Références" };
	for (size_t i = 0; i < G_N_ELEMENTS(heads); i++) {
		char *refs = strstr(body, heads[i]);
		if (refs != NULL)
			*refs = '\0';
	}
	return body;
}

static void test_no_prose_shared_between_articles(void **state)
{
	for (int l = 0; l < ARTICLE_LANG_COUNT; l++) {
		struct article_index *idx = load((enum article_lang)l);
		/* Each run of words -> the index of the article it was first seen in. */
		GHashTable *seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
		for (size_t i = 0; i < idx->n_articles; i++) {
			char *prose = prose_of(&idx->articles[i]);
			GPtrArray *w = words_of(prose);
			for (guint k = 0; k + SHINGLE_WORDS <= w->len; k++) {
				GString *run = g_string_new(NULL);
				for (guint j = 0; j < SHINGLE_WORDS; j++)
					g_string_append_printf(run, "%s%s", j ? " " : "",
							       (char *)w->pdata[k + j]);
				gpointer first;
				if (g_hash_table_lookup_extended(seen, run->str, NULL, &first)) {
					size_t other = GPOINTER_TO_SIZE(first);
					if (other != i)
						fail_msg("\"%s\" is in both %s and %s", run->str,
							 idx->articles[other].path,
							 idx->articles[i].path);
					g_string_free(run, TRUE);
				} else {
					g_hash_table_insert(seen, g_string_free(run, FALSE),
							    GSIZE_TO_POINTER(i));
				}
			}
			g_ptr_array_free(w, TRUE);
			g_free(prose);
		}
		g_hash_table_destroy(seen);
		articles_free(idx);
	}
}

/* ---- front matter ---- */

static void expect_front_error(const char *text, const char *needle)
{
	struct article a;
	GError *err = NULL;
	assert_false(article_parse("some/dir/it-band.md", text, strlen(text), &a, NULL, &err));
	assert_non_null(err);
	assert_int_equal(err->domain, KNEAD_ERROR);
	assert_int_equal(err->code, KNEAD_ERROR_INVALID);
	if (strstr(err->message, "some/dir/it-band.md") == NULL ||
	    strstr(err->message, needle) == NULL)
		fail_msg("error \"%s\" does not name the file and \"%s\"", err->message, needle);
	g_error_free(err);
}

#define FRONT(regions, topics, phases)                                                         \
	"+++\nslug = it-band\ntitle = T\nregions = " regions "\ntopics = " topics               \
	"\nphases = " phases "\n+++\n# T\n\nBody.\n"

static void test_front_matter_errors(void **state)
{
	expect_front_error(FRONT("it-band;elbow", "region", "build"), "elbow");
	expect_front_error(FRONT("it-band", "region;gossip", "build"), "gossip");
	expect_front_error(FRONT("it-band", "region", "build;offseason"), "offseason");
	expect_front_error(FRONT("it-band", "", "build"), "topics");
	expect_front_error("+++\nslug = it-band\ntitle = T\nregions = knee\ntopics = region\n+++\n",
			   "phases");
	expect_front_error("+++\nslug = it-band\ntitle = T\nregions = knee\ntopics = region\n"
			   "phases = build\nauthor = me\n+++\n",
			   "author");
	expect_front_error("+++\nslug = knee\ntitle = T\nregions = knee\ntopics = region\n"
			   "phases = build\n+++\n",
			   "slug");
	expect_front_error("+++\nslug = it-band\ntitle =   \nregions = knee\ntopics = region\n"
			   "phases = build\n+++\n",
			   "title");
	expect_front_error("# Just Markdown\n", "+++");
	expect_front_error("+++\nslug = it-band\ntitle = T\n", "+++");
	expect_front_error("+++\nthis is not a key file line\n+++\n", "front matter");
	expect_front_error("+++\nslug = it-band\ntitle = \xff\xfe\n+++\n", "UTF-8");

	/* A bad byte in the body: the index (front matter only) takes the
	 * file, reading the article refuses it, naming the file. */
	{
		const char *bad_body = "+++\nslug = it-band\ntitle = T\nregions = it-band\n"
				       "topics = region\nphases = build\n+++\n# T\n\nca\xff\n";
		struct article a;
		size_t body = 0;
		GError *err = NULL;

		assert_true(article_parse("some/dir/it-band.md", bad_body, strlen(bad_body), &a,
					  NULL, &err));
		article_clear(&a);
		assert_false(article_parse("some/dir/it-band.md", bad_body, strlen(bad_body), &a,
					   &body, &err));
		assert_non_null(strstr(err->message, "UTF-8"));
		assert_non_null(strstr(err->message, "some/dir/it-band.md"));
		g_error_free(err);
	}

	/* Blanks around the items, an empty region list, CRLF line ends. */
	const char *ok = "+++\r\nslug = it-band\r\ntitle = The band\r\nregions =\r\n"
			 "topics = region ; doms\r\nphases = taper; race-week\r\n+++\r\n# Body\r\n";
	struct article a;
	size_t body = 0;
	GError *err = NULL;
	if (!article_parse("x/it-band.md", ok, strlen(ok), &a, &body, &err))
		fail_msg("%s", err->message);
	assert_int_equal(a.n_regions, 0);
	assert_int_equal(a.n_topics, 2);
	assert_int_equal(a.topic_order[0], TOPIC_REGION);
	assert_int_equal(article_topic_position(&a, TOPIC_DOMS), 1);
	assert_true(article_has_phase(&a, ARTICLE_PHASE_RACE_WEEK));
	assert_false(article_has_phase(&a, ARTICLE_PHASE_BUILD));
	assert_string_equal(ok + body, "# Body\r\n");
	article_clear(&a);
}

/* ---- finding the files, the language ---- */

static void write_file(const char *dir, const char *name, const char *text)
{
	char *path = g_build_filename(dir, name, NULL);
	char *parent = g_path_get_dirname(path);
	g_mkdir_with_parents(parent, 0700);
	assert_true(g_file_set_contents(path, text, -1, NULL));
	g_free(parent);
	g_free(path);
}

static void remove_tree(const char *path)
{
	GDir *d = g_dir_open(path, 0, NULL);
	if (d != NULL) {
		const char *name;
		while ((name = g_dir_read_name(d)) != NULL) {
			char *child = g_build_filename(path, name, NULL);
			remove_tree(child);
			g_free(child);
		}
		g_dir_close(d);
	}
	g_remove(path);
}

#define MINI(slug, title) "+++\nslug = " slug "\ntitle = " title "\nregions = calf\n" \
			  "topics = doms\nphases =\n+++\n# " title "\n\nText.\n"

static void test_english_fills_in_for_a_missing_translation(void **state)
{
	char *tmp = g_dir_make_tmp("knead-articles-XXXXXX", NULL);
	assert_non_null(tmp);
	write_file(tmp, "articles/en/alpha.md", MINI("alpha", "Alpha"));
	write_file(tmp, "articles/en/beta.md", MINI("beta", "Beta"));
	write_file(tmp, "articles/fr/alpha.md", MINI("alpha", "Alpha en français"));
	write_file(tmp, "articles/en/notes.txt", "not an article");

	char *old = g_strdup(g_getenv("KNEAD_DATADIR"));
	g_setenv("KNEAD_DATADIR", tmp, TRUE);
	GError *err = NULL;
	char *dir = articles_find_dir(&err);
	assert_non_null(dir);
	char *want = g_build_filename(tmp, "articles", NULL);
	assert_string_equal(dir, want);

	struct article_index *idx = articles_load(dir, ARTICLE_LANG_FR, &err);
	assert_non_null(idx);
	assert_int_equal(idx->n_articles, 2);
	assert_string_equal(idx->articles[0].title, "Alpha en français");
	assert_int_equal(idx->articles[0].lang, ARTICLE_LANG_FR);
	assert_string_equal(idx->articles[1].title, "Beta");
	assert_int_equal(idx->articles[1].lang, ARTICLE_LANG_EN);
	assert_null(articles_find(idx, "gamma"));
	char *list = articles_slug_list(idx);
	assert_string_equal(list, "alpha, beta");
	g_free(list);
	char *body = article_read_body(articles_find(idx, "beta"), &err);
	assert_string_equal(body, "# Beta\n\nText.\n");
	g_free(body);
	articles_free(idx);

	/* A bad byte in a body: the library still loads (the index reads
	 * front matters only), and reading that article fails, naming it. */
	write_file(tmp, "articles/fr/beta.md", MINI("beta", "Bêta") "\xff");
	idx = articles_load(dir, ARTICLE_LANG_FR, &err);
	assert_non_null(idx);
	assert_null(article_read_body(articles_find(idx, "beta"), &err));
	assert_non_null(strstr(err->message, "beta.md"));
	assert_non_null(strstr(err->message, "UTF-8"));
	g_clear_error(&err);
	articles_free(idx);

	/* A broken front matter fails the load, naming the file. */
	write_file(tmp, "articles/fr/beta.md", "+++\nslug = beta\ntitle = B\xff\n+++\n");
	assert_null(articles_load(dir, ARTICLE_LANG_FR, &err));
	assert_non_null(strstr(err->message, "beta.md"));
	g_clear_error(&err);

	/* A KNEAD_DATADIR without articles falls through to the installed or
	 * source tree. */
	g_setenv("KNEAD_DATADIR", "/nonexistent/knead", TRUE);
	char *fallback = articles_find_dir(&err);
	assert_non_null(fallback);
	assert_true(g_str_has_suffix(fallback, "/articles"));
	assert_true(g_str_has_prefix(fallback, PKGDATADIR) ||
		    g_str_has_prefix(fallback, SOURCE_DATADIR));

	if (old != NULL)
		g_setenv("KNEAD_DATADIR", old, TRUE);
	else
		g_unsetenv("KNEAD_DATADIR");
	g_free(old);
	g_free(fallback);
	g_free(want);
	g_free(dir);
	remove_tree(tmp);
	g_free(tmp);
}

/* Sets the locale variables (NULL: unset), then the locale, as main does;
 * gettext then chooses the messages' language anew. */
static void set_locale_env(const char *language, const char *lc_all)
{
	if (language != NULL)
		g_setenv("LANGUAGE", language, TRUE);
	else
		g_unsetenv("LANGUAGE");
	g_setenv("LC_ALL", lc_all, TRUE);
	setlocale(LC_ALL, "");
	textdomain(PACKAGE);
}

/* The articles follow the language gettext chose for the messages, with
 * the build tree's catalogues. */
static void test_language_from_locale(void **state)
{
	char *saved_language = g_strdup(g_getenv("LANGUAGE"));
	char *saved_lc_all = g_strdup(g_getenv("LC_ALL"));
	char *locale_dir = g_build_filename(BUILDDIR, "po", ".locale", NULL);
	const char *code;

	bindtextdomain(PACKAGE, locale_dir);
	bind_textdomain_codeset(PACKAGE, "UTF-8");
	set_locale_env(NULL, "C.UTF-8");
	assert_int_equal(articles_lang_from_locale(), ARTICLE_LANG_EN);
	set_locale_env("fr", "C.UTF-8");
	code = C_("language of the articles", "en");
	if (strcmp(code, "fr") != 0) {
		g_free(locale_dir);
		g_free(saved_language);
		g_free(saved_lc_all);
		skip(); /* no catalogue built in this tree (no msgfmt) */
	}
	assert_int_equal(articles_lang_from_locale(), ARTICLE_LANG_FR);
	set_locale_env("de:fr_CA:en", "C.UTF-8");
	assert_int_equal(articles_lang_from_locale(), ARTICLE_LANG_FR);
	/* No English catalogue: gettext goes on to French for the messages,
	 * and so do the articles. */
	set_locale_env("en_GB:fr", "C.UTF-8");
	assert_int_equal(articles_lang_from_locale(), ARTICLE_LANG_FR);
	/* In the C locale gettext ignores LANGUAGE: English messages, so
	 * English articles (the environment alone would have said French). */
	set_locale_env("fr", "C");
	assert_int_equal(articles_lang_from_locale(), ARTICLE_LANG_EN);

	set_locale_env(saved_language, saved_lc_all ? saved_lc_all : "C");
	g_free(locale_dir);
	g_free(saved_language);
	g_free(saved_lc_all);
}

/* ---- layout ---- */

static struct render_doc *render(const char *md, int width)
{
	GError *err = NULL;
	struct render_doc *doc = render_markdown(md, strlen(md), width, &err);
	if (doc == NULL)
		fail_msg("render: %s", err->message);
	return doc;
}

/* Every line fits, is valid UTF-8, and says its own width right. */
static void check_lines(const struct render_doc *doc, int width, const char *what)
{
	for (size_t i = 0; i < doc->n_lines; i++) {
		const struct render_line *l = &doc->lines[i];
		if (!g_utf8_validate(l->text, -1, NULL))
			fail_msg("%s, width %d, line %zu: broken UTF-8", what, width, i + 1);
		int w = render_text_width(l->text, -1);
		if (w > width)
			fail_msg("%s, width %d, line %zu is %d wide: \"%s\"", what, width, i + 1, w,
				 l->text);
		assert_int_equal(w, l->width);
		if (strchr(l->text, '\n') != NULL)
			fail_msg("%s: a line holds a newline", what);
		size_t end = 0;
		for (size_t s = 0; s < l->n_spans; s++) {
			assert_true(l->spans[s].start >= end);
			end = l->spans[s].start + l->spans[s].len;
			assert_true(end <= strlen(l->text));
			assert_true(g_utf8_validate(l->text + l->spans[s].start,
						    (gssize)l->spans[s].len, NULL));
		}
	}
}

/* The text's characters but blanks, rules and the markers of list items, so
 * that layouts at two widths can be compared: wrapping moves words, it must
 * never lose or change one. */
static char *ink(const struct render_doc *doc)
{
	GString *s = g_string_new(NULL);
	for (size_t i = 0; i < doc->n_lines; i++) {
		if (doc->lines[i].kind == RENDER_LINE_RULE)
			continue;
		for (const char *p = doc->lines[i].text; *p; p = g_utf8_next_char(p)) {
			gunichar c = g_utf8_get_char(p);
			if (!g_unichar_isspace(c))
				g_string_append_unichar(s, c);
		}
	}
	return g_string_free(s, FALSE);
}

/* No line starts with a mark French spaces off from the word before it, and
 * none ends on an opening guillemet. */
static void check_french_breaks(const struct render_doc *doc, const char *what)
{
	for (size_t i = 0; i < doc->n_lines; i++) {
		const char *t = doc->lines[i].text;
		while (*t == ' ')
			t++;
		if (strchr(":;!?", *t) != NULL && *t != '\0')
			fail_msg("%s: a line starts with \"%c\": \"%s\"", what, *t, t);
		if (g_str_has_prefix(t, "»"))
			fail_msg("%s: a line starts with a closing guillemet: \"%s\"", what, t);
		if (g_str_has_suffix(t, "«"))
			fail_msg("%s: a line ends with an opening guillemet: \"%s\"", what, t);
	}
}

static void test_articles_render_at_every_width(void **state)
{
	for (int l = 0; l < ARTICLE_LANG_COUNT; l++) {
		struct article_index *idx = load((enum article_lang)l);
		for (size_t i = 0; i < idx->n_articles; i++) {
			char *body = body_of(&idx->articles[i]);
			struct render_doc *wide = render(body, 1000);
			char *reference = ink(wide);
			assert_true(wide->n_lines > 5);
			assert_int_equal(wide->lines[0].kind, RENDER_LINE_HEADING);
			for (size_t w = 0; w < G_N_ELEMENTS(widths); w++) {
				struct render_doc *doc = render(body, widths[w]);
				check_lines(doc, widths[w], idx->articles[i].path);
				/* (Narrower, a word longer than the line is cut.) */
				if (widths[w] >= 20)
					check_french_breaks(doc, idx->articles[i].path);
				char *got = ink(doc);
				if (strcmp(got, reference) != 0)
					fail_msg("%s at width %d lost or changed text",
						 idx->articles[i].path, widths[w]);
				g_free(got);
				render_doc_free(doc);
			}
			g_free(reference);
			render_doc_free(wide);
			g_free(body);
		}
		articles_free(idx);
	}
}

static const char sample[] =
	"# Café au lait\n"
	"\n"
	"Some *emphasis* and **strong** words, then a [study](https://example.org/a?b=1&amp;c=2) "
	"and <https://example.org/auto>.\n"
	"\n"
	"- first item that is long enough to wrap onto a second line here\n"
	"- second\n"
	"  - nested item\n"
	"\n"
	"3. third, numbered from three, and long enough to wrap as well\n"
	"4. fourth\n"
	"\n"
	"## Références\n"
	"\n"
	"> Quoted words that wrap under their bar.\n"
	"\n"
	"Hard&nbsp;space and&#233;t&#xE9; entities, line  \n"
	"break.\n";

static const struct render_line *find_line(const struct render_doc *doc, const char *prefix)
{
	for (size_t i = 0; i < doc->n_lines; i++)
		if (g_str_has_prefix(doc->lines[i].text, prefix))
			return &doc->lines[i];
	fail_msg("no line starts with \"%s\"", prefix);
	return NULL;
}

static unsigned attrs_at(const struct render_line *l, const char *word)
{
	const char *at = strstr(l->text, word);
	assert_non_null(at);
	size_t off = (size_t)(at - l->text);
	for (size_t s = 0; s < l->n_spans; s++)
		if (off >= l->spans[s].start && off < l->spans[s].start + l->spans[s].len)
			return l->spans[s].attrs;
	return 0;
}

static void test_render_markdown_forms(void **state)
{
	struct render_doc *doc = render(sample, 30);
	check_lines(doc, 30, "sample");
	char *text = render_doc_to_text(doc);

	/* Headings, underlined for levels 1 and 2 to their own width. */
	assert_string_equal(doc->lines[0].text, "Café au lait");
	assert_int_equal(doc->lines[0].kind, RENDER_LINE_HEADING);
	assert_int_equal(doc->lines[0].level, 1);
	assert_string_equal(doc->lines[1].text, "============");
	assert_int_equal(doc->lines[1].kind, RENDER_LINE_RULE);
	assert_int_equal(doc->lines[2].kind, RENDER_LINE_BLANK);
	const struct render_line *h2 = find_line(doc, "Références");
	assert_int_equal(h2->kind, RENDER_LINE_HEADING);
	assert_int_equal(h2->level, 2);
	assert_string_equal(h2[1].text, "----------");

	/* Emphasis as attributes, not markers; links as "text <url>". */
	assert_null(strchr(text, '*'));
	const struct render_line *p = find_line(doc, "Some emphasis");
	assert_int_equal(attrs_at(p, "emphasis"), RENDER_ATTR_EMPHASIS);
	assert_int_equal(attrs_at(p, "strong"), RENDER_ATTR_STRONG);
	assert_int_equal(attrs_at(p, "Some"), 0);
	char *squeezed = ink(doc);
	assert_non_null(strstr(squeezed, "study<https://example.org/a?b=1&c=2>"));
	g_free(squeezed);
	const struct render_line *url = find_line(doc, "<https://example.org/a");
	assert_int_equal(attrs_at(url, "https"), RENDER_ATTR_URL);
	/* An autolink shows its address once. */
	assert_non_null(strstr(text, "https://example.org/auto."));
	assert_null(strstr(text, "<https://example.org/auto>"));

	/* Lists: markers, and a hanging indent under them. */
	const struct render_line *item = find_line(doc, "- first item");
	assert_true(g_str_has_prefix(item[1].text, "  ") && item[1].text[2] != ' ');
	find_line(doc, "- second");
	find_line(doc, "  - nested item");
	const struct render_line *third = find_line(doc, "3. third");
	assert_true(g_str_has_prefix(third[1].text, "   ") && third[1].text[3] != ' ');
	find_line(doc, "4. fourth");
	/* A tight list has no blank between its items. */
	assert_string_equal(item[0].text, "- first item that is long");

	/* Quotes keep their bar on every line. */
	const struct render_line *q = find_line(doc, "> Quoted");
	assert_true(g_str_has_prefix(q[1].text, "> "));

	/* Entities decoded, a no-break space kept, the hard break honoured. */
	assert_non_null(strstr(text, "Hard\xc2\xa0space"));
	assert_non_null(strstr(text, "andété"));
	assert_non_null(strstr(text, "line\nbreak."));
	g_free(text);
	render_doc_free(doc);

	/* Reflow: the same text at another width is re-laid out. */
	doc = render(sample, 60);
	check_lines(doc, 60, "sample at 60");
	find_line(doc, "- first item that is long enough to wrap onto a second");
	render_doc_free(doc);
}

static void test_render_wide_and_accented_text(void **state)
{
	/* Accented letters take one column, CJK two, a combining accent none;
	 * a word wider than the line is cut between characters. */
	assert_int_equal(render_text_width("élégant", -1), 7);
	assert_int_equal(render_text_width("日本語", -1), 6);
	assert_int_equal(render_text_width("e\xcc\x81" "t\xc3\xa9", -1), 3);

#define E_COMBINING "e\xcc\x81" /* e and a combining acute accent */
	const char *md = "Éléphant ééééééééééééééééééééééé 日本語日本語日本語日本語 "
		E_COMBINING E_COMBINING E_COMBINING E_COMBINING E_COMBINING E_COMBINING
		E_COMBINING E_COMBINING E_COMBINING E_COMBINING E_COMBINING E_COMBINING
		" fin.\n";
	for (int width = RENDER_MIN_WIDTH; width <= 40; width++) {
		struct render_doc *doc = render(md, width);
		check_lines(doc, width, "wide text");
		/* No line starts with a combining mark: it stays with its letter. */
		for (size_t i = 0; i < doc->n_lines; i++)
			assert_false(g_unichar_ismark(g_utf8_get_char(doc->lines[i].text)));
		render_doc_free(doc);
	}
	/* Narrower than the minimum lays out at the minimum. */
	struct render_doc *doc = render(md, 3);
	assert_int_equal(doc->width, RENDER_MIN_WIDTH);
	check_lines(doc, RENDER_MIN_WIDTH, "minimum width");
	render_doc_free(doc);

	/* French punctuation stays with its word at every width. */
	const char *fr = "Le massage profond ; un flush léger : voilà ! Vraiment ? "
			 "« Jamais la veille » dit-elle.\n";
	for (int width = RENDER_MIN_WIDTH; width <= 40; width++) {
		struct render_doc *d = render(fr, width);
		check_lines(d, width, "French punctuation");
		check_french_breaks(d, "French punctuation");
		render_doc_free(d);
	}

	/* Invalid UTF-8 in the input never reaches the output. */
	doc = render("caf\xc3 au \xff lait\n", 20);
	check_lines(doc, 20, "invalid input");
	render_doc_free(doc);
}

/* ---- ranking ---- */

static size_t position(const struct ranked_article *r, size_t n, const char *slug)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(r[i].article->slug, slug) == 0)
			return i;
	fail_msg("%s is not ranked", slug);
	return n;
}

static struct ranked_article *rank(const struct article_index *idx, const struct rank_state *st,
				   size_t *n)
{
	struct ranked_article *r = articles_rank(idx, st, n);
	for (size_t i = 0; i < *n; i++) {
		assert_non_null(r[i].why);
		assert_true(r[i].why[0] != '\0');
		assert_null(strchr(r[i].why, '\n'));
		if (i > 0)
			assert_true(r[i - 1].score >= r[i].score);
	}
	return r;
}

#define NOW ((wtime)20000 * SECONDS_PER_DAY + 9 * 3600)

static void test_rank_sore_it_band(void **state)
{
	struct article_index *idx = load(ARTICLE_LANG_EN);
	struct rank_sore sore[] = { { REGION_IT_BAND, SIDE_LEFT, 6, 0 } };
	struct rank_state st = { .now = NOW, .sore = sore, .n_sore = 1 };
	size_t n;
	struct ranked_article *r = rank(idx, &st, &n);
	assert_int_equal(n, idx->n_articles);
	assert_string_equal(r[0].article->slug, "it-band");
	assert_non_null(strstr(r[0].why, "left IT band"));
	assert_non_null(strstr(r[0].why, "6/10"));
	ranked_articles_free(r, n);

	/* The same at 0/10 is not soreness. */
	sore[0].level = 0;
	r = rank(idx, &st, &n);
	assert_null(strstr(r[0].why, "IT band"));
	ranked_articles_free(r, n);
	articles_free(idx);
}

static void test_rank_race_week_and_taper(void **state)
{
	struct article_index *idx = load(ARTICLE_LANG_EN);
	enum article_phase phases[] = { ARTICLE_PHASE_RACE_WEEK, ARTICLE_PHASE_TAPER };
	for (size_t k = 0; k < G_N_ELEMENTS(phases); k++) {
		struct rank_state st = { .now = NOW, .phase = phases[k] };
		size_t n;
		struct ranked_article *r = rank(idx, &st, &n);
		if (position(r, n, "race-timing") >= 3)
			fail_msg("%s: race-timing is at %zu", article_phase_id(phases[k]),
				 position(r, n, "race-timing") + 1);
		ranked_articles_free(r, n);
	}
	/* Tapering: "plan the last deep session" only for a runner who has had
	 * deep work; for one who has not, the plan refuses a first one. */
	{
		struct rank_state st = { .now = NOW, .phase = ARTICLE_PHASE_TAPER };
		size_t n, p;
		struct ranked_article *r = rank(idx, &st, &n);

		p = position(r, n, "race-timing");
		assert_non_null(strstr(r[p].why, "no deep work for the first time"));
		ranked_articles_free(r, n);
		st.had_deep_work = true;
		r = rank(idx, &st, &n);
		p = position(r, n, "race-timing");
		assert_non_null(strstr(r[p].why, "plan the last deep session"));
		ranked_articles_free(r, n);
	}

	/* Done when: a sore left IT band in taper week puts both first. */
	struct rank_sore sore[] = { { REGION_IT_BAND, SIDE_LEFT, 6, 0 } };
	struct rank_state st = { .now = NOW, .phase = ARTICLE_PHASE_TAPER, .sore = sore,
				 .n_sore = 1 };
	size_t n;
	struct ranked_article *r = rank(idx, &st, &n);
	assert_true(position(r, n, "race-timing") < 2);
	assert_true(position(r, n, "it-band") < 2);
	assert_non_null(strstr(r[position(r, n, "race-timing")].why, "taper"));
	ranked_articles_free(r, n);
	articles_free(idx);
}

static void test_rank_after_long_run(void **state)
{
	struct article_index *idx = load(ARTICLE_LANG_EN);
	struct rank_state st = { .now = NOW, .effort = RANK_EFFORT_LONG_RUN,
				 .effort_days_ago = 1 };
	size_t n;
	struct ranked_article *r = rank(idx, &st, &n);
	size_t at = position(r, n, "soreness-doms");
	assert_true(at < 2);
	assert_non_null(strstr(r[at].why, "1 day ago"));
	ranked_articles_free(r, n);

	/* A race two days ago too; a week ago no longer. */
	st.effort = RANK_EFFORT_RACE;
	st.effort_days_ago = 2;
	r = rank(idx, &st, &n);
	at = position(r, n, "soreness-doms");
	assert_true(at < 2);
	assert_non_null(strstr(r[at].why, "raced"));
	ranked_articles_free(r, n);
	st.effort_days_ago = 7;
	r = rank(idx, &st, &n);
	assert_null(strstr(r[position(r, n, "soreness-doms")].why, "raced"));
	ranked_articles_free(r, n);
	articles_free(idx);
}

static void test_rank_see_professional(void **state)
{
	struct article_index *idx = load(ARTICLE_LANG_EN);
	struct rank_sore sore[] = { { REGION_HAMSTRING, SIDE_RIGHT, 8, 0 },
				    { REGION_CALF, SIDE_LEFT, 3, 0 } };
	struct rank_sore pro[] = { { REGION_HAMSTRING, SIDE_RIGHT, 8, 5 } };
	struct rank_state st = { .now = NOW, .sore = sore, .n_sore = 2,
				 .see_professional = pro, .n_see_professional = 1 };
	size_t n;
	struct ranked_article *r = rank(idx, &st, &n);
	/* The triage piece first, then coming back from an injury. */
	assert_string_equal(r[0].article->slug, "sore-or-injured");
	assert_string_equal(r[1].article->slug, "injury-recovery");
	for (size_t i = 0; i < 2; i++) {
		assert_non_null(strstr(r[i].why, "physiotherapist"));
		assert_non_null(strstr(r[i].why, "right hamstring"));
		assert_non_null(strstr(r[i].why, "5 days"));
	}
	ranked_articles_free(r, n);
	articles_free(idx);
}

/* A flagged Achilles: the triage piece, and the article about the Achilles
 * itself above the foot's, which only mentions it. */
static void test_rank_flagged_achilles(void **state)
{
	struct article_index *idx = load(ARTICLE_LANG_EN);
	struct rank_sore sore[] = { { REGION_ACHILLES, SIDE_LEFT, 8, 0 } };
	struct rank_sore pro[] = { { REGION_ACHILLES, SIDE_LEFT, 8, 0 } };
	struct rank_state st = { .now = NOW, .sore = sore, .n_sore = 1,
				 .see_professional = pro, .n_see_professional = 1 };
	for (int flagged_only = 0; flagged_only < 2; flagged_only++) {
		/* The engine may list a flagged region as sore too, or not. */
		st.n_sore = flagged_only ? 0 : 1;
		size_t n;
		struct ranked_article *r = rank(idx, &st, &n);
		assert_string_equal(r[0].article->slug, "sore-or-injured");
		assert_non_null(strstr(r[0].why, "left Achilles"));
		if (position(r, n, "calves-achilles") > position(r, n, "plantar-fascia"))
			fail_msg("plantar-fascia (%zu) above calves-achilles (%zu)",
				 position(r, n, "plantar-fascia") + 1,
				 position(r, n, "calves-achilles") + 1);
		ranked_articles_free(r, n);
	}
	articles_free(idx);
}

/* Nothing logged at all: the first visit, then how often; no tie with the
 * rest, so the alphabet decides nothing. */
static void test_rank_new_user(void **state)
{
	for (int l = 0; l < ARTICLE_LANG_COUNT; l++) {
		struct article_index *idx = load((enum article_lang)l);
		struct rank_state st = { .now = NOW, .no_massage = true, .no_history = true };
		size_t n;
		struct ranked_article *r = rank(idx, &st, &n);
		assert_string_equal(r[0].article->slug, "first-massage");
		assert_string_equal(r[1].article->slug, "how-often");
		assert_true(r[0].score > r[1].score);
		assert_true(r[1].score > r[2].score);
		ranked_articles_free(r, n);

		/* With history but no massage: still there, behind what hurts. */
		struct rank_sore sore[] = { { REGION_IT_BAND, SIDE_LEFT, 6, 0 } };
		st.no_history = false;
		st.sore = sore;
		st.n_sore = 1;
		r = rank(idx, &st, &n);
		assert_string_equal(r[0].article->slug, "it-band");
		assert_true(position(r, n, "first-massage") < 4);
		ranked_articles_free(r, n);

		/* A massage logged: no longer pushed. */
		struct rank_state known = { .now = NOW };
		r = rank(idx, &known, &n);
		for (size_t i = 0; i < n; i++)
			assert_null(strstr(r[i].why, "No massage logged"));
		/* Below its base: it never leads for someone with sessions logged. */
		assert_int_equal(r[position(r, n, "first-massage")].score, 5);
		assert_string_not_equal(r[0].article->slug, "first-massage");
		ranked_articles_free(r, n);
		articles_free(idx);
	}
}

static void test_rank_mild_soreness(void **state)
{
	struct article_index *idx = load(ARTICLE_LANG_EN);
	struct rank_sore sore[] = { { REGION_CALF, SIDE_LEFT, 2, 0 },
				    { REGION_CALF, SIDE_RIGHT, 3, 0 } };
	struct rank_state st = { .now = NOW, .sore = sore, .n_sore = 2 };
	size_t n;
	struct ranked_article *r = rank(idx, &st, &n);
	assert_string_equal(r[0].article->slug, "foam-rolling");
	assert_non_null(strstr(r[0].why, "right calf at 3/10"));
	ranked_articles_free(r, n);

	/* Not mild any more: the region's own article leads. */
	sore[1].level = 7;
	r = rank(idx, &st, &n);
	assert_string_equal(r[0].article->slug, "calves-achilles");
	ranked_articles_free(r, n);
	articles_free(idx);
}

static void test_rank_after_marathon(void **state)
{
	struct article_index *idx = load(ARTICLE_LANG_EN);
	for (int d = 0; d <= RANK_LONG_RACE_DAYS; d++) {
		struct rank_state st = { .now = NOW, .long_race = true, .long_race_days_ago = d,
					 .phase = ARTICLE_PHASE_RECOVERY };
		if (d <= RANK_EFFORT_DAYS) {
			st.effort = RANK_EFFORT_RACE;
			st.effort_days_ago = d;
		}
		size_t n;
		struct ranked_article *r = rank(idx, &st, &n);
		if (strcmp(r[0].article->slug, "after-marathon") != 0)
			fail_msg("%d days after a marathon: %s first", d, r[0].article->slug);
		assert_non_null(strstr(r[0].why, "marathon"));
		ranked_articles_free(r, n);
	}
	/* Without a long race, recovery after a shorter one does not lead
	 * with it. */
	struct rank_state st = { .now = NOW, .phase = ARTICLE_PHASE_RECOVERY,
				 .effort = RANK_EFFORT_RACE, .effort_days_ago = 1 };
	size_t n;
	struct ranked_article *r = rank(idx, &st, &n);
	assert_string_not_equal(r[0].article->slug, "after-marathon");
	ranked_articles_free(r, n);
	articles_free(idx);
}

/* Races read as the engine reads them: C races, and races on the calendar
 * that were not logged as runs. */
static void test_rank_state_races(void **state)
{
	struct history h = { 0 };
	wtime now = hb_at(10, 18);
	int days = -2;

	assert_int_equal(rank_recent_effort(&h, now, &days), RANK_EFFORT_NONE);
	assert_int_equal(days, -1);
	assert_false(rank_recent_long_race(&h, now, &days));

	/* A C 10 km on the calendar two days ago, never logged as a run. */
	hb_race(&h, 8, "Tune-up 10 km", 10, 'C');
	assert_int_equal(rank_recent_effort(&h, now, &days), RANK_EFFORT_RACE);
	assert_int_equal(days, 2);
	assert_false(rank_recent_long_race(&h, now, &days));

	/* Today's race on the calendar may still be ahead: not an effort yet. */
	hb_race(&h, 10, "Marathon", 42.2, 'A');
	assert_int_equal(rank_recent_effort(&h, now, &days), RANK_EFFORT_RACE);
	assert_int_equal(days, 2);
	assert_false(rank_recent_long_race(&h, now, &days));
	/* Logged as a run this morning: it is. */
	hb_run(&h, 10, 42.0, 200, RUN_RACE, 9);
	assert_int_equal(rank_recent_effort(&h, now, &days), RANK_EFFORT_RACE);
	assert_int_equal(days, 0);
	assert_true(rank_recent_long_race(&h, now, &days));
	assert_int_equal(days, 0);
	/* Nine days on, the soreness window is over, the marathon's is not. */
	wtime later = hb_at(19, 18);
	assert_int_equal(rank_recent_effort(&h, later, &days), RANK_EFFORT_NONE);
	assert_true(rank_recent_long_race(&h, later, &days));
	assert_int_equal(days, 9);
	assert_false(rank_recent_long_race(&h, hb_at(10 + RANK_LONG_RACE_DAYS + 1, 18), &days));
	history_clear(&h);

	/* A C marathon on the calendar, not logged: counts too. */
	struct history c = { 0 };
	hb_race(&c, 5, "Ultra", 50, 'C');
	assert_true(rank_recent_long_race(&c, now, &days));
	assert_int_equal(days, 5);
	history_clear(&c);
}

/* The ranking's state from the plan made at `now`, as knead articles and the
 * Today screen make it. */
static void rank_inputs_from_history(struct rank_inputs *in, const struct history *h, wtime now)
{
	struct advice a;

	advice_next(h, now, &a);
	rank_inputs_from_advice(in, h, &a, now);
	advice_clear(&a);
}

/* The soreness and the phase are the plan's: the ranking reads no soreness
 * of its own (a plan without the reading gives a state without it). */
static void test_rank_state_from_plan(void **state)
{
	struct history h = { 0 };
	struct rank_inputs in;
	struct advice a;
	wtime now = hb_at(10, 18);

	(void)state;
	hb_run(&h, 8, 10, 55, RUN_EASY, 4);
	hb_sore(&h, 9, REGION_CALF, SIDE_LEFT, 5);
	advice_next(&h, now, &a);
	assert_true(a.n_sore > 0);
	rank_inputs_from_advice(&in, &h, &a, now);
	assert_int_equal(in.state.n_sore, 1);
	assert_int_equal(in.state.sore[0].region, REGION_CALF);
	assert_int_equal(in.state.sore[0].side, SIDE_LEFT);
	assert_int_equal(in.state.sore[0].days, 1);
	rank_inputs_clear(&in);

	a.n_sore = 0;
	rank_inputs_from_advice(&in, &h, &a, now);
	assert_int_equal(in.state.n_sore, 0);
	rank_inputs_clear(&in);
	advice_clear(&a);
	history_clear(&h);
}

static void test_rank_state_newcomer(void **state)
{
	struct history h = { 0 };
	struct rank_inputs in;
	wtime now = hb_at(10, 18);

	rank_inputs_from_history(&in, &h, now);
	assert_true(in.state.no_history);
	assert_true(in.state.no_massage);
	rank_inputs_clear(&in);

	hb_run(&h, 9, 8, 45, RUN_EASY, 3);
	hb_massage(&h, 12, MASSAGE_SPORTS); /* booked ahead: not had yet */
	rank_inputs_from_history(&in, &h, now);
	assert_false(in.state.no_history);
	assert_true(in.state.no_massage);
	rank_inputs_clear(&in);

	hb_massage(&h, 3, MASSAGE_FLUSH);
	rank_inputs_from_history(&in, &h, now);
	assert_false(in.state.no_massage);
	rank_inputs_clear(&in);
	history_clear(&h);
}

static void test_rank_recently_read_sinks(void **state)
{
	struct article_index *idx = load(ARTICLE_LANG_EN);
	struct rank_sore sore[] = { { REGION_IT_BAND, SIDE_RIGHT, 5, 0 } };
	struct rank_read reads[] = { { "it-band", NOW - 2 * 3600 }, { "how-often", NOW - 40 * 86400 } };
	struct rank_state st = { .now = NOW, .sore = sore, .n_sore = 1 };
	size_t n;
	struct ranked_article *before = rank(idx, &st, &n);
	size_t it_before = position(before, n, "it-band");
	int score_before = before[it_before].score;
	size_t how_before = position(before, n, "how-often");

	st.reads = reads;
	st.n_reads = 2;
	struct ranked_article *after = rank(idx, &st, &n);
	size_t it_after = position(after, n, "it-band");
	assert_true(it_after > it_before);
	assert_true(after[it_after].score < score_before);
	/* A reading from over a month ago changes nothing. */
	assert_int_equal(position(after, n, "how-often") <= how_before + 1, 1);
	assert_true(after[position(after, n, "how-often")].score ==
		    before[how_before].score);

	/* Read with nothing else to say for it: the why says so. */
	struct rank_read read_bg[] = { { "how-often", NOW - 3 * 86400 } };
	struct rank_state quiet = { .now = NOW, .reads = read_bg, .n_reads = 1 };
	struct ranked_article *q = rank(idx, &quiet, &n);
	assert_string_equal(q[position(q, n, "how-often")].why, "You read this 3 days ago");
	ranked_articles_free(q, n);
	ranked_articles_free(before, n);
	ranked_articles_free(after, n);
	articles_free(idx);
}

static void test_rank_only_region(void **state)
{
	struct article_index *idx = load(ARTICLE_LANG_EN);
	for (int reg = 0; reg < REGION_COUNT; reg++) {
		struct rank_state st = { .now = NOW, .only_region = true, .region = reg };
		size_t n;
		struct ranked_article *r = rank(idx, &st, &n);
		assert_true(n > 0);
		for (size_t i = 0; i < n; i++)
			assert_true(article_region_position(r[i].article, reg) >= 0);
		/* The first names the region first, when one does. */
		bool any_first = false;
		for (size_t i = 0; i < idx->n_articles; i++)
			any_first = any_first || (idx->articles[i].n_regions > 0 &&
						  idx->articles[i].regions[0] == (enum region)reg);
		if (any_first && r[0].article->regions[0] != (enum region)reg)
			fail_msg("--region %s: %s comes first", region_id(reg),
				 r[0].article->slug);
		ranked_articles_free(r, n);
	}
	articles_free(idx);
}

/* The rules on a made-up library, so they hold whatever the articles say. */
static void test_rank_rules_on_a_small_library(void **state)
{
	enum region calf_only[] = { REGION_CALF };
	enum region knee_calf[] = { REGION_KNEE, REGION_CALF };
	struct article a[] = {
		{ .slug = "general", .title = "General", .regions = knee_calf, .n_regions = 2,
		  .topics = 1u << TOPIC_INJURY_PREVENTION,
		  .topic_order = { TOPIC_INJURY_PREVENTION }, .n_topics = 1 },
		{ .slug = "calf", .title = "Calf", .regions = calf_only, .n_regions = 1,
		  .topics = 1u << TOPIC_REGION, .topic_order = { TOPIC_REGION }, .n_topics = 1 },
		{ .slug = "timing", .title = "Timing", .topics = 1u << TOPIC_TIMING,
		  .topic_order = { TOPIC_TIMING }, .n_topics = 1,
		  .phases = 1u << ARTICLE_PHASE_TAPER },
		{ .slug = "aside", .title = "Aside",
		  .topics = (1u << TOPIC_SLEEP) | (1u << TOPIC_TIMING),
		  .topic_order = { TOPIC_SLEEP, TOPIC_TIMING }, .n_topics = 2 },
	};
	struct article_index idx = { .articles = a, .n_articles = G_N_ELEMENTS(a) };
	size_t n;

	/* Nothing known: the index's order, general before region pieces. */
	struct rank_state st = { .now = NOW };
	struct ranked_article *r = rank(&idx, &st, &n);
	assert_string_equal(r[0].article->slug, "general");
	assert_string_equal(r[n - 1].article->slug, "calf");
	assert_string_equal(r[position(r, n, "timing")].why,
			    "Background: timing massage around races");
	ranked_articles_free(r, n);

	/* A higher level counts more; the article specific to the region wins. */
	struct rank_sore low[] = { { REGION_CALF, SIDE_LEFT, 2, 0 } };
	struct rank_sore high[] = { { REGION_CALF, SIDE_LEFT, 7, 0 } };
	st.sore = low;
	st.n_sore = 1;
	r = rank(&idx, &st, &n);
	int calf_low = r[position(r, n, "calf")].score;
	ranked_articles_free(r, n);
	st.sore = high;
	r = rank(&idx, &st, &n);
	assert_string_equal(r[0].article->slug, "calf");
	assert_true(r[0].score > calf_low);
	assert_true(position(r, n, "general") == 1);
	ranked_articles_free(r, n);

	/* Both sides sore count more than one. */
	struct rank_sore both[] = { { REGION_CALF, SIDE_LEFT, 7, 0 },
				    { REGION_CALF, SIDE_RIGHT, 7, 0 } };
	st.sore = both;
	st.n_sore = 2;
	r = rank(&idx, &st, &n);
	assert_true(r[0].score > r[position(r, n, "general")].score);
	int two = r[0].score;
	ranked_articles_free(r, n);
	st.n_sore = 1;
	r = rank(&idx, &st, &n);
	assert_true(two > r[0].score);
	ranked_articles_free(r, n);

	/* Tapering: the main timing article above the one that mentions it. */
	struct rank_state taper = { .now = NOW, .phase = ARTICLE_PHASE_TAPER };
	r = rank(&idx, &taper, &n);
	assert_string_equal(r[0].article->slug, "timing");
	assert_string_equal(r[1].article->slug, "aside");
	ranked_articles_free(r, n);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_file_parses),
		cmocka_unit_test(test_same_slugs_in_both_languages),
		cmocka_unit_test(test_every_region_has_an_article),
		cmocka_unit_test(test_length_in_words),
		cmocka_unit_test(test_no_prose_shared_between_articles),
		cmocka_unit_test(test_front_matter_errors),
		cmocka_unit_test(test_english_fills_in_for_a_missing_translation),
		cmocka_unit_test(test_language_from_locale),
		cmocka_unit_test(test_articles_render_at_every_width),
		cmocka_unit_test(test_render_markdown_forms),
		cmocka_unit_test(test_render_wide_and_accented_text),
		cmocka_unit_test(test_rank_sore_it_band),
		cmocka_unit_test(test_rank_race_week_and_taper),
		cmocka_unit_test(test_rank_after_long_run),
		cmocka_unit_test(test_rank_see_professional),
		cmocka_unit_test(test_rank_flagged_achilles),
		cmocka_unit_test(test_rank_new_user),
		cmocka_unit_test(test_rank_mild_soreness),
		cmocka_unit_test(test_rank_after_marathon),
		cmocka_unit_test(test_rank_state_races),
		cmocka_unit_test(test_rank_state_newcomer),
		cmocka_unit_test(test_rank_state_from_plan),
		cmocka_unit_test(test_rank_recently_read_sinks),
		cmocka_unit_test(test_rank_only_region),
		cmocka_unit_test(test_rank_rules_on_a_small_library),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

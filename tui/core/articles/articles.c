/* SPDX-License-Identifier: GPL-3.0-or-later */
/* articles.c - finding, indexing and reading knead's articles. */
#include "config.h"

#include <string.h>

#include "core/articles/articles.h"
#include "core/error.h"
#include "core/i18n.h"
#include "core/paths.h"
#include "core/regions.h"

/* GKeyFile needs a group: the front matter is read as if under this one. */
#define FRONT_GROUP "article"
#define FRONT_MARK "+++"

static const char *const lang_ids[ARTICLE_LANG_COUNT] = { "en", "fr" };

static const char *const topic_ids[TOPIC_COUNT] = {
	[TOPIC_INJURY_PREVENTION] = "injury-prevention",
	[TOPIC_INJURY_RECOVERY] = "injury-recovery",
	[TOPIC_CIRCULATION] = "circulation",
	[TOPIC_FLEXIBILITY] = "flexibility",
	[TOPIC_DOMS] = "doms",
	[TOPIC_SLEEP] = "sleep",
	[TOPIC_TIMING] = "timing",
	[TOPIC_FREQUENCY] = "frequency",
	[TOPIC_MASSAGE_TYPES] = "massage-types",
	[TOPIC_THERAPIST] = "therapist",
	[TOPIC_REGION] = "region",
	[TOPIC_TRIAGE] = "triage",
	[TOPIC_SELF_CARE] = "self-care",
	[TOPIC_AFTER_RACE] = "after-race",
	[TOPIC_FIRST_VISIT] = "first-visit",
};

static const char *const phase_ids[ARTICLE_PHASE_COUNT] = {
	[ARTICLE_PHASE_NONE] = "none",
	[ARTICLE_PHASE_BASE] = "base",
	[ARTICLE_PHASE_BUILD] = "build",
	[ARTICLE_PHASE_PEAK] = "peak",
	[ARTICLE_PHASE_TAPER] = "taper",
	[ARTICLE_PHASE_RACE_WEEK] = "race-week",
	[ARTICLE_PHASE_RECOVERY] = "recovery",
};

static const char *const front_keys[] = { "slug", "title", "regions", "topics", "phases" };

static bool id_lookup(const char *const *ids, size_t n, const char *s, int *out)
{
	if (s == NULL)
		return false;
	for (size_t i = 0; i < n; i++) {
		if (strcmp(ids[i], s) == 0) {
			*out = (int)i;
			return true;
		}
	}
	return false;
}

const char *article_lang_id(enum article_lang l)
{
	return (unsigned)l < ARTICLE_LANG_COUNT ? lang_ids[l] : NULL;
}

bool article_lang_from_id(const char *s, enum article_lang *out)
{
	int i;
	if (!id_lookup(lang_ids, ARTICLE_LANG_COUNT, s, &i))
		return false;
	*out = (enum article_lang)i;
	return true;
}

const char *article_topic_id(enum article_topic t)
{
	return (unsigned)t < TOPIC_COUNT ? topic_ids[t] : NULL;
}

bool article_topic_from_id(const char *s, enum article_topic *out)
{
	int i;
	if (!id_lookup(topic_ids, TOPIC_COUNT, s, &i))
		return false;
	*out = (enum article_topic)i;
	return true;
}

const char *article_phase_id(enum article_phase p)
{
	return (unsigned)p < ARTICLE_PHASE_COUNT ? phase_ids[p] : NULL;
}

bool article_phase_from_id(const char *s, enum article_phase *out)
{
	int i;
	if (!id_lookup(phase_ids, ARTICLE_PHASE_COUNT, s, &i))
		return false;
	*out = (enum article_phase)i;
	return true;
}

int article_region_position(const struct article *a, enum region r)
{
	for (size_t i = 0; i < a->n_regions; i++)
		if (a->regions[i] == r)
			return (int)i;
	return -1;
}

int article_topic_position(const struct article *a, enum article_topic t)
{
	for (size_t i = 0; i < a->n_topics; i++)
		if (a->topic_order[i] == t)
			return (int)i;
	return -1;
}

enum article_lang articles_lang_from_locale(void)
{
	/* TRANSLATORS: the language code of this translation ("fr" in fr.po):
	 * knead shows the articles written in it, so that they always come in
	 * the language of the messages. */
	const char *code = C_("language of the articles", "en");

	return strncmp(code, "fr", 2) == 0 ? ARTICLE_LANG_FR : ARTICLE_LANG_EN;
}

static bool dir_has_articles(const char *dir)
{
	char *en = g_build_filename(dir, "en", NULL);
	bool ok = g_file_test(en, G_FILE_TEST_IS_DIR);
	g_free(en);
	return ok;
}

char *articles_find_dir(GError **err)
{
	const char *env = g_getenv("KNEAD_DATADIR");
	char *installed = paths_data_dir();
	char *source = paths_source_data_dir(); /* run from the build tree */
	const char *bases[] = { env, installed, source };
	for (size_t i = 0; i < G_N_ELEMENTS(bases); i++) {
		if (bases[i] == NULL || bases[i][0] == '\0')
			continue;
		char *dir = g_build_filename(bases[i], "articles", NULL);
		if (dir_has_articles(dir)) {
			g_free(installed);
			g_free(source);
			return dir;
		}
		g_free(dir);
	}
	/* The place looked at, found from the running binary (paths.h). */
	g_free(source);
	g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
		    _("cannot find the articles (expected them in %s/articles, or in "
		      "$KNEAD_DATADIR/articles)"),
		    installed);
	g_free(installed);
	return NULL;
}

void article_clear(struct article *a)
{
	g_free(a->slug);
	g_free(a->title);
	g_free(a->path);
	g_free(a->regions);
	memset(a, 0, sizeof(*a));
}

/* The end of the line starting at p (the '\n' or the end of the text). */
static const char *line_end(const char *p, const char *end)
{
	const char *nl = memchr(p, '\n', (size_t)(end - p));
	return nl != NULL ? nl : end;
}

/* Whether [p, e) is the "+++" delimiter, allowing trailing blanks and \r. */
static bool is_mark_line(const char *p, const char *e)
{
	size_t n = strlen(FRONT_MARK);
	if ((size_t)(e - p) < n || memcmp(p, FRONT_MARK, n) != 0)
		return false;
	for (p += n; p < e; p++)
		if (*p != ' ' && *p != '\t' && *p != '\r')
			return false;
	return true;
}

static char *expected_ids(const char *const *ids, size_t n)
{
	GString *s = g_string_new(NULL);
	for (size_t i = 0; i < n; i++)
		g_string_append_printf(s, "%s%s", i ? ", " : "", ids[i]);
	return g_string_free(s, FALSE);
}

static char *expected_regions(void)
{
	const char *ids[REGION_COUNT];
	for (int r = 0; r < REGION_COUNT; r++)
		ids[r] = region_id((enum region)r);
	return expected_ids(ids, REGION_COUNT);
}

/* The items of the list under `key`, blanks trimmed; an empty value is an
 * empty list.  g_strfreev() it. */
static char **front_list(GKeyFile *kf, const char *path, const char *key, gsize *n,
			 GError **err)
{
	GError *e = NULL;
	char **items = g_key_file_get_string_list(kf, FRONT_GROUP, key, n, &e);
	if (items == NULL) {
		/* "regions =" with nothing after it is an empty list. */
		char *raw = g_key_file_get_value(kf, FRONT_GROUP, key, NULL);
		bool empty = raw != NULL && g_strstrip(raw)[0] == '\0';
		g_free(raw);
		if (empty) {
			g_clear_error(&e);
			*n = 0;
			return g_new0(char *, 1);
		}
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_INVALID,
			    _("%s: cannot read the key \"%s\" (%s)"), path, key, e->message);
		g_error_free(e);
		return NULL;
	}
	for (gsize i = 0; i < *n; i++)
		g_strstrip(items[i]);
	return items;
}

static bool front_check_keys(GKeyFile *kf, const char *path, GError **err)
{
	gsize n = 0;
	char **keys = g_key_file_get_keys(kf, FRONT_GROUP, &n, NULL);
	bool ok = true;
	for (gsize i = 0; ok && keys != NULL && i < n; i++) {
		bool known = false;
		for (size_t k = 0; k < G_N_ELEMENTS(front_keys); k++)
			known = known || strcmp(keys[i], front_keys[k]) == 0;
		if (!known) {
			char *exp = expected_ids(front_keys, G_N_ELEMENTS(front_keys));
			g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_INVALID,
				    _("%s: unknown key \"%s\" in the front matter (expected %s)"),
				    path, keys[i], exp);
			g_free(exp);
			ok = false;
		}
	}
	g_strfreev(keys);
	for (size_t k = 0; ok && k < G_N_ELEMENTS(front_keys); k++) {
		if (!g_key_file_has_key(kf, FRONT_GROUP, front_keys[k], NULL)) {
			g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_INVALID,
				    _("%s: the key \"%s\" is missing from the front matter"),
				    path, front_keys[k]);
			ok = false;
		}
	}
	return ok;
}

/* The slug a file name promises: "dir/it-band.md" -> "it-band". */
static char *slug_of_path(const char *path)
{
	char *base = g_path_get_basename(path);
	if (g_str_has_suffix(base, ".md"))
		base[strlen(base) - 3] = '\0';
	return base;
}

/* slug (the file's name) and title (not empty). */
static bool front_fill_names(GKeyFile *kf, const char *path, struct article *a, GError **err)
{
	a->slug = g_key_file_get_string(kf, FRONT_GROUP, "slug", NULL);
	a->title = g_key_file_get_string(kf, FRONT_GROUP, "title", NULL);
	g_strstrip(a->slug);
	g_strstrip(a->title);
	char *want = slug_of_path(path);
	bool same = strcmp(a->slug, want) == 0;
	if (!same)
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_INVALID,
			    _("%s: the key \"slug\" is \"%s\" (expected \"%s\", the file name)"),
			    path, a->slug, want);
	g_free(want);
	if (!same)
		return false;
	if (a->title[0] == '\0') {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_INVALID,
			    _("%s: the key \"title\" is empty (expected the article's title)"),
			    path);
		return false;
	}
	return true;
}

static bool front_fill_regions(GKeyFile *kf, const char *path, struct article *a, GError **err)
{
	gsize n = 0;
	char **items = front_list(kf, path, "regions", &n, err);
	if (items == NULL)
		return false;
	a->regions = g_malloc0_n(n ? n : 1, sizeof(*a->regions));
	for (gsize i = 0; i < n; i++) {
		if (!region_from_id(items[i], &a->regions[a->n_regions])) {
			char *exp = expected_regions();
			g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_INVALID,
				    _("%s: the key \"regions\" names \"%s\", which is not a region "
				      "(expected %s)"),
				    path, items[i], exp);
			g_free(exp);
			g_strfreev(items);
			return false;
		}
		a->n_regions++;
	}
	g_strfreev(items);
	return true;
}

/* One topic at least; topic_order keeps them as written. */
static bool front_fill_topics(GKeyFile *kf, const char *path, struct article *a, GError **err)
{
	gsize n = 0;
	char **items = front_list(kf, path, "topics", &n, err);
	if (items == NULL)
		return false;
	for (gsize i = 0; i < n; i++) {
		enum article_topic t;
		if (!article_topic_from_id(items[i], &t)) {
			char *exp = expected_ids(topic_ids, TOPIC_COUNT);
			g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_INVALID,
				    _("%s: the key \"topics\" names \"%s\", which is not a topic "
				      "(expected %s)"),
				    path, items[i], exp);
			g_free(exp);
			g_strfreev(items);
			return false;
		}
		if (!article_has_topic(a, t))
			a->topic_order[a->n_topics++] = t;
		a->topics |= 1u << t;
	}
	g_strfreev(items);
	if (a->topics == 0) {
		char *exp = expected_ids(topic_ids, TOPIC_COUNT);
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_INVALID,
			    _("%s: the key \"topics\" is empty (expected one or more of %s)"),
			    path, exp);
		g_free(exp);
		return false;
	}
	return true;
}

static bool front_fill_phases(GKeyFile *kf, const char *path, struct article *a, GError **err)
{
	gsize n = 0;
	char **items = front_list(kf, path, "phases", &n, err);
	if (items == NULL)
		return false;
	for (gsize i = 0; i < n; i++) {
		enum article_phase p;
		if (!article_phase_from_id(items[i], &p)) {
			char *exp = expected_ids(phase_ids, ARTICLE_PHASE_COUNT);
			g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_INVALID,
				    _("%s: the key \"phases\" names \"%s\", which is not a phase "
				      "(expected %s)"),
				    path, items[i], exp);
			g_free(exp);
			g_strfreev(items);
			return false;
		}
		a->phases |= 1u << p;
	}
	g_strfreev(items);
	return true;
}

/* The front matter into a, key by key; the first fault is the error. */
static bool front_fill(GKeyFile *kf, const char *path, struct article *a, GError **err)
{
	return front_check_keys(kf, path, err) && front_fill_names(kf, path, a, err) &&
	       front_fill_regions(kf, path, a, err) && front_fill_topics(kf, path, a, err) &&
	       front_fill_phases(kf, path, a, err);
}

bool article_parse(const char *path, const char *text, size_t len, struct article *out,
		   size_t *body, GError **err)
{
	memset(out, 0, sizeof(*out));
	/* The body is checked when it is read: building the index (at every
	 * start of the interface) needs only the front matter, and checking
	 * 16 whole files was a twentieth of the first frame. */
	if (body != NULL && !g_utf8_validate(text, (gssize)len, NULL)) {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_INVALID,
			    _("%s: the file is not valid UTF-8 text"), path);
		return false;
	}
	const char *end = text + len;
	const char *p = text;
	if (len >= 3 && memcmp(p, "\xef\xbb\xbf", 3) == 0) /* a byte order mark */
		p += 3;
	const char *e = line_end(p, end);
	if (!is_mark_line(p, e)) {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_INVALID,
			    _("%s: the file does not open with a front matter (expected a "
			      "first line \"+++\")"),
			    path);
		return false;
	}
	const char *front = e < end ? e + 1 : end;
	const char *front_end = NULL;
	for (p = front; p < end; p = e + 1) {
		e = line_end(p, end);
		if (is_mark_line(p, e)) {
			front_end = p;
			break;
		}
		if (e == end)
			break;
	}
	if (front_end == NULL) {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_INVALID,
			    _("%s: the front matter is not closed (expected a line \"+++\")"),
			    path);
		return false;
	}
	if (body == NULL && !g_utf8_validate(text, front_end - text, NULL)) {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_INVALID,
			    _("%s: the file is not valid UTF-8 text"), path);
		return false;
	}

	GString *ini = g_string_new("[" FRONT_GROUP "]\n");
	g_string_append_len(ini, front, front_end - front);
	GKeyFile *kf = g_key_file_new();
	GError *e2 = NULL;
	bool ok = g_key_file_load_from_data(kf, ini->str, ini->len, G_KEY_FILE_NONE, &e2);
	g_string_free(ini, TRUE);
	if (!ok) {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_INVALID,
			    _("%s: cannot read the front matter (%s)"), path, e2->message);
		g_error_free(e2);
	} else {
		ok = front_fill(kf, path, out, err);
	}
	g_key_file_free(kf);
	if (!ok) {
		article_clear(out);
		return false;
	}
	out->path = g_strdup(path);
	if (body != NULL)
		*body = e < end ? (size_t)(e + 1 - text) : len;
	return true;
}

/* Adds the slugs of DIR's *.md files to `slugs` (a set). */
static bool collect_slugs(const char *dir, GHashTable *slugs, GError **err)
{
	if (!g_file_test(dir, G_FILE_TEST_IS_DIR))
		return true;
	GError *e = NULL;
	GDir *d = g_dir_open(dir, 0, &e);
	if (d == NULL) {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
			    _("cannot read the articles in %s (%s)"), dir, e->message);
		g_error_free(e);
		return false;
	}
	const char *name;
	while ((name = g_dir_read_name(d)) != NULL) {
		if (g_str_has_suffix(name, ".md") && name[0] != '.')
			g_hash_table_add(slugs, slug_of_path(name));
	}
	g_dir_close(d);
	return true;
}

static bool load_one(const char *path, enum article_lang lang, struct article *a, GError **err)
{
	char *text = NULL;
	gsize len = 0;
	GError *e = NULL;
	if (!g_file_get_contents(path, &text, &len, &e)) {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
			    _("cannot read the article %s (%s)"), path, e->message);
		g_error_free(e);
		return false;
	}
	GError *e2 = NULL;
	bool ok = article_parse(path, text, len, a, NULL, &e2);
	g_free(text);
	if (ok) {
		a->lang = lang;
	} else {
		/* A broken file we ship is not the user's mistake: exit 1. */
		e2->code = KNEAD_ERROR_FAILED;
		g_propagate_error(err, e2);
	}
	return ok;
}

static int compare_strings(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

struct article_index *articles_load(const char *dir, enum article_lang lang, GError **err)
{
	GHashTable *slugs = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	char *en_dir = g_build_filename(dir, article_lang_id(ARTICLE_LANG_EN), NULL);
	char *lang_dir = g_build_filename(dir, article_lang_id(lang), NULL);
	struct article_index *idx = NULL;

	if (!collect_slugs(en_dir, slugs, err) ||
	    (lang != ARTICLE_LANG_EN && !collect_slugs(lang_dir, slugs, err)))
		goto out;

	guint n = 0;
	char **sorted = (char **)g_hash_table_get_keys_as_array(slugs, &n);
	qsort(sorted, n, sizeof(*sorted), compare_strings);

	idx = g_new0(struct article_index, 1);
	idx->dir = g_strdup(dir);
	idx->lang = lang;
	idx->articles = g_new0(struct article, n ? n : 1);
	for (guint i = 0; i < n; i++) {
		char *file = g_strconcat(sorted[i], ".md", NULL);
		char *path = g_build_filename(lang_dir, file, NULL);
		enum article_lang got = lang;
		if (!g_file_test(path, G_FILE_TEST_IS_REGULAR)) {
			g_free(path);
			path = g_build_filename(en_dir, file, NULL);
			got = ARTICLE_LANG_EN;
		}
		g_free(file);
		bool ok = load_one(path, got, &idx->articles[idx->n_articles], err);
		g_free(path);
		if (!ok) {
			articles_free(idx);
			idx = NULL;
			break;
		}
		idx->n_articles++;
	}
	g_free(sorted);
out:
	g_hash_table_destroy(slugs);
	g_free(en_dir);
	g_free(lang_dir);
	return idx;
}

struct article_index *articles_load_default(GError **err)
{
	char *dir = articles_find_dir(err);
	if (dir == NULL)
		return NULL;
	struct article_index *idx = articles_load(dir, articles_lang_from_locale(), err);
	g_free(dir);
	return idx;
}

void articles_free(struct article_index *idx)
{
	if (idx == NULL)
		return;
	for (size_t i = 0; i < idx->n_articles; i++)
		article_clear(&idx->articles[i]);
	g_free(idx->articles);
	g_free(idx->dir);
	g_free(idx);
}

const struct article *articles_find(const struct article_index *idx, const char *slug)
{
	for (size_t i = 0; i < idx->n_articles; i++)
		if (strcmp(idx->articles[i].slug, slug) == 0)
			return &idx->articles[i];
	return NULL;
}

char *articles_slug_list(const struct article_index *idx)
{
	GString *s = g_string_new(NULL);
	for (size_t i = 0; i < idx->n_articles; i++)
		g_string_append_printf(s, "%s%s", i ? ", " : "", idx->articles[i].slug);
	return g_string_free(s, FALSE);
}

char *article_read_body(const struct article *a, GError **err)
{
	char *text = NULL;
	gsize len = 0;
	GError *e = NULL;
	if (!g_file_get_contents(a->path, &text, &len, &e)) {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
			    _("cannot read the article %s (%s)"), a->path, e->message);
		g_error_free(e);
		return NULL;
	}
	/* Parsed again so a file edited since the index was loaded is still
	 * split at its own front matter. */
	struct article check;
	size_t body = 0;
	bool ok = article_parse(a->path, text, len, &check, &body, err);
	char *out = ok ? g_strndup(text + body, len - body) : NULL;
	if (ok)
		article_clear(&check);
	g_free(text);
	return out;
}

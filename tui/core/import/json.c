/* SPDX-License-Identifier: GPL-3.0-or-later */
/* import/json.c - knead's own JSON export (export.h) back into a database.
 *
 * The file is read as a stream (json_stream.h), one row at a time, each
 * row checked by the same rules as knead log (validate.h) and added inside
 * one transaction, in memory that does not grow with the file's size.  A
 * row that breaks the rules is left out with its reason and the rest is
 * restored; a file that is not an export, or a database error, rolls
 * everything back.
 * Rows the database already holds are left alone, so that importing the
 * same export twice adds nothing and never overwrites what the runner
 * changed since. */
#ifdef HAVE_CONFIG_H
#include <config.h>
#endif
#include <errno.h>
#include <math.h>
#include <string.h>
#include <zlib.h>
#include "core/clock.h"
#include "core/error.h"
#include "core/i18n.h"
#include "core/json_fields.h"
#include "core/import/import.h"
#include "core/import/util.h"
#include "core/import/json_stream.h"
#include "core/import/lazy.h"
#include "core/parse.h"
#include "core/regions.h"
#include "core/store/kinds.h"
#include "core/store/store.h"
#include "core/validate.h"


/* Where a bad value sits: "runs[3].start". */
struct where {
	const char *table;
	guint index;
};

/* json-glib, loaded by import_json_file (lazy.h). */
static const struct lazy_json *jg;

/* json-glib's JSON_NODE_HOLDS_*, through jg. */
static bool holds(JsonNode *n, JsonNodeType type)
{
	return jg->json_node_get_node_type(n) == type;
}

static bool is_null(JsonNode *n)
{
	return !n || holds(n, JSON_NODE_NULL);
}

/* The ops of json_fields.h with json-glib, through which each kind's
 * from_json (store/kinds.c) reads a row: the reader's context is the
 * object and where it is. */
struct object_at {
	JsonObject *o;
	const struct where *w;
};

static const struct where *where_of(const struct json_fields *f)
{
	return ((const struct object_at *)f->ctx)->w;
}

static JsonObject *object_of(const struct json_fields *f)
{
	return ((const struct object_at *)f->ctx)->o;
}

static JsonNode *member(const struct json_fields *f, const char *key)
{
	JsonObject *o = object_of(f);

	return jg->json_object_has_member(o, key) ? jg->json_object_get_member(o, key) : NULL;
}

static bool get_bad(const struct json_fields *f, const char *key, const char *msg, GError **err)
{
	const struct where *w = where_of(f);

	g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED, "%s[%u].%s: %s", w->table, w->index,
		    key, msg);
	return false;
}

static bool get_text(const struct json_fields *f, const char *key, bool optional,
		     const char **out, GError **err)
{
	JsonNode *n = member(f, key);

	*out = NULL;
	if (is_null(n)) {
		if (optional)
			return true;
		return get_bad(f, key, _("missing (expected a text)"), err);
	}
	if (!holds(n, JSON_NODE_VALUE) || jg->json_node_get_value_type(n) != G_TYPE_STRING)
		return get_bad(f, key, _("not a text"), err);
	*out = jg->json_node_get_string(n);
	return true;
}

static bool get_number(const struct json_fields *f, const char *key, bool optional, double *out,
		       bool *present, GError **err)
{
	JsonNode *n = member(f, key);
	GType t;

	*out = 0;
	if (present)
		*present = false;
	if (is_null(n)) {
		if (optional)
			return true;
		return get_bad(f, key, _("missing (expected a number)"), err);
	}
	t = holds(n, JSON_NODE_VALUE) ? jg->json_node_get_value_type(n) : G_TYPE_INVALID;
	if (t == G_TYPE_INT64)
		*out = (double)jg->json_node_get_int(n);
	else if (t == G_TYPE_DOUBLE)
		*out = jg->json_node_get_double(n);
	else
		return get_bad(f, key, _("not a number"), err);
	if (!isfinite(*out))
		return get_bad(f, key, _("not a number"), err);
	if (present)
		*present = true;
	return true;
}

static bool get_int(const struct json_fields *f, const char *key, bool optional, long min,
		    long max, int *out, GError **err)
{
	double v;
	bool present;

	*out = 0;
	if (!get_number(f, key, optional, &v, &present, err))
		return false;
	if (!present)
		return true;
	if (v != floor(v) || v < min || v > max) {
		char *msg = g_strdup_printf(_("%g is out of range (expected a whole number from %ld to %ld)"),
					    v, min, max);
		get_bad(f, key, msg, err);
		g_free(msg);
		return false;
	}
	*out = (int)v;
	return true;
}

static bool get_time(const struct json_fields *f, const char *key, wtime *out, GError **err)
{
	const char *s;
	GError *e = NULL;

	if (!get_text(f, key, false, &s, err))
		return false;
	if (!parse_datetime(s, out, &e)) {
		get_bad(f, key, e->message, err);
		g_error_free(e);
		return false;
	}
	return true;
}

static bool get_day(const struct json_fields *f, const char *key, dayno *out, GError **err)
{
	wtime t;

	if (!get_time(f, key, &t, err))
		return false;
	*out = wtime_day(t);
	return true;
}

static bool get_side(const struct json_fields *f, const char *key, enum region region,
		     enum side *out, GError **err)
{
	const char *s;

	if (!get_text(f, key, true, &s, err))
		return false;
	if (!s)
		*out = SIDE_NONE;
	else if (strcmp(s, "left") == 0)
		*out = SIDE_LEFT;
	else if (strcmp(s, "right") == 0)
		*out = SIDE_RIGHT;
	else
		return get_bad(f, key, _("not a side (expected left, right or null)"), err);
	if (*out != SIDE_NONE && !region_has_side(region))
		return get_bad(f, key, _("this region has no side (expected null)"), err);
	return true;
}

static bool get_region(const struct json_fields *f, const char *key, enum region *out,
		       GError **err)
{
	const char *s;

	if (!get_text(f, key, false, &s, err))
		return false;
	if (!region_from_id(s, out))
		return get_bad(f, key, _("not a body region (see knead regions)"), err);
	return true;
}

/* A flag that may be missing (false): "sharp" came with schema 4, an
 * export from before has none. */
static bool get_flag(const struct json_fields *f, const char *key, bool *out, GError **err)
{
	JsonNode *n = jg->json_object_get_member(object_of(f), key);

	*out = false;
	if (!n || jg->json_node_is_null(n))
		return true;
	if (jg->json_node_get_value_type(n) != G_TYPE_BOOLEAN)
		return get_bad(f, key, _("not true or false"), err);
	*out = jg->json_node_get_boolean(n);
	return true;
}

static const struct json_fields_ops object_ops;

/* Each object of the list at key, read through a reader of its own whose
 * errors say "massages[3].regions[0].side". */
static bool get_objects(const struct json_fields *f, const char *key, const char *not_object,
			json_fields_each each, void *data, GError **err)
{
	const struct where *w = where_of(f);
	JsonNode *list = member(f, key);
	JsonArray *a;
	guint n;
	char *table;
	bool ok = true;

	if (is_null(list))
		return true;
	if (!holds(list, JSON_NODE_ARRAY))
		return get_bad(f, key, _("not a list"), err);
	a = jg->json_node_get_array(list);
	n = jg->json_array_get_length(a);
	table = g_strdup_printf("%s[%u].%s", w->table, w->index, key);
	for (guint i = 0; ok && i < n; i++) {
		JsonNode *e = jg->json_array_get_element(a, i);
		struct where iw = { table, i };
		struct object_at at = { NULL, &iw };
		struct json_fields item = { &object_ops, &at };

		if (!holds(e, JSON_NODE_OBJECT)) {
			g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED, "%s[%u]: %s", table, i,
				    not_object);
			ok = false;
		} else {
			at.o = jg->json_node_get_object(e);
			ok = each(&item, i, n, data, err);
		}
	}
	g_free(table);
	return ok;
}

static const struct json_fields_ops object_ops = {
	.text = get_text,
	.number = get_number,
	.integer = get_int,
	.time = get_time,
	.day = get_day,
	.region = get_region,
	.side = get_side,
	.flag = get_flag,
	.objects = get_objects,
	.bad = get_bad,
};

struct json_import {
	struct store *st;
	JsonParser *parser; /* reused for every row */
	wtime now;
	GHashTable *keys[TABLE_COUNT]; /* what is there already, by import_key */
	unsigned added, dups;
	bool is_export;
	struct import_batch skips; /* rows left out, by reason (grouped) */
};

/* The keys of what the database holds, of every kind found by its key
 * (kinds.h), to leave out what is already there. */
static bool existing_keys(struct json_import *ji, GError **err)
{
	for (int t = 0; t < TABLE_COUNT; t++) {
		const struct entry_kind *k = entry_kind_of((enum store_table)t);
		struct store_cursor *c;
		const void *row;
		GError *e = NULL;

		if (!k->import_key)
			continue;
		c = store_cursor_open(ji->st, (enum store_table)t, false, 0, err);
		if (!c)
			return false;
		while ((row = store_cursor_next(c, &e)))
			g_hash_table_add(ji->keys[t], k->import_key(row));
		store_cursor_close(c);
		if (e) {
			g_propagate_error(err, e);
			return false;
		}
	}
	return true;
}

/* Adds a row unless its key is there already (takes the key). */
static bool add_unique(struct json_import *ji, enum store_table t, char *key, const void *row,
		       GError **err)
{
	bool ok;

	if (g_hash_table_contains(ji->keys[t], key)) {
		ji->dups++;
		g_free(key);
		return true;
	}
	ok = store_entry_add(ji->st, t, row, NULL, err);
	if (ok) {
		ji->added++;
		g_hash_table_add(ji->keys[t], key);
	} else {
		g_free(key);
	}
	return ok;
}

/* Adds a row of a kind without a key unless the store finds it already
 * there (import_match). */
static bool add_unmatched(struct json_import *ji, const struct entry_kind *k, const void *row,
			  GError **err)
{
	int64_t dup = k->import_match(ji->st, row, err);

	if (dup < 0)
		return false;
	if (dup > 0) {
		ji->dups++;
		return true;
	}
	if (!store_entry_add(ji->st, k->table, row, NULL, err))
		return false;
	ji->added++;
	return true;
}

/* Reads (the kind's from_json), checks (validate.h) and adds one row of
 * table t. */
static bool take_row(struct json_import *ji, enum store_table t, JsonObject *o,
		     const struct where *w, GError **err)
{
	const struct entry_kind *k = entry_kind_of(t); /* t: from store_table_from_id */
	struct object_at at = { o, w };
	const struct json_fields f = { &object_ops, &at };
	union store_row row;
	bool ok, bad;

	/* A row that does not read or does not pass the rules is left out
	 * with its reason, and the rest restored: one edit gone wrong must
	 * not cost the runner the whole backup.  A database error still
	 * stops the import. */
	bad = !k->from_json(&f, &row, err) || !store_entry_validate(t, &row, ji->now, err);
	ok = !bad && (k->import_key ? add_unique(ji, t, k->import_key(&row), &row, err)
				    : add_unmatched(ji, k, &row, err));
	store_entry_clear(t, &row);
	if (bad && err && *err) {
		/* TRANSLATORS: a row of knead's JSON export left out: "runs:
		 * 1000 km in 1500 s is faster than anyone runs". */
		char *why = g_str_has_prefix((*err)->message, w->table)
				    ? g_strdup((*err)->message)
				    : g_strdup_printf(_("%s: %s"), w->table, (*err)->message);
		import_batch_skip(&ji->skips, why, 1);
		g_free(why);
		g_clear_error(err);
		ok = true;
	}
	return ok;
}

static bool not_an_export(GError **err)
{
	g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
		    _("not a knead export (expected an object with \"format\": \"%s\")"),
		    EXPORT_FORMAT_ID);
	return false;
}

/* "format" and "version"; other members are left for later versions. */
static bool top_member(struct json_import *ji, const char *key, JsonNode *n, GError **err)
{
	if (strcmp(key, "format") == 0) {
		if (!holds(n, JSON_NODE_VALUE) || jg->json_node_get_value_type(n) != G_TYPE_STRING ||
		    strcmp(jg->json_node_get_string(n), EXPORT_FORMAT_ID) != 0)
			return not_an_export(err);
		ji->is_export = true;
	} else if (strcmp(key, "version") == 0 && holds(n, JSON_NODE_VALUE) &&
		   jg->json_node_get_value_type(n) == G_TYPE_INT64 &&
		   jg->json_node_get_int(n) > EXPORT_VERSION) {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
			    _("this export comes from a newer knead (version %lld, expected %d or older)"),
			    (long long)jg->json_node_get_int(n), EXPORT_VERSION);
		return false;
	}
	return true;
}

static bool on_value(const char *table, int64_t index, const char *text, size_t len, void *data,
		     GError **err)
{
	struct json_import *ji = data;
	enum store_table t;
	GError *e = NULL;
	JsonNode *n;

	if (index < 0 && strcmp(table, "format") != 0 && strcmp(table, "version") != 0)
		return true;
	if (index >= 0 && !store_table_from_id(table, &t))
		return true; /* a table of a later version */
	if (!jg->json_parser_load_from_data(ji->parser, text, (gssize)len, &e)) {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED, _("%s (expected JSON)"),
			    e->message);
		g_error_free(e);
		return false;
	}
	n = jg->json_parser_get_root(ji->parser);
	if (index < 0)
		return top_member(ji, table, n, err);
	if (!holds(n, JSON_NODE_OBJECT)) {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED, _("%s[%u]: not an object"), table,
			    (guint)index);
		return false;
	}
	{
		struct where w = { table, (guint)index };
		if (take_row(ji, t, jg->json_node_get_object(n), &w, err))
			return true;
	}
	/* The validator's sentence says what; this says where. */
	if (*err && (*err)->code == KNEAD_ERROR_INVALID)
		g_prefix_error(err, "%s[%u]: ", table, (guint)index);
	return false;
}

/* Reads the (possibly gzip'd) file through the splitter. */
static bool stream_file(const char *path, struct json_stream *js, GError **err)
{
	gzFile gz = import_gz_open(path, err);
	char chunk[64 * 1024];
	bool ok = true;
	int n;

	if (!gz)
		return false;
	while (ok && (n = gzread(gz, chunk, sizeof(chunk))) > 0)
		ok = json_stream_feed(js, chunk, (size_t)n, err);
	if (ok && n < 0) {
		int zerr;
		const char *msg = gzerror(gz, &zerr);
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED, _("cannot read %s: %s"), path,
			    zerr == Z_ERRNO ? g_strerror(errno) : msg);
		ok = false;
	}
	gzclose(gz);
	return ok && json_stream_end(js, err);
}

bool import_json_file(struct store *st, const char *path, struct import_summary *sum,
		      GError **err)
{
	struct json_import ji = { .st = st, .now = clock_now() };
	struct json_stream *js;
	bool ok;

	jg = lazy_json(err);
	if (!jg)
		return false;
	import_batch_init(&ji.skips);
	for (int t = 0; t < TABLE_COUNT; t++)
		ji.keys[t] = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	ji.parser = jg->json_parser_new();
	js = json_stream_new(on_value, &ji);
	ok = store_begin(st, err);
	if (ok) {
		ok = existing_keys(&ji, err) && stream_file(path, js, err) &&
		     (ji.is_export || not_an_export(err)) && store_commit(st, err);
		if (!ok)
			store_rollback(st);
	}
	if (ok) {
		GHashTableIter it;
		gpointer k, v;

		sum->imported += ji.added;
		sum->duplicates += ji.dups;
		g_hash_table_iter_init(&it, ji.skips.skipped);
		while (g_hash_table_iter_next(&it, &k, &v)) {
			gpointer old = g_hash_table_lookup(sum->skipped_by, k);
			g_hash_table_replace(sum->skipped_by, g_strdup(k),
					     GUINT_TO_POINTER(GPOINTER_TO_UINT(old) +
							      GPOINTER_TO_UINT(v)));
			sum->skipped += GPOINTER_TO_UINT(v);
		}
	}
	import_batch_clear(&ji.skips);
	json_stream_free(js);
	jg->g_object_unref(ji.parser);
	for (int t = 0; t < TABLE_COUNT; t++)
		g_hash_table_unref(ji.keys[t]);
	return ok;
}

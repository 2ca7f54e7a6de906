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
#include "core/import/import.h"
#include "core/import/util.h"
#include "core/import/json_stream.h"
#include "core/import/lazy.h"
#include "core/parse.h"
#include "core/regions.h"
#include "core/store/store.h"
#include "core/validate.h"


/* Where a bad value sits: "runs[3].start". */
struct where {
	const char *table;
	guint index;
};

static bool bad(GError **err, const struct where *w, const char *key, const char *msg)
{
	g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED, "%s[%u].%s: %s", w->table, w->index,
		    key, msg);
	return false;
}

/* json-glib, loaded by import_json_file (lazy.h). */
static const struct lazy_json *jg;

/* json-glib's JSON_NODE_HOLDS_*, through jg. */
static bool holds(JsonNode *n, JsonNodeType type)
{
	return jg->json_node_get_node_type(n) == type;
}

static JsonNode *member(JsonObject *o, const char *key)
{
	return jg->json_object_has_member(o, key) ? jg->json_object_get_member(o, key) : NULL;
}

static bool is_null(JsonNode *n)
{
	return !n || holds(n, JSON_NODE_NULL);
}

/* A string, or NULL when `optional` and the member is null or absent. */
static bool get_text(JsonObject *o, const char *key, bool optional, const struct where *w,
		     const char **out, GError **err)
{
	JsonNode *n = member(o, key);

	*out = NULL;
	if (is_null(n)) {
		if (optional)
			return true;
		return bad(err, w, key, _("missing (expected a text)"));
	}
	if (!holds(n, JSON_NODE_VALUE) || jg->json_node_get_value_type(n) != G_TYPE_STRING)
		return bad(err, w, key, _("not a text"));
	*out = jg->json_node_get_string(n);
	return true;
}

static bool get_number(JsonObject *o, const char *key, bool optional, const struct where *w,
		       double *out, bool *present, GError **err)
{
	JsonNode *n = member(o, key);
	GType t;

	*out = 0;
	if (present)
		*present = false;
	if (is_null(n)) {
		if (optional)
			return true;
		return bad(err, w, key, _("missing (expected a number)"));
	}
	t = holds(n, JSON_NODE_VALUE) ? jg->json_node_get_value_type(n) : G_TYPE_INVALID;
	if (t == G_TYPE_INT64)
		*out = (double)jg->json_node_get_int(n);
	else if (t == G_TYPE_DOUBLE)
		*out = jg->json_node_get_double(n);
	else
		return bad(err, w, key, _("not a number"));
	if (!isfinite(*out))
		return bad(err, w, key, _("not a number"));
	if (present)
		*present = true;
	return true;
}

static bool get_int(JsonObject *o, const char *key, bool optional, long min, long max,
		    const struct where *w, int *out, GError **err)
{
	double v;
	bool present;

	*out = 0;
	if (!get_number(o, key, optional, w, &v, &present, err))
		return false;
	if (!present)
		return true;
	if (v != floor(v) || v < min || v > max) {
		char *msg = g_strdup_printf(_("%g is out of range (expected a whole number from %ld to %ld)"),
					    v, min, max);
		bad(err, w, key, msg);
		g_free(msg);
		return false;
	}
	*out = (int)v;
	return true;
}

static bool get_time(JsonObject *o, const char *key, const struct where *w, wtime *out,
		     GError **err)
{
	const char *s;
	GError *e = NULL;

	if (!get_text(o, key, false, w, &s, err))
		return false;
	if (!parse_datetime(s, out, &e)) {
		bad(err, w, key, e->message);
		g_error_free(e);
		return false;
	}
	return true;
}

static bool get_day(JsonObject *o, const char *key, const struct where *w, dayno *out,
		    GError **err)
{
	wtime t;

	if (!get_time(o, key, w, &t, err))
		return false;
	*out = wtime_day(t);
	return true;
}

static bool get_side(JsonObject *o, const struct where *w, enum region region,
		     enum side *out, GError **err)
{
	const char *s;

	if (!get_text(o, "side", true, w, &s, err))
		return false;
	if (!s)
		*out = SIDE_NONE;
	else if (strcmp(s, "left") == 0)
		*out = SIDE_LEFT;
	else if (strcmp(s, "right") == 0)
		*out = SIDE_RIGHT;
	else
		return bad(err, w, "side", _("not a side (expected left, right or null)"));
	if (*out != SIDE_NONE && !region_has_side(region))
		return bad(err, w, "side", _("this region has no side (expected null)"));
	return true;
}

static bool get_region(JsonObject *o, const struct where *w, enum region *out, GError **err)
{
	const char *s;

	if (!get_text(o, "region", false, w, &s, err))
		return false;
	if (!region_from_id(s, out))
		return bad(err, w, "region", _("not a body region (see knead regions)"));
	return true;
}

/* A "source" that is none of the run sources: the error names them all. */
static bool bad_source(GError **err, const struct where *w)
{
	GString *ids = g_string_new(NULL);
	char *msg;

	for (int i = 0; i < SOURCE_COUNT; i++)
		g_string_append_printf(ids, "%s%s", i ? ", " : "", run_source_id((enum run_source)i));
	/* TRANSLATORS: %s lists the sources' ids: "manual, gpx, tcx, ...". */
	msg = g_strdup_printf(_("not a source (expected one of %s)"), ids->str);
	bad(err, w, "source", msg);
	g_free(msg);
	g_string_free(ids, TRUE);
	return false;
}

static bool read_run(JsonObject *o, const struct where *w, void *row, GError **err)
{
	struct run *r = row;
	const char *kind, *source, *note, *source_id;
	bool has_ele;

	memset(r, 0, sizeof(*r));
	if (!get_time(o, "start", w, &r->start, err) ||
	    !get_number(o, "distance_m", false, w, &r->distance_m, NULL, err) ||
	    !get_number(o, "duration_s", false, w, &r->duration_s, NULL, err) ||
	    !get_text(o, "kind", false, w, &kind, err) ||
	    !get_int(o, "rpe", true, 1, 10, w, &r->rpe, err) ||
	    !get_int(o, "avg_hr", true, 25, 250, w, &r->avg_hr, err) ||
	    !get_number(o, "elevation_m", true, w, &r->elevation_m, &has_ele, err) ||
	    !get_text(o, "note", true, w, &note, err) ||
	    !get_text(o, "source", true, w, &source, err) ||
	    !get_text(o, "source_id", true, w, &source_id, err))
		return false;
	if (!run_kind_from_id(kind, &r->kind))
		return bad(err, w, "kind", _("not a kind of run (expected easy, long, tempo, intervals, race, trail or recovery)"));
	if (!source)
		r->source = SOURCE_MANUAL;
	else if (!run_source_from_id(source, &r->source))
		return bad_source(err, w);
	if (!has_ele)
		r->elevation_m = -1;
	r->note = g_strdup(note);
	r->source_id = g_strdup(source_id);
	return true;
}

/* A flag that may be missing (false): "sharp" came with schema 4, an
 * export from before has none. */
static bool get_flag(JsonObject *o, const char *key, const struct where *w, bool *out,
		     GError **err)
{
	JsonNode *n = jg->json_object_get_member(o, key);

	*out = false;
	if (!n || jg->json_node_is_null(n))
		return true;
	if (jg->json_node_get_value_type(n) != G_TYPE_BOOLEAN)
		return bad(err, w, key, _("not true or false"));
	*out = jg->json_node_get_boolean(n);
	return true;
}

static bool read_soreness(JsonObject *o, const struct where *w, void *row, GError **err)
{
	struct soreness *s = row;
	const char *note;

	memset(s, 0, sizeof(*s));
	if (!get_time(o, "time", w, &s->time, err) || !get_region(o, w, &s->region, err) ||
	    !get_side(o, w, s->region, &s->side, err) ||
	    !get_int(o, "level", false, 0, 10, w, &s->level, err) ||
	    !get_text(o, "note", true, w, &note, err) || !get_flag(o, "sharp", w, &s->sharp, err))
		return false;
	s->note = g_strdup(note);
	return true;
}

static bool read_assessment(JsonObject *o, const struct where *w, void *row, GError **err)
{
	struct assessment *a = row;

	memset(a, 0, sizeof(*a));
	return get_time(o, "time", w, &a->time, err) && get_region(o, w, &a->region, err) &&
	       get_side(o, w, a->region, &a->side, err) &&
	       get_flag(o, "cleared", w, &a->cleared, err);
}

static bool read_massage(JsonObject *o, const struct where *w, void *row, GError **err)
{
	struct massage *m = row;
	const char *kind, *therapist, *note;
	JsonNode *regions;
	JsonArray *a;

	memset(m, 0, sizeof(*m));
	if (!get_day(o, "date", w, &m->date, err) || !get_text(o, "kind", false, w, &kind, err) ||
	    !get_text(o, "therapist", true, w, &therapist, err) ||
	    !get_text(o, "note", true, w, &note, err))
		return false;
	if (!massage_kind_from_id(kind, &m->kind))
		return bad(err, w, "kind", _("not a kind of massage (expected sports, deep-tissue, myofascial, trigger-point, flush or relaxation)"));
	regions = member(o, "regions");
	if (!is_null(regions)) {
		if (!holds(regions, JSON_NODE_ARRAY))
			return bad(err, w, "regions", _("not a list"));
		a = jg->json_node_get_array(regions);
		m->regions = g_new0(struct region_side, jg->json_array_get_length(a) + 1);
		for (guint i = 0; i < jg->json_array_get_length(a); i++) {
			JsonNode *e = jg->json_array_get_element(a, i);
			char *table = g_strdup_printf("%s[%u].regions", w->table, w->index);
			struct where rw = { table, i };
			bool ok;

			if (!holds(e, JSON_NODE_OBJECT)) {
				g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED, "%s[%u]: %s",
					    table, i, _("not an object (expected {\"region\", \"side\"})"));
				g_free(table);
				return false;
			}
			ok = get_region(jg->json_node_get_object(e), &rw, &m->regions[i].region, err) &&
			     get_side(jg->json_node_get_object(e), &rw, m->regions[i].region,
				      &m->regions[i].side, err);
			g_free(table);
			if (!ok)
				return false;
			m->n_regions++;
		}
	}
	m->therapist = g_strdup(therapist);
	m->note = g_strdup(note);
	return true;
}

static bool read_race(JsonObject *o, const struct where *w, void *row, GError **err)
{
	struct race *r = row;
	const char *name, *prio;

	memset(r, 0, sizeof(*r));
	if (!get_day(o, "date", w, &r->date, err) || !get_text(o, "name", false, w, &name, err) ||
	    !get_number(o, "distance_m", false, w, &r->distance_m, NULL, err) ||
	    !get_text(o, "priority", true, w, &prio, err))
		return false;
	if (!prio)
		r->priority = 'B';
	else if (strlen(prio) == 1 && strchr("ABC", prio[0]))
		r->priority = prio[0];
	else
		return bad(err, w, "priority", _("not a priority (expected A, B or C)"));
	r->name = g_strdup(name);
	return true;
}

static char *soreness_key(const void *row)
{
	const struct soreness *s = row;

	return g_strdup_printf("%" G_GINT64_FORMAT "|%d|%d|%d", (gint64)s->time, s->region,
			       s->side, s->level);
}

static char *assessment_key(const void *row)
{
	const struct assessment *a = row;

	return g_strdup_printf("%" G_GINT64_FORMAT "|%d|%d|%d", (gint64)a->time, a->region,
			       a->side, a->cleared);
}

static char *massage_key(const void *row)
{
	const struct massage *m = row;

	return g_strdup_printf("%d|%d", m->date, m->kind);
}

static char *race_key(const void *row)
{
	const struct race *r = row;

	return g_strdup_printf("%d|%s", r->date, r->name ? r->name : "");
}

struct json_import {
	struct store *st;
	JsonParser *parser; /* reused for every row */
	wtime now;
	GHashTable *keys[TABLE_COUNT]; /* what is there already (not runs) */
	unsigned added, dups;
	bool is_export;
	struct import_batch skips; /* rows left out, by reason (grouped) */
};

/* The keys of what the database holds, to leave out what is already there. */
static bool existing_keys(struct json_import *ji, GError **err)
{
	struct soreness *s = NULL;
	struct massage *m = NULL;
	struct race *r = NULL;
	struct assessment *a = NULL;
	size_t ns = 0, nm = 0, nr = 0, na = 0;
	bool ok = store_soreness_list(ji->st, INT64_MIN, &s, &ns, err) &&
		  store_massages_list(ji->st, INT32_MIN, &m, &nm, err) &&
		  store_races_list(ji->st, INT32_MIN, &r, &nr, err) &&
		  store_assessments_list(ji->st, INT64_MIN, &a, &na, err);

	for (size_t i = 0; i < ns; i++) {
		g_hash_table_add(ji->keys[TABLE_SORENESS], soreness_key(&s[i]));
		soreness_clear(&s[i]);
	}
	for (size_t i = 0; i < nm; i++) {
		g_hash_table_add(ji->keys[TABLE_MASSAGES], massage_key(&m[i]));
		massage_clear(&m[i]);
	}
	for (size_t i = 0; i < nr; i++) {
		g_hash_table_add(ji->keys[TABLE_RACES], race_key(&r[i]));
		race_clear(&r[i]);
	}
	for (size_t i = 0; i < na; i++)
		g_hash_table_add(ji->keys[TABLE_ASSESSMENTS], assessment_key(&a[i]));
	g_free(a);
	g_free(s);
	g_free(m);
	g_free(r);
	return ok;
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

static bool add_run(struct json_import *ji, const struct run *r, GError **err)
{
	int64_t dup = store_run_find_duplicate(ji->st, r, err);

	if (dup < 0)
		return false;
	if (dup > 0) {
		ji->dups++;
		return true;
	}
	if (!store_run_add(ji->st, r, NULL, err))
		return false;
	ji->added++;
	return true;
}

/* How knead's JSON export gives each kind back: its reader, and the key
 * that finds a row already there (NULL for runs, which the store matches
 * itself).  A kind without a reader here is never read as another. */
struct json_kind {
	bool (*read)(JsonObject *o, const struct where *w, void *row, GError **err);
	char *(*key)(const void *row);
};

static const struct json_kind json_kinds[TABLE_COUNT] = {
	[TABLE_RUNS] = { read_run, NULL },
	[TABLE_SORENESS] = { read_soreness, soreness_key },
	[TABLE_MASSAGES] = { read_massage, massage_key },
	[TABLE_RACES] = { read_race, race_key },
	[TABLE_ASSESSMENTS] = { read_assessment, assessment_key },
};

/* Reads, checks (validate.h) and adds one row of table t. */
static bool take_row(struct json_import *ji, enum store_table t, JsonObject *o,
		     const struct where *w, GError **err)
{
	const struct json_kind *j = (unsigned)t < TABLE_COUNT ? &json_kinds[t] : NULL;
	union store_row row;
	bool ok, bad = false;

	if (!j || !j->read) {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
			    _("unknown kind of entry %d (a bug in knead)"), (int)t);
		return false;
	}
	/* A row that does not read or does not pass the rules is left out
	 * with its reason, and the rest restored: one edit gone wrong must
	 * not cost the runner the whole backup.  A database error still
	 * stops the import. */
	bad = !j->read(o, w, &row, err) || !store_entry_validate(t, &row, ji->now, err);
	ok = !bad && (j->key ? add_unique(ji, t, j->key(&row), &row, err) : add_run(ji, &row.run, err));
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

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* import_json.c - knead's own JSON export (export.h) back into a database.
 *
 * The whole file is checked before anything is written, then added in one
 * transaction.  Rows the database already holds are left alone, so that
 * importing the same export twice adds nothing and never overwrites what
 * the runner changed since. */
#ifdef HAVE_CONFIG_H
#include <config.h>
#endif
#include <math.h>
#include <string.h>
#include <json-glib/json-glib.h>
#include "clock.h"
#include "error.h"
#include "export.h"
#include "i18n.h"
#include "import.h"
#include "import_util.h"
#include "parse.h"
#include "regions.h"
#include "store.h"

#define JSON_MAX_BYTES ((size_t)256 * 1024 * 1024)

struct json_data {
	GArray *runs, *soreness, *massages, *races;
};

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

static JsonNode *member(JsonObject *o, const char *key)
{
	return json_object_has_member(o, key) ? json_object_get_member(o, key) : NULL;
}

static bool is_null(JsonNode *n)
{
	return !n || JSON_NODE_HOLDS_NULL(n);
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
	if (!JSON_NODE_HOLDS_VALUE(n) || json_node_get_value_type(n) != G_TYPE_STRING)
		return bad(err, w, key, _("not a text"));
	*out = json_node_get_string(n);
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
	t = JSON_NODE_HOLDS_VALUE(n) ? json_node_get_value_type(n) : G_TYPE_INVALID;
	if (t == G_TYPE_INT64)
		*out = (double)json_node_get_int(n);
	else if (t == G_TYPE_DOUBLE)
		*out = json_node_get_double(n);
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
		return bad(err, w, "source", _("not a source (expected manual, gpx, tcx or strava)"));
	if (!has_ele)
		r->elevation_m = -1;
	r->note = g_strdup(note);
	r->source_id = g_strdup(source_id);
	return true;
}

/* "sharp" came with schema 4: an export from before has none (false). */
static bool get_sharp(JsonObject *o, const struct where *w, bool *out, GError **err)
{
	JsonNode *n = json_object_get_member(o, "sharp");

	*out = false;
	if (!n || json_node_is_null(n))
		return true;
	if (json_node_get_value_type(n) != G_TYPE_BOOLEAN)
		return bad(err, w, "sharp", _("not true or false"));
	*out = json_node_get_boolean(n);
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
	    !get_text(o, "note", true, w, &note, err) || !get_sharp(o, w, &s->sharp, err))
		return false;
	s->note = g_strdup(note);
	return true;
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
		if (!JSON_NODE_HOLDS_ARRAY(regions))
			return bad(err, w, "regions", _("not a list"));
		a = json_node_get_array(regions);
		m->regions = g_new0(struct region_side, json_array_get_length(a) + 1);
		for (guint i = 0; i < json_array_get_length(a); i++) {
			JsonNode *e = json_array_get_element(a, i);
			char *table = g_strdup_printf("%s[%u].regions", w->table, w->index);
			struct where rw = { table, i };
			bool ok;

			if (!JSON_NODE_HOLDS_OBJECT(e)) {
				g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED, "%s[%u]: %s",
					    table, i, _("not an object (expected {\"region\", \"side\"})"));
				g_free(table);
				return false;
			}
			ok = get_region(json_node_get_object(e), &rw, &m->regions[i].region, err) &&
			     get_side(json_node_get_object(e), &rw, m->regions[i].region,
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

typedef bool (*row_reader)(JsonObject *o, const struct where *w, void *row, GError **err);

static bool read_table(JsonObject *root, const char *table, row_reader read, GArray *rows,
		       GError **err)
{
	JsonNode *n = member(root, table);
	JsonArray *a;

	if (is_null(n))
		return true;
	if (!JSON_NODE_HOLDS_ARRAY(n)) {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED, _("%s: not a list"), table);
		return false;
	}
	a = json_node_get_array(n);
	for (guint i = 0; i < json_array_get_length(a); i++) {
		JsonNode *e = json_array_get_element(a, i);
		struct where w = { table, i };

		if (!JSON_NODE_HOLDS_OBJECT(e)) {
			g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED, _("%s[%u]: not an object"),
				    table, i);
			return false;
		}
		g_array_set_size(rows, rows->len + 1);
		if (!read(json_node_get_object(e), &w,
			  rows->data + (rows->len - 1) * g_array_get_element_size(rows), err))
			return false;
	}
	return true;
}

static void clear_run(gpointer p) { run_clear(p); }
static void clear_soreness(gpointer p) { soreness_clear(p); }
static void clear_massage(gpointer p) { massage_clear(p); }
static void clear_race(gpointer p) { race_clear(p); }

static void data_init(struct json_data *d)
{
	d->runs = g_array_new(FALSE, TRUE, sizeof(struct run));
	g_array_set_clear_func(d->runs, clear_run);
	d->soreness = g_array_new(FALSE, TRUE, sizeof(struct soreness));
	g_array_set_clear_func(d->soreness, clear_soreness);
	d->massages = g_array_new(FALSE, TRUE, sizeof(struct massage));
	g_array_set_clear_func(d->massages, clear_massage);
	d->races = g_array_new(FALSE, TRUE, sizeof(struct race));
	g_array_set_clear_func(d->races, clear_race);
}

static void data_clear(struct json_data *d)
{
	g_array_unref(d->runs);
	g_array_unref(d->soreness);
	g_array_unref(d->massages);
	g_array_unref(d->races);
}

static bool parse_export(const char *text, size_t len, struct json_data *d, GError **err)
{
	JsonParser *p = json_parser_new();
	GError *e = NULL;
	JsonNode *root;
	JsonObject *o;
	const char *format = NULL;
	bool ok = false;

	if (!json_parser_load_from_data(p, text, (gssize)len, &e)) {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED, _("%s (expected JSON)"),
			    e->message);
		g_error_free(e);
		goto out;
	}
	root = json_parser_get_root(p);
	if (!root || !JSON_NODE_HOLDS_OBJECT(root)) {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
			    _("not a knead export (expected an object with \"format\": \"%s\")"),
			    EXPORT_FORMAT_ID);
		goto out;
	}
	o = json_node_get_object(root);
	if (json_object_has_member(o, "format") &&
	    JSON_NODE_HOLDS_VALUE(json_object_get_member(o, "format")) &&
	    json_node_get_value_type(json_object_get_member(o, "format")) == G_TYPE_STRING)
		format = json_object_get_string_member(o, "format");
	if (!format || strcmp(format, EXPORT_FORMAT_ID) != 0) {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
			    _("not a knead export (expected an object with \"format\": \"%s\")"),
			    EXPORT_FORMAT_ID);
		goto out;
	}
	if (json_object_has_member(o, "version") &&
	    json_object_get_int_member(o, "version") > EXPORT_VERSION) {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
			    _("this export comes from a newer knead (version %lld, expected %d or older)"),
			    (long long)json_object_get_int_member(o, "version"), EXPORT_VERSION);
		goto out;
	}
	ok = read_table(o, "runs", read_run, d->runs, err) &&
	     read_table(o, "soreness", read_soreness, d->soreness, err) &&
	     read_table(o, "massages", read_massage, d->massages, err) &&
	     read_table(o, "races", read_race, d->races, err);
out:
	g_object_unref(p);
	return ok;
}

static char *soreness_key(const struct soreness *s)
{
	return g_strdup_printf("%" G_GINT64_FORMAT "|%d|%d|%d", (gint64)s->time, s->region,
			       s->side, s->level);
}

static char *massage_key(const struct massage *m)
{
	return g_strdup_printf("%d|%d", m->date, m->kind);
}

static char *race_key(const struct race *r)
{
	return g_strdup_printf("%d|%s", r->date, r->name ? r->name : "");
}

/* The keys of what the database holds, to leave out what is already there. */
static bool existing_keys(struct store *st, GHashTable *sore, GHashTable *mass,
			  GHashTable *races, GError **err)
{
	struct soreness *s = NULL;
	struct massage *m = NULL;
	struct race *r = NULL;
	size_t ns = 0, nm = 0, nr = 0;
	bool ok = store_soreness_list(st, INT64_MIN, &s, &ns, err) &&
		  store_massages_list(st, INT32_MIN, &m, &nm, err) &&
		  store_races_list(st, INT32_MIN, &r, &nr, err);

	for (size_t i = 0; i < ns; i++) {
		g_hash_table_add(sore, soreness_key(&s[i]));
		soreness_clear(&s[i]);
	}
	for (size_t i = 0; i < nm; i++) {
		g_hash_table_add(mass, massage_key(&m[i]));
		massage_clear(&m[i]);
	}
	for (size_t i = 0; i < nr; i++) {
		g_hash_table_add(races, race_key(&r[i]));
		race_clear(&r[i]);
	}
	g_free(s);
	g_free(m);
	g_free(r);
	return ok;
}

/* Adds the rows whose key is new; true on success. */
static bool add_rows(struct store *st, const struct json_data *d, unsigned *added,
		     unsigned *dups, GError **err)
{
	GHashTable *sore = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	GHashTable *mass = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	GHashTable *races = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	bool ok = existing_keys(st, sore, mass, races, err);

	for (guint i = 0; ok && i < d->runs->len; i++) {
		const struct run *r = &g_array_index(d->runs, struct run, i);
		int64_t dup = store_run_find_duplicate(st, r, err);

		if (dup < 0)
			ok = false;
		else if (dup > 0)
			(*dups)++;
		else if ((ok = store_run_add(st, r, NULL, err)))
			(*added)++;
		else
			g_prefix_error(err, "runs[%u]: ", i);
	}
#define ADD_UNIQUE(array, type, set, keyfn, adder, table)                              \
	for (guint i = 0; ok && i < (array)->len; i++) {                                 \
		const type *row = &g_array_index((array), type, i);                       \
		char *key = keyfn(row);                                                   \
		if (g_hash_table_contains((set), key)) {                                  \
			(*dups)++;                                                        \
			g_free(key);                                                      \
		} else if ((ok = adder(st, row, NULL, err))) {                            \
			(*added)++;                                                       \
			g_hash_table_add((set), key);                                     \
		} else {                                                                  \
			g_prefix_error(err, table "[%u]: ", i);                           \
			g_free(key);                                                      \
		}                                                                         \
	}
	ADD_UNIQUE(d->soreness, struct soreness, sore, soreness_key, store_soreness_add,
		   "soreness")
	ADD_UNIQUE(d->massages, struct massage, mass, massage_key, store_massage_add,
		   "massages")
	ADD_UNIQUE(d->races, struct race, races, race_key, store_race_add, "races")
#undef ADD_UNIQUE
	g_hash_table_unref(sore);
	g_hash_table_unref(mass);
	g_hash_table_unref(races);
	return ok;
}

bool import_json_file(struct store *st, const char *path, struct import_summary *sum,
		      GError **err)
{
	struct json_data d;
	char *text;
	size_t len;
	unsigned added = 0, dups = 0;
	bool ok;

	if (!import_read_all(path, JSON_MAX_BYTES, &text, &len, err))
		return false;
	data_init(&d);
	ok = parse_export(text, len, &d, err);
	g_free(text);
	if (ok && (ok = store_begin(st, err))) {
		ok = add_rows(st, &d, &added, &dups, err) && store_commit(st, err);
		if (!ok)
			store_rollback(st);
	}
	if (ok) {
		sum->imported += added;
		sum->duplicates += dups;
	}
	data_clear(&d);
	return ok;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* store/kinds.c - the kinds of entry as data: their SQL, how each
 * one's row is bound to a statement and read back from one, its JSON and
 * CSV forms, and how it is read back from knead's export. */
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include "core/clock.h"
#include "core/csv_row.h"
#include "core/error.h"
#include "core/format.h"
#include "core/i18n.h"
#include "core/json_fields.h"
#include "core/json_model.h"
#include "core/parse.h"
#include "core/regions.h"
#include "core/spreadsheet.h"
#include "core/validate.h"
#include "core/store/kinds.h"
#include "core/store/private.h"

/* A day as the entries' descriptions name it: "Tue 8 Dec". */
static char *short_day(dayno d)
{
	char iso[DATE_BUF];
	GDateTime *dt;
	char *s;
	int y, m, day;

	day_format(d, iso);
	if (sscanf(iso, "%d-%d-%d", &y, &m, &day) != 3 ||
	    !(dt = g_date_time_new_local(y, m, day, 12, 0, 0)))
		return g_strdup(iso);
	/* TRANSLATORS: a strftime format for a short date, e.g. "Mon 23 Nov". */
	s = g_date_time_format(dt, _("%a %-d %b"));
	g_date_time_unref(dt);
	return s ? s : g_strdup(iso);
}

/* A side as the journal keeps it: its id, "" for none. */
static const char *side_text(enum side side)
{
	return side_id(side) ? side_id(side) : "";
}

static enum side side_from_text(const char *s)
{
	return strcmp(s, "left") == 0 ? SIDE_LEFT : strcmp(s, "right") == 0 ? SIDE_RIGHT : SIDE_NONE;
}

/* The "region" and "side" members of an entry's JSON (side null for
 * none). */
static void json_add_region_side(struct json_writer *w, enum region r, enum side side)
{
	json_add_text(w, "region", region_id(r));
	json_add_text(w, "side", side_id(side));
}

/* The region and side cells of a CSV line (side empty for none). */
static void csv_region_side(char *cols[CSV_COLS], enum region r, enum side side)
{
	cols[CSV_REGION] = g_strdup(region_id(r));
	cols[CSV_SIDE] = g_strdup(side_id(side));
}

/* --- runs --------------------------------------------------------------- */

static void bind_run(sqlite3_stmt *s, const void *row)
{
	const struct run *r = row;

	store_bind_time(s, 1, r->start);
	sqlite3_bind_double(s, 2, r->distance_m);
	sqlite3_bind_double(s, 3, r->duration_s);
	sqlite3_bind_text(s, 4, run_kind_id(r->kind), -1, SQLITE_STATIC);
	if (r->rpe > 0)
		sqlite3_bind_int(s, 5, r->rpe);
	else
		sqlite3_bind_null(s, 5);
	if (r->avg_hr > 0)
		sqlite3_bind_int(s, 6, r->avg_hr);
	else
		sqlite3_bind_null(s, 6);
	if (r->elevation_m >= 0)
		sqlite3_bind_double(s, 7, r->elevation_m);
	else
		sqlite3_bind_null(s, 7);
	store_bind_text_or_null(s, 8, r->note);
	sqlite3_bind_text(s, 9, run_source_id(r->source), -1, SQLITE_STATIC);
	store_bind_text_or_null(s, 10, r->source_id);
}

static void read_run(struct store *st, sqlite3_stmt *s, void *row)
{
	struct run *r = row;

	(void)st;
	memset(r, 0, sizeof(*r));
	r->id = sqlite3_column_int64(s, 0);
	r->start = store_column_time(s, 1);
	r->distance_m = sqlite3_column_double(s, 2);
	r->duration_s = sqlite3_column_double(s, 3);
	run_kind_from_id((const char *)sqlite3_column_text(s, 4), &r->kind);
	r->rpe = sqlite3_column_int(s, 5);
	r->avg_hr = sqlite3_column_int(s, 6);
	r->elevation_m = sqlite3_column_type(s, 7) == SQLITE_NULL ? -1.0
								   : sqlite3_column_double(s, 7);
	r->note = store_column_strdup(s, 8);
	run_source_from_id((const char *)sqlite3_column_text(s, 9), &r->source);
	r->source_id = store_column_strdup(s, 10);
}

static void clear_run(void *row)
{
	run_clear(row);
}

static void copy_run(void *dst, const void *src)
{
	struct run *d = dst;

	*d = *(const struct run *)src;
	d->note = g_strdup(d->note);
	d->source_id = g_strdup(d->source_id);
}

/* The journal's form of an entry (journal.c): a GVariant of variant_type,
 * the same bytes for the same entry.  decode zeroes the row first; its
 * ids are read back or refused (false). */
#define RUN_TYPE "(xddsiidmssms)"

static GVariant *encode_run(const void *row)
{
	const struct run *r = row;

	return g_variant_new(RUN_TYPE, (gint64)r->start, r->distance_m, r->duration_s,
			     run_kind_id(r->kind), r->rpe, r->avg_hr, r->elevation_m, r->note,
			     run_source_id(r->source), r->source_id);
}

static bool decode_run(GVariant *v, void *row)
{
	struct run *r = row;
	const char *kind, *source;
	gint64 time;

	memset(r, 0, sizeof(*r));
	g_variant_get(v, "(xdd&siidms&sms)", &time, &r->distance_m, &r->duration_s, &kind, &r->rpe,
		      &r->avg_hr, &r->elevation_m, &r->note, &source, &r->source_id);
	r->start = time;
	return run_kind_from_id(kind, &r->kind) && run_source_from_id(source, &r->source);
}

static bool validate_run_row(const void *row, wtime now, GError **err)
{
	return validate_run(row, now, err);
}

static char *describe_run(const void *row, enum unit u)
{
	const struct run *r = row;
	char *day = short_day(wtime_day(r->start)), *dist = format_distance(r->distance_m, u);
	/* TRANSLATORS: names a run: "the run of Tue 8 Dec, 10.00 km". */
	char *s = g_strdup_printf(_("the run of %s, %s"), day, dist);

	g_free(day);
	g_free(dist);
	return s;
}

/* The row's JSON form (json_model.h): knead list --json and the export. */
static void json_run(struct json_writer *w, const void *row, const char *type)
{
	const struct run *r = row;

	json_entry_begin(w, r->id);
	json_add_time(w, "start", r->start);
	json_writer_key(w, "distance_m");
	json_writer_double(w, r->distance_m);
	json_writer_key(w, "duration_s");
	json_writer_double(w, r->duration_s);
	json_add_text(w, "kind", run_kind_id(r->kind));
	json_add_int_or_null(w, "rpe", r->rpe);
	json_add_int_or_null(w, "avg_hr", r->avg_hr);
	json_writer_key(w, "elevation_m");
	if (r->elevation_m >= 0)
		json_writer_double(w, r->elevation_m);
	else
		json_writer_null(w);
	json_add_text(w, "note", r->note);
	json_add_text(w, "source", run_source_id(r->source));
	json_add_text(w, "source_id", r->source_id);
	json_entry_end(w, type);
}

/* The row's cells of the CSV export (csv_row.h).  Free text (notes,
 * names, ids from other services) goes through spreadsheet_text: a note
 * such as =HYPERLINK(...) stays text. */
static void csv_run(const void *row, char *cols[CSV_COLS])
{
	const struct run *r = row;

	cols[CSV_KIND] = g_strdup(run_kind_id(r->kind));
	cols[CSV_DISTANCE] = csv_number(r->distance_m, 2);
	cols[CSV_DURATION] = csv_number(r->duration_s, 3);
	cols[CSV_RPE] = csv_int_or_empty(r->rpe);
	cols[CSV_AVG_HR] = csv_int_or_empty(r->avg_hr);
	cols[CSV_ELEVATION] = r->elevation_m >= 0 ? csv_number(r->elevation_m, 1) : NULL;
	cols[CSV_SOURCE] = g_strdup(run_source_id(r->source));
	cols[CSV_SOURCE_ID] = spreadsheet_text(r->source_id);
	cols[CSV_NOTE] = spreadsheet_text(r->note);
}

/* A "source" that is none of the run sources: the error names them all. */
static bool bad_source(const struct json_fields *f, GError **err)
{
	GString *ids = g_string_new(NULL);
	char *msg;

	for (int i = 0; i < SOURCE_COUNT; i++)
		g_string_append_printf(ids, "%s%s", i ? ", " : "", run_source_id((enum run_source)i));
	/* TRANSLATORS: %s lists the sources' ids: "manual, gpx, tcx, ...". */
	msg = g_strdup_printf(_("not a source (expected one of %s)"), ids->str);
	f->ops->bad(f, "source", msg, err);
	g_free(msg);
	g_string_free(ids, TRUE);
	return false;
}

static bool from_json_run(const struct json_fields *f, void *row, GError **err)
{
	const struct json_fields_ops *j = f->ops;
	struct run *r = row;
	const char *kind, *source, *note, *source_id;
	bool has_ele;

	memset(r, 0, sizeof(*r));
	if (!j->time(f, "start", &r->start, err) ||
	    !j->number(f, "distance_m", false, &r->distance_m, NULL, err) ||
	    !j->number(f, "duration_s", false, &r->duration_s, NULL, err) ||
	    !j->text(f, "kind", false, &kind, err) ||
	    !j->integer(f, "rpe", true, 1, 10, &r->rpe, err) ||
	    !j->integer(f, "avg_hr", true, 25, 250, &r->avg_hr, err) ||
	    !j->number(f, "elevation_m", true, &r->elevation_m, &has_ele, err) ||
	    !j->text(f, "note", true, &note, err) || !j->text(f, "source", true, &source, err) ||
	    !j->text(f, "source_id", true, &source_id, err))
		return false;
	if (!run_kind_from_id(kind, &r->kind))
		return j->bad(f, "kind", _("not a kind of run (expected easy, long, tempo, intervals, race, trail or recovery)"), err);
	if (!source)
		r->source = SOURCE_MANUAL;
	else if (!run_source_from_id(source, &r->source))
		return bad_source(f, err);
	if (!has_ele)
		r->elevation_m = -1;
	r->note = g_strdup(note);
	r->source_id = g_strdup(source_id);
	return true;
}

/* A run has no import key: the store finds the same run however it came
 * (its source id, or the same activity a minute or a changed time zone
 * apart, as a GPX or Strava import asks), which no exact key matches. */
static int64_t import_match_run(struct store *st, const void *row, GError **err)
{
	return store_run_find_duplicate(st, row, err);
}

/* --- soreness ----------------------------------------------------------- */

#define SORENESS_SELECT "SELECT id, time, region, side, level, note, sharp FROM soreness"

static void bind_soreness(sqlite3_stmt *s, const void *row)
{
	const struct soreness *x = row;

	store_bind_time(s, 1, x->time);
	sqlite3_bind_text(s, 2, region_id(x->region), -1, SQLITE_STATIC);
	store_bind_text_or_null(s, 3, side_id(x->side));
	sqlite3_bind_int(s, 4, x->level);
	store_bind_text_or_null(s, 5, x->note);
	sqlite3_bind_int(s, 6, x->sharp);
}

static void read_soreness(struct store *st, sqlite3_stmt *s, void *row)
{
	struct soreness *x = row;

	(void)st;
	memset(x, 0, sizeof(*x));
	x->id = sqlite3_column_int64(s, 0);
	x->time = store_column_time(s, 1);
	region_from_id((const char *)sqlite3_column_text(s, 2), &x->region);
	x->side = store_column_side(s, 3);
	x->level = sqlite3_column_int(s, 4);
	x->note = store_column_strdup(s, 5);
	x->sharp = sqlite3_column_int(s, 6) != 0;
}

static void clear_soreness(void *row)
{
	soreness_clear(row);
}

static void copy_soreness(void *dst, const void *src)
{
	struct soreness *d = dst;

	*d = *(const struct soreness *)src;
	d->note = g_strdup(d->note);
}

#define SORENESS_TYPE "(xssimsb)"

static GVariant *encode_soreness(const void *row)
{
	const struct soreness *x = row;

	return g_variant_new(SORENESS_TYPE, (gint64)x->time, region_id(x->region),
			     side_text(x->side), x->level, x->note, (gboolean)x->sharp);
}

static bool decode_soreness(GVariant *v, void *row)
{
	struct soreness *x = row;
	const char *region, *side;
	gint64 time;
	gboolean sharp;

	memset(x, 0, sizeof(*x));
	g_variant_get(v, "(x&s&simsb)", &time, &region, &side, &x->level, &x->note, &sharp);
	x->time = time;
	x->side = side_from_text(side);
	x->sharp = sharp;
	return region_from_id(region, &x->region);
}

static bool validate_soreness_row(const void *row, wtime now, GError **err)
{
	return validate_soreness(row, now, err);
}

static char *describe_soreness(const void *row, enum unit u)
{
	const struct soreness *x = row;
	char *day = short_day(wtime_day(x->time)), *where = region_side_name(x->region, x->side);
	/* TRANSLATORS: names a soreness entry: "the soreness of Tue 8 Dec, left calf 4/10". */
	char *s = g_strdup_printf(_("the soreness of %s, %s %d/10"), day, where, x->level);

	(void)u;
	g_free(day);
	g_free(where);
	return s;
}

static void json_soreness(struct json_writer *w, const void *row, const char *type)
{
	const struct soreness *x = row;

	json_entry_begin(w, x->id);
	json_add_time(w, "time", x->time);
	json_add_region_side(w, x->region, x->side);
	json_writer_key(w, "level");
	json_writer_int(w, x->level);
	json_add_text(w, "note", x->note);
	json_writer_key(w, "sharp");
	json_writer_bool(w, x->sharp);
	json_entry_end(w, type);
}

static void csv_soreness(const void *row, char *cols[CSV_COLS])
{
	const struct soreness *x = row;

	csv_region_side(cols, x->region, x->side);
	cols[CSV_LEVEL] = g_strdup_printf("%d", x->level);
	cols[CSV_NOTE] = spreadsheet_text(x->note);
}

static bool from_json_soreness(const struct json_fields *f, void *row, GError **err)
{
	const struct json_fields_ops *j = f->ops;
	struct soreness *x = row;
	const char *note;

	memset(x, 0, sizeof(*x));
	if (!j->time(f, "time", &x->time, err) || !j->region(f, "region", &x->region, err) ||
	    !j->side(f, "side", x->region, &x->side, err) ||
	    !j->integer(f, "level", false, 0, 10, &x->level, err) ||
	    !j->text(f, "note", true, &note, err) || !j->flag(f, "sharp", &x->sharp, err))
		return false;
	x->note = g_strdup(note);
	return true;
}

static char *import_key_soreness(const void *row)
{
	const struct soreness *x = row;

	return g_strdup_printf("%" G_GINT64_FORMAT "|%d|%d|%d", (gint64)x->time, x->region,
			       x->side, x->level);
}

/* --- massages ----------------------------------------------------------- */

#define MASSAGE_SELECT "SELECT id, date, kind, therapist, note FROM massages"

static void bind_massage(sqlite3_stmt *s, const void *row)
{
	const struct massage *m = row;

	store_bind_day(s, 1, m->date);
	sqlite3_bind_text(s, 2, massage_kind_id(m->kind), -1, SQLITE_STATIC);
	store_bind_text_or_null(s, 3, m->therapist);
	store_bind_text_or_null(s, 4, m->note);
}

/* The regions are replaced whole: an edit that drops one drops its row. */
static bool write_massage_regions(struct store *st, const void *row, int64_t id, GError **err)
{
	const struct massage *m = row;
	sqlite3_stmt *s;

	s = store_prepare(st, "DELETE FROM massage_regions WHERE massage_id = ?", err);
	if (!s)
		return false;
	sqlite3_bind_int64(s, 1, id);
	if (!store_step_done(st, s, err))
		return false;
	for (size_t i = 0; i < m->n_regions; i++) {
		s = store_prepare(st,
				  "INSERT OR IGNORE INTO massage_regions (massage_id, region, side)"
				  " VALUES (?,?,?)",
				  err);
		if (!s)
			return false;
		sqlite3_bind_int64(s, 1, id);
		sqlite3_bind_text(s, 2, region_id(m->regions[i].region), -1, SQLITE_STATIC);
		store_bind_text_or_null(s, 3, side_id(m->regions[i].side));
		if (!store_step_done(st, s, err))
			return false;
	}
	return true;
}

static void read_massage_regions(struct store *st, struct massage *m)
{
	sqlite3_stmt *s = st->massage_regions;
	GArray *a = g_array_new(FALSE, TRUE, sizeof(struct region_side));

	if (!s && sqlite3_prepare_v3(st->db,
				     "SELECT region, side FROM massage_regions WHERE massage_id = ?"
				     " ORDER BY rowid",
				     -1, SQLITE_PREPARE_PERSISTENT, &s, NULL) != SQLITE_OK)
		s = NULL;
	st->massage_regions = s;
	if (s) {
		sqlite3_bind_int64(s, 1, m->id);
		while (sqlite3_step(s) == SQLITE_ROW) {
			struct region_side rs = { 0 };
			region_from_id((const char *)sqlite3_column_text(s, 0), &rs.region);
			rs.side = store_column_side(s, 1);
			g_array_append_val(a, rs);
		}
		sqlite3_reset(s);
	}
	m->n_regions = a->len;
	m->regions = (struct region_side *)g_array_free(a, a->len == 0);
}

static void read_massage(struct store *st, sqlite3_stmt *s, void *row)
{
	struct massage *m = row;

	memset(m, 0, sizeof(*m));
	m->id = sqlite3_column_int64(s, 0);
	m->date = store_column_day(s, 1);
	massage_kind_from_id((const char *)sqlite3_column_text(s, 2), &m->kind);
	m->therapist = store_column_strdup(s, 3);
	m->note = store_column_strdup(s, 4);
	read_massage_regions(st, m);
}

static void clear_massage(void *row)
{
	massage_clear(row);
}

static void copy_massage(void *dst, const void *src)
{
	struct massage *d = dst;
	const struct massage *m = src;

	*d = *m;
	d->regions = m->n_regions ? g_memdup2(m->regions, sizeof(*m->regions) * m->n_regions)
				  : NULL;
	d->therapist = g_strdup(m->therapist);
	d->note = g_strdup(m->note);
}

#define MASSAGE_TYPE "(isa(ss)msms)"

static GVariant *encode_massage(const void *row)
{
	const struct massage *m = row;
	GVariantBuilder regions;

	g_variant_builder_init(&regions, G_VARIANT_TYPE("a(ss)"));
	for (size_t i = 0; i < m->n_regions; i++)
		g_variant_builder_add(&regions, "(ss)", region_id(m->regions[i].region),
				      side_text(m->regions[i].side));
	return g_variant_new(MASSAGE_TYPE, (gint32)m->date, massage_kind_id(m->kind), &regions,
			     m->therapist, m->note);
}

static bool decode_massage(GVariant *v, void *row)
{
	struct massage *m = row;
	const char *kind, *region, *side;
	GVariantIter *it;
	gint32 day;
	bool ok = true;

	memset(m, 0, sizeof(*m));
	g_variant_get(v, "(i&sa(ss)msms)", &day, &kind, &it, &m->therapist, &m->note);
	m->date = day;
	m->regions = g_new0(struct region_side, g_variant_iter_n_children(it) + 1);
	while (g_variant_iter_next(it, "(&s&s)", &region, &side)) {
		struct region_side *rs = &m->regions[m->n_regions++];
		ok = region_from_id(region, &rs->region) && ok;
		rs->side = side_from_text(side);
	}
	g_variant_iter_free(it);
	return massage_kind_from_id(kind, &m->kind) && ok;
}

static bool validate_massage_row(const void *row, wtime now, GError **err)
{
	return validate_massage(row, now, err);
}

static char *describe_massage(const void *row, enum unit u)
{
	const struct massage *m = row;
	char *day = short_day(m->date);
	/* TRANSLATORS: names a massage: "the massage of Tue 8 Dec, sports massage". */
	char *s = g_strdup_printf(_("the massage of %s, %s"), day, massage_kind_name(m->kind));

	(void)u;
	g_free(day);
	return s;
}

static void json_massage(struct json_writer *w, const void *row, const char *type)
{
	const struct massage *m = row;

	json_entry_begin(w, m->id);
	json_add_day(w, "date", m->date);
	json_add_text(w, "kind", massage_kind_id(m->kind));
	json_writer_key(w, "regions");
	json_writer_begin_array(w);
	for (size_t i = 0; i < m->n_regions; i++) {
		json_writer_begin_object(w);
		json_add_region_side(w, m->regions[i].region, m->regions[i].side);
		json_writer_end_object(w);
	}
	json_writer_end_array(w);
	json_add_text(w, "therapist", m->therapist);
	json_add_text(w, "note", m->note);
	json_entry_end(w, type);
}

/* Its regions in one cell: "hamstring:right;lower-back". */
static void csv_massage(const void *row, char *cols[CSV_COLS])
{
	const struct massage *m = row;

	cols[CSV_KIND] = g_strdup(massage_kind_id(m->kind));
	cols[CSV_REGIONS] = region_sides_join(m->regions, m->n_regions, true, ";");
	cols[CSV_THERAPIST] = spreadsheet_text(m->therapist);
	cols[CSV_NOTE] = spreadsheet_text(m->note);
}

/* One of a massage's regions, {"region", "side"}. */
static bool massage_region_from_json(const struct json_fields *item, size_t index, size_t n,
				     void *data, GError **err)
{
	struct massage *m = data;
	struct region_side *rs;

	if (index == 0)
		m->regions = g_new0(struct region_side, n + 1);
	rs = &m->regions[index];
	if (!item->ops->region(item, "region", &rs->region, err) ||
	    !item->ops->side(item, "side", rs->region, &rs->side, err))
		return false;
	m->n_regions++;
	return true;
}

static bool from_json_massage(const struct json_fields *f, void *row, GError **err)
{
	const struct json_fields_ops *j = f->ops;
	struct massage *m = row;
	const char *kind, *therapist, *note;

	memset(m, 0, sizeof(*m));
	if (!j->day(f, "date", &m->date, err) || !j->text(f, "kind", false, &kind, err) ||
	    !j->text(f, "therapist", true, &therapist, err) ||
	    !j->text(f, "note", true, &note, err))
		return false;
	if (!massage_kind_from_id(kind, &m->kind))
		return j->bad(f, "kind", _("not a kind of massage (expected sports, deep-tissue, myofascial, trigger-point, flush or relaxation)"), err);
	if (!j->objects(f, "regions", _("not an object (expected {\"region\", \"side\"})"),
			massage_region_from_json, m, err))
		return false;
	m->therapist = g_strdup(therapist);
	m->note = g_strdup(note);
	return true;
}

static char *import_key_massage(const void *row)
{
	const struct massage *m = row;

	return g_strdup_printf("%d|%d", m->date, m->kind);
}

/* --- races -------------------------------------------------------------- */

#define RACE_SELECT "SELECT id, date, name, distance_m, priority FROM races"

static void bind_race(sqlite3_stmt *s, const void *row)
{
	const struct race *r = row;
	char prio[2] = { r->priority, '\0' };

	store_bind_day(s, 1, r->date);
	store_bind_text_or_null(s, 2, r->name);
	sqlite3_bind_double(s, 3, r->distance_m);
	sqlite3_bind_text(s, 4, prio, -1, SQLITE_TRANSIENT);
}

static void read_race(struct store *st, sqlite3_stmt *s, void *row)
{
	struct race *r = row;
	const char *prio;

	(void)st;
	memset(r, 0, sizeof(*r));
	r->id = sqlite3_column_int64(s, 0);
	r->date = store_column_day(s, 1);
	r->name = store_column_strdup(s, 2);
	r->distance_m = sqlite3_column_double(s, 3);
	prio = (const char *)sqlite3_column_text(s, 4);
	r->priority = prio ? prio[0] : 'B';
}

static void clear_race(void *row)
{
	race_clear(row);
}

static void copy_race(void *dst, const void *src)
{
	struct race *d = dst;

	*d = *(const struct race *)src;
	d->name = g_strdup(d->name);
}

#define RACE_TYPE "(isds)"

static GVariant *encode_race(const void *row)
{
	const struct race *r = row;
	char prio[2] = { r->priority, '\0' };

	return g_variant_new(RACE_TYPE, (gint32)r->date, r->name, r->distance_m, prio);
}

static bool decode_race(GVariant *v, void *row)
{
	struct race *r = row;
	const char *prio;
	gint32 day;

	memset(r, 0, sizeof(*r));
	g_variant_get(v, "(isd&s)", &day, &r->name, &r->distance_m, &prio);
	r->date = day;
	r->priority = prio[0];
	return prio[0] && strchr("ABC", prio[0]);
}

static bool validate_race_row(const void *row, wtime now, GError **err)
{
	return validate_race(row, now, err);
}

static char *describe_race(const void *row, enum unit u)
{
	const struct race *r = row;
	char *day = short_day(r->date), *dist = format_distance(r->distance_m, u);
	/* TRANSLATORS: names a race: "the race Montreal 21k of Sun 30 May, 21.10 km". */
	char *s = g_strdup_printf(_("the race %s of %s, %s"), r->name ? r->name : "", day, dist);

	g_free(day);
	g_free(dist);
	return s;
}

static void json_race(struct json_writer *w, const void *row, const char *type)
{
	const struct race *r = row;
	char prio[2] = { r->priority, '\0' };

	json_entry_begin(w, r->id);
	json_add_day(w, "date", r->date);
	json_add_text(w, "name", r->name);
	json_writer_key(w, "distance_m");
	json_writer_double(w, r->distance_m);
	json_add_text(w, "priority", prio);
	json_entry_end(w, type);
}

static void csv_race(const void *row, char *cols[CSV_COLS])
{
	const struct race *r = row;

	cols[CSV_DISTANCE] = csv_number(r->distance_m, 2);
	cols[CSV_NAME] = spreadsheet_text(r->name);
	cols[CSV_PRIORITY] = g_strdup_printf("%c", r->priority);
}

static bool from_json_race(const struct json_fields *f, void *row, GError **err)
{
	const struct json_fields_ops *j = f->ops;
	struct race *r = row;
	const char *name, *prio;

	memset(r, 0, sizeof(*r));
	if (!j->day(f, "date", &r->date, err) || !j->text(f, "name", false, &name, err) ||
	    !j->number(f, "distance_m", false, &r->distance_m, NULL, err) ||
	    !j->text(f, "priority", true, &prio, err))
		return false;
	if (!prio)
		r->priority = 'B';
	else if (strlen(prio) == 1 && strchr("ABC", prio[0]))
		r->priority = prio[0];
	else
		return j->bad(f, "priority", _("not a priority (expected A, B or C)"), err);
	r->name = g_strdup(name);
	return true;
}

static char *import_key_race(const void *row)
{
	const struct race *r = row;

	return g_strdup_printf("%d|%s", r->date, r->name ? r->name : "");
}

/* --- assessments --------------------------------------------------------- */

#define ASSESSMENT_SELECT "SELECT id, time, region, side, cleared FROM assessments"

static void bind_assessment(sqlite3_stmt *s, const void *row)
{
	const struct assessment *a = row;

	store_bind_time(s, 1, a->time);
	sqlite3_bind_text(s, 2, region_id(a->region), -1, SQLITE_STATIC);
	store_bind_text_or_null(s, 3, side_id(a->side));
	sqlite3_bind_int(s, 4, a->cleared ? 1 : 0);
}

static void read_assessment(struct store *st, sqlite3_stmt *s, void *row)
{
	struct assessment *a = row;

	(void)st;
	memset(a, 0, sizeof(*a));
	a->id = sqlite3_column_int64(s, 0);
	a->time = store_column_time(s, 1);
	region_from_id((const char *)sqlite3_column_text(s, 2), &a->region);
	a->side = store_column_side(s, 3);
	a->cleared = sqlite3_column_int(s, 4) != 0;
}

/* Nothing owned: clearing forgets the entry. */
static void clear_assessment(void *row)
{
	assessment_clear(row);
}

static void copy_assessment(void *dst, const void *src)
{
	*(struct assessment *)dst = *(const struct assessment *)src;
}

#define ASSESSMENT_TYPE "(xssb)"

static GVariant *encode_assessment(const void *row)
{
	const struct assessment *a = row;

	return g_variant_new(ASSESSMENT_TYPE, (gint64)a->time, region_id(a->region),
			     side_text(a->side), (gboolean)a->cleared);
}

static bool decode_assessment(GVariant *v, void *row)
{
	struct assessment *a = row;
	const char *region, *side;
	gint64 time;
	gboolean cleared;

	memset(a, 0, sizeof(*a));
	g_variant_get(v, "(x&s&sb)", &time, &region, &side, &cleared);
	a->time = time;
	a->side = side_from_text(side);
	a->cleared = cleared;
	return region_from_id(region, &a->region);
}

static bool validate_assessment_row(const void *row, wtime now, GError **err)
{
	return validate_assessment(row, now, err);
}

static char *describe_assessment(const void *row, enum unit u)
{
	const struct assessment *a = row;
	char *day = short_day(wtime_day(a->time)), *where = region_side_name(a->region, a->side);
	char *s = a->cleared
			  /* TRANSLATORS: names an assessment: "the assessment of Tue 8 Dec, left shin, cleared for massage". */
			  ? g_strdup_printf(_("the assessment of %s, %s, cleared for massage"), day, where)
			  /* TRANSLATORS: names an assessment: "the assessment of Tue 8 Dec, left shin". */
			  : g_strdup_printf(_("the assessment of %s, %s"), day, where);

	(void)u;
	g_free(day);
	g_free(where);
	return s;
}

static bool from_json_assessment(const struct json_fields *f, void *row, GError **err)
{
	const struct json_fields_ops *j = f->ops;
	struct assessment *a = row;

	memset(a, 0, sizeof(*a));
	return j->time(f, "time", &a->time, err) && j->region(f, "region", &a->region, err) &&
	       j->side(f, "side", a->region, &a->side, err) &&
	       j->flag(f, "cleared", &a->cleared, err);
}

static char *import_key_assessment(const void *row)
{
	const struct assessment *a = row;

	return g_strdup_printf("%" G_GINT64_FORMAT "|%d|%d|%d", (gint64)a->time, a->region,
			       a->side, a->cleared);
}

static void json_assessment(struct json_writer *w, const void *row, const char *type)
{
	const struct assessment *a = row;

	json_entry_begin(w, a->id);
	json_add_time(w, "time", a->time);
	json_add_region_side(w, a->region, a->side);
	json_writer_key(w, "cleared");
	json_writer_bool(w, a->cleared);
	json_entry_end(w, type);
}

static void csv_assessment(const void *row, char *cols[CSV_COLS])
{
	const struct assessment *a = row;

	csv_region_side(cols, a->region, a->side);
	cols[CSV_CLEARED] = g_strdup(a->cleared ? "1" : "0");
}

/* --- the fields knead edit changes ---------------------------------------- */

/* A field at a member of the row (store.h: struct edit_field). */
#define EDIT_AT(row, member) .offset = offsetof(row, member), .size = G_SIZEOF_MEMBER(row, member)
/* The most a text typed in knead edit may hold, in bytes (the rules of a
 * new entry, validate.h, then count its characters). */
#define EDIT_NOTE_BYTES 10000
#define EDIT_NAME_BYTES 200

static const struct edit_field run_edit_fields[] = {
	{ "date", N_("date"), EDIT_MOMENT, EDIT_AT(struct run, start) },
	{ "distance", N_("distance"), EDIT_DISTANCE, EDIT_AT(struct run, distance_m) },
	{ "duration", N_("duration"), EDIT_DURATION, EDIT_AT(struct run, duration_s) },
	{ "kind", N_("kind"), EDIT_RUN_KIND, EDIT_AT(struct run, kind) },
	{ "rpe", N_("effort"), EDIT_RPE, EDIT_AT(struct run, rpe) },
	{ "hr", N_("heart rate"), EDIT_HEART_RATE, EDIT_AT(struct run, avg_hr) },
	{ "note", N_("note"), EDIT_TEXT, EDIT_AT(struct run, note), .max_bytes = EDIT_NOTE_BYTES,
	  .what = N_("note") },
};

static const struct edit_field soreness_edit_fields[] = {
	{ "date", N_("date"), EDIT_MOMENT, EDIT_AT(struct soreness, time) },
	{ "region", N_("region"), EDIT_REGION_SIDE, EDIT_AT(struct soreness, region),
	  .aux_offset = offsetof(struct soreness, side) },
	{ "level", N_("level"), EDIT_LEVEL, EDIT_AT(struct soreness, level) },
	{ "note", N_("note"), EDIT_TEXT, EDIT_AT(struct soreness, note), .max_bytes = EDIT_NOTE_BYTES,
	  .what = N_("note") },
};

static const struct edit_field massage_edit_fields[] = {
	{ "date", N_("date"), EDIT_DAY_AHEAD, EDIT_AT(struct massage, date) },
	{ "kind", N_("kind"), EDIT_MASSAGE_KIND, EDIT_AT(struct massage, kind) },
	{ "regions", N_("regions"), EDIT_REGION_LIST, EDIT_AT(struct massage, regions),
	  .aux_offset = offsetof(struct massage, n_regions) },
	{ "therapist", N_("therapist"), EDIT_TEXT, EDIT_AT(struct massage, therapist),
	  .max_bytes = EDIT_NAME_BYTES, .what = N_("therapist's name") },
	{ "note", N_("note"), EDIT_TEXT, EDIT_AT(struct massage, note), .max_bytes = EDIT_NOTE_BYTES,
	  .what = N_("note") },
};

static const struct edit_field race_edit_fields[] = {
	{ "date", N_("date"), EDIT_RACE_DAY, EDIT_AT(struct race, date) },
	{ "name", N_("name"), EDIT_TEXT, EDIT_AT(struct race, name), .max_bytes = EDIT_NAME_BYTES,
	  .what = N_("race name"), .required = N_("the race needs a name") },
	{ "distance", N_("distance"), EDIT_DISTANCE, EDIT_AT(struct race, distance_m) },
	{ "priority", N_("priority"), EDIT_PRIORITY, EDIT_AT(struct race, priority) },
};

static const struct edit_field assessment_edit_fields[] = {
	{ "date", N_("date"), EDIT_MOMENT, EDIT_AT(struct assessment, time) },
	{ "region", N_("region"), EDIT_REGION_SIDE, EDIT_AT(struct assessment, region),
	  .aux_offset = offsetof(struct assessment, side) },
	{ "cleared", N_("cleared for massage"), EDIT_YES_NO, EDIT_AT(struct assessment, cleared) },
};

#undef EDIT_AT

/* --- the table ---------------------------------------------------------- */

/* What every kind states the same way: its table (the id on the command
 * line too), its one entry's word and how a row of it is deleted; its row
 * type and the field holding its moment; its rows in struct history (the
 * `rows` of ENTRY_KINDS, model.h); its SELECT
 * (columns as read() expects them) by id and from a time column on. */
#define KIND_TABLE(t, name, word) \
	.table = t, .id = name, .type = word, .delete_sql = "DELETE FROM " name " WHERE id = ?"
#define KIND_ROW(type, when)                                         \
	.row_size = sizeof(type), .id_offset = offsetof(type, id), \
	.when_offset = offsetof(type, when)
#define KIND_HISTORY(rows)                                  \
	.history_rows = offsetof(struct history, rows),     \
	.history_count = offsetof(struct history, n_##rows)
#define KIND_FNS(name)                                                                   \
	.bind = bind_##name, .read = read_##name, .clear = clear_##name, .copy = copy_##name, \
	.validate = validate_##name##_row, .describe = describe_##name, \
	.to_json = json_##name, .to_csv = csv_##name, .encode = encode_##name, .decode = decode_##name, \
	.from_json = from_json_##name, .edit_fields = name##_edit_fields, \
	.n_edit_fields = G_N_ELEMENTS(name##_edit_fields)
#define KIND_SELECTS(select, when)                  \
	.select_by_id_sql = select " WHERE id = ?", \
	.select_since_sql = select " WHERE " when " >= ? ORDER BY " when ", id"

static const struct entry_kind kinds[] = {
	[TABLE_RUNS] = {
		KIND_HISTORY(runs),
		KIND_TABLE(TABLE_RUNS, "runs", "run"), KIND_ROW(struct run, start),
		/* TRANSLATORS: a list's name inside a sentence, "Changed runs entry
		 * 3." (French: "Dans les sorties, l'entrée 3 a été modifiée."). */
		.name = NC_("list name", "runs"), .typed = NC_("typed list", "runs|run"),
		KIND_SELECTS(STORE_RUN_SELECT, "start"),
		.insert_sql = "INSERT INTO runs (start, distance_m, duration_s, kind, rpe, avg_hr,"
			      " elevation_m, note, source, source_id, id)"
			      " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
		/* An update is the runner's edit: an import never fills it again. */
		.update_sql = "UPDATE runs SET start = ?, distance_m = ?, duration_s = ?, kind = ?,"
			      " rpe = ?, avg_hr = ?, elevation_m = ?, note = ?, source = ?,"
			      " source_id = ?, edited = 1 WHERE id = ?",
		.n_fields = 10, KIND_FNS(run), .variant_type = RUN_TYPE,
		.import_match = import_match_run,
	},
	[TABLE_SORENESS] = {
		KIND_HISTORY(soreness),
		KIND_TABLE(TABLE_SORENESS, "soreness", "soreness"), KIND_ROW(struct soreness, time),
		.name = NC_("list name", "soreness"), .typed = NC_("typed list", "soreness|sore"),
		KIND_SELECTS(SORENESS_SELECT, "time"),
		.insert_sql = "INSERT INTO soreness (time, region, side, level, note, sharp, id)"
			      " VALUES (?,?,?,?,?,?,?)",
		.update_sql = "UPDATE soreness SET time = ?, region = ?, side = ?, level = ?,"
			      " note = ?, sharp = ? WHERE id = ?",
		.n_fields = 6, KIND_FNS(soreness), .variant_type = SORENESS_TYPE,
		.import_key = import_key_soreness,
	},
	[TABLE_MASSAGES] = {
		KIND_HISTORY(massages),
		KIND_TABLE(TABLE_MASSAGES, "massages", "massage"), KIND_ROW(struct massage, date),
		.name = NC_("list name", "massages"), .typed = NC_("typed list", "massages|massage"),
		KIND_SELECTS(MASSAGE_SELECT, "date"), .by_day = true,
		.insert_sql = "INSERT INTO massages (date, kind, therapist, note, id)"
			      " VALUES (?,?,?,?,?)",
		.update_sql = "UPDATE massages SET date = ?, kind = ?, therapist = ?, note = ?"
			      " WHERE id = ?",
		.n_fields = 4, KIND_FNS(massage), .write_children = write_massage_regions,
		.variant_type = MASSAGE_TYPE, .import_key = import_key_massage,
	},
	[TABLE_RACES] = {
		KIND_HISTORY(races),
		KIND_TABLE(TABLE_RACES, "races", "race"), KIND_ROW(struct race, date),
		.name = NC_("list name", "races"), .typed = NC_("typed list", "races|race"),
		KIND_SELECTS(RACE_SELECT, "date"), .by_day = true,
		.insert_sql = "INSERT INTO races (date, name, distance_m, priority, id)"
			      " VALUES (?,?,?,?,?)",
		.update_sql = "UPDATE races SET date = ?, name = ?, distance_m = ?, priority = ?"
			      " WHERE id = ?",
		.n_fields = 4, KIND_FNS(race), .variant_type = RACE_TYPE,
		.import_key = import_key_race,
	},
	[TABLE_ASSESSMENTS] = {
		KIND_HISTORY(assessments),
		KIND_TABLE(TABLE_ASSESSMENTS, "assessments", "assessment"),
		KIND_ROW(struct assessment, time), .name = NC_("list name", "assessments"), .typed = NC_("typed list", "assessments|assessment"),
		KIND_SELECTS(ASSESSMENT_SELECT, "time"),
		.insert_sql = "INSERT INTO assessments (time, region, side, cleared, id)"
			      " VALUES (?,?,?,?,?)",
		.update_sql = "UPDATE assessments SET time = ?, region = ?, side = ?, cleared = ?"
			      " WHERE id = ?",
		.n_fields = 4, KIND_FNS(assessment), .variant_type = ASSESSMENT_TYPE,
		.import_key = import_key_assessment,
	},
};

G_STATIC_ASSERT(G_N_ELEMENTS(kinds) == TABLE_COUNT);

const struct entry_kind *entry_kind_of(enum store_table t)
{
	g_return_val_if_fail((unsigned)t < TABLE_COUNT, NULL);
	return &kinds[t];
}

const struct entry_kind *store_kind_or_fail(enum store_table t, GError **err)
{
	const struct entry_kind *k = entry_kind_of(t);

	if (!k)
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
			    _("unknown kind of entry %d (a bug in knead)"), (int)t);
	return k;
}

const void *entry_kind_history_rows(const struct entry_kind *k, const struct history *h,
				    size_t *n)
{
	const void *rows;

	memcpy(n, (const char *)h + k->history_count, sizeof(*n));
	memcpy(&rows, (const char *)h + k->history_rows, sizeof(rows));
	return rows;
}

int64_t entry_kind_row_id(const struct entry_kind *k, const void *row)
{
	int64_t id;

	memcpy(&id, (const char *)row + k->id_offset, sizeof(id));
	return id;
}

char *store_entry_describe(enum store_table t, const void *row, enum unit u)
{
	const struct entry_kind *k = entry_kind_of(t);

	return k ? k->describe(row, u) : g_strdup("?");
}

void store_entry_copy(enum store_table t, void *dst, const void *src)
{
	const struct entry_kind *k = entry_kind_of(t);

	if (k)
		k->copy(dst, src);
}

void store_entry_clear(enum store_table t, void *row)
{
	const struct entry_kind *k = entry_kind_of(t);

	if (k)
		k->clear(row);
}

size_t store_entry_size(enum store_table t)
{
	const struct entry_kind *k = entry_kind_of(t);

	return k ? k->row_size : 0;
}

int64_t store_entry_id(enum store_table t, const void *row)
{
	const struct entry_kind *k = entry_kind_of(t);

	return k ? entry_kind_row_id(k, row) : 0;
}

bool store_entry_validate(enum store_table t, const void *row, wtime now, GError **err)
{
	const struct entry_kind *k = store_kind_or_fail(t, err);

	return k && k->validate(row, now, err);
}

const char *store_table_id(enum store_table t)
{
	return (unsigned)t < TABLE_COUNT ? kinds[t].id : "?";
}

const char *store_table_name(enum store_table t)
{
	return (unsigned)t < TABLE_COUNT ? g_dpgettext2(NULL, "list name", kinds[t].name) : "?";
}

bool store_table_from_id(const char *s, enum store_table *out)
{
	for (int i = 0; s && i < TABLE_COUNT; i++) {
		if (strcmp(s, kinds[i].id) == 0) {
			*out = (enum store_table)i;
			return true;
		}
	}
	return false;
}

bool store_table_from_typed(const char *s, enum store_table *out)
{
	for (int i = 0; s && i < TABLE_COUNT; i++) {
		/* TRANSLATORS: the words for a list ("typed list" context) a
		   runner may type in knead list, edit and rm, separated by |;
		   the English ones always work too. */
		if (parse_is_one_of(s, kinds[i].typed) ||
		    parse_is_one_of(s, g_dpgettext2(NULL, "typed list", kinds[i].typed))) {
			*out = (enum store_table)i;
			return true;
		}
	}
	return false;
}

const char *store_table_word(enum store_table t)
{
	return kinds[t].type;
}

const struct edit_field *store_table_edit_fields(enum store_table t, size_t *n)
{
	const struct entry_kind *k = entry_kind_of(t);

	*n = k ? k->n_edit_fields : 0;
	return k ? k->edit_fields : NULL;
}

const char *store_entry_when(enum store_table t, const void *row, char *buf)
{
	const struct entry_kind *k = entry_kind_of(t);
	const char *at;
	dayno day;
	wtime when;

	if (!k) {
		buf[0] = '\0';
		return buf;
	}
	at = (const char *)row + k->when_offset;
	if (k->by_day) {
		memcpy(&day, at, sizeof(day));
		return day_format(day, buf);
	}
	memcpy(&when, at, sizeof(when));
	return wtime_format(when, buf);
}

void store_entry_json(struct json_writer *w, enum store_table t, const void *row, bool typed)
{
	const struct entry_kind *k = entry_kind_of(t);

	if (k)
		k->to_json(w, row, typed ? k->type : NULL);
}

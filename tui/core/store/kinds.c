/* SPDX-License-Identifier: GPL-3.0-or-later */
/* store/kinds.c - the four kinds of entry as data: their SQL, and how each
 * one's row is bound to a statement and read back from one. */
#include <stddef.h>
#include <string.h>
#include "core/error.h"
#include "core/i18n.h"
#include "core/regions.h"
#include "core/store/kinds.h"
#include "core/store/private.h"

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

/* --- the table ---------------------------------------------------------- */

/* What every kind states the same way: its table (the id on the command
 * line too) and how a row of it is deleted; its row type; its SELECT
 * (columns as read() expects them) by id and from a time column on. */
#define KIND_TABLE(t, name) \
	.table = t, .id = name, .delete_sql = "DELETE FROM " name " WHERE id = ?"
#define KIND_ROW(type) .row_size = sizeof(type), .id_offset = offsetof(type, id)
#define KIND_SELECTS(select, when)                  \
	.select_by_id_sql = select " WHERE id = ?", \
	.select_since_sql = select " WHERE " when " >= ? ORDER BY " when ", id"

static const struct entry_kind kinds[] = {
	[TABLE_RUNS] = {
		KIND_TABLE(TABLE_RUNS, "runs"), KIND_ROW(struct run),
		KIND_SELECTS(STORE_RUN_SELECT, "start"),
		.insert_sql = "INSERT INTO runs (start, distance_m, duration_s, kind, rpe, avg_hr,"
			      " elevation_m, note, source, source_id, id)"
			      " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
		/* An update is the runner's edit: an import never fills it again. */
		.update_sql = "UPDATE runs SET start = ?, distance_m = ?, duration_s = ?, kind = ?,"
			      " rpe = ?, avg_hr = ?, elevation_m = ?, note = ?, source = ?,"
			      " source_id = ?, edited = 1 WHERE id = ?",
		.n_fields = 10, .bind = bind_run, .read = read_run, .clear = clear_run,
	},
	[TABLE_SORENESS] = {
		KIND_TABLE(TABLE_SORENESS, "soreness"), KIND_ROW(struct soreness),
		KIND_SELECTS(SORENESS_SELECT, "time"),
		.insert_sql = "INSERT INTO soreness (time, region, side, level, note, sharp, id)"
			      " VALUES (?,?,?,?,?,?,?)",
		.update_sql = "UPDATE soreness SET time = ?, region = ?, side = ?, level = ?,"
			      " note = ?, sharp = ? WHERE id = ?",
		.n_fields = 6, .bind = bind_soreness, .read = read_soreness,
		.clear = clear_soreness,
	},
	[TABLE_MASSAGES] = {
		KIND_TABLE(TABLE_MASSAGES, "massages"), KIND_ROW(struct massage),
		KIND_SELECTS(MASSAGE_SELECT, "date"), .by_day = true,
		.insert_sql = "INSERT INTO massages (date, kind, therapist, note, id)"
			      " VALUES (?,?,?,?,?)",
		.update_sql = "UPDATE massages SET date = ?, kind = ?, therapist = ?, note = ?"
			      " WHERE id = ?",
		.n_fields = 4, .bind = bind_massage, .read = read_massage,
		.write_children = write_massage_regions, .clear = clear_massage,
	},
	[TABLE_RACES] = {
		KIND_TABLE(TABLE_RACES, "races"), KIND_ROW(struct race),
		KIND_SELECTS(RACE_SELECT, "date"), .by_day = true,
		.insert_sql = "INSERT INTO races (date, name, distance_m, priority, id)"
			      " VALUES (?,?,?,?,?)",
		.update_sql = "UPDATE races SET date = ?, name = ?, distance_m = ?, priority = ?"
			      " WHERE id = ?",
		.n_fields = 4, .bind = bind_race, .read = read_race, .clear = clear_race,
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

int64_t entry_kind_row_id(const struct entry_kind *k, const void *row)
{
	int64_t id;

	memcpy(&id, (const char *)row + k->id_offset, sizeof(id));
	return id;
}

const char *store_table_id(enum store_table t)
{
	return (unsigned)t < TABLE_COUNT ? kinds[t].id : "?";
}

const char *store_table_name(enum store_table t)
{
	/* TRANSLATORS: a list's name inside a sentence, "Changed runs entry
	 * 3." (French: "Dans les sorties, l'entrée 3 a été modifiée."). */
	switch (t) {
	case TABLE_RUNS:
		return C_("list name", "runs");
	case TABLE_SORENESS:
		return C_("list name", "soreness");
	case TABLE_MASSAGES:
		return C_("list name", "massages");
	case TABLE_RACES:
		return C_("list name", "races");
	default:
		return "?";
	}
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

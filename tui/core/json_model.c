/* SPDX-License-Identifier: GPL-3.0-or-later */
/* json_model.c - the JSON form of each kind of entry.  One definition,
 * shared by knead list --json and the JSON export, so the two can never
 * drift apart (and import/json.c reads exactly this back). */
#include <config.h>

#include "core/clock.h"
#include "core/json_model.h"
#include "core/regions.h"

static void add_text(struct json_writer *w, const char *key, const char *v)
{
	json_writer_key(w, key);
	if (v)
		json_writer_string(w, v);
	else
		json_writer_null(w);
}

static void add_int_or_null(struct json_writer *w, const char *key, int v)
{
	json_writer_key(w, key);
	if (v > 0)
		json_writer_int(w, v);
	else
		json_writer_null(w);
}

static void add_day(struct json_writer *w, const char *key, dayno d)
{
	char buf[DATE_BUF];
	add_text(w, key, day_format(d, buf));
}

static void add_time(struct json_writer *w, const char *key, wtime t)
{
	char buf[DATETIME_BUF];
	add_text(w, key, wtime_format(t, buf));
}

static void finish(struct json_writer *w, const char *type)
{
	if (type)
		add_text(w, "type", type);
	json_writer_end_object(w);
}

static void begin(struct json_writer *w, int64_t id)
{
	json_writer_begin_object(w);
	json_writer_key(w, "id");
	json_writer_int(w, id);
}

void json_run(struct json_writer *w, const struct run *r, const char *type)
{
	begin(w, r->id);

	add_time(w, "start", r->start);
	json_writer_key(w, "distance_m");
	json_writer_double(w, r->distance_m);
	json_writer_key(w, "duration_s");
	json_writer_double(w, r->duration_s);
	add_text(w, "kind", run_kind_id(r->kind));
	add_int_or_null(w, "rpe", r->rpe);
	add_int_or_null(w, "avg_hr", r->avg_hr);
	json_writer_key(w, "elevation_m");
	if (r->elevation_m >= 0)
		json_writer_double(w, r->elevation_m);
	else
		json_writer_null(w);
	add_text(w, "note", r->note);
	add_text(w, "source", run_source_id(r->source));
	add_text(w, "source_id", r->source_id);
	finish(w, type);
}

void json_soreness(struct json_writer *w, const struct soreness *s, const char *type)
{
	begin(w, s->id);

	add_time(w, "time", s->time);
	add_text(w, "region", region_id(s->region));
	add_text(w, "side", side_id(s->side));
	json_writer_key(w, "level");
	json_writer_int(w, s->level);
	add_text(w, "note", s->note);
	json_writer_key(w, "sharp");
	json_writer_bool(w, s->sharp);
	finish(w, type);
}

void json_assessment(struct json_writer *w, const struct assessment *a, const char *type)
{
	begin(w, a->id);

	add_time(w, "time", a->time);
	add_text(w, "region", region_id(a->region));
	add_text(w, "side", side_id(a->side));
	json_writer_key(w, "cleared");
	json_writer_bool(w, a->cleared);
	finish(w, type);
}

void json_massage(struct json_writer *w, const struct massage *m, const char *type)
{
	begin(w, m->id);

	add_day(w, "date", m->date);
	add_text(w, "kind", massage_kind_id(m->kind));
	json_writer_key(w, "regions");
	json_writer_begin_array(w);
	for (size_t i = 0; i < m->n_regions; i++) {
		json_writer_begin_object(w);
		add_text(w, "region", region_id(m->regions[i].region));
		add_text(w, "side", side_id(m->regions[i].side));
		json_writer_end_object(w);
	}
	json_writer_end_array(w);
	add_text(w, "therapist", m->therapist);
	add_text(w, "note", m->note);
	finish(w, type);
}

void json_race(struct json_writer *w, const struct race *r, const char *type)
{
	char prio[2] = { r->priority, '\0' };

	begin(w, r->id);
	add_day(w, "date", r->date);
	add_text(w, "name", r->name);
	json_writer_key(w, "distance_m");
	json_writer_double(w, r->distance_m);
	add_text(w, "priority", prio);
	finish(w, type);
}

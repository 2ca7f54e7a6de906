/* json_model.c - the JSON form of each kind of entry.  One definition,
 * shared by knead list --json and the JSON export, so the two can never
 * drift apart (and import_json.c reads exactly this back). */
#include <config.h>

#include "clock.h"
#include "json_model.h"
#include "regions.h"

static void add_text(JsonBuilder *b, const char *key, const char *v)
{
	json_builder_set_member_name(b, key);
	if (v)
		json_builder_add_string_value(b, v);
	else
		json_builder_add_null_value(b);
}

static void add_int_or_null(JsonBuilder *b, const char *key, int v)
{
	json_builder_set_member_name(b, key);
	if (v > 0)
		json_builder_add_int_value(b, v);
	else
		json_builder_add_null_value(b);
}

static void add_day(JsonBuilder *b, const char *key, dayno d)
{
	char buf[DATE_BUF];
	add_text(b, key, day_format(d, buf));
}

static void add_time(JsonBuilder *b, const char *key, wtime t)
{
	char buf[DATETIME_BUF];
	add_text(b, key, wtime_format(t, buf));
}

static JsonNode *finish(JsonBuilder *b)
{
	JsonNode *n;

	json_builder_end_object(b);
	n = json_builder_get_root(b);
	g_object_unref(b);
	return n;
}

static JsonBuilder *begin(int64_t id)
{
	JsonBuilder *b = json_builder_new();

	json_builder_begin_object(b);
	json_builder_set_member_name(b, "id");
	json_builder_add_int_value(b, id);
	return b;
}

JsonNode *json_run(const struct run *r)
{
	JsonBuilder *b = begin(r->id);

	add_time(b, "start", r->start);
	json_builder_set_member_name(b, "distance_m");
	json_builder_add_double_value(b, r->distance_m);
	json_builder_set_member_name(b, "duration_s");
	json_builder_add_double_value(b, r->duration_s);
	add_text(b, "kind", run_kind_id(r->kind));
	add_int_or_null(b, "rpe", r->rpe);
	add_int_or_null(b, "avg_hr", r->avg_hr);
	json_builder_set_member_name(b, "elevation_m");
	if (r->elevation_m >= 0)
		json_builder_add_double_value(b, r->elevation_m);
	else
		json_builder_add_null_value(b);
	add_text(b, "note", r->note);
	add_text(b, "source", run_source_id(r->source));
	add_text(b, "source_id", r->source_id);
	return finish(b);
}

JsonNode *json_soreness(const struct soreness *s)
{
	JsonBuilder *b = begin(s->id);

	add_time(b, "time", s->time);
	add_text(b, "region", region_id(s->region));
	add_text(b, "side", side_id(s->side));
	json_builder_set_member_name(b, "level");
	json_builder_add_int_value(b, s->level);
	add_text(b, "note", s->note);
	return finish(b);
}

JsonNode *json_massage(const struct massage *m)
{
	JsonBuilder *b = begin(m->id);

	add_day(b, "date", m->date);
	add_text(b, "kind", massage_kind_id(m->kind));
	json_builder_set_member_name(b, "regions");
	json_builder_begin_array(b);
	for (size_t i = 0; i < m->n_regions; i++) {
		json_builder_begin_object(b);
		add_text(b, "region", region_id(m->regions[i].region));
		add_text(b, "side", side_id(m->regions[i].side));
		json_builder_end_object(b);
	}
	json_builder_end_array(b);
	add_text(b, "therapist", m->therapist);
	add_text(b, "note", m->note);
	return finish(b);
}

JsonNode *json_race(const struct race *r)
{
	JsonBuilder *b = begin(r->id);
	char prio[2] = { r->priority, '\0' };

	add_day(b, "date", r->date);
	add_text(b, "name", r->name);
	json_builder_set_member_name(b, "distance_m");
	json_builder_add_double_value(b, r->distance_m);
	add_text(b, "priority", prio);
	return finish(b);
}

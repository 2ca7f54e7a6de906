/* SPDX-License-Identifier: GPL-3.0-or-later */
/* samples.c - one entry of every kind, in two versions (samples.h). */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>
#include "core/store/kinds.h"
#include "samples.h"

static dayno day_of(int year, int month, int day)
{
	return wtime_day(wtime_make(year, month, day, 0, 0, 0));
}

void sample_entry(enum store_table t, int v, union store_row *row)
{
	memset(row, 0, sizeof(*row));
	switch (t) {
	case TABLE_RUNS:
		row->run = (struct run){ .start = wtime_make(2026, 11, 20 + v, 7, 0, 0),
					 .distance_m = 10000 + v * 500, .duration_s = 3150 + v,
					 .kind = v ? RUN_TEMPO : RUN_EASY, .rpe = 6 + v,
					 .avg_hr = v ? 151 : 0, .elevation_m = v ? 85 : -1,
					 .note = g_strdup(v ? "windy" : "easy"),
					 .source = v ? SOURCE_GPX : SOURCE_MANUAL,
					 .source_id = v ? g_strdup("track-1") : NULL };
		break;
	case TABLE_SORENESS:
		row->soreness = (struct soreness){ .time = wtime_make(2026, 11, 21, 8 + v, 0, 0),
						   .region = v ? REGION_SHIN : REGION_CALF,
						   .side = v ? SIDE_RIGHT : SIDE_LEFT, .level = 3 + v,
						   .note = v ? g_strdup("stairs") : NULL, .sharp = v };
		break;
	case TABLE_MASSAGES:
		row->massage = (struct massage){ .date = day_of(2026, 11, 22 + v),
						 .kind = v ? MASSAGE_FLUSH : MASSAGE_SPORTS,
						 .therapist = g_strdup(v ? "Lea" : "Sam"),
						 .note = v ? NULL : g_strdup("good") };
		row->massage.n_regions = 1 + (size_t)v;
		row->massage.regions = g_new0(struct region_side, row->massage.n_regions);
		row->massage.regions[0] = (struct region_side){ REGION_CALF, SIDE_LEFT };
		if (v)
			row->massage.regions[1] = (struct region_side){ REGION_LOWER_BACK, SIDE_NONE };
		break;
	case TABLE_RACES:
		row->race = (struct race){ .date = day_of(2027, 4, 18 + v),
					   .name = g_strdup(v ? "Boston" : "Ottawa"),
					   .distance_m = v ? 42195 : 21097.5,
					   .priority = v ? 'A' : 'C' };
		break;
	case TABLE_ASSESSMENTS:
		row->assessment = (struct assessment){ .time = wtime_make(2026, 11, 22 + v, 9, v, 0),
						       .region = v ? REGION_LOWER_BACK : REGION_SHIN,
						       .side = v ? SIDE_NONE : SIDE_LEFT,
						       .cleared = v };
		break;
	default:
		fail_msg("no sample for kind %d", (int)t);
	}
}

static void assert_same_text(const char *a, const char *b)
{
	if (!a || !b)
		assert_ptr_equal(a, b);
	else
		assert_string_equal(a, b);
}

static void assert_same_run(const struct run *a, const struct run *b)
{
	assert_int_equal(a->start, b->start);
	assert_float_equal(a->distance_m, b->distance_m, 1e-9);
	assert_float_equal(a->duration_s, b->duration_s, 1e-9);
	assert_int_equal(a->kind, b->kind);
	assert_int_equal(a->rpe, b->rpe);
	assert_int_equal(a->avg_hr, b->avg_hr);
	assert_float_equal(a->elevation_m, b->elevation_m, 1e-9);
	assert_same_text(a->note, b->note);
	assert_int_equal(a->source, b->source);
	assert_same_text(a->source_id, b->source_id);
}

static void assert_same_massage(const struct massage *a, const struct massage *b)
{
	assert_int_equal(a->date, b->date);
	assert_int_equal(a->kind, b->kind);
	assert_same_text(a->therapist, b->therapist);
	assert_same_text(a->note, b->note);
	assert_int_equal(a->n_regions, b->n_regions);
	for (size_t i = 0; i < a->n_regions; i++) {
		assert_int_equal(a->regions[i].region, b->regions[i].region);
		assert_int_equal(a->regions[i].side, b->regions[i].side);
	}
}

void assert_same_entry(enum store_table t, const void *row_a, const void *row_b)
{
	const union store_row *a = row_a, *b = row_b;

	if (t == TABLE_RUNS) {
		assert_same_run(&a->run, &b->run);
	} else if (t == TABLE_SORENESS) {
		assert_int_equal(a->soreness.time, b->soreness.time);
		assert_int_equal(a->soreness.region, b->soreness.region);
		assert_int_equal(a->soreness.side, b->soreness.side);
		assert_int_equal(a->soreness.level, b->soreness.level);
		assert_same_text(a->soreness.note, b->soreness.note);
		assert_int_equal(a->soreness.sharp, b->soreness.sharp);
	} else if (t == TABLE_MASSAGES) {
		assert_same_massage(&a->massage, &b->massage);
	} else if (t == TABLE_ASSESSMENTS) {
		assert_int_equal(a->assessment.time, b->assessment.time);
		assert_int_equal(a->assessment.region, b->assessment.region);
		assert_int_equal(a->assessment.side, b->assessment.side);
		assert_int_equal(a->assessment.cleared, b->assessment.cleared);
	} else {
		assert_int_equal(t, TABLE_RACES);
		assert_int_equal(a->race.date, b->race.date);
		assert_same_text(a->race.name, b->race.name);
		assert_float_equal(a->race.distance_m, b->race.distance_m, 1e-9);
		assert_int_equal(a->race.priority, b->race.priority);
	}
}

void sample_set_id(enum store_table t, union store_row *row, int64_t id)
{
	memcpy((char *)row + entry_kind_of(t)->id_offset, &id, sizeof(id));
}

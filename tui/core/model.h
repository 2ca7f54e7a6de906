/* SPDX-License-Identifier: GPL-3.0-or-later */
/* model.h - what knead knows about a runner: runs, soreness, massages, races.
 *
 * Times are local wall-clock times.  We keep them as seconds since
 * 1970-01-01T00:00 *of the local calendar* (a wtime), so that day arithmetic
 * is plain division and never trips over time zones or DST: the runner lives
 * in one calendar, and "yesterday" is whatever their wall clock says.
 */
#ifndef KNEAD_MODEL_H
#define KNEAD_MODEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef int64_t wtime; /* local wall-clock seconds since 1970-01-01T00:00 */
typedef int32_t dayno; /* local days since 1970-01-01 */

#define SECONDS_PER_DAY 86400

/* Floor division, so that times before 1970 still map to the right day. */
static inline dayno wtime_day(wtime t)
{
	return (dayno)(t >= 0 ? t / SECONDS_PER_DAY
			      : -((-t + SECONDS_PER_DAY - 1) / SECONDS_PER_DAY));
}

static inline wtime day_start(dayno d)
{
	return (wtime)d * SECONDS_PER_DAY;
}

enum side { SIDE_NONE = 0, SIDE_LEFT, SIDE_RIGHT };

/* REGION_CALF, ...: one per row of core/region_list.h, in its order. */
enum region {
#define REGION(e, ...) REGION_##e,
#include "core/region_list.h"
#undef REGION
	REGION_COUNT
};

enum run_kind {
	RUN_EASY,
	RUN_LONG,
	RUN_TEMPO,
	RUN_INTERVALS,
	RUN_RACE,
	RUN_TRAIL,
	RUN_RECOVERY,
	RUN_KIND_COUNT
};

enum massage_kind {
	MASSAGE_SPORTS,
	MASSAGE_DEEP_TISSUE,
	MASSAGE_MYOFASCIAL,
	MASSAGE_TRIGGER_POINT,
	MASSAGE_FLUSH,
	MASSAGE_RELAXATION,
	MASSAGE_KIND_COUNT
};

enum run_source {
	SOURCE_MANUAL,
	SOURCE_GPX,
	SOURCE_TCX,
	SOURCE_STRAVA,
	SOURCE_FIT,
	SOURCE_HEALTH, /* Apple Health */
	SOURCE_COUNT
};

struct run {
	int64_t id;
	wtime start;
	double distance_m;
	double duration_s;
	enum run_kind kind;
	int rpe;	     /* 1-10, 0 when not given */
	int avg_hr;	     /* beats per minute, 0 when unknown */
	double elevation_m;  /* total ascent, < 0 when unknown */
	char *note;	     /* owned, may be NULL */
	enum run_source source;
	char *source_id;     /* owned, may be NULL (manual runs) */
};

struct soreness {
	int64_t id;
	wtime time;
	enum region region;
	enum side side;
	int level; /* 0-10 */
	char *note;
	bool sharp; /* sharp or sudden pain: a triage sign, not soreness */
};

struct region_side {
	enum region region;
	enum side side;
};

struct massage {
	int64_t id;
	dayno date;
	enum massage_kind kind;
	struct region_side *regions; /* owned */
	size_t n_regions;
	char *therapist;
	char *note;
};

struct race {
	int64_t id;
	dayno date;
	char *name;
	double distance_m;
	char priority; /* 'A', 'B' or 'C' */
};

/* A race's priority when none is given: the schema's default, and the
 * command line's and the interface's. */
#define RACE_PRIORITY_DEFAULT 'B'

/* A professional looked at a flagged region (knead log assessed). */
struct assessment {
	int64_t id;
	wtime time;
	enum region region;
	enum side side;
	bool cleared; /* they said massage there is fine */
};

/* The kinds of entry, once, in the order of the store's lists
 * (enum store_table: TABLE_RUNS...; knead list --json merges the kinds in
 * this order on a tie, and every list of the lists' names follows it):
 * X(NAME, type, rows) for TABLE_NAME, its struct type (and the member of
 * union store_row, and type_clear()) and struct history's rows and
 * n_rows.  The store's own description of each kind is its descriptor
 * (store/kinds.c). */
#define ENTRY_KINDS(X)                        \
	X(RUNS, run, runs)                    \
	X(SORENESS, soreness, soreness)       \
	X(MASSAGES, massage, massages)        \
	X(RACES, race, races)                 \
	X(ASSESSMENTS, assessment, assessments)

/* A window of history: for each kind of entry its rows, oldest first,
 * and how many.  The store fills it; the advice engine and the load
 * figures only read it. */
struct history {
#define HISTORY_ROWS(NAME, type, rows) \
	struct type *rows;             \
	size_t n_##rows;
	ENTRY_KINDS(HISTORY_ROWS)
#undef HISTORY_ROWS
	/* The runner's heart rates from the settings ([runner] max_hr and
	 * resting_hr), 0 when not set: the load figures then estimate them
	 * (load.h).  The store leaves them at 0; callers copy the settings. */
	int max_hr;
	int resting_hr;
};

/* Frees what one entry owns: one for every kind of entry, even one that
 * owns no memory, since history_clear() calls it on each row. */
void run_clear(struct run *r);
void soreness_clear(struct soreness *s);
void massage_clear(struct massage *m);
void race_clear(struct race *r);
void assessment_clear(struct assessment *a);
/* Clears every row of every kind, then h. */
void history_clear(struct history *h);
/* Whether a massage of kind K is in the history on or before TODAY. */
bool history_had_massage(const struct history *h, dayno today, enum massage_kind k);

/* Stable text ids (database, JSON, command line) and translated names. */
const char *run_kind_id(enum run_kind k);
bool run_kind_from_id(const char *s, enum run_kind *out);
const char *run_kind_name(enum run_kind k);
const char *massage_kind_id(enum massage_kind k);
bool massage_kind_from_id(const char *s, enum massage_kind *out);
const char *massage_kind_name(enum massage_kind k);
const char *run_source_id(enum run_source s);
bool run_source_from_id(const char *s, enum run_source *out);
const char *side_id(enum side s); /* "left", "right", NULL for none */
const char *side_name(enum side s);

#endif

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* import/health.c - running workouts from an Apple Health export.
 *
 * export.xml holds every sample the phone and watch ever took: several GB
 * for a few years.  It is streamed with libxml2's reader, never built as a
 * tree.  Each <Workout> is one activity: workoutActivityType says its sport
 * (sport.h), duration and totalDistance its figures (or, in newer exports,
 * a <WorkoutStatistics> of DistanceWalkingRunning), and a <WorkoutStatistics>
 * of HeartRate its average heart rate.  Older exports give heart rate only
 * as <Record> samples, which come before the workouts: a second pass then
 * averages the samples inside each run.  A workout without a distance
 * takes it from its route (<FileReference path="/workout-routes/...gpx">).
 * Dates read "2019-05-02 07:00:00 -0400".
 */
#ifdef HAVE_CONFIG_H
#include <config.h>
#endif
#include <math.h>
#include <string.h>
#include "core/clock.h"
#include "core/error.h"
#include "core/i18n.h"
#include "core/import/health.h"
#include "core/import/util.h"
#include "core/import/sport.h"

#define HK_HEART_RATE "HKQuantityTypeIdentifierHeartRate"
#define HK_DISTANCE "HKQuantityTypeIdentifierDistanceWalkingRunning"
/* A workout's own figures beyond these are not a run's. */
#define ROUTE_MAX ((size_t)64 * 1024 * 1024)

struct health_workout {
	double start, end; /* UTC */
	double duration_s;
	double distance_m; /* < 0 when the workout does not say */
	double hr_avg;	   /* 0 when the workout does not say */
	double hr_sum;	   /* from samples, second pass */
	unsigned hr_n;
	double elevation_m;
	char *type;
	char *route; /* FileReference path, or NULL */
};

struct health_reader {
	struct import_xml x;
	struct import_batch *batch;
	GArray *runs;		   /* struct health_workout: the running ones */
	struct health_workout cur; /* the <Workout> being read */
	bool in_workout;
	bool saw_root;
	unsigned hr_records;
};

static bool attr_is(struct health_reader *h, const char *name, const char *want)
{
	xmlChar *v = xmlTextReaderGetAttribute(h->x.reader, (const xmlChar *)name);
	bool is = v && strcmp((const char *)v, want) == 0;

	xmlFree(v);
	return is;
}

static double attr_number(struct health_reader *h, const char *name)
{
	char *v = import_xml_attr(&h->x, name);
	double d;

	if (!v || !import_number(v, &d))
		d = NAN;
	g_free(v);
	return d;
}

/* "2019-05-02 07:00:00 -0400" -> seconds since the epoch. */
static bool health_time(const char *s, double *utc)
{
	char buf[64];
	size_t n = s ? strlen(s) : 0;

	if (n < 19 || n >= sizeof(buf))
		return false;
	g_strlcpy(buf, s, sizeof(buf));
	if (buf[10] == ' ')
		buf[10] = 'T';
	if (n > 20 && buf[19] == ' ')
		memmove(buf + 19, buf + 20, n - 19);
	return import_iso_time(buf, utc);
}

static bool attr_time(struct health_reader *h, const char *name, double *utc)
{
	char *v = import_xml_attr(&h->x, name);
	bool ok = health_time(v, utc);

	g_free(v);
	return ok;
}

static double to_seconds(double v, const char *unit)
{
	if (!unit || strcmp(unit, "min") == 0)
		return v * 60;
	if (strcmp(unit, "hr") == 0 || strcmp(unit, "h") == 0)
		return v * 3600;
	return v; /* "s" */
}

static double to_metres(double v, const char *unit)
{
	if (!unit || strcmp(unit, "km") == 0)
		return v * 1000;
	if (strcmp(unit, "mi") == 0)
		return v * 1609.344;
	if (strcmp(unit, "m") == 0)
		return v;
	if (strcmp(unit, "yd") == 0)
		return v * 0.9144;
	return NAN;
}

static void workout_start(struct health_reader *h)
{
	struct health_workout *w = &h->cur;
	char *unit;
	double v;

	memset(w, 0, sizeof(*w));
	w->distance_m = -1;
	w->elevation_m = -1;
	w->type = import_xml_attr(&h->x, "workoutActivityType");
	if (!attr_time(h, "startDate", &w->start))
		w->start = NAN;
	if (!attr_time(h, "endDate", &w->end))
		w->end = NAN;
	unit = import_xml_attr(&h->x, "durationUnit");
	v = attr_number(h, "duration");
	w->duration_s = isfinite(v) ? to_seconds(v, unit) : w->end - w->start;
	g_free(unit);
	unit = import_xml_attr(&h->x, "totalDistanceUnit");
	v = attr_number(h, "totalDistance");
	if (isfinite(v) && v > 0)
		w->distance_m = to_metres(v, unit);
	g_free(unit);
	h->in_workout = true;
}

static void workout_statistics(struct health_reader *h)
{
	struct health_workout *w = &h->cur;

	if (attr_is(h, "type", HK_HEART_RATE)) {
		double avg = attr_number(h, "average");
		if (isfinite(avg) && avg > 0)
			w->hr_avg = avg;
	} else if (attr_is(h, "type", HK_DISTANCE) && w->distance_m < 0) {
		char *unit = import_xml_attr(&h->x, "unit");
		double sum = attr_number(h, "sum");
		if (isfinite(sum) && sum > 0)
			w->distance_m = to_metres(sum, unit);
		g_free(unit);
	}
}

static void take_workout(struct health_reader *h, struct health_workout *w);

static void workout_end(struct health_reader *h)
{
	struct health_workout *w = &h->cur;
	struct sport_evidence e = { .declared = w->type };
	struct sport_verdict v;

	h->in_workout = false;
	if (!isfinite(w->start) || !(w->duration_s > 0)) {
		import_batch_skip(h->batch, _("no time stamps"), 1);
	} else {
		e.distance_m = w->distance_m > 0 ? w->distance_m : 0;
		e.duration_s = w->duration_s;
		sport_decide(&e, &v);
		if (h->batch->force_run || (sport_is_run(v.sport) && v.basis != SPORT_BY_SPEED)) {
			/* A run that has its distance, and its heart rate or no
			 * samples to take it from (they come before the
			 * workouts), goes to the batch now: only the others wait
			 * for the second pass or their route, so that memory
			 * does not grow with the number of workouts. */
			if (w->distance_m > 0 && (w->hr_avg > 0 || h->hr_records == 0))
				take_workout(h, w);
			else
				g_array_append_val(h->runs, *w);
			h->batch->found++; /* for progress */
			memset(w, 0, sizeof(*w));
			return;
		}
		char *why = g_strdup_printf(_("not a run: %s"), w->type ? w->type : "?");
		import_batch_skip(h->batch, why, 1);
		g_free(why);
	}
	g_free(w->type);
	g_free(w->route);
	memset(w, 0, sizeof(*w));
}

enum health_el {
	H_OTHER,
	H_ROOT,
	H_WORKOUT,
	H_RECORD,
	H_IN_WORKOUT, /* any element inside a <Workout> */
	H_STATISTICS,
	H_FILE_REF,
};

static int classify(const char *name, int parent, int depth)
{
	if (depth == 0)
		return strcmp(name, "HealthData") == 0 ? H_ROOT : H_OTHER;
	if (depth == 1 && strcmp(name, "Workout") == 0)
		return H_WORKOUT;
	if (depth == 1)
		return strcmp(name, "Record") == 0 ? H_RECORD : H_OTHER;
	if (parent < H_WORKOUT || parent == H_RECORD)
		return H_OTHER;
	if (strcmp(name, "WorkoutStatistics") == 0)
		return H_STATISTICS;
	return strcmp(name, "FileReference") == 0 ? H_FILE_REF : H_IN_WORKOUT;
}

static bool workouts_start(void *ctx, int el, int depth, bool *want_text, GError **err)
{
	struct health_reader *h = ctx;

	switch ((enum health_el)el) {
	case H_ROOT:
		h->saw_root = true;
		break;
	case H_WORKOUT:
		workout_start(h);
		break;
	case H_RECORD:
		/* One sample is enough to know a second pass could help;
		 * looking at every one of millions would double the time. */
		if (h->hr_records == 0 && attr_is(h, "type", HK_HEART_RATE))
			h->hr_records++;
		break;
	case H_STATISTICS:
		workout_statistics(h);
		break;
	case H_FILE_REF:
		if (!h->cur.route)
			h->cur.route = import_xml_attr(&h->x, "path");
		break;
	default:
		break;
	}
	if (depth > 0 || h->saw_root)
		return true;
	g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
		    _("not an Apple Health export (the root element is <%s>, expected <HealthData>)"),
		    (const char *)xmlTextReaderConstLocalName(h->x.reader));
	return false;
}

static bool workouts_end(void *ctx, int el, const char *text, GError **err)
{
	struct health_reader *h = ctx;

	if (el == H_WORKOUT && h->in_workout)
		workout_end(h);
	return true;
}

/* The first pass: every workout, and a count of heart-rate samples. */
static bool pass_workouts(struct health_reader *h, GError **err)
{
	static const struct import_xml_walker walker = { classify, workouts_start, workouts_end };

	if (!import_xml_walk(&h->x, &walker, h, err))
		return false;
	if (!h->saw_root) {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
			    _("the file holds no XML element (expected <HealthData>)"));
		return false;
	}
	return true;
}

static int by_start(gconstpointer a, gconstpointer b)
{
	const struct health_workout *x = a, *y = b;

	return (x->start > y->start) - (x->start < y->start);
}

/* The run whose time span holds `t`, by bisection over runs sorted by
 * start (runs do not overlap). */
static struct health_workout *run_at(GArray *runs, double t)
{
	guint lo = 0, hi = runs->len;

	while (lo < hi) {
		guint mid = lo + (hi - lo) / 2;
		struct health_workout *w = &g_array_index(runs, struct health_workout, mid);
		if (t < w->start)
			hi = mid;
		else if (t > w->start + w->duration_s && t > w->end)
			lo = mid + 1;
		else
			return w;
	}
	return NULL;
}

static bool sample_start(void *ctx, int el, int depth, bool *want_text, GError **err)
{
	struct health_reader *h = ctx;
	struct health_workout *w;
	double t, v;

	if (el != H_RECORD || !attr_is(h, "type", HK_HEART_RATE) || !attr_time(h, "startDate", &t))
		return true;
	w = run_at(h->runs, t);
	v = attr_number(h, "value");
	if (w && w->hr_avg == 0 && isfinite(v) && v > 0) {
		w->hr_sum += v;
		w->hr_n++;
	}
	return true;
}

/* The second pass: heart-rate samples inside the runs that lack an average. */
static bool pass_heart_rate(struct health_reader *h, GError **err)
{
	static const struct import_xml_walker walker = { classify, sample_start, NULL };

	return import_xml_walk(&h->x, &walker, h, err);
}

static bool needs_heart_rate(GArray *runs)
{
	for (guint i = 0; i < runs->len; i++)
		if (g_array_index(runs, struct health_workout, i).hr_avg == 0)
			return true;
	return false;
}

/* One workout into the batch as a run; frees its strings. */
static void take_workout(struct health_reader *h, struct health_workout *w)
{
	struct run r = { 0 };

	r.start = wtime_from_utc((int64_t)floor(w->start));
	r.distance_m = w->distance_m;
	r.duration_s = w->duration_s;
	r.avg_hr = (int)lround(w->hr_avg > 0 ? w->hr_avg : w->hr_n ? w->hr_sum / w->hr_n : 0);
	r.elevation_m = w->elevation_m;
	r.source = SOURCE_HEALTH;
	r.source_id = import_utc_id(w->start);
	import_batch_take_run(h->batch, &r, false);
	g_free(w->type);
	g_free(w->route);
}

static void take_runs(struct health_reader *h)
{
	for (guint i = 0; i < h->runs->len; i++)
		take_workout(h, &g_array_index(h->runs, struct health_workout, i));
	g_array_set_size(h->runs, 0);
}

/* A route's distance and climb for the workout it belongs to. */
static void route_fill(struct health_workout *w, const char *data, size_t len)
{
	struct import_batch b;

	import_batch_init(&b);
	b.force_run = true;
	if (import_gpx_memory(data, len, &b, NULL) && b.runs->len > 0) {
		const struct run *r = &g_array_index(b.runs, struct run, 0);
		w->distance_m = r->distance_m;
		w->elevation_m = r->elevation_m;
	}
	import_batch_clear(&b);
}

struct route_wanted {
	struct health_reader *h;
	GHashTable *by_ref; /* FileReference path -> GUINT index + 1 in h->runs */
};

static void route_got(const char *ref, const char *data, size_t len, void *ctx)
{
	struct route_wanted *rw = ctx;
	guint i = GPOINTER_TO_UINT(g_hash_table_lookup(rw->by_ref, ref));

	if (i > 0 && data)
		route_fill(&g_array_index(rw->h->runs, struct health_workout, i - 1), data, len);
}

/* Distances from the routes of the runs that lack one: from an archive in
 * one pass over it (never one pass a route: 4,000 routes would read the
 * zip 4,000 times), else route by route. */
static void route_distances(struct health_reader *h, const struct health_source *src)
{
	struct route_wanted rw = { h, g_hash_table_new(g_str_hash, g_str_equal) };

	for (guint i = 0; i < h->runs->len; i++) {
		struct health_workout *w = &g_array_index(h->runs, struct health_workout, i);
		char *data = NULL;
		size_t len = 0;

		if (w->distance_m > 0 || !w->route)
			continue;
		if (src->routes) {
			g_hash_table_insert(rw.by_ref, w->route, GUINT_TO_POINTER(i + 1));
		} else if (src->route && src->route(src->ctx, w->route, ROUTE_MAX, &data, &len)) {
			route_fill(w, data, len);
			g_free(data);
		}
	}
	if (src->routes && g_hash_table_size(rw.by_ref) > 0)
		src->routes(src->ctx, rw.by_ref, ROUTE_MAX, route_got, &rw);
	g_hash_table_unref(rw.by_ref);
}

bool import_health_read(const struct health_source *src, struct import_batch *b, GError **err)
{
	struct health_reader h = { .batch = b };
	bool ok;

	h.runs = g_array_new(FALSE, TRUE, sizeof(struct health_workout));
	ok = src->open(src->ctx, &h.x, err);
	if (ok) {
		h.x.io.progress = b->progress;
		ok = pass_workouts(&h, err);
		import_xml_close(&h.x);
	}
	if (h.in_workout) {
		g_free(h.cur.type);
		g_free(h.cur.route);
	}
	g_array_sort(h.runs, by_start);
	if (ok && h.hr_records > 0 && needs_heart_rate(h.runs)) {
		ok = src->open(src->ctx, &h.x, err);
		if (ok) {
			ok = pass_heart_rate(&h, err);
			import_xml_close(&h.x);
		}
	}
	if (ok)
		route_distances(&h, src);
	if (ok)
		take_runs(&h);
	for (guint i = 0; i < h.runs->len; i++) {
		g_free(g_array_index(h.runs, struct health_workout, i).type);
		g_free(g_array_index(h.runs, struct health_workout, i).route);
	}
	g_array_unref(h.runs);
	return ok;
}

/* --- an export.xml on disk, its routes beside it ----------------------- */

static bool file_open(void *ctx, struct import_xml *x, GError **err)
{
	return import_xml_open_file(x, ctx, err);
}

static bool file_route(void *ctx, const char *ref, size_t max, char **data, size_t *len)
{
	char *dir = g_path_get_dirname(ctx);
	char *path = import_export_ref(dir, ref);
	bool ok = path && import_read_all(path, max, data, len, NULL);

	g_free(path);
	g_free(dir);
	return ok;
}

/* --- an export.xml in memory (the fuzz target) ---------------------------- */

struct health_memory {
	const void *data;
	size_t len;
};

static bool memory_open(void *ctx, struct import_xml *x, GError **err)
{
	struct health_memory *m = ctx;

	return import_xml_open_memory(x, m->data, m->len, err);
}

bool import_health_memory(const void *data, size_t len, struct import_batch *b, GError **err)
{
	struct health_memory m = { data, len };
	struct health_source src = { .open = memory_open, .ctx = &m };

	return import_health_read(&src, b, err);
}

bool import_health_file(const char *path, struct import_batch *b, GError **err)
{
	struct health_source src = { .open = file_open, .route = file_route, .ctx = (void *)path };

	return import_health_read(&src, b, err);
}

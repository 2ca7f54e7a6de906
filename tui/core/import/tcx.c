/* SPDX-License-Identifier: GPL-3.0-or-later */
/* import/tcx.c - runs from Garmin's Training Center XML (TCX v2).
 *
 * Each <Activity> is one activity, whether it sits in <Activities> or
 * inside a <MultiSportSession>; its Sport attribute (any case: Runtastic
 * writes "running") and its notes tell whether it is a run (sport.h);
 * other sports are skipped and counted under their name.  Distance and duration are the sums of the
 * laps' DistanceMeters and TotalTimeSeconds (the watch's own moving figures:
 * a pause inside a lap is not in them); when the laps carry no figure we
 * fall back on the trackpoints (last cumulative distance, first to last
 * time).  Start is the Activity's Id, the time the watch started it.  Heart
 * rate is the laps' AverageHeartRateBpm weighted by lap time, or the mean of
 * the trackpoints' when the laps have none.  The source id is the Id as
 * written.
 */
#ifdef HAVE_CONFIG_H
#include <config.h>
#endif
#include <math.h>
#include <string.h>
#include "core/clock.h"
#include "core/error.h"
#include "core/i18n.h"
#include "core/import/util.h"
#include "core/import/sport.h"

enum tcx_el {
	EL_OTHER,
	EL_ROOT,
	EL_ACTIVITIES,
	EL_MULTI,
	EL_SPORT_WRAP,
	EL_ACTIVITY,
	EL_ID,
	EL_NOTES,
	EL_LAP,
	EL_LAP_TIME,
	EL_LAP_DIST,
	EL_LAP_AVG_HR,
	EL_LAP_AVG_HR_VALUE,
	EL_TRACK,
	EL_TP,
	EL_TP_TIME,
	EL_TP_ALT,
	EL_TP_DIST,
	EL_TP_HR,
	EL_TP_HR_VALUE,
};

struct tcx_activity {
	char *sport;
	char *id;
	char *notes;
	char *first_lap_start;
	unsigned laps;
	double lap_dist, lap_time;
	double lap_hr_weighted, lap_hr_time;
	/* the current lap */
	bool have_lap_dist, have_lap_time, have_lap_hr;
	double cur_dist, cur_time, cur_hr;
	/* trackpoints */
	unsigned tp_timed;
	double tp_first_t, tp_last_t;
	double tp_max_dist;
	double tp_hr_sum;
	unsigned tp_hr_n;
	struct ascent ascent;
	/* the current trackpoint, for the speed */
	bool tp_have_t, tp_have_d;
	double tp_t, tp_d;
	struct speed_track speed;
};

struct tcx_reader {
	struct import_xml x;
	struct import_batch *batch;
	bool saw_root;
	bool in_activity;
	unsigned activities;
	struct tcx_activity act;
};

static int classify(const char *n, int parent, int depth)
{
	if (depth == 0)
		return strcmp(n, "TrainingCenterDatabase") == 0 ? EL_ROOT : EL_OTHER;
	switch ((enum tcx_el)parent) {
	case EL_ROOT:
		return strcmp(n, "Activities") == 0 ? EL_ACTIVITIES : EL_OTHER;
	case EL_ACTIVITIES:
		if (strcmp(n, "MultiSportSession") == 0)
			return EL_MULTI;
		return strcmp(n, "Activity") == 0 ? EL_ACTIVITY : EL_OTHER;
	case EL_MULTI:
		if (strcmp(n, "FirstSport") == 0 || strcmp(n, "NextSport") == 0)
			return EL_SPORT_WRAP;
		return EL_OTHER;
	case EL_SPORT_WRAP:
		return strcmp(n, "Activity") == 0 ? EL_ACTIVITY : EL_OTHER;
	case EL_ACTIVITY:
		if (strcmp(n, "Id") == 0)
			return EL_ID;
		if (strcmp(n, "Notes") == 0)
			return EL_NOTES;
		return strcmp(n, "Lap") == 0 ? EL_LAP : EL_OTHER;
	case EL_LAP:
		if (strcmp(n, "TotalTimeSeconds") == 0)
			return EL_LAP_TIME;
		if (strcmp(n, "DistanceMeters") == 0)
			return EL_LAP_DIST;
		if (strcmp(n, "AverageHeartRateBpm") == 0)
			return EL_LAP_AVG_HR;
		return strcmp(n, "Track") == 0 ? EL_TRACK : EL_OTHER;
	case EL_LAP_AVG_HR:
		return strcmp(n, "Value") == 0 ? EL_LAP_AVG_HR_VALUE : EL_OTHER;
	case EL_TRACK:
		return strcmp(n, "Trackpoint") == 0 ? EL_TP : EL_OTHER;
	case EL_TP:
		if (strcmp(n, "Time") == 0)
			return EL_TP_TIME;
		if (strcmp(n, "AltitudeMeters") == 0)
			return EL_TP_ALT;
		if (strcmp(n, "DistanceMeters") == 0)
			return EL_TP_DIST;
		return strcmp(n, "HeartRateBpm") == 0 ? EL_TP_HR : EL_OTHER;
	case EL_TP_HR:
		return strcmp(n, "Value") == 0 ? EL_TP_HR_VALUE : EL_OTHER;
	default:
		return EL_OTHER;
	}
}

static void activity_free(struct tcx_activity *a)
{
	g_free(a->sport);
	g_free(a->id);
	g_free(a->notes);
	g_free(a->first_lap_start);
	speed_track_clear(&a->speed);
	memset(a, 0, sizeof(*a));
}

static void activity_end(struct tcx_reader *t)
{
	struct tcx_activity *a = &t->act;
	struct run r = { 0 };
	struct sport_evidence e = { .declared = a->sport };
	struct speed_profile profile;
	double start;
	bool have_start;

	t->in_activity = false;
	have_start = import_iso_time(a->id, &start) ||
		     import_iso_time(a->first_lap_start, &start);
	if (!have_start && a->tp_timed > 0) {
		start = a->tp_first_t;
		have_start = true;
	}
	if (!have_start) {
		import_batch_skip(t->batch, _("no time stamps"), 1);
		activity_free(a);
		return;
	}
	r.start = wtime_from_utc((int64_t)floor(start));
	r.distance_m = a->lap_dist > 0 ? a->lap_dist : a->tp_max_dist;
	r.duration_s = a->lap_time > 0 ? a->lap_time
		       : a->tp_timed > 1 ? a->tp_last_t - a->tp_first_t : 0;
	if (a->lap_hr_time > 0)
		r.avg_hr = (int)lround(a->lap_hr_weighted / a->lap_hr_time);
	else if (a->tp_hr_n > 0)
		r.avg_hr = (int)lround(a->tp_hr_sum / a->tp_hr_n);
	r.elevation_m = a->ascent.have ? a->ascent.gain : -1;
	r.note = a->notes;
	a->notes = NULL;
	r.source = SOURCE_TCX;
	if (a->id && *g_strstrip(a->id)) {
		r.source_id = a->id;
		a->id = NULL;
	} else {
		r.source_id = import_utc_id(start);
	}
	e.name = r.note;
	e.distance_m = r.distance_m;
	e.duration_s = r.duration_s;
	e.ascent_m = a->ascent.have ? a->ascent.gain : 0;
	if (a->tp_timed > 1 &&
	    speed_track_profile(&a->speed, a->tp_first_t, a->tp_last_t, &profile))
		e.speed = &profile;
	import_batch_take_activity(t->batch, &r, &e);
	activity_free(a);
}

static bool element_start(void *ctx, int el, int depth, bool *want_text, GError **err)
{
	struct tcx_reader *t = ctx;
	struct tcx_activity *a = &t->act;

	if (depth == 0 && el != EL_ROOT) {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
			    _("line %d: not a TCX file (the root element is <%s>, expected <TrainingCenterDatabase>)"),
			    import_xml_line(&t->x),
			    (const char *)xmlTextReaderConstName(t->x.reader));
		return false;
	}
	switch ((enum tcx_el)el) {
	case EL_ROOT:
		t->saw_root = true;
		break;
	case EL_ACTIVITY:
		activity_free(a);
		a->sport = import_xml_attr(&t->x, "Sport");
		t->in_activity = true;
		t->activities++;
		break;
	case EL_LAP:
		if (a->laps++ == 0)
			a->first_lap_start = import_xml_attr(&t->x, "StartTime");
		a->have_lap_dist = a->have_lap_time = a->have_lap_hr = false;
		break;
	case EL_TRACK:
		speed_track_break(&a->speed);
		break;
	case EL_TP:
		a->tp_have_t = a->tp_have_d = false;
		break;
	case EL_ID:
	case EL_NOTES:
	case EL_LAP_TIME:
	case EL_LAP_DIST:
	case EL_LAP_AVG_HR_VALUE:
	case EL_TP_TIME:
	case EL_TP_ALT:
	case EL_TP_DIST:
	case EL_TP_HR_VALUE:
		*want_text = true;
		break;
	default:
		break;
	}
	return true;
}

static bool lap_number(struct tcx_reader *t, const char *elem, const char *text,
		       double *out, GError **err)
{
	if (import_number(text, out) && *out >= 0)
		return true;
	g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
		    _("line %d: <%s> \"%s\" is not a number (expected e.g. 1000.0)"),
		    import_xml_line(&t->x), elem, text);
	return false;
}

static bool element_end(void *ctx, int el, const char *text, GError **err)
{
	struct tcx_reader *t = ctx;
	struct tcx_activity *a = &t->act;
	double v;

	switch ((enum tcx_el)el) {
	case EL_ACTIVITY:
		activity_end(t);
		break;
	case EL_ID:
		g_free(a->id);
		a->id = g_strdup(text);
		break;
	case EL_NOTES:
		g_free(a->notes);
		a->notes = g_strdup(text);
		break;
	case EL_LAP_TIME:
		if (!lap_number(t, "TotalTimeSeconds", text, &a->cur_time, err))
			return false;
		a->have_lap_time = true;
		break;
	case EL_LAP_DIST:
		if (!lap_number(t, "DistanceMeters", text, &a->cur_dist, err))
			return false;
		a->have_lap_dist = true;
		break;
	case EL_LAP_AVG_HR_VALUE:
		a->have_lap_hr = import_number(text, &a->cur_hr) && a->cur_hr > 0;
		break;
	case EL_LAP:
		if (a->have_lap_dist)
			a->lap_dist += a->cur_dist;
		if (a->have_lap_time) {
			a->lap_time += a->cur_time;
			if (a->have_lap_hr) {
				a->lap_hr_weighted += a->cur_hr * a->cur_time;
				a->lap_hr_time += a->cur_time;
			}
		}
		break;
	case EL_TP_TIME:
		if (import_iso_time(text, &v)) {
			if (a->tp_timed == 0 || v < a->tp_first_t)
				a->tp_first_t = v;
			if (a->tp_timed == 0 || v > a->tp_last_t)
				a->tp_last_t = v;
			a->tp_timed++;
			a->tp_t = v;
			a->tp_have_t = true;
		}
		break;
	case EL_TP:
		if (a->tp_have_t && a->tp_have_d)
			speed_track_add(&a->speed, a->tp_t, a->tp_d);
		break;
	case EL_TP_ALT:
		if (import_number(text, &v))
			ascent_add(&a->ascent, v);
		break;
	case EL_TP_DIST:
		if (import_number(text, &v) && v >= 0) {
			if (v > a->tp_max_dist)
				a->tp_max_dist = v;
			a->tp_d = v;
			a->tp_have_d = true;
		}
		break;
	case EL_TP_HR_VALUE:
		if (import_number(text, &v) && v > 0) {
			a->tp_hr_sum += v;
			a->tp_hr_n++;
		}
		break;
	default:
		break;
	}
	return true;
}

static const struct import_xml_walker tcx_walker = { classify, element_start, element_end };

static bool tcx_read(struct tcx_reader *t, GError **err)
{
	if (!import_xml_walk(&t->x, &tcx_walker, t, err))
		return false;
	if (!t->saw_root) {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
			    _("the file holds no XML element (expected <TrainingCenterDatabase>)"));
		return false;
	}
	if (t->activities == 0)
		import_batch_skip(t->batch, _("no activity in the file"), 1);
	return true;
}

static bool tcx_run(struct tcx_reader *t, GError **err)
{
	bool ok;

	import_batch_begin_file(t->batch);
	ok = tcx_read(t, err);
	import_batch_end_file(t->batch);

	activity_free(&t->act);
	import_xml_close(&t->x);
	return ok;
}

bool import_tcx_file(const char *path, struct import_batch *b, GError **err)
{
	struct tcx_reader t = { .batch = b };

	if (!import_xml_open_file(&t.x, path, err))
		return false;
	t.x.io.progress = b->progress;
	return tcx_run(&t, err);
}

bool import_tcx_memory(const void *data, size_t len, struct import_batch *b, GError **err)
{
	struct tcx_reader t = { .batch = b };

	if (len == 0) {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
			    _("the file is empty (expected <TrainingCenterDatabase>)"));
		return false;
	}
	if (!import_xml_open_memory(&t.x, data, len, err))
		return false;
	return tcx_run(&t, err);
}

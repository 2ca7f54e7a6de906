/* SPDX-License-Identifier: GPL-3.0-or-later */
/* import/gpx.c - runs from GPX 1.1 (and 1.0) tracks.
 *
 * Each <trk> is one run.  Distance is the haversine sum between consecutive
 * points of each <trkseg> (R = 6 371 000 m, elevation ignored); the jump
 * from one segment to the next is not counted, since watches start a new
 * segment when they pause.
 *
 * Duration is moving time: the sum, within each segment, of the intervals
 * between consecutive time-stamped points, leaving out the gaps between
 * segments and any interval longer than PAUSE_MIN_S covered slower than
 * PAUSE_MAX_SPEED (a watch that auto-paused without starting a segment).
 * Start is the first time stamp.  Heart rate is the mean of the points'
 * <hr> (Garmin TrackPointExtension, whatever its prefix) or
 * <gpxdata:hr> (cluetrust), or <heartrate>, found in <extensions>.
 *
 * Whether a track is a run is sport_decide()'s question (sport.h): its
 * <type>, then the words of its <name>, <type> and <desc>, then its
 * moving speed's profile and the <gpx creator="..."> application.
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

#define PAUSE_MIN_S 60.0
#define PAUSE_MAX_SPEED 0.5 /* m/s: slower than a walk */

enum gpx_el {
	EL_OTHER,
	EL_GPX,
	EL_TRK,
	EL_TRK_NAME,
	EL_TRK_TYPE,
	EL_TRK_DESC,
	EL_TRKSEG,
	EL_TRKPT,
	EL_ELE,
	EL_TIME,
	EL_EXT,
	EL_EXT_INNER,
	EL_HR,
};

struct gpx_track {
	GString *name;
	GString *type;
	GString *desc;
	unsigned points;
	unsigned untimed; /* points with a position but no time, left out */
	unsigned timed;
	double first_t;
	double last_t;
	double distance;
	double moving;
	double hr_sum;
	unsigned hr_n;
	struct ascent ascent;
	struct speed_track speed;
	/* The current segment. */
	bool seg_have_pos;
	double seg_lat, seg_lon;
	bool seg_have_time;
	double seg_t;
	double seg_dist_since_t; /* metres since the last timed point */
};

struct gpx_point {
	double lat, lon;
	bool have_pos, have_time, have_ele, have_hr;
	double t, ele, hr;
};

struct gpx_reader {
	struct import_xml x;
	struct import_batch *batch;
	bool saw_root;
	char *creator; /* <gpx creator="..."> */
	unsigned tracks;
	bool in_track;
	struct gpx_track trk;
	struct gpx_point pt;
};

static int classify(const char *name, int parent, int depth)
{
	if (depth == 0)
		return strcmp(name, "gpx") == 0 ? EL_GPX : EL_OTHER;
	switch ((enum gpx_el)parent) {
	case EL_GPX:
		return strcmp(name, "trk") == 0 ? EL_TRK : EL_OTHER;
	case EL_TRK:
		if (strcmp(name, "name") == 0)
			return EL_TRK_NAME;
		if (strcmp(name, "type") == 0)
			return EL_TRK_TYPE;
		if (strcmp(name, "desc") == 0 || strcmp(name, "cmt") == 0)
			return EL_TRK_DESC;
		return strcmp(name, "trkseg") == 0 ? EL_TRKSEG : EL_OTHER;
	case EL_TRKSEG:
		return strcmp(name, "trkpt") == 0 ? EL_TRKPT : EL_OTHER;
	case EL_TRKPT:
		if (strcmp(name, "ele") == 0)
			return EL_ELE;
		if (strcmp(name, "time") == 0)
			return EL_TIME;
		return strcmp(name, "extensions") == 0 ? EL_EXT : EL_OTHER;
	case EL_EXT:
	case EL_EXT_INNER:
		/* Garmin's TrackPointExtension <hr> (any prefix: gpxtpx:,
		 * ns3:), cluetrust's <gpxdata:hr>, <heartrate>, and the <bpm>
		 * of Holux and others. */
		if (strcmp(name, "hr") == 0 || g_ascii_strcasecmp(name, "heartrate") == 0 ||
		    strcmp(name, "bpm") == 0)
			return EL_HR;
		return EL_EXT_INNER;
	default:
		return EL_OTHER;
	}
}

static void track_start(struct gpx_reader *g)
{
	memset(&g->trk, 0, sizeof(g->trk));
	g->trk.name = g_string_new(NULL);
	g->trk.type = g_string_new(NULL);
	g->trk.desc = g_string_new(NULL);
	g->in_track = true;
	g->tracks++;
}

static void track_free(struct gpx_track *t)
{
	if (t->name)
		g_string_free(t->name, TRUE);
	if (t->type)
		g_string_free(t->type, TRUE);
	if (t->desc)
		g_string_free(t->desc, TRUE);
	t->name = t->type = t->desc = NULL;
	speed_track_clear(&t->speed);
}

static void track_end(struct gpx_reader *g)
{
	struct gpx_track *t = &g->trk;
	struct run r = { 0 };

	g->in_track = false;
	if (t->points == 0 && t->untimed > 0) {
		import_batch_skip(g->batch, _("no time stamps"), 1);
	} else if (t->points == 0) {
		import_batch_skip(g->batch, _("empty track"), 1);
	} else if (t->timed == 0) {
		import_batch_skip(g->batch, _("no time stamps"), 1);
	} else if (t->points == 1) {
		import_batch_skip(g->batch, _("a single point"), 1);
	} else {
		struct speed_profile profile;
		struct sport_evidence e = {
			.declared = t->type->str,
			.name = t->name->str,
			.description = t->desc->str,
			.creator = g->creator,
			.distance_m = t->distance,
			.duration_s = t->moving,
			.ascent_m = t->ascent.have ? t->ascent.gain : 0,
		};
		if (speed_track_profile(&t->speed, t->first_t, t->last_t, &profile))
			e.speed = &profile;
		r.start = wtime_from_utc((int64_t)floor(t->first_t));
		r.distance_m = t->distance;
		r.duration_s = t->moving;
		r.avg_hr = t->hr_n ? (int)lround(t->hr_sum / t->hr_n) : 0;
		r.elevation_m = t->ascent.have ? t->ascent.gain : -1;
		r.note = t->name->len ? g_strdup(t->name->str) : NULL;
		r.source = SOURCE_GPX;
		r.source_id = import_utc_id(t->first_t);
		g->batch->points_skipped[IMPORT_POINT_NO_TIME] += t->untimed;
		import_batch_take_activity(g->batch, &r, &e);
	}
	track_free(t);
}

static void segment_start(struct gpx_track *t)
{
	speed_track_break(&t->speed);
	t->seg_have_pos = false;
	t->seg_have_time = false;
	t->seg_dist_since_t = 0;
}

/* A point without a position or a time, or whose time goes backwards, is
 * left out and counted; the rest of the track still counts. */
static bool point_usable(struct import_batch *b, struct gpx_track *t,
			 const struct gpx_point *p)
{
	enum import_point_skip why;

	if (!p->have_pos)
		why = IMPORT_POINT_NO_POSITION;
	else if (!p->have_time) {
		/* Counted with the track: a track with no time at all is a
		 * route, not a run with bad points. */
		t->untimed++;
		return false;
	} else if (t->seg_have_time && p->t < t->seg_t)
		why = IMPORT_POINT_BACKWARDS;
	else
		return true;
	b->points_skipped[why]++;
	return false;
}

static void point_end(struct gpx_reader *g, const struct gpx_point *p)
{
	struct gpx_track *t = &g->trk;

	if (!point_usable(g->batch, t, p))
		return;
	t->points++;
	if (t->seg_have_pos) {
		double d = import_haversine(t->seg_lat, t->seg_lon, p->lat, p->lon);
		t->distance += d;
		t->seg_dist_since_t += d;
	}
	t->seg_have_pos = true;
	t->seg_lat = p->lat;
	t->seg_lon = p->lon;

	if (p->have_time) {
		if (t->timed == 0)
			t->first_t = t->last_t = p->t;
		t->timed++;
		if (p->t > t->last_t)
			t->last_t = p->t;
		if (t->seg_have_time && p->t > t->seg_t) {
			double dt = p->t - t->seg_t;
			bool pause = dt > PAUSE_MIN_S &&
				     t->seg_dist_since_t / dt < PAUSE_MAX_SPEED;
			if (!pause)
				t->moving += dt;
		}
		/* A time stamp going backwards is left out of the duration. */
		if (!t->seg_have_time || p->t > t->seg_t) {
			speed_track_add(&t->speed, p->t, t->distance);
			t->seg_t = p->t;
			t->seg_have_time = true;
			t->seg_dist_since_t = 0;
		}
	}
	if (p->have_ele)
		ascent_add(&t->ascent, p->ele);
	if (p->have_hr && p->hr > 0) {
		t->hr_sum += p->hr;
		t->hr_n++;
	}
}

static bool coordinate(struct gpx_reader *g, const char *attr, double limit, double *out)
{
	xmlChar *v = xmlTextReaderGetAttribute(g->x.reader, (const xmlChar *)attr);
	bool ok = v && import_number((const char *)v, out) && fabs(*out) <= limit;

	xmlFree(v);
	return ok;
}

static bool element_start(void *ctx, int el, int depth, bool *want_text, GError **err)
{
	struct gpx_reader *g = ctx;

	if (depth == 0 && el != EL_GPX) {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
			    _("line %d: not a GPX file (the root element is <%s>, expected <gpx>)"),
			    import_xml_line(&g->x),
			    (const char *)xmlTextReaderConstName(g->x.reader));
		return false;
	}
	switch ((enum gpx_el)el) {
	case EL_GPX:
		g->saw_root = true;
		g_free(g->creator);
		g->creator = import_xml_attr(&g->x, "creator");
		break;
	case EL_TRK:
		track_start(g);
		break;
	case EL_TRKSEG:
		segment_start(&g->trk);
		break;
	case EL_TRKPT:
		memset(&g->pt, 0, sizeof(g->pt));
		g->pt.have_pos = coordinate(g, "lat", 90, &g->pt.lat) &&
				 coordinate(g, "lon", 180, &g->pt.lon);
		break;
	case EL_TRK_NAME:
	case EL_TRK_TYPE:
	case EL_TRK_DESC:
	case EL_ELE:
	case EL_TIME:
	case EL_HR:
		*want_text = true;
		break;
	default:
		break;
	}
	return true;
}

static bool element_end(void *ctx, int el, const char *text, GError **err)
{
	struct gpx_reader *g = ctx;

	switch ((enum gpx_el)el) {
	case EL_TRK:
		track_end(g);
		break;
	case EL_TRKPT:
		point_end(g, &g->pt);
		break;
	case EL_TRK_NAME:
		g_string_assign(g->trk.name, text);
		break;
	case EL_TRK_TYPE:
		g_string_assign(g->trk.type, text);
		break;
	case EL_TRK_DESC:
		g_string_assign(g->trk.desc, text);
		break;
	case EL_ELE:
		g->pt.have_ele = import_number(text, &g->pt.ele);
		break;
	case EL_HR:
		g->pt.have_hr = import_number(text, &g->pt.hr);
		break;
	case EL_TIME:
		g->pt.have_time = import_iso_time(text, &g->pt.t);
		break;
	default:
		break;
	}
	return true;
}

static const struct import_xml_walker gpx_walker = { classify, element_start, element_end };

static bool gpx_read(struct gpx_reader *g, GError **err)
{
	if (!import_xml_walk(&g->x, &gpx_walker, g, err))
		return false;
	if (!g->saw_root) {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
			    _("the file holds no XML element (expected <gpx>)"));
		return false;
	}
	if (g->tracks == 0)
		import_batch_skip(g->batch, _("no track in the file"), 1);
	return true;
}

static bool gpx_run(struct gpx_reader *g, GError **err)
{
	bool ok;

	import_batch_begin_file(g->batch);
	ok = gpx_read(g, err);
	import_batch_end_file(g->batch);

	if (g->in_track)
		track_free(&g->trk);
	g_free(g->creator);
	import_xml_close(&g->x);
	return ok;
}

bool import_gpx_file(const char *path, struct import_batch *b, GError **err)
{
	struct gpx_reader g = { .batch = b };

	if (!import_xml_open_file(&g.x, path, err))
		return false;
	g.x.io.progress = b->progress;
	return gpx_run(&g, err);
}

bool import_gpx_memory(const void *data, size_t len, struct import_batch *b, GError **err)
{
	struct gpx_reader g = { .batch = b };

	if (len == 0) {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
			    _("the file is empty (expected <gpx>)"));
		return false;
	}
	if (!import_xml_open_memory(&g.x, data, len, err))
		return false;
	return gpx_run(&g, err);
}

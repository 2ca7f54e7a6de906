/* import_strava.c - runs from a Strava bulk export's activities.csv.
 *
 * The real header repeats names: "Distance" comes twice (first in the
 * athlete's display unit, then in metres), so does "Elapsed Time" (whole
 * seconds, then a float), and some cells hold HTML left by a Strava
 * localisation bug ("<span ...>Type</span>").  Columns are therefore found
 * by their text once the markup is removed, and by occurrence where a name
 * repeats: the metre column when there are two "Distance" columns, the km
 * column times 1000 when there is one.
 *
 * "Activity Date" is UTC, written "Oct 7, 2020, 2:43:11 PM".  Duration is
 * "Moving Time" (the figure Strava's own pace uses), or "Elapsed Time" when
 * there is none.  Run, Trail Run and Virtual Run become runs (Trail Run as
 * kind trail); other types are skipped and counted under their name.
 * "Perceived Exertion" (1-10) becomes the effort, "Activity Name" the note,
 * "Activity ID" the source id.
 */
#ifdef HAVE_CONFIG_H
#include <config.h>
#endif
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* strptime, timegm */
#endif
#include <csv.h>
#include <locale.h>
#include <math.h>
#include <string.h>
#include <time.h>
#include <libxml/HTMLparser.h>
#include "clock.h"
#include "error.h"
#include "i18n.h"
#include "import_util.h"

#define STRAVA_MAX_BYTES ((size_t)512 * 1024 * 1024)
#define FIELD_MAX 65536 /* longer fields are cut: nothing we read is that long */

enum strava_col {
	COL_ID,
	COL_DATE,
	COL_NAME,
	COL_TYPE,
	COL_SPORT_TYPE,
	COL_ELAPSED,
	COL_MOVING,
	COL_DIST_FIRST,
	COL_DIST_METRES,
	COL_AVG_HR,
	COL_ELEVATION,
	COL_EXERTION,
	COL_COUNT
};

struct strava_reader {
	struct import_batch *batch;
	locale_t c_locale;
	GPtrArray *row;		/* char *, the fields of the current record */
	unsigned record;	/* 1 is the header */
	int col[COL_COUNT];
	bool dist_in_km;	/* only one Distance column, in km */
	GError *error;		/* the first error; later records are ignored */
};

/* The text of a header cell, without the HTML some exports put around it. */
static char *header_text(const char *cell)
{
	char *text;

	if (strchr(cell, '<')) {
		int opts = HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING;
		htmlDocPtr doc = htmlReadMemory(cell, (int)strlen(cell), NULL, "UTF-8", opts);
		xmlNodePtr root = doc ? xmlDocGetRootElement(doc) : NULL;
		xmlChar *content = root ? xmlNodeGetContent(root) : NULL;

		text = g_strdup(content ? (const char *)content : "");
		xmlFree(content);
		if (doc)
			xmlFreeDoc(doc);
	} else {
		text = g_strdup(cell);
	}
	return g_strstrip(text);
}

static void header(struct strava_reader *s)
{
	unsigned n_dist = 0, n_elapsed = 0;

	for (int i = 0; i < COL_COUNT; i++)
		s->col[i] = -1;
	for (guint i = 0; i < s->row->len; i++) {
		const char *cell = g_ptr_array_index(s->row, i);
		char *name;

		if (i == 0 && g_str_has_prefix(cell, "\xEF\xBB\xBF"))
			cell += 3;
		name = header_text(cell);
#define FIRST(c) do { if (s->col[c] < 0) s->col[c] = (int)i; } while (0)
		if (strcmp(name, "Activity ID") == 0)
			FIRST(COL_ID);
		else if (strcmp(name, "Activity Date") == 0)
			FIRST(COL_DATE);
		else if (strcmp(name, "Activity Name") == 0)
			FIRST(COL_NAME);
		else if (strcmp(name, "Activity Type") == 0)
			FIRST(COL_TYPE);
		else if (strcmp(name, "Sport Type") == 0)
			FIRST(COL_SPORT_TYPE);
		else if (strcmp(name, "Moving Time") == 0)
			FIRST(COL_MOVING);
		else if (strcmp(name, "Average Heart Rate") == 0)
			FIRST(COL_AVG_HR);
		else if (strcmp(name, "Elevation Gain") == 0)
			FIRST(COL_ELEVATION);
		else if (strcmp(name, "Perceived Exertion") == 0)
			FIRST(COL_EXERTION);
		else if (strcmp(name, "Elapsed Time") == 0 && n_elapsed++ == 0)
			s->col[COL_ELAPSED] = (int)i;
		else if (strcmp(name, "Distance") == 0) {
			if (n_dist++ == 0)
				s->col[COL_DIST_FIRST] = (int)i;
			else if (n_dist == 2)
				s->col[COL_DIST_METRES] = (int)i;
		}
#undef FIRST
		g_free(name);
	}
	s->dist_in_km = s->col[COL_DIST_METRES] < 0;
	if (s->dist_in_km)
		s->col[COL_DIST_METRES] = s->col[COL_DIST_FIRST];

	static const struct {
		enum strava_col col;
		const char *name;
	} required[] = {
		{ COL_DATE, "Activity Date" },
		{ COL_TYPE, "Activity Type" },
		{ COL_DIST_METRES, "Distance" },
		{ COL_ELAPSED, "Elapsed Time" },
	};
	for (size_t i = 0; i < G_N_ELEMENTS(required); i++) {
		if (s->col[required[i].col] < 0) {
			g_set_error(&s->error, KNEAD_ERROR, KNEAD_ERROR_FAILED,
				    _("not a Strava activities.csv: no \"%s\" column in the header"),
				    required[i].name);
			return;
		}
	}
}

static const char *field(const struct strava_reader *s, enum strava_col c)
{
	int i = s->col[c];

	if (i < 0 || (guint)i >= s->row->len)
		return "";
	return g_ptr_array_index(s->row, i);
}

static bool blank(const char *v)
{
	while (g_ascii_isspace(*v))
		v++;
	return *v == '\0';
}

/* An optional number: blank is 0, anything else must be a number. */
static bool number_field(struct strava_reader *s, enum strava_col c, const char *what,
			 double *out)
{
	const char *v = field(s, c);

	*out = 0;
	if (blank(v) || import_number(v, out))
		return true;
	g_set_error(&s->error, KNEAD_ERROR, KNEAD_ERROR_FAILED,
		    _("record %u: %s \"%s\" is not a number"), s->record, what, v);
	return false;
}

/* Strava writes its dates in English whatever the locale, so strptime runs
 * in the C locale. */
static bool strava_date(struct strava_reader *s, const char *v, int64_t *utc)
{
	static const char *const formats[] = {
		"%b %d, %Y, %I:%M:%S %p",
		"%b %d, %Y %I:%M:%S %p",
		"%d %b %Y, %H:%M:%S",
		"%Y-%m-%d %H:%M:%S",
		"%Y-%m-%dT%H:%M:%SZ",
	};
	locale_t old = uselocale(s->c_locale);
	bool ok = false;

	for (size_t i = 0; !ok && i < G_N_ELEMENTS(formats); i++) {
		struct tm tm = { 0 };
		const char *end = strptime(v, formats[i], &tm);

		if (!end)
			continue;
		while (g_ascii_isspace(*end))
			end++;
		/* strptime takes "Feb 30", which timegm would roll to March 2. */
		if (*end == '\0' && tm.tm_year >= 0 && tm.tm_year <= 8099 &&
		    g_date_valid_dmy((GDateDay)tm.tm_mday, (GDateMonth)(tm.tm_mon + 1),
				     (GDateYear)(tm.tm_year + 1900))) {
			*utc = (int64_t)timegm(&tm);
			ok = true;
		}
	}
	uselocale(old);
	return ok;
}

static void record(struct strava_reader *s)
{
	struct run r = { 0 };
	const char *type, *sport;
	bool trail, run;
	double dist, moving, elapsed, hr, ele, rpe;
	int64_t utc;

	type = field(s, COL_TYPE);
	sport = field(s, COL_SPORT_TYPE);
	trail = strcmp(type, "Trail Run") == 0 || strcmp(sport, "Trail Run") == 0 ||
		strcmp(sport, "TrailRun") == 0;
	run = trail || strcmp(type, "Run") == 0 || strcmp(type, "Virtual Run") == 0 ||
	      strcmp(type, "VirtualRun") == 0;
	if (!run) {
		char *why = g_strdup_printf(_("not a run: %s"), blank(type) ? "?" : type);
		import_batch_skip(s->batch, why, 1);
		g_free(why);
		return;
	}
	if (!strava_date(s, field(s, COL_DATE), &utc)) {
		g_set_error(&s->error, KNEAD_ERROR, KNEAD_ERROR_FAILED,
			    _("record %u: Activity Date \"%s\" is not a date (expected e.g. Oct 7, 2020, 2:43:11 PM)"),
			    s->record, field(s, COL_DATE));
		return;
	}
	if (!number_field(s, COL_DIST_METRES, "Distance", &dist) ||
	    !number_field(s, COL_MOVING, "Moving Time", &moving) ||
	    !number_field(s, COL_ELAPSED, "Elapsed Time", &elapsed) ||
	    !number_field(s, COL_AVG_HR, "Average Heart Rate", &hr) ||
	    !number_field(s, COL_EXERTION, "Perceived Exertion", &rpe))
		return;
	r.start = wtime_from_utc(utc);
	r.distance_m = s->dist_in_km ? dist * 1000.0 : dist;
	r.duration_s = moving > 0 ? moving : elapsed;
	r.avg_hr = (int)lround(hr);
	r.rpe = (int)lround(rpe);
	r.elevation_m = -1;
	if (s->col[COL_ELEVATION] >= 0 && !blank(field(s, COL_ELEVATION))) {
		if (!number_field(s, COL_ELEVATION, "Elevation Gain", &ele))
			return;
		r.elevation_m = ele;
	}
	r.note = blank(field(s, COL_NAME)) ? NULL : g_strdup(field(s, COL_NAME));
	r.source = SOURCE_STRAVA;
	r.source_id = blank(field(s, COL_ID)) ? NULL : g_strstrip(g_strdup(field(s, COL_ID)));
	import_batch_take_run(s->batch, &r, trail);
}

static void field_cb(void *data, size_t len, void *ctx)
{
	struct strava_reader *s = ctx;

	if (s->error)
		return;
	if (len > FIELD_MAX)
		len = FIELD_MAX;
	/* libcsv gives NULL for an empty field with CSV_EMPTY_IS_NULL only;
	 * a field may still hold NULs, which end it here. */
	g_ptr_array_add(s->row, g_strndup(data ? data : "", len));
}

static void row_cb(int c, void *ctx)
{
	struct strava_reader *s = ctx;

	if (s->error) {
		g_ptr_array_set_size(s->row, 0);
		return;
	}
	s->record++;
	if (s->record == 1)
		header(s);
	else if (!(s->row->len == 1 && blank(g_ptr_array_index(s->row, 0))))
		record(s);
	g_ptr_array_set_size(s->row, 0);
}

bool import_strava_memory(const void *data, size_t len, struct import_batch *b,
			  GError **err)
{
	struct strava_reader s = { .batch = b };
	struct csv_parser p;
	bool ok = true;

	if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0) {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
			    _("cannot start the CSV reader (out of memory?)"));
		return false;
	}
	s.c_locale = newlocale(LC_ALL_MASK, "C", (locale_t)0);
	s.row = g_ptr_array_new_with_free_func(g_free);
	if (!s.c_locale) {
		g_set_error(&s.error, KNEAD_ERROR, KNEAD_ERROR_FAILED,
			    _("cannot start the CSV reader (out of memory?)"));
	} else if (csv_parse(&p, data, len, field_cb, row_cb, &s) != len ||
		   csv_fini(&p, field_cb, row_cb, &s) != 0) {
		if (!s.error)
			g_set_error(&s.error, KNEAD_ERROR, KNEAD_ERROR_FAILED,
				    _("record %u: %s (expected CSV)"), s.record + 1,
				    csv_strerror(csv_error(&p)));
	}
	if (!s.error && s.record == 0)
		g_set_error(&s.error, KNEAD_ERROR, KNEAD_ERROR_FAILED,
			    _("the file is empty (expected a Strava activities.csv)"));
	if (s.error) {
		g_propagate_error(err, s.error);
		ok = false;
	}
	csv_free(&p);
	g_ptr_array_unref(s.row);
	if (s.c_locale)
		freelocale(s.c_locale);
	return ok;
}

bool import_strava_file(const char *path, struct import_batch *b, GError **err)
{
	char *data;
	size_t len;
	bool ok;

	if (!import_read_all(path, STRAVA_MAX_BYTES, &data, &len, err))
		return false;
	ok = import_strava_memory(data, len, b, err);
	g_free(data);
	return ok;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* import/strava.c - runs from a Strava bulk export's activities.csv.
 *
 * The real header repeats names: "Distance" comes twice (first in the
 * athlete's display unit, then in metres), so does "Elapsed Time" (whole
 * seconds, then a float), and some cells hold HTML left by a Strava
 * localisation bug ("<span ...>Type</span>").  Columns are therefore found
 * by their text once the markup is removed, and by occurrence where a name
 * repeats: the metre column when there are two "Distance" columns, the km
 * column times 1000 when there is one.
 *
 * The export follows the account's language: headers, activity types and
 * dates are English, French, German or Spanish (column_names, month_names
 * below; sport.h reads the types).  "Activity Date" is UTC, written
 * "Oct 7, 2020, 2:43:11 PM", "7 oct. 2020, 14:43:11" or "07.10.2020,
 * 14:43:11".  Duration is "Moving Time" (the figure Strava's own pace
 * uses), or "Elapsed Time" when there is none.  "Filename" names the
 * activity's own file (activities/123.fit.gz), which the import reads for
 * what the row lacks (heart rate).
 * "Perceived Exertion" (1-10) becomes the effort, "Activity Name" the note,
 * "Activity ID" the source id.
 */
#ifdef HAVE_CONFIG_H
#include <config.h>
#endif
#include <csv.h>
#include <math.h>
#include <string.h>
#include <libxml/HTMLparser.h>
#include "core/clock.h"
#include "core/error.h"
#include "core/i18n.h"
#include "core/import/util.h"
#include "core/import/sport.h"

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
	COL_DESCRIPTION,
	COL_FILENAME,
	COL_COUNT
};

struct strava_reader {
	struct import_batch *batch;
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

/* Strava names the columns in the account's language.  Each column we
 * read, under every name we have seen in real exports (English, French,
 * German, Spanish), compared without case or accents. */
static const struct {
	enum strava_col col;
	const char *names[5];
} column_names[] = {
	{ COL_ID, { "Activity ID", "ID de l'activité", "Aktivitäts-ID", "ID de actividad",
		    "ID de la actividad" } },
	{ COL_DATE, { "Activity Date", "Date de l'activité", "Aktivitätsdatum",
		      "Fecha de la actividad" } },
	{ COL_NAME, { "Activity Name", "Nom de l'activité", "Name der Aktivität",
		      "Nombre de la actividad" } },
	{ COL_TYPE, { "Activity Type", "Type d'activité", "Aktivitätsart",
		      "Tipo de actividad" } },
	{ COL_DESCRIPTION, { "Activity Description", "Description de l'activité",
			     "Aktivitätsbeschreibung", "Descripción de la actividad" } },
	{ COL_SPORT_TYPE, { "Sport Type" } },
	{ COL_MOVING, { "Moving Time", "Durée de déplacement", "Bewegungszeit",
			"Tiempo en movimiento" } },
	{ COL_AVG_HR, { "Average Heart Rate", "Fréquence cardiaque moyenne",
			"Durchschnittliche Herzfrequenz", "Frecuencia cardiaca media",
			"Frecuencia cardíaca media" } },
	{ COL_ELEVATION, { "Elevation Gain", "Dénivelé positif", "Höhenzunahme",
			   "Desnivel positivo" } },
	{ COL_EXERTION, { "Perceived Exertion", "Effort perçu", "Gefühlte Anstrengung",
			  "Esfuerzo percibido" } },
	{ COL_FILENAME, { "Filename", "Nom du fichier", "Dateiname", "Nombre del archivo" } },
	/* Repeated names: found by occurrence below. */
	{ COL_ELAPSED, { "Elapsed Time", "Temps écoulé", "Verstrichene Zeit",
			 "Tiempo transcurrido" } },
	{ COL_DIST_FIRST, { "Distance", "Distanz", "Distancia" } },
};

/* Lower case, accents dropped: "Dénivelé positif" -> "denivele positif". */
static char *fold_name(const char *s)
{
	char *ascii = g_str_to_ascii(s, "C");
	char *low = g_ascii_strdown(ascii, -1);

	g_free(ascii);
	return low;
}

static int column_of(const char *cell)
{
	char *name = fold_name(cell);
	int found = -1;

	for (size_t i = 0; found < 0 && i < G_N_ELEMENTS(column_names); i++)
		for (size_t j = 0; j < G_N_ELEMENTS(column_names[i].names); j++) {
			const char *n = column_names[i].names[j];
			char *f;

			if (!n)
				break;
			f = fold_name(n);
			if (strcmp(f, name) == 0)
				found = (int)column_names[i].col;
			g_free(f);
			if (found >= 0)
				break;
		}
	g_free(name);
	return found;
}

static void header(struct strava_reader *s)
{
	unsigned n_dist = 0, n_elapsed = 0;

	for (int i = 0; i < COL_COUNT; i++)
		s->col[i] = -1;
	for (guint i = 0; i < s->row->len; i++) {
		const char *cell = g_ptr_array_index(s->row, i);
		char *name;
		int c;

		if (i == 0 && g_str_has_prefix(cell, "\xEF\xBB\xBF"))
			cell += 3;
		name = header_text(cell);
		c = column_of(name);
		g_free(name);
		if (c == COL_ELAPSED) {
			if (n_elapsed++ == 0)
				s->col[COL_ELAPSED] = (int)i;
		} else if (c == COL_DIST_FIRST) {
			if (n_dist++ == 0)
				s->col[COL_DIST_FIRST] = (int)i;
			else if (n_dist == 2)
				s->col[COL_DIST_METRES] = (int)i;
		} else if (c >= 0 && s->col[c] < 0) {
			s->col[c] = (int)i;
		}
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

/* Month names and abbreviations as Strava writes them in English, French,
 * German and Spanish, folded (no accents, lower case, no dot); a date's
 * month word must be one of these or start like one ("sept", "sep"). */
static const char *const month_names[12][5] = {
	{ "jan", "janv", "janvier", "januar", "ene" },
	{ "feb", "fev", "fevr", "fevrier", "februar" },
	{ "mar", "mars", "marz", "maerz", "marzo" },
	{ "apr", "avr", "avril", "abr", "abril" },
	{ "may", "mai", "mayo", NULL, NULL },
	{ "jun", "juin", "juni", "junio", NULL },
	{ "jul", "juil", "juillet", "juli", "julio" },
	{ "aug", "aout", "ago", "agosto", NULL },
	{ "sep", "sept", "septembre", "september", "septiembre" },
	{ "oct", "okt", "octobre", "oktober", "octubre" },
	{ "nov", "novembre", "november", "noviembre", NULL },
	{ "dec", "dez", "dic", "decembre", "dezember" },
};

static int month_of(const char *word)
{
	for (int m = 0; m < 12; m++)
		for (int i = 0; i < 5 && month_names[m][i]; i++)
			if (strcmp(word, month_names[m][i]) == 0 ||
			    (strlen(word) >= 3 && g_str_has_prefix(month_names[m][i], word)))
				return m + 1;
	return 0;
}

/* The parts of a Strava date, in any of its languages: "Oct 7, 2020,
 * 2:43:11 PM" (English), "7 oct. 2020, 14:43:11" (French, Spanish),
 * "07.10.2020, 14:43:11" (German), "2020-10-07 14:43:11".  The text is cut
 * into numbers and words; a word names the month (or AM/PM), and without
 * one the numbers read year-first or day-first. */
struct date_parts {
	int num[7];
	int n_num;
	int month;
	int pm; /* 0 none, 1 AM, 2 PM */
	bool bad_word;
};

static void date_split(const char *v, struct date_parts *d)
{
	char *f = g_str_to_ascii(v, "C");
	char *p = f;

	memset(d, 0, sizeof(*d));
	while (*p) {
		if (g_ascii_isdigit(*p)) {
			long n = strtol(p, &p, 10);
			if (d->n_num < 7)
				d->num[d->n_num] = n > 99999 ? -1 : (int)n;
			d->n_num++;
		} else if (g_ascii_isalpha(*p)) {
			char *start = p, *word;
			while (g_ascii_isalpha(*p))
				p++;
			word = g_ascii_strdown(start, p - start);
			if (strcmp(word, "am") == 0 || strcmp(word, "pm") == 0)
				d->pm = word[0] == 'a' ? 1 : 2;
			else if (!d->month && month_of(word))
				d->month = month_of(word);
			else
				d->bad_word = true;
			g_free(word);
		} else {
			p++;
		}
	}
	g_free(f);
}

static bool strava_date(const char *v, int64_t *utc)
{
	struct date_parts d;
	int y, mo, day, h, mi, sec;
	GDateTime *dt;

	date_split(v, &d);
	if (d.bad_word || d.n_num < (d.month ? 5 : 6) || d.n_num > (d.month ? 5 : 6))
		return false;
	if (d.month) {
		/* "Oct 7, 2020" or "7 oct. 2020": the day is the small one. */
		mo = d.month;
		day = d.num[0] <= 31 ? d.num[0] : d.num[1];
		y = d.num[0] <= 31 ? d.num[1] : d.num[0];
		h = d.num[2], mi = d.num[3], sec = d.num[4];
	} else if (d.num[0] > 31) {
		y = d.num[0], mo = d.num[1], day = d.num[2];
		h = d.num[3], mi = d.num[4], sec = d.num[5];
	} else {
		day = d.num[0], mo = d.num[1], y = d.num[2];
		h = d.num[3], mi = d.num[4], sec = d.num[5];
	}
	if (d.pm) {
		if (h < 1 || h > 12)
			return false;
		h = h % 12 + (d.pm == 2 ? 12 : 0);
	}
	/* A day the calendar does not have (Feb 30) is refused, not rolled
	 * over into the next month. */
	if (y < 1 || y > 9999 || mo < 1 || mo > 12 || day < 1 ||
	    !g_date_valid_dmy((GDateDay)day, (GDateMonth)mo, (GDateYear)y) || h < 0 || h > 23 ||
	    mi < 0 || mi > 59 || sec < 0 || sec > 59)
		return false;
	dt = g_date_time_new_utc(y, mo, day, h, mi, sec);
	if (!dt)
		return false;
	*utc = g_date_time_to_unix(dt);
	g_date_time_unref(dt);
	return true;
}

static void record(struct strava_reader *s)
{
	struct run r = { 0 };
	struct sport_evidence e = { 0 };
	double dist, moving, elapsed, hr, ele, rpe;
	const char *file;
	int64_t utc;

	if (!strava_date(field(s, COL_DATE), &utc)) {
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
	file = field(s, COL_FILENAME);
	if (r.source_id && !blank(file))
		import_batch_note_file(s->batch, r.source_id, file);
	/* Sport Type is the finer of the two where both exist ("Trail Run"
	 * under the type "Run"). */
	e.declared = blank(field(s, COL_SPORT_TYPE)) ? field(s, COL_TYPE) : field(s, COL_SPORT_TYPE);
	e.name = r.note;
	e.description = field(s, COL_DESCRIPTION);
	e.distance_m = r.distance_m;
	e.duration_s = r.duration_s;
	import_batch_take_activity(s->batch, &r, &e);
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
	s.row = g_ptr_array_new_with_free_func(g_free);
	if (csv_parse(&p, data, len, field_cb, row_cb, &s) != len ||
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

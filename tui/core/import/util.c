/* SPDX-License-Identifier: GPL-3.0-or-later */
/* import/util.c - helpers shared by the activity-file readers. */
#ifdef HAVE_CONFIG_H
#include <config.h>
#endif
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>
#include <limits.h>
#include <math.h>
#include <string.h>
#include <zlib.h>
#include <libxml/parser.h>
#include "core/clock.h"
#include "core/error.h"
#include "core/i18n.h"
#include "core/import/util.h"
#include "core/import/sport.h"
#include "core/parse.h"
#include "core/sanitize.h"
#include "core/validate.h"

/* Longest note kept from an activity's name. */
#define IMPORT_NOTE_MAX 500
/* Longer ids are not ids: the run is then matched by start and distance. */
#define IMPORT_SOURCE_ID_MAX 1000

double import_haversine(double lat1, double lon1, double lat2, double lon2)
{
	const double rad = G_PI / 180.0;
	double dlat = (lat2 - lat1) * rad;
	double dlon = (lon2 - lon1) * rad;
	double a = sin(dlat / 2) * sin(dlat / 2) +
		   cos(lat1 * rad) * cos(lat2 * rad) * sin(dlon / 2) * sin(dlon / 2);

	if (a > 1.0)
		a = 1.0;
	return 2.0 * EARTH_RADIUS_M * asin(sqrt(a));
}

/* s without the blanks around it, into buf; false when nothing is left or
 * it does not fit (no number or time stamp is that long). */
static bool trimmed(const char *s, char *buf, size_t size)
{
	size_t len;

	if (!s)
		return false;
	while (g_ascii_isspace(*s))
		s++;
	len = strlen(s);
	while (len > 0 && g_ascii_isspace(s[len - 1]))
		len--;
	if (len == 0 || len >= size)
		return false;
	memcpy(buf, s, len);
	buf[len] = '\0';
	return true;
}

bool import_number(const char *s, double *out)
{
	char buf[64];
	char *end;
	double v;

	if (!trimmed(s, buf, sizeof(buf)))
		return false;
	/* Some localised exports write "6,64": one comma and no point. */
	if (!strchr(buf, '.')) {
		char *comma = strchr(buf, ',');
		if (comma && !strchr(comma + 1, ','))
			*comma = '.';
	}
	for (const char *p = buf; *p; p++) {
		/* g_ascii_strtod also reads hex and "inf": numbers here are
		 * plain decimals. */
		if (!g_ascii_isdigit(*p) && !strchr("+-.eE", *p))
			return false;
	}
	errno = 0;
	v = g_ascii_strtod(buf, &end);
	if (end == buf || *end != '\0' || errno == ERANGE || !isfinite(v))
		return false;
	*out = v;
	return true;
}

bool import_iso_time(const char *s, double *utc)
{
	GTimeZone *tz;
	GDateTime *dt;
	char buf[64];

	if (!trimmed(s, buf, sizeof(buf)))
		return false;
	tz = g_time_zone_new_utc();
	dt = g_date_time_new_from_iso8601(buf, tz);
	g_time_zone_unref(tz);
	if (!dt)
		return false;
	*utc = (double)g_date_time_to_unix(dt) + g_date_time_get_microsecond(dt) / 1e6;
	g_date_time_unref(dt);
	return true;
}

char *import_utc_id(double utc)
{
	GDateTime *dt = g_date_time_new_from_unix_utc((gint64)floor(utc));
	char *s;

	if (!dt)
		return g_strdup_printf("%.0f", floor(utc));
	s = g_date_time_format(dt, "%Y-%m-%dT%H:%M:%SZ");
	g_date_time_unref(dt);
	return s;
}

void ascent_add(struct ascent *a, double altitude)
{
	if (!isfinite(altitude))
		return;
	if (!a->have) {
		a->have = true;
		a->ref = altitude;
	} else if (altitude < a->ref) {
		/* Going down: follow the valley, so the next climb counts from
		 * its bottom. */
		a->ref = altitude;
	} else if (altitude >= a->ref + ASCENT_HYSTERESIS_M) {
		a->gain += altitude - a->ref;
		a->ref = altitude;
	}
}

/* True when `word` starts a word in `text` (already lower case). */
static bool has_word(const char *text, const char *word)
{
	for (const char *p = strstr(text, word); p; p = strstr(p + 1, word)) {
		if (p == text || !g_ascii_isalpha(p[-1]))
			return true;
	}
	return false;
}

static enum run_kind guess_kind(const char *name, double distance_m, double duration_s,
				bool trail)
{
	if (trail)
		return RUN_TRAIL;
	if (name) {
		char *low = g_utf8_strdown(name, -1);
		bool race = has_word(low, "race") || strstr(low, "marathon") != NULL;
		g_free(low);
		if (race)
			return RUN_RACE;
	}
	if (duration_s >= 90 * 60 || distance_m >= 18000)
		return RUN_LONG;
	return RUN_EASY;
}

/* A name or an id from a file, cleaned at the door rather than the run
 * dropped for it: valid UTF-8; controls (C0, DEL, C1: some terminals obey
 * U+009B as CSI) become spaces, bidirectional overrides and isolates are
 * removed (sanitize_is_hidden). */
static char *clean_text(const char *s)
{
	char *valid = g_utf8_make_valid(s, -1);
	GString *out;

	if (!sanitize_needed(valid, -1))
		return valid;
	out = g_string_sized_new(strlen(valid));
	for (const char *p = valid; *p; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);

		if (!sanitize_is_hidden(c))
			g_string_append_unichar(out, c);
		else if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
			g_string_append_c(out, ' ');
	}
	g_free(valid);
	return g_string_free(out, FALSE);
}

/* Names become notes: valid UTF-8, no control characters, not too long. */
static char *clean_note(const char *s)
{
	char *valid;
	const char *end;

	if (!s)
		return NULL;
	valid = clean_text(s);
	g_strstrip(valid);
	if (strlen(valid) > IMPORT_NOTE_MAX) {
		end = g_utf8_find_prev_char(valid, valid + IMPORT_NOTE_MAX + 1);
		valid[end ? end - valid : IMPORT_NOTE_MAX] = '\0';
	}
	if (valid[0] == '\0') {
		g_free(valid);
		return NULL;
	}
	return valid;
}

void import_batch_take_run(struct import_batch *b, struct run *r, bool trail)
{
	const char *why = NULL;
	GError *e = NULL;
	char *note;

	if (!(r->distance_m > 0.5))
		why = N_("no distance");
	else if (!(r->duration_s >= 1.0))
		why = N_("no duration");
	else if (r->distance_m > MAX_DISTANCE_M)
		why = N_("distance beyond any single run");
	else if (r->duration_s > MAX_DURATION_S)
		why = N_("duration beyond any single run");
	if (why) {
		import_batch_skip(b, _(why), 1);
		run_clear(r);
		return;
	}
	if (r->avg_hr < 25 || r->avg_hr > 250)
		r->avg_hr = 0;
	if (r->rpe < 1 || r->rpe > 10)
		r->rpe = 0;
	/* The database refuses what no run on Earth climbs. */
	if (!(r->elevation_m >= 0) || !(r->elevation_m <= 30000))
		r->elevation_m = -1;
	if (r->source_id) {
		char *id = clean_text(r->source_id);
		g_free(r->source_id);
		r->source_id = g_strstrip(id);
	}
	if (r->source_id && (strlen(r->source_id) > IMPORT_SOURCE_ID_MAX || !*r->source_id)) {
		g_free(r->source_id);
		r->source_id = NULL;
	}
	note = clean_note(r->note);
	g_free(r->note);
	r->note = note;
	r->kind = guess_kind(r->note, r->distance_m, r->duration_s, trail);
	r->id = 0;
	/* The rules of knead log too (dates from 1900 to tomorrow, a pace
	 * someone runs): an import is no side door. */
	if (!validate_run(r, clock_now(), &e)) {
		import_batch_skip(b, e->message, 1);
		g_error_free(e);
		run_clear(r);
		return;
	}
	g_array_append_val(b->runs, *r);
	g_array_append_val(b->run_groups, b->group);
	b->taken++;
	b->found = MAX(b->found, b->taken);
	memset(r, 0, sizeof(*r));
	if (b->sink && b->runs->len >= IMPORT_BATCH_CHUNK)
		import_batch_drain(b);
}

bool import_batch_drain(struct import_batch *b)
{
	if (!b->sink)
		return true;
	if (!b->sink_error && b->runs->len > 0)
		b->sink(b, b->sink_ctx, &b->sink_error);
	g_array_set_size(b->runs, 0);
	g_array_set_size(b->run_groups, 0);
	return b->sink_error == NULL;
}

/* The reason an activity is not a run, for the summary: the file's own
 * word for its sport where it has one ("Ride", "Nordic Ski"), else what
 * knead made of it. */
static char *not_a_run_reason(const struct sport_evidence *e, const struct sport_verdict *v)
{
	char *declared = g_strstrip(g_strdup(e->declared ? e->declared : ""));
	char *why;

	if (v->basis == SPORT_BY_FILE && *declared)
		why = g_strdup_printf(_("not a run: %s"), declared);
	else if (v->basis == SPORT_BY_SPEED && v->sport == SPORT_UNKNOWN)
		why = g_strdup(_("not a run: faster than anyone runs"));
	else if (v->basis == SPORT_BY_SPEED)
		why = g_strdup_printf(_("not a run: %s (from its speed)"), sport_name(v->sport));
	else if (v->basis == SPORT_BY_CREATOR)
		why = g_strdup_printf(_("not a run: %s (from the app that recorded it)"),
				      sport_name(v->sport));
	else if (v->basis == SPORT_BY_CADENCE)
		why = g_strdup_printf(_("not a run: %s (from its cadence)"), sport_name(v->sport));
	else
		why = g_strdup_printf(_("not a run: %s (from its name)"), sport_name(v->sport));
	g_free(declared);
	return why;
}

void import_batch_take_activity(struct import_batch *b, struct run *r,
				const struct sport_evidence *e)
{
	struct sport_verdict v;
	char *why;

	if (b->force_run) {
		import_batch_take_run(b, r, false);
		return;
	}
	sport_decide(e, &v);
	if (v.basis != SPORT_BY_FILE && v.basis != SPORT_UNDECIDED)
		b->decided_by[v.basis]++;
	if (sport_is_run(v.sport)) {
		guint before = b->runs->len;
		import_batch_take_run(b, r, v.sport == SPORT_TRAIL_RUN);
		if (v.basis == SPORT_UNDECIDED && b->runs->len > before)
			b->undecided++;
		return;
	}
	why = not_a_run_reason(e, &v);
	import_batch_skip(b, why, 1);
	g_free(why);
	run_clear(r);
}

void import_run_fill_from(struct run *r, const struct import_batch *file)
{
	const struct run *fr;

	if (file->runs->len == 0)
		return;
	fr = &g_array_index(file->runs, struct run, 0);
	if (r->avg_hr == 0)
		r->avg_hr = fr->avg_hr;
	if (r->elevation_m < 0)
		r->elevation_m = fr->elevation_m;
}

void import_batch_note_file(struct import_batch *b, const char *source_id, const char *file)
{
	if (!b->files)
		b->files = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
	g_hash_table_replace(b->files, g_strdup(source_id), g_strstrip(g_strdup(file)));
}

static void run_array_clear(gpointer p)
{
	run_clear(p);
}

void import_batch_init(struct import_batch *b)
{
	memset(b, 0, sizeof(*b));
	b->runs = g_array_new(FALSE, TRUE, sizeof(struct run));
	g_array_set_clear_func(b->runs, run_array_clear);
	b->run_groups = g_array_new(FALSE, TRUE, sizeof(guint));
	b->skipped = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	b->skip_shapes = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
}

void import_batch_entry_done(struct import_batch *b, size_t len)
{
	b->entries_done++;
	b->entries_bytes += len;
	if (b->progress && b->progress->entry)
		b->progress->entry(b->entries_done, b->entries_total, b->entries_bytes,
				   b->progress->ctx);
}

void import_batch_not_activity(struct import_batch *b, const char *archive, const char *entry)
{
	if (!b->not_activities)
		b->not_activities = g_ptr_array_new_with_free_func(g_free);
	g_ptr_array_add(b->not_activities, g_build_filename(archive, entry, NULL));
}

void import_batch_begin_file(struct import_batch *b)
{
	b->group = ++b->groups;
}

void import_batch_end_file(struct import_batch *b)
{
	b->group = 0;
}

void import_batch_clear(struct import_batch *b)
{
	if (b->run_groups)
		g_array_unref(b->run_groups);
	if (b->not_activities)
		g_ptr_array_unref(b->not_activities);
	if (b->runs)
		g_array_unref(b->runs);
	if (b->skipped)
		g_hash_table_unref(b->skipped);
	if (b->files)
		g_hash_table_unref(b->files);
	if (b->skip_shapes)
		g_hash_table_unref(b->skip_shapes);
	b->skip_shapes = NULL;
	g_clear_error(&b->sink_error);
	b->runs = NULL;
	b->skipped = NULL;
	b->files = NULL;
}

/* A reason's shape: its numbers (dates, distances, ids) as '#'. */
static char *reason_shape(const char *reason)
{
	GString *s = g_string_sized_new(strlen(reason));

	for (const char *p = reason; *p; p++) {
		if (g_ascii_isdigit(*p)) {
			while (g_ascii_isdigit(p[1]) || ((p[1] == '.' || p[1] == ',') &&
							 g_ascii_isdigit(p[2])))
				p++;
			g_string_append_c(s, '#');
		} else {
			g_string_append_c(s, *p);
		}
	}
	return g_string_free(s, FALSE);
}

void import_batch_skip(struct import_batch *b, const char *reason, unsigned n)
{
	char *shape = reason_shape(reason);
	const char *key;
	gpointer old;

	if (!b->skip_shapes)
		b->skip_shapes = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
	key = g_hash_table_lookup(b->skip_shapes, shape);

	/* Reasons that differ only in their numbers are one line of the
	 * summary, its first example showing the kind ("472188  1850-01-01 is
	 * before 1900 ..., and others like it"), never one line a date. */
	if (key && strcmp(key, reason) != 0 &&
	    !g_str_has_suffix(key, _(", and others like it"))) {
		char *grouped = g_strconcat(key, _(", and others like it"), NULL);
		old = g_hash_table_lookup(b->skipped, key);
		g_hash_table_remove(b->skipped, key);
		g_hash_table_replace(b->skipped, g_strdup(grouped), old);
		g_hash_table_replace(b->skip_shapes, g_strdup(shape), grouped);
		key = grouped;
	}
	if (!key) {
		g_hash_table_replace(b->skip_shapes, g_strdup(shape), g_strdup(reason));
		key = reason;
	}
	old = g_hash_table_lookup(b->skipped, key);
	g_hash_table_replace(b->skipped, g_strdup(key),
			     GUINT_TO_POINTER(GPOINTER_TO_UINT(old) + n));
	g_free(shape);
}

unsigned import_batch_skipped_total(const struct import_batch *b)
{
	GHashTableIter it;
	gpointer k, v;
	unsigned total = 0;

	g_hash_table_iter_init(&it, b->skipped);
	while (g_hash_table_iter_next(&it, &k, &v))
		total += GPOINTER_TO_UINT(v);
	return total;
}

/* libxml2 2.12 made the error const. */
#if LIBXML_VERSION >= 21200
static void xml_error_cb(void *data, const xmlError *e)
#else
static void xml_error_cb(void *data, xmlErrorPtr e)
#endif
{
	struct import_xml *x = data;

	if (x->error || !e || e->level < XML_ERR_ERROR)
		return;
	x->error = g_strstrip(g_strdup(e->message ? e->message : "?"));
	x->error_line = e->line;
}

/* Reads for libxml2, noting what the messages need: how much came, the
 * first byte that is not blank (is it XML at all?), and a gzip stream cut
 * short, which zlib reports as Z_BUF_ERROR at its end. */
static int gz_read_cb(void *ctx, char *buf, int len)
{
	struct import_xml_io *io = ctx;
	int n = gzread(io->gz, buf, (unsigned)len);
	int zerr;

	if (n <= 0) {
		gzerror(io->gz, &zerr);
		if (zerr == Z_BUF_ERROR || zerr == Z_DATA_ERROR) {
			io->truncated = true;
			return -1;
		}
		return n;
	}
	for (int i = 0; io->first < 0 && i < n; i++)
		if (!g_ascii_isspace(buf[i]))
			io->first = (unsigned char)buf[i];
	io->bytes += (uint64_t)n;
	if (io->progress && io->bytes >= io->next_report) {
		io->progress->report(io->bytes, io->progress->ctx);
		io->next_report = io->bytes + IMPORT_PROGRESS_STEP;
	}
	return n;
}

static int gz_close_cb(void *ctx)
{
	struct import_xml_io *io = ctx;

	return gzclose(io->gz) == Z_OK ? 0 : -1;
}

/* Entities are never expanded (no XML_PARSE_NOENT), no DTD is loaded and
 * nothing is fetched from the network; blank text nodes are dropped (they
 * are never data here, and skipping them makes a large file faster). */
#define XML_OPTIONS (XML_PARSE_NONET | XML_PARSE_NOBLANKS | XML_PARSE_COMPACT)

static bool xml_setup(struct import_xml *x, GError **err)
{
	if (!x->reader) {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
			    _("cannot start the XML reader (out of memory?)"));
		return false;
	}
	xmlTextReaderSetStructuredErrorHandler(x->reader, xml_error_cb, x);
	return true;
}

bool import_xml_open_file(struct import_xml *x, const char *path, GError **err)
{
	gzFile gz;

	memset(x, 0, sizeof(*x));
	xmlInitParser();
	gz = import_gz_open(path, err);
	if (!gz)
		return false;
	x->io.gz = gz;
	x->io.first = -1;
	x->io.next_report = IMPORT_PROGRESS_STEP;
	/* The reader owns gz from here on, even when it fails. */
	x->reader = xmlReaderForIO(gz_read_cb, gz_close_cb, &x->io, path, NULL, XML_OPTIONS);
	return xml_setup(x, err);
}

bool import_xml_open_memory(struct import_xml *x, const void *data, size_t len,
			    GError **err)
{
	memset(x, 0, sizeof(*x));
	xmlInitParser();
	if (len > INT_MAX) {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED, _("the file is too large"));
		return false;
	}
	x->reader = xmlReaderForMemory(data, (int)len, NULL, NULL, XML_OPTIONS);
	return xml_setup(x, err);
}

bool import_xml_open_io(struct import_xml *x, int (*read)(void *ctx, char *buf, int len),
			int (*close)(void *ctx), void *ctx, const char *name, GError **err)
{
	memset(x, 0, sizeof(*x));
	xmlInitParser();
	x->reader = xmlReaderForIO(read, close, ctx, name, NULL, XML_OPTIONS);
	return xml_setup(x, err);
}

char *import_xml_attr(const struct import_xml *x, const char *name)
{
	xmlChar *v = xmlTextReaderGetAttribute(x->reader, (const xmlChar *)name);
	char *s = v ? g_strdup((const char *)v) : NULL;

	xmlFree(v);
	return s;
}

void import_xml_close(struct import_xml *x)
{
	if (x->reader)
		xmlFreeTextReader(x->reader);
	g_free(x->error);
	memset(x, 0, sizeof(*x));
}

int import_xml_line(const struct import_xml *x)
{
	return x->reader ? xmlTextReaderGetParserLineNumber(x->reader) : 0;
}

void import_xml_fail(struct import_xml *x, GError **err)
{
	if (x->io.truncated)
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
			    _("the gzip file is cut short after %lu bytes (truncated: download it again)"),
			    (unsigned long)x->io.bytes);
	else if (x->io.gz && x->io.first < 0)
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
			    _("the file is empty (expected GPX or TCX)"));
	else if (x->io.gz && x->io.first != '<')
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
			    _("not an XML file (it starts with \"%c\", expected GPX or TCX)"),
			    g_ascii_isprint(x->io.first) ? x->io.first : '?');
	else if (x->error)
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
			    _("line %d: %s (expected well-formed XML)"), x->error_line, x->error);
	else
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
			    _("line %d: the XML could not be read"), import_xml_line(x));
}

/* The walk's state: the class of each open element, and the text of the
 * one the format asked for. */
struct xml_walk {
	const struct import_xml_walker *w;
	void *ctx;
	int stack[IMPORT_XML_MAX_DEPTH];
	GString *text;
	int text_depth; /* depth of the element whose text is kept, or -1 */
};

static bool walk_start(struct xml_walk *k, xmlTextReaderPtr r, int depth, int *el,
		       GError **err)
{
	int parent = depth > 0 && depth <= IMPORT_XML_MAX_DEPTH ? k->stack[depth - 1] : 0;
	bool want_text = false;

	*el = k->w->classify((const char *)xmlTextReaderConstLocalName(r), parent, depth);
	if (depth < IMPORT_XML_MAX_DEPTH)
		k->stack[depth] = *el;
	if (!k->w->start(k->ctx, *el, depth, &want_text, err))
		return false;
	if (want_text) {
		g_string_truncate(k->text, 0);
		k->text_depth = depth;
	}
	return true;
}

/* Any element's end stops the text: what follows a child is not kept. */
static bool walk_end(struct xml_walk *k, int el, GError **err)
{
	k->text_depth = -1;
	return !k->w->end || k->w->end(k->ctx, el, k->text->str, err);
}

static bool walk_node(struct xml_walk *k, xmlTextReaderPtr r, GError **err)
{
	int depth = xmlTextReaderDepth(r);
	int el;

	switch (xmlTextReaderNodeType(r)) {
	case XML_READER_TYPE_ELEMENT:
		if (!walk_start(k, r, depth, &el, err))
			return false;
		return !xmlTextReaderIsEmptyElement(r) || walk_end(k, el, err);
	case XML_READER_TYPE_END_ELEMENT:
		return walk_end(k, depth < IMPORT_XML_MAX_DEPTH ? k->stack[depth] : 0, err);
	case XML_READER_TYPE_TEXT:
	case XML_READER_TYPE_CDATA:
	case XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
		if (k->text_depth >= 0 && depth == k->text_depth + 1 &&
		    k->text->len < IMPORT_XML_TEXT_MAX)
			g_string_append(k->text, (const char *)xmlTextReaderConstValue(r));
		return true;
	default:
		return true;
	}
}

bool import_xml_walk(struct import_xml *x, const struct import_xml_walker *w, void *ctx,
		     GError **err)
{
	struct xml_walk k = { .w = w, .ctx = ctx, .text_depth = -1 };
	bool ok = true;
	int ret = 0;

	k.text = g_string_new(NULL);
	while (ok && (ret = xmlTextReaderRead(x->reader)) == 1)
		ok = walk_node(&k, x->reader, err);
	g_string_free(k.text, TRUE);
	if (ok && ret < 0) {
		import_xml_fail(x, err);
		ok = false;
	}
	return ok;
}

gzFile import_gz_open(const char *path, GError **err)
{
	/* O_NONBLOCK: a FIFO (or a terminal) is refused below, never waited
	 * on; fstat() looks at what was opened, not at what the name was. */
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
	struct stat st;
	gzFile gz;

	if (fd < 0) {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED, _("cannot open %s: %s"), path,
			    g_strerror(errno));
		return NULL;
	}
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		close(fd);
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_INVALID,
			    _("%s is not a regular file but a device, a FIFO or a socket "
			      "(expected a file or a folder)"),
			    path);
		return NULL;
	}
	(void)fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
	gz = gzdopen(fd, "rb");
	if (!gz) {
		close(fd);
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED, _("cannot open %s: %s"), path,
			    g_strerror(ENOMEM));
		return NULL;
	}
	gzbuffer(gz, 64 * 1024);
	return gz;
}

char *import_export_ref(const char *dir, const char *ref)
{
	g_auto(GStrv) parts = NULL;
	char *path, *real_dir, *real;
	bool inside;

	/* Apple Health writes its routes as "/workout-routes/...": from the
	 * export's top, like every other reference. */
	while (*ref == '/')
		ref++;
	parts = g_strsplit(ref, "/", -1);
	if (!*ref)
		return NULL;
	for (char **p = parts; *p; p++)
		if (strcmp(*p, "..") == 0)
			return NULL;
	path = g_build_filename(dir, ref, NULL);
	real_dir = realpath(dir, NULL);
	real = realpath(path, NULL);
	/* A link inside the export may not lead out of it. */
	inside = real_dir && real && g_str_has_prefix(real, real_dir) &&
		 real[strlen(real_dir)] == '/';
	free(real_dir);
	free(real);
	if (!inside) {
		g_free(path);
		return NULL;
	}
	return path;
}

bool import_read_all(const char *path, size_t max, char **data, size_t *len,
		     GError **err)
{
	gzFile gz = import_gz_open(path, err);
	GByteArray *buf;
	guint8 chunk[64 * 1024];
	int n;

	if (!gz)
		return false;
	buf = g_byte_array_new();
	while ((n = gzread(gz, chunk, sizeof(chunk))) > 0) {
		if (buf->len + (size_t)n > max) {
			g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
				    _("%s is larger than %zu MB"), path, max / (1024 * 1024));
			g_byte_array_unref(buf);
			gzclose(gz);
			return false;
		}
		g_byte_array_append(buf, chunk, (guint)n);
	}
	int zerr;
	const char *msg = gzerror(gz, &zerr);
	if (n == 0 && (zerr == Z_BUF_ERROR || zerr == Z_DATA_ERROR)) {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
			    _("the gzip file is cut short after %lu bytes (truncated: download it again)"),
			    (unsigned long)buf->len);
		g_byte_array_unref(buf);
		gzclose(gz);
		return false;
	}
	if (n < 0) {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED, _("cannot read %s: %s"), path,
			    zerr == Z_ERRNO ? g_strerror(errno) : msg);
		g_byte_array_unref(buf);
		gzclose(gz);
		return false;
	}
	gzclose(gz);
	*len = buf->len;
	g_byte_array_append(buf, (const guint8 *)"", 1);
	*data = (char *)g_byte_array_free(buf, FALSE);
	return true;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* import/util.h - what the GPX, TCX and Strava readers share: numbers and
 * time stamps from text, distance on the sphere, climbing, the rules that
 * turn a recorded activity into a run, and a libxml2 streaming reader set up
 * safely (no network, no entity expansion) over plain or gzip'd input. */
#ifndef KNEAD_IMPORT_UTIL_H
#define KNEAD_IMPORT_UTIL_H

#include <glib.h>
#include <libxml/xmlreader.h>
#include <stdbool.h>
#include <stdint.h>
#include <zlib.h>
#include "core/import/import.h"
#include "core/model.h"

#define EARTH_RADIUS_M 6371000.0

/* Great-circle distance between two points in degrees. */
double import_haversine(double lat1, double lon1, double lat2, double lon2);

/* A decimal number with nothing else around it but blanks ("12.5", " 3 ");
 * a lone decimal comma is taken as a point.  False for anything else,
 * NaN and infinities included. */
bool import_number(const char *s, double *out);

/* An ISO 8601 time stamp with a zone ("2017-07-29T14:46:35.000Z"); one
 * without a zone is taken as UTC, as GPX and TCX require.  Seconds since
 * the epoch, with their fraction. */
bool import_iso_time(const char *s, double *utc);
/* "2017-07-29T14:46:35Z", for source ids. g_free() it. */
char *import_utc_id(double utc);

/* Climbing with hysteresis: a rise counts once the altitude stands
 * ASCENT_HYSTERESIS_M above the reference (the last counted point, or the
 * bottom of the valley since), so that a noisy flat road adds nothing. */
#define ASCENT_HYSTERESIS_M 3.0
struct ascent {
	bool have;
	double ref;
	double gain;
};
void ascent_add(struct ascent *a, double altitude);

/* Guesses the kind (see import.h), fills in what the reader did not and
 * appends `r` to the batch, taking ownership of its strings; or skips it
 * (and frees them) when it has no usable distance or duration. */
void import_batch_take_run(struct import_batch *b, struct run *r, bool trail);

/* Decides whether the activity is a run (sport.h) from what the file says
 * of it, and takes it as import_batch_take_run() does, or skips it,
 * counted under its sport.  `r` must hold its distance and duration. */
/* A Strava row gains from its own activity file (read into `file`) what
 * the row lacks: heart rate and climb, from the file's first run. */
void import_run_fill_from(struct run *r, const struct import_batch *file);

struct sport_evidence;
/* Remembers the file that holds the activity `source_id` (a Strava export
 * names it per row), relative to the export's folder. */
void import_batch_note_file(struct import_batch *b, const char *source_id, const char *file);
void import_batch_take_activity(struct import_batch *b, struct run *r,
				const struct sport_evidence *e);

/* A libxml2 text reader over a file (gzip'd or not) or a buffer, which
 * remembers the first error libxml2 reports. */
struct import_xml_io {
	void *gz;	 /* gzFile, or NULL when reading memory */
	uint64_t bytes;	 /* read so far (uncompressed) */
	int first;	 /* the first byte that is not blank, or -1 */
	bool truncated;	 /* the gzip stream ended before its end */
	const struct import_progress *progress; /* or NULL */
	uint64_t next_report;
};

struct import_xml {
	xmlTextReaderPtr reader;
	char *error;	/* first error message, or NULL */
	int error_line;
	struct import_xml_io io;
};

bool import_xml_open_file(struct import_xml *x, const char *path, GError **err);
bool import_xml_open_memory(struct import_xml *x, const void *data, size_t len,
			    GError **err);
/* Over any stream: `read` as read(2), `close` when done (it owns ctx). */
bool import_xml_open_io(struct import_xml *x, int (*read)(void *ctx, char *buf, int len),
			int (*close)(void *ctx), void *ctx, const char *name, GError **err);
void import_xml_close(struct import_xml *x);
/* The attribute `name` of the element the reader is at, or NULL. g_free(). */
char *import_xml_attr(const struct import_xml *x, const char *name);
/* Sets *err for a read that returned -1: libxml2's message and line. */
void import_xml_fail(struct import_xml *x, GError **err);
/* The line the reader is at, for messages about a value. */
int import_xml_line(const struct import_xml *x);

/* Walks the elements of an XML file in document order for a reader of a
 * format (GPX, TCX, Apple Health), which sees each element open and close, with the text
 * of those it asks for.  Each element gets a class (a value of the
 * format's own enum, 0 for one it does not read) from its name and its
 * parent's class; past IMPORT_XML_MAX_DEPTH the parent counts as 0.  Text
 * is kept up to about IMPORT_XML_TEXT_MAX bytes, and only what comes
 * before the element's first child ends. */
#define IMPORT_XML_MAX_DEPTH 64
#define IMPORT_XML_TEXT_MAX 4096
struct import_xml_walker {
	int (*classify)(const char *local_name, int parent, int depth);
	/* Set *want_text to be given the element's text at its end; false
	 * (with *err) stops the walk. */
	bool (*start)(void *ctx, int el, int depth, bool *want_text, GError **err);
	/* `text` is the element's when its start asked for it (else it
	 * means nothing); an empty element ends right after it starts.
	 * NULL when the ends do not matter. */
	bool (*end)(void *ctx, int el, const char *text, GError **err);
};
/* False with *err when a callback stops or the XML is not well formed
 * (import_xml_fail). */
bool import_xml_walk(struct import_xml *x, const struct import_xml_walker *w, void *ctx,
		     GError **err);

/* Opens a file for reading, gunzipped if it is gzip'd (plain otherwise),
 * with a 64 KiB buffer; NULL with "cannot open PATH: why" in *err.  Only a
 * regular file: a FIFO, a device or a socket is refused at once
 * (KNEAD_ERROR_INVALID), never waited on. */
gzFile import_gz_open(const char *path, GError **err);

/* The path of a file an export names (a Strava "Filename", an Apple
 * Health route) under the export's folder `dir`, or NULL when the name
 * climbs out ("..") or resolves, through links, outside `dir`, or is not
 * there.  g_free() it; import_gz_open() then refuses what is not a
 * regular file. */
char *import_export_ref(const char *dir, const char *ref);

/* Reads a whole file, gunzipping it if needed, into a buffer of at most
 * `max` bytes (NUL-terminated).  g_free() *data. */
bool import_read_all(const char *path, size_t max, char **data, size_t *len,
		     GError **err);

#endif

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* json_writer.h - JSON written as it is built, pretty-printed (two-space
 * indents), for every --json form and the JSON export.
 *
 * Reading JSON (knead import of an export) stays with json-glib.  Writing
 * needs none of it, and json-glib brings GIO, GObject and six more
 * libraries that cost the interface 6 ms at every start: so knead writes
 * with this, and only knead-import loads json-glib, to read an export
 * back.
 *
 * The calls mirror the document: begin/end an object or array, name a
 * member with json_writer_key(), then give its value.  Misuse (a value
 * without a key inside an object, unbalanced ends) is a programming error
 * and caught by g_return_if_fail(). */
#ifndef KNEAD_JSON_WRITER_H
#define KNEAD_JSON_WRITER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct json_writer;

struct json_writer *json_writer_new(void);
void json_writer_begin_object(struct json_writer *w);
void json_writer_end_object(struct json_writer *w);
void json_writer_begin_array(struct json_writer *w);
void json_writer_end_array(struct json_writer *w);
void json_writer_key(struct json_writer *w, const char *key);
/* NULL writes null.  Text that is not UTF-8 is mended (U+FFFD). */
void json_writer_string(struct json_writer *w, const char *s);
void json_writer_int(struct json_writer *w, int64_t v);
/* The shortest form that reads back as the same double, always with a
 * point or an exponent (10000.0); null for NaN and the infinities, which
 * JSON cannot say. */
void json_writer_double(struct json_writer *w, double v);
void json_writer_bool(struct json_writer *w, bool v);
void json_writer_null(struct json_writer *w);
/* Ends the document (a newline after it), frees the writer and hands back
 * the text; *len (if not NULL) gets its length. */
char *json_writer_finish(struct json_writer *w, size_t *len);
/* A document written out as it grows (millions of runs): the text written
 * since the last json_writer_consumed(), which the caller has saved.  The
 * writer keeps its place; json_writer_finish then returns the rest. */
const char *json_writer_pending(struct json_writer *w, size_t *len);
void json_writer_consumed(struct json_writer *w);

#endif

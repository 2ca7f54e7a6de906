/* SPDX-License-Identifier: GPL-3.0-or-later */
/* json_stream.h - knead's JSON export read in bounded memory.
 *
 * json-glib builds the whole tree of a document, which for an export of
 * millions of runs is gigabytes, and it recurses on nesting, so 100,000
 * '[' crash it.  This splitter scans the bytes once, enforcing the limits
 * below, and hands each row of the top-level tables ("runs": [ {...}, ... ])
 * and each other top-level member, one at a time, to a callback that parses
 * that small piece with json-glib.  It is not a JSON parser: it only finds
 * where values begin and end (strings, escapes, brackets) and checks the
 * skeleton around the rows; json-glib parses every value.
 *
 * Refused, each with its own message: nesting deeper than
 * JSON_STREAM_MAX_DEPTH, a row or member larger than JSON_STREAM_MAX_VALUE,
 * a text or number token beyond its cap, \u0000 and unpaired UTF-16
 * surrogates (json-glib would cut the text or write invalid UTF-8), raw
 * control characters, and more than JSON_STREAM_MAX_BYTES in all. */
#ifndef KNEAD_JSON_STREAM_H
#define KNEAD_JSON_STREAM_H

#include <glib.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define JSON_STREAM_MAX_DEPTH 32
#define JSON_STREAM_MAX_VALUE ((size_t)1 << 20)  /* one row: 1 MiB */
#define JSON_STREAM_MAX_TOKEN ((size_t)256 << 10) /* one text: 256 KiB */
#define JSON_STREAM_MAX_NUMBER 64		   /* characters of a number */
#define JSON_STREAM_MAX_BYTES ((uint64_t)64 << 30) /* the whole stream: 64 GiB */

/* Called with each element of a top-level array (table = its member name,
 * index its place) and with each other top-level member (index -1).  text
 * is the value's JSON, NUL-terminated.  Returning false stops the scan;
 * the callback sets err. */
typedef bool (*json_stream_value_fn)(const char *table, int64_t index, const char *text,
				     size_t len, void *data, GError **err);

struct json_stream;

struct json_stream *json_stream_new(json_stream_value_fn fn, void *data);
void json_stream_free(struct json_stream *js);
/* Feeds the next bytes; false (err set) at the first problem. */
bool json_stream_feed(struct json_stream *js, const char *buf, size_t len, GError **err);
/* The end of the input: false when the document is incomplete. */
bool json_stream_end(struct json_stream *js, GError **err);

#endif

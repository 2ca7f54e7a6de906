/* SPDX-License-Identifier: GPL-3.0-or-later */
/* json_fields.h - the members of one JSON object, read by name: how a kind
 * of entry reads its row back from knead's export (the from_json of its
 * descriptor, store/kinds.h) without the store knowing a JSON library.
 * The import (import/json.c) parses the object and hands over a reader
 * whose ops look its members up.
 *
 * Every op is false, with an error that says where the value is, which
 * member, and what was expected ("runs[3].rpe: 11 is out of range
 * (expected a whole number from 1 to 10)"), when the member does not
 * read.  A member that is absent reads as one that is null. */
#ifndef KNEAD_JSON_FIELDS_H
#define KNEAD_JSON_FIELDS_H

#include <glib.h>
#include <stdbool.h>
#include <stddef.h>
#include "core/model.h"

struct json_fields;

/* Reads the index-th of the n objects of a list, through a reader of its
 * own (whose errors say "massages[3].regions[0].side"). */
typedef bool (*json_fields_each)(const struct json_fields *item, size_t index, size_t n,
				 void *data, GError **err);

struct json_fields_ops {
	/* A text, owned by the object: NULL when optional and null. */
	bool (*text)(const struct json_fields *f, const char *key, bool optional,
		     const char **out, GError **err);
	/* A finite number, 0 when optional and null; *present, when not
	 * NULL, says whether there was one. */
	bool (*number)(const struct json_fields *f, const char *key, bool optional, double *out,
		       bool *present, GError **err);
	/* A whole number from min to max, 0 when optional and null. */
	bool (*integer)(const struct json_fields *f, const char *key, bool optional, long min,
			long max, int *out, GError **err);
	/* A moment as the export writes it ("2026-11-20T07:00:00"), or its
	 * day. */
	bool (*time)(const struct json_fields *f, const char *key, wtime *out, GError **err);
	bool (*day)(const struct json_fields *f, const char *key, dayno *out, GError **err);
	/* A body region's id ("calf"). */
	bool (*region)(const struct json_fields *f, const char *key, enum region *out,
		       GError **err);
	/* "left", "right", or null for SIDE_NONE: a side only for a region
	 * that has one. */
	bool (*side)(const struct json_fields *f, const char *key, enum region region,
		     enum side *out, GError **err);
	/* true or false; null is false (a flag newer than the export). */
	bool (*flag)(const struct json_fields *f, const char *key, bool *out, GError **err);
	/* Each object of a list, in order, given to `each`; null is an empty
	 * list.  not_object is the error of an element that is not an object
	 * ("not an object (expected {\"region\", \"side\"})"). */
	bool (*objects)(const struct json_fields *f, const char *key, const char *not_object,
			json_fields_each each, void *data, GError **err);
	/* Refuses the member key with msg (translated): always false. */
	bool (*bad)(const struct json_fields *f, const char *key, const char *msg, GError **err);
};

struct json_fields {
	const struct json_fields_ops *ops;
	void *ctx; /* the reader's own: the object, and where it sits */
};

#endif

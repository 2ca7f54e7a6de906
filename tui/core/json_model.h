/* SPDX-License-Identifier: GPL-3.0-or-later */
/* json_model.h - what the JSON forms of the entries share: each kind's
 * descriptor writes its object (to_json in store/kinds.c) with these, for
 * knead list --json and knead export alike, the stable forms (keys are
 * only ever added, never renamed or removed). */
#ifndef KNEAD_JSON_MODEL_H
#define KNEAD_JSON_MODEL_H

#include "core/json_writer.h"
#include "core/model.h"

/* Opens an entry's object, its "id" member first. */
void json_entry_begin(struct json_writer *w, int64_t id);
/* Closes it; type, when not NULL, adds a "type" member first (a listing
 * of several tables says which each entry comes from). */
void json_entry_end(struct json_writer *w, const char *type);

/* A member `key`: the text, or null for NULL. */
void json_add_text(struct json_writer *w, const char *key, const char *v);
/* A member `key`: the number, or null when it is 0 or less (not given). */
void json_add_int_or_null(struct json_writer *w, const char *key, int v);
/* A member `key`: a day ("2026-11-20"), or a moment
 * ("2026-11-20T07:00:00"). */
void json_add_day(struct json_writer *w, const char *key, dayno d);
void json_add_time(struct json_writer *w, const char *key, wtime t);

#endif

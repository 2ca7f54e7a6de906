/* SPDX-License-Identifier: GPL-3.0-or-later */
/* json_model.c - the members the entries' JSON forms share.  Each kind
 * writes its object once (store/kinds.c), for knead list --json and the
 * JSON export alike, so the two can never drift apart (and import/json.c
 * reads exactly this back). */
#include <config.h>

#include "core/clock.h"
#include "core/json_model.h"

void json_add_text(struct json_writer *w, const char *key, const char *v)
{
	json_writer_key(w, key);
	if (v)
		json_writer_string(w, v);
	else
		json_writer_null(w);
}

void json_add_int_or_null(struct json_writer *w, const char *key, int v)
{
	json_writer_key(w, key);
	if (v > 0)
		json_writer_int(w, v);
	else
		json_writer_null(w);
}

void json_add_day(struct json_writer *w, const char *key, dayno d)
{
	char buf[DATE_BUF];
	json_add_text(w, key, day_format(d, buf));
}

void json_add_time(struct json_writer *w, const char *key, wtime t)
{
	char buf[DATETIME_BUF];
	json_add_text(w, key, wtime_format(t, buf));
}

void json_entry_begin(struct json_writer *w, int64_t id)
{
	json_writer_begin_object(w);
	json_writer_key(w, "id");
	json_writer_int(w, id);
}

void json_entry_end(struct json_writer *w, const char *type)
{
	if (type)
		json_add_text(w, "type", type);
	json_writer_end_object(w);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* export/export.h - everything knead holds, out as CSV or JSON, and the next
 * massage as an iCalendar file.
 *
 * JSON: one object
 *   { "format": "knead-export", "version": 1,
 *     "runs": [...], "soreness": [...], "massages": [...], "races": [...] }
 * each array oldest first, its objects exactly as `knead list --json` writes
 * them (doc/contract.md): runs {id, start, distance_m, duration_s, kind, rpe,
 * avg_hr, elevation_m, note, source, source_id}, soreness {id, time, region,
 * side, level, note}, massages {id, date, kind, regions: [{region, side}],
 * therapist, note}, races {id, date, name, distance_m, priority}.
 * `knead import` reads it back (import_json_file in import.h).
 *
 * CSV: one table, one line per entry, with a header line and these columns
 * (empty when they do not apply):
 *   record       run, soreness, massage or race
 *   id           the entry's id
 *   when         YYYY-MM-DDTHH:MM:SS (runs, soreness) or YYYY-MM-DD
 *   kind         run kind or massage kind id
 *   distance_m, duration_s, rpe, avg_hr, elevation_m, source, source_id
 *                runs (distance_m for races too)
 *   region, side, level      soreness
 *   regions      massages: region[:side] separated by ";"
 *   therapist    massages
 *   name, priority           races
 *   note         runs, soreness, massages
 * Fields are quoted as RFC 4180 says (double quotes doubled) when they hold
 * a comma, a quote, a line break or surrounding blanks; lines end in LF.
 *
 * Measures: the soreness log as the "measures" CSV GoldenCheetah imports
 * (a date column, then one numeric column per measure): a header line
 *   date,REGION[_SIDE],...
 * with one column for each region and side that the log holds (in the
 * regions' order, left before right: "calf_left", "lower-back"), then one
 * line per time soreness was logged (oldest first): the date as
 * YYYY-MM-DDTHH:MM:SS (local time) and each level 0-10 logged then, empty
 * for a region not logged then.
 */
#ifndef KNEAD_EXPORT_H
#define KNEAD_EXPORT_H

#include <glib.h>
#include <stdbool.h>
#include "core/advice/advice.h"
#include "core/import/import.h"
#include "core/model.h"

struct store;

/* EXPORT_FORMAT_ID and EXPORT_VERSION: import/import.h, which reads the
 * export back. */

enum export_format { EXPORT_CSV, EXPORT_JSON, EXPORT_MEASURES };
bool export_format_from_id(const char *s, enum export_format *out);

/* Every table, in `format`, into *out (g_free() it). */
/* Where a streamed export goes (a file, standard output): false with err
 * set stops it. */
typedef bool (*export_sink)(const char *text, size_t len, void *data, GError **err);
/* The JSON export, streamed to `sink` in chunks: memory does not grow with
 * the database.  The same text as export_all(EXPORT_JSON). */
bool export_json_stream(struct store *st, export_sink sink, void *data, GError **err);
bool export_all(struct store *st, enum export_format format, char **out, size_t *len,
		GError **err);

/* The iCalendar file for advice `a`: the next massage as an all-day event
 * with an alarm at 09:00 the day before, and each no-deep-tissue window as
 * an all-day event.  UIDs are stable, so importing a newer file updates the
 * events instead of adding copies.  `now` stamps it.  g_free() the result. */
char *export_ics_from_advice(const struct advice *a, wtime now);

/* Loads the history, asks the advice engine at `now`, and writes the
 * iCalendar file into *out (g_free() it). */
bool export_ics(struct store *st, wtime now, char **out, size_t *len, GError **err);

#endif

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* csv_row.h - a line of the CSV export (knead export --format csv): one
 * header shared by every record, its named columns, and the cells of a
 * line.  Each kind of entry fills its own columns (to_csv in
 * store/kinds.c); the export fills record, id and when for all and writes
 * the lines.  A line leaves empty the columns it has nothing for; a new
 * column goes at the end (doc/contract.md lists them). */
#ifndef KNEAD_CSV_ROW_H
#define KNEAD_CSV_ROW_H

#include <glib.h>

enum csv_col {
	CSV_RECORD, CSV_ID, CSV_WHEN, CSV_KIND, CSV_DISTANCE, CSV_DURATION, CSV_RPE,
	CSV_AVG_HR, CSV_ELEVATION, CSV_SOURCE, CSV_SOURCE_ID, CSV_REGION, CSV_SIDE,
	CSV_LEVEL, CSV_REGIONS, CSV_THERAPIST, CSV_NAME, CSV_PRIORITY, CSV_NOTE,
	CSV_CLEARED, CSV_COLS
};

/* The columns' names, in order: the header line. */
extern const char *const csv_header[CSV_COLS];

/* A line's cells are char *cols[CSV_COLS], each g_malloc'd, NULL for an
 * empty one.  Appends them to out as one CSV line, quoted where a cell
 * needs it. */
void csv_row_append(GString *out, char *const cols[CSV_COLS]);
/* Frees the cells and sets them to NULL, for the next line. */
void csv_row_clear(char *cols[CSV_COLS]);

/* A number without trailing zeros, at most `decimals` of them: 10000,
 * 6639.4, 3601.84. */
char *csv_number(double v, int decimals);
/* The number, or NULL (an empty cell) when it is 0 or less (not given). */
char *csv_int_or_empty(int v);

#endif

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* csv_row.h - a line of the CSV export (knead export --format csv): one
 * header shared by every record, its named columns, and the cells of a
 * line.  Each kind of entry fills its own columns (to_csv in
 * store/kinds.c); the export fills record, id and when for all and writes
 * the lines.  A line leaves empty the columns it has nothing for
 * (doc/contract.md lists them). */
#ifndef KNEAD_CSV_ROW_H
#define KNEAD_CSV_ROW_H

#include <glib.h>

/* The columns, a row each, in the header's order: COL(NAME, name)
 * makes CSV_NAME of enum csv_col and its name in the header.  A new
 * column is a row at the end: tests/unit/test_import.c and
 * tests/cli/export.sh check the header. */
#define CSV_COLUMNS(COL)              \
	COL(RECORD, "record")         \
	COL(ID, "id")                 \
	COL(WHEN, "when")             \
	COL(KIND, "kind")             \
	COL(DISTANCE, "distance_m")   \
	COL(DURATION, "duration_s")   \
	COL(RPE, "rpe")               \
	COL(AVG_HR, "avg_hr")         \
	COL(ELEVATION, "elevation_m") \
	COL(SOURCE, "source")         \
	COL(SOURCE_ID, "source_id")   \
	COL(REGION, "region")         \
	COL(SIDE, "side")             \
	COL(LEVEL, "level")           \
	COL(REGIONS, "regions")       \
	COL(THERAPIST, "therapist")   \
	COL(NAME, "name")             \
	COL(PRIORITY, "priority")     \
	COL(NOTE, "note")             \
	COL(CLEARED, "cleared")

enum csv_col {
#define CSV_COL_ENUM(e, name) CSV_##e,
	CSV_COLUMNS(CSV_COL_ENUM)
#undef CSV_COL_ENUM
	CSV_COLS
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

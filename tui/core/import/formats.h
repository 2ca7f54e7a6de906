/* SPDX-License-Identifier: GPL-3.0-or-later */
/* formats.h - the one table of the formats knead imports.
 *
 * Each row holds a format's id (the source in `import --json` and in a
 * run's `source`), its name as a runner knows it, the file name endings it
 * is known by (its content decides otherwise, see sniff.h), and the line
 * `knead import --help` gives it.  The help, the command summary, the man
 * page and doc/contract.md are built from this table or checked against it
 * (tests/cli/import_formats.sh).  It depends on nothing, so that knead,
 * which hands imports to knead-import, can print the help without linking the
 * readers. */
#ifndef KNEAD_IMPORT_FORMATS_H
#define KNEAD_IMPORT_FORMATS_H

#include <stddef.h>

/* The formats; the table below gives each its row. */
enum import_format {
	IMPORT_FORMAT_UNKNOWN,
	IMPORT_FORMAT_GPX,
	IMPORT_FORMAT_TCX,
	IMPORT_FORMAT_STRAVA_CSV,
	IMPORT_FORMAT_JSON,
	IMPORT_FORMAT_FIT,
	IMPORT_FORMAT_HEALTH, /* Apple Health export.xml */
	IMPORT_FORMAT_ZIP,    /* a Strava or Apple Health export as downloaded */
	IMPORT_FORMAT_COUNT
};

struct import_format_info {
	enum import_format format;
	const char *id;	  /* "gpx", ... as `import --json` names the source */
	const char *name; /* "GPX", "Strava", ...: not translated */
	/* The lower-case endings that name the format, each also taken with
	 * ".gz" after it; NULL-terminated.  Tried in table order. */
	const char *const *endings;
	/* N_() marked: what `knead import --help` says the format is, or NULL
	 * for a container that the other rows already describe (zip). */
	const char *help;
};

/* The rows, in the order the help lists them, ended by a row whose id is
 * NULL.  Every enum value but UNKNOWN has one row. */
extern const struct import_format_info import_formats[];

/* The format's id in `import --json` ("gpx", "tcx", "strava", ...), or
 * "unknown". */
const char *import_format_id(enum import_format f);

/* What a file's name says it is (".gz" after the ending aside), by the
 * table's endings; IMPORT_FORMAT_UNKNOWN when nothing matches. */
enum import_format import_format_guess(const char *path);

/* Every file name ending of the table, in its order: ".gpx, .tcx, ...".
 * Free with g_free. */
char *import_formats_endings(void);

/* The list `knead import --help` gives, one translated line a format,
 * each starting with "  - " and ending with a newline.  Free with g_free. */
char *import_formats_help(void);

#endif

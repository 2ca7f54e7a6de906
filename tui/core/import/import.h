/* SPDX-License-Identifier: GPL-3.0-or-later */
/* import.h - runs from watches (GPX, TCX, FIT), from a Strava bulk export, and
 * knead's own JSON export back into the database.
 *
 * The readers (import_gpx_*, import_tcx_*, import_strava_*) only parse: they
 * fill a batch of runs and count what they left out, and never touch the
 * database, so they can be tested and fuzzed on their own.  import_file()
 * then adds one file's batch in one transaction, leaving out runs the
 * database already holds.
 *
 * Rules shared by every reader (see import/util.c):
 * - start is the run's first time stamp, converted from UTC to local wall
 *   time; duration is moving time (pauses left out, see each reader);
 * - kind: trail when the file says so (Strava "Trail Run", a GPX type naming
 *   trail running), race when the name says "race" or "marathon", long when
 *   it lasts 90 minutes or more or covers 18 km or more, easy otherwise;
 * - elevation gain counts climbs with a 3 m hysteresis so that altimeter
 *   noise does not add up;
 * - a run without distance, without duration, or beyond MAX_DISTANCE_M or
 *   MAX_DURATION_S (parse.h) is skipped, with the reason counted.
 */
#ifndef KNEAD_IMPORT_H
#define KNEAD_IMPORT_H

#include <glib.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "core/model.h"
#include "core/import/formats.h"
#include "core/import/sport.h"

#define IMPORT_BASIS_COUNT SPORT_BASIS_COUNT

struct store;


/* Told how far a reader is into one large file, every
 * IMPORT_PROGRESS_STEP bytes (uncompressed). */
#define IMPORT_PROGRESS_STEP ((uint64_t)4 * 1024 * 1024)
struct import_progress {
	void (*report)(uint64_t bytes_read, void *ctx);
	void *ctx;
	/* Told, when not NULL, after each activity file of an archive: how
	 * many of how many, and the bytes they held. */
	void (*entry)(unsigned done, unsigned total, uint64_t bytes, void *ctx);
};

/* How to import: --sport run and --dry-run. */
struct import_options {
	bool force_run; /* every activity is a run, whatever the file says */
	bool dry_run;	/* count what would happen; the caller rolls back */
	const struct import_progress *progress; /* or NULL */
};

/* What happened to one source's files and activities. */
struct import_counts {
	unsigned files;	     /* files read */
	unsigned added;	     /* runs (or rows) added */
	unsigned merged;     /* runs already there that gained data from this one */
	unsigned duplicates; /* already there, nothing to add */
	unsigned skipped;    /* activities left out (not runs, no data) */
	unsigned failed;     /* files not understood */
};

/* Why a single track point was left out (the rest of its track counts). */
enum import_point_skip {
	IMPORT_POINT_NO_POSITION, /* no or impossible latitude/longitude */
	IMPORT_POINT_NO_TIME,	  /* no or unreadable time stamp */
	IMPORT_POINT_BACKWARDS,	  /* a time before the point before it */
	IMPORT_POINT_SKIP_COUNT
};

/* What a reader found in one file: runs in file order, and how many
 * activities it left out for each reason (translated text -> count). */
struct import_batch {
	GArray *runs;	     /* struct run, owned */
	GHashTable *skipped; /* char * (owned) -> GUINT_TO_POINTER(count) */
	unsigned undecided;  /* runs taken as runs for want of any sign of a sport */
	/* Activities whose file declares no sport, by what decided it
	 * (enum sport_basis: words, speed, app, cadence). */
	unsigned decided_by[IMPORT_BASIS_COUNT];
	unsigned points_skipped[IMPORT_POINT_SKIP_COUNT]; /* bad track points left out */
	bool force_run;	     /* --sport run: the user says every activity is a run */
	GHashTable *files;   /* source id -> the activity's own file (Strava), or NULL */
	/* Runs of one activity file (the legs of a multisport FIT, the tracks
	 * of a GPX) are never one another: run_groups says, for each run, the
	 * activity file it came from (from 1; 0 for a row of a list, such as
	 * Strava's CSV or Apple Health's workouts, which may repeat each
	 * other). */
	GArray *run_groups; /* guint, parallel to runs */
	unsigned group;	    /* the file being read, or 0 */
	unsigned groups;    /* files begun */
	GPtrArray *not_activities; /* char *: entries that hold none, or NULL */
	/* For progress: runs found so far (a reader that keeps its runs
	 * aside until the end counts them here as it finds them), and the
	 * activity files of an archive read so far. */
	unsigned found;
	unsigned entries_done, entries_total;
	uint64_t entries_bytes;
	/* A damaged file whose activities before the damage were kept. */
	bool damaged;
	uint64_t damaged_after; /* bytes read whole */
	unsigned damaged_kept;	/* runs kept */
	unsigned taken;	    /* runs handed to the batch so far, drained or not */
	GHashTable *skip_shapes; /* a reason, numbers aside -> its key in skipped */
	/* When set, the runs are handed on every IMPORT_BATCH_CHUNK of them
	 * (the driver stores them as the file is read), so that memory does
	 * not grow with the number of activities.  A failure keeps its error
	 * in sink_error and drops what follows. */
	bool (*sink)(struct import_batch *b, void *ctx, GError **err);
	void *sink_ctx;
	GError *sink_error;
	const struct import_progress *progress; /* streaming readers report to it */
};

void import_batch_init(struct import_batch *b);
/* One activity file of an archive read, of `len` bytes (for progress). */
void import_batch_entry_done(struct import_batch *b, size_t len);
/* An entry of archive `archive` (its name) that holds no activity. */
void import_batch_not_activity(struct import_batch *b, const char *archive, const char *entry);
/* An activity file's runs begin and end (see run_groups). */
void import_batch_begin_file(struct import_batch *b);
void import_batch_end_file(struct import_batch *b);
void import_batch_clear(struct import_batch *b);
void import_batch_skip(struct import_batch *b, const char *reason, unsigned n);
#define IMPORT_BATCH_CHUNK 4096
/* Hands the runs held to the sink (if any) and empties the batch; false
 * once the sink has failed. */
bool import_batch_drain(struct import_batch *b);
unsigned import_batch_skipped_total(const struct import_batch *b);

/* The readers.  `_file` reads a path, gzip-compressed or not; `_memory`
 * reads a buffer (plain).  False with KNEAD_ERROR_FAILED naming the line,
 * element or record when the file is broken; whatever was read is then left
 * in the batch, for the caller to drop. */
bool import_gpx_file(const char *path, struct import_batch *b, GError **err);
bool import_gpx_memory(const void *data, size_t len, struct import_batch *b, GError **err);
bool import_tcx_file(const char *path, struct import_batch *b, GError **err);
bool import_tcx_memory(const void *data, size_t len, struct import_batch *b, GError **err);
bool import_strava_file(const char *path, struct import_batch *b, GError **err);
bool import_strava_memory(const void *data, size_t len, struct import_batch *b,
			  GError **err);
/* FIT (import/fit.h): every session a run or a skip counted by sport; a
 * file damaged part way keeps the sessions read before the damage (and
 * says so in b->damaged), and fails whole when there are none. */
bool import_fit_file(const char *path, struct import_batch *b, GError **err);
bool import_fit_memory(const void *data, size_t len, struct import_batch *b, GError **err);


struct import_failure {
	char *path;
	char *reason; /* translated, names the line, element or record */
};

struct import_count {
	const char *what;
	unsigned n;
};

struct import_summary {
	unsigned files;	     /* files read, successfully or not */
	unsigned imported;   /* rows added (runs; soreness, massages, races from JSON) */
	unsigned duplicates; /* rows the database already held */
	unsigned merged;     /* runs already held that gained data (heart rate...) */
	unsigned skipped;    /* activities left out; by reason in skipped_by */
	unsigned undecided;  /* runs taken as runs though nothing said their sport */
	unsigned decided_by[IMPORT_BASIS_COUNT]; /* as in struct import_batch */
	unsigned points_skipped[IMPORT_POINT_SKIP_COUNT];
	struct import_counts by_format[IMPORT_FORMAT_COUNT];
	GHashTable *skipped_by;	 /* char * (owned) -> GUINT_TO_POINTER(count) */
	GPtrArray *failures;	 /* struct import_failure *, in file order */
	GPtrArray *damaged;	 /* struct import_damage *, in file order */
	GPtrArray *not_activities; /* char *: files of a folder or zip that hold none */
	const struct import_batch *reading; /* the file being read, for progress */
};

/* A file damaged part way, whose activities before the damage were kept. */
struct import_damage {
	char *path;
	uint64_t after_byte;
	unsigned runs_kept;
};

void import_summary_init(struct import_summary *s);
void import_summary_clear(struct import_summary *s);
/* The skip reasons, most frequent first (ties by name); g_ptr_array_unref()
 * the result, whose struct import_count point into the summary. */
GPtrArray *import_summary_skipped_sorted(const struct import_summary *s);

/* The files to import under `path`, appended to `files` (g_free'd strings,
 * sorted within each directory).  A file is taken as given; a directory is
 * walked for .gpx, .tcx, .fit (optionally .gz), files whose content is
 * FIT, GPX or TCX, and activities.csv, skipping
 * hidden entries and not following symbolic links to directories.  A
 * directory holding activities.csv is a Strava export: only that file is
 * read, since its activities/ folder holds the same runs again.  False with
 * KNEAD_ERROR_INVALID when `path` does not exist or cannot be read. */
bool import_collect(const char *path, GPtrArray *files, GError **err);
/* The same, naming in `ignored` (or not, when NULL) the files of a folder
 * that hold no activity ("notes.txt", "sub/profile.csv": paths inside the
 * folder, g_free'd strings).  A folder's Apple Health export and Strava
 * activities.csv are found by their content, whatever their names. */
bool import_collect_with(const char *path, GPtrArray *files, GPtrArray *ignored, GError **err);

/* Imports one file in one transaction, counting into `sum`.  False when the
 * file failed (its reason is then in sum->failures and nothing of it was
 * added). */
bool import_file(struct store *st, const char *path, struct import_summary *sum);
/* The same, with options.  A run the database holds from another source
 * (store_run_find_same) is not added again: it gains what it lacked. */
bool import_file_with(struct store *st, const char *path, const struct import_options *opt,
		      struct import_summary *sum);

/* import_collect() then import_file() on each.  False only when `path`
 * itself is missing or unreadable; failed files are in the summary. */
bool import_path(struct store *st, const char *path, struct import_summary *sum,
		 GError **err);

/* knead's own JSON export (export/export.h) names itself with these, and
 * the import reads no version newer than its own.  The export wing writes
 * them; the import wing, which never depends on the export, owns them. */
#define EXPORT_FORMAT_ID "knead-export"
#define EXPORT_VERSION 1

/* Imports knead's own JSON export (see export/export.h) in one transaction: every
 * table, leaving out rows already present (runs as duplicates in the store's
 * sense; soreness by time, region, side and level; massages by date and
 * kind; races by date and name). */
bool import_json_file(struct store *st, const char *path, struct import_summary *sum,
		      GError **err);

#endif

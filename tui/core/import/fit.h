/* SPDX-License-Identifier: GPL-3.0-or-later */
/* import/fit.h - a streaming decoder of the FIT protocol (Garmin, Coros,
 * Suunto, Wahoo... watches), written for knead.
 *
 * fit_decode_*() walk a FIT file once, with bounded memory whatever its
 * size: the 12- or 14-byte file header and its CRC, definition messages
 * (16 local types, either byte order, any field sizes and base types),
 * data messages, compressed-timestamp headers, developer fields (skipped
 * by size) and several FIT files chained back to back.  The CRC of each
 * file's data is checked at its end.  Out of the messages they keep, per
 * file of the chain:
 *
 * - each `session` (global 18) as one activity: start time, sport and
 *   sub-sport, elapsed and timer time, distance, average and maximum heart
 *   rate, ascent;
 * - with no session, the `lap` messages (19) summed into one activity;
 * - with no lap either, the `record` messages (20): first and last time
 *   stamp, the largest distance (or the track over the positions), the
 *   heart-rate mean, the climb over the altitudes;
 * - the `sport` message (12) gives the sport when the others do not, and
 *   `activity` (34) the timer time.
 *
 * A session without some figure takes it from the records when it is the
 * only session of its file.  Anything wrong (bad header, a CRC that does
 * not match, a file cut short, an impossible definition, a hard limit
 * passed) fails the whole decode with KNEAD_ERROR_FAILED naming the byte
 * offset and the problem; nothing is appended to `out` then.
 */
#ifndef KNEAD_IMPORT_FIT_H
#define KNEAD_IMPORT_FIT_H

#include <glib.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "core/import/sport.h"

/* FIT's `sport` and `sub_sport` values that knead tells apart. */
#define FIT_SPORT_UNKNOWN -1 /* the file does not say */
#define FIT_SPORT_GENERIC 0
#define FIT_SPORT_RUNNING 1
#define FIT_SPORT_CYCLING 2
#define FIT_SPORT_FITNESS_EQUIPMENT 4
#define FIT_SPORT_WALKING 11
#define FIT_SPORT_HIKING 17
#define FIT_SUB_SPORT_GENERIC 0
#define FIT_SUB_SPORT_TREADMILL 1
#define FIT_SUB_SPORT_STREET 2
#define FIT_SUB_SPORT_TRAIL 3
#define FIT_SUB_SPORT_TRACK 4

/* Seconds from the Unix epoch to FIT's, 1989-12-31T00:00:00Z. */
#define FIT_EPOCH_UNIX 631065600

/* Hard limits against hostile input.  Memory stays bounded by
 * construction (one buffer for the largest message FIT can describe, 16
 * definitions); these bound the work and the list of activities. */
#define FIT_MAX_BYTES (1024u * 1024u * 1024u) /* FIT bytes in one file, chain included */
#define FIT_MAX_CHAINED 256		      /* FIT files chained in one */
#define FIT_MAX_ACTIVITIES 1000		      /* sessions in one file, chain included */

enum fit_origin {
	FIT_FROM_SESSION, /* a session message */
	FIT_FROM_LAPS,	  /* the laps of a file without session */
	FIT_FROM_RECORDS, /* the records of a file without session or lap */
};

/* One activity.  Unknown figures are negative (0 for heart rates). */
struct fit_activity {
	bool has_start;	   /* false when no time stamp tells when it started */
	int64_t start;	   /* Unix seconds, UTC */
	double elapsed_s;  /* start to end, pauses included */
	double timer_s;	   /* the watch's timer: pauses left out */
	double distance_m;
	int avg_hr, max_hr; /* beats per minute */
	double ascent_m;
	int sport, sub_sport; /* FIT values, FIT_SPORT_UNKNOWN when not said */
	bool has_position;    /* some record of its time span has a position */
	int avg_cadence;      /* the watch's cadence (strides or revolutions a minute), or 0 */
	bool has_speed;       /* whether `speed` holds the records' moving speed */
	struct speed_profile speed; /* of the records in its time span */
	enum fit_origin origin;
	unsigned file_index;  /* which FIT file of a chain, from 0 */
};

/* What the decoder walked through, for tests and benchmarks. */
struct fit_stats {
	uint64_t bytes;	       /* FIT bytes read, headers and CRCs included */
	unsigned files;	       /* FIT files in the chain */
	unsigned definitions;  /* definition messages */
	unsigned messages;     /* data messages */
	unsigned records;      /* of which `record` messages */
	unsigned compressed;   /* data messages with a compressed-timestamp header */
	unsigned developer_fields; /* developer fields defined (their data is skipped) */
	/* A damaged file whose sessions before the damage were kept (the
	 * decoder then returns true, with these set). */
	bool damaged;
	uint64_t damaged_after; /* bytes read whole before the damage */
};

/* Decode a file (plain or gzip'd) or a buffer, appending struct
 * fit_activity to `out` in file order.  `stats` may be NULL. */
bool fit_decode_file(const char *path, GArray *out, struct fit_stats *stats, GError **err);
bool fit_decode_memory(const void *data, size_t len, GArray *out, struct fit_stats *stats,
		       GError **err);

/* True when `head` (at least 12 bytes) starts like a FIT file: a header
 * size of 12 or 14 and ".FIT" at byte 8. */
bool fit_has_signature(const void *head, size_t len);
/* The same test on a file's first bytes (gunzipped if need be). */
bool fit_file_has_signature(const char *path);

/* FIT's own name of a sport ("cycling", "swimming"...), "sport N" for one
 * this table does not know; g_free() it. */
char *fit_sport_name(int sport);
/* Whether a sport and sub-sport pair is running: running (road, trail,
 * track, treadmill...) or a treadmill on "fitness equipment". */
bool fit_sport_is_run(int sport, int sub_sport);

#endif

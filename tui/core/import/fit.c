/* SPDX-License-Identifier: GPL-3.0-or-later */
/* import/fit.c - the FIT protocol, read as a stream (see import/fit.h), and
 * runs out of it for the import driver.
 *
 * The protocol in brief: a file header (size, protocol and profile
 * versions, the size of the data, ".FIT", a CRC of the header when it is
 * 14 bytes long), then messages, then a CRC-16 of everything before it.
 * Each message starts with a one-byte header.  A definition message tells,
 * for one of 16 local types, the global message number, the byte order and
 * the fields (number, size, base type) of the data messages that follow
 * under that local type.  A compressed-timestamp header carries a local
 * type (0-3) and the low five bits of the message's time stamp.
 */
#ifdef HAVE_CONFIG_H
#include <config.h>
#endif
#include <errno.h>
#include <math.h>
#include <string.h>
#include <zlib.h>
#include "core/clock.h"
#include "core/error.h"
#include "core/i18n.h"
#include "core/import/import.h"
#include "core/import/fit.h"
#include "core/import/util.h"
#include "core/import/util.h"
#include "core/import/sport.h"

#define FIT_HEADER_MIN 12
#define FIT_HEADER_MAX 14
#define FIT_LOCAL_TYPES 16
/* A data message holds at most 255 fields and 255 developer fields of at
 * most 255 bytes each. */
#define FIT_MESSAGE_MAX (2 * 255 * 255)
#define FIT_READ_CHUNK (64 * 1024)

#define MSG_SPORT 12
#define MSG_SESSION 18
#define MSG_LAP 19
#define MSG_RECORD 20
#define MSG_ACTIVITY 34
#define FIELD_TIMESTAMP 253
/* Smaller time stamps count from the device's power-on, not from FIT's
 * epoch. */
#define FIT_TIME_MIN 0x10000000u

/* The values knead takes out of a message. */
enum fit_slot {
	SLOT_TIMESTAMP,
	SLOT_START,
	SLOT_SPORT,
	SLOT_SUB_SPORT,
	SLOT_ELAPSED,
	SLOT_TIMER,
	SLOT_DISTANCE,
	SLOT_AVG_HR,
	SLOT_MAX_HR,
	SLOT_ASCENT,
	SLOT_LAT,
	SLOT_LON,
	SLOT_HR,
	SLOT_ALTITUDE,
	SLOT_ENHANCED_ALTITUDE,
	SLOT_CADENCE,
	SLOT_COUNT
};

struct slot_map {
	uint16_t global;
	uint8_t field;
	uint8_t slot;
	double scale; /* value = raw / scale - offset */
	double offset;
};

/* Field numbers from FIT's profile. */
static const struct slot_map slot_maps[] = {
	{ MSG_SESSION, 2, SLOT_START, 1, 0 },
	{ MSG_SESSION, 5, SLOT_SPORT, 1, 0 },
	{ MSG_SESSION, 6, SLOT_SUB_SPORT, 1, 0 },
	{ MSG_SESSION, 7, SLOT_ELAPSED, 1000, 0 },
	{ MSG_SESSION, 8, SLOT_TIMER, 1000, 0 },
	{ MSG_SESSION, 9, SLOT_DISTANCE, 100, 0 },
	{ MSG_SESSION, 16, SLOT_AVG_HR, 1, 0 },
	{ MSG_SESSION, 17, SLOT_MAX_HR, 1, 0 },
	{ MSG_SESSION, 18, SLOT_CADENCE, 1, 0 },
	{ MSG_SESSION, 22, SLOT_ASCENT, 1, 0 },
	{ MSG_LAP, 2, SLOT_START, 1, 0 },
	{ MSG_LAP, 7, SLOT_ELAPSED, 1000, 0 },
	{ MSG_LAP, 8, SLOT_TIMER, 1000, 0 },
	{ MSG_LAP, 9, SLOT_DISTANCE, 100, 0 },
	{ MSG_LAP, 15, SLOT_AVG_HR, 1, 0 },
	{ MSG_LAP, 16, SLOT_MAX_HR, 1, 0 },
	{ MSG_LAP, 21, SLOT_ASCENT, 1, 0 },
	{ MSG_LAP, 25, SLOT_SPORT, 1, 0 },
	{ MSG_LAP, 39, SLOT_SUB_SPORT, 1, 0 },
	{ MSG_RECORD, 0, SLOT_LAT, 1, 0 },
	{ MSG_RECORD, 1, SLOT_LON, 1, 0 },
	{ MSG_RECORD, 2, SLOT_ALTITUDE, 5, 500 },
	{ MSG_RECORD, 3, SLOT_HR, 1, 0 },
	{ MSG_RECORD, 5, SLOT_DISTANCE, 100, 0 },
	{ MSG_RECORD, 78, SLOT_ENHANCED_ALTITUDE, 5, 500 },
	{ MSG_SPORT, 0, SLOT_SPORT, 1, 0 },
	{ MSG_SPORT, 1, SLOT_SUB_SPORT, 1, 0 },
	{ MSG_ACTIVITY, 0, SLOT_TIMER, 1000, 0 },
};

/* FIT base types, by their number (the low five bits). */
struct base_type {
	uint8_t size;
	bool is_signed, is_float, zero_invalid, is_string;
};

static const struct base_type base_types[] = {
	[0x00] = { 1, false, false, false, false },  /* enum */
	[0x01] = { 1, true, false, false, false },   /* sint8 */
	[0x02] = { 1, false, false, false, false },  /* uint8 */
	[0x03] = { 2, true, false, false, false },   /* sint16 */
	[0x04] = { 2, false, false, false, false },  /* uint16 */
	[0x05] = { 4, true, false, false, false },   /* sint32 */
	[0x06] = { 4, false, false, false, false },  /* uint32 */
	[0x07] = { 1, false, false, false, true },   /* string */
	[0x08] = { 4, false, true, false, false },   /* float32 */
	[0x09] = { 8, false, true, false, false },   /* float64 */
	[0x0a] = { 1, false, false, true, false },   /* uint8z */
	[0x0b] = { 2, false, false, true, false },   /* uint16z */
	[0x0c] = { 4, false, false, true, false },   /* uint32z */
	[0x0d] = { 1, false, false, false, false },  /* byte */
	[0x0e] = { 8, true, false, false, false },   /* sint64 */
	[0x0f] = { 8, false, false, false, false },  /* uint64 */
	[0x10] = { 8, false, false, true, false },   /* uint64z */
};
#define BASE_TYPE_COUNT (sizeof(base_types) / sizeof(base_types[0]))

enum value_kind { VALUE_UNSIGNED, VALUE_SIGNED, VALUE_FLOAT };

/* Where a definition puts a value knead reads, compiled once from the
 * definition so that each data message costs a few loads. */
struct field_want {
	bool present;
	bool scaled;	  /* a scale or an offset to apply */
	uint8_t size;
	uint8_t kind;	  /* enum value_kind */
	uint16_t offset;
	uint8_t map;	  /* index in slot_maps, or 255 for the time stamp */
	uint64_t invalid; /* the base type's "no value" */
};

struct definition {
	bool defined;
	bool big_endian;
	bool interesting; /* a message knead reads beyond its time stamp */
	bool usual_record; /* see record_layout_is_usual() */
	uint16_t global;
	uint32_t size; /* bytes of a data message, developer fields included */
	struct field_want slots[SLOT_COUNT];
};

/* One message's values: raw numbers, scaled when read. */
struct values {
	bool have[SLOT_COUNT];
	double v[SLOT_COUNT];
};

/* What the records of one FIT file add up to. */
struct record_sum {
	unsigned n, timed;
	int64_t first_ts, last_ts;
	bool have_dist;
	double max_dist_cm;
	bool have_prev;
	double prev_lat, prev_lon, track_m;
	double hr_sum;
	unsigned hr_n;
	int hr_max;
	struct ascent ascent;
	unsigned positioned;
	int64_t first_pos, last_pos;
};

struct lap_sum {
	unsigned n;
	bool have_start;
	int64_t start;
	double timer, elapsed, distance, ascent;
	bool have_timer, have_elapsed, have_distance, have_ascent;
	double hr_weighted, hr_time;
	int hr_max;
	int sport, sub_sport;
};

/* Where the bytes come from: a gzFile (plain files read through it too)
 * or a buffer, behind one window of bytes not yet consumed. */
struct source {
	gzFile gz;
	const uint8_t *p, *end;
	const uint8_t *crc_mark; /* bytes before it are in crc */
	uint8_t *chunk;
	uint64_t offset; /* bytes consumed */
	uint16_t crc;
	const char *gz_error;
};

struct fit_decoder {
	struct source src;
	GArray *found; /* struct fit_activity, given to the caller at the end */
	struct fit_stats stats;
	uint8_t *message; /* FIT_MESSAGE_MAX bytes */
	struct definition defs[FIT_LOCAL_TYPES];
	uint64_t file_start; /* offset of the current file's header */
	uint32_t data_size;  /* of the current file, as its header says */
	uint64_t data_end;  /* offset of the current file's CRC */
	bool have_last_ts;
	uint32_t last_ts;
	/* the current file of the chain */
	GArray *sessions; /* struct values */
	struct record_sum rec;
	struct lap_sum laps;
	struct speed_track speed; /* the records' */
	uint64_t good_end; /* offset after the last message read whole */
	bool crc_failed;
	bool beyond_limits; /* a file no watch writes: refused whole */
	int sport, sub_sport;
	bool have_activity_timer;
	double activity_timer;
};

/* CRC-16 with the reflected polynomial 0xA001, as FIT specifies, eight
 * bytes at a time: crc_tables[k][b] is byte b followed by k zero bytes. */
static uint16_t crc_tables[8][256];

static void crc_init(void)
{
	static gsize done;

	if (g_once_init_enter(&done)) {
		for (unsigned i = 0; i < 256; i++) {
			uint16_t c = (uint16_t)i;
			for (int k = 0; k < 8; k++)
				c = (c & 1) ? (uint16_t)((c >> 1) ^ 0xA001) : (uint16_t)(c >> 1);
			crc_tables[0][i] = c;
		}
		for (unsigned k = 1; k < 8; k++)
			for (unsigned i = 0; i < 256; i++) {
				uint16_t c = crc_tables[k - 1][i];
				crc_tables[k][i] = (uint16_t)((c >> 8) ^ crc_tables[0][c & 0xff]);
			}
		g_once_init_leave(&done, 1);
	}
}

static uint16_t crc_update(uint16_t crc, const uint8_t *p, size_t n)
{
	for (; n >= 8; n -= 8, p += 8) {
		unsigned b0 = p[0] ^ (crc & 0xff), b1 = p[1] ^ (crc >> 8);
		crc = crc_tables[7][b0] ^ crc_tables[6][b1] ^ crc_tables[5][p[2]] ^
		      crc_tables[4][p[3]] ^ crc_tables[3][p[4]] ^ crc_tables[2][p[5]] ^
		      crc_tables[1][p[6]] ^ crc_tables[0][p[7]];
	}
	for (; n > 0; n--, p++)
		crc = (uint16_t)((crc >> 8) ^ crc_tables[0][(crc ^ *p) & 0xff]);
	return crc;
}

/* The CRC of the bytes consumed since the last call to crc_restart(): the
 * bytes are added in bulk, up to the read position. */
static uint16_t source_crc(struct source *s)
{
	s->crc = crc_update(s->crc, s->crc_mark, (size_t)(s->p - s->crc_mark));
	s->crc_mark = s->p;
	return s->crc;
}

static void crc_restart(struct source *s)
{
	s->crc = 0;
	s->crc_mark = s->p;
}

/* Refills the window from the gzFile; false at the end of the input. */
static bool source_refill(struct source *s)
{
	int n;

	if (!s->gz)
		return false;
	source_crc(s);
	n = gzread(s->gz, s->chunk, FIT_READ_CHUNK);
	if (n <= 0) {
		/* A gzip stream cut short reads as an end, with an error. */
		int zerr = Z_OK;
		gzerror(s->gz, &zerr);
		if (zerr == Z_ERRNO)
			s->gz_error = g_strerror(errno);
		else if (zerr == Z_BUF_ERROR)
			s->gz_error = _("the gzip stream is cut short");
		else if (zerr != Z_OK)
			s->gz_error = _("the gzip data is damaged");
		return false;
	}
	s->p = s->crc_mark = s->chunk;
	s->end = s->chunk + n;
	return true;
}

/* The next n bytes: in the window when they are all there, else copied
 * into `scratch` across refills.  NULL when the input ends first. */
static const uint8_t *source_take(struct source *s, size_t n, uint8_t *scratch)
{
	const uint8_t *here = s->p;
	size_t got = 0;

	if ((size_t)(s->end - s->p) >= n) {
		s->p += n;
		s->offset += n;
		return here;
	}
	while (got < n) {
		size_t k;
		if (s->p == s->end && !source_refill(s))
			break;
		k = MIN(n - got, (size_t)(s->end - s->p));
		memcpy(scratch + got, s->p, k);
		s->p += k;
		got += k;
	}
	s->offset += got;
	return got == n ? scratch : NULL;
}

/* Copies the next n bytes; false when the input ends first. */
static bool source_read(struct source *s, uint8_t *dst, size_t n)
{
	const uint8_t *p = source_take(s, n, dst);

	if (p && p != dst)
		memcpy(dst, p, n);
	return p != NULL;
}

/* True when the input has no byte left. */
static bool source_at_end(struct source *s)
{
	return s->p == s->end && !source_refill(s);
}

static void set_truncated(struct fit_decoder *d, GError **err)
{
	if (d->src.gz_error)
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
			    _("byte %llu: %s (the file is damaged or incomplete)"),
			    (unsigned long long)d->src.offset, d->src.gz_error);
	else
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
			    _("the file ends at byte %llu, in the middle of the FIT data (the file is incomplete)"),
			    (unsigned long long)d->src.offset);
}

/* The next n bytes of the current file's data (see source_take), or NULL
 * with *err set when they would run past its end or past the input's. */
static const uint8_t *take_data(struct fit_decoder *d, size_t n, uint8_t *scratch,
				GError **err)
{
	const uint8_t *p;

	if (d->src.offset + n > d->data_end) {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
			    _("byte %llu: a message runs past the end of the FIT data (the header announces %llu bytes)"),
			    (unsigned long long)d->src.offset, (unsigned long long)d->data_size);
		return NULL;
	}
	p = source_take(&d->src, n, scratch);
	if (!p)
		set_truncated(d, err);
	return p;
}

static bool read_data(struct fit_decoder *d, uint8_t *dst, size_t n, GError **err)
{
	const uint8_t *p = take_data(d, n, dst, err);

	if (p && p != dst)
		memcpy(dst, p, n);
	return p != NULL;
}

static uint32_t get_u32_le(const uint8_t *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static inline uint64_t load_uint(const uint8_t *p, unsigned size, bool big_endian)
{
	uint32_t u32;
	uint64_t u64;

	switch (size) {
	case 1:
		return p[0];
	case 2:
		return big_endian ? (unsigned)p[0] << 8 | p[1] : (unsigned)p[1] << 8 | p[0];
	case 4:
		memcpy(&u32, p, 4);
		return big_endian ? GUINT32_FROM_BE(u32) : GUINT32_FROM_LE(u32);
	default:
		memcpy(&u64, p, 8);
		return big_endian ? GUINT64_FROM_BE(u64) : GUINT64_FROM_LE(u64);
	}
}

/* A field's value, raw, in *out; false when it holds the base type's
 * invalid value (or is not a number). */
static inline bool field_value(const uint8_t *p, const struct field_want *w, bool big_endian,
				double *out)
{
	uint64_t u = load_uint(p, w->size, big_endian);

	if (u == w->invalid)
		return false;
	switch (w->kind) {
	case VALUE_UNSIGNED:
		*out = (double)u;
		return true;
	case VALUE_SIGNED:
		/* Sign extension from the field's width. */
		*out = (double)((int64_t)(u << (64 - 8 * w->size)) >> (64 - 8 * w->size));
		return true;
	default:
		if (w->size == 4) {
			uint32_t bits = (uint32_t)u;
			float f;
			memcpy(&f, &bits, sizeof(f));
			*out = f;
		} else {
			memcpy(out, &u, sizeof(*out));
		}
		return isfinite(*out);
	}
}

/* The value of a slot in a data message, unscaled. */
static inline __attribute__((always_inline)) bool
slot_value(const struct definition *def, const uint8_t *msg, enum fit_slot slot, double *out)
{
	const struct field_want *w = &def->slots[slot];

	return w->present && field_value(msg + w->offset, w, def->big_endian, out);
}

/* The value that says "no value" for a base type. */
static uint64_t invalid_value(const struct base_type *t)
{
	uint64_t all_ones = t->size == 8 ? UINT64_MAX : (UINT64_C(1) << (8 * t->size)) - 1;

	if (t->zero_invalid)
		return 0;
	return t->is_signed ? all_ones >> 1 : all_ones;
}

/* Adds the fields knead wants of one field definition to `def`. */
static void want_field(struct definition *def, uint8_t number, uint8_t size, uint8_t base,
		       uint32_t offset)
{
	unsigned b = base & 0x1f;
	struct field_want *w;
	int map = -1;

	if (b >= BASE_TYPE_COUNT || base_types[b].is_string)
		return;
	/* Arrays and odd sizes hold no single value. */
	if (size != base_types[b].size)
		return;
	if (number != FIELD_TIMESTAMP) {
		for (unsigned i = 0; i < G_N_ELEMENTS(slot_maps); i++) {
			if (slot_maps[i].global == def->global && slot_maps[i].field == number) {
				map = (int)i;
				break;
			}
		}
		if (map < 0)
			return;
	}
	w = &def->slots[map < 0 ? SLOT_TIMESTAMP : slot_maps[map].slot];
	/* A field given twice: the first one counts. */
	if (w->present)
		return;
	w->present = true;
	w->offset = (uint16_t)offset;
	w->size = size;
	w->kind = base_types[b].is_float ? VALUE_FLOAT
		  : base_types[b].is_signed ? VALUE_SIGNED : VALUE_UNSIGNED;
	w->invalid = invalid_value(&base_types[b]);
	w->map = map < 0 ? 255 : (uint8_t)map;
	w->scaled = map >= 0 && (slot_maps[map].scale != 1 || slot_maps[map].offset != 0);
}

static inline uint32_t le32(const uint8_t *p)
{
	uint32_t u;

	memcpy(&u, p, sizeof(u));
	return GUINT32_FROM_LE(u);
}

/* Whether a record definition is little-endian with every field knead
 * reads of its profile's size and sign. */
static bool record_layout_is_usual(const struct definition *def)
{
	static const struct {
		uint8_t slot, size, kind;
	} usual[] = {
		{ SLOT_TIMESTAMP, 4, VALUE_UNSIGNED }, { SLOT_DISTANCE, 4, VALUE_UNSIGNED },
		{ SLOT_HR, 1, VALUE_UNSIGNED },	       { SLOT_ALTITUDE, 2, VALUE_UNSIGNED },
		{ SLOT_ENHANCED_ALTITUDE, 4, VALUE_UNSIGNED },
		{ SLOT_LAT, 4, VALUE_SIGNED },	       { SLOT_LON, 4, VALUE_SIGNED },
	};

	if (def->big_endian || def->global != MSG_RECORD)
		return false;
	for (unsigned i = 0; i < G_N_ELEMENTS(usual); i++) {
		const struct field_want *w = &def->slots[usual[i].slot];
		/* uint8z and the like have another "no value": not usual. */
		if (w->present && (w->size != usual[i].size || w->kind != usual[i].kind ||
				   w->invalid != (usual[i].kind == VALUE_SIGNED
							  ? (UINT64_C(1) << (8 * w->size - 1)) - 1
							  : (UINT64_C(1) << (8 * w->size)) - 1)))
			return false;
	}
	return true;
}

static bool read_definition(struct fit_decoder *d, uint8_t header, GError **err)
{
	struct definition *def = &d->defs[header & 0x0f];
	uint64_t at = d->src.offset - 1;
	uint8_t fixed[5], fields[255 * 3], n_dev;
	uint32_t size = 0;

	if (!read_data(d, fixed, sizeof(fixed), err))
		return false;
	if (fixed[1] > 1) {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
			    _("byte %llu: a definition with architecture %u (expected 0 for little-endian or 1 for big-endian)"),
			    (unsigned long long)at, fixed[1]);
		return false;
	}
	memset(def, 0, sizeof(*def));
	def->big_endian = fixed[1] == 1;
	def->global = def->big_endian ? (uint16_t)(fixed[2] << 8 | fixed[3])
				      : (uint16_t)(fixed[3] << 8 | fixed[2]);
	if (!read_data(d, fields, fixed[4] * 3u, err))
		return false;
	for (unsigned i = 0; i < fixed[4]; i++) {
		const uint8_t *f = fields + 3 * i;
		want_field(def, f[0], f[1], f[2], size);
		size += f[1];
	}
	if (header & 0x20) {
		/* Developer fields: only their sizes matter to us. */
		if (!read_data(d, &n_dev, 1, err) || !read_data(d, fields, n_dev * 3u, err))
			return false;
		for (unsigned i = 0; i < n_dev; i++)
			size += fields[3 * i + 1];
		d->stats.developer_fields += n_dev;
	}
	def->size = size;
	def->interesting = def->global == MSG_SESSION || def->global == MSG_LAP ||
			   def->global == MSG_SPORT || def->global == MSG_ACTIVITY;
	def->usual_record = record_layout_is_usual(def);
	def->defined = true;
	d->stats.definitions++;
	return true;
}

/* A value from the file as a small int (sport, heart rate), or `fallback`
 * when a hostile definition made it anything else. */
static int small_int(double x, int fallback)
{
	return x >= 0 && x <= 65535 ? (int)x : fallback;
}

/* Every value of a message but its time stamp, scaled; values no activity
 * has (a definition may give any field any type) are left out, so that
 * what follows can count in int64_t. */
static void read_values(const struct definition *def, const uint8_t *msg, struct values *v)
{
	memset(v->have, 0, sizeof(v->have));
	for (unsigned slot = SLOT_TIMESTAMP + 1; slot < SLOT_COUNT; slot++) {
		const struct field_want *w = &def->slots[slot];
		double x;

		if (!slot_value(def, msg, slot, &x))
			continue;
		if (w->scaled)
			x = x / slot_maps[w->map].scale - slot_maps[w->map].offset;
		if (!(fabs(x) <= 1e12))
			continue;
		v->v[slot] = x;
		v->have[slot] = true;
	}
}

/* FIT time stamp to Unix seconds; false for device-relative times. */
static bool fit_time(double t, int64_t *unix_s)
{
	if (!(t >= FIT_TIME_MIN) || t > UINT32_MAX)
		return false;
	*unix_s = (int64_t)t + FIT_EPOCH_UNIX;
	return true;
}

static void add_position(struct record_sum *r, double lat_semi, double lon_semi,
			 bool has_distance, bool timed, int64_t ts)
{
	/* Semicircles: 2^31 of them make 180 degrees. */
	double lat = lat_semi * (180.0 / 2147483648.0);
	double lon = lon_semi * (180.0 / 2147483648.0);

	/* The track is the distance only when the records carry none: spare
	 * the trigonometry otherwise. */
	if (r->have_prev && !has_distance)
		r->track_m += import_haversine(r->prev_lat, r->prev_lon, lat, lon);
	r->prev_lat = lat;
	r->prev_lon = lon;
	r->have_prev = true;
	if (timed) {
		if (r->positioned == 0 || ts < r->first_pos)
			r->first_pos = ts;
		if (r->positioned == 0 || ts > r->last_pos)
			r->last_pos = ts;
	}
	r->positioned++;
}

/* What knead takes from a record; distance and altitude unscaled. */
struct record_values {
	bool has_distance, has_hr, has_altitude, has_position;
	double distance_cm, hr, altitude_raw, lat, lon;
};

static void record_values_any(const struct definition *def, const uint8_t *msg,
			      struct record_values *rv)
{
	rv->has_distance = slot_value(def, msg, SLOT_DISTANCE, &rv->distance_cm);
	rv->has_hr = slot_value(def, msg, SLOT_HR, &rv->hr);
	rv->has_altitude = slot_value(def, msg, SLOT_ENHANCED_ALTITUDE, &rv->altitude_raw) ||
			   slot_value(def, msg, SLOT_ALTITUDE, &rv->altitude_raw);
	rv->has_position = slot_value(def, msg, SLOT_LAT, &rv->lat) &&
			   slot_value(def, msg, SLOT_LON, &rv->lon);
}

/* The same for the records of nearly every watch: little-endian, each
 * field of its profile's type (see record_layout_is_usual), read with
 * fixed loads. */
static void record_values_usual(const struct definition *def, const uint8_t *msg,
				struct record_values *rv)
{
	const struct field_want *f = def->slots;
	uint32_t u;

	rv->has_distance = f[SLOT_DISTANCE].present &&
			   (u = le32(msg + f[SLOT_DISTANCE].offset)) != UINT32_MAX;
	rv->distance_cm = rv->has_distance ? u : 0;
	rv->has_hr = f[SLOT_HR].present && msg[f[SLOT_HR].offset] != 0xff;
	rv->hr = rv->has_hr ? msg[f[SLOT_HR].offset] : 0;
	if (f[SLOT_ENHANCED_ALTITUDE].present &&
	    (u = le32(msg + f[SLOT_ENHANCED_ALTITUDE].offset)) != UINT32_MAX) {
		rv->has_altitude = true;
		rv->altitude_raw = u;
	} else {
		rv->has_altitude = f[SLOT_ALTITUDE].present &&
				   (u = msg[f[SLOT_ALTITUDE].offset] |
					msg[f[SLOT_ALTITUDE].offset + 1] << 8) != 0xffff;
		rv->altitude_raw = rv->has_altitude ? u : 0;
	}
	rv->has_position = f[SLOT_LAT].present && f[SLOT_LON].present &&
			   le32(msg + f[SLOT_LAT].offset) != 0x7fffffff &&
			   le32(msg + f[SLOT_LON].offset) != 0x7fffffff;
	if (rv->has_position) {
		rv->lat = (int32_t)le32(msg + f[SLOT_LAT].offset);
		rv->lon = (int32_t)le32(msg + f[SLOT_LON].offset);
	}
}

/* A record: there are hundreds of thousands of them, so it is read
 * straight from the message, and scaled only where used. */
static void add_record(struct fit_decoder *d, const struct definition *def, const uint8_t *msg,
		       bool timed, int64_t ts)
{
	struct record_sum *r = &d->rec;
	struct record_values rv;

	if (def->usual_record)
		record_values_usual(def, msg, &rv);
	else
		record_values_any(def, msg, &rv);
	r->n++;
	if (timed) {
		if (r->timed == 0 || ts < r->first_ts)
			r->first_ts = ts;
		if (r->timed == 0 || ts > r->last_ts)
			r->last_ts = ts;
		r->timed++;
	}
	if (rv.has_distance && rv.distance_cm >= 0 &&
	    (!r->have_dist || rv.distance_cm > r->max_dist_cm)) {
		r->max_dist_cm = rv.distance_cm;
		r->have_dist = true;
	}
	if (rv.has_hr && rv.hr > 0 && rv.hr < 256) {
		r->hr_sum += rv.hr;
		r->hr_n++;
		r->hr_max = MAX(r->hr_max, (int)rv.hr);
	}
	/* Altitudes are raw / 5 - 500 m. */
	if (rv.has_altitude)
		ascent_add(&r->ascent, rv.altitude_raw * 0.2 - 500);
	if (rv.has_position && (rv.lat != 0 || rv.lon != 0))
		add_position(r, rv.lat, rv.lon, rv.has_distance, timed, ts);
	/* The speed, from the distance the watch measured, else the track;
	 * a sample every few seconds (the test inline: records come every
	 * second). */
	if (timed && (!d->speed.have || (double)ts - d->speed.t0 >= SPORT_SAMPLE_S)) {
		if (rv.has_distance && rv.distance_cm >= 0)
			speed_track_add(&d->speed, (double)ts, rv.distance_cm / 100);
		else if (!rv.has_distance && rv.has_position && r->have_prev)
			speed_track_add(&d->speed, (double)ts, r->track_m);
	}
}

static void add_lap(struct fit_decoder *d, const struct values *v)
{
	struct lap_sum *l = &d->laps;
	int64_t start;

	if (l->n++ == 0) {
		l->sport = v->have[SLOT_SPORT] ? small_int(v->v[SLOT_SPORT], FIT_SPORT_UNKNOWN)
					       : FIT_SPORT_UNKNOWN;
		l->sub_sport = v->have[SLOT_SUB_SPORT] ? small_int(v->v[SLOT_SUB_SPORT], 0) : 0;
	}
	if (v->have[SLOT_START] && fit_time(v->v[SLOT_START], &start) &&
	    (!l->have_start || start < l->start)) {
		l->start = start;
		l->have_start = true;
	}
	if (v->have[SLOT_TIMER]) {
		l->timer += v->v[SLOT_TIMER];
		l->have_timer = true;
		if (v->have[SLOT_AVG_HR] && small_int(v->v[SLOT_AVG_HR], 0) > 0 &&
		    v->v[SLOT_AVG_HR] < 256) {
			l->hr_weighted += v->v[SLOT_AVG_HR] * v->v[SLOT_TIMER];
			l->hr_time += v->v[SLOT_TIMER];
		}
	}
	if (v->have[SLOT_ELAPSED]) {
		l->elapsed += v->v[SLOT_ELAPSED];
		l->have_elapsed = true;
	}
	if (v->have[SLOT_DISTANCE]) {
		l->distance += v->v[SLOT_DISTANCE];
		l->have_distance = true;
	}
	if (v->have[SLOT_ASCENT]) {
		l->ascent += v->v[SLOT_ASCENT];
		l->have_ascent = true;
	}
	if (v->have[SLOT_MAX_HR])
		l->hr_max = MAX(l->hr_max, small_int(v->v[SLOT_MAX_HR], 0));
}

static bool add_message(struct fit_decoder *d, const struct definition *def,
			const struct values *v, GError **err)
{
	switch (def->global) {
	case MSG_SESSION:
		if (d->found->len + d->sessions->len >= FIT_MAX_ACTIVITIES) {
			d->beyond_limits = true;
			g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
				    _("byte %llu: more than %u sessions (expected at most %u in one file)"),
				    (unsigned long long)d->src.offset, FIT_MAX_ACTIVITIES,
				    FIT_MAX_ACTIVITIES);
			return false;
		}
		g_array_append_val(d->sessions, *v);
		break;
	case MSG_LAP:
		add_lap(d, v);
		break;
	case MSG_SPORT:
		if (v->have[SLOT_SPORT]) {
			d->sport = small_int(v->v[SLOT_SPORT], FIT_SPORT_UNKNOWN);
			d->sub_sport = v->have[SLOT_SUB_SPORT] ? small_int(v->v[SLOT_SUB_SPORT], 0) : 0;
		}
		break;
	case MSG_ACTIVITY:
		if (v->have[SLOT_TIMER]) {
			d->activity_timer = v->v[SLOT_TIMER];
			d->have_activity_timer = true;
		}
		break;
	default:
		break;
	}
	return true;
}

/* The message's time stamp, in full or compressed in its header (the low
 * five bits after the last full one: a roll-over adds 32 s). */
static bool message_time(struct fit_decoder *d, const struct definition *def, const uint8_t *msg,
			 uint8_t header, double *t)
{
	if (header & 0x80) {
		uint32_t offset = header & 0x1f;
		uint32_t ts = (d->last_ts & ~UINT32_C(0x1f)) + offset;
		if (offset < (d->last_ts & 0x1f))
			ts += 0x20;
		d->stats.compressed++;
		if (!d->have_last_ts)
			return false;
		d->last_ts = ts;
		*t = ts;
		return true;
	}
	if (def->usual_record && def->slots[SLOT_TIMESTAMP].present) {
		uint32_t u = le32(msg + def->slots[SLOT_TIMESTAMP].offset);
		if (u == UINT32_MAX)
			return false;
		*t = u;
	} else if (!slot_value(def, msg, SLOT_TIMESTAMP, t) || !(*t >= 0 && *t <= UINT32_MAX)) {
		return false;
	}
	d->last_ts = (uint32_t)*t;
	d->have_last_ts = true;
	return true;
}

static bool read_data_message(struct fit_decoder *d, uint8_t header, GError **err)
{
	unsigned local = header & 0x80 ? (header >> 5) & 0x03 : header & 0x0f;
	const struct definition *def = &d->defs[local];
	const uint8_t *msg;
	struct values v;
	double t;
	bool timed;
	int64_t ts = 0;

	if (!def->defined) {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
			    _("byte %llu: a data message of local type %u, which no definition announced (expected a definition first)"),
			    (unsigned long long)(d->src.offset - 1), local);
		return false;
	}
	if ((size_t)(d->src.end - d->src.p) >= def->size &&
	    d->src.offset + def->size <= d->data_end) {
		/* The common case inline: the message is in the window. */
		msg = d->src.p;
		d->src.p += def->size;
		d->src.offset += def->size;
	} else {
		msg = take_data(d, def->size, d->message, err);
		if (!msg)
			return false;
	}
	d->stats.messages++;
	timed = message_time(d, def, msg, header, &t);
	if (def->global == MSG_RECORD) {
		bool dated = timed && fit_time(t, &ts);
		d->stats.records++;
		add_record(d, def, msg, dated, ts);
		return true;
	}
	if (!def->interesting)
		return true;
	read_values(def, msg, &v);
	v.have[SLOT_TIMESTAMP] = timed;
	v.v[SLOT_TIMESTAMP] = t;
	return add_message(d, def, &v, err);
}

static bool read_header(struct fit_decoder *d, GError **err)
{
	uint8_t h[FIT_HEADER_MAX] = { 0 };
	uint64_t at = d->src.offset;
	uint16_t stored;

	crc_restart(&d->src);
	d->file_start = at;
	d->good_end = at;
	if (!source_read(&d->src, h, 1) || h[0] < FIT_HEADER_MIN || h[0] > FIT_HEADER_MAX ||
	    h[0] == 13) {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
			    _("byte %llu: a FIT header of %u bytes (expected 12 or 14: this is not a FIT file)"),
			    (unsigned long long)at, h[0]);
		return false;
	}
	if (!source_read(&d->src, h + 1, h[0] - 1u)) {
		set_truncated(d, err);
		return false;
	}
	if (memcmp(h + 8, ".FIT", 4) != 0) {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
			    _("byte %llu: no \".FIT\" signature in the header (this is not a FIT file)"),
			    (unsigned long long)(at + 8));
		return false;
	}
	if (h[1] >> 4 > 2) {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
			    _("FIT protocol version %u.%u is not supported (expected 1.x or 2.x)"),
			    h[1] >> 4, h[1] & 0x0fu);
		return false;
	}
	stored = h[0] == 14 ? (uint16_t)(h[12] | h[13] << 8) : 0;
#ifdef FUZZING_BUILD_MODE_UNSAFE_FOR_PRODUCTION
	stored = 0;
#endif
	/* 0 says the header's CRC was not computed. */
	if (stored != 0 && stored != crc_update(0, h, 12)) {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
			    _("byte %llu: the FIT header's CRC is %04X but its bytes give %04X (the file is damaged)"),
			    (unsigned long long)(at + 12), stored, crc_update(0, h, 12));
		return false;
	}
	d->data_size = get_u32_le(h + 4);
	d->data_end = d->src.offset + d->data_size;
	if (d->data_end + 2 > FIT_MAX_BYTES) {
		d->beyond_limits = true;
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
			    _("the FIT data is larger than %u MB (expected an activity)"),
			    FIT_MAX_BYTES / (1024 * 1024));
		return false;
	}
	return true;
}

static bool check_crc(struct fit_decoder *d, GError **err)
{
	uint16_t want = source_crc(&d->src);
	uint64_t at = d->src.offset;
	uint8_t c[2];
	uint16_t stored;

	if (!source_read(&d->src, c, 2)) {
		set_truncated(d, err);
		return false;
	}
	stored = (uint16_t)(c[0] | c[1] << 8);
#ifdef FUZZING_BUILD_MODE_UNSAFE_FOR_PRODUCTION
	/* The fuzzer cannot forge CRCs: let it reach the messages. */
	stored = want;
#endif
	/* Bytes that do not give their CRC may be wrong anywhere. */
	d->crc_failed = stored != want;
	if (stored != want && d->data_size == 0) {
		/* A watch that stopped before closing its file leaves the size
		 * it writes last at 0. */
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
			    _("byte %llu: the FIT header announces no data, yet more bytes follow (the recording was not closed: the file is damaged)"),
			    (unsigned long long)(d->file_start + 4));
		return false;
	}
	if (stored != want) {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
			    _("byte %llu: the FIT data's CRC is %04X but its bytes give %04X (the file is damaged)"),
			    (unsigned long long)at, stored, want);
		return false;
	}
	return true;
}

/* Whether positions were recorded between start and end. */
static bool positioned_between(const struct record_sum *r, bool timed, int64_t start,
			       double elapsed)
{
	if (r->positioned == 0)
		return false;
	if (!timed || elapsed < 0)
		return true;
	return r->last_pos >= start && r->first_pos <= start + (int64_t)ceil(elapsed);
}

static void activity_from_session(struct fit_decoder *d, const struct values *v, bool single,
				  struct fit_activity *a)
{
	const struct record_sum *r = &d->rec;
	int64_t ts;

	a->origin = FIT_FROM_SESSION;
	a->sport = v->have[SLOT_SPORT] ? small_int(v->v[SLOT_SPORT], FIT_SPORT_UNKNOWN) : d->sport;
	a->sub_sport = v->have[SLOT_SUB_SPORT] ? small_int(v->v[SLOT_SUB_SPORT], 0)
		       : v->have[SLOT_SPORT] ? 0 : d->sub_sport;
	a->elapsed_s = v->have[SLOT_ELAPSED] ? v->v[SLOT_ELAPSED] : -1;
	a->timer_s = v->have[SLOT_TIMER] ? v->v[SLOT_TIMER] : -1;
	if (v->have[SLOT_START] && fit_time(v->v[SLOT_START], &a->start)) {
		a->has_start = true;
	} else if (v->have[SLOT_TIMESTAMP] && fit_time(v->v[SLOT_TIMESTAMP], &ts) &&
		   (a->elapsed_s >= 0 || a->timer_s >= 0)) {
		/* The session's time stamp is when it ended. */
		a->start = ts - (int64_t)llround(a->elapsed_s >= 0 ? a->elapsed_s : a->timer_s);
		a->has_start = true;
	} else if (single && r->timed > 0) {
		a->start = r->first_ts;
		a->has_start = true;
	}
	if (a->elapsed_s < 0 && a->has_start && v->have[SLOT_TIMESTAMP] &&
	    fit_time(v->v[SLOT_TIMESTAMP], &ts) && ts >= a->start)
		a->elapsed_s = (double)(ts - a->start);
	else if (a->elapsed_s < 0 && single && r->timed > 1)
		a->elapsed_s = (double)(r->last_ts - r->first_ts);
	a->distance_m = v->have[SLOT_DISTANCE] ? v->v[SLOT_DISTANCE]
			: !single ? -1
			: r->have_dist ? r->max_dist_cm / 100
			: r->have_prev ? r->track_m : -1;
	a->avg_hr = v->have[SLOT_AVG_HR] ? small_int(v->v[SLOT_AVG_HR], 0)
		    : single && r->hr_n ? (int)lround(r->hr_sum / r->hr_n) : 0;
	a->max_hr = v->have[SLOT_MAX_HR] ? small_int(v->v[SLOT_MAX_HR], 0) : single ? r->hr_max : 0;
	a->ascent_m = v->have[SLOT_ASCENT] ? v->v[SLOT_ASCENT]
		      : single && r->ascent.have ? r->ascent.gain : -1;
	a->has_position = positioned_between(r, a->has_start, a->start, a->elapsed_s);
	a->avg_cadence = v->have[SLOT_CADENCE] ? small_int(v->v[SLOT_CADENCE], 0) : 0;
	if (a->has_start && a->elapsed_s >= 0)
		a->has_speed = speed_track_profile(&d->speed, (double)a->start,
						   (double)a->start + a->elapsed_s, &a->speed);
	else if (single)
		a->has_speed = speed_track_profile(&d->speed, -INFINITY, INFINITY, &a->speed);
}

/* The records' figures, for a file without session. */
static void activity_from_records(struct fit_decoder *d, struct fit_activity *a)
{
	const struct record_sum *r = &d->rec;

	a->origin = FIT_FROM_RECORDS;
	a->sport = d->sport;
	a->sub_sport = d->sub_sport;
	a->has_start = r->timed > 0;
	a->start = r->first_ts;
	a->elapsed_s = r->timed > 1 ? (double)(r->last_ts - r->first_ts) : -1;
	a->timer_s = d->have_activity_timer ? d->activity_timer : -1;
	a->distance_m = r->have_dist ? r->max_dist_cm / 100 : r->have_prev ? r->track_m : -1;
	a->avg_hr = r->hr_n ? (int)lround(r->hr_sum / r->hr_n) : 0;
	a->max_hr = r->hr_max;
	a->ascent_m = r->ascent.have ? r->ascent.gain : -1;
	a->has_position = r->positioned > 0;
}

/* The laps' sums, over the records' figures where the laps say nothing. */
static void activity_from_laps(struct fit_decoder *d, struct fit_activity *a)
{
	const struct lap_sum *l = &d->laps;

	activity_from_records(d, a);
	a->origin = FIT_FROM_LAPS;
	if (l->sport != FIT_SPORT_UNKNOWN) {
		a->sport = l->sport;
		a->sub_sport = l->sub_sport;
	}
	if (l->have_start) {
		a->has_start = true;
		a->start = l->start;
	}
	if (l->have_elapsed)
		a->elapsed_s = l->elapsed;
	if (l->have_timer)
		a->timer_s = l->timer;
	if (l->have_distance)
		a->distance_m = l->distance;
	if (l->hr_time > 0)
		a->avg_hr = (int)lround(l->hr_weighted / l->hr_time);
	a->max_hr = MAX(a->max_hr, l->hr_max);
	if (l->have_ascent)
		a->ascent_m = l->ascent;
}

/* The activities of one FIT file of the chain, into d->found. */
static void finish_file(struct fit_decoder *d)
{
	struct fit_activity a;
	guint n = d->sessions->len;

	for (guint i = 0; i < n; i++) {
		memset(&a, 0, sizeof(a));
		activity_from_session(d, &g_array_index(d->sessions, struct values, i), n == 1,
				      &a);
		a.file_index = d->stats.files;
		g_array_append_val(d->found, a);
	}
	if (n > 0 || (d->laps.n == 0 && d->rec.n == 0))
		return;
	memset(&a, 0, sizeof(a));
	if (d->laps.n > 0)
		activity_from_laps(d, &a);
	else
		activity_from_records(d, &a);
	a.has_speed = speed_track_profile(&d->speed, -INFINITY, INFINITY, &a.speed);
	a.file_index = d->stats.files;
	g_array_append_val(d->found, a);
}

static void start_file(struct fit_decoder *d)
{
	memset(d->defs, 0, sizeof(d->defs));
	g_array_set_size(d->sessions, 0);
	memset(&d->rec, 0, sizeof(d->rec));
	memset(&d->laps, 0, sizeof(d->laps));
	d->laps.sport = FIT_SPORT_UNKNOWN;
	d->sport = FIT_SPORT_UNKNOWN;
	d->sub_sport = 0;
	d->have_activity_timer = false;
	d->have_last_ts = false;
	d->last_ts = 0;
	speed_track_clear(&d->speed);
}

/* One FIT file of the chain: header, messages, CRC. */
static bool read_file(struct fit_decoder *d, GError **err)
{
	start_file(d);
	if (!read_header(d, err))
		return false;
	while (d->src.offset < d->data_end) {
		uint8_t h;
		bool ok;

		/* The common case inline: the byte is in the window. */
		if (d->src.p < d->src.end) {
			h = *d->src.p++;
			d->src.offset++;
		} else if (!read_data(d, &h, 1, err)) {
			return false;
		}
		/* Bit 7: compressed time stamp; else bit 6: definition. */
		if (!(h & 0x80) && (h & 0x40))
			ok = read_definition(d, h, err);
		else
			ok = read_data_message(d, h, err);
		if (!ok)
			return false;
		d->good_end = d->src.offset;
	}
	if (!check_crc(d, err))
		return false;
	finish_file(d);
	return true;
}

static bool decode(struct fit_decoder *d, GError **err)
{
	if (source_at_end(&d->src)) {
		if (d->src.gz_error)
			set_truncated(d, err);
		else
			g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
				    _("the file is empty (expected a FIT file)"));
		return false;
	}
	do {
		if (d->stats.files >= FIT_MAX_CHAINED) {
			d->beyond_limits = true;
			g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
				    _("byte %llu: more than %u FIT files chained (expected an activity)"),
				    (unsigned long long)d->src.offset, FIT_MAX_CHAINED);
			return false;
		}
		if (!read_file(d, err)) {
			/* The sessions read before the damage are whole: keep
			 * them, and say so.  (A wrong CRC does not say where
			 * the damage is: that file's are not kept.) */
			if (d->sessions->len > 0 && !d->crc_failed)
				finish_file(d);
			if (d->found->len == 0 || d->beyond_limits)
				return false;
			d->stats.damaged = true;
			d->stats.damaged_after = d->good_end;
			g_clear_error(err);
			return true;
		}
		d->stats.files++;
	} while (!source_at_end(&d->src));
	if (d->src.gz_error) {
		set_truncated(d, err);
		return false;
	}
	return true;
}

static bool decode_run(struct fit_decoder *d, GArray *out, struct fit_stats *stats,
		       GError **err)
{
	bool ok;

	crc_init();
	d->found = g_array_new(FALSE, TRUE, sizeof(struct fit_activity));
	d->sessions = g_array_new(FALSE, TRUE, sizeof(struct values));
	d->message = g_malloc(FIT_MESSAGE_MAX);
	ok = decode(d, err);
	d->stats.bytes = d->src.offset;
	if (ok)
		g_array_append_vals(out, d->found->data, d->found->len);
	if (stats)
		*stats = d->stats;
	g_array_unref(d->found);
	g_array_unref(d->sessions);
	speed_track_clear(&d->speed);
	g_free(d->message);
	return ok;
}

bool fit_decode_memory(const void *data, size_t len, GArray *out, struct fit_stats *stats,
		       GError **err)
{
	struct fit_decoder d = { 0 };

	d.src.p = d.src.crc_mark = data;
	d.src.end = d.src.p + len;
	return decode_run(&d, out, stats, err);
}

bool fit_decode_file(const char *path, GArray *out, struct fit_stats *stats, GError **err)
{
	struct fit_decoder d = { 0 };
	bool ok;

	d.src.gz = import_gz_open(path, err);
	if (!d.src.gz)
		return false;
	d.src.chunk = g_malloc(FIT_READ_CHUNK);
	d.src.p = d.src.end = d.src.crc_mark = d.src.chunk;
	ok = decode_run(&d, out, stats, err);
	gzclose(d.src.gz);
	g_free(d.src.chunk);
	return ok;
}

bool fit_has_signature(const void *head, size_t len)
{
	const uint8_t *h = head;

	return len >= FIT_HEADER_MIN && (h[0] == 12 || h[0] == 14) &&
	       memcmp(h + 8, ".FIT", 4) == 0;
}

bool fit_file_has_signature(const char *path)
{
	uint8_t head[FIT_HEADER_MIN];
	gzFile gz = import_gz_open(path, NULL); /* a regular file only, never waited on */
	int n;

	if (!gz)
		return false;
	n = gzread(gz, head, sizeof(head));
	gzclose(gz);
	return n == (int)sizeof(head) && fit_has_signature(head, sizeof(head));
}

/* FIT's names of its sports, by value (profile 21). */
static const char *const sport_names[] = {
	"generic", "running", "cycling", "transition", "fitness_equipment", "swimming",
	"basketball", "soccer", "tennis", "american_football", "training", "walking",
	"cross_country_skiing", "alpine_skiing", "snowboarding", "rowing", "mountaineering",
	"hiking", "multisport", "paddling", "flying", "e_biking", "motorcycling", "boating",
	"driving", "golf", "hang_gliding", "horseback_riding", "hunting", "fishing",
	"inline_skating", "rock_climbing", "sailing", "ice_skating", "sky_diving",
	"snowshoeing", "snowmobiling", "stand_up_paddleboarding", "surfing", "wakeboarding",
	"water_skiing", "kayaking", "rafting", "windsurfing", "kitesurfing", "tactical",
	"jumpmaster", "boxing", "floor_climbing",
};

char *fit_sport_name(int sport)
{
	if (sport >= 0 && (size_t)sport < G_N_ELEMENTS(sport_names))
		return g_strdup(sport_names[sport]);
	return g_strdup_printf(_("sport %d"), sport);
}

bool fit_sport_is_run(int sport, int sub_sport)
{
	return sport == FIT_SPORT_RUNNING ||
	       (sport == FIT_SPORT_FITNESS_EQUIPMENT && sub_sport == FIT_SUB_SPORT_TREADMILL);
}

/* One activity into the batch: a run, or a skip counted under its sport
 * (sport.h decides, from FIT's sport, as for every format).  A file that
 * does not say its sport is taken as a run, and counted as undecided. */
/* FIT's sub-sports that name a sport, for an activity whose sport is
 * generic (profile 21). */
static const char *sub_sport_name(int sub_sport)
{
	switch (sub_sport) {
	case FIT_SUB_SPORT_TREADMILL:
	case FIT_SUB_SPORT_STREET:
	case FIT_SUB_SPORT_TRACK:
		return "running";
	case FIT_SUB_SPORT_TRAIL:
		return "trail running";
	case 5: case 6: case 7: case 8: case 9: case 10: case 11: case 12: case 13:
		return "cycling"; /* spin to track cycling */
	case 14:
		return "rowing";
	case 17: case 18:
		return "swimming";
	default:
		return NULL;
	}
}

static void take_activity(struct import_batch *b, const struct fit_activity *a)
{
	struct run r = { 0 };
	struct sport_evidence e = { 0 };
	char *name = NULL;

	if (a->sport != FIT_SPORT_UNKNOWN && a->sport != FIT_SPORT_GENERIC) {
		if (fit_sport_is_run(a->sport, a->sub_sport))
			e.declared = a->sub_sport == FIT_SUB_SPORT_TRAIL ? "trail running" : "running";
		else
			e.declared = name = fit_sport_name(a->sport);
	} else {
		e.declared = sub_sport_name(a->sub_sport);
	}
	e.speed = a->has_speed ? &a->speed : NULL;
	e.cadence_spm = 2.0 * a->avg_cadence; /* strides: one foot's steps */
	e.ascent_m = a->ascent_m > 0 ? a->ascent_m : 0;
	if (!a->has_start) {
		g_free(name);
		import_batch_skip(b, _("no time stamps"), 1);
		return;
	}
	r.start = wtime_from_utc(a->start);
	r.distance_m = a->distance_m > 0 ? a->distance_m : 0;
	/* Moving time, as for the other formats: the timer leaves pauses out. */
	r.duration_s = a->timer_s > 0 ? a->timer_s : a->elapsed_s > 0 ? a->elapsed_s : 0;
	r.avg_hr = a->avg_hr;
	r.elevation_m = a->ascent_m >= 0 ? a->ascent_m : -1;
	r.source = SOURCE_FIT;
	r.source_id = import_utc_id((double)a->start);
	e.distance_m = r.distance_m;
	e.duration_s = r.duration_s;
	import_batch_take_activity(b, &r, &e);
	g_free(name);
}

static void take_activities(struct import_batch *b, GArray *acts, const struct fit_stats *st)
{
	guint before = b->runs->len;

	import_batch_begin_file(b);
	for (guint i = 0; i < acts->len; i++)
		take_activity(b, &g_array_index(acts, struct fit_activity, i));
	import_batch_end_file(b);
	if (acts->len == 0)
		import_batch_skip(b, _("no activity in the file"), 1);
	if (st->damaged) {
		b->damaged = true;
		b->damaged_after = st->damaged_after;
		b->damaged_kept = b->runs->len - before;
	}
}

bool import_fit_file(const char *path, struct import_batch *b, GError **err)
{
	GArray *acts = g_array_new(FALSE, TRUE, sizeof(struct fit_activity));
	struct fit_stats st;
	bool ok = fit_decode_file(path, acts, &st, err);

	if (ok)
		take_activities(b, acts, &st);
	g_array_unref(acts);
	return ok;
}

bool import_fit_memory(const void *data, size_t len, struct import_batch *b, GError **err)
{
	GArray *acts = g_array_new(FALSE, TRUE, sizeof(struct fit_activity));
	struct fit_stats st;
	bool ok = fit_decode_memory(data, len, acts, &st, err);

	if (ok)
		take_activities(b, acts, &st);
	g_array_unref(acts);
	return ok;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fit_builder.h - FIT files written byte by byte, for the tests, the
 * benchmark and the fuzz seeds: a header (12 or 14 bytes), definitions in
 * either byte order (with developer fields if asked), data messages with a
 * normal or a compressed-timestamp header, and the CRCs.
 *
 * The CRC here is computed bit by bit from the polynomial, independently
 * of the decoder's table (test_fit.c checks it on a real file). */
#ifndef KNEAD_FIT_BUILDER_H
#define KNEAD_FIT_BUILDER_H

#include <glib.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#define FITB_MAX_FIELDS 32

/* FIT base types used below. */
#define FITB_ENUM 0x00
#define FITB_UINT8 0x02
#define FITB_UINT16 0x84
#define FITB_SINT32 0x85
#define FITB_UINT32 0x86

struct fitb_def {
	bool big_endian;
	unsigned n;
	uint8_t size[FITB_MAX_FIELDS];
	unsigned dev_bytes; /* developer data after the fields */
};

struct fitb {
	GByteArray *buf;
	guint file_start;
	unsigned header_size;
	struct fitb_def defs[16];
};

static inline uint16_t fitb_crc(uint16_t crc, const uint8_t *p, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		crc ^= p[i];
		for (int k = 0; k < 8; k++)
			crc = (crc & 1) ? (uint16_t)((crc >> 1) ^ 0xA001) : (uint16_t)(crc >> 1);
	}
	return crc;
}

static inline void fitb_bytes(struct fitb *b, const void *p, size_t n)
{
	g_byte_array_append(b->buf, p, (guint)n);
}

static inline void fitb_u8(struct fitb *b, unsigned v)
{
	uint8_t c = (uint8_t)v;
	fitb_bytes(b, &c, 1);
}

/* An unsigned number of `size` bytes in the given order. */
static inline void fitb_uint(struct fitb *b, uint64_t v, unsigned size, bool big_endian)
{
	for (unsigned i = 0; i < size; i++) {
		unsigned shift = 8 * (big_endian ? size - 1 - i : i);
		fitb_u8(b, (unsigned)(v >> shift) & 0xff);
	}
}

/* Starts a FIT file (of a chain, if the buffer already holds one). */
static inline void fitb_begin(struct fitb *b, unsigned header_size)
{
	static const uint8_t zeros[14];

	if (!b->buf)
		b->buf = g_byte_array_new();
	memset(b->defs, 0, sizeof(b->defs));
	b->file_start = b->buf->len;
	b->header_size = header_size;
	fitb_bytes(b, zeros, header_size);
}

/* A definition: `n` fields given as (number, size, base type) triples of
 * unsigned ints; `dev_sizes` (may be NULL) the sizes of `n_dev` developer
 * fields. */
static inline void fitb_define(struct fitb *b, unsigned local, unsigned global,
			       bool big_endian, const uint8_t *dev_sizes, unsigned n_dev,
			       unsigned n, ...)
{
	struct fitb_def *d = &b->defs[local];
	va_list ap;

	g_assert(n <= FITB_MAX_FIELDS);
	fitb_u8(b, 0x40 | (dev_sizes ? 0x20 : 0) | local);
	fitb_u8(b, 0);
	fitb_u8(b, big_endian);
	fitb_uint(b, global, 2, big_endian);
	fitb_u8(b, n);
	d->big_endian = big_endian;
	d->n = n;
	d->dev_bytes = 0;
	va_start(ap, n);
	for (unsigned i = 0; i < n; i++) {
		unsigned number = va_arg(ap, unsigned);
		unsigned size = va_arg(ap, unsigned);
		unsigned base = va_arg(ap, unsigned);
		fitb_u8(b, number);
		fitb_u8(b, size);
		fitb_u8(b, base);
		d->size[i] = (uint8_t)size;
	}
	va_end(ap);
	if (dev_sizes) {
		fitb_u8(b, n_dev);
		for (unsigned i = 0; i < n_dev; i++) {
			fitb_u8(b, i);		/* field number */
			fitb_u8(b, dev_sizes[i]);
			fitb_u8(b, 0);		/* developer data index */
			d->dev_bytes += dev_sizes[i];
		}
	}
}

static inline void fitb_values(struct fitb *b, unsigned local, va_list ap)
{
	const struct fitb_def *d = &b->defs[local];

	for (unsigned i = 0; i < d->n; i++)
		fitb_uint(b, va_arg(ap, uint64_t), d->size[i], d->big_endian);
	for (unsigned i = 0; i < d->dev_bytes; i++)
		fitb_u8(b, 0xa5);
}

/* A data message: one uint64_t per field of the local type's definition,
 * in order. */
static inline void fitb_data(struct fitb *b, unsigned local, ...)
{
	va_list ap;

	fitb_u8(b, local);
	va_start(ap, local);
	fitb_values(b, local, ap);
	va_end(ap);
}

/* The same with a compressed-timestamp header: local type 0-3 and the low
 * five bits of the time stamp. */
static inline void fitb_data_compressed(struct fitb *b, unsigned local, unsigned time_offset,
					...)
{
	va_list ap;

	fitb_u8(b, 0x80 | (local & 3) << 5 | (time_offset & 0x1f));
	va_start(ap, time_offset);
	fitb_values(b, local, ap);
	va_end(ap);
}

/* Ends the current file: the header (data size, ".FIT", its CRC) and the
 * CRC of the whole file. */
static inline void fitb_end(struct fitb *b)
{
	uint8_t *h = b->buf->data + b->file_start;
	uint32_t data_size = b->buf->len - b->file_start - b->header_size;
	uint16_t crc;

	h[0] = (uint8_t)b->header_size;
	h[1] = 0x20; /* protocol 2.0 */
	h[2] = 0x08; /* profile 21.08 */
	h[3] = 0x08;
	for (int i = 0; i < 4; i++)
		h[4 + i] = (uint8_t)(data_size >> (8 * i));
	memcpy(h + 8, ".FIT", 4);
	if (b->header_size == 14) {
		crc = fitb_crc(0, h, 12);
		h[12] = crc & 0xff;
		h[13] = crc >> 8;
	}
	crc = fitb_crc(0, b->buf->data + b->file_start, b->buf->len - b->file_start);
	fitb_uint(b, crc, 2, false);
}

static inline void fitb_free(struct fitb *b)
{
	if (b->buf)
		g_byte_array_unref(b->buf);
	b->buf = NULL;
}

/* FIT time stamps: seconds since 1989-12-31T00:00:00Z. */
#define FITB_TIME(unix_s) ((uint64_t)(unix_s) - 631065600u)
/* Degrees to semicircles. */
#define FITB_SEMI(deg) ((uint64_t)(uint32_t)(int32_t)((deg) * (2147483648.0 / 180.0)))

#endif

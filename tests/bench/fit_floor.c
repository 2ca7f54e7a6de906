/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fit_floor.c - the floor for FIT import: one pass over a FIT file that
 * only walks its messages (headers, definitions for the sizes, data
 * messages skipped whole) and counts the records: the least any FIT
 * reader can do.  No field is read.  The file is read in 64 KiB blocks,
 * as knead reads it.  With --crc, the file's CRC is also checked, one
 * byte at a time with a 256-entry table (the usual way), as a reader that
 * honours the protocol must; with --crc8, eight bytes at a time with eight
 * tables (the fastest portable way, knead's): the least a validating
 * decoder can do.
 *
 *   fit_floor [--crc|--crc8] FILE     prints the number of record messages
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static unsigned char block[64 * 1024];
static size_t have, at;
static FILE *in;
static int check_crc;
static uint16_t crc, crc_table[256], crc_tables8[8][256];

static void crc_block(void)
{
	size_t i = 0;

	if (check_crc == 8)
		for (; i + 8 <= have; i += 8) {
			const unsigned char *p = block + i;
			crc = crc_tables8[7][p[0] ^ (crc & 0xff)] ^
			      crc_tables8[6][p[1] ^ (crc >> 8)] ^ crc_tables8[5][p[2]] ^
			      crc_tables8[4][p[3]] ^ crc_tables8[3][p[4]] ^ crc_tables8[2][p[5]] ^
			      crc_tables8[1][p[6]] ^ crc_tables8[0][p[7]];
		}
	for (; i < have; i++)
		crc = (uint16_t)((crc >> 8) ^ crc_table[(crc ^ block[i]) & 0xff]);
}

static int get(void)
{
	if (at == have) {
		have = fread(block, 1, sizeof(block), in);
		at = 0;
		if (have == 0)
			return -1;
		if (check_crc)
			crc_block();
	}
	return block[at++];
}

/* Skips n bytes; -1 at the end of the file. */
static int skip(size_t n)
{
	while (n > 0) {
		size_t k;
		if (at == have && get() >= 0)
			at--;
		if (at == have)
			return -1;
		k = have - at < n ? have - at : n;
		at += k;
		n -= k;
	}
	return 0;
}

int main(int argc, char **argv)
{
	unsigned sizes[16] = { 0 }, globals[16] = { 0 };
	unsigned char h[14];
	long records = 0;
	uint64_t pos = 0, end;

	if (argc == 3 && strcmp(argv[1], "--crc") == 0)
		check_crc = 1;
	else if (argc == 3 && strcmp(argv[1], "--crc8") == 0)
		check_crc = 8;
	if (argc != 2 + (check_crc != 0) || !(in = fopen(argv[argc - 1], "rb"))) {
		fprintf(stderr, "usage: fit_floor [--crc|--crc8] FILE\n");
		return 2;
	}
	for (unsigned i = 0; i < 256; i++) {
		uint16_t c = (uint16_t)i;
		for (int k = 0; k < 8; k++)
			c = (c & 1) ? (uint16_t)((c >> 1) ^ 0xA001) : (uint16_t)(c >> 1);
		crc_table[i] = c;
		crc_tables8[0][i] = c;
	}
	/* crc_tables8[k][b]: byte b followed by k zero bytes. */
	for (int k = 1; k < 8; k++)
		for (unsigned i = 0; i < 256; i++)
			crc_tables8[k][i] = (uint16_t)((crc_tables8[k - 1][i] >> 8) ^
						       crc_table[crc_tables8[k - 1][i] & 0xff]);
	for (int i = 0; i < 12; i++)
		h[i] = (unsigned char)get();
	if (h[0] == 14)
		skip(2);
	end = h[0] + ((uint64_t)h[4] | (uint64_t)h[5] << 8 | (uint64_t)h[6] << 16 |
		      (uint64_t)h[7] << 24);
	pos = h[0];
	while (pos < end) {
		int c = get(), local;
		if (c < 0)
			return 1;
		pos++;
		if (!(c & 0x80) && (c & 0x40)) {
			unsigned char f[5];
			unsigned size = 0, n;
			for (int i = 0; i < 5; i++)
				f[i] = (unsigned char)get();
			local = c & 0x0f;
			globals[local] = f[1] ? (unsigned)f[2] << 8 | f[3] : (unsigned)f[3] << 8 | f[2];
			for (unsigned i = 0; i < f[4]; i++) {
				get();
				size += (unsigned)get();
				get();
			}
			pos += 5 + 3u * f[4];
			if (c & 0x20) {
				n = (unsigned)get();
				for (unsigned i = 0; i < n; i++) {
					get();
					size += (unsigned)get();
					get();
				}
				pos += 1 + 3u * n;
			}
			sizes[local] = size;
		} else {
			local = c & 0x80 ? (c >> 5) & 3 : c & 0x0f;
			if (skip(sizes[local]) < 0)
				return 1;
			pos += sizes[local];
			records += globals[local] == 20;
		}
	}
	if (check_crc) {
		/* The rest of the file (its CRC), then the residue: a CRC
		 * followed by itself leaves 0. */
		while (get() >= 0)
			at = have;
		if (crc != 0) {
			fprintf(stderr, "fit_floor: bad CRC\n");
			return 1;
		}
	}
	fclose(in);
	printf("%ld\n", records);
	return 0;
}

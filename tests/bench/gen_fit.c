/* SPDX-License-Identifier: GPL-3.0-or-later */
/* gen_fit.c - a large FIT file for the import benchmark: runs recorded
 * every second (time, position, distance, heart rate, altitude, cadence,
 * speed), with a lap every 1000 records, one record in four under a
 * compressed-timestamp header, developer fields on the records, and a
 * session every SESSION_RECORDS records (a stage of a multi-day race),
 * as a Garmin watch writes them.
 *
 *   gen_fit FILE RECORDS
 */
#include <stdio.h>
#include <stdlib.h>
#include "../unit/fit_builder.h"

#define U(x) ((uint64_t)(x))
#define START 1714816800 /* 2024-05-04T10:00:00Z */
#define SESSION_RECORDS 100000

static void define_messages(struct fitb *b)
{
	static const uint8_t dev_sizes[] = { 2 };

	/* file_id: type 4 (activity), manufacturer 1, time created */
	fitb_define(b, 0, 0, false, NULL, 0, 3, 0, 1, FITB_ENUM, 1, 2, FITB_UINT16, 4, 4,
		    FITB_UINT32);
	fitb_data(b, 0, U(4), U(1), U(FITB_TIME(START)));
	fitb_define(b, 1, 20, false, dev_sizes, 1, 8, 253, 4, FITB_UINT32, 0, 4, FITB_SINT32,
		    1, 4, FITB_SINT32, 5, 4, FITB_UINT32, 3, 1, FITB_UINT8, 78, 4, FITB_UINT32,
		    4, 1, FITB_UINT8, 73, 4, FITB_UINT32);
	/* the same record without its time stamp, for compressed headers */
	fitb_define(b, 2, 20, false, dev_sizes, 1, 7, 0, 4, FITB_SINT32, 1, 4, FITB_SINT32, 5,
		    4, FITB_UINT32, 3, 1, FITB_UINT8, 78, 4, FITB_UINT32, 4, 1, FITB_UINT8, 73, 4,
		    FITB_UINT32);
	fitb_define(b, 3, 19, false, NULL, 0, 6, 253, 4, FITB_UINT32, 2, 4, FITB_UINT32, 7, 4,
		    FITB_UINT32, 8, 4, FITB_UINT32, 9, 4, FITB_UINT32, 15, 1, FITB_UINT8);
	fitb_define(b, 4, 18, false, NULL, 0, 10, 253, 4, FITB_UINT32, 2, 4, FITB_UINT32, 5, 1,
		    FITB_ENUM, 6, 1, FITB_ENUM, 7, 4, FITB_UINT32, 8, 4, FITB_UINT32, 9, 4,
		    FITB_UINT32, 16, 1, FITB_UINT8, 17, 1, FITB_UINT8, 22, 2, FITB_UINT16);
}

static void session(struct fitb *b, long first, long last, double speed)
{
	long n = last - first;

	fitb_data(b, 4, U(FITB_TIME(START + last)), U(FITB_TIME(START + first)), U(1), U(0),
		  U(n * 1000), U(n * 1000), U(n * speed * 100), U(145), U(169), U(0));
}

int main(int argc, char **argv)
{
	struct fitb b = { 0 };
	long n = argc == 3 ? atol(argv[2]) : 0;
	const double speed = 2.0; /* m/s */
	long first = 0;
	FILE *f;

	if (n < 1) {
		fprintf(stderr, "usage: gen_fit FILE RECORDS\n");
		return 2;
	}
	fitb_begin(&b, 14);
	define_messages(&b);
	for (long i = 0; i < n; i++) {
		uint64_t t = FITB_TIME(START + i);
		uint64_t lat = FITB_SEMI(45.5 + (i % 2000) * 0.00002);
		uint64_t lon = FITB_SEMI(-73.6 + (i % 3000) * 0.00002);
		uint64_t dist = U((i - first) * speed * 100), alt = U((100 + i % 50 + 500) * 5);
		uint64_t hr = U(120 + i % 50);

		if (i % 4 == 3)
			fitb_data_compressed(&b, 2, (unsigned)t, lat, lon, dist, hr, alt, U(85),
					     U(2000));
		else
			fitb_data(&b, 1, t, lat, lon, dist, hr, alt, U(85), U(2000));
		if (i % 1000 == 999)
			fitb_data(&b, 3, t, U(FITB_TIME(START + i - 999)), U(999000), U(999000),
				  U(999 * speed * 100), U(145));
		if (i % SESSION_RECORDS == SESSION_RECORDS - 1 || i == n - 1) {
			session(&b, first, i, speed);
			first = i + 1;
		}
	}
	fitb_end(&b);
	f = fopen(argv[1], "wb");
	if (!f || fwrite(b.buf->data, 1, b.buf->len, f) != b.buf->len || fclose(f) != 0) {
		perror(argv[1]);
		return 1;
	}
	fitb_free(&b);
	return 0;
}

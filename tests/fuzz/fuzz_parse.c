/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz_parse.c - libFuzzer target for the parsers of what a runner types
 * (parse.h): distances, durations, dates, date-times and regions.  Each
 * must refuse with an error or give a value in its documented range. */
#include <config.h>

#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <glib.h>
#include "core/clock.h"
#include "core/parse.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Success and an error never come together, and failure always explains. */
static void check(bool ok, GError **err)
{
	if (ok == (*err != NULL))
		abort();
	g_clear_error(err);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* The command line hands the parsers NUL-terminated strings. */
	char *s = g_strndup((const char *)data, size);
	const dayno today = wtime_day(wtime_make(2026, 11, 23, 0, 0, 0));
	GError *err = NULL;
	double metres, seconds;
	dayno day;
	wtime when;
	enum region region;
	enum side side;
	bool ok;

	ok = parse_distance(s, UNIT_KM, &metres, &err);
	if (ok && !(metres > 0 && metres <= MAX_DISTANCE_M))
		abort();
	check(ok, &err);
	ok = parse_distance(s, UNIT_MI, &metres, &err);
	if (ok && !(metres > 0 && metres <= MAX_DISTANCE_M))
		abort();
	check(ok, &err);
	ok = parse_duration(s, &seconds, &err);
	if (ok && !(seconds >= 1 && seconds <= MAX_DURATION_S))
		abort();
	check(ok, &err);
	ok = parse_date(s, today, &day, &err);
	check(ok, &err);
	ok = parse_datetime(s, &when, &err);
	check(ok, &err);
	ok = parse_region_side(s, &region, &side, &err);
	if (ok && ((unsigned)region >= REGION_COUNT || (unsigned)side > SIDE_RIGHT))
		abort();
	check(ok, &err);
	g_free(s);
	return 0;
}

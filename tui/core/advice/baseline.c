/* SPDX-License-Identifier: GPL-3.0-or-later */
/* baseline.c - the runner's own baselines (rules in baseline.h). */
#include <stdlib.h>
#include <glib.h>
#include "core/advice/baseline.h"

double baseline_run_seconds(const struct run *r)
{
	if (r->duration_s > 0)
		return r->duration_s;
	return r->distance_m > 0 ? r->distance_m / 1000.0 * BASELINE_PACE_S_PER_KM : 0;
}

static int compare_double(const void *pa, const void *pb)
{
	double a = *(const double *)pa, b = *(const double *)pb;

	return (a > b) - (a < b);
}

double baseline_median_seconds(const struct history *h, dayno day, int *n_runs)
{
	const dayno from = day - 7 * BASELINE_WEEKS;
	double *secs = g_new(double, h->n_runs + 1);
	size_t n = 0;
	double median = 0;

	for (size_t i = 0; i < h->n_runs; i++) {
		dayno d = wtime_day(h->runs[i].start);

		if (d >= from && d < day)
			secs[n++] = baseline_run_seconds(&h->runs[i]);
	}
	if (n > 0) {
		qsort(secs, n, sizeof *secs, compare_double);
		median = n % 2 ? secs[n / 2] : (secs[n / 2 - 1] + secs[n / 2]) / 2;
	}
	g_free(secs);
	*n_runs = (int)n;
	return median;
}

/* No other run of the 7 days ending on r's day lasts longer. */
static bool longest_of_week(const struct history *h, const struct run *r, double secs)
{
	const dayno day = wtime_day(r->start);

	for (size_t i = 0; i < h->n_runs; i++) {
		const struct run *o = &h->runs[i];
		dayno d = wtime_day(o->start);

		if (o != r && d > day - 7 && d <= day && baseline_run_seconds(o) > secs)
			return false;
	}
	return true;
}

bool run_is_long(const struct history *h, const struct run *r)
{
	const double secs = baseline_run_seconds(r);
	int n_before;
	double median;

	if (r->kind == RUN_RACE)
		return true;
	median = baseline_median_seconds(h, wtime_day(r->start), &n_before);
	if (r->kind == RUN_LONG && r->source == SOURCE_MANUAL)
		return n_before < BASELINE_MIN_RUNS || secs >= BASELINE_LONG_KIND_FACTOR * median;
	if (n_before < BASELINE_MIN_RUNS)
		return secs >= BASELINE_FALLBACK_S || r->distance_m >= BASELINE_FALLBACK_M;
	return secs >= BASELINE_LONG_FLOOR_S && secs >= BASELINE_LONG_FACTOR * median &&
	       longest_of_week(h, r, secs);
}

double baseline_week_km(const struct history *h, dayno today)
{
	const dayno from = today - 7 * BASELINE_VOLUME_WEEKS + 1;
	double metres = 0;
	dayno first = today + 1;
	int weeks;

	for (size_t i = 0; i < h->n_runs; i++) {
		dayno d = wtime_day(h->runs[i].start);

		if (d < from || d > today)
			continue;
		if (h->runs[i].distance_m > 0)
			metres += h->runs[i].distance_m;
		first = MIN(first, d);
	}
	if (first > today)
		return 0;
	weeks = CLAMP((today - first) / 7 + 1, 1, BASELINE_VOLUME_WEEKS);
	return metres / 1000.0 / weeks;
}

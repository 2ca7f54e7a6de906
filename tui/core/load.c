/* SPDX-License-Identifier: GPL-3.0-or-later */
/* load.c - training load figures (see load.h for the definitions). */
#include <math.h>
#include <glib.h>
#include "load.h"

static const int kind_effort[RUN_KIND_COUNT] = {
	[RUN_EASY] = 3,	     [RUN_LONG] = 5, [RUN_TEMPO] = 7,    [RUN_INTERVALS] = 8,
	[RUN_RACE] = 9,	     [RUN_TRAIL] = 5, [RUN_RECOVERY] = 2,
};

int load_kind_effort(enum run_kind kind)
{
	return (unsigned)kind < RUN_KIND_COUNT ? kind_effort[kind] : kind_effort[RUN_EASY];
}

double load_session(const struct run *r, bool *estimated)
{
	bool rated = r->rpe >= 1 && r->rpe <= 10;
	int effort = rated ? r->rpe : load_kind_effort(r->kind);
	double minutes = r->duration_s > 0 ? r->duration_s / 60.0 : 0;

	if (estimated)
		*estimated = !rated;
	return effort * minutes;
}

void load_daily(const struct history *h, dayno first, size_t n_days, double *daily)
{
	for (size_t i = 0; i < n_days; i++)
		daily[i] = 0;
	for (size_t i = 0; i < h->n_runs; i++) {
		int64_t offset = (int64_t)wtime_day(h->runs[i].start) - first;

		if (offset >= 0 && (uint64_t)offset < n_days)
			daily[offset] += load_session(&h->runs[i], NULL);
	}
}

void load_pmc(const double *daily, size_t n, struct load_pmc *out)
{
	const double ctl_weight = 1 - exp(-1.0 / LOAD_CTL_DAYS);
	const double atl_weight = 1 - exp(-1.0 / LOAD_ATL_DAYS);
	double ctl = 0, atl = 0;

	for (size_t i = 0; i < n; i++) {
		out[i].form = ctl - atl;
		ctl += (daily[i] - ctl) * ctl_weight;
		atl += (daily[i] - atl) * atl_weight;
		out[i].fitness = ctl;
		out[i].fatigue = atl;
	}
}

/* The sum of the last `days` entries of daily[0 .. n-1]. */
static double sum_last(const double *daily, size_t n, size_t days)
{
	double sum = 0;

	for (size_t i = n > days ? n - days : 0; i < n; i++)
		sum += daily[i];
	return sum;
}

bool load_acwr(const double *daily, size_t n, double *ratio)
{
	double acute = sum_last(daily, n, LOAD_ACUTE_DAYS);
	double chronic = sum_last(daily, n, LOAD_CHRONIC_DAYS) /
			 (LOAD_CHRONIC_DAYS / (double)LOAD_ACUTE_DAYS);

	if (chronic <= 0) {
		*ratio = 0;
		return false;
	}
	*ratio = acute / chronic;
	return true;
}

bool load_monotony(const double *daily, size_t n, double *monotony, double *strain)
{
	double week = sum_last(daily, n, LOAD_ACUTE_DAYS);
	double mean = week / LOAD_ACUTE_DAYS;
	double var = 0;

	/* Missing days before daily[0] are rest days: they count as zeros. */
	for (size_t k = 0; k < LOAD_ACUTE_DAYS; k++) {
		double v = k < n ? daily[n - 1 - k] : 0;

		var += (v - mean) * (v - mean);
	}
	var /= LOAD_ACUTE_DAYS;
	*monotony = 0;
	*strain = 0;
	/* A spread below a thousandth of the mean is the same load every day:
	 * the ratio would only measure rounding noise. */
	if (mean <= 0 || sqrt(var) <= mean * 1e-3)
		return false;
	*monotony = mean / sqrt(var);
	*strain = week * *monotony;
	return true;
}

double load_week_distance(const struct history *h, dayno today)
{
	double metres = 0;

	for (size_t i = 0; i < h->n_runs; i++) {
		dayno d = wtime_day(h->runs[i].start);

		if (d <= today && d > today - LOAD_ACUTE_DAYS && h->runs[i].distance_m > 0)
			metres += h->runs[i].distance_m;
	}
	return metres;
}

void load_figures_compute(const struct history *h, dayno today, struct load_figures *out)
{
	const size_t n = LOAD_HISTORY_DAYS;
	const dayno first = today - (dayno)n + 1;
	double *daily = g_new(double, n);
	struct load_pmc *pmc = g_new(struct load_pmc, n);

	*out = (struct load_figures){ .day = today };
	load_daily(h, first, n, daily);
	load_pmc(daily, n, pmc);
	out->fitness = pmc[n - 1].fitness;
	out->fatigue = pmc[n - 1].fatigue;
	out->form = pmc[n - 1].form;
	out->has_acwr = load_acwr(daily, n, &out->acwr);
	out->has_monotony = load_monotony(daily, n, &out->monotony, &out->strain);
	out->week_load = sum_last(daily, n, LOAD_ACUTE_DAYS);
	out->chronic_week_load = sum_last(daily, n, LOAD_CHRONIC_DAYS) /
				 (LOAD_CHRONIC_DAYS / (double)LOAD_ACUTE_DAYS);
	out->week_distance_m = load_week_distance(h, today);

	for (size_t i = 0; i < h->n_runs; i++) {
		dayno d = wtime_day(h->runs[i].start);
		bool estimated;

		if (d < first || d > today)
			continue;
		if (!out->has_first_run || d < out->first_run)
			out->first_run = d;
		if (!out->has_first_run || d > out->last_run)
			out->last_run = d;
		out->has_first_run = true;
		if (d > today - LOAD_ACUTE_DAYS) {
			load_session(&h->runs[i], &estimated);
			out->week_runs++;
			out->week_estimated += estimated;
		}
	}
	g_free(pmc);
	g_free(daily);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* load.c - training load figures (see load.h for the definitions). */
#include <math.h>
#include <stdlib.h>
#include <glib.h>
#include "core/advice/load.h"
#include "core/settings.h"

static const int kind_effort[RUN_KIND_COUNT] = {
	[RUN_EASY] = 3,	     [RUN_LONG] = 5, [RUN_TEMPO] = 7,    [RUN_INTERVALS] = 8,
	[RUN_RACE] = 9,	     [RUN_TRAIL] = 5, [RUN_RECOVERY] = 2,
};

int load_kind_effort(enum run_kind kind)
{
	return (unsigned)kind < RUN_KIND_COUNT ? kind_effort[kind] : kind_effort[RUN_EASY];
}

const char *load_hr_from_id(enum load_hr_from f)
{
	switch (f) {
	case LOAD_HR_FROM_SETTINGS:
		return "settings";
	case LOAD_HR_FROM_HISTORY:
		return "history";
	default:
		return "default";
	}
}

const char *load_acwr_note_id(enum load_acwr_note n)
{
	switch (n) {
	case LOAD_ACWR_SHORT_HISTORY:
		return "short-history";
	case LOAD_ACWR_LOW_CHRONIC:
		return "low-chronic";
	default:
		return NULL;
	}
}

static bool run_is_hard(const struct run *r)
{
	return r->kind == RUN_TEMPO || r->kind == RUN_INTERVALS || r->kind == RUN_RACE ||
	       r->rpe >= 7;
}

void load_hr_profile(const struct history *h, dayno today, struct load_hr *out)
{
	int seen = 0, hard = 0;

	for (size_t i = 0; i < h->n_runs; i++) {
		const struct run *r = &h->runs[i];
		dayno d = wtime_day(r->start);

		if (r->avg_hr <= 0 || d > today || d <= today - LOAD_HISTORY_DAYS)
			continue;
		seen = MAX(seen, r->avg_hr);
		if (run_is_hard(r))
			hard = MAX(hard, r->avg_hr);
	}
	out->resting_hr = h->resting_hr > 0 ? h->resting_hr : LOAD_HR_DEFAULT_RESTING;
	out->resting_from = h->resting_hr > 0 ? LOAD_HR_FROM_SETTINGS : LOAD_HR_FROM_DEFAULT;
	if (h->max_hr > 0) {
		out->max_hr = h->max_hr;
		out->max_from = LOAD_HR_FROM_SETTINGS;
	} else if (hard > 0) {
		/* A hard run's average sits a little under the maximum. */
		out->max_hr = MAX(hard + LOAD_HR_HARD_MARGIN, seen + LOAD_HR_SEEN_MARGIN);
		out->max_from = LOAD_HR_FROM_HISTORY;
	} else {
		/* Easy runs alone say little about the maximum: a population
		 * figure keeps them from passing for hard ones. */
		out->max_hr = MAX(seen + LOAD_HR_SEEN_MARGIN, LOAD_HR_DEFAULT_MAX);
		out->max_from = seen + LOAD_HR_SEEN_MARGIN > LOAD_HR_DEFAULT_MAX
					? LOAD_HR_FROM_HISTORY
					: LOAD_HR_FROM_DEFAULT;
	}
	/* Settings are checked, estimates are not: keep a usable reserve. */
	if (out->max_hr < out->resting_hr + SETTINGS_HR_MIN_RESERVE)
		out->max_hr = out->resting_hr + SETTINGS_HR_MIN_RESERVE;
}

int load_hr_effort(const struct load_hr *hr, int avg_hr)
{
	/* Share of the reserve (in %) and the effort it stands for. */
	static const struct {
		double share;
		double effort;
	} scale[] = { { 50, 2 }, { 60, 3 }, { 70, 4 }, { 75, 5 }, { 80, 6 },
		      { 85, 7 }, { 90, 8 }, { 95, 9 }, { 100, 10 } };
	const size_t n = G_N_ELEMENTS(scale);
	double share = 100.0 * (avg_hr - hr->resting_hr) / MAX(hr->max_hr - hr->resting_hr, 1);

	if (share <= scale[0].share)
		return (int)scale[0].effort;
	for (size_t i = 1; i < n; i++) {
		if (share <= scale[i].share) {
			double t = (share - scale[i - 1].share) /
				   (scale[i].share - scale[i - 1].share);

			return (int)lround(scale[i - 1].effort +
					   t * (scale[i].effort - scale[i - 1].effort));
		}
	}
	return (int)scale[n - 1].effort;
}

double load_session(const struct run *r, const struct load_hr *hr, enum load_effort_from *from)
{
	double minutes = r->duration_s > 0 ? r->duration_s / 60.0 : 0;
	enum load_effort_from source;
	int effort;

	if (r->rpe >= 1 && r->rpe <= 10) {
		effort = r->rpe;
		source = LOAD_FROM_RPE;
	} else if (hr && r->avg_hr > 0) {
		effort = load_hr_effort(hr, r->avg_hr);
		source = LOAD_FROM_HR;
	} else {
		effort = load_kind_effort(r->kind);
		source = LOAD_FROM_KIND;
	}
	if (from)
		*from = source;
	return effort * minutes;
}

static void daily_loads(const struct history *h, const struct load_hr *hr, dayno first,
			size_t n_days, double *daily)
{
	for (size_t i = 0; i < n_days; i++)
		daily[i] = 0;
	for (size_t i = 0; i < h->n_runs; i++) {
		int64_t offset = (int64_t)wtime_day(h->runs[i].start) - first;

		if (offset >= 0 && (uint64_t)offset < n_days)
			daily[offset] += load_session(&h->runs[i], hr, NULL);
	}
}

void load_daily(const struct history *h, dayno first, size_t n_days, double *daily)
{
	struct load_hr hr;

	load_hr_profile(h, first + (dayno)n_days - 1, &hr);
	daily_loads(h, &hr, first, n_days, daily);
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

/* The sum of daily[from .. to], indices outside 0 .. n-1 counting as 0. */
static double sum_range(const double *daily, size_t n, ptrdiff_t from, ptrdiff_t to)
{
	double sum = 0;

	for (ptrdiff_t i = MAX(from, 0); i <= to && i < (ptrdiff_t)n; i++)
		sum += daily[i];
	return sum;
}

static double sum_last(const double *daily, size_t n, size_t days)
{
	return sum_range(daily, n, (ptrdiff_t)n - (ptrdiff_t)days, (ptrdiff_t)n - 1);
}

/* The index of the first day with load, or n. */
static ptrdiff_t first_loaded(const double *daily, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (daily[i] > 0)
			return (ptrdiff_t)i;
	return (ptrdiff_t)n;
}

double load_chronic_week(const double *daily, size_t n, int *history_days)
{
	const ptrdiff_t to = (ptrdiff_t)n - 1 - LOAD_ACUTE_DAYS;
	const ptrdiff_t from = MAX(to - LOAD_CHRONIC_DAYS + 1, first_loaded(daily, n));
	int days = to >= from ? (int)(to - from + 1) : 0;

	if (history_days)
		*history_days = days;
	return days > 0 ? sum_range(daily, n, from, to) * LOAD_ACUTE_DAYS / days : 0;
}

static int compare_double(const void *pa, const void *pb)
{
	double a = *(const double *)pa, b = *(const double *)pb;

	return (a > b) - (a < b);
}

/* The median load of the weeks with runs among the LOAD_USUAL_WEEKS weeks
 * before the last 7 days, or 0. */
static double usual_week(const double *daily, size_t n)
{
	double weeks[LOAD_USUAL_WEEKS];
	size_t k = 0;

	for (int w = 1; w <= LOAD_USUAL_WEEKS; w++) {
		ptrdiff_t to = (ptrdiff_t)n - 1 - (ptrdiff_t)w * LOAD_ACUTE_DAYS;
		double sum = sum_range(daily, n, to - LOAD_ACUTE_DAYS + 1, to);

		if (sum > 0)
			weeks[k++] = sum;
	}
	if (k == 0)
		return 0;
	qsort(weeks, k, sizeof *weeks, compare_double);
	return k % 2 ? weeks[k / 2] : (weeks[k / 2 - 1] + weeks[k / 2]) / 2;
}

/* Whether the chronic days after the first load hold a break: at least
 * LOAD_ACWR_BREAK_DAYS in a row without load. */
static bool chronic_has_break(const double *daily, size_t n)
{
	const ptrdiff_t to = (ptrdiff_t)n - 1 - LOAD_ACUTE_DAYS;
	ptrdiff_t i = MAX(to - LOAD_CHRONIC_DAYS + 1, first_loaded(daily, n));
	int run = 0;

	for (; i <= to; i++) {
		run = daily[i] > 0 ? 0 : run + 1;
		if (run >= LOAD_ACWR_BREAK_DAYS)
			return true;
	}
	return false;
}

bool load_acwr(const double *daily, size_t n, double *ratio, enum load_acwr_note *note)
{
	int history_days;
	double chronic = load_chronic_week(daily, n, &history_days);

	*ratio = 0;
	if (history_days < LOAD_ACWR_MIN_HISTORY) {
		*note = LOAD_ACWR_SHORT_HISTORY;
		return false;
	}
	if (chronic <= 0 || chronic < LOAD_ACWR_CHRONIC_SHARE * usual_week(daily, n) ||
	    chronic_has_break(daily, n)) {
		*note = LOAD_ACWR_LOW_CHRONIC;
		return false;
	}
	*note = LOAD_ACWR_OK;
	*ratio = sum_last(daily, n, LOAD_ACUTE_DAYS) / chronic;
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
	if (mean <= 0)
		return false;
	/* The same load every day has no spread: the cap, not a division by
	 * rounding noise. */
	*monotony = sqrt(var) * LOAD_MONOTONY_CAP <= mean ? LOAD_MONOTONY_CAP
							  : mean / sqrt(var);
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

/* First and last run of the window, and where the week's efforts came from. */
static void count_runs(const struct history *h, dayno first, dayno today,
		       struct load_figures *out)
{
	for (size_t i = 0; i < h->n_runs; i++) {
		dayno d = wtime_day(h->runs[i].start);
		enum load_effort_from from;

		if (d < first || d > today)
			continue;
		if (!out->has_first_run || d < out->first_run)
			out->first_run = d;
		if (!out->has_first_run || d > out->last_run)
			out->last_run = d;
		out->has_first_run = true;
		if (d > today - LOAD_ACUTE_DAYS) {
			load_session(&h->runs[i], &out->hr, &from);
			out->week_runs++;
			out->week_from[from]++;
			out->week_estimated += from != LOAD_FROM_RPE;
		}
	}
	if (out->has_first_run)
		out->history_days = today - out->first_run + 1;
	out->pmc_short = out->history_days < LOAD_PMC_MIN_DAYS;
}

void load_figures_compute(const struct history *h, dayno today, struct load_figures *out)
{
	const size_t n = LOAD_HISTORY_DAYS;
	const dayno first = today - (dayno)n + 1;
	double *daily = g_new(double, n);
	struct load_pmc *pmc = g_new(struct load_pmc, n);

	*out = (struct load_figures){ .day = today };
	load_hr_profile(h, today, &out->hr);
	daily_loads(h, &out->hr, first, n, daily);
	load_pmc(daily, n, pmc);
	out->fitness = pmc[n - 1].fitness;
	out->fatigue = pmc[n - 1].fatigue;
	out->form = pmc[n - 1].form;
	out->has_acwr = load_acwr(daily, n, &out->acwr, &out->acwr_note);
	out->has_monotony = load_monotony(daily, n, &out->monotony, &out->strain);
	out->week_load = sum_last(daily, n, LOAD_ACUTE_DAYS);
	out->chronic_week_load = sum_last(daily, n, LOAD_CHRONIC_DAYS) /
				 (LOAD_CHRONIC_DAYS / (double)LOAD_ACUTE_DAYS);
	out->week_distance_m = load_week_distance(h, today);
	count_runs(h, first, today, out);
	g_free(pmc);
	g_free(daily);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* baseline.h - the runner's own baselines: which runs are long for this
 * runner, and how much they usually run in a week.
 *
 * "Long" is relative to the runner (shared/facts.md): a 25 km day is the
 * long run of a 40 km/week runner and an ordinary day for an ultra runner.
 * A run is long when:
 *
 * - its kind is race;
 * - its kind is long and the runner said so (a run logged by hand), unless
 *   it lasts less than BASELINE_LONG_KIND_FACTOR times the median duration
 *   of their runs (below): a "long" run no longer than their usual day is
 *   their usual day.  An imported run's kind was guessed from fixed
 *   thresholds (import.h), so for those the rules below decide;
 * - or, with at least BASELINE_MIN_RUNS runs in the BASELINE_WEEKS weeks
 *   before its day: it is the longest run of its week (its day and the 6
 *   before, ties included), lasts at least BASELINE_LONG_FACTOR times the
 *   median duration of those earlier runs, and at least
 *   BASELINE_LONG_FLOOR_S (a 25-minute jog is nobody's long run);
 * - or, with a shorter history: it lasts BASELINE_FALLBACK_S or more, or
 *   covers BASELINE_FALLBACK_M or more.
 *
 * A run without a duration is measured by its distance at
 * BASELINE_PACE_S_PER_KM.  Only runs on or before the run's own day count,
 * so a run stays long (or not) whatever is logged after it.
 */
#ifndef KNEAD_BASELINE_H
#define KNEAD_BASELINE_H

#include <stdbool.h>
#include "core/model.h"

#define BASELINE_WEEKS 8
#define BASELINE_MIN_RUNS 3
#define BASELINE_LONG_FACTOR 1.5
#define BASELINE_LONG_KIND_FACTOR 1.2
#define BASELINE_LONG_FLOOR_S (45 * 60)
#define BASELINE_FALLBACK_S (2 * 3600)
#define BASELINE_FALLBACK_M 25000.0
#define BASELINE_PACE_S_PER_KM 360.0
/* Weekly volume is averaged over at most this many weeks. */
#define BASELINE_VOLUME_WEEKS 4

/* The run's duration in seconds, or its distance at an easy pace. */
double baseline_run_seconds(const struct run *r);

/* The median of baseline_run_seconds over the runs on days
 * day - 7 * BASELINE_WEEKS .. day - 1; *n_runs says how many there were
 * (0: the result is 0). */
double baseline_median_seconds(const struct history *h, dayno day, int *n_runs);

/* Whether r is a long run for this runner (the rules above); r is one of
 * h's runs or a run like them. */
bool run_is_long(const struct history *h, const struct run *r);

/* The runner's weekly distance in km: the distance of days today-27 .. today
 * over the weeks they cover since the first run among them (1 to
 * BASELINE_VOLUME_WEEKS), so a runner who started 10 days ago is not read as
 * running a third of what they run.  0 without runs. */
double baseline_week_km(const struct history *h, dayno today);

#endif

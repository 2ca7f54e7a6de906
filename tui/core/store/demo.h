/* SPDX-License-Identifier: GPL-3.0-or-later */
/* demo.h - a realistic training block for knead --demo (and the benchmarks).
 *
 * The block ends the day before `now`: about five runs a week with rest
 * days, a long run on Sundays that grows (with a lighter week every fourth),
 * intervals and tempo midweek, efforts for most runs, soreness that follows
 * the load (calves, quads and hamstrings after long runs, a right IT band
 * niggle in the last weeks), a massage two and a half weeks ago (and every
 * three weeks before it), an A half-marathon three weeks ahead and a C 10K
 * five weeks ago.  The same seed gives the same block.
 */
#ifndef KNEAD_DEMO_H
#define KNEAD_DEMO_H

#include <glib.h>
#include <stdbool.h>
#include "core/model.h"
#include "core/store/store.h"

/* Writes `weeks` weeks (any number from 1) in one transaction: all of it,
 * or nothing on error. */
bool demo_generate(struct store *st, wtime now, int weeks, unsigned seed, GError **err);

#endif

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* samples.h - one entry of every kind, in two versions, for the tests
 * that go over every kind (test_store_kinds, test_change): a new kind's
 * sample, and how two of its rows compare, are written here once. */
#ifndef KNEAD_TEST_SAMPLES_H
#define KNEAD_TEST_SAMPLES_H

#include <stdint.h>
#include "core/clock.h"
#include "core/store/store.h"

/* A Monday evening at which every sample is a valid new entry
 * (validate.h): in the past, or booked ahead within the limits. */
#define SAMPLE_NOW wtime_make(2026, 11, 23, 19, 0, 0)

/* Fills row with version v (0: as logged, 1: as edited) of a kind t
 * entry, its id 0; every field changes between the two.  Clear it with
 * store_entry_clear. */
void sample_entry(enum store_table t, int v, union store_row *row);

/* Sets the id of row, a row of kind t. */
void sample_set_id(enum store_table t, union store_row *row, int64_t id);

/* Fails the test unless a and b, rows of kind t, hold the same entry
 * (ids aside). */
void assert_same_entry(enum store_table t, const void *a, const void *b);

#endif

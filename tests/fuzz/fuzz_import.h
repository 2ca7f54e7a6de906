/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz_import.h - what every activity-file fuzz target checks: any input
 * gives either runs the database would accept, or an error, and only one
 * of the two; never a crash, a leak or undefined behaviour. */
#ifndef KNEAD_FUZZ_IMPORT_H
#define KNEAD_FUZZ_IMPORT_H

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include "core/import/import.h"
#include "core/parse.h"

typedef bool (*fuzz_reader)(const void *data, size_t len, struct import_batch *b,
			    GError **err);

static inline int fuzz_import(fuzz_reader read, const uint8_t *data, size_t size)
{
	struct import_batch b;
	GError *err = NULL;
	bool ok;

	import_batch_init(&b);
	ok = read(data, size, &b, &err);
	/* A reader reports failure through err, and only then. */
	if (ok != (err == NULL))
		abort();
	for (guint i = 0; i < b.runs->len; i++) {
		const struct run *r = &g_array_index(b.runs, struct run, i);
		if (!(r->distance_m > 0 && r->distance_m <= MAX_DISTANCE_M) ||
		    !(r->duration_s >= 1 && r->duration_s <= MAX_DURATION_S) ||
		    (unsigned)r->kind >= RUN_KIND_COUNT || r->rpe < 0 || r->rpe > 10 ||
		    (r->avg_hr != 0 && (r->avg_hr < 25 || r->avg_hr > 250)) ||
		    (r->note && !g_utf8_validate(r->note, -1, NULL)))
			abort();
	}
	g_clear_error(&err);
	import_batch_clear(&b);
	return 0;
}

#endif

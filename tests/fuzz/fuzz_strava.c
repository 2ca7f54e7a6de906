/* fuzz_strava.c - libFuzzer target for the Strava activities.csv reader (make fuzz).  Any input
 * must either give runs that the database would accept or an error, with
 * no crash, leak or undefined behaviour. */
#include <config.h>

#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include "core/import.h"
#include "core/parse.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct import_batch b;
	GError *err = NULL;
	bool ok;

	import_batch_init(&b);
	ok = import_strava_memory(data, size, &b, &err);
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

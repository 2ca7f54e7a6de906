/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz_fit.c - libFuzzer target for the FIT decoder (make fuzz).  Any input
 * must either give runs that the database would accept or an error, with
 * no crash, leak or undefined behaviour; a refused file leaves nothing in
 * the batch; the decoder never claims more bytes than it was given.
 *
 * import/fit.c is built here with FUZZING_BUILD_MODE_UNSAFE_FOR_PRODUCTION,
 * which lets data whose CRC does not match through (the fuzzer cannot
 * forge CRCs, and would otherwise never get past them). */
#include <config.h>

#include "core/import/fit.h"
#include "fuzz_import.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	GArray *acts = g_array_new(FALSE, TRUE, sizeof(struct fit_activity));
	struct fit_stats st;
	struct import_batch b;
	GError *err = NULL;

	if (!fit_decode_memory(data, size, acts, &st, &err) && acts->len != 0)
		abort();
	if (st.bytes > size || acts->len > FIT_MAX_ACTIVITIES)
		abort();
	g_clear_error(&err);
	g_array_unref(acts);

	import_batch_init(&b);
	if (!import_fit_memory(data, size, &b, &err) &&
	    (b.runs->len != 0 || import_batch_skipped_total(&b) != 0))
		abort();
	g_clear_error(&err);
	import_batch_clear(&b);
	return fuzz_import(import_fit_memory, data, size);
}

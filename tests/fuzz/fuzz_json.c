/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz_json.c - libFuzzer target for the bounded JSON splitter
 * (json_stream.h) that reads knead's export: fed in two chunks split where
 * the first byte says, it must refuse with an error or hand over only
 * NUL-terminated values within its limits, and never read out of bounds
 * however deep or long the input. */
#include <config.h>

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <glib.h>
#include "core/import/json_stream.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static bool on_value(const char *table, int64_t index, const char *text, size_t len, void *d,
		     GError **err)
{
	(void)d, (void)err;
	if (!table || strlen(text) != len || len > JSON_STREAM_MAX_VALUE || index < -1)
		abort();
	return true;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct json_stream *js = json_stream_new(on_value, NULL);
	size_t cut = size ? data[0] % (size + 1) : 0;
	GError *err = NULL;
	bool ok;

	ok = json_stream_feed(js, (const char *)data, cut, &err) &&
	     json_stream_feed(js, (const char *)data + cut, size - cut, &err) &&
	     json_stream_end(js, &err);
	/* Success and an error never come together, and failure always explains. */
	if (ok == (err != NULL))
		abort();
	g_clear_error(&err);
	json_stream_free(js);
	return 0;
}

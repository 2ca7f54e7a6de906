/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz_health.c - libFuzzer target for the Apple Health reader (make fuzz).  Any input
 * must either give runs that the database would accept or an error, with
 * no crash, leak or undefined behaviour. */
#include <config.h>

#include "fuzz_import.h"
#include "core/import/health.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_import(import_health_memory, data, size);
}

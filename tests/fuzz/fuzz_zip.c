/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz_zip.c - libFuzzer target for downloaded exports as zip archives
 * (make fuzz): a Strava export, an Apple Health export.zip and its routes,
 * a zip of watch files, with entries named twice, encrypted, too large or
 * damaged.  Any input gives runs the database would accept or an error,
 * never a crash, a leak or undefined behaviour.  The same input, read as
 * the name of a file an export refers to (a Strava Filename, a Health
 * route), never resolves outside the export's folder. */
#include <config.h>

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "fuzz_import.h"
#include "core/import/util.h"
#include "core/import/zip.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char *dir, *real_dir, *zip_path;

static void setup(void)
{
	char tmpl[] = "/tmp/knead-fuzz-zip.XXXXXX";
	char *inside, *out;

	if (!mkdtemp(tmpl))
		abort();
	dir = g_strdup(tmpl);
	real_dir = realpath(dir, NULL);
	zip_path = g_build_filename(dir, "export.zip", NULL);
	/* Something to find inside, and a way out to be refused. */
	inside = g_build_filename(dir, "inside.gpx", NULL);
	out = g_build_filename(dir, "out", NULL);
	if (!g_file_set_contents(inside, "<gpx/>", -1, NULL) || symlink("/etc", out) != 0)
		abort();
	g_free(inside);
	g_free(out);
}

static bool fuzz_zip_memory(const void *data, size_t len, struct import_batch *b, GError **err)
{
	enum import_format kind;

	if (!g_file_set_contents(zip_path, data, (gssize)len, NULL))
		abort();
	return import_zip_file(zip_path, b, &kind, err);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *ref, *path;

	if (!dir)
		setup();
	fuzz_import(fuzz_zip_memory, data, size);

	ref = g_strndup((const char *)data, MIN(size, 4096));
	path = import_export_ref(dir, ref);
	if (path) {
		char *real = realpath(path, NULL);
		/* Whatever it names, it is inside the folder. */
		if (!real || !g_str_has_prefix(real, real_dir) || real[strlen(real_dir)] != '/')
			abort();
		free(real);
	}
	g_free(path);
	g_free(ref);
	return 0;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* import/sniff.h - what a file is, from its first bytes rather than its
 * name: an Apple Health export is named in the phone's language
 * ("Exportieren.xml", "exporter.xml"), Strava's activities.csv is renamed,
 * watch files come without an extension.
 *
 * import_sniff() reads the start of a file (SNIFF_HEAD bytes are plenty):
 * FIT's signature; the root element of an XML document (<HealthData>,
 * <gpx>, <TrainingCenterDatabase>), after the prolog, comments and the
 * DOCTYPE that Apple writes, however long; the header row of a Strava
 * activities.csv in any language knead reads (it names the activity's id
 * and its type).  IMPORT_FORMAT_UNKNOWN for anything else. */
#ifndef KNEAD_IMPORT_SNIFF_H
#define KNEAD_IMPORT_SNIFF_H

#include <stddef.h>
#include "core/import/import.h"

#define SNIFF_HEAD ((size_t)64 * 1024)

enum import_format import_sniff(const char *head, size_t len);

/* The same on a file's first bytes (gunzipped when it is gzip'd);
 * IMPORT_FORMAT_UNKNOWN when it cannot be read. */
enum import_format import_sniff_file(const char *path);

#endif

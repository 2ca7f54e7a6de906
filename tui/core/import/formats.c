/* SPDX-License-Identifier: GPL-3.0-or-later */
/* formats.c - the one table of the formats knead imports (formats.h). */
#ifdef HAVE_CONFIG_H
#include <config.h>
#endif
#include <glib.h>
#include <string.h>
#include "core/i18n.h"
#include "core/import/formats.h"

/* A NULL-terminated list of endings. */
#define ENDINGS(...) ((const char *const[]){ __VA_ARGS__, NULL })

/* In the order `knead import --help` lists them. */
const struct import_format_info import_formats[] = {
	{ IMPORT_FORMAT_GPX, "gpx", "GPX", ENDINGS(".gpx"), N_("GPX files (.gpx, also gzip'd as .gpx.gz)") },
	{ IMPORT_FORMAT_TCX, "tcx", "TCX", ENDINGS(".tcx"), N_("TCX files (.tcx, also gzip'd as .tcx.gz)") },
	{ IMPORT_FORMAT_FIT, "fit", "FIT", ENDINGS(".fit"), N_("FIT files (.fit, also gzip'd as .fit.gz)") },
	{ IMPORT_FORMAT_STRAVA_CSV, "strava", "Strava", ENDINGS(".csv"),
	  N_("a Strava export: the .zip as downloaded, its folder or its activities.csv") },
	{ IMPORT_FORMAT_HEALTH, "health", "Apple Health", ENDINGS(".xml"),
	  N_("an Apple Health export: export.zip, its folder or export.xml") },
	{ IMPORT_FORMAT_JSON, "json", "JSON", ENDINGS(".json"),
	  N_("knead's own JSON export (knead export --format json)") },
	{ IMPORT_FORMAT_ZIP, "zip", "zip", ENDINGS(".zip"), NULL },
	{ IMPORT_FORMAT_UNKNOWN, NULL, NULL, NULL, NULL },
};

static const struct import_format_info *info_of(enum import_format f)
{
	for (const struct import_format_info *i = import_formats; i->id; i++)
		if (i->format == f)
			return i;
	return NULL;
}

const char *import_format_id(enum import_format f)
{
	const struct import_format_info *i = info_of(f);

	return i ? i->id : "unknown";
}

enum import_format import_format_guess(const char *path)
{
	char *base = g_path_get_basename(path);
	char *low = g_ascii_strdown(base, -1);
	size_t n = strlen(low);
	enum import_format f = IMPORT_FORMAT_UNKNOWN;

	if (n > 3 && strcmp(low + n - 3, ".gz") == 0)
		low[n - 3] = '\0';
	for (const struct import_format_info *i = import_formats; i->id && !f; i++)
		for (const char *const *e = i->endings; *e && !f; e++)
			if (g_str_has_suffix(low, *e))
				f = i->format;
	g_free(low);
	g_free(base);
	return f;
}

char *import_formats_endings(void)
{
	GString *s = g_string_new(NULL);

	for (const struct import_format_info *i = import_formats; i->id; i++)
		for (const char *const *e = i->endings; *e; e++)
			g_string_append_printf(s, "%s%s", s->len ? ", " : "", *e);
	return g_string_free(s, FALSE);
}

char *import_formats_help(void)
{
	GString *s = g_string_new(NULL);

	for (const struct import_format_info *i = import_formats; i->id; i++)
		if (i->help)
			g_string_append_printf(s, "  - %s\n", _(i->help));
	return g_string_free(s, FALSE);
}

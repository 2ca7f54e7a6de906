/* SPDX-License-Identifier: GPL-3.0-or-later */
/* import/sniff.c - what a file is, from its first bytes.  See sniff.h. */
#ifdef HAVE_CONFIG_H
#include <config.h>
#endif
#include <glib.h>
#include <string.h>
#include <zlib.h>
#include "core/import/fit.h"
#include "core/import/sniff.h"

/* The root element's name, or NULL when the head holds none (not XML, or
 * cut before it). */
static char *xml_root(const char *p, const char *end)
{
	if (end - p >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
		p += 3;
	for (;;) {
		while (p < end && g_ascii_isspace(*p))
			p++;
		if (p >= end || *p != '<')
			return NULL;
		if (end - p >= 2 && (p[1] == '?' || p[1] == '!')) {
			/* The prolog, a comment, or a DOCTYPE with its
			 * internal subset in brackets (Apple's is long). */
			const char *close;
			if (end - p >= 4 && memcmp(p, "<!--", 4) == 0) {
				close = g_strstr_len(p + 4, end - p - 4, "-->");
				if (!close)
					return NULL;
				p = close + 3;
				continue;
			}
			if (end - p >= 9 && g_ascii_strncasecmp(p, "<!DOCTYPE", 9) == 0) {
				const char *q = p + 9;
				while (q < end && *q != '[' && *q != '>')
					q++;
				if (q < end && *q == '[') {
					/* The subset ends with "]" then ">". */
					close = g_strstr_len(q, end - q, "]>");
					if (!close)
						return NULL;
					q = close;
				}
				close = memchr(q, '>', (size_t)(end - q));
			} else {
				close = memchr(p, '>', (size_t)(end - p));
			}
			if (!close)
				return NULL;
			p = close + 1;
			continue;
		}
		{
			const char *name = p + 1, *q = name;
			while (q < end && !g_ascii_isspace(*q) && *q != '>' && *q != '/')
				q++;
			if (q >= end || q == name)
				return NULL;
			/* Without a namespace prefix ("tcx:TrainingCenterDatabase"). */
			for (const char *c = name; c < q; c++)
				if (*c == ':')
					name = c + 1;
			return g_strndup(name, (gsize)(q - name));
		}
	}
}

/* Strava's header row names the activity's id and its type; the names in
 * each language strava.c reads, folded to lower-case ASCII. */
static bool strava_header(const char *p, const char *end)
{
	static const char *const ids[] = { "activity id", "id de l'activite", "aktivitats-id",
					   "id de actividad", "id de la actividad" };
	static const char *const types[] = { "activity type", "type d'activite", "aktivitatsart",
					     "tipo de actividad" };
	const char *nl = memchr(p, '\n', (size_t)(end - p));
	char *line, *ascii, *low;
	bool id = false, type = false;

	line = g_strndup(p, (gsize)((nl ? nl : end) - p));
	if (!g_utf8_validate(line, -1, NULL)) {
		g_free(line);
		return false;
	}
	ascii = g_str_to_ascii(line, "C");
	low = g_ascii_strdown(ascii, -1);
	for (size_t i = 0; i < G_N_ELEMENTS(ids); i++)
		id = id || strstr(low, ids[i]);
	for (size_t i = 0; i < G_N_ELEMENTS(types); i++)
		type = type || strstr(low, types[i]);
	g_free(low);
	g_free(ascii);
	g_free(line);
	return id && type;
}

enum import_format import_sniff(const char *head, size_t len)
{
	const char *end = head + len;
	enum import_format f = IMPORT_FORMAT_UNKNOWN;
	char *root;

	if (fit_has_signature(head, len))
		return IMPORT_FORMAT_FIT;
	root = xml_root(head, end);
	if (root) {
		if (strcmp(root, "HealthData") == 0)
			f = IMPORT_FORMAT_HEALTH;
		else if (strcmp(root, "gpx") == 0)
			f = IMPORT_FORMAT_GPX;
		else if (strcmp(root, "TrainingCenterDatabase") == 0)
			f = IMPORT_FORMAT_TCX;
		g_free(root);
		return f;
	}
	if (strava_header(head, end))
		return IMPORT_FORMAT_STRAVA_CSV;
	return IMPORT_FORMAT_UNKNOWN;
}

enum import_format import_sniff_file(const char *path)
{
	gzFile gz = gzopen(path, "rb");
	char *head;
	int n;
	enum import_format f;

	if (!gz)
		return IMPORT_FORMAT_UNKNOWN;
	head = g_malloc(SNIFF_HEAD);
	n = gzread(gz, head, (unsigned)SNIFF_HEAD);
	gzclose(gz);
	f = n > 0 ? import_sniff(head, (size_t)n) : IMPORT_FORMAT_UNKNOWN;
	g_free(head);
	return f;
}

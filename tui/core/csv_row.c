/* SPDX-License-Identifier: GPL-3.0-or-later */
/* csv_row.c - the CSV export's header and how a line of it is written. */
#include <stdbool.h>
#include <string.h>
#include "core/csv_row.h"

const char *const csv_header[CSV_COLS] = {
#define CSV_COL_NAME(e, name) name,
	CSV_COLUMNS(CSV_COL_NAME)
#undef CSV_COL_NAME
};

static void csv_field(GString *out, const char *v)
{
	size_t n = v ? strlen(v) : 0;
	bool quote = n > 0 && (strpbrk(v, ",\"\r\n") || g_ascii_isspace(v[0]) ||
			       g_ascii_isspace(v[n - 1]));

	if (!quote) {
		g_string_append(out, v ? v : "");
		return;
	}
	g_string_append_c(out, '"');
	for (const char *p = v; *p; p++) {
		if (*p == '"')
			g_string_append_c(out, '"');
		g_string_append_c(out, *p);
	}
	g_string_append_c(out, '"');
}

void csv_row_append(GString *out, char *const cols[CSV_COLS])
{
	for (int i = 0; i < CSV_COLS; i++) {
		if (i)
			g_string_append_c(out, ',');
		csv_field(out, cols[i]);
	}
	g_string_append_c(out, '\n');
}

void csv_row_clear(char *cols[CSV_COLS])
{
	for (int i = 0; i < CSV_COLS; i++) {
		g_free(cols[i]);
		cols[i] = NULL;
	}
}

char *csv_number(double v, int decimals)
{
	char buf[G_ASCII_DTOSTR_BUF_SIZE];
	char fmt[8];
	char *p;

	g_snprintf(fmt, sizeof(fmt), "%%.%df", decimals);
	g_ascii_formatd(buf, sizeof(buf), fmt, v);
	if (strchr(buf, '.')) {
		p = buf + strlen(buf) - 1;
		while (*p == '0')
			*p-- = '\0';
		if (*p == '.')
			*p = '\0';
	}
	return g_strdup(buf);
}

char *csv_int_or_empty(int v)
{
	return v > 0 ? g_strdup_printf("%d", v) : NULL;
}

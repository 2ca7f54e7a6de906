/* SPDX-License-Identifier: GPL-3.0-or-later */
/* parse.c - strict parsers for what the runner types. */
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "clock.h"
#include "error.h"
#include "i18n.h"
#include "sanitize.h"
#include "parse.h"
#include "regions.h"

/* Reads an unsigned decimal number (digits, one optional '.' or ','
 * followed by digits) at *p, advancing *p.  Done here rather than with
 * strtod because strtod also takes "inf", "nan", hex and exponents, none of
 * which is a distance. */
static bool scan_decimal(const char **p, double *out)
{
	const char *s = *p;
	char buf[64];
	size_t n = 0;
	bool digits = false;

	while (isdigit((unsigned char)*s) && n < sizeof(buf) - 1) {
		buf[n++] = *s++;
		digits = true;
	}
	if ((*s == '.' || *s == ',') && isdigit((unsigned char)s[1])) {
		buf[n++] = '.';
		s++;
		while (isdigit((unsigned char)*s) && n < sizeof(buf) - 1)
			buf[n++] = *s++;
	}
	if (!digits || isdigit((unsigned char)*s))
		return false;
	buf[n] = '\0';
	errno = 0;
	*out = g_ascii_strtod(buf, NULL);
	if (errno || !isfinite(*out))
		return false;
	*p = s;
	return true;
}

/* Sets a KNEAD_ERROR_INVALID error quoting the value as typed, but escaped:
 * an error message must never be able to drive the terminal.  A macro so
 * that the compiler checks each translated format against its argument. */
#define fail(err, fmt, value)                                                          \
	({                                                                             \
		char *quoted_ = sanitize_quote((value) ? (value) : "");            \
		g_set_error((err), KNEAD_ERROR, KNEAD_ERROR_INVALID, (fmt), quoted_); \
		g_free(quoted_);                                                       \
		false;                                                                 \
	})

bool parse_distance(const char *s, enum unit bare_unit, double *metres, GError **err)
{
	const char *p = s;
	double v, factor;

	if (!s || !scan_decimal(&p, &v))
		goto bad;
	if (*p == '\0')
		factor = bare_unit == UNIT_MI ? METRES_PER_MILE : 1000.0;
	else if (g_ascii_strcasecmp(p, "km") == 0 || g_ascii_strcasecmp(p, "k") == 0)
		factor = 1000.0;
	else if (g_ascii_strcasecmp(p, "m") == 0)
		factor = 1.0;
	else if (g_ascii_strcasecmp(p, "mi") == 0)
		factor = METRES_PER_MILE;
	else
		goto bad;
	v *= factor;
	if (!(v > 0.0) || v > MAX_DISTANCE_M)
		goto bad;
	*metres = v;
	return true;
bad:
	return fail(err, _("\"%s\" is not a distance (expected e.g. 10km, 6.2mi, 800m)"), s);
}

/* "52:30" (minutes may exceed 59) or "1:45:00"; every field after the first
 * is exactly two digits below 60. */
static bool parse_clock_duration(const char *s, double *out)
{
	long parts[3];
	int n = 0;
	const char *p = s;

	for (;;) {
		const char *start = p;
		long v = 0;

		while (isdigit((unsigned char)*p) && p - start < 6)
			v = v * 10 + (*p++ - '0');
		if (p == start || isdigit((unsigned char)*p))
			return false;
		if (n > 0 && (p - start != 2 || v > 59))
			return false;
		if (n == 3)
			return false;
		parts[n++] = v;
		if (*p == '\0')
			break;
		if (*p++ != ':')
			return false;
	}
	if (n == 2)
		*out = parts[0] * 60.0 + parts[1];
	else if (n == 3)
		*out = parts[0] * 3600.0 + parts[1] * 60.0 + parts[2];
	else
		return false;
	return true;
}

/* "1h30m", "45m", "90s", "1h": units in decreasing order, each at most once;
 * only the first may reach 60. */
static bool parse_unit_duration(const char *s, double *out)
{
	static const struct {
		char unit;
		double seconds;
	} units[] = { { 'h', 3600.0 }, { 'm', 60.0 }, { 's', 1.0 } };
	const char *p = s;
	size_t next = 0;
	double total = 0.0;

	while (*p) {
		double v;
		size_t i;

		if (!scan_decimal(&p, &v))
			return false;
		for (i = next; i < G_N_ELEMENTS(units); i++)
			if (g_ascii_tolower(*p) == units[i].unit)
				break;
		if (i == G_N_ELEMENTS(units))
			return false;
		/* After a larger unit, minutes and seconds stay below 60, as in
		 * 1:60:00: "1h60m" is a typo, not 2h. */
		if (next > 0 && v >= 60.0)
			return false;
		p++;
		total += v * units[i].seconds;
		next = i + 1;
	}
	if (next == 0)
		return false;
	*out = total;
	return true;
}

bool parse_duration(const char *s, double *seconds, GError **err)
{
	double v;

	if (!s || !(strchr(s, ':') ? parse_clock_duration(s, &v) : parse_unit_duration(s, &v)) ||
	    !(v >= 1.0) || v > MAX_DURATION_S)
		return fail(err, _("\"%s\" is not a duration (expected e.g. 52:30, 1:45:00, 45m, 1h30m)"),
			    s);
	*seconds = round(v);
	return true;
}

/* Exactly YYYY-MM-DD with a real calendar day. */
static bool scan_ymd(const char *s, int *y, int *m, int *d, const char **rest)
{
	for (int i = 0; i < 10; i++) {
		if (i == 4 || i == 7) {
			if (s[i] != '-')
				return false;
		} else if (!isdigit((unsigned char)s[i])) {
			return false;
		}
	}
	*y = atoi(s);
	*m = atoi(s + 5);
	*d = atoi(s + 8);
	if (*y < 1900 || *y > 2999 || *m < 1 || *m > 12 || *d < 1 ||
	    *d > g_date_get_days_in_month((GDateMonth)*m, (GDateYear)*y))
		return false;
	*rest = s + 10;
	return true;
}

bool parse_date(const char *s, dayno today, dayno *out, GError **err)
{
	int y, m, d;
	const char *rest;

	if (!s)
		goto bad;
	if (strcmp(s, "today") == 0 || strcmp(s, _("today")) == 0) {
		*out = today;
		return true;
	}
	if (strcmp(s, "yesterday") == 0 || strcmp(s, _("yesterday")) == 0) {
		*out = today - 1;
		return true;
	}
	if (strcmp(s, "tomorrow") == 0 || strcmp(s, _("tomorrow")) == 0) {
		*out = today + 1;
		return true;
	}
	if ((s[0] == '-' || s[0] == '+') && isdigit((unsigned char)s[1])) {
		const char *p = s + 1;
		long n = 0;

		while (isdigit((unsigned char)*p) && n <= 36500)
			n = n * 10 + (*p++ - '0');
		if (n > 36500 || (*p != 'd' && *p != 'j') || p[1] != '\0')
			goto bad;
		*out = s[0] == '-' ? today - (dayno)n : today + (dayno)n;
		return true;
	}
	if (strlen(s) == 10 && scan_ymd(s, &y, &m, &d, &rest)) {
		*out = wtime_day(wtime_make(y, m, d, 0, 0, 0));
		return true;
	}
bad:
	return fail(err, _("\"%s\" is not a date (expected YYYY-MM-DD, today, yesterday or -3d)"), s);
}

bool parse_datetime(const char *s, wtime *out, GError **err)
{
	int y, m, d, hh = 0, mm = 0, ss = 0;
	const char *p;

	if (!s || strlen(s) < 10 || !scan_ymd(s, &y, &m, &d, &p))
		goto bad;
	if (*p == 'T' || *p == ' ') {
		p++;
		if (!isdigit((unsigned char)p[0]) || !isdigit((unsigned char)p[1]) || p[2] != ':' ||
		    !isdigit((unsigned char)p[3]) || !isdigit((unsigned char)p[4]))
			goto bad;
		hh = atoi(p);
		mm = atoi(p + 3);
		p += 5;
		if (*p == ':') {
			if (!isdigit((unsigned char)p[1]) || !isdigit((unsigned char)p[2]))
				goto bad;
			ss = atoi(p + 1);
			p += 3;
		}
		if (hh > 23 || mm > 59 || ss > 59)
			goto bad;
	}
	if (*p != '\0')
		goto bad;
	*out = wtime_make(y, m, d, hh, mm, ss);
	return true;
bad:
	return fail(err, _("\"%s\" is not a date and time (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM)"), s);
}

bool parse_region_side(const char *s, enum region *region, enum side *side, GError **err)
{
	const char *colon;
	char *name;
	bool known;

	if (!s || !*s)
		return fail(err, _("\"%s\" is not a body region (see knead regions for the list)"), s);
	colon = strchr(s, ':');
	name = colon ? g_strndup(s, (gsize)(colon - s)) : g_strdup(s);
	known = region_from_id(name, region);
	g_free(name);
	if (!known)
		return fail(err, _("\"%s\" is not a body region (see knead regions for the list)"), s);
	*side = SIDE_NONE;
	if (!colon)
		return true;
	if (strcmp(colon + 1, "left") == 0 || strcmp(colon + 1, "l") == 0 ||
	    strcmp(colon + 1, _("left")) == 0)
		*side = SIDE_LEFT;
	else if (strcmp(colon + 1, "right") == 0 || strcmp(colon + 1, "r") == 0 ||
		 strcmp(colon + 1, _("right")) == 0)
		*side = SIDE_RIGHT;
	else
		return fail(err, _("\"%s\" does not name a side (expected REGION:left or REGION:right)"), s);
	if (!region_has_side(*region))
		return fail(err, _("\"%s\" takes no side (lower-back and upper-back are not left or right)"), s);
	return true;
}

bool parse_int_range(const char *s, long min, long max, const char *what, long *out,
		     GError **err)
{
	const char *p = s;
	long v = 0;

	if (!s || !*s)
		goto bad;
	while (isdigit((unsigned char)*p) && v <= max)
		v = v * 10 + (*p++ - '0');
	if (*p != '\0' || v < min || v > max)
		goto bad;
	*out = v;
	return true;
bad:;
	char *safe = sanitize_quote(s ? s : "");
	/* TRANSLATORS: "\"11\" is not a soreness level (expected a whole number from 0 to 10)". */
	g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_INVALID,
		    _("\"%s\" is not %s (expected a whole number from %ld to %ld)"), safe, what, min,
		    max);
	g_free(safe);
	return false;
}

bool parse_level(const char *s, int *out, GError **err)
{
	long v;
	if (!parse_int_range(s, 0, 10, _("a soreness level"), &v, err))
		return false;
	*out = (int)v;
	return true;
}

bool parse_rpe(const char *s, int *out, GError **err)
{
	long v;
	if (!parse_int_range(s, 1, 10, _("an effort rating"), &v, err))
		return false;
	*out = (int)v;
	return true;
}

bool parse_heart_rate(const char *s, int *out, GError **err)
{
	long v;
	if (!parse_int_range(s, 25, 250, _("a heart rate"), &v, err))
		return false;
	*out = (int)v;
	return true;
}

bool parse_priority(const char *s, char *out, GError **err)
{
	if (s && s[0] && !s[1]) {
		char c = g_ascii_toupper(s[0]);
		if (c == 'A' || c == 'B' || c == 'C') {
			*out = c;
			return true;
		}
	}
	return fail(err, _("\"%s\" is not a race priority (expected A, B or C)"), s);
}

bool parse_id(const char *s, int64_t *out, GError **err)
{
	const char *p = s;
	int64_t v = 0;

	if (!s || !*s)
		goto bad;
	while (isdigit((unsigned char)*p)) {
		if (v > (INT64_MAX - 9) / 10)
			goto bad;
		v = v * 10 + (*p++ - '0');
	}
	if (*p != '\0' || v < 1)
		goto bad;
	*out = v;
	return true;
bad:
	return fail(err, _("\"%s\" is not an id (expected a positive whole number, see knead list)"), s);
}

bool parse_run_kind(const char *s, enum run_kind *out, GError **err)
{
	if (run_kind_from_id(s, out))
		return true;
	return fail(err, _("\"%s\" is not a kind of run (expected easy, long, tempo, intervals, race, trail or recovery)"),
		    s);
}

bool parse_massage_kind(const char *s, enum massage_kind *out, GError **err)
{
	if (massage_kind_from_id(s, out))
		return true;
	return fail(err, _("\"%s\" is not a kind of massage (expected sports, deep-tissue, myofascial, trigger-point, flush or relaxation)"),
		    s);
}

bool parse_text(const char *s, size_t max_bytes, const char *what, GError **err)
{
	const char *end;

	if (!s)
		return true;
	if (!g_utf8_validate(s, -1, &end)) {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_INVALID,
			    _("the %s is not valid UTF-8 text"), what);
		return false;
	}
	if (strlen(s) > max_bytes) {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_INVALID,
			    _("the %s is too long (at most %zu bytes)"), what, max_bytes);
		return false;
	}
	for (const char *p = s; *p; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);
		if ((c < 0x20 && c != '\t') || (c >= 0x7f && c < 0xa0)) {
			g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_INVALID,
				    _("the %s contains control characters (expected plain text)"), what);
			return false;
		}
	}
	return true;
}

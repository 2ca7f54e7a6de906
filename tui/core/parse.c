/* SPDX-License-Identifier: GPL-3.0-or-later */
/* parse.c - strict parsers for what the runner types. */
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "core/clock.h"
#include "core/error.h"
#include "core/i18n.h"
#include "core/sanitize.h"
#include "core/parse.h"
#include "core/regions.h"

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

char *parse_fold(const char *s)
{
	/* What a runner typed may not be UTF-8: the GLib calls below read
	 * past the end of invalid text. */
	char *valid = g_utf8_make_valid(s, -1);
	char *lower = g_utf8_casefold(valid, -1);
	/* g_str_to_ascii drops the accents: "fléchisseur" is "flechisseur". */
	char *ascii = g_str_to_ascii(lower, "C");

	g_free(valid);
	g_free(lower);
	for (char *p = ascii; *p; p++)
		if (*p == ' ' || *p == '_')
			*p = '-';
	return ascii;
}

/* Does the folded `typed` name `name` (an id, an English name or its
 * translation)? */
static bool folded_is(const char *typed, const char *name)
{
	char *f = parse_fold(name);
	bool same = strcmp(typed, f) == 0;

	g_free(f);
	return same;
}

bool parse_is_one_of(const char *s, const char *words)
{
	char *typed = parse_fold(s);
	char **list = g_strsplit(words, "|", -1);
	bool found = false;

	for (int i = 0; list[i] && !found; i++)
		found = *list[i] && folded_is(typed, list[i]);
	g_strfreev(list);
	g_free(typed);
	return found;
}

/* Whether TYPED (folded) starts NAME (any case or accents) or one of its
 * words of 4 letters or more: "ischio", "longue" for "sortie longue". */
static bool starts_name(const char *typed, const char *name)
{
	char *folded = parse_fold(name);
	char **words = g_strsplit_set(folded, " -'", -1);
	bool hit = g_str_has_prefix(folded, typed);

	for (int w = 0; words[w] && !hit; w++)
		hit = strlen(words[w]) >= 4 && g_str_has_prefix(words[w], typed);
	g_strfreev(words);
	g_free(folded);
	return hit;
}

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

/* "today", "yesterday", "tomorrow", in English or translated, any case. */
static bool date_word(const char *s, dayno today, dayno *out)
{
	static const char *const words[] = { N_("yesterday"), N_("today"), N_("tomorrow") };
	char *typed = parse_fold(s);
	bool found = false;

	for (int i = 0; i < 3 && !found; i++) {
		found = folded_is(typed, words[i]) || folded_is(typed, _(words[i]));
		if (found)
			*out = today - 1 + i;
	}
	g_free(typed);
	return found;
}

bool parse_date_for(const char *s, dayno today, enum date_hint hint, dayno *out, GError **err)
{
	int y, m, d;
	const char *rest;

	if (!s)
		goto bad;
	if (date_word(s, today, out))
		return true;
	if ((s[0] == '-' || s[0] == '+') && isdigit((unsigned char)s[1])) {
		const char *p = s + 1;
		long n = 0;

		while (isdigit((unsigned char)*p) && n <= 36500)
			n = n * 10 + (*p++ - '0');
		if (n > 36500 || (g_ascii_tolower(*p) != 'd' && g_ascii_tolower(*p) != 'j') ||
		    p[1] != '\0')
			goto bad;
		*out = s[0] == '-' ? today - (dayno)n : today + (dayno)n;
		return true;
	}
	if (strlen(s) == 10 && scan_ymd(s, &y, &m, &d, &rest)) {
		*out = wtime_day(wtime_make(y, m, d, 0, 0, 0));
		return true;
	}
bad:
	/* The examples fit what the date is for: a race or a booking lies ahead. */
	if (hint == DATE_AHEAD)
		return fail(err, _("\"%s\" is not a date (expected YYYY-MM-DD, today, tomorrow or +3d)"), s);
	return fail(err, _("\"%s\" is not a date (expected YYYY-MM-DD, today, yesterday or -3d)"), s);
}

bool parse_date(const char *s, dayno today, dayno *out, GError **err)
{
	return parse_date_for(s, today, DATE_PAST, out, err);
}

bool parse_datetime(const char *s, wtime *out, GError **err)
{
	int y, m, d, hh = 0, mm = 0, ss = 0;
	const char *p;

	if (!s || strlen(s) < 10 || !scan_ymd(s, &y, &m, &d, &p))
		goto bad;
	if (parse_has_time_of_day(s)) {
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

bool parse_has_time_of_day(const char *s)
{
	static const char separators[] = "Tt ";

	return s && strlen(s) > 10 && memchr(separators, s[10], sizeof(separators) - 1);
}

bool parse_region_name(const char *s, enum region *out)
{
	char *typed = parse_fold(s);
	bool found = false;

	for (int i = 0; i < REGION_COUNT && !found; i++) {
		enum region r = (enum region)i;
		found = folded_is(typed, region_id(r)) || folded_is(typed, region_name(r));
		if (found)
			*out = r;
	}
	if (!found && strlen(typed) >= 4) {
		/* A short form: the start of one region's name, or one of its
		 * words ("ischio", "bandelette", "achille", "hams"), when it
		 * names that region only. */
		int hits = 0;

		for (int i = 0; i < REGION_COUNT; i++) {
			if (starts_name(typed, region_name((enum region)i))) {
				hits++;
				*out = (enum region)i;
			}
		}
		found = hits == 1;
	}
	g_free(typed);
	return found;
}

/* The words for a side: its id, its first letter, and what the
 * translation lists ("gauche|g"). */
static bool side_is(const char *typed, const char *id, const char *translated_words)
{
	char **words;
	bool found = folded_is(typed, id) || (typed[0] == id[0] && !typed[1]);

	if (found)
		return true;
	words = g_strsplit(translated_words, "|", -1);
	for (int i = 0; words[i] && !found; i++)
		found = *words[i] && folded_is(typed, words[i]);
	g_strfreev(words);
	return found;
}

bool parse_side(const char *s, enum side *out)
{
	char *typed = parse_fold(s);
	bool ok = true;

	/* TRANSLATORS: the words a runner may type for the left side, separated by |
	   ("left" and "l" always work). */
	if (side_is(typed, "left", C_("typed side", "left|l")))
		*out = SIDE_LEFT;
	/* TRANSLATORS: the words a runner may type for the right side, separated by |. */
	else if (side_is(typed, "right", C_("typed side", "right|r")))
		*out = SIDE_RIGHT;
	else
		ok = false;
	g_free(typed);
	return ok;
}

/* A side that is neither: the two that would do, in the runner's words
 * ("mollet:gauche or mollet:droite"). */
static bool side_unknown(const char *s, const char *name, GError **err)
{
	char *safe = sanitize_quote(s);
	char *left = g_strdup_printf("%s:%s", name, _("left"));
	char *right = g_strdup_printf("%s:%s", name, _("right"));
	char *safe_left = sanitize_quote(left), *safe_right = sanitize_quote(right);

	/* TRANSLATORS: "\"calf:middle\" does not name a side (expected calf:left or
	   calf:right)". */
	g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_INVALID,
		    _("\"%s\" does not name a side (expected %s or %s)"), safe, safe_left,
		    safe_right);
	g_free(safe);
	g_free(left);
	g_free(right);
	g_free(safe_left);
	g_free(safe_right);
	return false;
}

static bool needs_side(const char *s, GError **err)
{
	char *safe = sanitize_quote(s);
	char *left = g_strdup_printf("%s:%s", safe, _("left"));
	char *right = g_strdup_printf("%s:%s", safe, _("right"));

	/* TRANSLATORS: "\"calf\" needs a side (calf:left or calf:right)". */
	g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_INVALID, _("\"%s\" needs a side (%s or %s)"),
		    safe, left, right);
	g_free(safe);
	g_free(left);
	g_free(right);
	return false;
}

/* The refusal of a name that is no region: the nearest id or name in the
 * runner's language when one is near, else the ids (what knead regions
 * lists first, in every language) or where the list is. */
static bool region_unknown(const char *s, const char *name, bool list_ids, GError **err)
{
	const char *cands[2 * REGION_COUNT];
	const char *near;

	for (int r = 0; r < REGION_COUNT; r++) {
		cands[2 * r] = region_id((enum region)r);
		cands[2 * r + 1] = region_name((enum region)r);
	}
	near = parse_nearest(name, cands, G_N_ELEMENTS(cands));
	if (near) {
		char *quoted = sanitize_quote(s);
		/* TRANSLATORS: "\"clf:left\" is not a body region (did you mean calf?)". */
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_INVALID,
			    _("\"%s\" is not a body region (did you mean %s?)"), quoted, near);
		g_free(quoted);
		return false;
	}
	if (list_ids) {
		GString *ids = g_string_new(NULL);
		char *quoted = sanitize_quote(s);

		for (int r = 0; r < REGION_COUNT; r++)
			g_string_append_printf(ids, "%s%s", r ? ", " : "", region_id((enum region)r));
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_INVALID,
			    _("\"%s\" is not a body region (expected one of: %s)"), quoted, ids->str);
		g_free(quoted);
		g_string_free(ids, TRUE);
		return false;
	}
	return fail(err, _("\"%s\" is not a body region (see knead regions for the list)"), s);
}

bool parse_region(const char *s, enum region *out, GError **err)
{
	char *name = g_strstrip(g_strdup(s ? s : ""));
	bool known = *name && parse_region_name(name, out);

	if (!known)
		region_unknown(s ? s : "", name, true, err);
	g_free(name);
	return known;
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
	known = parse_region_name(g_strstrip(name), region);
	if (!known) {
		region_unknown(s, name, false, err);
		g_free(name);
		return false;
	}
	*side = SIDE_NONE;
	if (!colon) {
		/* A side-less calf could never be shown on the body map. */
		known = !region_has_side(*region) || needs_side(name, err);
		g_free(name);
		return known;
	}
	if (!parse_side(colon + 1, side)) {
		known = side_unknown(s, name, err);
		g_free(name);
		return known;
	}
	g_free(name);
	if (!region_has_side(*region)) {
		char *safe = sanitize_quote(s);

		/* TRANSLATORS: "\"lower-back:left\" takes no side (lower back: neither
		   left nor right)"; the second %s is the region's name. */
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_INVALID,
			    _("\"%s\" takes no side (%s: neither left nor right)"), safe,
			    region_name(*region));
		g_free(safe);
		return false;
	}
	return true;
}

bool parse_region_list(const char *s, struct region_side **out, size_t *n, GError **err)
{
	char **parts = g_strsplit_set(s ? s : "", ",;", -1);
	GArray *a = g_array_new(FALSE, TRUE, sizeof(struct region_side));
	bool ok = true;

	for (int i = 0; parts[i] && ok; i++) {
		struct region_side rs;
		char *p = g_strstrip(parts[i]);

		if (!*p)
			continue;
		ok = parse_region_side(p, &rs.region, &rs.side, err);
		if (ok)
			g_array_append_val(a, rs);
	}
	g_strfreev(parts);
	/* Separators alone are a slip, not "no region". */
	if (ok && a->len == 0 && s && *s && strspn(s, " \t") != strlen(s))
		ok = fail(err, _("\"%s\" names no body region (expected e.g. calf:left,it-band:right)"),
			  s);
	if (!ok) {
		g_array_free(a, TRUE);
		return false;
	}
	*n = a->len;
	*out = (struct region_side *)g_array_free(a, a->len == 0);
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

/* parse_int_range into an int. */
static bool parse_small_int(const char *s, long min, long max, const char *what, int *out,
			    GError **err)
{
	long v;

	if (!parse_int_range(s, min, max, what, &v, err))
		return false;
	*out = (int)v;
	return true;
}

bool parse_level(const char *s, int *out, GError **err)
{
	return parse_small_int(s, 0, 10, _("a soreness level"), out, err);
}

bool parse_rpe(const char *s, int *out, GError **err)
{
	return parse_small_int(s, 1, 10, _("an effort rating"), out, err);
}

bool parse_heart_rate(const char *s, int *out, GError **err)
{
	return parse_small_int(s, 25, 250, _("a heart rate"), out, err);
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

/* A short form of one of n names (typed folded, 4 letters or more): the
 * start of the name or of one of its words ("longue" for "sortie longue",
 * "sportif" for "massage sportif"), when only one name has it; -1 if none
 * or several. */
static int short_form(const char *typed, const char *const *names, int n)
{
	int found = -1, hits = 0;

	if (strlen(typed) < 4)
		return -1;
	for (int i = 0; i < n; i++) {
		if (starts_name(typed, names[i])) {
			hits++;
			found = i;
		}
	}
	return hits == 1 ? found : -1;
}

/* The kind, among N, that S names: its id or its name in full, else
 * ALIAS (another word for kind ALIAS_KIND; may be NULL), else a short
 * form of one name (short_form); -1 if none. */
static int kind_named(const char *s, const char *const *ids, const char *const *names, int n,
		      const char *alias, int alias_kind)
{
	char *typed = s ? parse_fold(s) : NULL;
	int k = -1;

	for (int i = 0; typed && k < 0 && i < n; i++)
		if (folded_is(typed, ids[i]) || folded_is(typed, names[i]))
			k = i;
	if (typed && k < 0 && alias && folded_is(typed, alias))
		k = alias_kind;
	if (typed && k < 0)
		k = short_form(typed, names, n);
	g_free(typed);
	return k;
}

bool parse_run_kind(const char *s, enum run_kind *out, GError **err)
{
	/* TRANSLATORS: another word runners use for intervals (French:
	 * fractionné); one word. */
	const char *reps = C_("run kind", "reps");
	const char *ids[RUN_KIND_COUNT], *names[RUN_KIND_COUNT];
	int k;

	for (int i = 0; i < RUN_KIND_COUNT; i++) {
		ids[i] = run_kind_id((enum run_kind)i);
		names[i] = run_kind_name((enum run_kind)i);
	}
	k = kind_named(s, ids, names, RUN_KIND_COUNT, reps, RUN_INTERVALS);
	if (k >= 0) {
		*out = (enum run_kind)k;
		return true;
	}
	return fail(err, _("\"%s\" is not a kind of run (expected easy, long, tempo, intervals, race, trail or recovery)"),
		    s);
}

bool parse_massage_kind(const char *s, enum massage_kind *out, GError **err)
{
	const char *ids[MASSAGE_KIND_COUNT], *names[MASSAGE_KIND_COUNT];
	int k;

	for (int i = 0; i < MASSAGE_KIND_COUNT; i++) {
		ids[i] = massage_kind_id((enum massage_kind)i);
		names[i] = massage_kind_name((enum massage_kind)i);
	}
	k = kind_named(s, ids, names, MASSAGE_KIND_COUNT, NULL, 0);
	if (k >= 0) {
		*out = (enum massage_kind)k;
		return true;
	}
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

/* Damerau distance on bytes (optimal string alignment: a swap of two
 * neighbouring letters, "lsit" for "list", counts as one slip), any case:
 * names and options are ASCII. */
static size_t edit_distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), w = lb + 1, d;
	size_t *m = g_new(size_t, (la + 1) * w);

	for (size_t i = 0; i <= la; i++)
		m[i * w] = i;
	for (size_t j = 0; j <= lb; j++)
		m[j] = j;
	for (size_t i = 1; i <= la; i++) {
		for (size_t j = 1; j <= lb; j++) {
			char ca = g_ascii_tolower(a[i - 1]), cb = g_ascii_tolower(b[j - 1]);
			size_t best = m[(i - 1) * w + j - 1] + (ca != cb);

			best = MIN(best, m[(i - 1) * w + j] + 1);
			best = MIN(best, m[i * w + j - 1] + 1);
			if (i > 1 && j > 1 && ca == g_ascii_tolower(b[j - 2]) &&
			    g_ascii_tolower(a[i - 2]) == cb)
				best = MIN(best, m[(i - 2) * w + j - 2] + 1);
			m[i * w + j] = best;
		}
	}
	d = m[la * w + lb];
	g_free(m);
	return d;
}

const char *parse_nearest(const char *s, const char *const *candidates, size_t n)
{
	size_t len = s ? strlen(s) : 0, best = SIZE_MAX;
	/* One slip in a short word, up to three in a long one: further than
	 * that, a guess would mislead more than help. */
	size_t limit = len <= 4 ? 1 : len <= 8 ? 2 : 3;
	const char *found = NULL;

	if (!len || len > 200)
		return NULL;
	for (size_t i = 0; i < n; i++) {
		size_t d;

		if (!candidates[i])
			continue;
		d = g_str_has_prefix(candidates[i], s) && len >= 3 ? 0
								   : edit_distance(s, candidates[i]);
		if (d < best) {
			best = d;
			found = candidates[i];
		}
	}
	return best <= limit ? found : NULL;
}

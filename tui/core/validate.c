/* SPDX-License-Identifier: GPL-3.0-or-later */
/* validate.c - what may be stored (see validate.h). */
#include <math.h>
#include <string.h>
#include "core/clock.h"
#include "core/error.h"
#include "core/i18n.h"
#include "core/parse.h"
#include "core/regions.h"
#include "core/sanitize.h"
#include "core/validate.h"

#define RACE_AHEAD_DAYS (10 * 366)

static bool invalid(GError **err, const char *fmt, ...) G_GNUC_PRINTF(2, 3);

static bool invalid(GError **err, const char *fmt, ...)
{
	va_list ap;
	char *msg;

	va_start(ap, fmt);
	msg = g_strdup_vprintf(fmt, ap);
	va_end(ap);
	g_set_error_literal(err, KNEAD_ERROR, KNEAD_ERROR_INVALID, msg);
	g_free(msg);
	return false;
}

bool validate_text(const char *s, int max_chars, bool is_note, const char *what,
		   GError **err)
{
	glong n = 0;

	if (!s)
		return true;
	if (!g_utf8_validate(s, -1, NULL))
		return invalid(err, _("the %s is not valid UTF-8 text"), what);
	for (const char *p = s; *p; p = g_utf8_next_char(p), n++) {
		gunichar c = g_utf8_get_char(p);

		if (sanitize_is_hidden(c) && !(is_note && (c == '\t' || c == '\n')))
			return invalid(err, _("the %s contains control characters (expected plain text)"),
				       what);
	}
	if (n > max_chars)
		return invalid(err, _("the %s is too long (%ld characters, at most %d)"), what,
			       (long)n, max_chars);
	return true;
}

/* A day from 1900 on, and at most `ahead` days after today. */
static bool check_day(dayno d, wtime now, int ahead, const char *what, GError **err)
{
	char buf[DATE_BUF], last[DATE_BUF];

	if (d < wtime_day(wtime_make(VALIDATE_FIRST_YEAR, 1, 1, 0, 0, 0)))
		return invalid(err, _("the %s %s is before %d (expected a real date)"), what,
			       day_format(d, buf), VALIDATE_FIRST_YEAR);
	if (d > wtime_day(now) + ahead)
		return invalid(err, _("the %s %s is too far in the future (expected %s at the latest)"),
			       what, day_format(d, buf), day_format(wtime_day(now) + ahead, last));
	return true;
}

/* A moment from 1900 on, at most a day after now. */
static bool check_time(wtime t, wtime now, const char *what, GError **err)
{
	char buf[DATETIME_BUF];

	if (!check_day(wtime_day(t), now, 1, what, err))
		return false;
	if (t > now + SECONDS_PER_DAY)
		return invalid(err, _("the %s %s is in the future (expected now or earlier)"), what,
			       wtime_format(t, buf));
	return true;
}

static bool check_distance(double m, GError **err)
{
	if (!isfinite(m) || m < VALIDATE_MIN_DISTANCE_M || m > MAX_DISTANCE_M)
		return invalid(err, _("a distance of %g m is out of range (expected 10 m to 1000 km)"),
			       m);
	return true;
}

bool validate_run(const struct run *r, wtime now, GError **err)
{
	if (!check_time(r->start, now, _("run's start"), err) ||
	    !check_distance(r->distance_m, err))
		return false;
	if (!isfinite(r->duration_s) || r->duration_s < 1 || r->duration_s > MAX_DURATION_S)
		return invalid(err, _("a duration of %g s is out of range (expected 1 s to a week)"),
			       r->duration_s);
	if (r->distance_m / r->duration_s > VALIDATE_MAX_SPEED_M_S)
		return invalid(err, _("%.0f m in %.0f s is faster than anyone runs (expected at "
				      "most %.1f m/s on average)"),
			       r->distance_m, r->duration_s, VALIDATE_MAX_SPEED_M_S);
	if ((unsigned)r->kind >= RUN_KIND_COUNT || (unsigned)r->source >= SOURCE_COUNT)
		return invalid(err, _("unknown kind or source of run"));
	if (r->rpe != 0 && (r->rpe < 1 || r->rpe > 10))
		return invalid(err, _("an effort of %d is out of range (expected 1 to 10)"), r->rpe);
	if (r->avg_hr != 0 && (r->avg_hr < 25 || r->avg_hr > 250))
		return invalid(err, _("a heart rate of %d is out of range (expected 25 to 250 bpm)"),
			       r->avg_hr);
	if (r->elevation_m >= 0 ? !(r->elevation_m <= 30000) : isnan(r->elevation_m))
		return invalid(err, _("an ascent of %g m is out of range (expected 0 to 30000 m)"),
			       r->elevation_m);
	return validate_text(r->note, VALIDATE_NOTE_MAX, true, _("note"), err) &&
	       validate_text(r->source_id, VALIDATE_SOURCE_ID_MAX, false, _("source id"), err);
}

bool validate_pace_plausible(const struct run *r)
{
	return r->distance_m < 1000 ||
	       r->duration_s / (r->distance_m / 1000.0) >= VALIDATE_PACE_IMPLAUSIBLE_S_PER_KM;
}

static bool check_region_side(enum region region, enum side side, GError **err)
{
	if ((unsigned)region >= REGION_COUNT)
		return invalid(err, _("unknown body region (see knead regions)"));
	if ((unsigned)side > SIDE_RIGHT || (side != SIDE_NONE && !region_has_side(region)))
		return invalid(err, _("%s has no side (expected none)"), region_id(region));
	return true;
}

bool validate_soreness(const struct soreness *s, wtime now, GError **err)
{
	if (!check_time(s->time, now, _("soreness entry's time"), err) ||
	    !check_region_side(s->region, s->side, err))
		return false;
	if (s->level < 0 || s->level > 10)
		return invalid(err, _("a level of %d is out of range (expected 0 to 10)"), s->level);
	return validate_text(s->note, VALIDATE_NOTE_MAX, true, _("note"), err);
}

bool validate_assessment(const struct assessment *a, wtime now, GError **err)
{
	return check_time(a->time, now, _("assessment's time"), err) &&
	       check_region_side(a->region, a->side, err);
}

bool validate_massage(const struct massage *m, wtime now, GError **err)
{
	if (!check_day(m->date, now, VALIDATE_BOOKING_AHEAD_DAYS, _("massage's date"), err))
		return false;
	if ((unsigned)m->kind >= MASSAGE_KIND_COUNT)
		return invalid(err, _("unknown kind of massage"));
	for (size_t i = 0; i < m->n_regions; i++)
		if (!check_region_side(m->regions[i].region, m->regions[i].side, err))
			return false;
	return validate_text(m->therapist, VALIDATE_NAME_MAX, false, _("therapist's name"), err) &&
	       validate_text(m->note, VALIDATE_NOTE_MAX, true, _("note"), err);
}

bool validate_race(const struct race *r, wtime now, GError **err)
{
	if (!check_day(r->date, now, RACE_AHEAD_DAYS, _("race's date"), err) ||
	    !check_distance(r->distance_m, err))
		return false;
	if (!r->name || !*r->name)
		return invalid(err, _("the race needs a name"));
	if (r->priority != 'A' && r->priority != 'B' && r->priority != 'C')
		return invalid(err, _("not a priority (expected A, B or C)"));
	return validate_text(r->name, VALIDATE_NAME_MAX, false, _("race name"), err);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* clock.c - "now", overridable, and calendar arithmetic on wall time. */
#include <stdio.h>
#include <time.h>
#include <glib.h>
#include "core/clock.h"

static bool have_override;
static wtime override_now;

/* Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's
 * well-known civil-from-days arithmetic, rewritten here). */
static int64_t days_from_civil(int64_t y, int m, int d)
{
	y -= m <= 2;
	int64_t era = (y >= 0 ? y : y - 399) / 400;
	int64_t yoe = y - era * 400;
	int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static void civil_from_days(int64_t z, int *year, int *month, int *day)
{
	z += 719468;
	int64_t era = (z >= 0 ? z : z - 146096) / 146097;
	int64_t doe = z - era * 146097;
	int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int64_t y = yoe + era * 400;
	int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int64_t mp = (5 * doy + 2) / 153;
	int d = (int)(doy - (153 * mp + 2) / 5 + 1);
	int m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*year = (int)(y + (m <= 2));
	*month = m;
	*day = d;
}

wtime wtime_make(int year, int month, int day, int hour, int min, int sec)
{
	return days_from_civil(year, month, day) * SECONDS_PER_DAY + hour * 3600 +
	       min * 60 + sec;
}

void wtime_split(wtime t, int *year, int *month, int *day, int *hour, int *min,
		 int *sec)
{
	dayno d = wtime_day(t);
	int64_t s = t - day_start(d);
	int y, mo, da;

	civil_from_days(d, &y, &mo, &da);
	if (year)
		*year = y;
	if (month)
		*month = mo;
	if (day)
		*day = da;
	if (hour)
		*hour = (int)(s / 3600);
	if (min)
		*min = (int)(s / 60 % 60);
	if (sec)
		*sec = (int)(s % 60);
}

int day_weekday(dayno d)
{
	/* 1970-01-01 was a Thursday (3 when Monday is 0). */
	int w = (int)((d + 3) % 7);
	return w < 0 ? w + 7 : w;
}

wtime wtime_from_utc(int64_t utc_seconds)
{
	time_t t = (time_t)utc_seconds;
	struct tm tm;

	if (!localtime_r(&t, &tm))
		return utc_seconds;
	return wtime_make(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour,
			  tm.tm_min, tm.tm_sec);
}

int64_t wtime_to_utc(wtime w)
{
	struct tm tm = { 0 };
	int y, mo, d, h, mi, s;

	wtime_split(w, &y, &mo, &d, &h, &mi, &s);
	tm.tm_year = y - 1900;
	tm.tm_mon = mo - 1;
	tm.tm_mday = d;
	tm.tm_hour = h;
	tm.tm_min = mi;
	tm.tm_sec = s;
	tm.tm_isdst = -1;
	return (int64_t)mktime(&tm);
}

wtime clock_now(void)
{
	if (have_override)
		return override_now;
	return wtime_from_utc((int64_t)time(NULL));
}

void clock_set_override(wtime t)
{
	override_now = t;
	have_override = true;
}

void clock_clear_override(void)
{
	have_override = false;
}

char *day_format(dayno d, char buf[DATE_BUF])
{
	int y, m, da;

	civil_from_days(d, &y, &m, &da);
	if (y < 0 || y > 9999)
		y = y < 0 ? 0 : 9999;
	char wide[64];
	snprintf(wide, sizeof(wide), "%04d-%02d-%02d", y, m, da);
	g_strlcpy(buf, wide, DATE_BUF);
	return buf;
}

char *wtime_format(wtime t, char buf[DATETIME_BUF])
{
	int y, mo, d, h, mi, s;

	wtime_split(t, &y, &mo, &d, &h, &mi, &s);
	if (y < 0 || y > 9999)
		y = y < 0 ? 0 : 9999;
	/* The fields are in range by construction; the wide buffer only keeps
	 * the compiler's truncation analysis quiet. */
	char wide[64];
	snprintf(wide, sizeof(wide), "%04d-%02d-%02dT%02d:%02d:%02d", y, mo, d, h, mi, s);
	g_strlcpy(buf, wide, DATETIME_BUF);
	return buf;
}

wtime clock_time_on(dayno d)
{
	wtime now = clock_now();

	if (d == wtime_day(now))
		return now;
	return day_start(d) + 12 * 3600;
}

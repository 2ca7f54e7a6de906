/* SPDX-License-Identifier: GPL-3.0-or-later */
/* clock.h - the one place knead asks what time it is.
 *
 * --now and KNEAD_NOW set an override, so tests and users can ask "what
 * would knead say on race morning?".  Nothing else in the program calls
 * time().
 */
#ifndef KNEAD_CLOCK_H
#define KNEAD_CLOCK_H

#include "core/model.h"

wtime clock_now(void);
void clock_set_override(wtime t);
void clock_clear_override(void);

/* The time of something that happened on day d when only the day is
 * known: now itself for today, else midday.  The command line and the
 * check-in form share it. */
wtime clock_time_on(dayno d);

/* Conversions between wall time and the system's (UTC) time_t, through
 * the local time zone. */
wtime wtime_from_utc(int64_t utc_seconds);
int64_t wtime_to_utc(wtime t);

/* Calendar helpers (proleptic Gregorian, no time zone involved). */
wtime wtime_make(int year, int month, int day, int hour, int min, int sec);
void wtime_split(wtime t, int *year, int *month, int *day, int *hour, int *min,
		 int *sec);
int day_weekday(dayno d); /* 0 = Monday ... 6 = Sunday */

/* Formatting into caller buffers: "2026-11-23", "2026-11-23T07:30:00". */
#define DATE_BUF 11
#define DATETIME_BUF 20
char *day_format(dayno d, char buf[DATE_BUF]);
char *wtime_format(wtime t, char buf[DATETIME_BUF]);

#endif

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* format.c - distances, durations and paces for people. */
#include <math.h>
#include <string.h>
#include <glib.h>
#include "core/format.h"
#include "core/i18n.h"

char *format_distance(double metres, enum unit u)
{
	if (u == UNIT_MI)
		/* TRANSLATORS: a distance in miles. */
		return g_strdup_printf(_("%.2f mi"), metres / METRES_PER_MILE);
	/* TRANSLATORS: a distance in kilometres. */
	return g_strdup_printf(_("%.2f km"), metres / 1000.0);
}

char *format_duration(double seconds)
{
	long s = lround(seconds);

	if (s >= 3600)
		return g_strdup_printf("%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
	return g_strdup_printf("%ld:%02ld", s / 60, s % 60);
}

char *format_pace(double metres, double seconds, enum unit u)
{
	double per = u == UNIT_MI ? METRES_PER_MILE : 1000.0;
	long s;

	if (!(metres > 0) || !(seconds > 0))
		return g_strdup("-");
	s = lround(seconds / (metres / per));
	if (u == UNIT_MI)
		/* TRANSLATORS: a pace, minutes:seconds per mile. */
		return g_strdup_printf(_("%ld:%02ld /mi"), s / 60, s % 60);
	/* TRANSLATORS: a pace, minutes:seconds per kilometre. */
	return g_strdup_printf(_("%ld:%02ld /km"), s / 60, s % 60);
}

char *format_pace_question(double metres, double seconds, enum unit u)
{
	char *dist = format_distance(metres, u), *dur = format_duration(seconds);
	char *pace = format_pace(metres, seconds, u);
	/* TRANSLATORS: asked before saving a run (command line and
	 * interface); the key in "(y/n)" is the "confirmation key".  Keep it
	 * short: the interface shows it on one or two rows. */
	char *q = g_strdup_printf(_("%s in %s is %s, faster than any runner. Log it anyway? (y/n)"),
				  dist, dur, pace);

	g_free(dist);
	g_free(dur);
	g_free(pace);
	return q;
}

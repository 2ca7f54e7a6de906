/* SPDX-License-Identifier: GPL-3.0-or-later */
/* format.h - numbers as a runner reads them, in their units. */
#ifndef KNEAD_FORMAT_H
#define KNEAD_FORMAT_H

#include "core/model.h"
#include "core/parse.h"
#include "core/textwidth.h"

/* "10.00 km", "6.21 mi".  g_free() the results. */
char *format_distance(double metres, enum unit u);
/* "52:30", "1:45:00". */
char *format_duration(double seconds);
/* "5:15 /km", "8:27 /mi"; "-" when it cannot be computed. */
char *format_pace(double metres, double seconds, enum unit u);
/* The question asked before saving a run validate_pace_plausible() doubts:
 * "41.00 km in 1:15:10 is 1:50 /km, faster than any runner. Log it anyway?
 * (y/n)", the key of yes in the runner's language. */
char *format_pace_question(double metres, double seconds, enum unit u);

/* The columns a terminal gives text s, and s padded to width columns:
 * textwidth.h's, under the names the command line's columns know them by.
 * printf's %-20s counts bytes, and "épreuve" is eight of them in seven
 * columns. */
static inline int format_width(const char *s)
{
	return text_width(s);
}

static inline char *format_pad(const char *s, int width)
{
	return text_pad(s, width);
}

#endif

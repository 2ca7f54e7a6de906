/* SPDX-License-Identifier: GPL-3.0-or-later */
/* validate.h - one set of rules for what may be stored, whatever the way in.
 *
 * The command line, the interface's forms and every importer (GPX, TCX,
 * Strava, knead's JSON) check an entry here before the store sees it, so
 * that an import is no side door around the checks of `knead log`.  The
 * rules, in one place:
 *
 * - runs: 10 m to 1000 km, 1 s to a week, no faster on average than
 *   MAX_SPEED_M_S; effort 1-10 or none, heart rate 25-250 or none, ascent
 *   0-30,000 m or unknown.
 * - dates: none before 1900.  Runs and soreness no more than a day ahead
 *   of now (a clock a little off, a time zone apart); massages up to
 *   VALIDATE_BOOKING_AHEAD_DAYS ahead (a booked session); races up to ten years ahead.
 * - text: valid UTF-8 without control characters, except that a note is
 *   prose and may hold tabs and line breaks (shown as spaces wherever a
 *   note is one line: sanitize.h); names hold neither.  At most as many
 *   characters as the schema's CHECK allows (length() counts characters,
 *   not bytes).
 *
 * Every refusal is KNEAD_ERROR_INVALID with a translated sentence naming
 * the value and what was expected. */
#ifndef KNEAD_VALIDATE_H
#define KNEAD_VALIDATE_H

#include <glib.h>
#include <stdbool.h>
#include "core/model.h"

#define VALIDATE_NOTE_MAX 10000	    /* characters: notes */
#define VALIDATE_NAME_MAX 200	    /* characters: race names, therapists */
#define VALIDATE_SOURCE_ID_MAX 1000 /* characters: an importer's id */
#define VALIDATE_FIRST_YEAR 1900
#define VALIDATE_MIN_DISTANCE_M 10.0
/* How far ahead a massage may be booked: a year, leap or not.  The one
 * limit: the command line's message and the forms name it from here. */
#define VALIDATE_BOOKING_AHEAD_DAYS 366
/* Faster than any human runs on average over any distance (the 100 m
 * record is 10.4 m/s). */
#define VALIDATE_MAX_SPEED_M_S 12.5
/* Faster than 2:30 /km over a kilometre or more is faster than any runner
 * (the 5000 m record is about 2:31 /km) but slower than the limit above:
 * storable, and most likely a slip in the distance or the time. */
#define VALIDATE_PACE_IMPLAUSIBLE_S_PER_KM 150.0

/* Text `what` (translated, e.g. "note"): NULL passes.  is_note: tabs and
 * line breaks allowed. */
bool validate_text(const char *s, int max_chars, bool is_note, const char *what,
		   GError **err);

/* An entry as a whole, at `now` (clock_now() for the command line). */
bool validate_run(const struct run *r, wtime now, GError **err);
bool validate_soreness(const struct soreness *s, wtime now, GError **err);
/* An assessment: its time as a soreness entry's, its region and side. */
bool validate_assessment(const struct assessment *a, wtime now, GError **err);
bool validate_massage(const struct massage *m, wtime now, GError **err);
bool validate_race(const struct race *r, wtime now, GError **err);

/* Whether a run the runner typed is saved without a question: false when
 * its pace is implausible (VALIDATE_PACE_IMPLAUSIBLE_S_PER_KM).  Every way
 * a runner types a run (knead log, the check-in, the interface's run form)
 * asks format_pace_question() then, and saves only on yes. */
bool validate_pace_plausible(const struct run *r);

#endif

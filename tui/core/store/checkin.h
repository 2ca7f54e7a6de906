/* SPDX-License-Identifier: GPL-3.0-or-later */
/* checkin.h - a check-in: what a runner logs at one go (a run, soreness
 * region by region, a massage), checked by validate.h and saved in one
 * transaction: all of it lands, or none of it.
 *
 * The interface's Check-in screen and knead log both save through
 * checkin_save, so that the two ways in cannot drift apart. */
#ifndef KNEAD_CHECKIN_H
#define KNEAD_CHECKIN_H

#include <glib.h>
#include <stdbool.h>
#include <stdint.h>
#include "core/model.h"
#include "core/store/store.h"

/* One region (and side) given a level. */
struct checkin_mark {
	enum region region;
	enum side side;
	int level;  /* 0 (nothing) to 10 */
	bool sharp; /* sharp or sudden pain: a triage sign, not soreness */
	int64_t id; /* the entry of that day it changes in place, or 0: a new one */
};

struct checkin {
	wtime when;			/* the time of the soreness marks */
	/* A run or massage with an id, or a mark with one, changes that entry
	 * in place (the interface's check-in of a day already logged); only
	 * new entries are journalled. */
	const struct run *run;		/* or NULL; it has its own start */
	const struct checkin_mark *marks;
	size_t n_marks;
	const char *sore_note;		/* the marks' note, or NULL */
	const struct massage *massage;	/* or NULL; it has its own date */
	/* The command the entries are journalled under for knead undo
	 * ("log"); NULL for the interface, which keeps its own undo. */
	const char *journal;
};

/* The ids of the entries a check-in added (0: none). */
struct checkin_saved {
	int64_t run_id;
	int64_t *soreness_ids; /* n_marks of them, in the marks' order */
	int64_t massage_id;
};

/* Whether the runner checked in on day d: a run or a soreness entry
 * logged for it (the history must cover d). */
bool checkin_done_on(const struct history *h, dayno d);

/* The soreness entry of mark i (its note is the check-in's: not a copy). */
void checkin_mark_soreness(const struct checkin *c, size_t i, struct soreness *out);

/* Every part by the rules of validate.h at `now`: the run, each mark, the
 * massage.  A front end calls it before it opens the store, so that bad
 * input writes nothing, not even a new database. */
bool checkin_validate(const struct checkin *c, wtime now, GError **err);

/* Validates (at clock_now()) and saves the check-in in one transaction,
 * journalled when c->journal says so.  On success the new ids go to
 * *saved (NULL: not wanted; else free with checkin_saved_clear). */
bool checkin_save(struct store *st, const struct checkin *c, struct checkin_saved *saved,
		  GError **err);
void checkin_saved_clear(struct checkin_saved *s);

/* The id of a run logged on day d other than `except` that `r` may
 * repeat: one starting within an hour of it, or of the same distance (within
 * 1%); 0 when none, -1 on error (its start in *when). */
int64_t checkin_same_run(struct store *st, const struct run *r, int64_t except, wtime *when,
			 GError **err);

/* What checkin_move_day moved. */
struct checkin_moved {
	size_t runs, soreness, massages;
};

/* Moves the whole check-in of day `from` (its runs, soreness entries and
 * massages) to day `to`, each keeping its time of day, in one transaction
 * journalled under `journal` (NULL: not journalled).  `to` after today or
 * equal to `from`, or nothing logged on `from`, is KNEAD_ERROR_INVALID and
 * changes nothing. */
bool checkin_move_day(struct store *st, dayno from, dayno to, const char *journal,
		      struct checkin_moved *moved, GError **err);

#endif

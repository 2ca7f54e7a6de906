/* SPDX-License-Identifier: GPL-3.0-or-later */
/* brief.h - the therapist's brief: one page that tells the massage
 * therapist what matters before a session (knead brief, the Brief view).
 *
 * The facts come through one adapter, brief_collect() (collect.c), which
 * reads the same gated plan knead next prints (advice.h): the session
 * asked for is that plan's date and kind after the gate, its pressure, its
 * focus and its flagged regions, so the brief never says otherwise.
 * Everything else is read from the same history:
 *
 * session   date and kind: the plan's (a booking that breaks a rule shows
 *           the safe kind, with the advice's warning), or for --for DATE
 *           the plan's session moved to that day and passed through the
 *           gate again; pressure (light when the gate says so, inside a
 *           race's no-deep window, or for a flush or relaxation session,
 *           with the race); the regions not to treat (every open flag: why,
 *           since when, assessed or not); the focus; the reasons.
 * regions   every current region with a level above 0, and every open
 *           flag however old: side, level logged and effective level,
 *           trend, the last BRIEF_TREND_DAYS days' levels, sharp entries
 *           and the age of its last entry (the body picture and the sore
 *           regions).
 * races     the races of the next BRIEF_RACE_WEEKS weeks, with the
 *           no-deep-tissue window of each A or B race (the gate's:
 *           ADVICE_WINDOW_BEFORE_DAYS before to ADVICE_WINDOW_DAYS after).
 * training  the phase, distance and load of the last BRIEF_TRAINING_WEEKS
 *           weeks (7-day blocks ending today), a load spike, a comeback.
 * sessions  the last BRIEF_SESSIONS massages and how their regions moved
 *           in the BRIEF_RESPONSE_DAYS days after each, from the log.
 * note      the runner's own note for the therapist.
 *
 * Privacy: the brief leaves out what the runner wrote in notes (runs,
 * soreness, massages) and heart rates unless BRIEF_INCLUDE_NOTES or
 * BRIEF_INCLUDE_HEART_RATE asks for them.  knead keeps no locations (no
 * route or place is stored), so no brief can hold one.
 */
#ifndef KNEAD_BRIEF_H
#define KNEAD_BRIEF_H

#include <glib.h>
#include <stdbool.h>
#include "core/advice/advice.h"
#include "core/model.h"
#include "core/parse.h"
#include "core/settings.h"
#include "core/store/store.h"

#define BRIEF_TREND_DAYS 7
#define BRIEF_RACE_WEEKS 8
#define BRIEF_TRAINING_WEEKS 6
#define BRIEF_SESSIONS 3
#define BRIEF_RESPONSE_DAYS 3	/* 72 h after a session */
#define BRIEF_SESSION_REGIONS 4 /* regions followed after each session */
#define BRIEF_MAX_RUN_NOTES 5	/* with notes: the last runs' notes */
/* A week this much above the average of the weeks before it is named. */
#define BRIEF_WEEK_JUMP 1.3

/* What the brief may hold beyond its private-free default. */
enum brief_include {
	BRIEF_INCLUDE_NOTES = 1u << 0,	    /* "notes": run, soreness, massage notes */
	BRIEF_INCLUDE_HEART_RATE = 1u << 1, /* "heart-rate": weekly average heart rate */
};
/* "notes", "heart-rate" or "all", or a comma-separated list of them, added
 * to *flags.  False on any other word. */
bool brief_include_parse(const char *s, unsigned *flags);

struct brief_options {
	bool has_for; /* --for: the session's date instead of the advice's */
	dayno for_date;
	const char *note; /* the runner's note, or NULL */
	unsigned include; /* enum brief_include */
	enum unit units;
};

/* A region not to treat: flagged by the triage. */
struct brief_avoid {
	enum region region;
	enum side side;
	int level;
	enum sore_flag why;
	dayno since;   /* the day of the entry that flagged it */
	bool assessed; /* seen by a professional, not cleared for massage */
};

struct brief_session {
	dayno date;
	enum massage_kind kind;
	enum urgency urgency;
	enum phase phase;
	bool booked;	 /* the date is a booked session */
	dayno suggested; /* the date knead next gives */
	enum massage_kind suggested_kind;
	bool light_only;	    /* light pressure only: */
	bool light_for_race;	    /* ... inside a race's window (else: the kind) */
	char *race;		    /* that race's name, owned */
	int race_days;		    /* days from the session to it (< 0: after) */
	struct advice_focus *focus; /* owned */
	size_t n_focus;
	struct brief_avoid *avoid; /* owned */
	size_t n_avoid;
	char *warning;	/* the advice's word on the booking, or NULL */
	char **reasons; /* NULL-terminated, translated, owned */
};

struct brief_region {
	enum region region;
	enum side side;
	int level;     /* its last entry's level */
	int effective; /* the level every surface counts (advice_effective_level) */
	enum sore_trend trend;
	int days[BRIEF_TREND_DAYS]; /* each day's level, oldest first; -1: none */
	int sharp;		    /* entries marked sharp in those days */
	dayno last_day;
	int age_days; /* days since the last entry */
	bool flagged;
	enum sore_flag why;
	char *note; /* the last note of those days, with notes only */
};

struct brief_race {
	dayno date;
	char *name;
	double distance_m;
	char priority;
	int days; /* from today */
	bool has_window;
	dayno from, to; /* no deep tissue */
};

struct brief_week {
	dayno from, to;
	double distance_m;
	double load;
	int runs;
	int avg_hr; /* with heart rate only; 0 when none */
};

struct brief_training {
	enum phase phase;
	struct brief_week weeks[BRIEF_TRAINING_WEEKS]; /* oldest first */
	bool has_acwr; /* the acute:chronic load ratio means something: */
	double acwr;
	bool spike;	 /* ... at LOAD_ACWR_SPIKE or more */
	bool jump;	 /* the last week BRIEF_WEEK_JUMP times the ones before */
	dayno first_run; /* the first run logged on or before today, 0 when none */
	bool comeback;	 /* back after a break: */
	int break_days;
	dayno back_day;
};

/* How a region moved after a session: from `before` (its last level on or
 * before the session's day, -1 when none) to `after` (its last level within
 * BRIEF_RESPONSE_DAYS days after, -1 when none), `days` later. */
struct brief_move {
	enum region region;
	enum side side;
	int before, after;
	int days;
};

struct brief_past {
	dayno date;
	enum massage_kind kind;
	struct region_side *regions; /* as logged, owned */
	size_t n_regions;
	struct brief_move *moves; /* owned */
	size_t n_moves;
	char *therapist; /* with notes only */
	char *note;	 /* with notes only */
};

struct brief_run_note {
	dayno day;
	char *note;
};

struct brief {
	dayno today;
	enum unit units;
	unsigned include;
	struct brief_session session;
	struct brief_region *regions; /* region then side order */
	size_t n_regions;
	struct brief_race *races;
	size_t n_races;
	struct brief_training training;
	struct brief_past *past; /* newest first */
	size_t n_past;
	char *note;
	struct brief_run_note *run_notes; /* with notes only, newest first */
	size_t n_run_notes;
};

/* What the brief is made of, as the advice API gives it: the advice knead
 * next prints, the triage's picture of the soreness, the load figures and
 * daily loads, and each race's no-deep-tissue window.  collect.c is the
 * only file that calls the advice engine: switching the brief to another
 * plan is a change there. */
struct brief_facts {
	const struct history *h;
	wtime now;
	struct advice advice;	 /* advice_next(h, now): the gated plan */
	const struct sore_state *sore; /* the plan's (advice.sore): not owned */
	size_t n_sore;
	struct advice_flag *flags; /* advice_flags(h, today): every open flag, owned */
	size_t n_flags;
	/* brief_facts_gate_day: the plan's session moved to `day` and passed
	 * through the gate again (advice_gate), for --for. */
	bool has_day;
	dayno day;
	enum massage_kind day_kind;
	bool day_light;
	bool has_acwr; /* the load figures' ratio */
	double acwr;
	double daily[BRIEF_TRAINING_WEEKS * 7]; /* session loads, oldest first */
	enum phase phase;
	/* Per race of h (same index): its no-deep-tissue window, if any. */
	bool *race_window;
	dayno *window_from, *window_to;
};

/* The facts at `now` from a loaded history (advice_history_load's window).
 * Pure.  brief_facts_clear() them. */
void brief_facts_gather(const struct history *h, wtime now, struct brief_facts *f);
/* The kind and pressure the gate allows for the plan's session on `day`
 * (a day the runner chose: --for), into f->day_kind and f->day_light. */
void brief_facts_gate_day(struct brief_facts *f, dayno day);
void brief_facts_clear(struct brief_facts *f);

/* The brief from its facts.  Pure, and it calls no advice function. */
void brief_build(const struct brief_facts *f, const struct brief_options *opt, struct brief *out);

/* brief_facts_gather then brief_build. */
void brief_from_history(const struct history *h, wtime now, const struct brief_options *opt,
			struct brief *out);

/* The one place the brief reads its facts from the store: the history
 * knead next reads at `now` (advice_history_load), then brief_from_history.
 * st NULL: nothing logged.  A --for day before today is
 * KNEAD_ERROR_INVALID. */
bool brief_collect(struct store *st, const struct config *cfg, wtime now,
		   const struct brief_options *opt, struct brief *out, GError **err);

void brief_clear(struct brief *b);

/* The region of `b` at region and side, or NULL. */
const struct brief_region *brief_find_region(const struct brief *b, enum region r, enum side s);

/* ---- rendering (render.c): translated with the current catalogue ------- */

enum brief_format { BRIEF_TEXT, BRIEF_MARKDOWN, BRIEF_HTML };
/* Plain text for an e-mail. */
#define BRIEF_TEXT_WIDTH 72
/* "text", "markdown", "html". */
bool brief_format_from_id(const char *s, enum brief_format *out);

/* The brief as plain text wrapped at `width` columns (72 for an e-mail),
 * Markdown or a self-contained HTML page.  g_free() it. */
char *brief_render(const struct brief *b, enum brief_format fmt, int width);
/* The same content as data (knead brief --json, doc/contract.md). */
struct json_writer;
struct json_writer *brief_json(const struct brief *b);
/* "Massage on 2026-05-12: brief from knead", the e-mail's subject. */
char *brief_subject(const struct brief *b);

#endif

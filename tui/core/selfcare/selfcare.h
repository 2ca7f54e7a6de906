/* SPDX-License-Identifier: GPL-3.0-or-later */
/* selfcare.h - what a runner can do for their legs between two massages
 * (knead plan, the Today screen's "Tonight" panel).
 *
 * A pure function of the history and now, in two steps:
 *
 * 1. selfcare_inputs_from_history() (inputs.c, the one adapter) reads what
 *    the plan needs from the advice's public API: each region's effective
 *    level (advice_effective_level), the open flags (advice_flags: they
 *    last until the region is logged at 0 or an assessment clears it) and
 *    their segment (advice_regions_neighbours), the phase, the races and
 *    the hard efforts of today and yesterday.
 * 2. selfcare_plan() runs the table of rules below, in order, over those
 *    inputs.  Each rule is one function of selfcare.c; `rules` in the plan
 *    lists the ids of those that added, removed or changed something.
 *
 * Every item is no stronger than shared/facts.md ("Self-care between
 * sessions") grades it, and names its source by author and year:
 *
 * flagged     A flagged region (advice.h, Triage): relative rest and an
 *             assessment by a physiotherapist or doctor; nothing else on it
 *             nor on its segment (advice_regions_neighbours), no rolling,
 *             pressure or stretching into pain.  Notes name the sore
 *             regions left out for lying next to it, and, with a flag on
 *             the legs and a race in the next SELFCARE_PRE_RACE_DAYS days,
 *             leave whether to start to the physiotherapist or doctor.
 * cold-water  A race today (a race of the calendar, or a run of kind race),
 *             outside the training phases (base, build, peak): cold water
 *             for the legs tonight.  Moderate evidence against passive rest
 *             (Bleakley 2012), but regular use after training blunted gains
 *             (Roberts 2015): so never through a build.
 * compress    A hard effort today or yesterday: compression garments for
 *             the evening (moderate, Hill 2014; Brown 2017).
 * roll        A sore muscle (counted level SELFCARE_ROLL_LEVEL or more):
 *             roll it tonight, light to moderate pressure, 30-90 s, never
 *             on a bone, a tendon, the front of the shin or a joint
 *             (moderate, Wiewelhove 2019).  Light pressure only from
 *             SELFCARE_LIGHT_LEVEL, and within SELFCARE_PRE_RACE_DAYS days
 *             either side of an A or B race (no deep work then).
 * too-sore    A muscle at SELFCARE_TOO_SORE_LEVEL or more: no roller (even
 *             light pressure hurts there), a note instead, with the injury
 *             sign of facts.md: pain that does not ease day by day is
 *             assessed.
 * massaged    A region worked in a massage today, or in deep work (deep
 *             tissue, myofascial, trigger point) yesterday: not rolled
 *             tonight, a note says so (practice: the therapist's work is
 *             left to settle; no claim beyond that).  A session logged
 *             without regions counts as worked all over.
 * no-roll     A sore region that is not a muscle one can roll (a tendon,
 *             bone, joint or band: see the region table of selfcare.c):
 *             no rolling there, easy movement instead (practice).
 * easy-move   The day after a hard effort, or sore legs, nothing flagged on
 *             the lower body: easy movement tomorrow morning (practice, low
 *             risk, little trial evidence).  Never when tomorrow morning is
 *             a race: the race is the outing (the no-roll item, a walk, goes too).
 * sleep       Whenever there is a plan: a full night (well supported as a
 *             base for recovery in general, Fullagar 2015; no claim about
 *             soreness).
 * pre-race    In the SELFCARE_PRE_RACE_DAYS days before an A or B race,
 *             nothing new: rolling, compression and cold water only when the
 *             runner already does them (habit), else they leave the plan.
 * no-stretch  A note, never an item: stretching does not ease soreness
 *             (strong, Herbert 2011); for range of motion only.
 * medication  A note when a region is flagged or at SELFCARE_HIGH_LEVEL or
 *             more: medication is not ours to advise, ask a pharmacist or
 *             doctor.
 */
#ifndef KNEAD_SELFCARE_H
#define KNEAD_SELFCARE_H

#include <stdbool.h>
#include <stddef.h>
#include "core/model.h"
#include "core/advice/phase.h"
#include "core/settings.h"
#include "core/store/selfcare_done.h"
#include "core/store/store.h"

#define SELFCARE_ROLL_LEVEL 3	  /* a muscle this sore is rolled */
#define SELFCARE_LIGHT_LEVEL 6	  /* ... with light pressure only from here */
#define SELFCARE_HIGH_LEVEL 6	  /* the medication note from here */
#define SELFCARE_TOO_SORE_LEVEL 8 /* no roller at all from here, a note instead */
#define SELFCARE_MOVE_LEVEL 3	  /* sore legs this much: easy movement */
#define SELFCARE_PRE_RACE_DAYS 2  /* nothing new this many days before A/B */
#define SELFCARE_HABIT_DAYS 28	  /* done within this many days: a habit */
#define SELFCARE_WEEK_DAYS 7	  /* "this week" in the reasons */
#define SELFCARE_MAX_RULES 16
/* A marathon or longer, as the after-marathon article and the articles'
 * ranking (RANK_LONG_RACE_METRES) read it. */
#define SELFCARE_LONG_RACE_M 41000.0

enum selfcare_action {
	SELFCARE_ROLL,
	SELFCARE_COMPRESS,
	SELFCARE_MOVE,
	SELFCARE_COLD_WATER,
	SELFCARE_REST,
	SELFCARE_SLEEP,
	SELFCARE_ACTION_COUNT
};

enum selfcare_when {
	SELFCARE_TONIGHT,
	SELFCARE_TOMORROW_MORNING,
	SELFCARE_UNTIL_ASSESSED,
	SELFCARE_WHEN_COUNT
};

/* facts.md's grades. */
enum selfcare_evidence {
	SELFCARE_EV_STRONG,	    /* a Cochrane review */
	SELFCARE_EV_WELL_SUPPORTED, /* reviews agree */
	SELFCARE_EV_MODERATE,	    /* meta-analyses, small effects */
	SELFCARE_EV_PRACTICE,	    /* what practitioners do, little trial evidence */
	SELFCARE_EV_SAFETY,	    /* injury signs: assessment first */
	SELFCARE_EV_COUNT
};

const char *selfcare_action_id(enum selfcare_action a);	      /* "cold-water" */
const char *selfcare_action_name(enum selfcare_action a);     /* translated */
const char *selfcare_when_id(enum selfcare_when w);	      /* "tomorrow-morning" */
const char *selfcare_when_name(enum selfcare_when w);	      /* translated */
const char *selfcare_evidence_id(enum selfcare_evidence e);   /* "moderate" */
const char *selfcare_evidence_name(enum selfcare_evidence e); /* translated */

/* One region and side as the plan reads it. */
struct selfcare_sore {
	enum region region;
	enum side side;
	int level; /* advice_effective_level: stale entries count less */
	bool flagged; /* an open flag (advice_flags), current or not */
};

/* Everything the rules read: filled by selfcare_inputs_from_history(), or
 * by hand in tests. */
struct selfcare_inputs {
	dayno today;
	enum phase phase;
	struct selfcare_sore *sore; /* current, counted above 0; owned */
	size_t n_sore;
	/* A flagged region-side, or one of its segment
	 * (advice_regions_neighbours): [region][side]; a region without
	 * sides uses SIDE_NONE. */
	bool blocked[REGION_COUNT][3];
	/* Worked in a massage today, or in deep work yesterday: [region][side]
	 * as `blocked`. */
	bool massaged[REGION_COUNT][3];
	bool race_today;    /* a race (any priority) today */
	bool race_tomorrow; /* a race (any priority) tomorrow: no morning outing */
	/* Within SELFCARE_PRE_RACE_DAYS days either side of an A or B race:
	 * no deep work (facts.md), so light pressure only. */
	bool near_key_race;
	bool long_race;	 /* a marathon or longer today or yesterday */
	bool hard_today; /* a race, long, tempo or interval run, or RPE 7+ */
	bool hard_yesterday;
	int days_to_key_race; /* the next A or B race, -1 when none */
	/* Done (ticked) within SELFCARE_HABIT_DAYS: not new to this runner. */
	bool habit[SELFCARE_ACTION_COUNT];
	char **done_today; /* the ids of today's items ticked; owned, or NULL */
	/* For the reasons: evenings a region was rolled in the
	 * SELFCARE_WEEK_DAYS days before today, and its first level logged
	 * since the first of them (-1: none). */
	int rolled_days[REGION_COUNT][3];
	int week_from[REGION_COUNT][3];
};

void selfcare_inputs_clear(struct selfcare_inputs *in);

struct selfcare_item {
	char id[48];	  /* "roll-calf-right": stable for a day */
	const char *rule; /* the rule that made it */
	enum selfcare_action action;
	bool has_region; /* false: the whole body, or both legs */
	enum region region;
	enum side side; /* SIDE_NONE: both sides, or a region without */
	int level;	/* the region's counted level, 0 without region */
	enum selfcare_when when;
	char *dose; /* translated, owned */
	char *why;  /* translated, owned: one line */
	enum selfcare_evidence evidence;
	const char *source;  /* "Wiewelhove 2019", or NULL */
	const char *article; /* the slug of the article that explains it */
	bool done;	     /* ticked today */
};

/* What the plan says without asking anything to be done. */
struct selfcare_note {
	const char *rule;
	char *text; /* translated, owned */
	enum selfcare_evidence evidence;
	const char *source; /* or NULL */
	const char *article;
};

struct selfcare_plan {
	dayno today;
	struct selfcare_item *items; /* in the order to show them */
	size_t n_items;
	struct selfcare_note *notes;
	size_t n_notes;
	const char *rules[SELFCARE_MAX_RULES];
	size_t n_rules;
};

/* The plan for `in`.  Always succeeds (an empty plan when nothing is
 * sore and nothing was hard). */
void selfcare_plan(const struct selfcare_inputs *in, struct selfcare_plan *out);
void selfcare_plan_clear(struct selfcare_plan *p);

/* The one adapter (inputs.c): the inputs at `now` from a history loaded
 * for the advice (advice_history_load) and the ticks of the last
 * SELFCARE_HABIT_DAYS days (may be NULL, 0). */
void selfcare_inputs_from_history(const struct history *h, const struct selfcare_tick *ticks,
				  size_t n_ticks, wtime now, struct selfcare_inputs *in);

/* Both steps. */
void selfcare_plan_from_history(const struct history *h, const struct selfcare_tick *ticks,
				size_t n_ticks, wtime now, struct selfcare_plan *out);

/* From the store (store.c of this wing): the history and the ticks, then
 * the plan at `now`.  st NULL: nothing logged yet, an empty plan. */
bool selfcare_load(struct store *st, const struct config *cfg, wtime now, struct selfcare_plan *out,
		   GError **err);
/* Ticks item `id` of plan p (p->today) at `now`; *added is false when it
 * was already done.  An id that is not in the plan is KNEAD_ERROR_INVALID,
 * naming it and the ids there are. */
bool selfcare_mark_done(struct store *st, const struct selfcare_plan *p, const char *id, wtime now,
			bool *added, GError **err);

/* Whether self-care may touch r on side s (SIDE_NONE on a region with
 * sides: both sides). */
bool selfcare_blocked(const struct selfcare_inputs *in, enum region r, enum side s);
/* Worked in a recent massage (see `massaged`); SIDE_NONE: either side. */
bool selfcare_massaged(const struct selfcare_inputs *in, enum region r, enum side s);

/* Whether the plan ever rolls r: muscles only (selfcare.c's table). */
bool selfcare_region_rollable(enum region r);

/* A rule's translated name from its id. */
const char *selfcare_rule_name(const char *id);

/* The item's region and side ("left calf", "calf (both sides)"), NULL
 * for an item on the whole body.  g_free() it. */
char *selfcare_item_place(const struct selfcare_item *it);

/* The item with this id, or NULL. */
const struct selfcare_item *selfcare_plan_find(const struct selfcare_plan *p, const char *id);

#endif

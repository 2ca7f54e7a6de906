/* SPDX-License-Identifier: GPL-3.0-or-later */
/* advice.h - the next massage (knead next) and the picture of the runner
 * (knead status).
 *
 * Pure functions: they read a struct history loaded with
 * store_history_load(st, advice_history_from(today), ...) and a `now`, and
 * never do I/O.  advice_next is a driver over a table of rules, each a
 * function of advice.c applied in this order; `rules` in the answer lists
 * the ids of those that changed it (date, kind, urgency, focus or avoid):
 *
 * triage      Flagged regions (see Triage below) leave the focus and are
 *             named in see_professional (and next --json's "avoid"), with a
 *             reason, and so do the regions of their segment
 *             (advice_regions_neighbours); every flag not yet assessed adds:
 *             ease off running until it is assessed (every region knead
 *             knows is on the legs or the back).
 * rhythm      Regular bodywork: a session every ADVICE_INTERVAL_* days after
 *             the last one, by phase and weekly volume (the table below).
 *             Never massaged: a first session within
 *             ADVICE_FIRST_SESSION_DAYS.
 * load        The load figures as reasons, never a date by themselves: the
 *             ratio is one disputed trend (Impellizzeri 2020).  A load spike
 *             (ACWR >= LOAD_ACWR_SPIKE where the ratio means something, see
 *             load.h) leads the reasons with "hold or reduce the load", the
 *             massage second.  A return after ADVICE_COMEBACK_GAP_DAYS or
 *             more without a run, within the last ADVICE_COMEBACK_RECENT_DAYS,
 *             gets the comeback advice.  Runs estimated from heart rate or
 *             kind, a history too short for fitness, a ratio withheld after a
 *             break and a monotony above LOAD_MONOTONY_HIGH are said.
 * soreness    A region at ADVICE_LEVEL_HIGH (6) or more brings the date to
 *             today, at ADVICE_LEVEL_RAISED (4) or 5 within
 *             ADVICE_RAISED_WITHIN_DAYS (unless a session came fewer than
 *             ADVICE_RAISED_AFTER_SESSION_DAYS ago: it fades first).  A runner with no massage logged and
 *             a region at ADVICE_LEVEL_SORE (3) or more is told a short series
 *             does more than one session.  Levels are the counted ones: a
 *             level last logged ADVICE_STALE_DAYS (3) days ago counts 1 less,
 *             4 days ago 2 less, and so on; the reasons say so.
 * long-run    A long run for this runner (run_is_long, baseline.h: a race,
 *             or clearly longer than their usual run) yesterday or today,
 *             with no massage since, earns a light flush only when the
 *             regular session is due within ADVICE_FOLD_DAYS anyway (it
 *             becomes that session), or after an A or B race, a race of a
 *             half marathon or more, or a run ADVICE_EXCEPTIONAL_FACTOR
 *             times the longest of the 8 weeks before: then a light flush
 *             today, or tomorrow when the last session was yesterday (never
 *             two days in a row; only the flush after a race may follow the
 *             day after a session).
 * race-flush  A race of the calendar today or yesterday with no massage
 *             since: a light flush today (after the finish); a priority C
 *             race shorter than a half marathon only when the regular
 *             session is due within ADVICE_FOLD_DAYS.
 * race-recovery  After an A or B race, a session ADVICE_RECOVERY_DAYS_* days
 *             after it by distance (10 km 3, half 4, marathon 5, longer 7),
 *             unless soreness already brought it sooner (after the race's
 *             flush, only soreness at ADVICE_LEVEL_HIGH does); nothing but a
 *             light flush before that day (rule deep-near-race).
 * c-race      A priority C race in the next ADVICE_C_RACE_NAMED_DAYS days is
 *             named in the reasons: no window, a light flush after it.
 * minimum-gap A session other than a light flush comes at least
 *             ADVICE_MIN_GAP_DAYS after the last one (the long-run rule keeps
 *             the same gap for its flush, except after a race).
 * kind        The kind follows the first focus region: myofascial release for
 *             the IT band and hip flexors, deep tissue for the piriformis (at
 *             3 or more); trigger point for a local knot (a muscle at 4 or
 *             more, every other region at least ADVICE_KNOT_MARGIN below it);
 *             never any of these three when a focus region is at
 *             ADVICE_LEVEL_SEVERE (7) or more (a sports massage instead);
 *             sports massage for general load (on calves, hamstrings and
 *             glutes when nothing is sore, leaving out flagged regions); a
 *             relaxation massage when the runner is not training and nothing
 *             is sore.
 * race-window No deep tissue, myofascial or trigger point from
 *             ADVICE_WINDOW_BEFORE_DAYS before to ADVICE_WINDOW_DAYS after an
 *             A or B race: a date inside such a window becomes a flush (relaxation
 *             when nothing is sore), except a routine date for deep work,
 *             which moves to the day after the window.
 * deep-near-race  From ADVICE_DEEP_LEAD_IN_DAYS (7) to 3 days before an A or
 *             B race, deep work is only kept for a runner who has had it
 *             before, and never 3 days before (practitioners: deep work no
 *             later than 4-7 days before, never for the first time then).
 *             After one, a session before the race-recovery day is a light
 *             flush.
 * booking     The soonest massage dated after today is a booking: it is the
 *             answer (date and kind) when it comes no later than the
 *             suggestion, or within ADVICE_BOOKING_SLACK_DAYS after a routine
 *             one (a day after an urgent one, never after a light flush); a
 *             booking on a flagged region gets booking_warning (a booking
 *             that breaks a race rule gets it from the gate, below).
 * race-day    A date on the day of any race: nothing before the start, a
 *             light flush after the finish (a booking stays, with a word),
 *             and never overdue.
 * The date is never before today.  Urgency: overdue when the rhythm's date
 * has passed and the session is today (never on race day, nor for a light
 * flush after a long run or a race), due today or
 * tomorrow, soon within ADVICE_SOON_DAYS, routine after that; at most soon
 * in the 6 days before an A or B race.
 *
 * Triage (advice_sore.c): the history is read day by day, and on each day
 * with an entry above 0 a region is flagged when an entry of the 7 days up
 * to it is marked sharp (any level); when it rose for a week (below); when
 * it was at 7 or more on 3 of those 7 days, unless the other side was as
 * sore within a day and a run came in the 3 days before (delayed onset
 * soreness after a shared effort); when it rose by ADVICE_JUMP_LEVELS (4) or
 * more within ADVICE_JUMP_DAYS (2), or the first entry of a spell (nothing
 * above 0 in the 7 days before) was at ADVICE_SUDDEN_LEVEL (8) or more, on
 * this side only or on the midline (lower and upper back); when one side
 * stayed at ADVICE_LEVEL_RAISED or more for more than ADVICE_PERSISTENT_DAYS
 * with the other side below it; and when it had ADVICE_RESPONSE_SESSIONS
 * sessions in ADVICE_RESPONSE_DAYS (a massage naming it, or naming no
 * region) without dropping ADVICE_RESPONSE_DROP points (not responding).
 * For the sudden signs a day counts its highest entry.  "This side only":
 * the other side was not within ADVICE_BOTH_SIDES_MARGIN levels of it within
 * a day.  A flag lasts until the region is logged at 0 or an assessment
 * clears it (struct assessment, knead log assessed --cleared); an assessment
 * that does not clear it ends the referral (assessed) but keeps massage off
 * the region.
 *
 * Soreness: a region's level on a day is its last entry that day; its
 * current level is the level of its last entry in the last 7 days.  Its
 * trend compares that level with the mean of the levels of the 7 days
 * before it: worsening (+1 or more), improving (-1 or less), steady, or new
 * (nothing before).  Rising for a week: 4 or more entries in the last 8
 * days spanning at least 6 days, each no more than 1 below the highest so
 * far, the last at 4 or more and 2 or more above the first.
 */
/* For other wings (the self-care plan, the therapist's brief, ...): read
 * only these, so that nothing contradicts what `knead next` says.
 *
 *   advice_next()               the gated plan: every proposal has passed
 *                               advice_gate() (The gate, below)
 *   advice_flags()              the open flags: no massage and no
 *                               self-treatment on them or their segment
 *   advice_regions_neighbours() whether two regions share a segment
 *   advice_effective_level()    the level of a region every surface shows
 *   advice_level_text()         that level as "4 → 2/10 (4 days old)"
 */
#ifndef KNEAD_ADVICE_H
#define KNEAD_ADVICE_H

#include <stdbool.h>
#include <stddef.h>
#include "core/model.h"
#include "core/advice/load.h"
#include "core/advice/phase.h"

/* How many days back the history must reach: the load figures' window. */
#define ADVICE_HISTORY_DAYS LOAD_HISTORY_DAYS
/* no_deep_tissue lists the windows that touch the next six weeks. */
#define ADVICE_HORIZON_DAYS 42
/* Days after an A or B race without deep work ... */
#define ADVICE_WINDOW_DAYS 2
/* ... and days before it. */
#define ADVICE_WINDOW_BEFORE_DAYS 3
/* The race window of race `r`: no deep work from *from to *to (both
 * included), ADVICE_WINDOW_BEFORE_DAYS before its day to ADVICE_WINDOW_DAYS
 * after.  False, and nothing set, for a race that is not a key race (A or
 * B), which has none.  The advice's no_deep_tissue list, the gate, the
 * brief and the reminders (what is due and when to wake) all take the
 * window from here. */
bool advice_race_window(const struct race *r, dayno *from, dayno *to);
/* The first key race whose window holds day `d`, or NULL. */
const struct race *advice_race_window_at(const struct history *h, dayno d);
/* A sports massage this many days before an A or B race: light pressure. */
#define ADVICE_LIGHT_BEFORE_DAYS 6
/* Soreness older than this is no longer current (DOMS is gone in 5-7 days). */
#define ADVICE_SORE_DAYS 7
/* The focus list holds at most this many regions. */
#define ADVICE_MAX_FOCUS 6

/* ---- thresholds: every number the rules use ---------------------------- */

/* Soreness is read over this many days: 7 current ones and 7 for the trend. */
#define ADVICE_SORE_SPAN 14
#define ADVICE_LEVEL_HIGH 6	  /* a session today */
#define ADVICE_LEVEL_RAISED 4	  /* a session soon; a local knot */
#define ADVICE_LEVEL_SORE 3	  /* region-led kinds; the never-massaged series */
#define ADVICE_LEVEL_SEVERE 7	  /* see_professional when it lasts */
#define ADVICE_SEVERE_DAYS 3	  /* days at ADVICE_LEVEL_SEVERE in the last 7 */
#define ADVICE_RISE_ENTRIES 4	  /* entries of a week-long rise */
#define ADVICE_RISE_SPAN_DAYS 6	  /* days a week-long rise spans at least */
#define ADVICE_RISE_MIN 2	  /* how much a week-long rise gains */
#define ADVICE_KNOT_MARGIN 3	  /* a knot is this much worse than every other region */
#define ADVICE_TREND_WEIGHT 1.5	  /* focus order: a trend is worth this many levels */
#define ADVICE_MIN_GAP_DAYS 2	  /* between two sessions other than a flush */
#define ADVICE_FIRST_SESSION_DAYS 3 /* never massaged: a first session within */
#define ADVICE_EMPTY_DAYS 7	  /* nothing logged: a session in a week */
#define ADVICE_RAISED_WITHIN_DAYS 2 /* raised soreness brings the session within */
#define ADVICE_RAISED_AFTER_SESSION_DAYS 4 /* ... unless a session came fewer days ago */
#define ADVICE_SERIES_WITHIN_DAYS 2 /* the first of a series comes within */
#define ADVICE_DEEP_LEAD_IN_DAYS 7 /* first-time deep work refused from this many days before */
#define ADVICE_SOON_DAYS 6	  /* urgency "soon" up to this many days ahead */
#define ADVICE_COMEBACK_GAP_DAYS 14 /* days without a run that make a comeback */
#define ADVICE_COMEBACK_RECENT_DAYS 21 /* ... when it ended this recently */
#define ADVICE_SHARP_LEVEL 1	  /* a sharp entry at this level flags its region */
#define ADVICE_PERSISTENT_DAYS 7  /* one side at 4 or more for more than this: flagged */
#define ADVICE_RESPONSE_DAYS 21	  /* sessions on a region within this many days ... */
#define ADVICE_RESPONSE_SESSIONS 3 /* ... this many of them ... */
#define ADVICE_RESPONSE_DROP 2	  /* ... and no drop this big: not responding */
#define ADVICE_SUDDEN_LEVEL 8	  /* a first entry at this level, one side: flagged */
#define ADVICE_JUMP_LEVELS 4	  /* a rise this big ... */
#define ADVICE_JUMP_DAYS 2	  /* ... within this many days, one side: flagged */
#define ADVICE_NEW_SPELL_DAYS 7	  /* a first entry: nothing above 0 this many days before */
#define ADVICE_BOTH_SIDES_MARGIN 2 /* the other side this close within a day: both sides */
#define ADVICE_DOMS_ONSET_DAYS 3  /* both sides, a run this recently: soreness, not a flag */
#define ADVICE_STALE_DAYS 3	  /* a level not updated this long counts less */
#define ADVICE_RACE_10K_M 10500	  /* races up to this far ... */
#define ADVICE_RECOVERY_DAYS_10K 3 /* ... get this many days of recovery */
#define ADVICE_RACE_HALF_M 21500
#define ADVICE_RECOVERY_DAYS_HALF 4
#define ADVICE_RACE_MARATHON_M 42500
#define ADVICE_RECOVERY_DAYS_MARATHON 5
#define ADVICE_RECOVERY_DAYS_ULTRA 7 /* beyond a marathon */
#define ADVICE_C_RACE_NAMED_DAYS 7 /* a C race this close is named in the reasons */
#define ADVICE_FOLD_DAYS 1	  /* a long run's flush when the regular session is this close */
#define ADVICE_EXCEPTIONAL_FACTOR 1.25 /* a run this much longer than the longest of 8 weeks */
#define ADVICE_BOOKING_SLACK_DAYS 3 /* a routine session waits this long for a booking */
/* The most rules an answer can name. */
#define ADVICE_MAX_RULES 16

/* The rhythm: days between two sessions by phase and by the runner's weekly
 * volume (baseline_week_km, the average of the last 4 weeks).  More
 * kilometres load the tissue more, so the sessions come closer: a
 * 9 km/week beginner in base training every 24 days, a 150 km/week ultra
 * runner every 10.
 *
 *                  under 20 km   20-59 km   60-99 km   100 km or more
 *   base                24          18         14           10
 *   build               18          14         11            9
 *   peak, taper         14          10          8            7
 *   race week            7           7          7            7
 *   recovery            14          10          8            7
 *   not training        28          28         28           28
 */
#define ADVICE_VOLUME_BANDS 4
#define ADVICE_VOLUME_MODERATE_KM 20.0
#define ADVICE_VOLUME_HIGH_KM 60.0
#define ADVICE_VOLUME_VERY_HIGH_KM 100.0
#define ADVICE_INTERVAL_NONE { 28, 28, 28, 28 }
#define ADVICE_INTERVAL_BASE { 24, 18, 14, 10 }
#define ADVICE_INTERVAL_BUILD { 18, 14, 11, 9 }
#define ADVICE_INTERVAL_PEAK { 14, 10, 8, 7 }
#define ADVICE_INTERVAL_TAPER { 14, 10, 8, 7 }
#define ADVICE_INTERVAL_RACE_WEEK { 7, 7, 7, 7 }
#define ADVICE_INTERVAL_RECOVERY { 14, 10, 8, 7 }

/* The days between two sessions in phase p at week_km a week (the table
 * above). */
int advice_interval(enum phase p, double week_km);

/* The first day store_history_load must read for advice on `today`. */
dayno advice_history_from(dayno today);

enum urgency { URGENCY_OVERDUE, URGENCY_DUE, URGENCY_SOON, URGENCY_ROUTINE, URGENCY_COUNT };
const char *urgency_id(enum urgency u);	  /* "overdue", ... */
const char *urgency_name(enum urgency u); /* translated */

enum sore_trend { TREND_NEW, TREND_WORSENING, TREND_STEADY, TREND_IMPROVING, TREND_COUNT };
const char *sore_trend_id(enum sore_trend t);	/* "worsening", ... */
const char *sore_trend_name(enum sore_trend t); /* translated */

/* Why a region is flagged (see a professional, no massage on it). */
enum sore_flag {
	SORE_FLAG_NONE,
	SORE_FLAG_SHARP,   /* an entry marked sharp at ADVICE_SHARP_LEVEL or more */
	SORE_FLAG_RISING,  /* rose for 5 days or more */
	SORE_FLAG_SEVERE,  /* at 7 or more on 3 of the last 7 days */
	SORE_FLAG_JUMP,	   /* rose by 4 or more within 2 days, on one side */
	SORE_FLAG_SUDDEN,  /* a first entry at 8 or more, on one side or the midline */
	SORE_FLAG_PERSISTENT, /* one side at 4 or more for more than 7 days */
	SORE_FLAG_NOT_RESPONDING, /* 3 sessions in 21 days without a drop of 2 */
	SORE_FLAG_COUNT
};
const char *sore_flag_id(enum sore_flag f); /* "sharp", ... (the JSON "why") */

/* One region and side as the soreness entries of the last 14 days show it. */
struct sore_state {
	enum region region;
	enum side side;
	int level;	     /* the level of its last entry */
	dayno last_day;	     /* the day of that entry */
	bool current;	     /* that entry is within the last ADVICE_SORE_DAYS days */
	enum sore_trend trend;
	double change;	     /* level minus the mean of the 7 days before it */
	bool refer;	     /* flagged: a physiotherapist's question (see above) */
	bool rising;	     /* flagged because it rose for a week */
	int refer_days;	     /* days at 7 or more, days the rise spans, or days
			      * since the entry that flagged it */
	enum sore_flag flag; /* SORE_FLAG_NONE unless refer */
	int flag_level;	     /* the level of the entry that flagged it */
	int flag_from;	     /* SORE_FLAG_JUMP: the level it rose from ... */
	int flag_span;	     /* ... within this many days */
	dayno flag_day;	     /* the day of the entry that flagged it */
	bool stale;	     /* current, above 0, not updated for ADVICE_STALE_DAYS */
	int counted;	     /* the effective level: less when stale, 0 when not current */
	int flag_sessions;   /* SORE_FLAG_NOT_RESPONDING: sessions in 21 days */
	bool assessed;	     /* flagged, and a professional has looked without
			      * clearing it: no massage there, no referral */
	dayno assessed_day;
};

/* The soreness picture on `today`, in region then side order.  g_free()
 * the array. */
struct sore_state *advice_soreness(const struct history *h, dayno today, size_t *n);

/* ---- the public reading, for every surface and wing --------------------- */

/* The effective level of a region and side on `today`: its last level,
 * less 1 a day from ADVICE_STALE_DAYS days without an entry, 0 once older
 * than ADVICE_SORE_DAYS.  Every surface shows this one. */
int advice_effective_level(const struct history *h, dayno today, enum region r, enum side s);
/* The same from a level and its age in days. */
int advice_decayed_level(int level, int age_days);
/* "4/10", for a stale entry "4 → 2/10 (5 days old)", for one no longer
 * current "4/10 (9 days old)".  g_free() it. */
char *advice_level_text(const struct sore_state *s, dayno today);

/* An open flag: a region for a professional, with no massage and no
 * self-treatment on it or its segment. */
struct advice_flag {
	enum region region;
	enum side side;
	enum sore_flag why;
	dayno since;   /* the day of the entry that flagged it */
	int level;     /* its last level */
	bool assessed; /* seen by a professional, not cleared for massage */
};
/* The open flags on `today`, in region then side order.  g_free() it. */
struct advice_flag *advice_flags(const struct history *h, dayno today, size_t *n);
/* Whether work on region a (side sa) presses on region b (side sb): the
 * same segment (lower leg: calf, soleus, Achilles, shin, foot; front of the
 * thigh: knee, quadriceps, IT band, hip flexors; back of the hip:
 * hamstrings, glutes, piriformis; back: lower and upper back), the same leg
 * or a region named for both.  A region is its own neighbour. */
bool advice_regions_neighbours(enum region a, enum side sa, enum region b, enum side sb);
/* Lower and upper back: no sides, so the one-sided signs apply as such. */
bool advice_region_is_midline(enum region r);

struct advice_focus {
	enum region region;
	enum side side; /* SIDE_NONE: both sides, or a region without sides */
	int level;	/* the level counted (a stale entry counts less) */
	enum sore_trend trend;
	int logged;	/* the level of its last entry */
	dayno last_day; /* the day of that entry */
};

struct advice_window {
	dayno from, to;
	dayno race_date;
	char *race; /* the race's name, owned */
	char priority;
};

/* A flagged region: in see_professional and in avoid (next --json). */
struct advice_referral {
	enum region region;
	enum side side;
	int level;
	int days;   /* see sore_state.refer_days */
	bool rising; /* referred for getting worse */
	enum sore_flag why;
	dayno since;   /* the day of the entry that flagged it */
	bool assessed; /* seen, not cleared: no massage there, no referral */
};

struct advice {
	dayno today;
	dayno date;
	enum massage_kind kind;
	enum urgency urgency;
	enum phase phase;
	bool has_last_massage;
	dayno last_massage;
	bool suggest_series; /* never massaged and sore: a short series */
	struct advice_focus *focus;
	size_t n_focus;
	struct advice_window *windows;
	size_t n_windows;
	struct advice_referral *see_professional;
	size_t n_see_professional;
	char **reasons; /* NULL-terminated, translated sentences */
	bool booking_replaces; /* the booked session is the answer (date, kind) */
	char *booking_warning; /* translated, or NULL: a booking to talk over */
	bool has_booking;      /* a session booked after today: */
	dayno booked_date;
	enum massage_kind booked_kind;
	struct region_side *booked_regions; /* owned */
	size_t n_booked_regions;
	const char *rules[ADVICE_MAX_RULES]; /* ids of the rules that changed it */
	size_t n_rules;
	/* The rest of the plan, as the gate leaves it. */
	bool light_pressure;	      /* a sports massage at light pressure */
	enum massage_kind booked_safe_kind; /* the kind the booking may be */
	bool booked_light;	      /* ... at light pressure */
	bool has_follow_up;	      /* "X can follow in N to M days" */
	enum massage_kind follow_kind;
	enum region follow_region;
	enum side follow_side;
	int follow_from, follow_to;   /* days after date */
	/* The soreness as the rules read it today (advice_soreness()): every
	 * region logged, current or not, so that a reader of the plan (the
	 * articles' ranking) does not read it a second time.  Owned. */
	struct sore_state *sore;
	size_t n_sore;
};

/* The referral after `prev` (NULL: the first) that is still open, i.e. not
 * assessed: what the headline and Today's card name.  NULL after the last. */
const struct advice_referral *advice_open_referral(const struct advice *a,
						   const struct advice_referral *prev);

/* The next massage at `now`.  Always succeeds: an empty history gets a
 * routine suggestion. */
void advice_next(const struct history *h, wtime now, struct advice *out);
void advice_clear(struct advice *a);
/* A rule's translated name from its id; "triage, long run" for the rules
 * that shaped `a`; the booked session's regions ("left calf, glutes") or
 * NULL when none are named.  g_free() the strings. */
const char *advice_rule_name(const char *id);
char *advice_rules_text(const struct advice *a);
char *advice_booked_regions(const struct advice *a);

/* Everything knead status shows. */
struct status {
	dayno today;
	struct load_figures load;
	enum phase phase;
	bool has_race;		/* the key race */
	dayno race_date;
	char *race_name;	/* owned */
	double race_distance_m;
	char race_priority;
	int days_to_race;
	bool has_last_massage;
	dayno last_massage;
	struct sore_state *soreness; /* region then side order */
	size_t n_soreness;
};

void status_compute(const struct history *h, wtime now, struct status *out);

/* ---- the gate ------------------------------------------------------------
 *
 * advice_next ends with advice_gate: every proposal of the plan (the
 * session, the follow-up it mentions, the booking it shows, and so what
 * reminders and the .ics export say) passes these rules, each named in
 * `rules` by its id when it changed something:
 *
 * race-window-gate  No deep work (deep tissue, myofascial release, trigger
 *             point, a sports massage at full pressure) from
 *             ADVICE_WINDOW_BEFORE_DAYS before to ADVICE_WINDOW_DAYS after
 *             an A or B race: a light flush, or a sports massage at light
 *             pressure.
 * first-deep  No kind of deep work the runner has never had logged from
 *             ADVICE_DEEP_LEAD_IN_DAYS before an A or B race: a sports
 *             massage.
 * flagged-region  No deep work on a flagged region, a region of its segment
 *             (advice_regions_neighbours) or a region at 7 or more; the
 *             focus never names a flagged segment.
 * race-light  A sports massage in the ADVICE_LIGHT_BEFORE_DAYS days before
 *             an A or B race (or the 2 after) is at light pressure, and the
 *             runner tells the therapist the race date.
 * booking-safe  A booking that breaks one of these keeps its date and shows
 *             the safe kind (advice_booked_kind_text: "light flush (booked
 *             as deep tissue: change it or move it)"), with booking_warning.
 * not-responding  A region with ADVICE_RESPONSE_SESSIONS sessions in
 *             ADVICE_RESPONSE_DAYS days and no drop of ADVICE_RESPONSE_DROP
 *             is flagged (triage): no more sessions for it, a referral.
 * A follow-up that would break a rule on any day of its range is dropped,
 * with a reason. */
#define ADVICE_GATE_RACE_WINDOW "race-window-gate"
#define ADVICE_GATE_FIRST_DEEP "first-deep"
#define ADVICE_GATE_FLAGGED "flagged-region"
#define ADVICE_GATE_RACE_LIGHT "race-light"
#define ADVICE_GATE_BOOKING "booking-safe"
#define ADVICE_GATE_NOT_RESPONDING "not-responding"

void advice_gate(const struct history *h, struct advice *a);
/* The translated name of a gate rule, or NULL for another id. */
const char *advice_gate_rule_name(const char *id);
bool advice_kind_is_deep(enum massage_kind k);
/* The kind as every surface says it: "sports massage, light pressure
 * (tell the therapist the race date)" when light.  g_free() it. */
char *advice_kind_text(enum massage_kind kind, bool light);
/* The plan's session as every surface says it, with "(booked as deep
 * tissue: change it or move it)" when a booking was made safe. */
char *advice_plan_kind_text(const struct advice *a);
/* The booking as every surface says it, or NULL without one. */
char *advice_booked_kind_text(const struct advice *a);
void status_clear(struct status *s);

#endif

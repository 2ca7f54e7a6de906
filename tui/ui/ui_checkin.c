/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ui_checkin.c - the daily check-in: today's run, soreness on the body
 * map, and a massage just received.  Saving is one transaction: all of it
 * lands, or (on any error) none of it. */
#include <config.h>

#include <string.h>
#include "core/advice/advice.h"
#include "core/advice/advice_history.h"
#include "core/store/checkin.h"
#include "core/store/change.h"
#include "core/store/journal.h"
#include "core/clock.h"
#include "core/error.h"
#include "core/format.h"
#include "core/i18n.h"
#include "core/regions.h"
#include "core/validate.h"
#include "bodymap.h"
#include "form.h"
#include "ui.h"

/* The day comes first in the order but the cursor starts on the run: most
 * check-ins are for today. */
enum section { SEC_DAY, SEC_RUN, SEC_MAP, SEC_MASSAGE, SEC_COUNT };

/* Effort right after the time: it is asked while the run is fresh, and the
 * kind (easy unless said otherwise) is most often left as it is. */
enum { RUN_DISTANCE, RUN_DURATION, RUN_EFFORT, RUN_KIND, RUN_NOTE };

/* The kinds in the order a runner picks them most often. */
static const enum run_kind kind_order[RUN_KIND_COUNT] = {
	RUN_EASY, RUN_LONG, RUN_RECOVERY, RUN_TEMPO, RUN_INTERVALS, RUN_TRAIL, RUN_RACE,
};
enum { MASSAGE_KIND, MASSAGE_REGIONS, MASSAGE_THERAPIST };

/* The widest the run and massage boxes grow. */
#define CHECKIN_FIELDS_MAX_W 64

struct checkin_screen {
	struct form *day; /* one field: the day checked in for */
	struct form *run;
	struct form *massage;
	struct bodymap map;
	enum section section;
	const char *run_kinds[RUN_KIND_COUNT];
	const char *massage_kinds[MASSAGE_KIND_COUNT + 1]; /* "none" first */
	char *error;	   /* why saving failed */
	struct rect day_r, run_r, map_r, massage_r;
	/* What is already logged on the day shown, edited in place. */
	dayno loaded;		/* the day whose entries the forms hold */
	struct run day_run;	/* its run (id 0: none) */
	int64_t massage_id;	/* its massage, or 0 */
	int64_t sore_id[REGION_COUNT][3]; /* its soreness entries */
	char *logged;		/* "Logged on this day: 1 run, 2 sore regions" */
	char *snapshot;		/* the forms as loaded, to tell a change */
	char *run_snapshot;	/* the run form as loaded */
	char *massage_snapshot;	/* the massage form as loaded */
	bool same_run_ok;	/* the runner said a similar run is a second one */
	/* The run whose implausible pace was asked about, and the one the
	 * runner said is right (distance and duration; 0: none). */
	double pace_asked_m, pace_asked_s, pace_ok_m, pace_ok_s;
};

static struct checkin_screen *state(struct ui *ui)
{
	return ui->state[SCREEN_CHECKIN];
}

static void build_forms(struct ui *ui, struct checkin_screen *c)
{
	for (int k = 0; k < RUN_KIND_COUNT; k++)
		c->run_kinds[k] = run_kind_name(kind_order[k]);
	/* The names beside the label "Massage", in the model's order: the
	 * left column is 31 columns at 80x24, and French names (massage de
	 * récupération léger) do not fit it whole.
	 * TRANSLATORS: a massage kind in the check-in, after the label
	 * "Massage": as short as it reads well (in French: sportif). */
	static const char *const short_names[MASSAGE_KIND_COUNT] = {
		NC_("check-in massage choice", "sports massage"),
		NC_("check-in massage choice", "deep tissue"),
		NC_("check-in massage choice", "myofascial release"),
		NC_("check-in massage choice", "trigger point therapy"),
		NC_("check-in massage choice", "light flush"),
		NC_("check-in massage choice", "relaxation massage"),
	};

	G_STATIC_ASSERT(G_N_ELEMENTS(short_names) == MASSAGE_KIND_COUNT);
	/* TRANSLATORS: the massage choice of the check-in when none was received. */
	c->massage_kinds[0] = _("none today");
	for (int k = 0; k < MASSAGE_KIND_COUNT; k++)
		c->massage_kinds[k + 1] = C_("check-in massage choice", short_names[k]);

	c->day = form_new(ui->cfg->units, ui->today);
	form_add(c->day, _("Day"), FORM_DATE, false);

	c->run = form_new(ui->cfg->units, ui->today);
	form_add(c->run, _("Distance"), FORM_DISTANCE, false);
	form_add(c->run, _("Duration"), FORM_DURATION, false);
	form_add(c->run, _("Effort 1-10"), FORM_RPE, false);
	form_add_choice(c->run, _("Kind"), c->run_kinds, RUN_KIND_COUNT, 0);
	form_add(c->run, _("Note"), FORM_TEXT, false);
	c->run->fields[RUN_DISTANCE].hint = ui->cfg->units == UNIT_MI ? _("e.g. 6.2mi") : _("e.g. 10km");
	c->run->fields[RUN_DURATION].hint = _("e.g. 52:30");

	c->massage = form_new(ui->cfg->units, ui->today);
	form_add_choice(c->massage, _("Massage"), c->massage_kinds, MASSAGE_KIND_COUNT + 1, 0);
	form_add(c->massage, _("Regions"), FORM_REGIONS, false);
	form_set_max(c->massage, form_add(c->massage, _("Therapist"), FORM_TEXT, false),
		     VALIDATE_NAME_MAX);
	c->massage->fields[MASSAGE_REGIONS].hint = _("e.g. calf:left, it-band:right");
}

/* The open flags of the advice now, marked on the map. */
static void load_flags(struct ui *ui, struct checkin_screen *c)
{
	struct history h = { 0 };
	struct advice_flag *flags;
	size_t n = 0;

	bodymap_unflag_all(&c->map);
	if (!ui->st || !advice_history_load(ui->st, ui->cfg, clock_now(), &h, NULL))
		return;
	flags = advice_flags(&h, ui->today, &n);
	for (size_t i = 0; i < n; i++)
		bodymap_flag(&c->map, flags[i].region, flags[i].side, flags[i].assessed);
	g_free(flags);
	history_clear(&h);
}

/* The map starts from what is sore now: the last level of each region
 * and side while soreness stays current for the advice (ADVICE_SORE_DAYS),
 * shown as "logged before". */
static void load_current_soreness(struct ui *ui, struct checkin_screen *c)
{
	struct soreness *s = NULL;
	size_t n = 0;

	bodymap_init(&c->map);
	if (!store_soreness_list(ui->st, day_start(ui->today - ADVICE_SORE_DAYS + 1), &s, &n,
				 NULL))
		return;
	for (size_t i = 0; i < n; i++) {
		bodymap_show(&c->map, s[i].region, s[i].side, s[i].level);
		soreness_clear(&s[i]);
	}
	g_free(s);
	load_flags(ui, c);
}

static char *distance_text(double metres, enum unit u)
{
	char buf[G_ASCII_DTOSTR_BUF_SIZE];

	/* A point whatever the locale: the parser takes both. */
	g_ascii_formatd(buf, sizeof(buf), "%.2f",
			u == UNIT_MI ? metres / METRES_PER_MILE : metres / 1000.0);
	return g_strconcat(buf, u == UNIT_MI ? "mi" : "km", NULL);
}

static void fill_run(struct ui *ui, struct checkin_screen *c, const struct run *r)
{
	char *text = distance_text(r->distance_m, ui->cfg->units);

	form_set_text(c->run, RUN_DISTANCE, text);
	g_free(text);
	text = format_duration(r->duration_s);
	form_set_text(c->run, RUN_DURATION, text);
	g_free(text);
	if (r->rpe) {
		text = g_strdup_printf("%d", r->rpe);
		form_set_text(c->run, RUN_EFFORT, text);
		g_free(text);
	}
	for (int k = 0; k < RUN_KIND_COUNT; k++)
		if (kind_order[k] == r->kind)
			c->run->fields[RUN_KIND].choice = k;
	form_set_text(c->run, RUN_NOTE, r->note);
}

static void fill_massage(struct checkin_screen *c, const struct massage *m)
{
	GString *regions = g_string_new(NULL);

	c->massage->fields[MASSAGE_KIND].choice = (int)m->kind + 1;
	for (size_t i = 0; i < m->n_regions; i++)
		g_string_append_printf(regions, "%s%s%s%s", i ? ", " : "",
				       region_id(m->regions[i].region),
				       m->regions[i].side ? ":" : "",
				       m->regions[i].side ? side_id(m->regions[i].side) : "");
	form_set_text(c->massage, MASSAGE_REGIONS, regions->str);
	form_set_text(c->massage, MASSAGE_THERAPIST, m->therapist);
	g_string_free(regions, TRUE);
}

static char *forms_snapshot(const struct checkin_screen *c)
{
	char *run = form_snapshot(c->run), *massage = form_snapshot(c->massage);
	char *both = g_strconcat(run, "\n", massage, NULL);

	g_free(run);
	g_free(massage);
	return both;
}

/* The day's runs, soreness and massage: the last run and massage fill the
 * forms, the levels show on the map, and saving changes them in place. */
static void load_day(struct ui *ui, struct checkin_screen *c, dayno day)
{
	struct run *runs = NULL;
	struct soreness *s = NULL;
	struct massage *m = NULL;
	size_t n_runs = 0, n_sore = 0, n_massages = 0, day_runs = 0, day_sore = 0, day_m = 0;
	char date[DATE_BUF];

	form_clear(c->run);
	form_clear(c->massage);
	if (ui->cfg->therapist_name)
		form_set_text(c->massage, MASSAGE_THERAPIST, ui->cfg->therapist_name);
	run_clear(&c->day_run);
	memset(&c->day_run, 0, sizeof(c->day_run));
	c->massage_id = 0;
	memset(c->sore_id, 0, sizeof(c->sore_id));
	g_clear_pointer(&c->logged, g_free);
	c->same_run_ok = false;
	c->pace_ok_m = c->pace_ok_s = 0;
	load_current_soreness(ui, c);
	c->loaded = day;
	form_set_text(c->day, 0, day_format(day, date));
	if (store_runs_list(ui->st, day_start(day), &runs, &n_runs, NULL)) {
		for (size_t i = 0; i < n_runs; i++) {
			if (wtime_day(runs[i].start) == day) {
				day_runs++;
				run_clear(&c->day_run);
				c->day_run = runs[i]; /* the last of the day */
				memset(&runs[i], 0, sizeof(runs[i]));
			}
			run_clear(&runs[i]);
		}
		g_free(runs);
	}
	if (c->day_run.id)
		fill_run(ui, c, &c->day_run);
	if (store_soreness_list(ui->st, day_start(day), &s, &n_sore, NULL)) {
		for (size_t i = 0; i < n_sore; i++) {
			if (wtime_day(s[i].time) == day && (unsigned)s[i].side < 3) {
				day_sore += !c->sore_id[s[i].region][s[i].side];
				c->sore_id[s[i].region][s[i].side] = s[i].id;
				c->map.level[s[i].region][s[i].side] = s[i].level;
				c->map.before[s[i].region][s[i].side] = s[i].level;
			}
			soreness_clear(&s[i]);
		}
		g_free(s);
	}
	if (store_massages_list(ui->st, day, &m, &n_massages, NULL)) {
		for (size_t i = 0; i < n_massages; i++) {
			if (m[i].date == day) {
				day_m++;
				c->massage_id = m[i].id;
				fill_massage(c, &m[i]);
			}
			massage_clear(&m[i]);
		}
		g_free(m);
	}
	if (day_runs + day_sore + day_m) {
		GString *what = g_string_new(NULL);

		if (day_runs)
			g_string_append_printf(what, ngettext("%d run", "%d runs", day_runs),
					       (int)day_runs);
		if (day_sore)
			g_string_append_printf(what, ngettext("%s%d sore region", "%s%d sore regions",
							      day_sore),
					       what->len ? ", " : "", (int)day_sore);
		if (day_m)
			g_string_append_printf(what, ngettext("%s%d massage", "%s%d massages", day_m),
					       what->len ? ", " : "", (int)day_m);
		/* TRANSLATORS: what the check-in's day already holds, edited in
		 * place: "Logged on this day: 1 run, 2 sore regions. { } move it." */
		c->logged = g_strdup_printf(_("Logged on this day: %s; saving changes it in "
					      "place. { } move it a day."),
					    what->str);
		g_string_free(what, TRUE);
	}
	g_free(c->snapshot);
	c->snapshot = forms_snapshot(c);
	g_free(c->run_snapshot);
	c->run_snapshot = form_snapshot(c->run);
	g_free(c->massage_snapshot);
	c->massage_snapshot = form_snapshot(c->massage);
}

/* Whether the massage form says something new: a massage, or the day's
 * one changed. */
static bool massage_changed(const struct checkin_screen *c, dayno day)
{
	char *now;
	bool same;

	if (!c->massage_id || day != c->loaded)
		return true;
	now = form_snapshot(c->massage);
	same = g_strcmp0(now, c->massage_snapshot) == 0;
	g_free(now);
	return !same;
}

/* Whether the run form holds a run to write: a new one, or the day's
 * logged run changed (or moved to another day). */
static bool run_changed(const struct checkin_screen *c, dayno day)
{
	char *now;
	bool same;

	if (!c->day_run.id || day != c->loaded)
		return true;
	now = form_snapshot(c->run);
	same = g_strcmp0(now, c->run_snapshot) == 0;
	g_free(now);
	return !same;
}

static void reset(struct ui *ui, struct checkin_screen *c)
{
	c->day->today = c->run->today = c->massage->today = ui->today;
	load_day(ui, c, ui->today);
	c->section = SEC_RUN;
	g_clear_pointer(&c->error, g_free);
}

/* The number of regions given a level of at least MIN in this check-in. */
static int map_given(const struct checkin_screen *c, int min)
{
	int n = 0;

	for (int i = 0; i < bodymap_target_count(); i++) {
		enum region r;
		enum side s;
		bool given;
		int level;
		bodymap_target(i, &r, &s);
		level = bodymap_get(&c->map, r, s, &given);
		n += given && level >= min;
	}
	return n;
}

static bool map_touched(const struct checkin_screen *c)
{
	return map_given(c, 0) > 0;
}

/* Whether the runner changed anything since the day was loaded. */
static bool dirty(const struct checkin_screen *c)
{
	char *now = forms_snapshot(c);
	bool changed = g_strcmp0(now, c->snapshot) != 0;

	g_free(now);
	return changed || map_touched(c);
}

static void checkin_init(struct ui *ui)
{
	struct checkin_screen *c = g_new0(struct checkin_screen, 1);

	ui->state[SCREEN_CHECKIN] = c;
	build_forms(ui, c);
}

static void checkin_fini(struct ui *ui)
{
	struct checkin_screen *c = state(ui);

	form_free(c->day);
	form_free(c->run);
	form_free(c->massage);
	g_free(c->error);
	g_free(c->logged);
	g_free(c->snapshot);
	g_free(c->run_snapshot);
	g_free(c->massage_snapshot);
	run_clear(&c->day_run);
	g_free(c);
}

static void checkin_enter(struct ui *ui)
{
	struct checkin_screen *c = state(ui);

	/* A check-in left half-done (to look at Today) is kept. */
	if (!c->snapshot || !dirty(c))
		reset(ui, c);
}

static void checkin_reload(struct ui *ui)
{
	struct checkin_screen *c = state(ui);

	c->day->today = c->run->today = c->massage->today = ui->today;
	/* What was logged elsewhere shows on a check-in the runner has not
	 * touched. */
	if (c->snapshot && !dirty(c)) {
		int selected = c->map.selected;
		load_day(ui, c, c->loaded);
		c->map.selected = selected;
	}
}

static unsigned checkin_context(struct ui *ui)
{
	return state(ui)->section == SEC_MAP ? CTX_CHECKIN_MAP : CTX_CHECKIN_FORM;
}

static struct form *section_form(struct checkin_screen *c)
{
	switch (c->section) {
	case SEC_DAY:
		return c->day;
	case SEC_RUN:
		return c->run;
	case SEC_MASSAGE:
		return c->massage;
	default:
		return NULL;
	}
}

/* The day the check-in is for (empty: today); false when the Day field is
 * not a day. */
static bool checkin_day(const struct checkin_screen *c, dayno *d)
{
	if (form_is_empty(c->day, 0)) {
		*d = c->day->today;
		return true;
	}
	return form_get_date(c->day, 0, d);
}

static void go_section(struct checkin_screen *c, enum section s, bool from_start)
{
	struct form *f;

	c->section = s;
	f = section_form(c);
	if (f)
		f->focus = from_start ? 0 : f->n - 1;
}

/* Whether the run part holds anything: then distance and duration are needed. */
static bool run_wanted(const struct checkin_screen *c)
{
	return !form_is_empty(c->run, RUN_DISTANCE) || !form_is_empty(c->run, RUN_DURATION) ||
	       !form_is_empty(c->run, RUN_EFFORT) || !form_is_empty(c->run, RUN_NOTE);
}

/* The run of the form: the day's run changed in place (what the form does
 * not show kept, its time kept on the day checked in for), or a new one at
 * `when`. */
static bool collect_run(struct checkin_screen *c, dayno day, wtime when, struct run *r)
{
	memset(r, 0, sizeof(*r));
	r->start = when;
	r->elevation_m = -1;
	r->source = SOURCE_MANUAL;
	if (c->day_run.id) {
		*r = c->day_run;
		r->source_id = g_strdup(c->day_run.source_id);
		r->start += (wtime)(day - c->loaded) * SECONDS_PER_DAY;
		r->rpe = 0;
	}
	r->kind = kind_order[c->run->fields[RUN_KIND].choice];
	r->note = NULL; /* the form's, below; day_run keeps its own */
	if (!form_get_distance(c->run, RUN_DISTANCE, &r->distance_m) ||
	    !form_get_duration(c->run, RUN_DURATION, &r->duration_s))
		return false;
	if (!form_is_empty(c->run, RUN_EFFORT) && !form_get_int(c->run, RUN_EFFORT, &r->rpe))
		return false;
	r->note = form_dup_text(c->run, RUN_NOTE);
	return true;
}

/* The number of regions given a level in this check-in. */
static int sore_given(const struct checkin_screen *c)
{
	return map_given(c, 0);
}

/* The regions given a level above 0 now: a region put back to 0 is not
 * sore. */
static int sore_now(const struct checkin_screen *c)
{
	return map_given(c, 1);
}

/* Checks the day and the forms; false (with c->error set and the focus on
 * what is wrong) when nothing can be saved. */
static bool checkin_valid(struct ui *ui, struct checkin_screen *c, dayno *day)
{
	bool want_run = run_wanted(c);
	int massage_kind = c->massage->fields[MASSAGE_KIND].choice;

	g_clear_pointer(&c->error, g_free);
	if (!form_check(c->day) || !checkin_day(c, day)) {
		go_section(c, SEC_DAY, true);
		c->error = g_strdup(c->day->error);
		return false;
	}
	if (*day > ui->today) {
		char date[DATE_BUF];
		go_section(c, SEC_DAY, true);
		/* TRANSLATORS: %s is the date typed in the check-in's Day field. */
		c->error = g_strdup_printf(_("Nothing saved: %s is after today (a check-in is for "
					     "today or a day before)."),
					   day_format(*day, date));
		return false;
	}
	c->run->fields[RUN_DISTANCE].required = want_run;
	c->run->fields[RUN_DURATION].required = want_run;
	if (!form_check(c->run)) {
		go_section(c, SEC_RUN, true);
		c->run->focus = 0;
		for (int i = 0; i < c->run->n; i++)
			if (c->run->fields[i].error) {
				c->run->focus = i;
				break;
			}
		c->error = g_strdup(c->run->error);
		return false;
	}
	if (!form_check(c->massage)) {
		int focus = c->massage->focus;
		go_section(c, SEC_MASSAGE, true);
		c->massage->focus = focus;
		c->error = g_strdup(c->massage->error);
		return false;
	}
	if (massage_kind == 0 && !form_is_empty(c->massage, MASSAGE_REGIONS)) {
		go_section(c, SEC_MASSAGE, true);
		c->error = g_strdup(_("Nothing saved: choose the kind of massage the regions were "
				      "worked in, or clear the regions."));
		return false;
	}
	if (!want_run && sore_given(c) == 0 && massage_kind == 0) {
		c->error = g_strdup(_("Nothing to save yet: enter a run, set a level on the body "
				      "map, or choose a massage."));
		return false;
	}
	return true;
}

/* The levels set on the map, as the check-in's marks (g_free). */
static struct checkin_mark *map_marks(const struct checkin_screen *c, size_t *n)
{
	struct checkin_mark *marks = g_new0(struct checkin_mark, bodymap_target_count() + 1);

	*n = 0;
	for (int i = 0; i < bodymap_target_count(); i++) {
		struct checkin_mark *mark = &marks[*n];
		bool given;

		bodymap_target(i, &mark->region, &mark->side);
		mark->level = bodymap_get(&c->map, mark->region, mark->side, &given);
		mark->sharp = bodymap_sharp(&c->map, mark->region, mark->side);
		mark->id = c->sore_id[mark->region][mark->side];
		if (given)
			(*n)++;
	}
	return marks;
}

/* One transaction: the run, every level and the massage, each checked by
 * the same rules as every other way in (checkin.h), or nothing. */
static bool write_checkin(struct ui *ui, struct checkin_screen *c, const struct run *run,
			  const struct massage *m, wtime when, GError **err)
{
	struct checkin in = { .when = when, .run = run, .massage = m, .journal = JOURNAL_INTERFACE };
	struct checkin_mark *marks = map_marks(c, &in.n_marks);
	bool ok;

	in.marks = marks;
	ok = checkin_save(ui->st, &in, NULL, err);
	g_free(marks);
	return ok;
}

/* "Check-in saved: run 10.00 km, 2 sore regions, sports massage." */
static void say_saved(struct ui *ui, dayno day, const struct run *run, int n_sore,
		      int n_clear, const struct massage *m)
{
	GString *what = g_string_new(NULL);

	if (run) {
		char *d = format_distance(run->distance_m, ui->cfg->units);
		/* TRANSLATORS: part of "Check-in saved: run 10.00 km, ..." */
		g_string_append_printf(what, _("run %s"), d);
		g_free(d);
	}
	if (n_sore > 0) {
		if (what->len)
			g_string_append(what, ", ");
		g_string_append_printf(what, ngettext("%d sore region", "%d sore regions",
						      (unsigned long)n_sore),
				       n_sore);
	}
	if (n_clear > 0) {
		if (what->len)
			g_string_append(what, ", ");
		/* TRANSLATORS: regions set to 0 in a check-in. */
		g_string_append_printf(what, ngettext("%d region no longer sore",
						      "%d regions no longer sore",
						      (unsigned long)n_clear),
				       n_clear);
	}
	if (m) {
		if (what->len)
			g_string_append(what, ", ");
		g_string_append(what, massage_kind_name(m->kind));
	}
	if (day == ui->today) {
		ui_message(ui, false, _("Check-in saved: %s."), what->str);
	} else {
		char *date = ui_day_short(day);
		/* TRANSLATORS: a check-in caught up for an earlier day:
		 * "Check-in for Sun 22 Nov saved: run 10.00 km." */
		ui_message(ui, false, _("Check-in for %s saved: %s."), date, what->str);
		g_free(date);
	}
	g_string_free(what, TRUE);
}

static void save_second_run(struct ui *ui, void *data);
static void save_fast_run(struct ui *ui, void *data);
static void keep_fast_run(struct ui *ui, void *data);

static bool save(struct ui *ui, struct checkin_screen *c)
{
	bool want_run = run_wanted(c);
	int massage_kind = c->massage->fields[MASSAGE_KIND].choice;
	GError *err = NULL;
	struct run run = { 0 };
	struct massage m = { 0 };
	wtime when;
	dayno day;
	bool ok;

	if (!checkin_valid(ui, c, &day))
		return false;
	/* The day's run and massage as they were logged are not written again. */
	want_run = want_run && run_changed(c, day);
	if (!massage_changed(c, day))
		massage_kind = 0;
	if (!want_run && massage_kind == 0 && sore_given(c) == 0) {
		c->error = g_strdup(_("Nothing changed: this day's check-in already reads so."));
		return false;
	}
	/* Now for today; midday of a day caught up, as the command line does. */
	when = clock_time_on(day);
	if (want_run && !collect_run(c, day, when, &run)) {
		run_clear(&run);
		c->error = g_strdup(_("Nothing saved: the run could not be read."));
		return false;
	}
	/* A pace faster than any runner's is asked about, as knead log asks
	 * (one faster than anyone runs is refused below, not asked about). */
	if (want_run && !validate_pace_plausible(&run) &&
	    run.distance_m / run.duration_s <= VALIDATE_MAX_SPEED_M_S &&
	    !(run.distance_m == c->pace_ok_m && run.duration_s == c->pace_ok_s)) {
		char *q = format_pace_question(run.distance_m, run.duration_s, ui->cfg->units);

		c->pace_asked_m = run.distance_m;
		c->pace_asked_s = run.duration_s;
		ui_ask_yes_no(ui, q, save_fast_run, keep_fast_run, NULL);
		g_free(q);
		run_clear(&run);
		return false;
	}
	if (want_run && !c->same_run_ok) {
		wtime other = 0;
		int64_t same = checkin_same_run(ui->st, &run, c->day_run.id, &other, NULL);

		if (same > 0) {
			char *date = ui_day_short(wtime_day(other));
			/* TRANSLATORS: a second run within an hour of one already
			 * logged, or of its distance: "A similar run is logged on
			 * Sun 22 Nov at 07:15. Save this one too? (y/n)"; it must
			 * fit 78 columns. */
			char *q = g_strdup_printf(_("A similar run is logged on %s at %02d:%02d. "
						    "Save this one too? (y/n)"),
						  date, (int)(other % SECONDS_PER_DAY / 3600),
						  (int)(other % 3600 / 60));
			ui_ask(ui, q, save_second_run, NULL);
			g_free(q);
			g_free(date);
			run_clear(&run);
			return false;
		}
	}
	if (massage_kind > 0) {
		m.id = c->massage_id;
		m.date = day;
		m.kind = (enum massage_kind)(massage_kind - 1);
		form_get_regions(c->massage, MASSAGE_REGIONS, &m.regions, &m.n_regions);
		m.therapist = form_dup_text(c->massage, MASSAGE_THERAPIST);
	}
	ok = write_checkin(ui, c, want_run ? &run : NULL, massage_kind > 0 ? &m : NULL, when, &err);
	if (!ok) {
		/* TRANSLATORS: %s says why the database refused the check-in. */
		c->error = g_strdup_printf(_("Nothing saved: %s"), err ? err->message : "?");
		g_clear_error(&err);
	} else {
		say_saved(ui, day, want_run ? &run : NULL, sore_now(c), sore_given(c) - sore_now(c),
			  massage_kind > 0 ? &m : NULL);
	}
	run_clear(&run);
	massage_clear(&m);
	return ok;
}

/* Moves the whole check-in of the day shown by `delta` days (times kept,
 * one journalled transaction) and shows it on its new day. */
static int move_day(struct ui *ui, struct checkin_screen *c, int delta)
{
	struct checkin_moved n;
	GError *err = NULL;
	dayno to = c->loaded + delta;

	if (dirty(c)) {
		ui_message(ui, true, "%s",
			   _("Save or discard the changes first: only what is logged moves."));
		return UI_HANDLED;
	}
	if (!checkin_move_day(ui->st, c->loaded, to, "edit", &n, &err)) {
		ui_message(ui, true, "%s", err->message);
		g_error_free(err);
		return UI_HANDLED;
	}
	{
		char *a = ui_day_short(c->loaded), *b = ui_day_short(to);
		/* TRANSLATORS: "Moved the check-in of Sun 22 Nov to Mon 23 Nov." */
		ui_message(ui, false, _("Moved the check-in of %s to %s."), a, b);
		g_free(a);
		g_free(b);
	}
	load_day(ui, c, to);
	return UI_HANDLED | UI_RELOAD;
}

static void discard(struct ui *ui, void *data)
{
	(void)data;
	reset(ui, state(ui));
	ui_switch(ui, SCREEN_TODAY);
}

/* Moves the check-in's day by `delta`, never past today. */
static void shift_day(struct ui *ui, struct checkin_screen *c, int delta)
{
	char date[DATE_BUF];
	dayno d;

	if (!checkin_day(c, &d))
		d = ui->today;
	d = MIN(d + delta, ui->today);
	/* Nothing changed yet: the check-in shows that day's. */
	if (!dirty(c))
		load_day(ui, c, d);
	else
		form_set_text(c->day, 0, day_format(d, date));
}

static int save_and_leave(struct ui *ui, struct checkin_screen *c)
{
	if (!save(ui, c))
		return UI_HANDLED;
	reset(ui, c);
	ui_switch(ui, SCREEN_TODAY);
	return UI_HANDLED | UI_RELOAD;
}

/* After a question answered yes: saves, and on to Today when saved. */
static bool save_answered(struct ui *ui, struct checkin_screen *c)
{
	if (!save(ui, c))
		return false;
	reset(ui, c);
	ui_switch(ui, SCREEN_TODAY);
	ui_reload_all(ui);
	return true;
}

static void save_second_run(struct ui *ui, void *data)
{
	struct checkin_screen *c = state(ui);

	(void)data;
	c->same_run_ok = true;
	if (!save_answered(ui, c))
		c->same_run_ok = false;
}

/* Yes: the pace is right; that run (and only that one) is saved. */
static void save_fast_run(struct ui *ui, void *data)
{
	struct checkin_screen *c = state(ui);

	(void)data;
	c->pace_ok_m = c->pace_asked_m;
	c->pace_ok_s = c->pace_asked_s;
	save_answered(ui, c);
}

/* No: nothing saved, the form kept as typed, on the distance to fix. */
static void keep_fast_run(struct ui *ui, void *data)
{
	struct checkin_screen *c = state(ui);

	(void)data;
	go_section(c, SEC_RUN, true);
	c->run->focus = RUN_DISTANCE;
	g_free(c->error);
	c->error = g_strdup(_("Nothing saved: check the distance and the duration of the run."));
}

static int move_action(struct ui *ui, struct checkin_screen *c, enum ui_action a, int key)
{
	struct form *f = section_form(c);

	if (c->section == SEC_DAY) {
		dayno d;
		/* A day typed: nothing changed yet, the check-in shows that day's. */
		if (form_check(c->day) && checkin_day(c, &d) && d <= ui->today &&
		    d != c->loaded && !dirty(c))
			load_day(ui, c, d);
	}
	if (a == ACT_NEXT) {
		/* Enter on the very last field saves: the form is done. */
		if (ui_key_is_enter(key) && c->section == SEC_MASSAGE && f->focus == f->n - 1)
			return save_and_leave(ui, c);
		if (f && form_next(f))
			return UI_HANDLED;
		go_section(c, (enum section)((c->section + 1) % SEC_COUNT), true);
		return UI_HANDLED;
	}
	if (f && form_prev(f))
		return UI_HANDLED;
	go_section(c, (enum section)((c->section + SEC_COUNT - 1) % SEC_COUNT), false);
	return UI_HANDLED;
}

/* A level, the sharp mark or a clearing refused while the typed region
 * waits for its side says so. */
static int map_refused(struct ui *ui, const struct checkin_screen *c)
{
	if (c->map.side_pending)
		/* TRANSLATORS: the letters are those of "side key" (l, r). */
		ui_message(ui, true, _("Which side? Press %s for left or %s for right."),
			   C_("side key", "l"), C_("side key", "r"));
	return UI_HANDLED;
}

/* An assessment of the selected flagged region, saved as `knead log
 * assessed` saves it. */
struct assess_target {
	enum region region;
	enum side side;
};

static void save_assessment(struct ui *ui, const struct assess_target *t, bool cleared)
{
	struct checkin_screen *c = state(ui);
	struct assessment as = { .time = clock_now(), .region = t->region, .side = t->side,
				 .cleared = cleared };
	GError *err = NULL;
	int64_t id = 0;
	char *name;

	if (!ui->st)
		return;
	/* Through the one door: validated, journalled for undo. */
	if (!change_add(ui->st, JOURNAL_INTERFACE, TABLE_ASSESSMENTS, &as, &id, &err)) {
		ui_message(ui, true, _("Nothing saved: %s"), err->message);
		g_error_free(err);
		return;
	}
	name = region_side_name(t->region, t->side);
	if (cleared)
		/* TRANSLATORS: "Assessment logged: left shin, cleared for massage." */
		ui_message(ui, false, _("Assessment logged: %s, cleared for massage."), name);
	else
		/* TRANSLATORS: "Assessment logged: left shin (no massage there yet)." */
		ui_message(ui, false, _("Assessment logged: %s (no massage there yet)."), name);
	g_free(name);
	load_flags(ui, c);
	ui_reload_all(ui);
}

static void assessed_cleared(struct ui *ui, void *data)
{
	save_assessment(ui, data, true);
}

static void assessed_not_cleared(struct ui *ui, void *data)
{
	save_assessment(ui, data, false);
}

static int ask_assessment(struct ui *ui, struct checkin_screen *c)
{
	struct assess_target *t;
	enum region r;
	enum side s;
	char *name, *cap, *question;

	if (c->map.side_pending)
		return map_refused(ui, c);
	if (!bodymap_selected_flagged(&c->map, &r, &s)) {
		ui_message(ui, true, "%s",
			   _("This region is not flagged: there is no assessment to record."));
		return UI_HANDLED;
	}
	t = g_new(struct assess_target, 1);
	t->region = r;
	t->side = s;
	name = region_side_name(r, s);
	cap = ui_capitalize(name);
	/* TRANSLATORS: asked after a flagged region was assessed by a
	 * professional; y: cleared for massage, n: not (yet). */
	question = g_strdup_printf(_("%s assessed: cleared for massage? (y/n)"), cap);
	ui_ask_yes_no(ui, question, assessed_cleared, assessed_not_cleared, t);
	g_free(question);
	g_free(cap);
	g_free(name);
	return UI_HANDLED;
}

static int map_action(struct ui *ui, struct checkin_screen *c, enum ui_action a, int key)
{
	switch (a) {
	case ACT_LEVEL:
		if (!bodymap_set_level(&c->map, key - '0'))
			return map_refused(ui, c);
		return UI_HANDLED;
	case ACT_LEVEL_UP:
	case ACT_LEVEL_DOWN:
		if (!bodymap_adjust(&c->map, a == ACT_LEVEL_UP ? 1 : -1))
			return map_refused(ui, c);
		return UI_HANDLED;
	case ACT_SHARP:
		if (!bodymap_toggle_sharp(&c->map))
			return map_refused(ui, c);
		return UI_HANDLED;
	case ACT_DELETE:
		bodymap_clear(&c->map);
		return UI_HANDLED;
	case ACT_SIDE:
		bodymap_pick_side(&c->map, SIDE_NONE);
		return UI_HANDLED;
	case ACT_ASSESS:
		return ask_assessment(ui, c);
	case ACT_UP:
	case ACT_DOWN:
	case ACT_LEFT:
	case ACT_RIGHT:
		bodymap_move(&c->map, a);
		return UI_HANDLED;
	default:
		return UI_IGNORED;
	}
}

static int checkin_action(struct ui *ui, enum ui_action a, int key)
{
	struct checkin_screen *c = state(ui);
	struct form *f = section_form(c);

	bodymap_type_reset(&c->map);
	switch (a) {
	case ACT_NEXT:
	case ACT_PREV:
		return move_action(ui, c, a, key);
	case ACT_SAVE:
		return save_and_leave(ui, c);
	case ACT_GO_MAP:
		if (f)
			form_check_field(f, f->focus);
		c->section = SEC_MAP;
		return UI_HANDLED;
	case ACT_DAY_PREV:
	case ACT_DAY_NEXT:
		/* A bracket is text in a note or a name. */
		if (f && f->fields[f->focus].kind == FORM_TEXT)
			return form_input(f, key);
		shift_day(ui, c, a == ACT_DAY_PREV ? -1 : 1);
		return UI_HANDLED;
	case ACT_ADD:
		/* A second run: the form empties, the logged run stays. */
		run_clear(&c->day_run);
		memset(&c->day_run, 0, sizeof(c->day_run));
		form_clear(c->run);
		go_section(c, SEC_RUN, true);
		return UI_HANDLED;
	case ACT_MOVE_DAY_PREV:
	case ACT_MOVE_DAY_NEXT:
		if (f && f->fields[f->focus].kind == FORM_TEXT)
			return form_input(f, key);
		return move_day(ui, c, a == ACT_MOVE_DAY_PREV ? -1 : 1);
	case ACT_CANCEL:
		if (dirty(c))
			ui_ask(ui, _("Discard this check-in? (y/n)"), discard, NULL);
		else
			discard(ui, NULL);
		return UI_HANDLED;
	default:
		return map_action(ui, c, a, key);
	}
}

static int checkin_input(struct ui *ui, int key)
{
	struct checkin_screen *c = state(ui);
	struct form *f = section_form(c);

	if (c->section == SEC_MAP) {
		if (!UI_KEY_IS_CODE(key) && g_unichar_isalpha((gunichar)key)) {
			bodymap_type(&c->map, (gunichar)key);
			return UI_HANDLED;
		}
		bodymap_type_reset(&c->map);
		return UI_IGNORED;
	}
	if (!f)
		return UI_IGNORED;
	return form_input(f, key);
}

static void draw_form_box(struct ui *ui, struct form *f, struct rect box, const char *title,
			  bool focused)
{
	ui_box(ui, box, title, focused);
	form_draw(ui, f, rect_inset(box, 1, 1), form_label_width(f), focused);
}

/* The Day field on the heading's row, and the day in words beside it. */
static void draw_day(struct ui *ui, struct checkin_screen *c, struct rect *left)
{
	int label_w = form_label_width(c->day);
	int h = form_height(c->day, left->w);
	struct rect r = rect_take_top(left, h);
	dayno d;

	r.w = MIN(r.w, label_w + 1 + 11);
	c->day_r = r;
	form_draw(ui, c->day, r, label_w, c->section == SEC_DAY);
	if (checkin_day(c, &d)) {
		/* The field shows the date; beside it "today", "yesterday" or the
		 * weekday. */
		char *words = d == ui->today ? g_strdup(_("today"))
			      : d == ui->today - 1 ? g_strdup(_("yesterday")) : ui_day_weekday(d);
		ui_text(ui, r.y, r.x + r.w + 1, left->x + left->w - (r.x + r.w + 1),
			ui_attr(ui, ROLE_HEADING), words);
		g_free(words);
	}
}

static void checkin_draw(struct ui *ui)
{
	struct checkin_screen *c = state(ui);
	struct rect body = rect_inset(ui->body, 0, 1);
	/* The fields take what they need, never the whole of a wide screen
	 * (at 200 columns a 150-column field is far from its label). */
	int left_w = MIN(body.w - BODYMAP_WIDTH - 3, CHECKIN_FIELDS_MAX_W);
	struct rect left = rect_take_left(&body, left_w);
	struct rect right = { body.y, body.x + 1, body.h, body.w - 1 };
	int run_h = form_height(c->run, left_w - 2) + 2;
	int massage_h = form_height(c->massage, left_w - 2) + 2;
	struct rect map_box;
	GString *given = g_string_new(NULL);
	dayno day;

	left.w--;
	draw_day(ui, c, &left);
	c->run_r = rect_take_top(&left, run_h);
	if (c->day_run.id) {
		/* TRANSLATORS: the run box when it shows the day's logged run,
		 * changed in place; ^N starts a second run.  Short. */
		draw_form_box(ui, c->run, c->run_r, _("Run logged (^N: another)"),
			      c->section == SEC_RUN);
	} else {
		draw_form_box(ui, c->run, c->run_r, _("Run"), c->section == SEC_RUN);
	}
	c->massage_r = rect_take_top(&left, massage_h);
	if (checkin_day(c, &day) && day != ui->today) {
		char *date = ui_day_short(day);
		/* TRANSLATORS: the massage box of a check-in for an earlier day,
		 * %s is the day ("Sun 22 Nov"); short, the box is narrow. */
		char *title = g_strdup_printf(_("Massage on %s"), date);
		draw_form_box(ui, c->massage, c->massage_r, title, c->section == SEC_MASSAGE);
		g_free(title);
		g_free(date);
	} else {
		draw_form_box(ui, c->massage, c->massage_r, _("Massage received today"),
			      c->section == SEC_MASSAGE);
	}
	if (c->error) {
		char **lines = ui_wrap(c->error, left.w);
		for (int i = 0; i < left.h && lines[i]; i++)
			ui_text(ui, left.y + i, left.x, left.w, ui_attr(ui, ROLE_ERROR), lines[i]);
		g_strfreev(lines);
	} else if (c->logged) {
		char **lines = ui_wrap(c->logged, left.w);
		for (int i = 0; i < left.h && lines[i]; i++)
			ui_text(ui, left.y + i, left.x, left.w, ui_attr(ui, ROLE_HEADING), lines[i]);
		g_strfreev(lines);
	} else {
		char **lines = ui_wrap(_("Ctrl-S (or F2) saves everything at once."), left.w);
		for (int i = 0; i < left.h && lines[i]; i++)
			ui_text(ui, left.y + i, left.x, left.w, ui_attr(ui, ROLE_DIM), lines[i]);
		g_strfreev(lines);
	}

	map_box = rect_take_top(&right, MIN(BODYMAP_HEIGHT + 2, right.h));
	ui_box(ui, map_box, _("Soreness now"), c->section == SEC_MAP);
	c->map_r = rect_inset(map_box, 1, 1);
	bodymap_draw(ui, &c->map, c->map_r, c->section == SEC_MAP);
	for (int i = 0; i < bodymap_target_count(); i++) {
		enum region r;
		enum side s;
		bool is_given;
		int level;
		bodymap_target(i, &r, &s);
		level = bodymap_get(&c->map, r, s, &is_given);
		if (is_given) {
			char *name = region_side_name(r, s);
			g_string_append_printf(given, "%s%s %d", given->len ? ", " : "", name, level);
			g_free(name);
		}
	}
	if (right.h > 0) {
		char *line = g_strdup_printf(_("To save: %s"), given->len ? given->str : _("no soreness"));
		char **lines = ui_wrap(line, right.w);
		for (int i = 0; i < right.h && lines[i]; i++)
			ui_text(ui, right.y + i, right.x, right.w, A_NORMAL, lines[i]);
		g_strfreev(lines);
		g_free(line);
	}
	g_string_free(given, TRUE);
}

static int checkin_click(struct ui *ui, int y, int x)
{
	struct checkin_screen *c = state(ui);
	int i;

	if (rect_contains(c->map_r, y, x)) {
		c->section = SEC_MAP;
		bodymap_click(&c->map, c->map_r, y, x);
		return UI_HANDLED;
	}
	if (rect_contains(c->day_r, y, x)) {
		c->section = SEC_DAY;
		return UI_HANDLED;
	}
	if (rect_contains(c->run_r, y, x) &&
	    (i = form_field_at(c->run, rect_inset(c->run_r, 1, 1), y)) >= 0) {
		c->section = SEC_RUN;
		c->run->focus = i;
		return UI_HANDLED;
	}
	if (rect_contains(c->massage_r, y, x) &&
	    (i = form_field_at(c->massage, rect_inset(c->massage_r, 1, 1), y)) >= 0) {
		c->section = SEC_MASSAGE;
		c->massage->focus = i;
		return UI_HANDLED;
	}
	return UI_IGNORED;
}

const struct ui_screen_ops ui_checkin_ops = {
	.title = N_("Check-in"),
	.init = checkin_init,
	.fini = checkin_fini,
	.enter = checkin_enter,
	.reload = checkin_reload,
	.context = checkin_context,
	.draw = checkin_draw,
	.action = checkin_action,
	.input = checkin_input,
	.click = checkin_click,
};

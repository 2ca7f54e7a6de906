/* SPDX-License-Identifier: GPL-3.0-or-later */
/* record_kinds.c - each kind of entry as History and Races show it: its
 * columns, its line in a list, its form, how it is saved and named. */
#include <config.h>

#include "core/advice/advice.h"
#include "core/clock.h"
#include "core/format.h"
#include "core/i18n.h"
#include "core/regions.h"
#include "core/store/change.h"
#include "core/store/journal.h"
#include "core/validate.h"
#include "record_kinds.h"

/* --- what the kinds share ------------------------------------------------ */

static char *time_text(wtime t)
{
	int y, mo, d, h, mi;

	wtime_split(t, &y, &mo, &d, &h, &mi, NULL);
	return g_strdup_printf("%04d-%02d-%02d %02d:%02d", y, mo, d, h, mi);
}

static char *distance_text(double metres, enum unit u)
{
	char buf[G_ASCII_DTOSTR_BUF_SIZE];

	/* Always a point, whatever the locale: the parser takes both. */
	g_ascii_formatd(buf, sizeof(buf), "%.2f", u == UNIT_MI ? metres / METRES_PER_MILE
							      : metres / 1000.0);
	return g_strconcat(buf, u == UNIT_MI ? "mi" : "km", NULL);
}

static void set_owned(struct form *f, int i, char *text)
{
	form_set_text(f, i, text);
	g_free(text);
}

/* Columns padded by display width (printf pads by bytes, which misaligns
 * accented text). */
/* Every form saves through the one door (change.h): the new entry, or
 * the whole edited one, checked, written and journalled for undo. */
static bool record_save(struct ui *ui, const struct record_edit *e, enum store_table t,
			const void *row, GError **err)
{
	return e->id ? change_update(ui->st, JOURNAL_INTERFACE, t, row, err)
		     : change_add(ui->st, JOURNAL_INTERFACE, t, row, NULL, err);
}

static void col(GString *line, const char *s, int w, bool right)
{
	int sw = ui_text_width(s);
	char *fitted;

	if (right && sw < w)
		for (int i = sw; i < w; i++)
			g_string_append_c(line, ' ');
	fitted = ui_fit(s, right && sw < w ? sw : w);
	g_string_append(line, fitted);
	g_string_append(line, "  ");
	g_free(fitted);
}

enum { W_WHEN = 16, W_DIST = 9, W_TIME = 8, W_PACE = 9, W_EFFORT = 6, W_LEVEL = 6,
       W_DATE = 10, W_PRIO = 8, W_NAME = 30 };

/* Columns of names are as wide as their widest translation, so that no
 * kind or side is ever cut ("ischio-jambiers (gauche)", "sortie longue").
 * Measured once: the language does not change while knead runs. */
static int kind_width(void)
{
	int w = ui_text_width(_("Kind"));

	for (int k = 0; k < RUN_KIND_COUNT; k++)
		w = MAX(w, ui_text_width(run_kind_name((enum run_kind)k)));
	return w;
}

static int massage_kind_width(void)
{
	int w = ui_text_width(_("Kind"));

	for (int k = 0; k < MASSAGE_KIND_COUNT; k++)
		w = MAX(w, ui_text_width(massage_kind_name((enum massage_kind)k)));
	return w;
}

int records_region_width(void)
{
	static int w;

	if (w)
		return w;
	w = ui_text_width(_("Region"));
	for (int r = 0; r < REGION_COUNT; r++) {
		for (int side = 0; side < 3; side++) {
			char *name = region_side_name((enum region)r, (enum side)side);
			w = MAX(w, ui_text_width(name));
			g_free(name);
		}
	}
	return w;
}

/* --- runs ------------------------------------------------------------------ */

enum { RUN_WHEN, RUN_DISTANCE, RUN_DURATION, RUN_KIND, RUN_EFFORT, RUN_NOTE };

static bool run_list(struct ui *ui, bool all, dayno from, void **rows, size_t *n, GError **err)
{
	return store_runs_list(ui->st, all ? SINCE_ALL_TIME : day_start(from),
			       (struct run **)rows, n, err);
}

static void run_header(GString *line)
{
	col(line, _("When"), W_WHEN, false);
	col(line, _("Distance"), W_DIST, true);
	col(line, _("Time"), W_TIME, true);
	col(line, _("Pace"), W_PACE, true);
	col(line, _("Kind"), kind_width(), false);
	col(line, _("Effort"), W_EFFORT, true);
	g_string_append(line, _("Note"));
}

static void run_row_text(struct ui *ui, const void *row, GString *line)
{
	const struct run *x = row;
	enum unit u = ui->cfg->units;
	char *when = time_text(x->start), *d = format_distance(x->distance_m, u);
	char *t = format_duration(x->duration_s), *p = format_pace(x->distance_m, x->duration_s, u);
	char *eff = x->rpe ? g_strdup_printf("%d", x->rpe) : g_strdup("-");

	col(line, when, W_WHEN, false);
	col(line, d, W_DIST, true);
	col(line, t, W_TIME, true);
	col(line, p, W_PACE, true);
	col(line, run_kind_name(x->kind), kind_width(), false);
	col(line, eff, W_EFFORT, true);
	g_string_append(line, x->note ? x->note : "");
	g_free(when), g_free(d), g_free(t), g_free(p), g_free(eff);
}

static void run_form_build(struct ui *ui, struct record_edit *e, const void *row)
{
	const struct run *x = row;
	struct form *f = e->form;

	for (int i = 0; i < RUN_KIND_COUNT; i++)
		e->kinds[i] = run_kind_name((enum run_kind)i);
	form_add(f, _("When"), FORM_DATETIME, true);
	form_add(f, _("Distance"), FORM_DISTANCE, true);
	form_add(f, _("Duration"), FORM_DURATION, true);
	form_add_choice(f, _("Kind"), e->kinds, RUN_KIND_COUNT, 0);
	form_add(f, _("Effort 1-10"), FORM_RPE, false);
	form_add(f, _("Note"), FORM_TEXT, false);
	if (!x) {
		set_owned(f, RUN_WHEN, time_text(clock_now()));
		return;
	}
	e->id = x->id;
	e->distance_m = x->distance_m;
	e->duration_s = x->duration_s;
	set_owned(f, RUN_WHEN, time_text(x->start));
	set_owned(f, RUN_DISTANCE, distance_text(x->distance_m, ui->cfg->units));
	set_owned(f, RUN_DURATION, format_duration(x->duration_s));
	f->fields[RUN_KIND].choice = x->kind;
	if (x->rpe)
		set_owned(f, RUN_EFFORT, g_strdup_printf("%d", x->rpe));
	form_set_text(f, RUN_NOTE, x->note);
	/* What the form does not show, an edited imported run keeps. */
	e->source = x->source;
	e->source_id = g_strdup(x->source_id);
	e->elevation_m = x->elevation_m;
	e->avg_hr = x->avg_hr;
}

static bool run_form_save(struct ui *ui, struct record_edit *e, GError **err)
{
	struct form *f = e->form;
	struct run x = { .id = e->id, .elevation_m = e->elevation_m, .avg_hr = e->avg_hr,
			 .source = e->source };
	bool ok;

	form_get_datetime(f, RUN_WHEN, &x.start);
	form_get_distance(f, RUN_DISTANCE, &x.distance_m);
	form_get_duration(f, RUN_DURATION, &x.duration_s);
	x.kind = (enum run_kind)f->fields[RUN_KIND].choice;
	if (!form_is_empty(f, RUN_EFFORT))
		form_get_int(f, RUN_EFFORT, &x.rpe);
	x.note = form_dup_text(f, RUN_NOTE);
	x.source_id = g_strdup(e->source_id);
	ok = record_save(ui, e, TABLE_RUNS, &x, err);
	run_clear(&x);
	return ok;
}

/* A new run, or a run's distance or time changed, at a pace faster than
 * any runner's is asked about, as knead log and the check-in ask. */
static char *run_form_doubt(struct ui *ui, const struct record_edit *e, int *field)
{
	struct run x = { 0 };

	*field = RUN_DISTANCE;
	if (!form_get_distance(e->form, RUN_DISTANCE, &x.distance_m) ||
	    !form_get_duration(e->form, RUN_DURATION, &x.duration_s))
		return NULL;
	/* A run faster than anyone runs is refused, not asked about. */
	if (validate_pace_plausible(&x) || x.distance_m / x.duration_s > VALIDATE_MAX_SPEED_M_S ||
	    (e->id && x.distance_m == e->distance_m && x.duration_s == e->duration_s))
		return NULL;
	return format_pace_question(x.distance_m, x.duration_s, ui->cfg->units);
}

static const struct record_kind run_kind = {
	.tab = N_("Runs"),
	.empty = N_("No runs yet: press a to add one, or c on Today to check in."),
	.add_title = N_("New run"),
	.edit_title = N_("Edit run"),
	.not_future_field = RUN_WHEN,
	.list = run_list,
	.header = run_header,
	.row_text = run_row_text,
	.form_build = run_form_build,
	.form_save = run_form_save,
	.doubt = run_form_doubt,
	.doubt_no = N_("Nothing saved: check the distance and the duration of the run."),
};

/* --- soreness ---------------------------------------------------------------- */

enum { SORE_WHEN, SORE_REGION, SORE_LEVEL, SORE_SHARP, SORE_NOTE };

static bool soreness_list(struct ui *ui, bool all, dayno from, void **rows, size_t *n,
			  GError **err)
{
	return store_soreness_list(ui->st, all ? SINCE_ALL_TIME : day_start(from),
				   (struct soreness **)rows, n, err);
}

static const struct advice_flag *sore_flags;
static size_t n_sore_flags;

void record_kinds_set_flags(const struct advice_flag *flags, size_t n)
{
	sore_flags = flags;
	n_sore_flags = flags ? n : 0;
}

static bool soreness_flagged(const struct soreness *x)
{
	for (size_t i = 0; i < n_sore_flags; i++)
		if (sore_flags[i].region == x->region && sore_flags[i].side == x->side &&
		    wtime_day(x->time) >= sore_flags[i].since)
			return true;
	return false;
}

static void soreness_header(GString *line)
{
	col(line, _("When"), W_WHEN, false);
	col(line, _("Region"), records_region_width(), false);
	col(line, _("Level"), W_LEVEL, true);
	g_string_append(line, _("Note"));
}

static void soreness_row_text(struct ui *ui, const void *row, GString *line)
{
	const struct soreness *x = row;
	char *when = time_text(x->time), *name = region_side_name(x->region, x->side);
	char *lv = g_strdup_printf("%d/10", x->level);

	col(line, when, W_WHEN, false);
	col(line, name, records_region_width(), false);
	col(line, lv, W_LEVEL, true);
	if (x->sharp)
		/* TRANSLATORS: after a soreness level in History: sharp pain. */
		g_string_append_printf(line, "%s  ", _("sharp"));
	if (soreness_flagged(x))
		/* TRANSLATORS: after a soreness level in History: the region's
		 * flag is open (for a professional). */
		g_string_append_printf(line, "%s  ", _("flagged"));
	g_string_append(line, x->note ? x->note : "");
	g_free(when), g_free(name), g_free(lv);
}

static void soreness_form_build(struct ui *ui, struct record_edit *e, const void *row)
{
	const struct soreness *x = row;
	struct form *f = e->form;

	form_add(f, _("When"), FORM_DATETIME, true);
	form_add(f, _("Region"), FORM_REGION_SIDE, true);
	form_add(f, _("Level 0-10"), FORM_LEVEL, true);
	e->kinds[0] = _("no");
	e->kinds[1] = _("yes");
	form_add_choice(f, _("Sharp or sudden"), e->kinds, 2, 0);
	form_add(f, _("Note"), FORM_TEXT, false);
	f->fields[SORE_REGION].hint = _("e.g. calf:left");
	if (!x) {
		set_owned(f, SORE_WHEN, time_text(clock_now()));
		return;
	}
	e->id = x->id;
	set_owned(f, SORE_WHEN, time_text(x->time));
	set_owned(f, SORE_REGION, region_side_id(x->region, x->side));
	set_owned(f, SORE_LEVEL, g_strdup_printf("%d", x->level));
	f->fields[SORE_SHARP].choice = x->sharp ? 1 : 0;
	form_set_text(f, SORE_NOTE, x->note);
}

static bool soreness_form_save(struct ui *ui, struct record_edit *e, GError **err)
{
	struct form *f = e->form;
	struct soreness x = { .id = e->id };
	bool ok;

	form_get_datetime(f, SORE_WHEN, &x.time);
	form_get_region_side(f, SORE_REGION, &x.region, &x.side);
	form_get_int(f, SORE_LEVEL, &x.level);
	x.sharp = f->fields[SORE_SHARP].choice == 1;
	x.note = form_dup_text(f, SORE_NOTE);
	ok = record_save(ui, e, TABLE_SORENESS, &x, err);
	soreness_clear(&x);
	return ok;
}

static const struct record_kind soreness_kind = {
	.tab = N_("Soreness"),
	.empty = N_("No soreness yet: press a to add an entry, or check in (2) and use "
		    "the body map."),
	.add_title = N_("New soreness entry"),
	.edit_title = N_("Edit soreness entry"),
	.not_future_field = SORE_WHEN,
	.list = soreness_list,
	.header = soreness_header,
	.row_text = soreness_row_text,
	.form_build = soreness_form_build,
	.form_save = soreness_form_save,
};

/* --- massages ---------------------------------------------------------------- */

enum { MASSAGE_DATE, MASSAGE_KIND, MASSAGE_REGIONS, MASSAGE_THERAPIST, MASSAGE_NOTE };

static bool massage_list(struct ui *ui, bool all, dayno from, void **rows, size_t *n,
			 GError **err)
{
	return store_massages_list(ui->st, all ? SINCE_ALL_DAYS : from, (struct massage **)rows,
				   n, err);
}

static void massage_header(GString *line)
{
	col(line, _("Date"), W_DATE, false);
	col(line, _("Kind"), massage_kind_width(), false);
	g_string_append(line, _("Regions / therapist"));
}

static void massage_row_text(struct ui *ui, const void *row, GString *line)
{
	const struct massage *x = row;
	char *where = region_sides_join(x->regions, x->n_regions, false, ", ");
	char date[DATE_BUF];

	col(line, day_format(x->date, date), W_DATE, false);
	col(line, massage_kind_name(x->kind), massage_kind_width(), false);
	if (x->date > ui->today)
		/* TRANSLATORS: a massage dated after today in History. */
		g_string_append_printf(line, "%s  ", _("booked"));
	g_string_append_printf(line, "%s%s%s", where, x->therapist ? "  / " : "",
			       x->therapist ? x->therapist : "");
	g_free(where);
}

/* A date after today books a session. */
static void massage_form_build(struct ui *ui, struct record_edit *e, const void *row)
{
	const struct massage *x = row;
	struct form *f = e->form;
	char date[DATE_BUF];

	for (int i = 0; i < MASSAGE_KIND_COUNT; i++)
		e->kinds[i] = massage_kind_name((enum massage_kind)i);
	form_add(f, _("Date"), FORM_DATE, true);
	form_add_choice(f, _("Kind"), e->kinds, MASSAGE_KIND_COUNT, 0);
	form_add(f, _("Regions"), FORM_REGIONS, false);
	form_set_max(f, form_add(f, _("Therapist"), FORM_TEXT, false), VALIDATE_NAME_MAX);
	form_add(f, _("Note"), FORM_TEXT, false);
	f->fields[MASSAGE_REGIONS].hint = _("e.g. calf:left, it-band:right");
	if (!x) {
		form_set_text(f, MASSAGE_DATE, "today");
		form_set_text(f, MASSAGE_THERAPIST, ui->cfg->therapist_name);
		return;
	}
	e->id = x->id;
	form_set_text(f, MASSAGE_DATE, day_format(x->date, date));
	f->fields[MASSAGE_KIND].choice = x->kind;
	set_owned(f, MASSAGE_REGIONS, region_sides_join(x->regions, x->n_regions, true, ", "));
	form_set_text(f, MASSAGE_THERAPIST, x->therapist);
	form_set_text(f, MASSAGE_NOTE, x->note);
}

static bool massage_form_save(struct ui *ui, struct record_edit *e, GError **err)
{
	struct form *f = e->form;
	struct massage x = { .id = e->id };
	bool ok;

	form_get_date(f, MASSAGE_DATE, &x.date);
	x.kind = (enum massage_kind)f->fields[MASSAGE_KIND].choice;
	form_get_regions(f, MASSAGE_REGIONS, &x.regions, &x.n_regions);
	x.therapist = form_dup_text(f, MASSAGE_THERAPIST);
	x.note = form_dup_text(f, MASSAGE_NOTE);
	ok = record_save(ui, e, TABLE_MASSAGES, &x, err);
	massage_clear(&x);
	return ok;
}

static const struct record_kind massage_kind = {
	.tab = N_("Massages"),
	.empty = N_("No massages yet: press a to add one."),
	.add_title = N_("New massage"),
	.edit_title = N_("Edit massage"),
	.not_future_field = -1,
	.list = massage_list,
	.header = massage_header,
	.row_text = massage_row_text,
	.form_build = massage_form_build,
	.form_save = massage_form_save,
};

/* --- races ------------------------------------------------------------------- */

enum { RACE_DATE, RACE_NAME, RACE_DISTANCE, RACE_PRIORITY };

static bool race_list(struct ui *ui, bool all, dayno from, void **rows, size_t *n, GError **err)
{
	return store_races_list(ui->st, all ? SINCE_ALL_DAYS : from, (struct race **)rows, n,
				err);
}

static void race_header(GString *line)
{
	col(line, _("Date"), W_DATE, false);
	col(line, _("Priority"), W_PRIO, false);
	col(line, _("Name"), W_NAME, false);
	col(line, _("Distance"), W_DIST, true);
}

static void race_row_text(struct ui *ui, const void *row, GString *line)
{
	const struct race *x = row;
	char *d = format_distance(x->distance_m, ui->cfg->units);
	int days = x->date - ui->today;
	char prio[2] = { x->priority, 0 };
	char date[DATE_BUF];

	col(line, day_format(x->date, date), W_DATE, false);
	col(line, prio, W_PRIO, false);
	col(line, x->name, W_NAME, false);
	col(line, d, W_DIST, true);
	if (days >= 0)
		g_string_append_printf(line, ngettext("in %d day", "in %d days", (unsigned long)days),
				       days);
	g_free(d);
}

/* A race already run. */
static bool race_dimmed(struct ui *ui, const void *row)
{
	return ((const struct race *)row)->date < ui->today;
}

static void race_form_build(struct ui *ui, struct record_edit *e, const void *row)
{
	const struct race *x = row;
	struct form *f = e->form;
	char date[DATE_BUF];

	/* The priority is a choice: a, b or c typed picks it (never "Ba"). */
	e->kinds[0] = "A";
	e->kinds[1] = "B";
	e->kinds[2] = "C";
	form_add(f, _("Date"), FORM_DATE, true);
	form_set_max(f, form_add(f, _("Name"), FORM_TEXT, true), VALIDATE_NAME_MAX);
	form_add(f, _("Distance"), FORM_DISTANCE, true);
	form_add_choice(f, _("Priority A/B/C"), e->kinds, 3, RACE_PRIORITY_DEFAULT - 'A');
	f->fields[RACE_DATE].hint = _("YYYY-MM-DD");
	f->fields[RACE_DATE].ahead = true; /* its errors suggest days to come */
	f->fields[RACE_DISTANCE].hint = _("e.g. 21.1km");
	if (!x)
		return;
	e->id = x->id;
	form_set_text(f, RACE_DATE, day_format(x->date, date));
	form_set_text(f, RACE_NAME, x->name);
	set_owned(f, RACE_DISTANCE, distance_text(x->distance_m, ui->cfg->units));
	f->fields[RACE_PRIORITY].choice = CLAMP(x->priority - 'A', 0, 2);
}

static bool race_form_save(struct ui *ui, struct record_edit *e, GError **err)
{
	struct form *f = e->form;
	struct race x = { .id = e->id };
	bool ok;

	form_get_date(f, RACE_DATE, &x.date);
	x.name = form_dup_text(f, RACE_NAME);
	form_get_distance(f, RACE_DISTANCE, &x.distance_m);
	x.priority = (char)('A' + f->fields[RACE_PRIORITY].choice);
	ok = record_save(ui, e, TABLE_RACES, &x, err);
	race_clear(&x);
	return ok;
}

static const struct record_kind race_kind = {
	.tab = N_("Races"),
	.empty = N_("Nothing yet: press a to add your next race."),
	.add_title = N_("New race"),
	.edit_title = N_("Edit race"),
	.not_future_field = -1,
	.list = race_list,
	.header = race_header,
	.row_text = race_row_text,
	.dimmed = race_dimmed,
	.form_build = race_form_build,
	.form_save = race_form_save,
};

/* --- the table ----------------------------------------------------------------- */

static const struct record_kind *const record_kinds[] = {
	[TABLE_RUNS] = &run_kind,
	[TABLE_SORENESS] = &soreness_kind,
	[TABLE_MASSAGES] = &massage_kind,
	[TABLE_RACES] = &race_kind,
};
/* The kinds the History screen shows, in table order: assessments come
 * after them, logged and edited on the command line (knead log assessed,
 * knead edit assessments). */
G_STATIC_ASSERT(G_N_ELEMENTS(record_kinds) == RECORD_KINDS_SHOWN);

const struct record_kind *record_kind(enum store_table t)
{
	/* Never a fallback kind: a table without a descriptor would be drawn
	 * and saved as something it is not. */
	g_assert((unsigned)t < G_N_ELEMENTS(record_kinds) && record_kinds[t]);
	return record_kinds[t];
}

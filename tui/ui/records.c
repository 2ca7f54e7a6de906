/* SPDX-License-Identifier: GPL-3.0-or-later */
/* records.c - lists of runs, soreness, massages and races; their edit forms;
 * delete with undo. */
#include <config.h>

#include <limits.h>
#include <string.h>
#include "core/clock.h"
#include "core/format.h"
#include "core/i18n.h"
#include "core/regions.h"
#include "core/validate.h"
#include "records.h"

void records_clear(struct records *r)
{
	for (size_t i = 0; i < r->n; i++) {
		switch (r->table) {
		case TABLE_RUNS:
			run_clear(&r->rows.runs[i]);
			break;
		case TABLE_SORENESS:
			soreness_clear(&r->rows.sore[i]);
			break;
		case TABLE_MASSAGES:
			massage_clear(&r->rows.massages[i]);
			break;
		default:
			race_clear(&r->rows.races[i]);
			break;
		}
	}
	g_clear_pointer(&r->rows.runs, g_free);
	g_clear_pointer(&r->error, g_free);
	r->n = 0;
}

/* The first window: a year of runs is a few hundred rows. */
#define RECORDS_FIRST_WINDOW 366
/* Past this, the window is everything (and the doubling stops). */
#define RECORDS_MAX_WINDOW (200 * 366)

void records_load(struct ui *ui, struct records *r)
{
	GError *err = NULL;
	bool ok;
	dayno from;

	records_clear(r);
	if (r->window == 0)
		r->window = RECORDS_FIRST_WINDOW;
	if (r->window >= RECORDS_MAX_WINDOW)
		r->all = true;
	from = ui->today - r->window;
	switch (r->table) {
	case TABLE_RUNS:
		ok = store_runs_list(ui->st, r->all ? SINCE_ALL_TIME : day_start(from), &r->rows.runs,
				     &r->n, &err);
		break;
	case TABLE_SORENESS:
		ok = store_soreness_list(ui->st, r->all ? SINCE_ALL_TIME : day_start(from),
					 &r->rows.sore, &r->n, &err);
		break;
	case TABLE_MASSAGES:
		ok = store_massages_list(ui->st, r->all ? SINCE_ALL_DAYS : from, &r->rows.massages,
					 &r->n, &err);
		break;
	default:
		ok = store_races_list(ui->st, r->all ? SINCE_ALL_DAYS : from, &r->rows.races, &r->n,
				      &err);
		break;
	}
	if (!ok) {
		r->error = g_strdup(err->message);
		g_error_free(err);
		r->n = 0;
	}
	if (r->sel >= (int)r->n)
		r->sel = r->n > 0 ? (int)r->n - 1 : 0;
}

size_t records_index(const struct records *r, int i)
{
	return r->n - 1 - (size_t)i;
}

/* Loads older rows when the selection would go past the oldest loaded one;
 * the selection keeps its row, since older rows come after it. */
static void records_extend(struct ui *ui, struct records *r, int wanted, bool everything)
{
	if (r->all || wanted < (int)r->n)
		return;
	if (everything)
		r->all = true;
	while (!r->all && wanted >= (int)r->n) {
		r->window *= 2;
		records_load(ui, r);
	}
	if (everything)
		records_load(ui, r);
}

int records_action(struct ui *ui, struct records *r, enum ui_action a, int page)
{
	int last;

	if (a == ACT_DOWN)
		records_extend(ui, r, r->sel + 1, false);
	else if (a == ACT_PAGE_DOWN)
		records_extend(ui, r, r->sel + page, false);
	else if (a == ACT_END)
		records_extend(ui, r, INT_MAX, true);
	last = r->n > 0 ? (int)r->n - 1 : 0;

	switch (a) {
	case ACT_UP:
		r->sel = MAX(r->sel - 1, 0);
		break;
	case ACT_DOWN:
		r->sel = MIN(r->sel + 1, last);
		break;
	case ACT_PAGE_UP:
		r->sel = MAX(r->sel - page, 0);
		break;
	case ACT_PAGE_DOWN:
		r->sel = MIN(r->sel + page, last);
		break;
	case ACT_HOME:
		r->sel = 0;
		break;
	case ACT_END:
		r->sel = last;
		break;
	default:
		return UI_IGNORED;
	}
	return UI_HANDLED;
}

static char *regions_text(const struct region_side *rs, size_t n, bool ids)
{
	GString *s = g_string_new(NULL);

	for (size_t i = 0; i < n; i++) {
		if (ids) {
			g_string_append_printf(s, "%s%s%s%s", i ? ", " : "", region_id(rs[i].region),
					       rs[i].side ? ":" : "",
					       rs[i].side ? side_id(rs[i].side) : "");
		} else {
			char *name = region_side_name(rs[i].region, rs[i].side);
			g_string_append_printf(s, "%s%s", i ? ", " : "", name);
			g_free(name);
		}
	}
	return g_string_free(s, FALSE);
}

static char *time_text(wtime t)
{
	int y, mo, d, h, mi;

	wtime_split(t, &y, &mo, &d, &h, &mi, NULL);
	return g_strdup_printf("%04d-%02d-%02d %02d:%02d", y, mo, d, h, mi);
}

/* Columns padded by display width (printf pads by bytes, which misaligns
 * accented text). */
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

/* One line of the list at display position i. */
static char *row_text(struct ui *ui, const struct records *r, int i)
{
	size_t k = records_index(r, i);
	enum unit u = ui->cfg->units;
	GString *line = g_string_new(NULL);
	char date[DATE_BUF];

	switch (r->table) {
	case TABLE_RUNS: {
		const struct run *x = &r->rows.runs[k];
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
		break;
	}
	case TABLE_SORENESS: {
		const struct soreness *x = &r->rows.sore[k];
		char *when = time_text(x->time), *name = region_side_name(x->region, x->side);
		char *lv = g_strdup_printf("%d/10", x->level);
		col(line, when, W_WHEN, false);
		col(line, name, records_region_width(), false);
		col(line, lv, W_LEVEL, true);
		if (x->sharp)
			/* TRANSLATORS: after a soreness level in History: sharp pain. */
			g_string_append_printf(line, "%s  ", _("sharp"));
		g_string_append(line, x->note ? x->note : "");
		g_free(when), g_free(name), g_free(lv);
		break;
	}
	case TABLE_MASSAGES: {
		const struct massage *x = &r->rows.massages[k];
		char *where = regions_text(x->regions, x->n_regions, false);
		col(line, day_format(x->date, date), W_DATE, false);
		col(line, massage_kind_name(x->kind), massage_kind_width(), false);
		if (x->date > ui->today)
			/* TRANSLATORS: a massage dated after today in History. */
			g_string_append_printf(line, "%s  ", _("booked"));
		g_string_append_printf(line, "%s%s%s", where, x->therapist ? "  / " : "",
				       x->therapist ? x->therapist : "");
		g_free(where);
		break;
	}
	default: {
		const struct race *x = &r->rows.races[k];
		char *d = format_distance(x->distance_m, u);
		int days = x->date - ui->today;
		char prio[2] = { x->priority, 0 };
		col(line, day_format(x->date, date), W_DATE, false);
		col(line, prio, W_PRIO, false);
		col(line, x->name, W_NAME, false);
		col(line, d, W_DIST, true);
		if (days >= 0)
			g_string_append_printf(line, ngettext("in %d day", "in %d days",
							      (unsigned long)days), days);
		g_free(d);
		break;
	}
	}
	return g_string_free(line, FALSE);
}

static char *list_header(const struct records *r)
{
	GString *line = g_string_new(NULL);

	switch (r->table) {
	case TABLE_RUNS:
		col(line, _("When"), W_WHEN, false);
		col(line, _("Distance"), W_DIST, true);
		col(line, _("Time"), W_TIME, true);
		col(line, _("Pace"), W_PACE, true);
		col(line, _("Kind"), kind_width(), false);
		col(line, _("Effort"), W_EFFORT, true);
		g_string_append(line, _("Note"));
		break;
	case TABLE_SORENESS:
		col(line, _("When"), W_WHEN, false);
		col(line, _("Region"), records_region_width(), false);
		col(line, _("Level"), W_LEVEL, true);
		g_string_append(line, _("Note"));
		break;
	case TABLE_MASSAGES:
		col(line, _("Date"), W_DATE, false);
		col(line, _("Kind"), massage_kind_width(), false);
		g_string_append(line, _("Regions / therapist"));
		break;
	default:
		col(line, _("Date"), W_DATE, false);
		col(line, _("Priority"), W_PRIO, false);
		col(line, _("Name"), W_NAME, false);
		col(line, _("Distance"), W_DIST, true);
		break;
	}
	return g_string_free(line, FALSE);
}

void records_draw(struct ui *ui, struct records *r, struct rect area, bool highlight_future)
{
	int rows = area.h - 1;
	char *header = list_header(r);

	ui_text(ui, area.y, area.x, area.w, ui_attr(ui, ROLE_HEADING), header);
	g_free(header);
	if (r->error) {
		ui_text(ui, area.y + 1, area.x, area.w, ui_attr(ui, ROLE_ERROR), r->error);
		return;
	}
	if (r->n == 0) {
		static const char *const empty[TABLE_COUNT] = {
			N_("No runs yet: press a to add one, or c on Today to check in."),
			N_("No soreness yet: press a to add an entry, or check in (2) and use "
			   "the body map."),
			N_("No massages yet: press a to add one."),
			N_("Nothing yet: press a to add your next race."),
		};
		char **lines = ui_wrap(_(empty[r->table]), area.w);
		for (int i = 0; i < area.h - 1 && lines[i]; i++)
			ui_text(ui, area.y + 1 + i, area.x, area.w, ui_attr(ui, ROLE_DIM), lines[i]);
		g_strfreev(lines);
		return;
	}
	if (r->sel < r->top)
		r->top = r->sel;
	if (r->sel >= r->top + rows)
		r->top = r->sel - rows + 1;
	for (int i = r->top; i < (int)r->n && i < r->top + rows; i++) {
		char *line = row_text(ui, r, i);
		char *fitted = ui_fit(line, area.w);
		attr_t a = A_NORMAL;

		if (i == r->sel)
			a = ui_attr(ui, ROLE_SELECTED);
		else if (highlight_future && r->table == TABLE_RACES &&
			 r->rows.races[records_index(r, i)].date < ui->today)
			a = ui_attr(ui, ROLE_DIM);
		ui_text(ui, area.y + 1 + i - r->top, area.x, area.w, a, fitted);
		g_free(fitted);
		g_free(line);
	}
}

bool records_search(struct ui *ui, struct records *r, const struct ui_search *s, int dir)
{
	for (int pass = 0; pass < 2; pass++) {
		int n = (int)r->n;
		for (int k = 1; k <= n; k++) {
			int i = ((r->sel + dir * k) % n + n) % n;
			char *line = row_text(ui, r, i);
			bool hit = ui_search_matches(s, line);
			g_free(line);
			if (hit) {
				r->sel = i;
				return true;
			}
		}
		/* Not in the rows loaded: look through all of them. */
		if (r->all)
			break;
		records_extend(ui, r, INT_MAX, true);
	}
	return false;
}

unsigned records_search_action(struct ui *ui, struct ui_search *s, struct records *r,
				enum ui_action a)
{
	if (s->typing && a == ACT_CANCEL) {
		s->typing = false;
		return UI_HANDLED;
	}
	if (s->typing && a != ACT_SEARCH)
		return UI_HANDLED;
	if (a == ACT_SEARCH && !s->typing) {
		ui_search_start(s);
		return UI_HANDLED;
	}
	s->typing = false;
	if (r && s->query && s->query->len > 0 &&
	    !records_search(ui, r, s, a == ACT_SEARCH_PREV ? -1 : 1))
		/* TRANSLATORS: %s is what was searched for. */
		ui_message(ui, true, _("\"%s\" is not in this list."), s->query->str);
	return UI_HANDLED;
}

int records_click(struct records *r, struct rect area, int y)
{
	int i = r->top + (y - area.y - 1);

	if (y <= area.y || i < 0 || i >= (int)r->n)
		return UI_IGNORED;
	r->sel = i;
	return UI_HANDLED;
}

/* --- editing ------------------------------------------------------------ */

enum { RUN_WHEN, RUN_DISTANCE, RUN_DURATION, RUN_KIND, RUN_EFFORT, RUN_NOTE };
enum { SORE_WHEN, SORE_REGION, SORE_LEVEL, SORE_SHARP, SORE_NOTE };
enum { MASSAGE_DATE, MASSAGE_KIND, MASSAGE_REGIONS, MASSAGE_THERAPIST, MASSAGE_NOTE };
enum { RACE_DATE, RACE_NAME, RACE_DISTANCE, RACE_PRIORITY };

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

/* The soreness form, filled from x when editing. */
static void soreness_form(struct record_edit *e, const struct soreness *x)
{
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
	set_owned(f, SORE_REGION,
		  x->side ? g_strdup_printf("%s:%s", region_id(x->region), side_id(x->side))
			  : g_strdup(region_id(x->region)));
	set_owned(f, SORE_LEVEL, g_strdup_printf("%d", x->level));
	f->fields[SORE_SHARP].choice = x->sharp ? 1 : 0;
	form_set_text(f, SORE_NOTE, x->note);
}

/* The massage form, filled from x when editing; a date after today books
 * a session. */
static void massage_form(struct ui *ui, struct record_edit *e, const struct massage *x)
{
	struct form *f = e->form;
	char date[DATE_BUF];

	for (int i = 0; i < MASSAGE_KIND_COUNT; i++)
		e->kinds[i] = massage_kind_name((enum massage_kind)i);
	form_add(f, _("Date"), FORM_DATE, true);
	form_add_choice(f, _("Kind"), e->kinds, MASSAGE_KIND_COUNT, 0);
	form_add(f, _("Regions"), FORM_REGIONS, false);
	form_set_max(f, form_add(f, _("Therapist"), FORM_TEXT, false), VALIDATE_NAME_MAX);
	form_add(f, _("Note"), FORM_TEXT, false);
	f->fields[MASSAGE_REGIONS].hint = _("e.g. calf:left, it-band");
	if (!x) {
		form_set_text(f, MASSAGE_DATE, "today");
		form_set_text(f, MASSAGE_THERAPIST, ui->cfg->therapist_name);
		return;
	}
	e->id = x->id;
	form_set_text(f, MASSAGE_DATE, day_format(x->date, date));
	f->fields[MASSAGE_KIND].choice = x->kind;
	set_owned(f, MASSAGE_REGIONS, regions_text(x->regions, x->n_regions, true));
	form_set_text(f, MASSAGE_THERAPIST, x->therapist);
	form_set_text(f, MASSAGE_NOTE, x->note);
}

struct record_edit *record_edit_new(struct ui *ui, enum store_table t, const struct records *r,
				    int display_index)
{
	struct record_edit *e = g_new0(struct record_edit, 1);
	struct form *f = form_new(ui->cfg->units, ui->today);
	size_t k = r && display_index >= 0 ? records_index(r, display_index) : 0;
	bool existing = r && display_index >= 0 && r->n > 0;

	e->table = t;
	e->form = f;
	e->elevation_m = -1;
	switch (t) {
	case TABLE_RUNS:
		for (int i = 0; i < RUN_KIND_COUNT; i++)
			e->kinds[i] = run_kind_name((enum run_kind)i);
		form_add(f, _("When"), FORM_DATETIME, true);
		form_add(f, _("Distance"), FORM_DISTANCE, true);
		form_add(f, _("Duration"), FORM_DURATION, true);
		form_add_choice(f, _("Kind"), e->kinds, RUN_KIND_COUNT, 0);
		form_add(f, _("Effort 1-10"), FORM_RPE, false);
		form_add(f, _("Note"), FORM_TEXT, false);
		if (existing) {
			const struct run *x = &r->rows.runs[k];
			e->id = x->id;
			set_owned(f, RUN_WHEN, time_text(x->start));
			set_owned(f, RUN_DISTANCE, distance_text(x->distance_m, ui->cfg->units));
			set_owned(f, RUN_DURATION, format_duration(x->duration_s));
			f->fields[RUN_KIND].choice = x->kind;
			if (x->rpe)
				set_owned(f, RUN_EFFORT, g_strdup_printf("%d", x->rpe));
			form_set_text(f, RUN_NOTE, x->note);
			e->source = x->source;
			e->source_id = g_strdup(x->source_id);
			e->elevation_m = x->elevation_m;
			e->avg_hr = x->avg_hr;
		} else {
			set_owned(f, RUN_WHEN, time_text(clock_now()));
		}
		break;
	case TABLE_SORENESS:
		soreness_form(e, existing ? &r->rows.sore[k] : NULL);
		break;
	case TABLE_MASSAGES:
		massage_form(ui, e, existing ? &r->rows.massages[k] : NULL);
		break;
	default:
		form_add(f, _("Date"), FORM_DATE, true);
		form_set_max(f, form_add(f, _("Name"), FORM_TEXT, true), VALIDATE_NAME_MAX);
		form_add(f, _("Distance"), FORM_DISTANCE, true);
		form_add(f, _("Priority A/B/C"), FORM_PRIORITY, true);
		f->fields[RACE_DATE].hint = _("YYYY-MM-DD");
		f->fields[RACE_DISTANCE].hint = _("e.g. 21.1km");
		if (existing) {
			const struct race *x = &r->rows.races[k];
			char date[DATE_BUF];
			e->id = x->id;
			form_set_text(f, RACE_DATE, day_format(x->date, date));
			form_set_text(f, RACE_NAME, x->name);
			set_owned(f, RACE_DISTANCE, distance_text(x->distance_m, ui->cfg->units));
			set_owned(f, RACE_PRIORITY, g_strdup_printf("%c", x->priority));
		} else {
			char prio[2] = { RACE_PRIORITY_DEFAULT, '\0' };
			form_set_text(f, RACE_PRIORITY, prio);
		}
		break;
	}
	f->focus = 0;
	e->original = existing ? form_snapshot(f) : NULL;
	return e;
}

bool record_edit_unchanged(const struct record_edit *e)
{
	char *now;
	bool same;

	if (!e->original)
		return false;
	now = form_snapshot(e->form);
	same = strcmp(now, e->original) == 0;
	g_free(now);
	return same;
}

void record_edit_free(struct record_edit *e)
{
	if (!e)
		return;
	form_free(e->form);
	g_free(e->source_id);
	g_free(e->original);
	g_free(e);
}

/* Only massages may be in the future (a booking); a run or a soreness
 * entry after today is a slip. */
static bool record_edit_not_future(struct ui *ui, struct record_edit *e)
{
	struct form *f = e->form;
	int field = e->table == TABLE_RUNS ? RUN_WHEN : SORE_WHEN;
	wtime t;

	if (e->table != TABLE_RUNS && e->table != TABLE_SORENESS)
		return true;
	form_get_datetime(f, field, &t);
	if (wtime_day(t) <= ui->today)
		return true;
	g_free(f->error);
	f->error = g_strdup_printf(_("Nothing saved: \"%s\" is in the future (expected today or an earlier date)"),
				   form_text(f, field));
	f->focus = field;
	return false;
}

bool record_edit_save(struct ui *ui, struct record_edit *e)
{
	struct form *f = e->form;
	GError *err = NULL;
	bool ok;

	if (!form_check(f) || !record_edit_not_future(ui, e))
		return false;
	switch (e->table) {
	case TABLE_RUNS: {
		struct run x = { .id = e->id, .elevation_m = e->elevation_m, .avg_hr = e->avg_hr,
				 .source = e->source };
		form_get_datetime(f, RUN_WHEN, &x.start);
		form_get_distance(f, RUN_DISTANCE, &x.distance_m);
		form_get_duration(f, RUN_DURATION, &x.duration_s);
		x.kind = (enum run_kind)f->fields[RUN_KIND].choice;
		if (!form_is_empty(f, RUN_EFFORT))
			form_get_int(f, RUN_EFFORT, &x.rpe);
		x.note = form_dup_text(f, RUN_NOTE);
		x.source_id = g_strdup(e->source_id);
		ok = validate_run(&x, clock_now(), &err) &&
		     (e->id ? store_run_update(ui->st, &x, &err)
			    : store_run_add(ui->st, &x, NULL, &err));
		run_clear(&x);
		break;
	}
	case TABLE_SORENESS: {
		struct soreness x = { .id = e->id };
		form_get_datetime(f, SORE_WHEN, &x.time);
		form_get_region_side(f, SORE_REGION, &x.region, &x.side);
		form_get_int(f, SORE_LEVEL, &x.level);
		x.sharp = f->fields[SORE_SHARP].choice == 1;
		x.note = form_dup_text(f, SORE_NOTE);
		ok = validate_soreness(&x, clock_now(), &err) &&
		     (e->id ? store_soreness_update(ui->st, &x, &err)
			    : store_soreness_add(ui->st, &x, NULL, &err));
		soreness_clear(&x);
		break;
	}
	case TABLE_MASSAGES: {
		struct massage x = { .id = e->id };
		form_get_date(f, MASSAGE_DATE, &x.date);
		x.kind = (enum massage_kind)f->fields[MASSAGE_KIND].choice;
		form_get_regions(f, MASSAGE_REGIONS, &x.regions, &x.n_regions);
		x.therapist = form_dup_text(f, MASSAGE_THERAPIST);
		x.note = form_dup_text(f, MASSAGE_NOTE);
		ok = validate_massage(&x, clock_now(), &err) &&
		     (e->id ? store_massage_update(ui->st, &x, &err)
			    : store_massage_add(ui->st, &x, NULL, &err));
		massage_clear(&x);
		break;
	}
	default: {
		struct race x = { .id = e->id };
		form_get_date(f, RACE_DATE, &x.date);
		x.name = form_dup_text(f, RACE_NAME);
		form_get_distance(f, RACE_DISTANCE, &x.distance_m);
		form_get_priority(f, RACE_PRIORITY, &x.priority);
		ok = validate_race(&x, clock_now(), &err) &&
		     (e->id ? store_race_update(ui->st, &x, &err)
			    : store_race_add(ui->st, &x, NULL, &err));
		race_clear(&x);
		break;
	}
	}
	if (!ok) {
		g_free(f->error);
		f->error = g_strdup_printf(_("Nothing saved: %s"), err->message);
		g_error_free(err);
	}
	return ok;
}

void record_edit_draw(struct ui *ui, struct record_edit *e)
{
	static const char *const add_titles[TABLE_COUNT] = {
		N_("New run"), N_("New soreness entry"), N_("New massage"), N_("New race"),
	};
	static const char *const edit_titles[TABLE_COUNT] = {
		N_("Edit run"), N_("Edit soreness entry"), N_("Edit massage"), N_("Edit race"),
	};
	int w = MIN(64, ui->cols - 4);
	int label_w = form_label_width(e->form);
	int form_h = form_height(e->form, w - 4);
	char **err = e->form->error ? ui_wrap(e->form->error, w - 4) : g_new0(char *, 1);
	int err_h = (int)g_strv_length(err);
	int h = MIN(form_h + err_h + 4, ui->rows - 2);
	struct rect box = { (ui->rows - h) / 2, (ui->cols - w) / 2, h, w };
	struct rect in = rect_inset(box, 1, 2);

	ui_fill(ui, box);
	ui_box(ui, box, _(e->id ? edit_titles[e->table] : add_titles[e->table]), true);
	rect_take_top(&in, 1);
	form_draw(ui, e->form, rect_take_top(&in, form_h), label_w, true);
	for (int i = 0; i < in.h && err[i]; i++)
		ui_text(ui, in.y + i, in.x, in.w, ui_attr(ui, ROLE_ERROR), err[i]);
	g_strfreev(err);
}

/* --- delete and undo ---------------------------------------------------- */

#define RECORDS_UNDO_LEVELS 50

static struct region_side *regions_dup(const struct region_side *rs, size_t n)
{
	return n ? g_memdup2(rs, n * sizeof(*rs)) : NULL;
}

static void deleted_clear(struct record_deleted *d)
{
	switch (d->table) {
	case TABLE_RUNS:
		run_clear(&d->row.run);
		break;
	case TABLE_SORENESS:
		soreness_clear(&d->row.sore);
		break;
	case TABLE_MASSAGES:
		massage_clear(&d->row.massage);
		break;
	default:
		race_clear(&d->row.race);
		break;
	}
}

bool records_delete(struct ui *ui, struct records *r, GArray *undo, GError **err)
{
	struct record_deleted d = { .table = r->table };
	size_t k;
	int64_t id;

	if (r->n == 0)
		return true;
	k = records_index(r, r->sel);
	switch (r->table) {
	case TABLE_RUNS:
		d.row.run = r->rows.runs[k];
		d.row.run.note = g_strdup(d.row.run.note);
		d.row.run.source_id = g_strdup(d.row.run.source_id);
		id = d.row.run.id;
		break;
	case TABLE_SORENESS:
		d.row.sore = r->rows.sore[k];
		d.row.sore.note = g_strdup(d.row.sore.note);
		id = d.row.sore.id;
		break;
	case TABLE_MASSAGES:
		d.row.massage = r->rows.massages[k];
		d.row.massage.regions = regions_dup(d.row.massage.regions, d.row.massage.n_regions);
		d.row.massage.therapist = g_strdup(d.row.massage.therapist);
		d.row.massage.note = g_strdup(d.row.massage.note);
		id = d.row.massage.id;
		break;
	default:
		d.row.race = r->rows.races[k];
		d.row.race.name = g_strdup(d.row.race.name);
		id = d.row.race.id;
		break;
	}
	if (!store_remove(ui->st, r->table, id, err)) {
		deleted_clear(&d);
		return false;
	}
	g_array_append_val(undo, d);
	/* Enough levels for a session; the oldest deletions become final. */
	while (undo->len > RECORDS_UNDO_LEVELS) {
		deleted_clear(&g_array_index(undo, struct record_deleted, 0));
		g_array_remove_index(undo, 0);
	}
	return true;
}

void records_undo_clear_last(GArray *undo)
{
	if (undo->len == 0)
		return;
	deleted_clear(&g_array_index(undo, struct record_deleted, undo->len - 1));
	g_array_set_size(undo, undo->len - 1);
}

bool records_undo(struct ui *ui, GArray *undo, GError **err)
{
	struct record_deleted *d;
	bool ok;

	if (undo->len == 0)
		return true;
	d = &g_array_index(undo, struct record_deleted, undo->len - 1);
	switch (d->table) {
	case TABLE_RUNS:
		ok = store_restore(ui->st, d->table, &d->row.run, d->row.run.id, NULL, err);
		break;
	case TABLE_SORENESS:
		ok = store_restore(ui->st, d->table, &d->row.sore, d->row.sore.id, NULL, err);
		break;
	case TABLE_MASSAGES:
		ok = store_restore(ui->st, d->table, &d->row.massage, d->row.massage.id, NULL, err);
		break;
	default:
		ok = store_restore(ui->st, d->table, &d->row.race, d->row.race.id, NULL, err);
		break;
	}
	if (ok)
		records_undo_clear_last(undo);
	return ok;
}

GArray *records_undo_new(void)
{
	return g_array_new(FALSE, TRUE, sizeof(struct record_deleted));
}

void records_undo_clear(GArray *undo)
{
	while (undo->len > 0)
		records_undo_clear_last(undo);
}

char *records_describe(struct ui *ui, const struct records *r, int i)
{
	size_t k = records_index(r, i);
	char date[DATE_BUF];

	switch (r->table) {
	case TABLE_RUNS: {
		char *d = format_distance(r->rows.runs[k].distance_m, ui->cfg->units);
		/* TRANSLATORS: names a run in a question: "the run of 2026-11-23, 10.00 km". */
		char *s = g_strdup_printf(_("the run of %s, %s"),
					  day_format(wtime_day(r->rows.runs[k].start), date), d);
		g_free(d);
		return s;
	}
	case TABLE_SORENESS: {
		char *name = region_side_name(r->rows.sore[k].region, r->rows.sore[k].side);
		char *s = g_strdup_printf(_("the soreness entry of %s, %s %d/10"),
					  day_format(wtime_day(r->rows.sore[k].time), date), name,
					  r->rows.sore[k].level);
		g_free(name);
		return s;
	}
	case TABLE_MASSAGES:
		return g_strdup_printf(_("the massage of %s, %s"),
				       day_format(r->rows.massages[k].date, date),
				       massage_kind_name(r->rows.massages[k].kind));
	default:
		return g_strdup_printf(_("the race %s of %s"), r->rows.races[k].name,
				       day_format(r->rows.races[k].date, date));
	}
}

unsigned records_ask_delete(struct ui *ui, const struct records *r, ui_confirm_fn confirmed)
{
	char *what, *question;

	if (!r || r->n == 0)
		return UI_HANDLED;
	what = records_describe(ui, r, r->sel);
	/* TRANSLATORS: %s names the entry, e.g. "the run of 2026-11-23, 10.00 km". */
	question = g_strdup_printf(_("Delete %s? (y/n)"), what);
	ui_ask(ui, question, confirmed, NULL);
	g_free(question);
	g_free(what);
	return UI_HANDLED;
}

unsigned records_undo_last(struct ui *ui, GArray *undo)
{
	GError *err = NULL;

	if (undo->len == 0) {
		ui_message(ui, true, _("Nothing to undo."));
		return UI_HANDLED;
	}
	if (!records_undo(ui, undo, &err)) {
		ui_message(ui, true, "%s", err->message);
		g_error_free(err);
		return UI_HANDLED;
	}
	ui_message(ui, false, _("Put back."));
	return UI_HANDLED | UI_RELOAD;
}

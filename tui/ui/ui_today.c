/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ui_today.c - the home screen: where the runner stands, the next massage,
 * weekly distance, fitness/fatigue/form, and what is sore now.  Every
 * figure comes from the advice engine (advice.h, load.h, phase.h). */
#include <config.h>

#include <math.h>
#include <string.h>
#include "core/advice/advice.h"
#include "core/advice/advice_history.h"
#include "core/articles/articles.h"
#include "core/store/change.h"
#include "core/store/checkin.h"
#include "core/store/journal.h"
#include "core/clock.h"
#include "core/format.h"
#include "core/i18n.h"
#include "core/articles/rank_inputs.h"
#include "core/regions.h"
#include "core/selfcare/selfcare.h"
#include "chart.h"
#include "records.h"
#include "ui.h"

/* The weeks the history window holds (LOAD_HISTORY_DAYS = 36 weeks). */
#define MAX_WEEKS (LOAD_HISTORY_DAYS / 7)
#define MIN_WEEKS 12
/* The widest the advice and Sore now grow (columns, with their boxes). */
#define TODAY_TEXT_MAX_W 90
/* The widest a week's bar grows when there are few weeks. */
#define BAR_MAX_W 8
/* Before this many days of runs the acute:chronic ratio means nothing: its
 * chronic part is four weeks. */
#define ACWR_MIN_DAYS 28
/* The usual bands beside the ratios (facts.md). */
#define ACWR_LOW 0.8
#define ACWR_HIGH 1.3
#define MONOTONY_HIGH 2.0

struct today {
	bool loaded;
	char *error;
	struct history h;
	struct status status;
	struct advice advice;
	dayno from;
	double week_km[MAX_WEEKS]; /* oldest first; the last is this week */
	char *week_labels[MAX_WEEKS];
	int n_days;
	double *fitness, *fatigue, *form;
	bool checked_in;
	struct article_index *articles; /* loaded once: the files do not change */
	char *top_title, *top_why;	/* the article to read now, if any */
	bool why_open; /* the advice card on the whole screen, every reason shown */
	/* The stale question is on screen (the Why view lists it when the
	 * card has no room): y and n answer it only then. */
	bool stale_shown;
	struct selfcare_plan plan; /* tonight's self-care (selfcare.h) */
	bool tonight_open;	   /* the plan on the whole screen, item by item */
	int tonight_sel, tonight_top;
	int why_scroll; /* the first row of the reasons the Why view shows */
	int why_page;	/* how many rows of them it shows (a page) */
};

static struct today *state(struct ui *ui)
{
	return ui->state[SCREEN_TODAY];
}

static void today_free_data(struct today *t)
{
	if (t->loaded) {
		status_clear(&t->status);
		advice_clear(&t->advice);
		selfcare_plan_clear(&t->plan);
		history_clear(&t->h);
	}
	for (int i = 0; i < MAX_WEEKS; i++)
		g_clear_pointer(&t->week_labels[i], g_free);
	g_clear_pointer(&t->fitness, g_free);
	g_clear_pointer(&t->fatigue, g_free);
	g_clear_pointer(&t->form, g_free);
	g_clear_pointer(&t->error, g_free);
	g_clear_pointer(&t->top_title, g_free);
	g_clear_pointer(&t->top_why, g_free);
	t->loaded = false;
}

static void today_init(struct ui *ui)
{
	ui->state[SCREEN_TODAY] = g_new0(struct today, 1);
}

static void today_fini(struct ui *ui)
{
	today_free_data(state(ui));
	if (state(ui)->articles)
		articles_free(state(ui)->articles);
	g_free(state(ui));
}

static dayno week_monday(dayno d)
{
	return d - day_weekday(d);
}

static void compute_weeks(struct ui *ui, struct today *t)
{
	dayno this_monday = week_monday(ui->today);

	memset(t->week_km, 0, sizeof(t->week_km));
	for (size_t i = 0; i < t->h.n_runs; i++) {
		dayno d = wtime_day(t->h.runs[i].start);
		int back = (this_monday - week_monday(d)) / 7;
		if (d <= ui->today && back >= 0 && back < MAX_WEEKS)
			t->week_km[MAX_WEEKS - 1 - back] += t->h.runs[i].distance_m / 1000.0;
	}
	/* A month's name under its first week; nothing under the others. */
	for (int i = 0; i < MAX_WEEKS; i++) {
		dayno monday = this_monday - 7 * (MAX_WEEKS - 1 - i);
		int y, m, d;
		wtime_split(day_start(monday), &y, &m, &d, NULL, NULL, NULL);
		if (d <= 7) {
			GDateTime *dt = g_date_time_new_utc(y, m, d, 12, 0, 0);
			/* TRANSLATORS: a strftime format for a month under the weekly
			 * distance chart: "Nov". */
			t->week_labels[i] = dt ? g_date_time_format(dt, _("%b")) : NULL;
			if (dt)
				g_date_time_unref(dt);
		}
	}
	if (ui->cfg->units == UNIT_MI)
		for (int i = 0; i < MAX_WEEKS; i++)
			t->week_km[i] = t->week_km[i] * 1000.0 / METRES_PER_MILE;
}

static void compute_pmc(struct ui *ui, struct today *t)
{
	size_t n = (size_t)(ui->today - t->from + 1);
	double *daily = g_new0(double, n);
	struct load_pmc *pmc = g_new0(struct load_pmc, n);

	load_daily(&t->h, t->from, n, daily);
	load_pmc(daily, n, pmc);
	t->n_days = (int)n;
	t->fitness = g_new(double, n);
	t->fatigue = g_new(double, n);
	t->form = g_new(double, n);
	for (size_t i = 0; i < n; i++) {
		t->fitness[i] = pmc[i].fitness;
		t->fatigue[i] = pmc[i].fatigue;
		t->form[i] = pmc[i].form;
	}
	g_free(daily);
	g_free(pmc);
}

/* The best article for the runner's state: the same ranking as the
 * Articles screen, from the history already loaded.  Without articles
 * (a broken installation) the line is simply not shown. */
static void rank_top_article(struct ui *ui, struct today *t, wtime now)
{
	struct rank_inputs in = { 0 };
	struct ranked_article *ranked;
	size_t n = 0;

	if (!t->articles)
		t->articles = articles_load_default(NULL);
	if (!t->articles)
		return;
	rank_inputs_from_advice(&in, &t->h, &t->advice, now);
	if (rank_inputs_add_reads(&in, ui->st, now, NULL)) {
		ranked = articles_rank(t->articles, &in.state, &n);
		if (n > 0) {
			t->top_title = g_strdup(ranked[0].article->title);
			t->top_why = g_strdup(ranked[0].why);
		}
		ranked_articles_free(ranked, n);
	}
	rank_inputs_clear(&in);
}

/* Tonight's plan: the history already loaded and the ticks of the last
 * weeks.  Without the ticks (an unreadable table) the plan still shows. */
static void load_plan(struct ui *ui, struct today *t, wtime now)
{
	dayno today = wtime_day(now);
	struct selfcare_tick *ticks = NULL;
	size_t n = 0;

	if (!ui->st || !store_selfcare_done_list(ui->st, today - SELFCARE_HABIT_DAYS, today, &ticks, &n,
				      NULL))
		n = 0;
	selfcare_plan_from_history(&t->h, ticks, n, now, &t->plan);
	selfcare_ticks_free(ticks, n);
}

static void today_reload(struct ui *ui)
{
	struct today *t = state(ui);
	GError *err = NULL;
	wtime now = clock_now();

	today_free_data(t);
	t->from = advice_history_from(wtime_day(now));
	if (!advice_load(ui->st, ui->cfg, now, &t->h, &t->advice, &err)) {
		t->error = g_strdup(err->message);
		g_error_free(err);
		return;
	}
	t->loaded = true;
	status_compute(&t->h, now, &t->status);
	compute_weeks(ui, t);
	compute_pmc(ui, t);
	t->checked_in = checkin_done_on(&t->h, ui->today);
	rank_top_article(ui, t, now);
	load_plan(ui, t, now);
	if (t->tonight_sel >= (int)t->plan.n_items)
		t->tonight_sel = 0;
	if (t->plan.n_items == 0)
		t->tonight_open = false;
}

static unsigned today_context(struct ui *ui)
{
	return state(ui)->tonight_open ? CTX_TONIGHT : CTX_TODAY;
}

/* "in 3 days", "today", "tomorrow", "3 days ago". g_free(). */
static char *days_from_now(int days)
{
	if (days == 0)
		return g_strdup(_("today"));
	if (days == 1)
		return g_strdup(_("tomorrow"));
	if (days == -1)
		return g_strdup(_("yesterday"));
	if (days > 0)
		return g_strdup_printf(ngettext("in %d day", "in %d days", (unsigned long)days), days);
	return g_strdup_printf(ngettext("%d day ago", "%d days ago", (unsigned long)-days), -days);
}

static void draw_header(struct ui *ui, struct today *t, struct rect *body)
{
	struct rect line = rect_take_top(body, 1);
	int x = line.x;

	if (t->h.n_runs == 0 && !t->status.has_race)
		/* TRANSLATORS: Today's phase before any run is logged: "no
		 * training" would sit oddly beside advice for base training. */
		x += ui_text(ui, line.y, x, line.w, ui_attr(ui, ROLE_HEADING),
			     _("Phase: from your first runs"));
	else
		/* TRANSLATORS: the training phase, e.g. "Phase: build". */
		x += ui_textf(ui, line.y, x, line.w, ui_attr(ui, ROLE_HEADING), _("Phase: %s"),
			      phase_name(t->status.phase));
	if (t->status.has_race) {
		char *when = days_from_now(t->status.days_to_race);
		char *date = ui_day_short(t->status.race_date);
		char *dist = format_distance(t->status.race_distance_m, ui->cfg->units);
		/* TRANSLATORS: the key race on the Today screen: name, priority,
		 * distance, "in 21 days", date. */
		char *text = g_strdup_printf(_("   Next race: %s (%c, %s) %s, %s"),
					     t->status.race_name, t->status.race_priority, dist, when,
					     date);
		char *fitted = ui_fit_words(ui, text, line.w - (x - line.x));

		ui_text(ui, line.y, x, line.w - (x - line.x), A_NORMAL, fitted);
		g_free(fitted);
		g_free(text);
		g_free(when);
		g_free(date);
		g_free(dist);
	} else {
		char *fitted = ui_fit_words(ui, _("   No race planned (add one on the Races screen)."),
					 line.w - (x - line.x));

		ui_text(ui, line.y, x, line.w - (x - line.x), ui_attr(ui, ROLE_DIM), fitted);
		g_free(fitted);
	}
	if (!t->checked_in) {
		struct rect banner = rect_take_top(body, 1);
		char *msg = ui_fit_words(ui, _(" You have not checked in today. Press c to log your run "
					    "and how you feel."), banner.w);
		ui_text(ui, banner.y, banner.x, banner.w, ui_attr(ui, ROLE_BANNER), msg);
		g_free(msg);
	}
}

/* Writes wrapped text, returns the rows used (at most max_rows); *cut (if
 * given) is set when some did not fit. */
static int draw_wrapped_cut(struct ui *ui, int y, int x, int w, int max_rows, attr_t a,
			    const char *prefix, const char *text, bool *cut)
{
	char **lines = ui_wrap(text, w - ui_text_width(prefix));
	int rows = 0;

	for (; rows < max_rows && lines[rows]; rows++) {
		int px = rows == 0 ? ui_text(ui, y + rows, x, w, a, prefix) : ui_text_width(prefix);
		ui_text(ui, y + rows, x + px, w - px, a, lines[rows]);
	}
	if (cut && lines[rows])
		*cut = true;
	g_strfreev(lines);
	return rows;
}

static int draw_wrapped(struct ui *ui, int y, int x, int w, int max_rows, attr_t a,
			const char *prefix, const char *text)
{
	return draw_wrapped_cut(ui, y, x, w, max_rows, a, prefix, text, NULL);
}

/* The mark that ends a cut list: "…+3 (w)", the items left out and the
 * key that shows them all (0: none, in the view that shows them).
 * g_free(). */
static char *cut_mark(struct ui *ui, int left_out, char key)
{
	const char *ellipsis = ui->utf8 ? "\u2026" : "...";

	if (!key)
		return g_strdup_printf("%s+%d", ellipsis, left_out);
	/* TRANSLATORS: ends a list cut to fit: %s is an ellipsis, %d how
	 * many items were left out, %c the key that shows them all (w, t). */
	return g_strdup_printf(_("%s+%d (%c)"), ellipsis, left_out, key);
}

/* The reasons, a bullet each, wrapped to w: the rows, and in *first the
 * row each reason starts on (n + 1 of them). */
static GPtrArray *reason_rows(struct ui *ui, char **reasons, int w, GArray *first)
{
	GPtrArray *rows = g_ptr_array_new_with_free_func(g_free);
	const char *bullet = ui->utf8 ? "\u2022 " : "- ";

	for (int i = 0; reasons && reasons[i]; i++) {
		char **lines = ui_wrap(reasons[i], w - 2);

		g_array_append_val(first, rows->len);
		for (int j = 0; lines[j]; j++)
			g_ptr_array_add(rows, g_strconcat(j ? "  " : bullet, lines[j], NULL));
		g_strfreev(lines);
	}
	g_array_append_val(first, rows->len);
	return rows;
}

/* The reasons as a list.  On the card, whole reasons as many as fit and,
 * when some are left out, a last row "…+N (w)"; in the Why view, every
 * row, scrolled from t->why_scroll, with marks where more lies above or
 * below. */
static void draw_reasons(struct ui *ui, struct today *t, char **reasons, struct rect r,
			 int also_left_out)
{
	GArray *first = g_array_new(FALSE, FALSE, sizeof(guint));
	GPtrArray *rows = reason_rows(ui, reasons, r.w, first);
	int n = (int)first->len - 1, total = (int)rows->len;
	attr_t dim = ui_attr(ui, ROLE_DIM);

	if (r.h <= 0) {
		/* nothing fits */
	} else if (t->why_open) {
		int max = MAX(0, total - r.h);

		t->why_page = r.h;
		t->why_scroll = CLAMP(t->why_scroll, 0, max);
		for (int i = 0; i < r.h && t->why_scroll + i < total; i++)
			ui_text(ui, r.y + i, r.x, r.w, dim, g_ptr_array_index(rows, t->why_scroll + i));
		if (t->why_scroll > 0)
			ui_text(ui, r.y, r.x + r.w - 1, 1, ui_attr(ui, ROLE_HEADING),
				ui->utf8 ? "\u2191" : "^");
		if (t->why_scroll < max) {
			/* TRANSLATORS: the last row of the Why view when more
			 * reasons lie below: %d rows more. */
			char *more = g_strdup_printf(_("%s %d more rows"), ui->utf8 ? "\u2193" : "v",
						     max - t->why_scroll);
			int mw = ui_text_width(more);
			mvhline(r.y + r.h - 1, r.x, ' ', r.w);
			ui_text(ui, r.y + r.h - 1, r.x + MAX(0, r.w - mw), r.w,
				ui_attr(ui, ROLE_HEADING), more);
			g_free(more);
		}
	} else {
		/* also_left_out: notes the card had no room for, counted in the
		 * same mark. */
		int shown = 0, room = total > r.h || also_left_out > 0 ? r.h - 1 : r.h;

		while (shown < n && (int)g_array_index(first, guint, shown + 1) <= room)
			shown++;
		if (shown == 0 && n > 0 && total > r.h) /* the first alone is too long */
			for (int i = 0; i < room; i++)
				ui_text(ui, r.y + i, r.x, r.w, dim, g_ptr_array_index(rows, i));
		for (int i = 0; i < (int)g_array_index(first, guint, shown); i++)
			ui_text(ui, r.y + i, r.x, r.w, dim, g_ptr_array_index(rows, i));
		if (shown < n || also_left_out > 0) {
			char *mark = cut_mark(ui, n - shown + also_left_out, 'w');
			int mw = ui_text_width(mark);
			ui_text(ui, r.y + r.h - 1, r.x + MAX(0, r.w - mw), r.w,
				ui_attr(ui, ROLE_HEADING), mark);
			g_free(mark);
		}
	}
	g_ptr_array_free(rows, TRUE);
	g_array_free(first, TRUE);
}

/* The stale soreness Today asks about (the highest level), or NULL. */
static const struct sore_state *stale_question(const struct today *t)
{
	const struct sore_state *q = NULL;

	for (size_t i = 0; i < t->status.n_soreness; i++) {
		const struct sore_state *s = &t->status.soreness[i];

		if (s->stale && (!q || s->level > q->level))
			q = s;
	}
	return q;
}

/* A note drawn whole from row *y (prefix on its first row) when it fits
 * above `bottom` and nothing before it was left out; else kept (taken) in
 * left_out.  Takes text; true when drawn. */
static bool draw_note(struct ui *ui, struct rect in, int *y, int bottom, attr_t a,
		      const char *prefix, char *text, GPtrArray *left_out)
{
	char **lines = ui_wrap(text, in.w - ui_text_width(prefix));
	int rows = (int)g_strv_length(lines);

	g_strfreev(lines);
	if (left_out->len == 0 && *y + rows <= bottom) {
		*y += draw_wrapped(ui, *y, in.x, in.w, rows, a, prefix, text);
		g_free(text);
		return true;
	}
	g_ptr_array_add(left_out, text);
	return false;
}

/* Referrals, the stale question, the booking, the windows without deep
 * tissue and (in the Why view) the rules that shaped the advice.  A note
 * shows whole or not at all: those left out go to `left_out` (the card's
 * "…+N (w)" counts them, the Why view lists them with the reasons).
 * Returns the next free row. */
static int draw_advice_notes(struct ui *ui, struct today *t, struct rect in, int y, int bottom,
			     GPtrArray *left_out)
{
	const struct advice *a = &t->advice;
	const struct sore_state *q = stale_question(t);

	t->stale_shown = false;
	for (const struct advice_referral *r = NULL; (r = advice_open_referral(a, r)) != NULL;) {
		char *name = region_side_name(r->region, r->side);

		draw_note(ui, in, &y, bottom, ui_attr(ui, ROLE_ERROR), "! ",
			  g_strdup_printf(ngettext("See a physiotherapist or doctor about your %s "
						   "(%d/10, %d day).",
						   "See a physiotherapist or doctor about your %s "
						   "(%d/10, %d days).", (unsigned long)r->days),
					  name, r->level, r->days),
			  left_out);
		g_free(name);
	}
	if (q) {
		char *name = region_side_name(q->region, q->side), *label = ui_capitalize(name);
		int ago = (int)(ui->today - q->last_day);

		/* TRANSLATORS: "Right IT band 5/10, 4 days ago: still? (y yes, n no)". */
		t->stale_shown = draw_note(ui, in, &y, bottom, ui_attr(ui, ROLE_WARN), "? ",
			  g_strdup_printf(ngettext("%s %d/10, %d day ago: still? (y yes, n no)",
						   "%s %d/10, %d days ago: still? (y yes, n no)",
						   (unsigned long)ago), label, q->level, ago),
			  left_out);
		g_free(label);
		g_free(name);
	}
	if (a->has_booking) {
		char *day = ui_day_short(a->booked_date);
		char *kind = advice_booked_kind_text(a);

		draw_note(ui, in, &y, bottom, ui_attr(ui, ROLE_GOOD), "",
			  g_strdup_printf(_("Booked: %s, %s."), kind, day), left_out);
		g_free(kind);
		g_free(day);
	}
	if (a->booking_warning)
		draw_note(ui, in, &y, bottom, ui_attr(ui, ROLE_WARN), "! ",
			  g_strdup(a->booking_warning), left_out);
	for (size_t i = 0; i < a->n_windows; i++) {
		char *from = ui_day_short(a->windows[i].from), *to = ui_day_short(a->windows[i].to);

		draw_note(ui, in, &y, bottom, ui_attr(ui, ROLE_WARN), "",
			  g_strdup_printf(_("No deep tissue %s to %s (%s)."), from, to,
					  a->windows[i].race),
			  left_out);
		g_free(from);
		g_free(to);
	}
	if (t->why_open && a->n_rules > 0) {
		char *rules = advice_rules_text(a);

		/* The label and the rules wrap as one text (a long French label
		 * would leave the rules a narrow column); whole, or, with no
		 * room left above, at the head of the scrolled list as the notes
		 * are: never cut. */
		draw_note(ui, in, &y, bottom, A_NORMAL, "",
			  g_strconcat(_("Rules that shaped it: "), rules, NULL), left_out);
		g_free(rules);
	}
	return y;
}

/* Still sore (the same level again, now) or gone (0, now). */
static int answer_stale(struct ui *ui, bool still)
{
	const struct sore_state *q = stale_question(state(ui));
	struct soreness s;
	GError *err = NULL;
	char *name;

	if (!q)
		return UI_IGNORED;
	s = (struct soreness){ .time = clock_now(), .region = q->region, .side = q->side,
			       .level = still ? q->level : 0 };
	name = region_side_name(q->region, q->side);
	if (!change_add(ui->st, JOURNAL_INTERFACE, TABLE_SORENESS, &s, NULL, &err)) {
		ui_message(ui, true, _("Nothing saved: %s"), err->message);
		g_error_free(err);
	} else {
		if (still)
			ui_message(ui, false, _("Logged again today: %s %d/10."), name, s.level);
		else
			ui_message(ui, false, _("Cleared: %s at 0/10 today."), name);
		ui_reload_all(ui);
	}
	g_free(name);
	return UI_HANDLED;
}

static void draw_advice(struct ui *ui, struct today *t, struct rect box)
{
	const struct advice *a = &t->advice;
	const struct config *cfg = ui->cfg;
	struct rect in = rect_inset(box, 1, 2);
	int y = in.y, bottom = in.y + in.h, notes_bottom;
	GPtrArray *left_out = g_ptr_array_new_with_free_func(g_free);
	char *date = ui_day_long(a->date);
	char *when = days_from_now(a->date - ui->today);
	enum ui_role urgent = a->urgency == URGENCY_OVERDUE || a->urgency == URGENCY_DUE
				      ? ROLE_WARN : ROLE_GOOD;
	bool has_contact = cfg->therapist_name || cfg->therapist_phone || cfg->therapist_email;

	ui_box(ui, box, _("Next massage"), false);
	{
		/* The long date when it fits, else the short one; cut at a word. */
		char *line = g_strdup_printf("%s (%s)", date, when);

		if (ui_text_width(line) > in.w) {
			char *shorter = ui_day_short(a->date);
			g_free(line);
			line = g_strdup_printf("%s (%s)", shorter, when);
			g_free(shorter);
		}
		{
			char *fitted = ui_fit_words(ui, line, in.w);
			ui_text(ui, y++, in.x, in.w, A_BOLD, fitted);
			g_free(fitted);
		}
		g_free(line);
	}
	{
		char *u = ui_capitalize(urgency_name(a->urgency));
		/* TRANSLATORS: urgency and kind of the next massage: "Due: sports massage". */
		char *kind = advice_plan_kind_text(a);

		char *line = g_strdup_printf(_("%s: %s"), u, kind);
		char *fitted = ui_fit_words(ui, line, 2 * in.w);

		/* The session asked for is the advice itself: on two rows
		 * rather than cut (French kinds are long). */
		y += draw_wrapped(ui, y, in.x, in.w, 2, ui_attr(ui, urgent) | A_BOLD, "", fitted);
		g_free(fitted);
		g_free(line);
		g_free(kind);
		g_free(u);
	}
	g_free(date);
	g_free(when);
	if (a->n_focus > 0 && y < bottom) {
		/* As many regions as two rows hold (all of them in the Why
		 * view), whole, and "…+N (w)" for the others. */
		int max_rows = t->why_open ? 6 : 2;
		const char *label = _("Focus: ");
		char *text = NULL;

		for (size_t k = a->n_focus;; k--) {
			GString *focus = g_string_new(NULL);
			char **lines;
			int rows;

			for (size_t i = 0; i < k; i++) {
				char *name = region_side_name(a->focus[i].region, a->focus[i].side);
				g_string_append_printf(focus, "%s%s %d", i ? ", " : "", name,
						       a->focus[i].level);
				g_free(name);
			}
			if (k < a->n_focus) {
				char *mark = cut_mark(ui, (int)(a->n_focus - k), 'w');
				g_string_append_printf(focus, "%s%s", k ? " " : "", mark);
				g_free(mark);
			}
			{
				char *both = g_strconcat(label, focus->str, NULL);
				lines = ui_wrap(both, in.w);
				g_free(both);
			}
			rows = (int)g_strv_length(lines);
			g_strfreev(lines);
			text = g_string_free(focus, FALSE);
			if (rows <= max_rows || k == 0)
				break;
			g_clear_pointer(&text, g_free);
		}
		{
			/* The label and the regions wrap as one text: a long label
			 * (French) leaves the regions the whole width. */
			char *both = g_strconcat(label, text, NULL);
			y += draw_wrapped(ui, y, in.x, in.w, max_rows, A_NORMAL, "", both);
			g_free(both);
		}
		g_free(text);
	}
	if (has_contact)
		bottom -= 1 + (cfg->therapist_phone || cfg->therapist_email ? 1 : 0);
	/* Rows kept for the reasons (and the notes left out): on the card
	 * one, for them or their "…+N (w)"; in the Why view three, to scroll
	 * them. */
	notes_bottom = bottom - MIN(t->why_open ? 3 : 1, MAX(bottom - y - 1, 0));
	y = draw_advice_notes(ui, t, in, y, notes_bottom, left_out);
	if (t->why_open && left_out->len > 0) {
		/* The notes with no room above lead the scrolled list. */
		GPtrArray *all = g_ptr_array_new();

		for (guint i = 0; i < left_out->len; i++)
			g_ptr_array_add(all, g_ptr_array_index(left_out, i));
		for (int i = 0; a->reasons && a->reasons[i]; i++)
			g_ptr_array_add(all, a->reasons[i]);
		g_ptr_array_add(all, NULL);
		draw_reasons(ui, t, (char **)all->pdata, (struct rect){ y, in.x, bottom - y, in.w },
			     0);
		g_ptr_array_free(all, TRUE);
	} else {
		draw_reasons(ui, t, a->reasons, (struct rect){ y, in.x, bottom - y, in.w },
			     (int)left_out->len);
	}
	g_ptr_array_free(left_out, TRUE);
	if (has_contact) {
		y = in.y + in.h - 1 - (cfg->therapist_phone || cfg->therapist_email ? 1 : 0);
		ui_textf(ui, y++, in.x, in.w, ui_attr(ui, ROLE_HEADING), "%s %s", _("Book:"),
			 cfg->therapist_name ? cfg->therapist_name : "");
		if (cfg->therapist_phone || cfg->therapist_email)
			ui_textf(ui, y, in.x, in.w, A_BOLD, "%s%s%s",
				 cfg->therapist_phone ? cfg->therapist_phone : "",
				 cfg->therapist_phone && cfg->therapist_email ? "  " : "",
				 cfg->therapist_email ? cfg->therapist_email : "");
	}
}

/* The regions Sore now lists, worst first: their indexes in
 * t->status.soreness (g_free), *n of them. */
static size_t *sore_order(const struct today *t, size_t *n)
{
	const struct status *s = &t->status;
	size_t *order = g_new(size_t, s->n_soreness + 1);

	*n = 0;
	for (size_t i = 0; i < s->n_soreness; i++)
		if ((s->soreness[i].current && s->soreness[i].counted > 0) || s->soreness[i].refer)
			order[(*n)++] = i;
	/* Worst first (a small insertion sort: fourteen regions at most twice). */
	for (size_t i = 1; i < *n; i++)
		for (size_t j = i; j > 0 && s->soreness[order[j]].counted > s->soreness[order[j - 1]].counted; j--) {
			size_t tmp = order[j];
			order[j] = order[j - 1];
			order[j - 1] = tmp;
		}
	return order;
}

/* The trend word of a row of Sore now: a flag says so. */
static const char *sore_trend(const struct sore_state *ss)
{
	return ss->refer ? _("flagged") : sore_trend_name(ss->trend);
}

/* The columns Sore now needs to show every row whole, its box included;
 * in *names_w, those it needs for the names and levels alone. */
static int sore_width(const struct today *t, int *names_w)
{
	size_t n, *order = sore_order(t, &n);
	int name_w = 0, trend_w = 0;

	for (size_t k = 0; k < n; k++) {
		const struct sore_state *ss = &t->status.soreness[order[k]];
		char *name = region_side_name(ss->region, ss->side);

		name_w = MAX(name_w, ui_text_width(name));
		trend_w = MAX(trend_w, ui_text_width(sore_trend(ss)));
		g_free(name);
	}
	g_free(order);
	*names_w = name_w + 3 + 4;
	return name_w + 4 + trend_w + 4;
}

/* Sore now, worst first: the rows that fit and, when some are left out, a
 * last row "…+N (w)" (in the Why view, which shows it as tall as it can,
 * "…+N" alone). */
static void draw_sore(struct ui *ui, struct today *t, struct rect box, bool why_view)
{
	struct rect in = rect_inset(box, 1, 2);
	const struct status *s = &t->status;
	int y = in.y;
	size_t n = 0, shown;
	size_t *order = sore_order(t, &n);
	int name_w = 0, mark_w;
	char *mark = NULL;

	ui_box(ui, box, _("Sore now"), false);
	if (n == 0)
		ui_text(ui, y, in.x, in.w, ui_attr(ui, ROLE_DIM), _("Nothing sore this week."));
	shown = (int)n <= in.h ? n : (size_t)MAX(in.h - 1, 0);
	/* The names' column is as wide as the widest shown, so that none
	 * loses its side; the trend gives way first. */
	for (size_t k = 0; k < shown; k++) {
		const struct sore_state *ss = &s->soreness[order[k]];
		char *name = region_side_name(ss->region, ss->side);
		name_w = MAX(name_w, ui_text_width(name));
		g_free(name);
	}
	if (shown < n && in.h > 0) {
		/* The mark beside the last row, when its name and level leave
		 * room for it. */
		const struct sore_state *ss = &s->soreness[order[shown]];
		char *name = region_side_name(ss->region, ss->side);
		char *probe = cut_mark(ui, (int)(n - shown - 1), why_view ? 0 : 'w');
		int w = MAX(name_w, ui_text_width(name));

		if (w + 3 + 1 + ui_text_width(probe) <= in.w) {
			shown++;
			name_w = w;
		}
		g_free(probe);
		g_free(name);
	}
	mark_w = 0;
	if (shown < n && in.h > 0) {
		mark = cut_mark(ui, (int)(n - shown), why_view ? 0 : 'w');
		mark_w = ui_text_width(mark) + 1;
	}
	name_w = MIN(name_w, in.w - 3);
	for (size_t k = 0; k < shown; k++) {
		const struct sore_state *ss = &s->soreness[order[k]];
		char *name = region_side_name(ss->region, ss->side);
		char *fitted = ui_fit(name, name_w);
		const char *trend = sore_trend(ss);
		/* The effective level, as next reads it. */
		int level = ss->refer ? ss->level : ss->counted;
		char lv[4];
		int x = in.x, room;

		g_snprintf(lv, sizeof(lv), "%2d", level);
		x += ui_text(ui, y, x, in.w, A_NORMAL, fitted) + 1;
		x += ui_text(ui, y, x, 2, ui_level_attr(ui, level) | A_BOLD, lv) + 1;
		/* On the last row, the trend leaves room for the mark. */
		room = in.x + in.w - x - (y == in.y + in.h - 1 ? mark_w : 0);

		if (ui_text_width(trend) <= room)
			ui_text(ui, y, x, room, ui_attr(ui, ss->refer ? ROLE_ERROR : ROLE_DIM),
				trend);
		g_free(fitted);
		g_free(name);
		y++;
	}
	if (mark) {
		ui_text(ui, in.y + in.h - 1, in.x + MAX(0, in.w - (mark_w - 1)), in.w,
			ui_attr(ui, ROLE_HEADING), mark);
		g_free(mark);
	}
	g_free(order);
}

static bool any_run(const struct today *t, int from, int to)
{
	for (int i = from; i < to; i++)
		if (t->week_km[i] > 0)
			return true;
	return false;
}

static void draw_weeks(struct ui *ui, struct today *t, struct rect box)
{
	struct rect in = rect_inset(box, 1, 1);
	int n = MAX_WEEKS, bar_w = 2, first = 0, shown;
	char *title;

	/* From the first week with a run (at least MIN_WEEKS), as many as the
	 * width allows: narrower bars when wide ones would leave weeks out,
	 * wider ones when there are few (the axis takes about four columns). */
	while (first < n - MIN_WEEKS && t->week_km[first] <= 0)
		first++;
	if ((n - first) * (bar_w + 1) > in.w - 4)
		bar_w = 1;
	else /* few weeks: wider bars fill the box */
		bar_w = CLAMP((in.w - 4) / (n - first) - 1, 2, BAR_MAX_W);
	shown = n - first;
	if (first == n - MIN_WEEKS && t->week_km[first] <= 0 && !any_run(t, first, n)) {
		char **lines = ui_wrap(_("No runs in these weeks: press c to check in after a run."),
				       in.w);
		for (int i = 0; i < in.h && lines[i]; i++)
			ui_text(ui, in.y + i, in.x, in.w, ui_attr(ui, ROLE_DIM), lines[i]);
		g_strfreev(lines);
	} else {
		shown = chart_bars(ui, in, t->week_km + first, n - first, bar_w,
				   (const char *const *)t->week_labels + first);
	}
	ui_box(ui, box, NULL, false);
	/* TRANSLATORS: the weekly distance chart's title: the unit (km or mi)
	 * and a number of weeks. */
	title = g_strdup_printf(ngettext("Weekly distance (%s), %d week",
					 "Weekly distance (%s), %d weeks", (unsigned long)shown),
				ui->cfg->units == UNIT_MI ? "mi" : "km", shown);
	{
		char *t2 = g_strdup_printf(" %s ", title);
		ui_text(ui, box.y, box.x + 2, box.w - 4, ui_attr(ui, ROLE_HEADING), t2);
		g_free(t2);
	}
	g_free(title);
	{
		char *d = format_distance(t->status.load.week_distance_m, ui->cfg->units);
		/* TRANSLATORS: on the weekly distance box's bottom edge. */
		char *last7 = g_strdup_printf(ngettext(" last 7 days: %s, %d run ",
						       " last 7 days: %s, %d runs ",
						       (unsigned long)t->status.load.week_runs),
					      d, t->status.load.week_runs);
		char *fitted = ui_fit_words(ui, last7, box.w - 4);
		ui_text(ui, box.y + box.h - 1, box.x + 2, box.w - 4, A_NORMAL, fitted);
		g_free(fitted);
		g_free(last7);
		g_free(d);
	}
}

/* "ACWR 1.05 (usual 0.8-1.3)", or why there is none yet. g_free(). */
static char *acwr_text(const struct load_figures *l, int days)
{
	if (l->has_acwr && days >= ACWR_MIN_DAYS)
		/* TRANSLATORS: the acute:chronic workload ratio and its usual band. */
		return g_strdup_printf(_("ACWR %.2f (usual %.1f-%.1f)"), l->acwr, ACWR_LOW,
				       ACWR_HIGH);
	return g_strdup(_("ACWR: not enough history"));
}

/* "monotony 1.4 (usual under 2)", or NULL. g_free(). */
static char *monotony_text(const struct load_figures *l)
{
	if (!l->has_monotony)
		return NULL;
	/* TRANSLATORS: training monotony and the level it should stay under. */
	return g_strdup_printf(_("monotony %.1f (usual under %.0f)"), l->monotony, MONOTONY_HIGH);
}

/* The ratios on one row when they fit, else on two (and the span of the
 * curves gives way). Returns the rows used. */
static int draw_ratios(struct ui *ui, const struct load_figures *l, int days, struct rect r)
{
	char *acwr = acwr_text(l, days), *mono = monotony_text(l);
	char *both = mono ? g_strdup_printf("%s   %s", acwr, mono) : g_strdup(acwr);
	int rows = 1;

	if (ui_text_width(both) <= r.w || r.h < 2) {
		ui_text(ui, r.y, r.x, r.w, ui_attr(ui, ROLE_DIM), both);
	} else {
		ui_text(ui, r.y, r.x, r.w, ui_attr(ui, ROLE_DIM), acwr);
		ui_text(ui, r.y + 1, r.x, r.w, ui_attr(ui, ROLE_DIM), mono);
		rows = 2;
	}
	g_free(both);
	g_free(acwr);
	g_free(mono);
	return rows;
}

static void draw_pmc(struct ui *ui, struct today *t, struct rect box)
{
	struct rect in = rect_inset(box, 1, 1);
	const struct load_figures *l = &t->status.load;
	int label_w = 10, value_w = 7, per, curves_h;
	int spark_w = in.w - label_w - value_w - 1;
	/* The curves start at the first run: the empty days before it would
	 * be scaled as if they meant something. */
	int skip = l->has_first_run ? CLAMP(l->first_run - t->from, 0, t->n_days) : t->n_days;
	int days = t->n_days - skip;
	struct {
		const char *label;
		const double *values;
		double now;
		enum ui_role role;
	} rows[] = {
		{ _("Fitness"), t->fitness, l->fitness, ROLE_GOOD },
		{ _("Fatigue"), t->fatigue, l->fatigue, ROLE_WARN },
		{ _("Form"), t->form, l->form, ROLE_BAR },
	};

	ui_box(ui, box, _("Fitness, fatigue, form"), false);
	if (days < 2) {
		char **lines = ui_wrap(_("No curves yet: fitness, fatigue and form start with your "
					 "first runs (press c to check in)."), in.w);
		for (int i = 0; i < in.h && lines[i]; i++)
			ui_text(ui, in.y + i, in.x, in.w, ui_attr(ui, ROLE_DIM), lines[i]);
		g_strfreev(lines);
		return;
	}
	/* A row a curve; on a tall box, the rows the ratios and the span
	 * leave, shared (a blank row between curves from three rows on). */
	per = MAX(1, (in.h - 2) / 3);
	for (int i = 0; i < 3 && i * per < in.h; i++) {
		char *label = ui_fit(rows[i].label, label_w);
		int y = in.y + i * per, h = per >= 3 ? per - 1 : per;

		ui_text(ui, y + h - 1, in.x, label_w, A_NORMAL, label);
		chart_area(ui, (struct rect){ y, in.x + label_w, h, spark_w }, rows[i].values + skip,
			   days, 0, 0, ui_attr(ui, rows[i].role));
		ui_textf(ui, y + h - 1, in.x + in.w - value_w + 1, value_w - 1, A_BOLD, "%6.1f",
			 rows[i].now);
		g_free(label);
	}
	curves_h = MIN(3 * per, in.h);
	if (in.h > curves_h &&
	    draw_ratios(ui, l, days,
			(struct rect){ in.y + curves_h, in.x, in.h - curves_h, in.w }) == 1 &&
	    in.h > curves_h + 1) {
		char *text = g_strdup_printf(ngettext("last %d day", "last %d days",
						      (unsigned long)MIN(spark_w, days)),
					     MIN(spark_w, days));
		ui_text(ui, in.y + curves_h + 1, in.x + label_w, spark_w, ui_attr(ui, ROLE_DIM), text);
		g_free(text);
	}
}

/* "Roll, right calf" or "Sleep". g_free(). */
static char *item_title(const struct selfcare_item *it)
{
	char *place = selfcare_item_place(it);
	char *title = place ? g_strdup_printf(_("%s, %s"), selfcare_action_name(it->action), place)
			    : g_strdup(selfcare_action_name(it->action));

	g_free(place);
	return title;
}

/* One line under the charts: the plan's items, most important first, and
 * the key that shows them in full. */
static void draw_tonight_line(struct ui *ui, struct today *t, struct rect line)
{
	GString *items = g_string_new(NULL);
	int x = line.x, w;
	size_t n = t->plan.n_items;

	/* TRANSLATORS: before the list of tonight's self-care items on Today;
	 * t is the key that shows them in full. */
	x += ui_text(ui, line.y, x, line.w, ui_attr(ui, ROLE_HEADING), _("Tonight (t): "));
	w = line.w - (x - line.x);
	/* As many whole items as fit, and "…+N (t)" for the others. */
	for (size_t k = n;; k--) {
		g_string_truncate(items, 0);
		for (size_t i = 0; i < k; i++) {
			char *title = item_title(&t->plan.items[i]);

			g_string_append_printf(items, "%s%s", i ? "; " : "", title);
			g_free(title);
		}
		if (k < n) {
			char *mark = cut_mark(ui, (int)(n - k), 't');
			g_string_append_printf(items, "%s%s", k ? " " : "", mark);
			g_free(mark);
		}
		if (ui_text_width(items->str) <= w || k == 0)
			break;
	}
	{
		char *fitted = ui_fit_words(ui, items->str, w);

		ui_text(ui, line.y, x, w, A_NORMAL, fitted);
		g_free(fitted);
	}
	g_string_free(items, TRUE);
}

/* The rows an item takes in the Tonight view at width w. */
static int item_rows(const struct selfcare_item *it, int w, char **why_out)
{
	char *ev = it->source ? g_strdup_printf(_("%s: %s"), selfcare_evidence_name(it->evidence),
						it->source)
			      : g_strdup(selfcare_evidence_name(it->evidence));
	char *why = g_strdup_printf(_("Why: %s (%s)"), it->why, ev);
	char **dose = ui_wrap(it->dose, w - 2), **whyl = ui_wrap(why, w - 2);
	int rows = 1 + (int)g_strv_length(dose) + (int)g_strv_length(whyl);

	g_strfreev(dose);
	g_strfreev(whyl);
	g_free(ev);
	if (why_out)
		*why_out = why;
	else
		g_free(why);
	return rows;
}

/* The plan on the whole body: each item with its dose and why; Enter reads
 * the selected item's article. */
static void draw_tonight(struct ui *ui, struct today *t, struct rect box)
{
	const struct selfcare_plan *p = &t->plan;
	struct rect in = rect_inset(box, 1, 2);
	int y = in.y, bottom = in.y + in.h - 1, used = 0;
	bool more = false;

	ui_box(ui, box, _("Tonight: self-care between sessions"), true);
	/* Scroll so that the selected item shows whole. */
	if (t->tonight_sel < t->tonight_top)
		t->tonight_top = t->tonight_sel;
	for (int i = t->tonight_top; i <= t->tonight_sel; i++)
		used += item_rows(&p->items[i], in.w, NULL);
	while (t->tonight_top < t->tonight_sel && used > bottom - in.y)
		used -= item_rows(&p->items[t->tonight_top++], in.w, NULL);
	for (size_t i = (size_t)t->tonight_top; i < p->n_items && y < bottom; i++) {
		const struct selfcare_item *it = &p->items[i];
		bool sel = (int)i == t->tonight_sel;
		char *title, *why = NULL, *head;

		/* An item shows whole, or waits below (the selected one always
		 * shows, cut only on a screen too small for it). */
		if (!sel && item_rows(it, in.w, NULL) > bottom - y) {
			more = true;
			break;
		}
		title = item_title(it);
		head = g_strdup_printf("%s%s (%s)", it->done ? (ui->utf8 ? "\u2713 " : "[x] ") : "",
				       title, selfcare_when_name(it->when));
		item_rows(it, in.w, &why);
		ui_text(ui, y++, in.x, in.w,
			sel ? ui_attr(ui, ROLE_SELECTED)
			    : ui_attr(ui, it->action == SELFCARE_REST ? ROLE_ERROR : ROLE_HEADING) |
				      A_BOLD,
			head);
		if (y < bottom)
			y += draw_wrapped(ui, y, in.x, in.w, bottom - y, A_NORMAL, "  ", it->dose);
		if (y < bottom)
			y += draw_wrapped(ui, y, in.x, in.w, bottom - y, ui_attr(ui, ROLE_DIM), "  ",
					  why);
		g_free(why);
		g_free(head);
		g_free(title);
	}
	/* A note shows whole or not at all. */
	for (size_t i = 0; i < p->n_notes && y < bottom && !more; i++) {
		char **lines = ui_wrap(p->notes[i].text, in.w - 2);
		int rows = (int)g_strv_length(lines);

		g_strfreev(lines);
		if (rows > bottom - y)
			break;
		y += draw_wrapped(ui, y, in.x, in.w, bottom - y, ui_attr(ui, ROLE_DIM),
				  ui->utf8 ? "• " : "- ", p->notes[i].text);
	}
	if (p->n_items > 0) {
		const char *slug = p->items[t->tonight_sel].article;
		const struct article *art = t->articles ? articles_find(t->articles, slug) : NULL;
		/* TRANSLATORS: the last line of the Tonight view: the key and the
		 * title of the article it opens. */
		char *read = g_strdup_printf(_("Enter: read \"%s\""), art ? art->title : slug);
		/* TRANSLATORS: at the end of the Tonight view's last line when
		 * more items wait below. */
		const char *below = more ? _("more below") : NULL;
		int bw = below ? ui_text_width(below) + 1 : 0;

		ui_text(ui, in.y + in.h - 1, in.x, in.w - bw, ui_attr(ui, ROLE_DIM), read);
		if (below)
			ui_text(ui, in.y + in.h - 1, in.x + in.w - bw + 1, bw - 1,
				ui_attr(ui, ROLE_HEADING), below);
		g_free(read);
	}
}

static void today_draw(struct ui *ui)
{
	struct today *t = state(ui);
	struct rect body = rect_inset(ui->body, 0, 1);
	struct rect left, right;
	int left_w;

	if (!t->loaded) {
		ui_text(ui, body.y + 1, body.x, body.w, ui_attr(ui, ROLE_ERROR),
			t->error ? t->error : _("The history could not be read."));
		return;
	}
	draw_header(ui, t, &body);
	if (t->top_title) {
		struct rect line = rect_take_bottom(&body, 1);
		int x = line.x;

		/* TRANSLATORS: before the title of the article to read now. */
		x += ui_text(ui, line.y, x, line.w, ui_attr(ui, ROLE_HEADING), _("To read (5): "));
		{
			char *title = ui_fit_words(ui, t->top_title, line.w - (x - line.x));
			x += ui_text(ui, line.y, x, line.w - (x - line.x), A_BOLD, title);
			g_free(title);
		}
		if (t->top_why && line.w - (x - line.x) > 8) {
			char *why = g_strdup_printf(" \u2014 %s", t->top_why);
			char *fitted = ui_fit_words(ui, why, line.w - (x - line.x));
			/* A dash alone says nothing: then the reason is left out. */
			if (ui_text_width(fitted) > 4)
				ui_text(ui, line.y, x, line.w - (x - line.x), ui_attr(ui, ROLE_DIM),
					fitted);
			g_free(fitted);
			g_free(why);
		}
	}
	if (t->tonight_open) {
		draw_tonight(ui, t, body);
		return;
	}
	if (t->why_open) {
		size_t n_sore;
		g_free(sore_order(t, &n_sore));
		/* Beside the reasons, every sore region (Sore now's "…+N (w)"):
		 * as wide as its rows, at most half the width. */
		if (n_sore > 0 && body.w >= 60) {
			int names_w, full_w = sore_width(t, &names_w);
			/* Half the width, more if a name would lose its side. */
			int sore_w = MIN(full_w, MAX(body.w / 2, MIN(names_w, body.w - 30)));
			struct rect side = { body.y, body.x + body.w - sore_w,
					     MIN(body.h, (int)n_sore + 2), sore_w };

			body.w -= sore_w;
			draw_sore(ui, t, side, true);
		}
		draw_advice(ui, t, body);
		return;
	}
	if (t->plan.n_items > 0)
		draw_tonight_line(ui, t, rect_take_bottom(&body, 1));
	/* The advice reads best under about 90 columns: on a wide screen the
	 * charts take the rest. */
	left_w = MIN(body.w * 52 / 100, TODAY_TEXT_MAX_W);
	left = rect_take_left(&body, left_w);
	right = body;
	{
		int sore_h = MAX(5, left.h / 3);
		struct rect advice = rect_take_top(&left, left.h - sore_h);
		draw_advice(ui, t, advice);
		draw_sore(ui, t, left, false);
	}
	{
		/* Seven rows hold the curves a row each; a tall screen gives
		 * them half its height, the weekly bars the other half. */
		int pmc_h = right.h >= 30 ? right.h / 2 : MIN(7, right.h / 2);
		struct rect pmc = rect_take_bottom(&right, pmc_h);
		draw_weeks(ui, t, right);
		draw_pmc(ui, t, pmc);
	}
}

/* d in the Tonight view: the selected item done today (a record; ticking
 * it again changes nothing). */
static int tick_selected(struct ui *ui, struct today *t)
{
	const struct selfcare_item *it = &t->plan.items[t->tonight_sel];
	char *title = item_title(it);
	GError *err = NULL;
	bool added = false;

	if (!selfcare_mark_done(ui->st, &t->plan, it->id, clock_now(), &added, &err)) {
		ui_message(ui, true, _("Nothing saved: %s"), err->message);
		g_error_free(err);
	} else {
		if (added)
			ui_message(ui, false, _("Done today: %s."), title);
		else
			ui_message(ui, false, _("Already done today: %s."), title);
		ui_reload_all(ui);
	}
	g_free(title);
	return UI_HANDLED;
}

static int today_action(struct ui *ui, enum ui_action a, int key)
{
	struct today *t = state(ui);

	(void)key;
	if (t->tonight_open) {
		switch (a) {
		case ACT_UP:
			t->tonight_sel = MAX(t->tonight_sel - 1, 0);
			return UI_HANDLED;
		case ACT_DOWN:
			t->tonight_sel = MIN(t->tonight_sel + 1, (int)t->plan.n_items - 1);
			return UI_HANDLED;
		case ACT_HOME:
		case ACT_PAGE_UP:
			t->tonight_sel = 0;
			return UI_HANDLED;
		case ACT_END:
		case ACT_PAGE_DOWN:
			t->tonight_sel = (int)t->plan.n_items - 1;
			return UI_HANDLED;
		case ACT_OPEN:
			if (!ui_articles_open(ui, t->plan.items[t->tonight_sel].article))
				ui_message(ui, true, _("No article \"%s\"."),
					   t->plan.items[t->tonight_sel].article);
			return UI_HANDLED;
		case ACT_CANCEL:
			t->tonight_open = false;
			return UI_HANDLED;
		case ACT_DONE:
			return tick_selected(ui, t);
		default:
			return UI_IGNORED;
		}
	}
	switch (a) {
	case ACT_TONIGHT:
		if (t->plan.n_items == 0) {
			ui_message(ui, false, _("Nothing to do tonight: nothing is sore and there was "
						"no hard effort today or yesterday."));
			return UI_HANDLED;
		}
		t->tonight_open = true;
		t->why_open = false;
		return UI_HANDLED;
	case ACT_OPEN: /* a small screen cannot show every reason beside the charts */
		t->why_open = !t->why_open;
		t->why_scroll = 0;
		return UI_HANDLED;
	case ACT_UP:
	case ACT_DOWN:
	case ACT_PAGE_UP:
	case ACT_PAGE_DOWN:
	case ACT_HOME:
	case ACT_END: {
		/* The Why view scrolls its reasons (the drawing keeps it in range). */
		int page = MAX(1, t->why_page - 1);

		if (!t->why_open)
			return UI_IGNORED;
		t->why_scroll += a == ACT_UP ? -1 : a == ACT_DOWN ? 1 : a == ACT_PAGE_UP ? -page
			       : a == ACT_PAGE_DOWN ? page : a == ACT_HOME ? -(1 << 20) : 1 << 20;
		t->why_scroll = MAX(0, t->why_scroll);
		return UI_HANDLED;
	}
	case ACT_CANCEL:
		if (!t->why_open)
			return UI_IGNORED;
		t->why_open = false;
		return UI_HANDLED;
	case ACT_YES:
	case ACT_NO:
		if (!t->stale_shown && !t->why_open)
			return UI_IGNORED;
		return answer_stale(ui, a == ACT_YES);
	default:
		return UI_IGNORED;
	}
}

const struct ui_screen_ops ui_today_ops = {
	.title = N_("Today"),
	.init = today_init,
	.fini = today_fini,
	.reload = today_reload,
	.context = today_context,
	.draw = today_draw,
	.action = today_action,
};

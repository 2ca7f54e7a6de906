/* SPDX-License-Identifier: GPL-3.0-or-later */
/* render.c - the brief as text, Markdown, HTML and JSON (brief.h).
 *
 * The sections are written once, as a list of blocks (headings,
 * paragraphs, items, tables, the body picture); each format lays the same
 * blocks out, so the three say the same thing. */
#include <config.h>

#include <string.h>
#include "core/brief/brief.h"
#include "core/brief/svg.h"
#include "core/clock.h"
#include "core/format.h"
#include "core/i18n.h"
#include "core/json_writer.h"
#include "core/regions.h"
#include "core/textwidth.h"

enum block_kind { BLOCK_TITLE, BLOCK_HEADING, BLOCK_PARA, BLOCK_ITEM, BLOCK_TABLE, BLOCK_BODY };

struct block {
	enum block_kind kind;
	char *text;   /* all but tables */
	char ***rows; /* tables: NULL-terminated rows of NULL-terminated cells */
	size_t n_rows;
};

struct doc {
	GArray *blocks;
};

static void add(struct doc *d, enum block_kind kind, char *text)
{
	struct block b = { .kind = kind, .text = text };

	g_array_append_val(d->blocks, b);
}

static void addf(struct doc *d, enum block_kind kind, const char *fmt, ...) G_GNUC_PRINTF(3, 4);

static void addf(struct doc *d, enum block_kind kind, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	add(d, kind, g_strdup_vprintf(fmt, ap));
	va_end(ap);
}

static struct block *add_table(struct doc *d)
{
	struct block b = { .kind = BLOCK_TABLE };

	g_array_append_val(d->blocks, b);
	return &g_array_index(d->blocks, struct block, d->blocks->len - 1);
}

/* Adds a row (the first is the header) of `n` cells, taken over. */
static void table_row(struct block *t, size_t n, ...)
{
	va_list ap;
	char **row = g_new0(char *, n + 1);

	va_start(ap, n);
	for (size_t i = 0; i < n; i++)
		row[i] = va_arg(ap, char *);
	va_end(ap);
	t->rows = g_renew(char **, t->rows, t->n_rows + 2);
	t->rows[t->n_rows++] = row;
	t->rows[t->n_rows] = NULL;
}

static void doc_free(struct doc *d)
{
	for (guint i = 0; i < d->blocks->len; i++) {
		struct block *b = &g_array_index(d->blocks, struct block, i);

		g_free(b->text);
		for (size_t r = 0; r < b->n_rows; r++)
			g_strfreev(b->rows[r]);
		g_free(b->rows);
	}
	g_array_free(d->blocks, TRUE);
}

static char *cap(const char *s)
{
	gunichar c = g_utf8_get_char(s);
	char buf[8] = { 0 };

	if (!*s)
		return g_strdup(s);
	g_unichar_to_utf8(g_unichar_toupper(c), buf);
	return g_strconcat(buf, g_utf8_next_char(s), NULL);
}

static const char *flag_name(enum sore_flag f)
{
	switch (f) {
	case SORE_FLAG_SHARP:
		return _("sharp pain");
	case SORE_FLAG_RISING:
		return _("rising for a week");
	case SORE_FLAG_SEVERE:
		return _("severe on several days");
	case SORE_FLAG_JUMP:
		return _("a sudden rise on one side");
	case SORE_FLAG_SUDDEN:
		return _("sudden and severe on one side");
	default:
		return "";
	}
}

static char *days_ago(int days)
{
	if (days == 0)
		return g_strdup(_("today"));
	if (days == 1)
		return g_strdup(_("yesterday"));
	return g_strdup_printf(ngettext("%d day ago", "%d days ago", days), days);
}

/* ---- the sections ------------------------------------------------------ */

static void section_session(struct doc *d, const struct brief *b)
{
	const struct brief_session *s = &b->session;
	char buf[DATE_BUF], buf2[DATE_BUF];
	GString *focus = g_string_new(NULL);

	add(d, BLOCK_HEADING, g_strdup(_("The session asked for")));
	if (s->booked)
		addf(d, BLOCK_ITEM, _("Date: %s (booked)"), day_format(s->date, buf));
	else if (s->date == s->suggested)
		addf(d, BLOCK_ITEM, _("Date: %s (suggested by knead, %s)"),
		     day_format(s->date, buf), urgency_name(s->urgency));
	else
		addf(d, BLOCK_ITEM, _("Date: %s (chosen by the runner)"), day_format(s->date, buf));
	addf(d, BLOCK_ITEM, _("Kind: %s"), massage_kind_name(s->kind));
	if (s->light_for_race && s->race_days > 0)
		addf(d, BLOCK_ITEM,
		     ngettext("Pressure: light only; the race %s is %d day after the session.",
			      "Pressure: light only; the race %s is %d days after the session.",
			      s->race_days),
		     s->race, s->race_days);
	else if (s->light_for_race && s->race_days < 0)
		addf(d, BLOCK_ITEM,
		     ngettext("Pressure: light only; the race %s was %d day before the session.",
			      "Pressure: light only; the race %s was %d days before the session.",
			      -s->race_days),
		     s->race, -s->race_days);
	else if (s->light_for_race)
		addf(d, BLOCK_ITEM,
		     _("Pressure: race day (%s): nothing before the start, at most a light flush "
		       "after the finish."),
		     s->race);
	else if (s->light_only)
		addf(d, BLOCK_ITEM, _("Pressure: light only (%s)."), massage_kind_name(s->kind));
	else
		add(d, BLOCK_ITEM, g_strdup(_("Pressure: as usual; no race window.")));
	if (s->warning)
		add(d, BLOCK_ITEM, g_strdup(s->warning));
	for (size_t i = 0; i < s->n_avoid; i++) {
		const struct brief_avoid *a = &s->avoid[i];
		char *name = region_side_name(a->region, a->side);

		if (a->assessed)
			addf(d, BLOCK_ITEM,
			     _("Do not treat: %s, %d/10, flagged (%s) since %s; assessed by a "
			       "professional and not cleared for massage."),
			     name, a->level, flag_name(a->why), day_format(a->since, buf));
		else
			addf(d, BLOCK_ITEM,
			     _("Do not treat: %s, %d/10, flagged (%s) since %s; to be assessed by a "
			       "physiotherapist or doctor first."),
			     name, a->level, flag_name(a->why), day_format(a->since, buf));
		g_free(name);
	}
	for (size_t i = 0; i < s->n_focus; i++) {
		char *name = region_side_name(s->focus[i].region, s->focus[i].side);

		if (focus->len)
			g_string_append(focus, ", ");
		if (s->focus[i].level > 0)
			g_string_append_printf(focus, "%s %d/10", name, s->focus[i].level);
		else
			g_string_append(focus, name);
		g_free(name);
	}
	if (focus->len)
		addf(d, BLOCK_ITEM, _("Focus: %s"), focus->str);
	addf(d, BLOCK_ITEM, _("Training phase: %s"), phase_name(s->phase));
	if (s->date != s->suggested)
		addf(d, BLOCK_ITEM, _("knead next suggests %s (%s)."),
		     day_format(s->suggested, buf2), massage_kind_name(s->suggested_kind));
	/* The advice's reasons are the runner's (knead next, and the JSON's
	 * session.reasons): what they say for the therapist is in the
	 * sections below, and the page must fit one sheet. */
	g_string_free(focus, TRUE);
}

static char *level_cell(const struct brief *b, enum region r, enum side s)
{
	const struct brief_region *g = brief_find_region(b, r, s);

	if (!g)
		return g_strdup("");
	return g_strdup_printf("%d%s", g->level, g->flagged ? "!" : g->sharp ? "*" : "");
}

static void section_body(struct doc *d, const struct brief *b)
{
	bool seen[REGION_COUNT] = { false };
	struct block *t;

	add(d, BLOCK_HEADING, g_strdup(_("Body picture")));
	if (b->n_regions == 0) {
		add(d, BLOCK_PARA, g_strdup(_("Nothing sore logged in the last 7 days.")));
		return;
	}
	add(d, BLOCK_BODY, NULL);
	t = add_table(d);
	/* TRANSLATORS: column heads of the body picture's table: the region,
	 * its level on the runner's right and on their left. */
	table_row(t, 3, g_strdup(_("Region")), g_strdup(_("Right")), g_strdup(_("Left")));
	for (size_t i = 0; i < b->n_regions; i++) {
		enum region r = b->regions[i].region;

		if (seen[r])
			continue;
		seen[r] = true;
		if (region_has_side(r))
			table_row(t, 3, cap(region_name(r)), level_cell(b, r, SIDE_RIGHT),
				  level_cell(b, r, SIDE_LEFT));
		else
			table_row(t, 3, cap(region_name(r)), level_cell(b, r, SIDE_NONE),
				  g_strdup(""));
	}
	add(d, BLOCK_PARA,
	    g_strdup(_("Levels out of 10, the runner's right and left; ! flagged (do not treat), "
		       "* sharp pain logged.")));
}

static char *series(const struct brief_region *r)
{
	GString *s = g_string_new(NULL);

	for (int i = 0; i < BRIEF_TREND_DAYS; i++) {
		/* No-break spaces: the seven days read as one, never cut
		 * across two lines. */
		if (i)
			g_string_append(s, "\u00a0");
		if (r->days[i] < 0)
			g_string_append(s, "\u00b7"); /* never "-": a list in Markdown */
		else
			g_string_append_printf(s, "%d", r->days[i]);
	}
	return g_string_free(s, FALSE);
}

static void section_sore(struct doc *d, const struct brief *b)
{
	add(d, BLOCK_HEADING, g_strdup(_("Sore regions")));
	if (b->n_regions == 0) {
		add(d, BLOCK_PARA, g_strdup(_("None.")));
		return;
	}
	for (size_t i = 0; i < b->n_regions; i++) {
		const struct brief_region *r = &b->regions[i];
		char *name = region_side_name(r->region, r->side), *capname = cap(name);
		char *days = series(r), *age = days_ago(r->age_days);
		GString *line = g_string_new(NULL);

		if (r->effective != r->level)
			/* TRANSLATORS: as below, with a stale level: logged 4, it
			 * counts as 2 now, as knead next and status count it. */
			g_string_printf(line, _("%s: %d → %d/10, %s; last 7 days: %s; logged %s"),
					capname, r->level, r->effective, sore_trend_name(r->trend),
					days, age);
		else
			/* TRANSLATORS: "Left calf: 5/10, worsening; last 7 days: 2 3
			 * · 4 5 · 5 (oldest first, · nothing logged); logged
			 * yesterday." */
			g_string_printf(line, _("%s: %d/10, %s; last 7 days: %s; logged %s"),
					capname, r->level, sore_trend_name(r->trend), days, age);
		if (r->sharp > 0)
			g_string_append_printf(line,
					       ngettext("; marked sharp %d time",
							"; marked sharp %d times", r->sharp),
					       r->sharp);
		if (r->flagged)
			g_string_append_printf(line, _("; flagged: %s"), flag_name(r->why));
		g_string_append_c(line, '.');
		if (r->note)
			g_string_append_printf(line, _(" Note: %s"), r->note);
		add(d, BLOCK_ITEM, g_string_free(line, FALSE));
		g_free(name);
		g_free(capname);
		g_free(days);
		g_free(age);
	}
	add(d, BLOCK_PARA,
	    g_strdup(_("The last 7 days read oldest first; · is a day with nothing "
		       "logged.")));
}

static void section_races(struct doc *d, const struct brief *b)
{
	char buf[DATE_BUF], buf2[DATE_BUF], buf3[DATE_BUF];

	addf(d, BLOCK_HEADING, _("Races in the next %d weeks"), BRIEF_RACE_WEEKS);
	if (b->n_races == 0) {
		add(d, BLOCK_PARA, g_strdup(_("No race planned.")));
		return;
	}
	for (size_t i = 0; i < b->n_races; i++) {
		const struct brief_race *r = &b->races[i];
		char *dist = format_distance(r->distance_m, b->units);
		char *when = r->days >= 0
				     ? g_strdup_printf(ngettext("in %d day", "in %d days", r->days),
						       r->days)
				     : days_ago(-r->days);

		if (r->has_window)
			addf(d, BLOCK_ITEM,
			     _("%s: %s, %s, priority %c (%s); no deep tissue from %s to %s."),
			     day_format(r->date, buf), r->name, dist, r->priority, when,
			     day_format(r->from, buf2), day_format(r->to, buf3));
		else
			addf(d, BLOCK_ITEM, _("%s: %s, %s, priority %c (%s); no window."),
			     day_format(r->date, buf), r->name, dist, r->priority, when);
		g_free(dist);
		g_free(when);
	}
}

static void section_training(struct doc *d, const struct brief *b)
{
	const struct brief_training *t = &b->training;
	bool hr = b->include & BRIEF_INCLUDE_HEART_RATE;
	char buf[DATE_BUF], buf2[DATE_BUF];
	struct block *tb;

	add(d, BLOCK_HEADING, g_strdup(_("Training")));
	addf(d, BLOCK_PARA, _("Phase: %s."), phase_name(t->phase));
	tb = add_table(d);
	if (hr)
		/* TRANSLATORS: column heads of the training table; "Load" is
		 * effort times minutes, "HR" the average heart rate. */
		table_row(tb, 5, g_strdup(_("Week to")), g_strdup(_("Distance")),
			  g_strdup(_("Load")), g_strdup(_("Runs")), g_strdup(_("HR")));
	else
		table_row(tb, 4, g_strdup(_("Week to")), g_strdup(_("Distance")),
			  g_strdup(_("Load")), g_strdup(_("Runs")));
	for (int w = 0; w < BRIEF_TRAINING_WEEKS; w++) {
		const struct brief_week *k = &t->weeks[w];
		char *dist;

		/* A week before the first run logged is no week without
		 * running: it is left out, and the first run named below. */
		if (t->first_run && k->to < t->first_run)
			continue;
		dist = format_distance(k->distance_m, b->units);
		char *load = g_strdup_printf("%.0f", k->load);
		char *runs = g_strdup_printf("%d", k->runs);

		if (hr)
			table_row(tb, 5, g_strdup(day_format(k->to, buf)), dist, load, runs,
				  k->avg_hr ? g_strdup_printf("%d", k->avg_hr) : g_strdup("-"));
		else
			table_row(tb, 4, g_strdup(day_format(k->to, buf)), dist, load, runs);
	}
	if (t->first_run && t->weeks[0].to < t->first_run)
		addf(d, BLOCK_PARA, _("Runs logged in knead since %s."),
		     day_format(t->first_run, buf2));
	add(d, BLOCK_PARA, g_strdup(_("Load: effort (0-10) times minutes, summed over 7 days.")));
	if (t->spike)
		addf(d, BLOCK_ITEM,
		     _("Load spike: the last 7 days carry %.1f times the usual weekly load."),
		     t->acwr);
	else if (t->jump)
		add(d, BLOCK_ITEM,
		    g_strdup(_("The last week's load is well above the weeks before it.")));
	if (t->comeback)
		addf(d, BLOCK_ITEM,
		     ngettext("Comeback: running again since %s after %d day without a run "
			      "(from %s).",
			      "Comeback: running again since %s after %d days without a run "
			      "(from %s).",
			      t->break_days),
		     day_format(t->back_day, buf), t->break_days,
		     day_format(t->back_day - t->break_days, buf2));
}

static void append_moves(GString *line, const struct brief_past *p);

static void section_past(struct doc *d, const struct brief *b)
{
	char buf[DATE_BUF];

	addf(d, BLOCK_HEADING, _("The last sessions"));
	if (b->n_past == 0) {
		add(d, BLOCK_PARA, g_strdup(_("No massage logged.")));
		return;
	}
	for (size_t i = 0; i < b->n_past; i++) {
		const struct brief_past *p = &b->past[i];
		GString *line = g_string_new(NULL);

		g_string_printf(line, "%s, %s", day_format(p->date, buf),
				massage_kind_name(p->kind));
		if (p->n_regions > 0) {
			g_string_append(line, _(", on "));
			for (size_t j = 0; j < p->n_regions; j++) {
				char *name =
					region_side_name(p->regions[j].region, p->regions[j].side);

				g_string_append_printf(line, "%s%s", j ? ", " : "", name);
				g_free(name);
			}
		}
		if (p->n_moves) {
			GString *moves = g_string_new(NULL);
			char *head = g_string_free(line, FALSE);

			append_moves(moves, p);
			line = g_string_new(NULL);
			/* TRANSLATORS: a past session, then how its regions
			 * moved after it: "2026-11-06, sports massage, on
			 * right calf: right calf 5 → 2 in 48 h." */
			g_string_printf(line, _("%s: %s."), head, moves->str);
			g_string_free(moves, TRUE);
			g_free(head);
		} else {
			g_string_append_c(line, '.');
		}
		if (p->therapist)
			g_string_append_printf(line, _(" Therapist: %s."), p->therapist);
		if (p->note)
			g_string_append_printf(line, _(" Note: %s"), p->note);
		add(d, BLOCK_ITEM, g_string_free(line, FALSE));
	}
}

/* "right calf 5 → 2 in 48 h; glutes 3, not logged after". */
static void append_moves(GString *line, const struct brief_past *p)
{
	for (size_t j = 0; j < p->n_moves; j++) {
		const struct brief_move *m = &p->moves[j];
		char *name = region_side_name(m->region, m->side);

		if (j)
			g_string_append(line, "; ");
		if (m->before >= 0 && m->after >= 0)
			/* TRANSLATORS: how a region moved after a session:
			 * "right calf 5 → 2 in 48 h". */
			g_string_append_printf(line, _("%s %d → %d in %d h"), name, m->before,
					       m->after, m->days * 24);
		else if (m->before >= 0)
			g_string_append_printf(line, _("%s %d, not logged after"), name, m->before);
		else
			g_string_append_printf(line, _("%s → %d in %d h"), name, m->after,
					       m->days * 24);
		g_free(name);
	}
}

static void build_doc(const struct brief *b, struct doc *d)
{
	char buf[DATE_BUF], buf2[DATE_BUF];

	d->blocks = g_array_new(FALSE, TRUE, sizeof(struct block));
	add(d, BLOCK_TITLE, g_strdup(_("Brief for the massage therapist")));
	addf(d, BLOCK_PARA, _("From knead, on %s, for the session of %s."),
	     day_format(b->today, buf), day_format(b->session.date, buf2));
	if (b->note) {
		add(d, BLOCK_HEADING, g_strdup(_("The runner's note")));
		add(d, BLOCK_PARA, g_strdup(b->note));
	}
	section_session(d, b);
	section_body(d, b);
	section_sore(d, b);
	section_races(d, b);
	section_training(d, b);
	section_past(d, b);
	if (b->n_run_notes > 0) {
		add(d, BLOCK_HEADING, g_strdup(_("Notes on recent runs")));
		for (size_t i = 0; i < b->n_run_notes; i++)
			/* TRANSLATORS: a run's day and its note. */
			addf(d, BLOCK_ITEM, _("%s: %s"), day_format(b->run_notes[i].day, buf),
			     b->run_notes[i].note);
	}
	if (!(b->include & BRIEF_INCLUDE_NOTES) && !(b->include & BRIEF_INCLUDE_HEART_RATE))
		add(d, BLOCK_PARA,
		    g_strdup(_("Left out for privacy: the runner's notes and heart "
			       "rates. knead keeps no locations.")));
	else if (!(b->include & BRIEF_INCLUDE_NOTES))
		add(d, BLOCK_PARA,
		    g_strdup(_("Left out for privacy: the runner's notes. knead "
			       "keeps no locations.")));
	else if (!(b->include & BRIEF_INCLUDE_HEART_RATE))
		add(d, BLOCK_PARA,
		    g_strdup(_("Left out for privacy: heart rates. knead keeps no "
			       "locations.")));
}

/* ---- text and Markdown -------------------------------------------------- */

/* Appends s word-wrapped at `width` columns, the first line after `first`,
 * the next ones after `indent` (both counted in columns). */
static void wrap(GString *out, const char *s, const char *first, const char *indent, int width)
{
	/* French puts a space before : ; ! ? and inside « »: never a line
	 * break there. */
	static const char *const glued[][2] = {
		{ " :", "\u00a0:" }, { " ;", "\u00a0;" },	    { " !", "\u00a0!" },
		{ " ?", "\u00a0?" }, { " \u00bb", "\u00a0\u00bb" }, { "\u00ab ", "\u00ab\u00a0" },
	};
	char *text = g_strdup(s);
	char **words;

	for (size_t i = 0; i < G_N_ELEMENTS(glued); i++) {
		char **parts = g_strsplit(text, glued[i][0], -1);

		g_free(text);
		text = g_strjoinv(glued[i][1], parts);
		g_strfreev(parts);
	}
	words = g_strsplit_set(text, " \n", -1);
	g_free(text);
	int col = text_width(first);
	bool start = true;

	g_string_append(out, first);
	for (char **w = words; *w; w++) {
		int ww = text_width(*w);

		if (!**w)
			continue;
		if (!start && col + 1 + ww > width) {
			g_string_append_c(out, '\n');
			g_string_append(out, indent);
			col = text_width(indent);
			start = true;
		}
		if (!start) {
			g_string_append_c(out, ' ');
			col++;
		}
		g_string_append(out, *w);
		col += ww;
		start = false;
	}
	g_string_append_c(out, '\n');
	g_strfreev(words);
}

static void text_table(GString *out, const struct block *t, bool markdown)
{
	size_t n_cols = g_strv_length(t->rows[0]);
	int *w = g_new0(int, n_cols);

	for (size_t r = 0; r < t->n_rows; r++)
		for (size_t c = 0; c < n_cols && t->rows[r][c]; c++)
			w[c] = MAX(w[c], text_width(t->rows[r][c]));
	for (size_t r = 0; r < t->n_rows; r++) {
		g_string_append(out, markdown ? "|" : "  ");
		for (size_t c = 0; c < n_cols && t->rows[r][c]; c++) {
			char *cell = text_pad(t->rows[r][c], w[c]);

			g_string_append_printf(out, markdown ? " %s |" : "%s%s", cell,
					       !markdown && c + 1 < n_cols ? "  " : "");
			g_free(cell);
		}
		while (out->len && out->str[out->len - 1] == ' ')
			g_string_truncate(out, out->len - 1);
		g_string_append_c(out, '\n');
		if (markdown && r == 0) {
			g_string_append(out, "|");
			for (size_t c = 0; c < n_cols; c++) {
				g_string_append_c(out, c ? '-' : ':');
				for (int i = 0; i < MAX(w[c], 3); i++)
					g_string_append_c(out, '-');
				g_string_append(out, "-|");
			}
			g_string_append_c(out, '\n');
		}
	}
	g_free(w);
}

/* Markdown: what a note or a name could make into markup is escaped. */
static char *md_escape(const char *s)
{
	GString *out = g_string_new(NULL);

	for (const char *p = s; *p; p++) {
		if (strchr("\\`*_[]<>|", *p) || (p == s && strchr("#+-=", *p)))
			g_string_append_c(out, '\\');
		g_string_append_c(out, *p);
	}
	return g_string_free(out, FALSE);
}

static char *render_text(const struct doc *d, bool markdown, int width)
{
	GString *out = g_string_new(NULL);

	for (guint i = 0; i < d->blocks->len; i++) {
		const struct block *b = &g_array_index(d->blocks, struct block, i);
		char *text = b->text && markdown ? md_escape(b->text) : g_strdup(b->text);

		switch (b->kind) {
		case BLOCK_TITLE:
			if (markdown) {
				g_string_append_printf(out, "# %s\n\n", text);
			} else {
				char *up = g_utf8_strup(text, -1);

				g_string_append_printf(out, "%s\n", up);
				for (int c = text_width(up); c > 0; c--)
					g_string_append_c(out, '=');
				g_string_append(out, "\n\n");
				g_free(up);
			}
			break;
		case BLOCK_HEADING:
			if (markdown) {
				if (!g_str_has_suffix(out->str, "\n\n"))
					g_string_append_c(out, '\n');
				g_string_append_printf(out, "## %s\n\n", text);
			} else {
				g_string_append_printf(out, "\n%s\n", text);
				for (int c = text_width(text); c > 0; c--)
					g_string_append_c(out, '-');
				g_string_append_c(out, '\n');
			}
			break;
		case BLOCK_PARA:
			/* A paragraph after a list or a table stands apart. */
			if (!markdown && i > 0 &&
			    (g_array_index(d->blocks, struct block, i - 1).kind == BLOCK_ITEM ||
			     g_array_index(d->blocks, struct block, i - 1).kind == BLOCK_TABLE))
				g_string_append_c(out, '\n');
			wrap(out, text, "", "", width);
			if (markdown)
				g_string_append_c(out, '\n');
			break;
		case BLOCK_ITEM:
			wrap(out, text, markdown ? "- " : "  - ", markdown ? "  " : "    ", width);
			if (markdown &&
			    (i + 1 == d->blocks->len ||
			     g_array_index(d->blocks, struct block, i + 1).kind != BLOCK_ITEM))
				g_string_append_c(out, '\n');
			break;
		case BLOCK_TABLE:
			if (markdown) {
				struct block esc = *b;

				esc.rows = g_new0(char **, b->n_rows + 1);
				for (size_t r = 0; r < b->n_rows; r++) {
					size_t n = g_strv_length(b->rows[r]);

					esc.rows[r] = g_new0(char *, n + 1);
					for (size_t c = 0; c < n; c++)
						esc.rows[r][c] = md_escape(b->rows[r][c]);
				}
				text_table(out, &esc, true);
				for (size_t r = 0; r < b->n_rows; r++)
					g_strfreev(esc.rows[r]);
				g_free(esc.rows);
				g_string_append_c(out, '\n');
			} else {
				text_table(out, b, false);
			}
			break;
		case BLOCK_BODY:
			break;
		}
		g_free(text);
	}
	return g_string_free(out, FALSE);
}

/* ---- HTML ---------------------------------------------------------------- */

static const char html_style[] =
	"*{box-sizing:border-box}"
	"body{font:15px/1.45 system-ui,sans-serif;color:#1b1b1b;background:#fff;margin:0;"
	"padding:12px;max-width:52em;overflow-wrap:anywhere}"
	"h1{font-size:1.35em;margin:0 0 .2em}"
	"h2{font-size:1.05em;margin:1em 0 .3em;border-bottom:1px solid #bbb}"
	"p,ul{margin:.3em 0}ul{padding-left:1.2em}"
	"table{border-collapse:collapse;margin:.3em 0}"
	"th,td{border:1px solid #ccc;padding:1px 6px;text-align:left}"
	"th,td{overflow-wrap:normal}td+td,th+th{text-align:right}"
	"@media (max-width:420px){table{font-size:13px}th,td{padding:1px 3px}}"
	".body{display:flex;flex-wrap:wrap;gap:8px;align-items:flex-start}"
	".body svg{width:100%;max-width:300px;height:auto}"
	".body svg text{font:13px sans-serif}"
	"@media print{@page{size:auto;margin:10mm 12mm}"
	"body{font-size:8pt;line-height:1.2;padding:0;max-width:none}"
	"h1{font-size:1.3em}h2{margin:.5em 0 .15em}p,ul{margin:.15em 0}"
	"th,td{padding:0 4px}.body svg{max-width:170px}}";

static void html_text(GString *out, const char *s)
{
	char *esc = g_markup_escape_text(s, -1);

	g_string_append(out, esc);
	g_free(esc);
}

static char *render_html(const struct doc *d, const struct brief *b)
{
	GString *out = g_string_new(NULL);
	bool in_list = false;
	/* TRANSLATORS: the language of the brief's HTML page (lang="en"). */
	const char *lang = _("en");

	g_string_append_printf(out,
			       "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n"
			       "<meta charset=\"utf-8\">\n"
			       "<meta name=\"viewport\" content=\"width=device-width, "
			       "initial-scale=1\">\n<title>",
			       lang);
	html_text(out, _("Brief for the massage therapist"));
	g_string_append_printf(out, "</title>\n<style>%s</style>\n</head>\n<body>\n", html_style);
	for (guint i = 0; i < d->blocks->len; i++) {
		const struct block *k = &g_array_index(d->blocks, struct block, i);

		if (in_list && k->kind != BLOCK_ITEM) {
			g_string_append(out, "</ul>\n");
			in_list = false;
		}
		switch (k->kind) {
		case BLOCK_TITLE:
			g_string_append(out, "<h1>");
			html_text(out, k->text);
			g_string_append(out, "</h1>\n");
			break;
		case BLOCK_HEADING:
			g_string_append(out, "<h2>");
			html_text(out, k->text);
			g_string_append(out, "</h2>\n");
			break;
		case BLOCK_PARA:
			g_string_append(out, "<p>");
			html_text(out, k->text);
			g_string_append(out, "</p>\n");
			break;
		case BLOCK_ITEM:
			if (!in_list)
				g_string_append(out, "<ul>\n");
			in_list = true;
			g_string_append(out, "<li>");
			html_text(out, k->text);
			g_string_append(out, "</li>\n");
			break;
		case BLOCK_TABLE:
			g_string_append(out, "<table>\n");
			for (size_t r = 0; r < k->n_rows; r++) {
				const char *cell = r ? "td" : "th";

				g_string_append(out, "<tr>");
				for (char **c = k->rows[r]; *c; c++) {
					g_string_append_printf(out, "<%s>", cell);
					html_text(out, *c);
					g_string_append_printf(out, "</%s>", cell);
				}
				g_string_append(out, "</tr>\n");
			}
			g_string_append(out, "</table>\n");
			/* The body picture's table closes its div. */
			if (i > 0 &&
			    g_array_index(d->blocks, struct block, i - 1).kind == BLOCK_BODY)
				g_string_append(out, "</div>\n");
			break;
		case BLOCK_BODY: {
			char *svg = brief_svg(b);

			g_string_append(out, "<div class=\"body\">\n");
			g_string_append(out, svg);
			g_free(svg);
			break;
		}
		}
	}
	if (in_list)
		g_string_append(out, "</ul>\n");
	g_string_append(out, "</body>\n</html>\n");
	return g_string_free(out, FALSE);
}

bool brief_format_from_id(const char *s, enum brief_format *out)
{
	static const char *const ids[] = { "text", "markdown", "html" };

	for (size_t i = 0; i < G_N_ELEMENTS(ids); i++) {
		if (g_ascii_strcasecmp(s, ids[i]) == 0) {
			*out = (enum brief_format)i;
			return true;
		}
	}
	return false;
}

char *brief_render(const struct brief *b, enum brief_format fmt, int width)
{
	struct doc d;
	char *out;

	build_doc(b, &d);
	out = fmt == BRIEF_HTML ? render_html(&d, b)
				: render_text(&d, fmt == BRIEF_MARKDOWN, width);
	doc_free(&d);
	return out;
}

char *brief_subject(const struct brief *b)
{
	char buf[DATE_BUF];

	/* TRANSLATORS: the subject of the e-mail that carries the brief. */
	return g_strdup_printf(_("Massage on %s: brief from knead"),
			       day_format(b->session.date, buf));
}

/* ---- JSON (doc/contract.md, knead brief --json) -------------------------- */

static void j_day(struct json_writer *w, const char *key, dayno d)
{
	char buf[DATE_BUF];

	json_writer_key(w, key);
	json_writer_string(w, day_format(d, buf));
}

static void j_region(struct json_writer *w, enum region r, enum side s)
{
	json_writer_key(w, "region");
	json_writer_string(w, region_id(r));
	json_writer_key(w, "side");
	json_writer_string(w, side_id(s));
}

static void j_session(struct json_writer *w, const struct brief *b)
{
	const struct brief_session *s = &b->session;

	json_writer_key(w, "session");
	json_writer_begin_object(w);
	j_day(w, "date", s->date);
	json_writer_key(w, "kind");
	json_writer_string(w, massage_kind_id(s->kind));
	json_writer_key(w, "booked");
	json_writer_bool(w, s->booked);
	json_writer_key(w, "urgency");
	json_writer_string(w, urgency_id(s->urgency));
	json_writer_key(w, "phase");
	json_writer_string(w, phase_id(s->phase));
	json_writer_key(w, "suggested");
	json_writer_begin_object(w);
	j_day(w, "date", s->suggested);
	json_writer_key(w, "kind");
	json_writer_string(w, massage_kind_id(s->suggested_kind));
	json_writer_end_object(w);
	json_writer_key(w, "pressure");
	json_writer_string(w, s->light_only ? "light" : "usual");
	json_writer_key(w, "race");
	if (s->light_for_race) {
		json_writer_begin_object(w);
		json_writer_key(w, "name");
		json_writer_string(w, s->race);
		json_writer_key(w, "days");
		json_writer_int(w, s->race_days);
		json_writer_end_object(w);
	} else {
		json_writer_null(w);
	}
	json_writer_key(w, "focus");
	json_writer_begin_array(w);
	for (size_t i = 0; i < s->n_focus; i++) {
		json_writer_begin_object(w);
		j_region(w, s->focus[i].region, s->focus[i].side);
		json_writer_key(w, "level");
		json_writer_int(w, s->focus[i].level);
		json_writer_end_object(w);
	}
	json_writer_end_array(w);
	json_writer_key(w, "avoid");
	json_writer_begin_array(w);
	for (size_t i = 0; i < s->n_avoid; i++) {
		json_writer_begin_object(w);
		j_region(w, s->avoid[i].region, s->avoid[i].side);
		json_writer_key(w, "level");
		json_writer_int(w, s->avoid[i].level);
		json_writer_key(w, "why");
		json_writer_string(w, sore_flag_id(s->avoid[i].why));
		j_day(w, "since", s->avoid[i].since);
		json_writer_key(w, "assessed");
		json_writer_bool(w, s->avoid[i].assessed);
		json_writer_end_object(w);
	}
	json_writer_end_array(w);
	json_writer_key(w, "warning");
	json_writer_string(w, s->warning);
	json_writer_key(w, "reasons");
	json_writer_begin_array(w);
	for (char **r = s->reasons; r && *r; r++)
		json_writer_string(w, *r);
	json_writer_end_array(w);
	json_writer_end_object(w);
}

static void j_regions(struct json_writer *w, const struct brief *b)
{
	json_writer_key(w, "regions");
	json_writer_begin_array(w);
	for (size_t i = 0; i < b->n_regions; i++) {
		const struct brief_region *r = &b->regions[i];

		json_writer_begin_object(w);
		j_region(w, r->region, r->side);
		json_writer_key(w, "level");
		json_writer_int(w, r->level);
		json_writer_key(w, "trend");
		json_writer_string(w, sore_trend_id(r->trend));
		json_writer_key(w, "days");
		json_writer_begin_array(w);
		for (int d = 0; d < BRIEF_TREND_DAYS; d++) {
			if (r->days[d] < 0)
				json_writer_null(w);
			else
				json_writer_int(w, r->days[d]);
		}
		json_writer_end_array(w);
		json_writer_key(w, "sharp");
		json_writer_int(w, r->sharp);
		j_day(w, "last_entry", r->last_day);
		json_writer_key(w, "age_days");
		json_writer_int(w, r->age_days);
		json_writer_key(w, "flagged");
		json_writer_bool(w, r->flagged);
		json_writer_key(w, "effective_level");
		json_writer_int(w, r->effective);
		json_writer_key(w, "why");
		json_writer_string(w, r->flagged ? sore_flag_id(r->why) : NULL);
		if (b->include & BRIEF_INCLUDE_NOTES) {
			json_writer_key(w, "note");
			json_writer_string(w, r->note);
		}
		json_writer_end_object(w);
	}
	json_writer_end_array(w);
}

static void j_races(struct json_writer *w, const struct brief *b)
{
	json_writer_key(w, "races");
	json_writer_begin_array(w);
	for (size_t i = 0; i < b->n_races; i++) {
		const struct brief_race *r = &b->races[i];
		char prio[2] = { r->priority, 0 };

		json_writer_begin_object(w);
		j_day(w, "date", r->date);
		json_writer_key(w, "name");
		json_writer_string(w, r->name);
		json_writer_key(w, "distance_m");
		json_writer_double(w, r->distance_m);
		json_writer_key(w, "priority");
		json_writer_string(w, prio);
		json_writer_key(w, "days");
		json_writer_int(w, r->days);
		json_writer_key(w, "no_deep_tissue");
		if (r->has_window) {
			json_writer_begin_object(w);
			j_day(w, "from", r->from);
			j_day(w, "to", r->to);
			json_writer_end_object(w);
		} else {
			json_writer_null(w);
		}
		json_writer_end_object(w);
	}
	json_writer_end_array(w);
}

static void j_training(struct json_writer *w, const struct brief *b)
{
	const struct brief_training *t = &b->training;

	json_writer_key(w, "training");
	json_writer_begin_object(w);
	json_writer_key(w, "phase");
	json_writer_string(w, phase_id(t->phase));
	json_writer_key(w, "acwr");
	if (t->has_acwr)
		json_writer_double(w, t->acwr);
	else
		json_writer_null(w);
	json_writer_key(w, "spike");
	json_writer_bool(w, t->spike);
	json_writer_key(w, "jump");
	json_writer_bool(w, t->jump);
	json_writer_key(w, "comeback");
	if (t->comeback) {
		json_writer_begin_object(w);
		j_day(w, "back", t->back_day);
		json_writer_key(w, "break_days");
		json_writer_int(w, t->break_days);
		json_writer_end_object(w);
	} else {
		json_writer_null(w);
	}
	json_writer_key(w, "weeks");
	json_writer_begin_array(w);
	for (int i = 0; i < BRIEF_TRAINING_WEEKS; i++) {
		const struct brief_week *k = &t->weeks[i];

		json_writer_begin_object(w);
		j_day(w, "from", k->from);
		j_day(w, "to", k->to);
		json_writer_key(w, "distance_m");
		json_writer_double(w, k->distance_m);
		json_writer_key(w, "load");
		json_writer_double(w, k->load);
		json_writer_key(w, "runs");
		json_writer_int(w, k->runs);
		if (b->include & BRIEF_INCLUDE_HEART_RATE) {
			json_writer_key(w, "avg_hr");
			if (k->avg_hr)
				json_writer_int(w, k->avg_hr);
			else
				json_writer_null(w);
		}
		json_writer_end_object(w);
	}
	json_writer_end_array(w);
	json_writer_end_object(w);
}

static void j_level(struct json_writer *w, const char *key, int level)
{
	json_writer_key(w, key);
	if (level < 0)
		json_writer_null(w);
	else
		json_writer_int(w, level);
}

static void j_sessions(struct json_writer *w, const struct brief *b)
{
	json_writer_key(w, "sessions");
	json_writer_begin_array(w);
	for (size_t i = 0; i < b->n_past; i++) {
		const struct brief_past *p = &b->past[i];

		json_writer_begin_object(w);
		j_day(w, "date", p->date);
		json_writer_key(w, "kind");
		json_writer_string(w, massage_kind_id(p->kind));
		json_writer_key(w, "regions");
		json_writer_begin_array(w);
		for (size_t j = 0; j < p->n_regions; j++) {
			json_writer_begin_object(w);
			j_region(w, p->regions[j].region, p->regions[j].side);
			json_writer_end_object(w);
		}
		json_writer_end_array(w);
		json_writer_key(w, "moves");
		json_writer_begin_array(w);
		for (size_t j = 0; j < p->n_moves; j++) {
			const struct brief_move *m = &p->moves[j];

			json_writer_begin_object(w);
			j_region(w, m->region, m->side);
			j_level(w, "before", m->before);
			j_level(w, "after", m->after);
			json_writer_key(w, "hours");
			if (m->after < 0)
				json_writer_null(w);
			else
				json_writer_int(w, m->days * 24);
			json_writer_end_object(w);
		}
		json_writer_end_array(w);
		if (b->include & BRIEF_INCLUDE_NOTES) {
			json_writer_key(w, "therapist");
			json_writer_string(w, p->therapist);
			json_writer_key(w, "note");
			json_writer_string(w, p->note);
		}
		json_writer_end_object(w);
	}
	json_writer_end_array(w);
}

struct json_writer *brief_json(const struct brief *b)
{
	struct json_writer *w = json_writer_new();

	json_writer_begin_object(w);
	j_day(w, "date", b->today);
	json_writer_key(w, "included");
	json_writer_begin_array(w);
	if (b->include & BRIEF_INCLUDE_NOTES)
		json_writer_string(w, "notes");
	if (b->include & BRIEF_INCLUDE_HEART_RATE)
		json_writer_string(w, "heart-rate");
	json_writer_end_array(w);
	json_writer_key(w, "note");
	json_writer_string(w, b->note);
	j_session(w, b);
	j_regions(w, b);
	j_races(w, b);
	j_training(w, b);
	j_sessions(w, b);
	if (b->include & BRIEF_INCLUDE_NOTES) {
		json_writer_key(w, "run_notes");
		json_writer_begin_array(w);
		for (size_t i = 0; i < b->n_run_notes; i++) {
			json_writer_begin_object(w);
			j_day(w, "date", b->run_notes[i].day);
			json_writer_key(w, "note");
			json_writer_string(w, b->run_notes[i].note);
			json_writer_end_object(w);
		}
		json_writer_end_array(w);
	}
	json_writer_end_object(w);
	return w;
}

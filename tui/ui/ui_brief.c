/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ui_brief.c - the Brief view: the page knead brief gives the therapist,
 * read before the session (b on Today) in the interface's language, saved
 * as a page to print (e) or sent to the therapist (m) as knead brief
 * --mail does, in the therapist's ([therapist] lang). */
#include <config.h>

#include "core/brief/brief.h"
#include "core/brief/brief_send.h"
#include "core/clock.h"
#include "core/i18n.h"
#include "app.h"
#include "ui.h"

struct brief_view {
	bool loaded;
	struct brief brief;
	char **lines;
	int n_lines;
	int top;
	int page;
	char *error;
};

static struct brief_view *state(struct ui *ui)
{
	return ui->state[SCREEN_BRIEF];
}

static void brief_init(struct ui *ui)
{
	ui->state[SCREEN_BRIEF] = g_new0(struct brief_view, 1);
}

static void forget(struct brief_view *v)
{
	if (v->loaded)
		brief_clear(&v->brief);
	g_clear_pointer(&v->lines, g_strfreev);
	g_clear_pointer(&v->error, g_free);
	v->loaded = false;
	v->n_lines = 0;
}

static void brief_fini(struct ui *ui)
{
	forget(state(ui));
	g_free(state(ui));
}

static void brief_reload(struct ui *ui)
{
	struct brief_view *v = state(ui);
	struct brief_options opt = { .units = ui->cfg->units, .note = ui->cfg->therapist_note };
	GError *err = NULL;
	char *text;

	forget(v);
	if (!brief_collect(ui->st, ui->cfg, clock_now(), &opt, &v->brief, &err)) {
		v->error = g_strdup(err->message);
		g_error_free(err);
		return;
	}
	v->loaded = true;
	text = brief_render(&v->brief, BRIEF_TEXT, BRIEF_TEXT_WIDTH);
	v->lines = g_strsplit(text, "\n", -1);
	v->n_lines = (int)g_strv_length(v->lines);
	v->top = MIN(v->top, MAX(0, v->n_lines - 1));
	g_free(text);
}

static unsigned brief_context(struct ui *ui)
{
	(void)ui;
	return CTX_BRIEF;
}

static void brief_draw(struct ui *ui)
{
	struct brief_view *v = state(ui);
	struct rect body = rect_inset(ui->body, 0, 1);

	v->page = MAX(1, body.h);
	if (!v->loaded) {
		ui_text(ui, body.y + 1, body.x, body.w, ui_attr(ui, ROLE_ERROR),
			v->error ? v->error : _("The history could not be read."));
		return;
	}
	v->top = CLAMP(v->top, 0, MAX(0, v->n_lines - v->page));
	for (int i = 0; i < body.h && v->top + i < v->n_lines; i++) {
		const char *line = v->lines[v->top + i];
		const char *next = v->top + i + 1 < v->n_lines ? v->lines[v->top + i + 1] : "";
		/* A heading is the line its rule of - or = underlines. */
		bool heading =
			*line && (g_str_has_prefix(next, "--") || g_str_has_prefix(next, "=="));

		ui_text(ui, body.y + i, body.x, body.w,
			heading ? ui_attr(ui, ROLE_HEADING) | A_BOLD : A_NORMAL, line);
	}
}

/* The brief as the therapist reads it: in [therapist] lang (else the
 * interface's), as `fmt`, with its e-mail subject when asked.  NULL, with
 * the message shown, on failure. */
static char *for_therapist(struct ui *ui, enum brief_format fmt, char **subject)
{
	struct brief_options opt = { .units = ui->cfg->units, .note = ui->cfg->therapist_note };
	struct app_lang lang;
	GError *err = NULL;
	struct brief b;
	char *out = NULL;

	app_lang_begin(ui->cfg->therapist_lang, &lang);
	if (brief_collect(ui->st, ui->cfg, clock_now(), &opt, &b, &err)) {
		out = brief_render(&b, fmt, BRIEF_TEXT_WIDTH);
		if (subject)
			*subject = brief_subject(&b);
		brief_clear(&b);
	}
	app_lang_end(&lang);
	if (!out) {
		ui_message(ui, true, "%s", err->message);
		g_error_free(err);
	}
	return out;
}

static void save_page(struct ui *ui)
{
	char *path = brief_default_file(BRIEF_HTML);
	char *page = for_therapist(ui, BRIEF_HTML, NULL);
	GError *err = NULL;

	if (!page) {
		g_free(path);
		return;
	}
	if (brief_save(path, page, &err))
		/* TRANSLATORS: %s is the file the brief was saved in. */
		ui_message(ui, false, _("The brief is saved in %s, ready to print."), path);
	else
		ui_message(ui, true, "%s", err->message);
	g_clear_error(&err);
	g_free(page);
	g_free(path);
}

static void send(struct ui *ui)
{
	char *subject = NULL;
	char *text = for_therapist(ui, BRIEF_TEXT, &subject);
	struct brief_send sent;
	GError *err = NULL;

	if (!text)
		return;
	if (!brief_send(ui->cfg, subject, text, NULL, &sent, &err))
		ui_message(ui, true, "%s", err->message);
	else if (sent.how == BRIEF_SENT_MAIL)
		ui_message(ui, false, _("The brief is in a new message to %s."),
			   ui->cfg->therapist_email);
	else
		ui_message(ui, false, _("The brief is in %s; add it when you book at %s."),
			   sent.file, ui->cfg->therapist_booking_url);
	g_clear_error(&err);
	brief_send_clear(&sent);
	g_free(text);
	g_free(subject);
}

static int brief_action(struct ui *ui, enum ui_action a, int key)
{
	struct brief_view *v = state(ui);

	(void)key;
	switch (a) {
	case ACT_UP:
		v->top--;
		return UI_REDRAW;
	case ACT_DOWN:
		v->top++;
		return UI_REDRAW;
	case ACT_PAGE_UP:
		v->top -= v->page;
		return UI_REDRAW;
	case ACT_PAGE_DOWN:
		v->top += v->page;
		return UI_REDRAW;
	case ACT_HOME:
		v->top = 0;
		return UI_REDRAW;
	case ACT_END:
		v->top = v->n_lines;
		return UI_REDRAW;
	case ACT_CANCEL:
		ui_switch(ui, SCREEN_TODAY);
		return UI_REDRAW;
	case ACT_EXPORT:
		if (v->loaded)
			save_page(ui);
		return UI_REDRAW;
	case ACT_MAIL:
		if (v->loaded)
			send(ui);
		return UI_REDRAW;
	default:
		return UI_IGNORED;
	}
}

const struct ui_screen_ops ui_brief_ops = {
	.title = N_("Brief"),
	.init = brief_init,
	.fini = brief_fini,
	.reload = brief_reload,
	.context = brief_context,
	.draw = brief_draw,
	.action = brief_action,
};

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ui_articles.c - knead's articles, ranked for the runner's state today
 * (rank.h), and a reader: scroll, page, / search with n and N. */
#include <config.h>

#include <string.h>
#include "core/advice/advice.h"
#include "core/articles/articles.h"
#include "core/clock.h"
#include "core/i18n.h"
#include "core/articles/rank.h"
#include "core/articles/rank_inputs.h"
#include "core/articles/markdown.h"
#include "ui.h"

struct articles_screen {
	struct article_index *idx;
	char *error;
	struct ranked_article *ranked;
	size_t n;
	int sel, top;
	/* the reader */
	const struct article *open;
	char *body;
	struct render_doc *doc;
	int top_line;
	int page;
	bool searching;
	GString *query;
	int match; /* the line of the current match, or -1 */
	/* The article's own title (its first heading, its underline and the
	 * blank after): not shown, the header holds the title already. */
	int title_lines;
	char *reader_error;
	struct ui_search list_search; /* over the titles and why each is there */
};

static struct articles_screen *state(struct ui *ui)
{
	return ui->state[SCREEN_ARTICLES];
}

static void articles_init(struct ui *ui)
{
	struct articles_screen *a = g_new0(struct articles_screen, 1);

	a->query = g_string_new(NULL);
	a->match = -1;
	ui->state[SCREEN_ARTICLES] = a;
}

static void close_reader(struct articles_screen *a)
{
	a->open = NULL;
	g_clear_pointer(&a->body, g_free);
	g_clear_pointer(&a->doc, render_doc_free);
	g_clear_pointer(&a->reader_error, g_free);
	a->searching = false;
	a->match = -1;
}

static void articles_fini(struct ui *ui)
{
	struct articles_screen *a = state(ui);

	close_reader(a);
	ranked_articles_free(a->ranked, a->n);
	if (a->idx)
		articles_free(a->idx);
	g_free(a->error);
	g_string_free(a->query, TRUE);
	if (a->list_search.query)
		g_string_free(a->list_search.query, TRUE);
	g_free(a);
}

static void articles_reload(struct ui *ui)
{
	struct articles_screen *a = state(ui);
	struct rank_inputs in = { 0 };
	GError *err = NULL;
	const char *open_slug = a->open ? a->open->slug : NULL;
	char *keep = g_strdup(open_slug);

	if (!a->idx && !a->error) {
		a->idx = articles_load_default(&err);
		if (!a->idx) {
			a->error = g_strdup(err->message);
			g_clear_error(&err);
		}
	}
	if (!a->idx) {
		g_free(keep);
		return;
	}
	if (!rank_inputs_load(&in, ui->st, clock_now(), &err)) {
		g_free(a->error);
		a->error = g_strdup(err->message);
		g_error_free(err);
		rank_inputs_clear(&in);
		g_free(keep);
		return;
	}
	ranked_articles_free(a->ranked, a->n);
	a->ranked = articles_rank(a->idx, &in.state, &a->n);
	rank_inputs_clear(&in);
	if (a->sel >= (int)a->n)
		a->sel = 0;
	/* The reader stays on its article: the index did not change. */
	if (keep)
		a->open = articles_find(a->idx, keep);
	g_free(keep);
}

static unsigned articles_context(struct ui *ui)
{
	struct articles_screen *a = state(ui);

	if (a->open)
		return a->searching ? CTX_SEARCH : CTX_READER;
	return a->list_search.typing ? CTX_SEARCH : CTX_ARTICLES;
}

static void open_article(struct ui *ui, struct articles_screen *a)
{
	GError *err = NULL;

	close_reader(a);
	if (a->n == 0)
		return;
	a->open = a->ranked[a->sel].article;
	a->body = article_read_body(a->open, &err);
	if (!a->body) {
		a->reader_error = g_strdup(err->message);
		g_error_free(err);
		return;
	}
	a->top_line = 0;
	/* The ranking rests what was just read; losing that note is no
	 * reason to keep the runner from the article. */
	if (!store_article_read_add(ui->st, a->open->slug, clock_now(), &err))
		g_clear_error(&err);
}

bool ui_articles_open(struct ui *ui, const char *slug)
{
	struct articles_screen *a;

	ui_switch(ui, SCREEN_ARTICLES);
	a = state(ui);
	for (size_t i = 0; i < a->n; i++)
		if (strcmp(a->ranked[i].article->slug, slug) == 0) {
			a->sel = (int)i;
			open_article(ui, a);
			return true;
		}
	return false;
}

/* The leading lines that repeat the title: a first-level heading, its
 * underline, and the blank after. */
static int title_lines(const struct render_doc *d)
{
	size_t i = 0;

	while (i < d->n_lines && d->lines[i].kind == RENDER_LINE_HEADING)
		i++;
	if (i == 0)
		return 0;
	while (i < d->n_lines &&
	       (d->lines[i].kind == RENDER_LINE_RULE || d->lines[i].kind == RENDER_LINE_BLANK))
		i++;
	return (int)i;
}

/* The lines shown, after the title's. */
static int doc_count(const struct articles_screen *a)
{
	return a->doc ? (int)a->doc->n_lines - a->title_lines : 0;
}

static const struct render_line *doc_line(const struct articles_screen *a, int i)
{
	return &a->doc->lines[a->title_lines + i];
}

/* Lays out again when the width changed (a resize reflows). */
static void layout_doc(struct articles_screen *a, int width)
{
	GError *err = NULL;

	if (!a->body || (a->doc && a->doc->width == width))
		return;
	g_clear_pointer(&a->doc, render_doc_free);
	a->doc = render_markdown(a->body, strlen(a->body), width, &err);
	a->title_lines = 0;
	if (a->doc)
		a->title_lines = title_lines(a->doc);
	if (!a->doc) {
		g_free(a->reader_error);
		a->reader_error = g_strdup(err->message);
		g_error_free(err);
	}
}

static bool line_matches(const struct render_line *l, const char *folded_query)
{
	char *folded = g_utf8_casefold(l->text, -1);
	bool hit = strstr(folded, folded_query) != NULL;

	g_free(folded);
	return hit;
}

static void search(struct ui *ui, struct articles_screen *a, int dir)
{
	char *q;
	int n;

	if (!a->doc || a->query->len == 0)
		return;
	q = g_utf8_casefold(a->query->str, -1);
	n = doc_count(a);
	if (n <= 0) {
		g_free(q);
		return;
	}
	for (int k = 1; k <= n; k++) {
		int start = a->match >= 0 ? a->match : a->top_line - (dir > 0 ? 1 : 0);
		int i = ((start + dir * k) % n + n) % n;
		if (line_matches(doc_line(a, i), q)) {
			a->match = i;
			if (i < a->top_line || i >= a->top_line + a->page)
				a->top_line = MAX(0, i - 2);
			g_free(q);
			return;
		}
	}
	g_free(q);
	a->match = -1;
	ui_message(ui, true, _("\"%s\" is not in this article."), a->query->str);
}

static int reader_scroll(struct articles_screen *a, enum ui_action act)
{
	int max_top = MAX(0, doc_count(a) - a->page);

	switch (act) {
	case ACT_UP:
		a->top_line--;
		break;
	case ACT_DOWN:
		a->top_line++;
		break;
	case ACT_PAGE_UP:
		a->top_line -= MAX(1, a->page - 1);
		break;
	case ACT_PAGE_DOWN:
		a->top_line += MAX(1, a->page - 1);
		break;
	case ACT_HOME:
		a->top_line = 0;
		break;
	case ACT_END:
		a->top_line = max_top;
		break;
	default:
		return UI_IGNORED;
	}
	a->top_line = CLAMP(a->top_line, 0, max_top);
	return UI_HANDLED;
}

static int list_search_action(struct ui *ui, struct articles_screen *a, enum ui_action act)
{
	struct ui_search *s = &a->list_search;
	int dir = act == ACT_SEARCH_PREV ? -1 : 1, n = (int)a->n;

	if (s->typing && act == ACT_CANCEL) {
		s->typing = false;
		return UI_HANDLED;
	}
	if (s->typing && act != ACT_SEARCH)
		return UI_HANDLED;
	if (act == ACT_SEARCH && !s->typing) {
		ui_search_start(s);
		return UI_HANDLED;
	}
	s->typing = false;
	if (!s->query || s->query->len == 0)
		return UI_HANDLED;
	for (int k = 1; k <= n; k++) {
		int i = ((a->sel + dir * k) % n + n) % n;
		if (ui_search_matches(s, a->ranked[i].article->title) ||
		    ui_search_matches(s, a->ranked[i].why)) {
			a->sel = i;
			return UI_HANDLED;
		}
	}
	ui_message(ui, true, _("\"%s\" is not in this list."), s->query->str);
	return UI_HANDLED;
}

static int articles_action(struct ui *ui, enum ui_action act, int key)
{
	struct articles_screen *a = state(ui);
	int last = a->n > 0 ? (int)a->n - 1 : 0;

	(void)key;
	if (a->open && a->searching) {
		if (act == ACT_CANCEL) {
			a->searching = false;
		} else if (act == ACT_SEARCH) {
			a->searching = false;
			a->match = -1;
			search(ui, a, 1);
		}
		return UI_HANDLED;
	}
	if (a->open) {
		switch (act) {
		case ACT_CANCEL:
			close_reader(a);
			return UI_HANDLED;
		case ACT_SEARCH:
			a->searching = true;
			g_string_truncate(a->query, 0);
			return UI_HANDLED;
		case ACT_SEARCH_NEXT:
			search(ui, a, 1);
			return UI_HANDLED;
		case ACT_SEARCH_PREV:
			search(ui, a, -1);
			return UI_HANDLED;
		default:
			return reader_scroll(a, act);
		}
	}
	if (a->list_search.typing || act == ACT_SEARCH || act == ACT_SEARCH_NEXT ||
	    act == ACT_SEARCH_PREV)
		return list_search_action(ui, a, act);
	switch (act) {
	case ACT_OPEN:
		open_article(ui, a);
		return UI_HANDLED;
	case ACT_UP:
		a->sel = MAX(0, a->sel - 1);
		return UI_HANDLED;
	case ACT_DOWN:
		a->sel = MIN(last, a->sel + 1);
		return UI_HANDLED;
	case ACT_HOME:
		a->sel = 0;
		return UI_HANDLED;
	case ACT_END:
		a->sel = last;
		return UI_HANDLED;
	default:
		return UI_IGNORED;
	}
}

static int articles_input(struct ui *ui, int key)
{
	struct articles_screen *a = state(ui);

	(void)ui;
	if (!a->open && a->list_search.typing)
		return ui_search_input(&a->list_search, key);
	if (!a->open || !a->searching)
		return UI_IGNORED;
	{
		struct ui_search s = { true, a->query };
		return ui_search_input(&s, key);
	}
}

static attr_t span_attr(const struct ui *ui, unsigned attrs)
{
	attr_t a = A_NORMAL;

	if (attrs & RENDER_ATTR_STRONG)
		a |= A_BOLD;
	if (attrs & (RENDER_ATTR_EMPHASIS | RENDER_ATTR_LINK))
		a |= A_UNDERLINE;
	if (attrs & (RENDER_ATTR_CODE | RENDER_ATTR_URL))
		a |= ui_attr(ui, ROLE_HEADING) & ~A_BOLD;
	return a;
}

static void draw_line(struct ui *ui, const struct render_line *l, int y, int x, int w,
		      bool is_match)
{
	attr_t base = l->kind == RENDER_LINE_HEADING ? ui_attr(ui, ROLE_HEADING) | A_BOLD
		      : l->kind == RENDER_LINE_RULE   ? ui_attr(ui, ROLE_HEADING)
		      : l->kind == RENDER_LINE_CODE   ? ui_attr(ui, ROLE_DIM)
						      : A_NORMAL;
	size_t pos = 0;
	int col = 0;

	if (is_match)
		base |= A_REVERSE;
	ui_text(ui, y, x, w, base, l->text);
	/* Emphasis on top, segment by segment. */
	for (size_t i = 0; i < l->n_spans; i++) {
		const struct render_span *s = &l->spans[i];
		char *before = g_strndup(l->text + pos, s->start - pos);
		char *inside = g_strndup(l->text + s->start, s->len);

		col += ui_text_width(before);
		ui_text(ui, y, x + col, w - col, base | span_attr(ui, s->attrs), inside);
		col += ui_text_width(inside);
		pos = s->start + s->len;
		g_free(before);
		g_free(inside);
	}
}

static void draw_reader(struct ui *ui, struct articles_screen *a, struct rect body)
{
	int width = MIN(body.w, 78);
	struct rect text;
	int x = body.x + (body.w - width) / 2;

	ui_text(ui, body.y, x, width, ui_attr(ui, ROLE_HEADING) | A_BOLD, a->open->title);
	rect_take_top(&body, 2);
	text = rect_take_top(&body, body.h - 1);
	a->page = text.h;
	if (a->reader_error) {
		ui_text(ui, text.y, x, width, ui_attr(ui, ROLE_ERROR), a->reader_error);
		return;
	}
	layout_doc(a, width);
	if (!a->doc)
		return;
	for (int i = 0; i < text.h && a->top_line + i < doc_count(a); i++)
		draw_line(ui, doc_line(a, a->top_line + i), text.y + i, x, width,
			  a->top_line + i == a->match);
	if (a->searching) {
		ui->search_prompt = a->query;
	} else if (doc_count(a) > 0) {
		int n = doc_count(a);
		int pct = 100 * MIN(a->top_line + text.h, n) / n;
		/* TRANSLATORS: the reader's position: lines shown and percentage. */
		ui_textf(ui, body.y, body.x, body.w, ui_attr(ui, ROLE_DIM), _("lines %d-%d of %zu (%d%%)"),
			 a->top_line + 1, MIN(a->top_line + text.h, n), (size_t)n, pct);
	}
}

static void articles_draw(struct ui *ui)
{
	struct articles_screen *a = state(ui);
	struct rect body = rect_inset(ui->body, 0, 1);
	int rows;

	if (a->open) {
		draw_reader(ui, a, body);
		return;
	}
	ui_text(ui, body.y, body.x, body.w, ui_attr(ui, ROLE_HEADING),
		_("Articles, the most useful for you today first"));
	rect_take_top(&body, 2);
	if (a->error) {
		char **lines = ui_wrap(a->error, body.w);
		for (int i = 0; i < body.h && lines[i]; i++)
			ui_text(ui, body.y + i, body.x, body.w, ui_attr(ui, ROLE_ERROR), lines[i]);
		g_strfreev(lines);
		return;
	}
	if (a->n == 0) {
		ui_text(ui, body.y, body.x, body.w, ui_attr(ui, ROLE_DIM),
			_("No articles found: they come with knead; reinstall it, or press 1 for "
			  "Today."));
		return;
	}
	if (a->list_search.typing)
		ui->search_prompt = a->list_search.query;
	/* Each article takes two lines: its title, and why it is ranked there. */
	rows = body.h / 2;
	if (a->sel < a->top)
		a->top = a->sel;
	if (a->sel >= a->top + rows)
		a->top = a->sel - rows + 1;
	for (int i = a->top; i < (int)a->n && i < a->top + rows; i++) {
		int y = body.y + 2 * (i - a->top);
		/* Cut at a word, never mid-word; the title padded for the
		 * selection's bar. */
		char *words = ui_fit_words(ui, a->ranked[i].article->title, body.w - 2);
		char *title = ui_fit(words, body.w - 2);
		char *why = ui_fit_words(ui, a->ranked[i].why ? a->ranked[i].why : "", body.w - 2);

		ui_text(ui, y, body.x, body.w, i == a->sel ? ui_attr(ui, ROLE_SELECTED) : A_BOLD,
			title);
		ui_text(ui, y + 1, body.x + 2, body.w - 2, ui_attr(ui, ROLE_DIM), why);
		g_free(title);
		g_free(words);
		g_free(why);
	}
}

static int articles_click(struct ui *ui, int y, int x)
{
	struct articles_screen *a = state(ui);
	int i;

	(void)x;
	if (a->open || a->n == 0)
		return UI_IGNORED;
	i = a->top + (y - ui->body.y - 2) / 2;
	if (y < ui->body.y + 2 || i < 0 || i >= (int)a->n)
		return UI_IGNORED;
	if (i == a->sel)
		open_article(ui, a);
	a->sel = i;
	return UI_HANDLED;
}

const struct ui_screen_ops ui_articles_ops = {
	.title = N_("Articles"),
	.init = articles_init,
	.fini = articles_fini,
	.reload = articles_reload,
	.context = articles_context,
	.draw = articles_draw,
	.action = articles_action,
	.input = articles_input,
	.click = articles_click,
};

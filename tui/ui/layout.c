/* SPDX-License-Identifier: GPL-3.0-or-later */
/* layout.c - the frame (title, body, message, hints), rectangles and text
 * drawing that knows about display widths and non-UTF-8 terminals. */
#include <config.h>

#include <stdarg.h>
#include <string.h>
#include <wchar.h>
#include "core/i18n.h"
#include "core/sanitize.h"
#include "core/textwidth.h"
#include "ui.h"

void layout_compute(struct ui *ui)
{
	getmaxyx(stdscr, ui->rows, ui->cols);
	/* Row 0 is the title bar; the last two are the message and the hints. */
	ui->body = (struct rect){ 1, 0, ui->rows - 3, ui->cols };
	if (ui->body.h < 0)
		ui->body.h = 0;
}

bool layout_too_small(const struct ui *ui)
{
	return ui->cols < UI_MIN_COLS || ui->rows < UI_MIN_ROWS;
}

void layout_draw_too_small(struct ui *ui)
{
	char *need = g_strdup_printf(_("knead needs at least %dx%d."), UI_MIN_COLS, UI_MIN_ROWS);
	char *have = g_strdup_printf(_("This terminal is %dx%d."), ui->cols, ui->rows);
	const char *lines[] = { _("Terminal too small"), need, have,
				_("Enlarge it, or press q to quit.") };
	int top = ui->rows / 2 - 2;

	erase();
	for (int i = 0; i < 4; i++) {
		char **wrapped = ui_wrap(lines[i], ui->cols > 2 ? ui->cols - 2 : 1);
		for (int j = 0; wrapped[j]; j++) {
			int w = ui_text_width(wrapped[j]);
			int y = top + i + j;
			if (y >= 0 && y < ui->rows)
				ui_text(ui, y, w < ui->cols ? (ui->cols - w) / 2 : 0, ui->cols,
					i == 0 ? ui_attr(ui, ROLE_ERROR) | A_BOLD : A_NORMAL,
					wrapped[j]);
		}
		top += (int)g_strv_length(wrapped) - 1;
		g_strfreev(wrapped);
	}
	g_free(need);
	g_free(have);
}

static int tabs_width(const struct ui_screen_ops *const *screens)
{
	int w = 0;

	for (int i = 0; i < SCREEN_TABS; i++) {
		char *tab = g_strdup_printf(" %d %s ", i + 1, _(screens[i]->title));
		w += ui_text_width(tab);
		g_free(tab);
	}
	return w;
}

void layout_draw_frame(struct ui *ui, const struct ui_screen_ops *const *screens)
{
	attr_t title = ui_attr(ui, ROLE_TITLE);
	const char *brand = " knead ";
	int tabs = tabs_width(screens), x = 0, dw;
	/* The long date when it fits beside the tabs, else the short one, and
	 * the name of the program gives way before the date does (French
	 * tabs are longer): the date is never cut. */
	char *date = ui_day_long(ui->today);

	dw = ui_text_width(date) + 1;
	if (ui_text_width(brand) + tabs + dw >= ui->cols) {
		g_free(date);
		date = ui_day_short(ui->today);
		dw = ui_text_width(date) + 1;
	}
	if (ui_text_width(brand) + tabs + dw >= ui->cols)
		brand = "";
	attrset(title);
	mvhline(0, 0, ' ', ui->cols);
	x += ui_text(ui, 0, x, ui->cols, title | A_BOLD, brand);
	for (int i = 0; i < SCREEN_TABS; i++) {
		char *tab = g_strdup_printf(" %d %s ", i + 1, _(screens[i]->title));
		attr_t a = i == (int)ui->screen ? ui_attr(ui, ROLE_TAB) : title;
		ui->tab_x[i] = x;
		x += ui_text(ui, 0, x, ui->cols - x, a, tab);
		g_free(tab);
	}
	ui->tab_x[SCREEN_TABS] = x;
	if (x + dw < ui->cols)
		ui_text(ui, 0, ui->cols - dw, dw, title, date);
	g_free(date);
	attrset(A_NORMAL);

	move(ui->rows - 2, 0);
	clrtoeol();
	if (ui->message) {
		/* A message too long for its row (a French undo at 80 columns)
		 * takes the row above too, until the next key; longer still,
		 * its second row is cut at a word, never mid-word. */
		attr_t a = ui_attr(ui, ui->message_error ? ROLE_ERROR : ROLE_GOOD);
		char **lines = ui_wrap(ui->message, ui->cols - 2);
		int n = MIN((int)g_strv_length(lines), ui->rows >= 8 ? 2 : 1);

		for (int i = 0; i < n; i++) {
			int y = ui->rows - 1 - n + i;
			char *rest = i == n - 1 && lines[i + 1] ? g_strjoinv(" ", lines + i) : NULL;
			char *shown = ui_fit_words(ui, rest ? rest : lines[i], ui->cols - 2);

			move(y, 0);
			clrtoeol();
			ui_text(ui, y, 1, ui->cols - 2, a, shown);
			g_free(shown);
			g_free(rest);
		}
		g_strfreev(lines);
	}
}

struct rect rect_take_top(struct rect *r, int h)
{
	struct rect t = *r;

	if (h > r->h)
		h = r->h;
	t.h = h;
	r->y += h;
	r->h -= h;
	return t;
}

struct rect rect_take_bottom(struct rect *r, int h)
{
	struct rect b = *r;

	if (h > r->h)
		h = r->h;
	b.y = r->y + r->h - h;
	b.h = h;
	r->h -= h;
	return b;
}

struct rect rect_take_left(struct rect *r, int w)
{
	struct rect l = *r;

	if (w > r->w)
		w = r->w;
	l.w = w;
	r->x += w;
	r->w -= w;
	return l;
}

struct rect rect_inset(struct rect r, int dy, int dx)
{
	r.y += dy;
	r.x += dx;
	r.h -= 2 * dy;
	r.w -= 2 * dx;
	if (r.h < 0)
		r.h = 0;
	if (r.w < 0)
		r.w = 0;
	return r;
}

bool rect_contains(struct rect r, int y, int x)
{
	return y >= r.y && y < r.y + r.h && x >= r.x && x < r.x + r.w;
}

attr_t ui_attr(const struct ui *ui, enum ui_role role)
{
	static const attr_t mono[ROLE_COUNT] = {
		[ROLE_NORMAL] = A_NORMAL,	[ROLE_TITLE] = A_REVERSE,
		[ROLE_TAB] = A_BOLD | A_UNDERLINE, [ROLE_HINT] = A_NORMAL,
		[ROLE_HINT_KEY] = A_REVERSE,	[ROLE_HEADING] = A_BOLD,
		[ROLE_DIM] = A_DIM,		[ROLE_ERROR] = A_BOLD,
		[ROLE_GOOD] = A_NORMAL,		[ROLE_WARN] = A_BOLD,
		[ROLE_BANNER] = A_REVERSE,	[ROLE_SELECTED] = A_REVERSE,
		[ROLE_FIELD] = A_UNDERLINE,	[ROLE_FIELD_FOCUS] = A_REVERSE,
		[ROLE_BAR] = A_NORMAL,		[ROLE_BAR_NOW] = A_BOLD,
	};

	if ((unsigned)role >= ROLE_COUNT)
		return A_NORMAL;
	if (!ui->colour)
		return mono[role];
	switch (role) {
	case ROLE_NORMAL:
		return A_NORMAL;
	case ROLE_TAB:
		return COLOR_PAIR(ROLE_TAB) | A_BOLD;
	case ROLE_HEADING:
		return COLOR_PAIR(ROLE_HEADING) | A_BOLD;
	case ROLE_ERROR:
	case ROLE_BANNER:
		return COLOR_PAIR(role) | A_BOLD;
	case ROLE_DIM:
		return A_DIM;
	default:
		return COLOR_PAIR(role);
	}
}

/* Pairs ROLE_COUNT + 1 .. ROLE_COUNT + 10 hold the levels (set up in ui.c). */
attr_t ui_level_attr(const struct ui *ui, int level)
{
	if (level <= 0)
		return ui->colour ? A_DIM : A_NORMAL;
	if (level > 10)
		level = 10;
	if (!ui->colour)
		return level >= 7 ? A_BOLD | A_REVERSE : level >= 4 ? A_BOLD : A_NORMAL;
	return COLOR_PAIR(ROLE_COUNT + level);
}

/* --- text --------------------------------------------------------------- */

/* Most text on screen is short: it is decoded on the stack, and only a
 * longer string costs an allocation (the first frame draws some 1,500). */
#define WIDE_STACK 256

/* s as wide characters in buf (cap entries) if it fits, else in a new
 * array: g_free() the result when it is not buf.  Control characters
 * become spaces and bytes that are not UTF-8 become U+FFFD, so whatever
 * is in the database can be shown. */
static wchar_t *to_wide(const char *s, wchar_t *buf, size_t cap, glong *n)
{
	/* Escape sequences, C1 controls and bidirectional overrides go the
	 * same way as on the command line (sanitize.h). */
	char *clean = sanitize_needed(s, -1) ? sanitize_text(s) : NULL;
	size_t len;

	if (clean)
		s = clean;
	len = strlen(s);
	wchar_t *w = len < cap ? buf : g_new(wchar_t, len + 1);
	const char *p = s, *end = s + len;
	glong i = 0;

	while (p < end) {
		gunichar c = g_utf8_get_char_validated(p, end - p);

		if (c == (gunichar)-1 || c == (gunichar)-2) {
			c = 0xfffd;
			p++;
		} else {
			p = g_utf8_next_char(p);
		}
		w[i++] = c < 0x20 || c == 0x7f ? L' ' : (wchar_t)c;
	}
	w[i] = 0;
	*n = i;
	g_free(clean);
	return w;
}

/* What one decoded character takes on screen: textwidth.h's table, the
 * one the articles are laid out with. */
static int char_width(wchar_t c)
{
	return text_char_width((gunichar)c);
}

int ui_text_width(const char *s)
{
	wchar_t buf[WIDE_STACK], *w;
	glong n;
	int cols = 0;

	if (!s)
		return 0;
	w = to_wide(s, buf, G_N_ELEMENTS(buf), &n);
	for (glong i = 0; i < n; i++)
		cols += char_width(w[i]);
	if (w != buf)
		g_free(w);
	return cols;
}

int ui_text(struct ui *ui, int y, int x, int maxw, attr_t attr, const char *s)
{
	int cols = 0;

	if (!s || maxw <= 0 || y < 0 || y >= ui->rows || x < 0 || x >= ui->cols)
		return 0;
	if (x + maxw > ui->cols)
		maxw = ui->cols - x;
	attron(attr);
	if (ui->utf8) {
		wchar_t buf[WIDE_STACK];
		glong n, fit = 0;
		wchar_t *w = to_wide(s, buf, G_N_ELEMENTS(buf), &n);

		for (; fit < n; fit++) {
			int cw = char_width(w[fit]);
			if (cols + cw > maxw)
				break;
			cols += cw;
		}
		/* Text that does not fit ends in an ellipsis, so a cut word is
		 * never mistaken for a whole one. */
		if (fit < n && fit > 0 && maxw >= 2) {
			while (fit > 0 && cols + 1 > maxw)
				cols -= char_width(w[--fit]);
			w[fit] = L'\u2026';
			fit++;
			cols++;
		}
		if (fit > 0)
			mvaddnwstr(y, x, w, (int)fit);
		if (w != buf)
			g_free(w);
	} else {
		/* A terminal that is not UTF-8: transliterate ("é" becomes "e"). */
		char *ascii = g_str_to_ascii(s, NULL);
		cols = (int)strlen(ascii);
		if (cols > maxw)
			cols = maxw;
		for (char *p = ascii; *p; p++)
			if ((unsigned char)*p < 0x20)
				*p = ' ';
		mvaddnstr(y, x, ascii, cols);
		g_free(ascii);
	}
	attroff(attr);
	return cols;
}

int ui_textf(struct ui *ui, int y, int x, int maxw, attr_t attr, const char *fmt, ...)
{
	va_list ap;
	char *s;
	int n;

	va_start(ap, fmt);
	s = g_strdup_vprintf(fmt, ap);
	va_end(ap);
	n = ui_text(ui, y, x, maxw, attr, s);
	g_free(s);
	return n;
}

char *ui_fit(const char *s, int w)
{
	return text_fit(s, w);
}

/* s cut to w columns at a word's end with " …", never mid-word.
 * g_free(). */
char *ui_fit_words(struct ui *ui, const char *s, int w)
{
	char **lines;
	char *fitted;

	if (w <= 0)
		return g_strdup("");
	if (ui_text_width(s) <= w)
		return g_strdup(s);
	{
		/* The leading spaces (a gap before it) stay. */
		size_t lead = strspn(s, " ");
		char *gap = g_strndup(s, lead);

		/* The ellipsis stands apart: a whole word before it. */
		lines = ui_wrap(s + lead, w - (int)lead - 2);
		fitted = g_strconcat(gap, lines[0] ? lines[0] : "", ui->utf8 ? " \u2026" : " ~",
				     NULL);
		g_free(gap);
	}
	g_strfreev(lines);
	return fitted;
}

char **ui_wrap(const char *s, int width)
{
	GPtrArray *lines = g_ptr_array_new();
	char **split = g_strsplit(s ? s : "", " ", -1);
	GPtrArray *units = g_ptr_array_new_with_free_func(g_free);
	GString *line = g_string_new(NULL);
	int cols = 0;
	char **words;

	if (width < 1)
		width = 1;
	/* Words a line may not break between are one (French "Douleur :"). */
	for (int i = 0; split[i]; i++) {
		char *last = units->len ? g_ptr_array_index(units, units->len - 1) : NULL;

		if (!*split[i])
			continue;
		if (last && !text_may_break(last, strlen(last), split[i])) {
			units->pdata[units->len - 1] = g_strconcat(last, " ", split[i], NULL);
			g_free(last);
		} else {
			g_ptr_array_add(units, g_strdup(split[i]));
		}
	}
	g_strfreev(split);
	g_ptr_array_add(units, NULL);
	words = (char **)g_ptr_array_free(units, FALSE);
	for (int i = 0; words[i]; i++) {
		const char *word = words[i];
		int ww = ui_text_width(word);

		if (!*word)
			continue;
		if (cols > 0 && cols + 1 + ww > width) {
			g_ptr_array_add(lines, g_string_free(line, FALSE));
			line = g_string_new(NULL);
			cols = 0;
		}
		/* A word longer than the line is cut where it overflows (the
		 * cut part whole: no ellipsis, the rest follows). */
		while (ww > width) {
			size_t cut = text_fit_bytes(word, width, NULL);

			if (cut == 0) /* a single character wider than the line */
				cut = (size_t)(g_utf8_next_char(word) - word);
			g_ptr_array_add(lines, g_strndup(word, cut));
			word += cut;
			ww = ui_text_width(word);
		}
		if (cols > 0) {
			g_string_append_c(line, ' ');
			cols++;
		}
		g_string_append(line, word);
		cols += ww;
	}
	if (line->len > 0 || lines->len == 0)
		g_ptr_array_add(lines, g_string_free(line, FALSE));
	else
		g_string_free(line, TRUE);
	g_ptr_array_add(lines, NULL);
	g_strfreev(words);
	return (char **)g_ptr_array_free(lines, FALSE);
}

void ui_hline(struct ui *ui, int y, int x, int w)
{
	if (ui->utf8)
		mvhline_set(y, x, WACS_HLINE, w);
	else
		mvhline(y, x, '-', w);
}

void ui_fill(struct ui *ui, struct rect r)
{
	(void)ui;
	for (int y = r.y; y < r.y + r.h; y++)
		mvhline(y, r.x, ' ', r.w);
}

void ui_box(struct ui *ui, struct rect r, const char *title, bool focused)
{
	attr_t a = focused ? ui_attr(ui, ROLE_HEADING) : A_NORMAL;

	if (r.w < 2 || r.h < 2)
		return;
	attron(a);
	if (ui->utf8) {
		mvadd_wch(r.y, r.x, WACS_ULCORNER);
		mvadd_wch(r.y, r.x + r.w - 1, WACS_URCORNER);
		mvadd_wch(r.y + r.h - 1, r.x, WACS_LLCORNER);
		mvadd_wch(r.y + r.h - 1, r.x + r.w - 1, WACS_LRCORNER);
		mvhline_set(r.y, r.x + 1, WACS_HLINE, r.w - 2);
		mvhline_set(r.y + r.h - 1, r.x + 1, WACS_HLINE, r.w - 2);
		mvvline_set(r.y + 1, r.x, WACS_VLINE, r.h - 2);
		mvvline_set(r.y + 1, r.x + r.w - 1, WACS_VLINE, r.h - 2);
	} else {
		mvaddch(r.y, r.x, '+');
		mvaddch(r.y, r.x + r.w - 1, '+');
		mvaddch(r.y + r.h - 1, r.x, '+');
		mvaddch(r.y + r.h - 1, r.x + r.w - 1, '+');
		mvhline(r.y, r.x + 1, '-', r.w - 2);
		mvhline(r.y + r.h - 1, r.x + 1, '-', r.w - 2);
		mvvline(r.y + 1, r.x, '|', r.h - 2);
		mvvline(r.y + 1, r.x + r.w - 1, '|', r.h - 2);
	}
	attroff(a);
	if (title && *title) {
		/* A title too long for its box is cut at a word, never mid-word. */
		char *fitted = ui_fit_words(ui, title, r.w - 6);
		char *t = g_strdup_printf(" %s ", fitted);
		ui_text(ui, r.y, r.x + 2, r.w - 4, ui_attr(ui, ROLE_HEADING), t);
		g_free(t);
		g_free(fitted);
	}
}

char *ui_capitalize(const char *s)
{
	gunichar first;
	char buf[8] = { 0 };

	if (!s || !*s)
		return g_strdup("");
	first = g_unichar_totitle(g_utf8_get_char(s));
	g_unichar_to_utf8(first, buf);
	return g_strconcat(buf, g_utf8_next_char(s), NULL);
}

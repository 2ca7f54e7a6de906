/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ui.c - the event loop of the full-screen interface.
 *
 * One thread draws.  Signals only set a flag the loop reads (SIGTERM,
 * SIGINT, SIGHUP), except the fatal ones, which restore the terminal and
 * then die as they would have.  When idle, the loop wakes every second to
 * see whether another connection (the command line, the reminder daemon)
 * changed the database, and reloads if so.
 */
#include <config.h>

#include <errno.h>
#include <langinfo.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <termios.h>
#include <glib/gstdio.h>
#include "app.h"
#include "core/sanitize.h"
#include "core/clock.h"
#include "core/store/demo.h"
#include "core/error.h"
#include "core/i18n.h"
#include "records.h"
#include "ui.h"

#define IDLE_POLL_MS 1000
/* How long the rest of a mouse report may take to arrive. */
#define MOUSE_REPORT_MS 100
/* Lines a turn of the wheel scrolls. */
#define WHEEL_LINES 3
/* The start of a mouse report in the encoding the terminal description
 * does not announce (ncurses decodes only the one it does). */
#define KEY_SGR_MOUSE 0x6f00 /* far above the codes ncurses hands out */
#define KEY_X10_MOUSE 0x6f01
#define DEMO_WEEKS 12
#define DEMO_SEED 2026u

static const struct ui_screen_ops *const screens[SCREEN_COUNT] = {
	[SCREEN_TODAY] = &ui_today_ops,
	[SCREEN_CHECKIN] = &ui_checkin_ops,
	[SCREEN_HISTORY] = &ui_history_ops,
	[SCREEN_RACES] = &ui_races_ops,
	[SCREEN_ARTICLES] = &ui_articles_ops,
	[SCREEN_BRIEF] = &ui_brief_ops,
};

static volatile sig_atomic_t stop_requested;

static void on_stop_signal(int sig)
{
	stop_requested = sig;
}

/* A crash must not leave the terminal in raw mode: restore it, then let the
 * signal do what it would have done (SA_RESETHAND put the default back). */
static void on_fatal_signal(int sig)
{
	endwin();
	raise(sig);
}

static void install_signals(void)
{
	struct sigaction sa;
	static const int stop[] = { SIGTERM, SIGINT, SIGHUP };
	static const int fatal[] = { SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL };

	memset(&sa, 0, sizeof(sa));
	sigemptyset(&sa.sa_mask);
	/* No SA_RESTART: the blocking read returns, and the loop sees the flag. */
	sa.sa_handler = on_stop_signal;
	for (size_t i = 0; i < G_N_ELEMENTS(stop); i++)
		sigaction(stop[i], &sa, NULL);
	sa.sa_handler = on_fatal_signal;
	sa.sa_flags = SA_RESETHAND;
	for (size_t i = 0; i < G_N_ELEMENTS(fatal); i++)
		sigaction(fatal[i], &sa, NULL);
}

static void init_colours(struct ui *ui)
{
	const char *no_colour = getenv("NO_COLOR");
	struct {
		enum ui_role role;
		short fg, bg;
	} pairs[] = {
		{ ROLE_TITLE, COLOR_WHITE, COLOR_BLUE },
		{ ROLE_TAB, COLOR_YELLOW, COLOR_BLUE },
		{ ROLE_HINT, -1, -1 },
		{ ROLE_HINT_KEY, COLOR_BLACK, COLOR_CYAN },
		{ ROLE_HEADING, COLOR_CYAN, -1 },
		{ ROLE_ERROR, COLOR_RED, -1 },
		{ ROLE_GOOD, COLOR_GREEN, -1 },
		{ ROLE_WARN, COLOR_YELLOW, -1 },
		{ ROLE_BANNER, COLOR_BLACK, COLOR_YELLOW },
		{ ROLE_SELECTED, COLOR_BLACK, COLOR_CYAN },
		{ ROLE_FIELD, COLOR_WHITE, COLOR_BLUE },
		{ ROLE_FIELD_FOCUS, COLOR_BLACK, COLOR_CYAN },
		{ ROLE_BAR, COLOR_CYAN, -1 },
		{ ROLE_BAR_NOW, COLOR_GREEN, -1 },
	};
	/* Green through yellow to red; the 256-colour cube has the steps. */
	static const short level_256[11] = { 0, 34, 70, 106, 142, 178, 214, 208, 202, 196, 160 };
	static const short level_8[11] = { 0,
					   COLOR_GREEN, COLOR_GREEN, COLOR_GREEN,
					   COLOR_YELLOW, COLOR_YELLOW, COLOR_YELLOW,
					   COLOR_RED, COLOR_RED, COLOR_RED, COLOR_RED };

	ui->colour = has_colors() && !(no_colour && *no_colour);
	if (!ui->colour)
		return;
	start_color();
	use_default_colors();
	for (size_t i = 0; i < G_N_ELEMENTS(pairs); i++)
		init_pair((short)pairs[i].role, pairs[i].fg, pairs[i].bg);
	for (int level = 1; level <= 10; level++)
		init_pair((short)(ROLE_COUNT + level), COLOR_BLACK,
			  COLORS >= 256 ? level_256[level] : level_8[level]);
}

void ui_message(struct ui *ui, bool error, const char *fmt, ...)
{
	va_list ap;

	g_free(ui->message);
	va_start(ap, fmt);
	ui->message = g_strdup_vprintf(fmt, ap);
	va_end(ap);
	ui->message_error = error;
}

void ui_ask(struct ui *ui, const char *question, ui_confirm_fn yes, void *data)
{
	g_free(ui->confirm);
	g_free(ui->confirm_data);
	ui->confirm = g_strdup(question);
	ui->confirm_yes = yes;
	ui->confirm_no = NULL;
	ui->confirm_data = data;
}

void ui_ask_yes_no(struct ui *ui, const char *question, ui_confirm_fn yes, ui_confirm_fn no,
		   void *data)
{
	ui_ask(ui, question, yes, data);
	ui->confirm_no = no;
}

static void confirm_clear(struct ui *ui)
{
	g_clear_pointer(&ui->confirm, g_free);
	g_clear_pointer(&ui->confirm_data, g_free);
	ui->confirm_yes = NULL;
	ui->confirm_no = NULL;
}

/* Only the screen on show reloads now; the others when they are next
 * entered, so that start-up and every save pay for one screen, not five. */
void ui_reload_all(struct ui *ui)
{
	ui->today = wtime_day(clock_now());
	ui->data_version = store_data_version(ui->st);
	for (int i = 0; i < SCREEN_COUNT; i++)
		ui->stale[i] = true;
	if (screens[ui->screen]->reload)
		screens[ui->screen]->reload(ui);
	ui->stale[ui->screen] = false;
}

void ui_switch(struct ui *ui, enum ui_screen s)
{
	if (s == ui->screen)
		return;
	if (screens[ui->screen]->leave)
		screens[ui->screen]->leave(ui);
	ui->screen = s;
	if (ui->stale[s] && screens[s]->reload)
		screens[s]->reload(ui);
	ui->stale[s] = false;
	if (screens[s]->enter)
		screens[s]->enter(ui);
}

void ui_search_start(struct ui_search *s)
{
	if (!s->query)
		s->query = g_string_new(NULL);
	g_string_truncate(s->query, 0);
	s->typing = true;
}

int ui_search_input(struct ui_search *s, int key)
{
	if (key == UI_KEY_CODE(KEY_BACKSPACE) || key == 127 || key == '\b') {
		if (s->query->len > 0) {
			const char *end = s->query->str + s->query->len;
			g_string_truncate(s->query, (gsize)(g_utf8_prev_char(end) - s->query->str));
		}
		return UI_HANDLED;
	}
	if (!UI_KEY_IS_CODE(key) && key >= 0x20 && key != 0x7f && g_unichar_validate((gunichar)key)) {
		g_string_append_unichar(s->query, (gunichar)key);
		return UI_HANDLED;
	}
	return UI_IGNORED;
}

/* Folded for a search: lower case, no accents. g_free(). */
static char *fold_for_search(const char *s)
{
	char *ascii = g_str_to_ascii(s, NULL);
	char *down = g_ascii_strdown(ascii, -1);

	g_free(ascii);
	return down;
}

bool ui_search_matches(const struct ui_search *s, const char *text)
{
	char *q, *t;
	bool hit;

	if (!s->query || s->query->len == 0 || !text)
		return false;
	q = fold_for_search(s->query->str);
	t = fold_for_search(text);
	hit = strstr(t, q) != NULL;
	g_free(q);
	g_free(t);
	return hit;
}

static void draw_search_prompt(struct ui *ui)
{
	char *line = g_strdup_printf("/%s", ui->search_prompt->str);
	int w;

	move(ui->rows - 2, 0);
	clrtoeol();
	w = ui_text(ui, ui->rows - 2, 1, ui->cols - 2, ui_attr(ui, ROLE_BANNER), line);
	ui->caret_y = ui->rows - 2;
	ui->caret_x = MIN(1 + w, ui->cols - 1);
	g_free(line);
}

static char *day_format_with(dayno d, const char *format)
{
	int y, m, dd;
	GDateTime *dt;
	char *s;

	wtime_split(day_start(d), &y, &m, &dd, NULL, NULL, NULL);
	dt = g_date_time_new_utc(y, m, dd, 12, 0, 0);
	if (!dt) {
		char buf[DATE_BUF];
		return g_strdup(day_format(d, buf));
	}
	s = g_date_time_format(dt, format);
	g_date_time_unref(dt);
	return s ? s : g_strdup("?");
}

char *ui_day_long(dayno d)
{
	/* TRANSLATORS: a strftime format for the date in the title bar, e.g.
	 * "Monday 23 November 2026"; French puts no capitals: "lundi 23 novembre 2026". */
	return day_format_with(d, _("%A %-d %B %Y"));
}

char *ui_day_weekday(dayno d)
{
	return day_format_with(d, "%A");
}

char *ui_day_short(dayno d)
{
	/* TRANSLATORS: a strftime format for a short date, e.g. "Mon 23 Nov". */
	return day_format_with(d, _("%a %-d %b"));
}

static unsigned current_context(struct ui *ui)
{
	if (ui->confirm)
		return CTX_CONFIRM;
	if (ui->help)
		return CTX_HELP;
	return screens[ui->screen]->context(ui);
}

static void draw(struct ui *ui)
{
	unsigned ctx;

	if (layout_too_small(ui)) {
		layout_draw_too_small(ui);
		refresh();
		return;
	}
	erase();
	ui->caret_y = ui->caret_x = -1;
	ui->search_prompt = NULL;
	screens[ui->screen]->draw(ui);
	layout_draw_frame(ui, screens);
	if (ui->search_prompt)
		draw_search_prompt(ui);
	ctx = current_context(ui);
	if (ui->confirm) {
		/* A question too long for a row (a French one at 80 columns)
		 * takes the rows above, so that its "(y/n)" always shows. */
		char **lines = ui_wrap(ui->confirm, ui->cols - 3);
		int n = MIN((int)g_strv_length(lines), MAX(ui->rows - 2, 1));

		for (int i = 0; i < n; i++) {
			int y = ui->rows - 1 - n + i;
			/* A space either side, the right one when it fits. */
			bool room = ui_text_width(lines[i]) + 2 <= ui->cols - 2;
			char *q = g_strdup_printf(" %s%s", lines[i], room ? " " : "");

			move(y, 0);
			clrtoeol();
			ui_text(ui, y, 1, ui->cols - 2, ui_attr(ui, ROLE_BANNER), q);
			g_free(q);
		}
		g_strfreev(lines);
	}
	keys_draw_hints(ui, ctx == CTX_HELP ? screens[ui->screen]->context(ui) : ctx,
			ui->rows - 1);
	if (ui->help)
		ui_help_draw(ui, screens[ui->screen]->context(ui));
	/* The real cursor sits at the caret of the field being typed in. */
	if (ui->caret_y >= 0 && !ui->help && !ui->confirm) {
		curs_set(1);
		move(ui->caret_y, ui->caret_x);
	} else {
		curs_set(0);
	}
	refresh();
}

static int global_action(struct ui *ui, enum ui_action a)
{
	switch (a) {
	case ACT_QUIT:
		return UI_QUIT;
	case ACT_HELP:
		ui->help = true;
		ui->help_top = 0;
		ui->help_more = 0;
		return UI_REDRAW;
	case ACT_REFRESH:
		clearok(curscr, TRUE);
		return UI_REDRAW;
#define GO_CASE(id, name, title) case ACT_GO_##id:
	UI_SCREENS(GO_CASE)
	UI_VIEWS(GO_CASE)
#undef GO_CASE
		ui_switch(ui, (enum ui_screen)(a - ACT_GO_TODAY));
		return UI_REDRAW;
	default:
		return UI_IGNORED;
	}
}

/* Moves a help taller than the screen by delta rows (ui_help.c clamps
 * it to the text when it draws). */
static void help_scroll(struct ui *ui, int delta)
{
	if (delta > 0 && ui->help_more > 0)
		ui->help_top += delta;
	else if (delta < 0 && ui->help_top > 0)
		ui->help_top = MAX(0, ui->help_top + delta);
}

static int handle_key(struct ui *ui, int key)
{
	const struct ui_screen_ops *s = screens[ui->screen];
	unsigned ctx = current_context(ui);
	const struct ui_key_binding *b;
	int flags;

	if (layout_too_small(ui))
		return key == 'q' ? UI_QUIT : UI_IGNORED;
	g_clear_pointer(&ui->message, g_free);
	if (ctx == CTX_HELP) {
		/* A help taller than the screen scrolls; any other key closes it. */
		bool down = key == UI_KEY_CODE(KEY_DOWN) || key == UI_KEY_CODE(KEY_NPAGE);
		bool up = key == UI_KEY_CODE(KEY_UP) || key == UI_KEY_CODE(KEY_PPAGE);
		bool one = key == UI_KEY_CODE(KEY_DOWN) || key == UI_KEY_CODE(KEY_UP);
		int step = one ? 1 : MAX(1, ui->rows - 6);

		if ((ui->help_top > 0 || ui->help_more > 0) && (down || up)) {
			help_scroll(ui, down ? step : -step);
			return UI_REDRAW;
		}
		ui->help = false;
		return UI_REDRAW;
	}
	b = keys_lookup(ctx, key);
	if (ctx == CTX_CONFIRM) {
		if (b && b->action == ACT_YES) {
			ui_confirm_fn yes = ui->confirm_yes;
			void *data = ui->confirm_data;
			ui->confirm_data = NULL;
			confirm_clear(ui);
			yes(ui, data);
			g_free(data);
		} else if (b && b->action == ACT_NO) {
			ui_confirm_fn no = key == UI_KEY_ESC ? NULL : ui->confirm_no;
			void *data = ui->confirm_data;
			ui->confirm_data = NULL;
			confirm_clear(ui);
			if (no)
				no(ui, data);
			g_free(data);
		}
		return UI_REDRAW;
	}
	if (b) {
		flags = s->action ? s->action(ui, b->action, key) : UI_IGNORED;
		if (flags == UI_IGNORED)
			flags = global_action(ui, b->action);
		return flags | UI_REDRAW;
	}
	flags = s->input ? s->input(ui, key) : UI_IGNORED;
	return flags | UI_REDRAW;
}

enum pointer_event { POINTER_PRESS, POINTER_OTHER, POINTER_WHEEL_UP, POINTER_WHEEL_DOWN };

static int pointer(struct ui *ui, enum pointer_event ev, int y, int x)
{
	const struct ui_screen_ops *s = screens[ui->screen];

	if (layout_too_small(ui) || ui->confirm || ev == POINTER_OTHER)
		return UI_IGNORED;
	if (ev == POINTER_WHEEL_UP || ev == POINTER_WHEEL_DOWN) {
		unsigned ctx = current_context(ui);
		int flags = UI_IGNORED;

		if (ctx == CTX_HELP) {
			help_scroll(ui, ev == POINTER_WHEEL_UP ? -WHEEL_LINES : WHEEL_LINES);
			return UI_REDRAW;
		}
		if (ctx & (CTX_LIST | CTX_RACES | CTX_TRENDS | CTX_ARTICLES | CTX_READER | CTX_TODAY))
			for (int i = 0; i < WHEEL_LINES && s->action; i++)
				flags |= s->action(ui, ev == POINTER_WHEEL_UP ? ACT_UP : ACT_DOWN, 0);
		return flags ? flags | UI_REDRAW : UI_IGNORED;
	}
	ui->help = false;
	if (y == 0) {
		for (int i = 0; i < SCREEN_TABS; i++)
			if (x >= ui->tab_x[i] && x < ui->tab_x[i + 1])
				ui_switch(ui, (enum ui_screen)i);
		return UI_REDRAW;
	}
	if (s->click)
		return s->click(ui, y, x) | UI_REDRAW;
	return UI_IGNORED;
}

static int handle_mouse(struct ui *ui)
{
	MEVENT ev;
	enum pointer_event kind = POINTER_OTHER;

	if (getmouse(&ev) != OK)
		return UI_IGNORED;
	if (ev.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED))
		kind = POINTER_PRESS;
	else if (ev.bstate & BUTTON4_PRESSED)
		kind = POINTER_WHEEL_UP;
	else if (ev.bstate & BUTTON5_PRESSED)
		kind = POINTER_WHEEL_DOWN;
	return pointer(ui, kind, ev.y, ev.x);
}

/* The kind of event of a report's button number (both encodings share
 * it; 32 marks a motion, 4, 8 and 16 the modifiers). */
static enum pointer_event report_event(int button, bool release)
{
	if (release || (button & 32))
		return POINTER_OTHER;
	switch (button & ~(4 | 8 | 16)) {
	case 0:
		return POINTER_PRESS;
	case 64:
		return POINTER_WHEEL_UP;
	case 65:
		return POINTER_WHEEL_DOWN;
	default:
		return POINTER_OTHER;
	}
}

/* Reads the rest of a report whose start ncurses matched as KEY_SGR_MOUSE
 * ("ESC [ <" button ; column ; row, then M for a press, m for a release)
 * or KEY_X10_MOUSE ("ESC [ M" and three bytes, each plus 32), so that a
 * report in either encoding is a click and never typed text. */
static int handle_report(struct ui *ui, int start)
{
	int v[3] = { 0, 0, 0 }, n = 0, c = 0;
	bool release = false;

	timeout(MOUSE_REPORT_MS);
	if (start == KEY_X10_MOUSE) {
		for (n = 0; n < 3 && (c = getch()) != ERR; n++)
			v[n] = c - 32;
		release = (v[0] & 3) == 3 && !(v[0] & 64);
	} else {
		while (n < 3 && (c = getch()) != ERR) {
			if (c >= '0' && c <= '9' && v[n] < 100000)
				v[n] = v[n] * 10 + (c - '0');
			else if (c == ';')
				n++;
			else
				break;
		}
		n = c == 'M' || c == 'm' ? 3 : 0;
		release = c == 'm';
	}
	timeout(IDLE_POLL_MS);
	if (n < 3 || v[1] < 1 || v[2] < 1)
		return UI_IGNORED;
	return pointer(ui, report_event(v[0], release), v[2] - 1, v[1] - 1);
}

/* Called when idle: another connection may have written, or the day may
 * have turned. */
static bool poll_changes(struct ui *ui)
{
	if (store_data_version(ui->st) != ui->data_version ||
	    wtime_day(clock_now()) != ui->today) {
		ui_reload_all(ui);
		return true;
	}
	return false;
}

static void loop(struct ui *ui)
{
	bool dirty = true;

	while (!stop_requested) {
		wint_t wc;
		int r, key, flags;

		if (dirty)
			draw(ui);
		dirty = false;
		r = get_wch(&wc);
		if (stop_requested)
			break;
		if (r == ERR) {
			dirty = poll_changes(ui);
			continue;
		}
		key = r == KEY_CODE_YES ? UI_KEY_CODE((int)wc) : (int)wc;
		if (key == UI_KEY_CODE(KEY_RESIZE)) {
			layout_compute(ui);
			dirty = true;
			continue;
		}
		if (key == UI_KEY_CODE(KEY_MOUSE))
			flags = handle_mouse(ui);
		else if (key == UI_KEY_CODE(KEY_SGR_MOUSE) || key == UI_KEY_CODE(KEY_X10_MOUSE))
			flags = handle_report(ui, key & 0xffffff);
		else
			flags = handle_key(ui, key);
		if ((flags & UI_QUIT) || ui->quit)
			break;
		if (flags & UI_RELOAD)
			ui_reload_all(ui);
		dirty = dirty || (flags & (UI_REDRAW | UI_RELOAD)) != 0;
	}
}

/* Ctrl-S saves: the terminal must not take it for "stop output" (XON/XOFF
 * flow control), which would freeze the screen instead. */
static void keep_ctrl_s(void)
{
	struct termios t;

	if (tcgetattr(STDIN_FILENO, &t) == 0) {
		t.c_iflag &= ~(tcflag_t)(IXON | IXOFF);
		if (tcsetattr(STDIN_FILENO, TCSANOW, &t) == 0)
			def_prog_mode();
	}
}

/* Keys some terminal descriptions name differently from what terminals
 * (and tmux) send, or not at all: the linux console's F1-F4 are not
 * xterm's, and neither it nor vt100 names Shift-Tab.  Taught to
 * ncurses only where the description leaves them unbound. */
static void define_missing_keys(void)
{
	static const struct {
		const char *seq;
		int code;
	} extra[] = {
		{ "\033OP", KEY_F(1) },  { "\033OQ", KEY_F(2) },  { "\033OR", KEY_F(3) },
		{ "\033[11~", KEY_F(1) }, { "\033[12~", KEY_F(2) }, { "\033[13~", KEY_F(3) },
		{ "\033[[A", KEY_F(1) },  { "\033[[B", KEY_F(2) },  { "\033[[C", KEY_F(3) },
		{ "\033[Z", KEY_BTAB },
		{ "\033[<", KEY_SGR_MOUSE }, { "\033[M", KEY_X10_MOUSE },
	};

	for (size_t i = 0; i < G_N_ELEMENTS(extra); i++) {
		int code = key_defined(extra[i].seq);
		/* Unbound, or bound to an extended key knead has no use for (the
		 * linux console's description gives ESC [ Z such a code). */
		if (code == 0 || code > KEY_MAX) {
			if (code > KEY_MAX)
				define_key(extra[i].seq, 0);
			define_key(extra[i].seq, extra[i].code);
		}
	}
}

/* --screen NAME: the screen to open on (a reminder's "Open knead"). */
#define SCREEN_NAME(id, name, title) [SCREEN_##id] = name,
static const char *const screen_names[SCREEN_COUNT] = { UI_SCREENS(SCREEN_NAME)
								UI_VIEWS(SCREEN_NAME) };
#undef SCREEN_NAME

static bool screen_from_name(const char *name, enum ui_screen *out)
{
	*out = SCREEN_TODAY;
	if (!name)
		return true;
	for (int i = 0; i < SCREEN_COUNT; i++) {
		if (strcmp(name, screen_names[i]) == 0) {
			*out = (enum ui_screen)i;
			return true;
		}
	}
	return false;
}

static int ui_main(const struct app *app, struct store *st, GError **err)
{
	struct ui ui = { .st = st, .cfg = app->config, .caret_y = -1, .caret_x = -1 };
	enum ui_screen start;

	ui.utf8 = strcmp(nl_langinfo(CODESET), "UTF-8") == 0;
	/* ESC alone cancels: do not wait the default second for a sequence. */
	if (!getenv("ESCDELAY"))
		set_escdelay(50);
	if (!initscr()) {
		g_set_error_literal(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
				    _("cannot start the interface on this terminal"));
		return EXIT_FAILED;
	}
	cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	keep_ctrl_s();
	define_missing_keys();
	mousemask(BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
	mouseinterval(0);
	timeout(IDLE_POLL_MS);
	init_colours(&ui);
	install_signals();
	layout_compute(&ui);

	for (int i = 0; i < SCREEN_COUNT; i++)
		if (screens[i]->init)
			screens[i]->init(&ui);
	screen_from_name(app->screen, &start);
	ui.screen = start;
	ui_reload_all(&ui);
	if (screens[ui.screen]->enter)
		screens[ui.screen]->enter(&ui);

	loop(&ui);

	if (screens[ui.screen]->leave)
		screens[ui.screen]->leave(&ui);
	for (int i = 0; i < SCREEN_COUNT; i++)
		if (screens[i]->fini)
			screens[i]->fini(&ui);
	endwin();
	g_free(ui.message);
	confirm_clear(&ui);
	return EXIT_OK;
}

static void remove_demo_dir(const char *dir, const char *db)
{
	static const char *const suffixes[] = { "", "-wal", "-shm", "-journal" };

	for (size_t i = 0; i < G_N_ELEMENTS(suffixes); i++) {
		char *f = g_strconcat(db, suffixes[i], NULL);
		g_unlink(f);
		g_free(f);
	}
	g_rmdir(dir);
}

static int run_demo(const struct app *app, GError **err)
{
	char *dir = g_dir_make_tmp("knead-demo-XXXXXX", err);
	char *db;
	struct store *st;
	int status;

	if (!dir)
		return EXIT_FAILED;
	db = g_build_filename(dir, "knead.db", NULL);
	st = store_open(db, err);
	if (!st || !demo_generate(st, clock_now(), DEMO_WEEKS, DEMO_SEED, err)) {
		store_close(st);
		remove_demo_dir(dir, db);
		g_free(db);
		g_free(dir);
		return EXIT_FAILED;
	}
	status = ui_main(app, st, err);
	store_close(st);
	remove_demo_dir(dir, db);
	g_free(db);
	g_free(dir);
	return status;
}

int run_interface(const struct app *app, GError **err)
{
	enum ui_screen start;
	struct store *st;
	int status;

	if (!screen_from_name(app->screen, &start)) {
		char *safe = sanitize_quote(app->screen);

		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_INVALID,
			    _("--screen: \"%s\" is not a screen (expected today, "
			      "checkin, history, races, articles or brief)"),
			    safe);
		g_free(safe);
		return EXIT_USAGE;
	}
	if (app->demo) {
		if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
			g_set_error_literal(err, KNEAD_ERROR, KNEAD_ERROR_INVALID,
					    _("--demo needs a terminal (expected standard input "
					      "and output on one)"));
			return EXIT_USAGE;
		}
		return run_demo(app, err);
	}
	st = store_open(app->db_path, err);
	if (!st)
		return EXIT_FAILED;
	status = ui_main(app, st, err);
	store_close(st);
	return status;
}

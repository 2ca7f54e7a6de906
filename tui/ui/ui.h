/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ui.h - what the screens of the full-screen interface share.
 *
 * One event loop (ui.c) owns the terminal.  Each screen is a table of
 * handlers (struct ui_screen_ops); a handler returns UI_* flags saying what
 * it did, and the loop redraws or reloads accordingly.  Keys come from one
 * table (keys.c) that both dispatches and draws the hint bar and the help.
 */
#ifndef KNEAD_UI_H
#define KNEAD_UI_H

#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <curses.h>
#include <glib.h>
#include <stdbool.h>
#include "core/model.h"
#include "core/settings.h"
#include "core/store/store.h"

/* Below this the screens cannot be laid out: the loop says so instead. */
#define UI_MIN_COLS 80
#define UI_MIN_ROWS 24

/* What a handler did. */
enum {
	UI_IGNORED = 0,
	UI_HANDLED = 1 << 0,
	UI_REDRAW = 1 << 1,
	UI_RELOAD = 1 << 2, /* the database changed: every screen reloads */
	UI_QUIT = 1 << 3,
};

/* Keys as one int: characters are themselves, curses key codes are moved
 * above Unicode so that neither can be taken for the other. */
#define UI_KEY_CODE(k) (0x1000000 | (k))
#define UI_KEY_IS_CODE(k) (((k) & 0x1000000) != 0)
#define UI_CTRL(c) ((c) & 0x1f)
#define UI_KEY_ESC 27
#define UI_KEY_TAB '\t'
#define UI_KEY_ENTER '\n'

/* Terminals send Enter as \n, \r or KEY_ENTER. */
static inline bool ui_key_is_enter(int key)
{
	return key == UI_KEY_ENTER || key == '\r' || key == (0x1000000 | KEY_ENTER);
}

/* The screens, in the order of the title bar, whose digits (1 to 5) go to
 * them: X(ID, the name --screen takes, the title the key table shows).
 * The enum, the actions that switch, their keys and the names of --screen
 * all come from this one list. */
#define UI_SCREENS(X)                                  \
	X(TODAY, "today", N_("Today"))                 \
	X(CHECKIN, "checkin", N_("Check-in"))          \
	X(HISTORY, "history", N_("History"))           \
	X(RACES, "races", N_("Races"))                 \
	X(ARTICLES, "articles", N_("Articles"))

/* Views without a tab or a digit, opened from a screen's own key (and by
 * --screen): after the tabs in enum ui_screen. */
#define UI_VIEWS(X) X(BRIEF, "brief", N_("Brief"))

#define UI_SCREEN_ENUM(id, name, title) SCREEN_##id,
enum ui_screen { UI_SCREENS(UI_SCREEN_ENUM) UI_VIEWS(UI_SCREEN_ENUM) SCREEN_COUNT };
#undef UI_SCREEN_ENUM
/* How many screens have a tab: the first ones. */
#define UI_SCREEN_TAB(id, name, title) +1
#define SCREEN_TABS (0 UI_SCREENS(UI_SCREEN_TAB))

/* Where the keyboard is: a key table entry applies in the contexts of its
 * mask.  The typing contexts send unbound keys to the field. */
enum {
	CTX_TODAY = 1 << 0,
	CTX_CHECKIN_FORM = 1 << 1, /* a field of the check-in has the cursor */
	CTX_CHECKIN_MAP = 1 << 2,  /* the body map has the cursor */
	CTX_LIST = 1 << 3,	   /* the lists of History and Races */
	CTX_FORM = 1 << 4,	   /* an edit form over a list */
	CTX_ARTICLES = 1 << 5,
	CTX_READER = 1 << 6,
	CTX_SEARCH = 1 << 7,	   /* typing a search */
	CTX_CONFIRM = 1 << 8,	   /* a yes/no question */
	CTX_HELP = 1 << 9,	   /* the help overlay */
	CTX_TRENDS = 1 << 10,	   /* History's soreness trends: a view, no rows */
	CTX_RACES = 1 << 11,	   /* the list of Races: one list, no tabs */
	CTX_BRIEF = 1 << 12,	   /* the therapist's brief */
	CTX_TONIGHT = 1 << 13,	   /* Today's self-care plan, item by item */
};
#define CTX_BROWSE (CTX_TODAY | CTX_CHECKIN_MAP | CTX_LIST | CTX_TRENDS | CTX_RACES | \
		    CTX_ARTICLES | CTX_READER | CTX_BRIEF | CTX_TONIGHT)
#define CTX_TYPING (CTX_CHECKIN_FORM | CTX_FORM | CTX_SEARCH)
#define CTX_ALL 0xffffu

enum ui_action {
	ACT_NONE,
	ACT_QUIT,
	ACT_HELP,
	ACT_REFRESH,
#define UI_SCREEN_ACTION(id, name, title) ACT_GO_##id,
	UI_SCREENS(UI_SCREEN_ACTION) /* in the order of enum ui_screen */
	UI_VIEWS(UI_SCREEN_ACTION)
#undef UI_SCREEN_ACTION
	ACT_UP,
	ACT_DOWN,
	ACT_LEFT,
	ACT_RIGHT,
	ACT_PAGE_UP,
	ACT_PAGE_DOWN,
	ACT_HOME,
	ACT_END,
	ACT_NEXT,     /* next field or section */
	ACT_PREV,
	ACT_NEXT_TAB, /* next list of History */
	ACT_PREV_TAB,
	ACT_SAVE,
	ACT_CANCEL,
	ACT_LEVEL,    /* a digit on the body map */
	ACT_LEVEL_UP,
	ACT_LEVEL_DOWN,
	ACT_ADD,
	ACT_EDIT,
	ACT_DELETE,
	ACT_UNDO,
	ACT_REDO,
	ACT_YES,
	ACT_NO,
	ACT_OPEN,
	ACT_SEARCH,
	ACT_SEARCH_NEXT,
	ACT_SEARCH_PREV,
	ACT_GO_MAP,   /* the check-in's body map, from any field */
	ACT_DAY_PREV, /* the check-in's day */
	ACT_DAY_NEXT,
	ACT_SHARP,    /* toggles "sharp pain" on the selected region */
	ACT_EXPORT,   /* the brief saved as a page */
	ACT_MAIL,     /* the brief sent to the therapist */
	ACT_TONIGHT,  /* Today: the self-care plan, and back */
	ACT_DONE,     /* Tonight: tick the selected item */
	ACT_SIDE,     /* picks or flips the side of the body map's region */
	ACT_MOVE_DAY_PREV, /* the check-in of the day shown, moved a day */
	ACT_MOVE_DAY_NEXT,
	ACT_ASSESS,   /* the check-in: a professional looked at a flagged region */
	ACT_COUNT
};

struct rect {
	int y, x, h, w;
};

/* Colour roles; each maps to a colour pair or, without colour, to an
 * attribute that still tells things apart. */
enum ui_role {
	ROLE_NORMAL,
	ROLE_TITLE,
	ROLE_TAB,
	ROLE_HINT,
	ROLE_HINT_KEY,
	ROLE_HEADING,
	ROLE_DIM,
	ROLE_ERROR,
	ROLE_GOOD,
	ROLE_WARN,
	ROLE_BANNER,
	ROLE_SELECTED,
	ROLE_FIELD,
	ROLE_FIELD_FOCUS,
	ROLE_BAR,
	ROLE_BAR_NOW,
	ROLE_COUNT
};

struct ui;

struct ui_screen_ops {
	const char *title; /* N_() */
	void (*init)(struct ui *ui);
	void (*fini)(struct ui *ui);
	void (*enter)(struct ui *ui);
	void (*leave)(struct ui *ui);
	void (*reload)(struct ui *ui);
	unsigned (*context)(struct ui *ui);
	void (*draw)(struct ui *ui);
	int (*action)(struct ui *ui, enum ui_action a, int key);
	int (*input)(struct ui *ui, int key); /* keys the table does not bind */
	int (*click)(struct ui *ui, int y, int x);
};

typedef void (*ui_confirm_fn)(struct ui *ui, void *data);

struct ui {
	struct store *st;
	const struct config *cfg;
	bool colour;
	bool utf8;
	int rows, cols;
	struct rect body; /* where the current screen draws */
	enum ui_screen screen;
	bool help;	  /* the ? overlay is open */
	int help_top;	  /* its first row shown, when it is taller than the screen */
	int help_more;	  /* its rows below the last shown, at the last draw */
	char *message;	  /* shown above the hint bar until the next key */
	bool message_error;
	char *confirm;	  /* a yes/no question, or NULL */
	ui_confirm_fn confirm_yes;
	ui_confirm_fn confirm_no; /* or NULL: n only closes the question */
	void *confirm_data;
	bool quit;	  /* set by a handler: leave after this key */
	int64_t data_version;
	dayno today;
	void *state[SCREEN_COUNT];
	bool stale[SCREEN_COUNT]; /* to reload before it is next shown */
	int tab_x[SCREEN_COUNT + 1]; /* where the title bar's tabs start, for clicks */
	/* Where the caret of the field being typed in is, or -1: the real
	 * cursor goes there (screen readers and braille displays follow it). */
	int caret_y, caret_x;
	/* A search being typed (set while drawing; the loop draws it on the
	 * message line, with the cursor). */
	const GString *search_prompt;
};

/* A search over a list: '/' starts typing, Enter finds, n and N go on. */
struct ui_search {
	bool typing;
	GString *query;
};
void ui_search_start(struct ui_search *s);
/* Typing keys for the query; UI_IGNORED for the others. */
int ui_search_input(struct ui_search *s, int key);
/* Whether the text holds the query (case and accents aside). */
bool ui_search_matches(const struct ui_search *s, const char *text);

extern const struct ui_screen_ops ui_today_ops;
extern const struct ui_screen_ops ui_checkin_ops;
extern const struct ui_screen_ops ui_history_ops;
extern const struct ui_screen_ops ui_races_ops;
extern const struct ui_screen_ops ui_articles_ops;
extern const struct ui_screen_ops ui_brief_ops;

/* ui.c */
void ui_switch(struct ui *ui, enum ui_screen s);
/* Switches to Articles and opens the article `slug`; false (and the list
 * shown) when there is no such article. */
bool ui_articles_open(struct ui *ui, const char *slug);
void ui_message(struct ui *ui, bool error, const char *fmt, ...) G_GNUC_PRINTF(3, 4);
/* Asks a yes/no question; `yes` runs on y.  `data` is g_free'd after. */
void ui_ask(struct ui *ui, const char *question, ui_confirm_fn yes, void *data);
/* The same, with an answer to n as well (Esc still only closes it). */
void ui_ask_yes_no(struct ui *ui, const char *question, ui_confirm_fn yes, ui_confirm_fn no,
		   void *data);
void ui_reload_all(struct ui *ui);
/* The date as a runner reads it: "Monday 23 November 2026".  g_free(). */
char *ui_day_long(dayno d);
/* "Monday". g_free(). */
char *ui_day_weekday(dayno d);
/* "Mon 23 Nov". g_free(). */
char *ui_day_short(dayno d);

/* keys.c */
struct ui_key_binding {
	int key;	     /* first key */
	int key_last;	     /* last key of a range (digits), or 0 */
	unsigned contexts;
	enum ui_action action;
	const char *label;   /* N_() */
	bool hint;	     /* shown in the bottom bar */
};
const struct ui_key_binding *keys_lookup(unsigned ctx, int key);
/* The key's name as the hint bar shows it ("F2", "Tab", "q"). g_free(). */
char *keys_name(const struct ui_key_binding *b, bool utf8);
/* Every binding of a context, for the help overlay. */
const struct ui_key_binding *keys_table(size_t *n);
/* The lines of the help of a context: the keys of one action together
 * ("↑ / ↓") and its label (untranslated).  g_ptr_array_unref(). */
struct keys_help_line {
	char *keys;
	const char *label;
};
GPtrArray *keys_help_lines(unsigned ctx, bool utf8);
/* Whether a binding is what its key does in ctx (no earlier entry takes
 * the key there). */
bool keys_binding_live(const struct ui_key_binding *b, unsigned ctx);
/* The label for the hint bar (shorter than the help's for a few). */
const char *keys_hint_label(const struct ui_key_binding *b);
/* The contexts the help and the manual describe, with their titles. */
struct keys_context {
	unsigned ctx;
	const char *title; /* N_() */
};
const struct keys_context *keys_contexts(size_t *n);

/* ui_help.c: the bar of hints and the help overlay */
void keys_draw_hints(struct ui *ui, unsigned ctx, int y);
void ui_help_draw(struct ui *ui, unsigned ctx);

/* layout.c: the frame, rectangles and text */
void layout_compute(struct ui *ui);
bool layout_too_small(const struct ui *ui);
void layout_draw_too_small(struct ui *ui);
void layout_draw_frame(struct ui *ui, const struct ui_screen_ops *const *screens);
struct rect rect_take_top(struct rect *r, int h);
struct rect rect_take_bottom(struct rect *r, int h);
struct rect rect_take_left(struct rect *r, int w);
struct rect rect_inset(struct rect r, int dy, int dx);
bool rect_contains(struct rect r, int y, int x);
attr_t ui_attr(const struct ui *ui, enum ui_role role);
attr_t ui_level_attr(const struct ui *ui, int level);
/* Draws UTF-8 text at y, x in at most `maxw` columns; returns the columns used. */
int ui_text(struct ui *ui, int y, int x, int maxw, attr_t attr, const char *s);
int ui_textf(struct ui *ui, int y, int x, int maxw, attr_t attr, const char *fmt, ...)
	G_GNUC_PRINTF(6, 7);
/* The columns ui_text takes to draw s whole (textwidth.h's table, on the
 * text as drawn: escape sequences removed, see sanitize.h). */
int ui_text_width(const char *s);
/* Word-wraps UTF-8 text to `width` columns.  g_strfreev() the result. */
char **ui_wrap(const char *s, int width);
/* A box with a title on its top edge; line drawing falls back to ASCII. */
void ui_box(struct ui *ui, struct rect r, const char *title, bool focused);
void ui_hline(struct ui *ui, int y, int x, int w);
void ui_fill(struct ui *ui, struct rect r);
/* The text with its first letter in upper case. g_free(). */
char *ui_capitalize(const char *s);
/* Pads or cuts to exactly `w` columns (text_fit). g_free(). */
char *ui_fit(const char *s, int w);
/* s cut to w columns at a word's end with " …", never mid-word; whole
 * when it fits. g_free(). */
char *ui_fit_words(struct ui *ui, const char *s, int w);

#endif

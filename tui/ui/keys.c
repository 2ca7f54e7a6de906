/* SPDX-License-Identifier: GPL-3.0-or-later */
/* keys.c - the one key table: it dispatches keys to actions, and it is what
 * the bottom hint bar, the ? help and the manual (keys_man.c) show, so they
 * can never disagree.  No drawing here: the manual's generator links this
 * file alone. */
#include <config.h>

#include <string.h>
#include "core/i18n.h"
#include "ui.h"

#define K(k) UI_KEY_CODE(k)
#define MAP CTX_CHECKIN_MAP
#define CTX_CHECKIN (CTX_CHECKIN_FORM | CTX_CHECKIN_MAP)
#define FORMS (CTX_CHECKIN_FORM | CTX_FORM)
/* Lists with rows to add, edit and delete; lists with tabs; anything that
 * scrolls. */
#define ROWS (CTX_LIST | CTX_RACES)
#define TABS (CTX_LIST | CTX_TRENDS)
#define SCROLL (CTX_LIST | CTX_RACES | CTX_TRENDS | CTX_ARTICLES | CTX_READER | CTX_BRIEF | CTX_TONIGHT | CTX_TODAY)
#define SEARCHABLE (CTX_LIST | CTX_RACES | CTX_ARTICLES | CTX_READER)
/* Where the screens can be switched: everywhere but typing and the map,
 * whose digits set levels. */
#define SWITCH (CTX_TODAY | ROWS | CTX_TRENDS | CTX_ARTICLES | CTX_READER | CTX_BRIEF | CTX_TONIGHT)

/* The first entry that matches wins, so specific contexts come first.
 * ACT_NONE entries only document keys a field handles itself. */
G_STATIC_ASSERT(SCREEN_TABS <= 9); /* one digit each */
#define SCREEN_KEY(id, name, title) { '1' + SCREEN_##id, 0, SWITCH, ACT_GO_##id, title, false },

static const struct ui_key_binding key_table[] = {
	{ 'y', 0, CTX_CONFIRM, ACT_YES, N_("Yes"), true },
	{ 'Y', 0, CTX_CONFIRM, ACT_YES, N_("Yes"), false },
	{ 'n', 0, CTX_CONFIRM, ACT_NO, N_("No"), true },
	{ 'N', 0, CTX_CONFIRM, ACT_NO, N_("No"), false },
	{ UI_KEY_ESC, 0, CTX_CONFIRM, ACT_NO, N_("No"), false },

	{ 'c', 0, CTX_TODAY, ACT_GO_CHECKIN, N_("Check in"), true },
	{ UI_KEY_ENTER, 0, CTX_TODAY, ACT_GO_CHECKIN, N_("Check in"), false },
	{ 'w', 0, CTX_TODAY, ACT_OPEN, N_("Why: all the reasons"), true },
	{ 'b', 0, CTX_TODAY, ACT_GO_BRIEF, N_("Brief for the therapist"), true },
	{ 't', 0, CTX_TODAY, ACT_TONIGHT, N_("Tonight: the self-care plan"), true },
	{ UI_KEY_ESC, 0, CTX_TODAY, ACT_CANCEL, N_("Back"), false },
	{ 'y', 0, CTX_TODAY, ACT_YES, N_("Still sore: log it again today"), false },
	{ 'n', 0, CTX_TODAY, ACT_NO, N_("No longer sore: clear it"), false },

	{ 'd', 0, CTX_TONIGHT, ACT_DONE, N_("Done: tick the item for today"), true },
	{ UI_KEY_ENTER, 0, CTX_TONIGHT, ACT_OPEN, N_("Read its article"), true },
	{ 't', 0, CTX_TONIGHT, ACT_CANCEL, N_("Back"), true },
	{ UI_KEY_ESC, 0, CTX_TONIGHT, ACT_CANCEL, N_("Back"), false },

	{ UI_CTRL('s'), 0, CTX_CHECKIN | CTX_FORM, ACT_SAVE, N_("Save"), true },
	{ K(KEY_F(2)), 0, CTX_CHECKIN | CTX_FORM, ACT_SAVE, N_("Save"), false },
	{ UI_KEY_ESC, 0, CTX_CHECKIN | CTX_FORM, ACT_CANCEL, N_("Cancel"), true },
	{ UI_KEY_TAB, 0, FORMS, ACT_NEXT, N_("Next field"), true },
	{ UI_KEY_TAB, 0, MAP, ACT_NEXT, N_("Next field"), false },
	{ K(KEY_BTAB), 0, CTX_CHECKIN | CTX_FORM, ACT_PREV, N_("Previous field"), false },
	{ UI_CTRL('r'), 0, CTX_CHECKIN_FORM, ACT_GO_MAP, N_("Body map"), true },
	{ K(KEY_F(3)), 0, CTX_CHECKIN_FORM, ACT_GO_MAP, N_("Body map"), false },
	{ '[', 0, CTX_CHECKIN, ACT_DAY_PREV, N_("Day before or after"), true },
	{ ']', 0, CTX_CHECKIN, ACT_DAY_NEXT, N_("Day before or after"), false },
	{ UI_CTRL('n'), 0, CTX_CHECKIN_FORM, ACT_ADD,
	  N_("A second run on this day (the one logged stays)"), false },
	{ '{', 0, CTX_CHECKIN, ACT_MOVE_DAY_PREV,
	  N_("Move this day's whole check-in a day earlier or later"), false },
	{ '}', 0, CTX_CHECKIN, ACT_MOVE_DAY_NEXT,
	  N_("Move this day's whole check-in a day earlier or later"), false },
	{ K(KEY_DOWN), 0, FORMS, ACT_NEXT, N_("Next field"), false },
	{ K(KEY_UP), 0, FORMS, ACT_PREV, N_("Previous field"), false },
	{ UI_KEY_ENTER, 0, FORMS, ACT_NEXT, N_("Next field; on the last one, save"), false },
	{ K(KEY_LEFT), 0, FORMS, ACT_NONE, N_("Move in the field, or change the choice"), false },
	{ K(KEY_BACKSPACE), 0, FORMS, ACT_NONE, N_("Delete the character before the cursor"), false },
	{ UI_CTRL('u'), 0, FORMS, ACT_NONE, N_("Clear the field"), false },
	{ 'a', 'z', FORMS, ACT_NONE,
	  N_("In a choice: type its start (rec: recovery); Space cycles"), false },

	{ '0', '9', MAP, ACT_LEVEL, N_("Level"), true },
	{ 'a', 'z', MAP, ACT_NONE,
	  N_("Go to a region by typing its name (ca: calf), then l or r for its side"), true },
	{ ' ', 0, MAP, ACT_SIDE, N_("Pick or flip the side"), false },
	{ '!', 0, MAP, ACT_SHARP, N_("Sharp or sudden pain (toggle)"), true },
	{ '@', 0, MAP, ACT_ASSESS,
	  N_("A flagged region was assessed by a professional: record it"), false },
	{ K(KEY_BACKSPACE), 0, MAP, ACT_DELETE, N_("Take back the level given now"), false },
	{ K(KEY_DC), 0, MAP, ACT_DELETE, N_("Take back the level given now"), false },
	{ '+', 0, MAP, ACT_LEVEL_UP, N_("Level up or down"), false },
	{ '=', 0, MAP, ACT_LEVEL_UP, N_("Level up or down"), false },
	{ '-', 0, MAP, ACT_LEVEL_DOWN, N_("Level up or down"), false },
	{ UI_KEY_ENTER, 0, MAP, ACT_NEXT, N_("Next field"), false },
	{ K(KEY_UP), 0, MAP, ACT_UP, N_("Move (to the other figure past its edge)"), false },
	{ K(KEY_DOWN), 0, MAP, ACT_DOWN, N_("Move (to the other figure past its edge)"), false },
	{ K(KEY_LEFT), 0, MAP, ACT_LEFT, N_("Move (to the other figure past its edge)"), false },
	{ K(KEY_RIGHT), 0, MAP, ACT_RIGHT, N_("Move (to the other figure past its edge)"), false },

	{ UI_KEY_ESC, 0, CTX_SEARCH, ACT_CANCEL, N_("Cancel"), true },
	{ UI_KEY_ENTER, 0, CTX_SEARCH, ACT_SEARCH, N_("Search"), true },

	{ 'q', 0, CTX_READER, ACT_CANCEL, N_("Back"), true },
	{ UI_KEY_ESC, 0, CTX_READER, ACT_CANCEL, N_("Back"), false },
	{ K(KEY_BACKSPACE), 0, CTX_READER, ACT_CANCEL, N_("Back"), false },
	{ ' ', 0, CTX_READER, ACT_PAGE_DOWN, N_("Page down"), false },
	{ 'b', 0, CTX_READER, ACT_PAGE_UP, N_("Page up"), false },

	{ 'e', 0, CTX_BRIEF, ACT_EXPORT, N_("Save as a page to print"), true },
	{ 'm', 0, CTX_BRIEF, ACT_MAIL, N_("Send to the therapist"), true },
	{ UI_KEY_ESC, 0, CTX_BRIEF, ACT_CANCEL, N_("Back to Today"), true },
	{ K(KEY_BACKSPACE), 0, CTX_BRIEF, ACT_CANCEL, N_("Back to Today"), false },
	{ ' ', 0, CTX_BRIEF, ACT_PAGE_DOWN, N_("Page down"), false },

	{ UI_KEY_ENTER, 0, CTX_ARTICLES, ACT_OPEN, N_("Read"), true },
	{ K(KEY_RIGHT), 0, CTX_ARTICLES, ACT_OPEN, N_("Read"), false },

	{ 'a', 0, ROWS, ACT_ADD, N_("Add"), true },
	{ 'e', 0, ROWS, ACT_EDIT, N_("Edit"), true },
	{ UI_KEY_ENTER, 0, ROWS, ACT_EDIT, N_("Edit"), false },
	{ 'd', 0, ROWS, ACT_DELETE, N_("Delete"), true },
	{ K(KEY_DC), 0, ROWS, ACT_DELETE, N_("Delete"), false },
	{ 'u', 0, ROWS, ACT_UNDO, N_("Undo the last change"), true },
	{ 'U', 0, ROWS, ACT_REDO, N_("Redo"), false },
	{ UI_KEY_TAB, 0, TABS, ACT_NEXT_TAB, N_("Next list"), true },
	{ K(KEY_RIGHT), 0, TABS, ACT_NEXT_TAB, N_("Next list"), false },
	{ 'l', 0, TABS, ACT_NEXT_TAB, N_("Next list"), false },
	{ K(KEY_BTAB), 0, TABS, ACT_PREV_TAB, N_("Previous list"), false },
	{ K(KEY_LEFT), 0, TABS, ACT_PREV_TAB, N_("Previous list"), false },
	{ 'h', 0, TABS, ACT_PREV_TAB, N_("Previous list"), false },

	{ '/', 0, SEARCHABLE, ACT_SEARCH, N_("Search"), true },
	{ 'n', 0, SEARCHABLE, ACT_SEARCH_NEXT, N_("Next match"), false },
	{ 'N', 0, SEARCHABLE, ACT_SEARCH_PREV, N_("Previous match"), false },

	{ K(KEY_UP), 0, SCROLL, ACT_UP, N_("Up"), false },
	{ 'k', 0, SCROLL, ACT_UP, N_("Up"), false },
	{ K(KEY_DOWN), 0, SCROLL, ACT_DOWN, N_("Down"), false },
	{ 'j', 0, SCROLL, ACT_DOWN, N_("Down"), false },
	{ K(KEY_PPAGE), 0, SCROLL, ACT_PAGE_UP, N_("Page up"), false },
	{ K(KEY_NPAGE), 0, SCROLL, ACT_PAGE_DOWN, N_("Page down"), false },
	{ K(KEY_HOME), 0, SCROLL, ACT_HOME, N_("First"), false },
	{ 'g', 0, SCROLL, ACT_HOME, N_("First"), false },
	{ K(KEY_END), 0, SCROLL, ACT_END, N_("Last"), false },
	{ 'G', 0, SCROLL, ACT_END, N_("Last"), false },

	UI_SCREENS(SCREEN_KEY)
	{ '?', 0, CTX_BROWSE, ACT_HELP, N_("Help"), true },
	{ K(KEY_F(1)), 0, CTX_TYPING, ACT_HELP, N_("Help"), true },
	{ K(KEY_F(1)), 0, CTX_ALL & ~CTX_HELP, ACT_HELP, N_("Help"), false },
	{ 'q', 0, CTX_BROWSE & ~MAP, ACT_QUIT, N_("Quit"), true },
	{ UI_CTRL('l'), 0, CTX_ALL, ACT_REFRESH, N_("Redraw the screen"), false },
};

static const struct keys_context contexts[] = {
	{ CTX_TODAY, N_("Today") },
	{ CTX_TONIGHT, N_("Today: tonight's self-care") },
	{ CTX_CHECKIN_FORM, N_("Check-in: the fields") },
	{ CTX_CHECKIN_MAP, N_("Check-in: the body map") },
	{ CTX_LIST, N_("History: the lists") },
	{ CTX_TRENDS, N_("History: soreness trends") },
	{ CTX_RACES, N_("Races") },
	{ CTX_FORM, N_("A form to add or edit an entry") },
	{ CTX_ARTICLES, N_("Articles") },
	{ CTX_READER, N_("Reading an article") },
	{ CTX_BRIEF, N_("The brief for the therapist") },
	{ CTX_SEARCH, N_("Typing a search") },
	{ CTX_CONFIRM, N_("A yes/no question") },
};

const struct keys_context *keys_contexts(size_t *n)
{
	*n = G_N_ELEMENTS(contexts);
	return contexts;
}

const struct ui_key_binding *keys_table(size_t *n)
{
	*n = G_N_ELEMENTS(key_table);
	return key_table;
}

static bool binding_matches(const struct ui_key_binding *b, unsigned ctx, int key)
{
	if (!(b->contexts & ctx))
		return false;
	if (b->key_last)
		return key >= b->key && key <= b->key_last;
	return key == b->key;
}

/* Whether key is the yes of the runner's language ("o" for oui), which a
 * question answers to besides y. */
static bool is_translated_yes(int key)
{
	/* TRANSLATORS: the key that answers yes to a question ending in
	 * "(y/n)": one letter, the one your translation of "(y/n)" shows.
	 * y (and Y) answer yes too, whatever the language. */
	gunichar yes = g_utf8_get_char(C_("confirmation key", "y"));

	return !UI_KEY_IS_CODE(key) && g_unichar_isalpha(yes) &&
	       ((gunichar)key == g_unichar_tolower(yes) || (gunichar)key == g_unichar_toupper(yes));
}

const struct ui_key_binding *keys_lookup(unsigned ctx, int key)
{
	/* Terminals disagree on Enter and Backspace: one name for each. */
	if (key == '\r' || key == UI_KEY_CODE(KEY_ENTER))
		key = UI_KEY_ENTER;
	if (key == 127 || key == '\b')
		key = UI_KEY_CODE(KEY_BACKSPACE);
	if ((ctx & (CTX_CONFIRM | CTX_TODAY)) && is_translated_yes(key))
		key = 'y';
	for (size_t i = 0; i < G_N_ELEMENTS(key_table); i++) {
		const struct ui_key_binding *b = &key_table[i];
		if (binding_matches(b, ctx, key))
			return b->action == ACT_NONE ? NULL : b;
	}
	return NULL;
}

static char *key_code_name(int code, bool utf8)
{
	if (code >= KEY_F(1) && code <= KEY_F(12))
		return g_strdup_printf("F%d", code - KEY_F(0));
	switch (code) {
	case KEY_UP:
		return g_strdup(utf8 ? "↑" : _("Up"));
	case KEY_DOWN:
		return g_strdup(utf8 ? "↓" : _("Down"));
	case KEY_LEFT:
		return g_strdup(utf8 ? "←" : _("Left"));
	case KEY_RIGHT:
		return g_strdup(utf8 ? "→" : _("Right"));
	case KEY_BTAB:
		/* TRANSLATORS: the Shift-Tab key, as short as possible. */
		return g_strdup(_("S-Tab"));
	case KEY_BACKSPACE:
		/* TRANSLATORS: the Backspace key, as short as possible. */
		return g_strdup(_("Bksp"));
	case KEY_DC:
		/* TRANSLATORS: the Delete key, as short as possible. */
		return g_strdup(_("Del"));
	case KEY_PPAGE:
		/* TRANSLATORS: the Page Up key, as short as possible. */
		return g_strdup(_("PgUp"));
	case KEY_NPAGE:
		/* TRANSLATORS: the Page Down key, as short as possible. */
		return g_strdup(_("PgDn"));
	case KEY_HOME:
		/* TRANSLATORS: the Home key. */
		return g_strdup(_("Home"));
	case KEY_END:
		/* TRANSLATORS: the End key. */
		return g_strdup(_("End"));
	default:
		return g_strdup(keyname(code) ? keyname(code) : "?");
	}
}

static char *key_char_name(int key)
{
	switch (key) {
	case UI_KEY_ESC:
		/* TRANSLATORS: the Escape key, as short as possible. */
		return g_strdup(_("Esc"));
	case UI_KEY_TAB:
		/* TRANSLATORS: the Tab key. */
		return g_strdup(_("Tab"));
	case UI_KEY_ENTER:
		/* TRANSLATORS: the Enter key. */
		return g_strdup(_("Enter"));
	case ' ':
		/* TRANSLATORS: the space bar. */
		return g_strdup(_("Space"));
	default:
		if (key < 0x20)
			return g_strdup_printf("^%c", key + '@');
		{
			char buf[8] = { 0 };
			g_unichar_to_utf8((gunichar)key, buf);
			return g_strdup(buf);
		}
	}
}

char *keys_name(const struct ui_key_binding *b, bool utf8)
{
	/* Yes is answered with the language's letter (o in French). */
	if (b->key == 'y' && b->action == ACT_YES)
		return g_strdup(C_("confirmation key", "y"));
	char *first = UI_KEY_IS_CODE(b->key) ? key_code_name(b->key & 0xffffff, utf8)
					      : key_char_name(b->key);
	if (b->key_last) {
		char *last = key_char_name(b->key_last);
		char *both = g_strdup_printf("%s-%s", first, last);
		g_free(first);
		g_free(last);
		return both;
	}
	return first;
}

/* A binding is what its key does in a context only when no earlier entry
 * takes the key there: a hint or help line for a shadowed one would lie. */
bool keys_binding_live(const struct ui_key_binding *b, unsigned ctx)
{
	size_t i = (size_t)(b - key_table);

	if (!(b->contexts & ctx))
		return false;
	for (size_t j = 0; j < i; j++)
		if (binding_matches(&key_table[j], ctx, b->key))
			return false;
	return true;
}

static void help_line_free(gpointer p)
{
	struct keys_help_line *l = p;

	g_free(l->keys);
	g_free(l);
}

GPtrArray *keys_help_lines(unsigned ctx, bool utf8)
{
	GPtrArray *lines = g_ptr_array_new_with_free_func(help_line_free);

	for (size_t i = 0; i < G_N_ELEMENTS(key_table); i++) {
		const struct ui_key_binding *b = &key_table[i];
		struct keys_help_line *found = NULL;
		char *name;

		if (!keys_binding_live(b, ctx))
			continue;
		for (guint j = 0; j < lines->len; j++) {
			struct keys_help_line *l = g_ptr_array_index(lines, j);
			if (strcmp(l->label, b->label) == 0)
				found = l;
		}
		name = keys_name(b, utf8);
		if (found) {
			char *both = g_strdup_printf("%s / %s", found->keys, name);
			g_free(found->keys);
			found->keys = both;
			g_free(name);
		} else {
			found = g_new0(struct keys_help_line, 1);
			found->keys = name;
			found->label = b->label;
			g_ptr_array_add(lines, found);
		}
	}
	return lines;
}

/* The bar has less room than the help: a few labels have a shorter form
 * there. */
const char *keys_hint_label(const struct ui_key_binding *b)
{
	switch (b->action) {
	case ACT_DAY_PREV:
		return N_("Day");
	case ACT_SHARP:
		return N_("Sharp");
	case ACT_TONIGHT:
		return N_("Tonight");
	case ACT_DONE:
		return N_("Done");
	case ACT_NONE:
		return b->contexts == CTX_CHECKIN_MAP ? N_("Go to region") : b->label;
	default:
		return b->label;
	}
}


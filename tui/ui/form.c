/* SPDX-License-Identifier: GPL-3.0-or-later */
/* form.c - labelled fields with inline validation through the core parsers. */
#include <config.h>

#include <langinfo.h>
#include <string.h>
#include "core/i18n.h"
#include "core/clock.h"
#include "core/validate.h"
#include "form.h"

/* The mark of a field in error, in the message and on screen. */
static const char *error_mark(void)
{
	return strcmp(nl_langinfo(CODESET), "UTF-8") == 0 ? "✗" : "!";
}

struct form *form_new(enum unit units, dayno today)
{
	struct form *f = g_new0(struct form, 1);

	f->units = units;
	f->today = today;
	return f;
}

void form_free(struct form *f)
{
	if (!f)
		return;
	for (int i = 0; i < f->n; i++) {
		g_string_free(f->fields[i].text, TRUE);
		g_free(f->fields[i].error);
	}
	g_free(f->fields);
	g_free(f->error);
	g_free(f);
}

int form_add(struct form *f, const char *label, enum form_kind kind, bool required)
{
	struct form_field *fld;

	f->fields = g_renew(struct form_field, f->fields, f->n + 1);
	fld = &f->fields[f->n];
	memset(fld, 0, sizeof(*fld));
	fld->label = label;
	fld->kind = kind;
	fld->required = required;
	fld->text = g_string_new(NULL);
	/* The other kinds never need more; a bound keeps a paste cheap. */
	fld->max_chars = kind == FORM_TEXT ? VALIDATE_NOTE_MAX : 200;
	return f->n++;
}

void form_set_max(struct form *f, int i, int max_chars)
{
	f->fields[i].max_chars = max_chars;
}

int form_add_choice(struct form *f, const char *label, const char *const *choices, int n,
		    int selected)
{
	int i = form_add(f, label, FORM_CHOICE, true);

	f->fields[i].choices = choices;
	f->fields[i].n_choices = n;
	f->fields[i].choice = selected;
	return i;
}

void form_set_text(struct form *f, int i, const char *text)
{
	struct form_field *fld = &f->fields[i];

	g_string_assign(fld->text, text ? text : "");
	fld->cursor = (int)g_utf8_strlen(fld->text->str, -1);
	g_clear_pointer(&fld->error, g_free);
}

const char *form_text(const struct form *f, int i)
{
	return f->fields[i].text->str;
}

bool form_is_empty(const struct form *f, int i)
{
	const char *s = f->fields[i].text->str;

	while (*s == ' ' || *s == '\t')
		s++;
	return *s == '\0';
}

bool form_touched(const struct form *f)
{
	for (int i = 0; i < f->n; i++) {
		if (f->fields[i].kind == FORM_CHOICE ? f->fields[i].choice != 0
						     : !form_is_empty(f, i))
			return true;
	}
	return false;
}

static char *stripped(const struct form *f, int i);

char *form_snapshot(const struct form *f)
{
	GString *s = g_string_new(NULL);

	for (int i = 0; i < f->n; i++) {
		char *text = stripped(f, i);
		g_string_append_printf(s, "%d\x1f%s\x1e", f->fields[i].choice, text);
		g_free(text);
	}
	return g_string_free(s, FALSE);
}

void form_clear(struct form *f)
{
	for (int i = 0; i < f->n; i++) {
		form_set_text(f, i, "");
		f->fields[i].choice = 0;
	}
	f->focus = 0;
	g_clear_pointer(&f->error, g_free);
}

/* The field's text without surrounding blanks.  g_free(). */
static char *stripped(const struct form *f, int i)
{
	return g_strstrip(g_strdup(f->fields[i].text->str));
}

/* Checks (out NULL) or reads a Regions field: the command line's parser. */
static bool parse_regions(const char *s, struct region_side **out, size_t *n, GError **err)
{
	struct region_side *rs;
	size_t count;

	if (!parse_region_list(s, &rs, &count, err))
		return false;
	if (out) {
		*out = rs;
		*n = count;
	} else {
		g_free(rs);
	}
	return true;
}

/* Parses field i into `out` (whose type follows the kind; NULL only
 * checks). */
static bool parse_field(const struct form *f, int i, void *out, GError **err)
{
	const struct form_field *fld = &f->fields[i];
	char *s = stripped(f, i);
	bool ok = true;
	union {
		double d;
		dayno day;
		wtime t;
		int n;
		char c;
		struct {
			enum region r;
			enum side s;
		} rs;
	} tmp;

	switch (fld->kind) {
	case FORM_TEXT:
		ok = validate_text(s, fld->max_chars, fld->max_chars == VALIDATE_NOTE_MAX, fld->label,
				   err);
		break;
	case FORM_DISTANCE:
		ok = parse_distance(s, f->units, out ? out : &tmp.d, err);
		break;
	case FORM_DURATION:
		ok = parse_duration(s, out ? out : &tmp.d, err);
		break;
	case FORM_DATE:
		ok = parse_date_for(s, f->today, fld->ahead ? DATE_AHEAD : DATE_PAST,
				    out ? out : &tmp.day, err);
		break;
	case FORM_DATETIME:
		if (parse_has_time_of_day(s)) {
			ok = parse_datetime(s, out ? out : &tmp.t, err);
		} else {
			ok = parse_date(s, f->today, &tmp.day, err);
			if (ok && out)
				*(wtime *)out = day_start(tmp.day) + 12 * 3600;
		}
		break;
	case FORM_RPE:
		ok = parse_rpe(s, out ? out : &tmp.n, err);
		break;
	case FORM_LEVEL:
		ok = parse_level(s, out ? out : &tmp.n, err);
		break;
	case FORM_REGION_SIDE:
		ok = parse_region_side(s, &tmp.rs.r, &tmp.rs.s, err);
		if (ok && out)
			memcpy(out, &tmp.rs, sizeof(tmp.rs));
		break;
	case FORM_REGIONS:
		ok = parse_regions(s, NULL, NULL, err);
		break;
	case FORM_PRIORITY:
		ok = parse_priority(s, out ? out : &tmp.c, err);
		break;
	case FORM_CHOICE:
		break;
	}
	g_free(s);
	return ok;
}

bool form_check_field(struct form *f, int i)
{
	struct form_field *fld = &f->fields[i];
	GError *err = NULL;

	g_clear_pointer(&fld->error, g_free);
	if (fld->kind == FORM_CHOICE)
		return true;
	if (form_is_empty(f, i)) {
		if (!fld->required)
			return true;
		/* TRANSLATORS: %s is the label of a form field, e.g. "Distance". */
		fld->error = g_strdup_printf(_("%s is needed"), fld->label);
		return false;
	}
	if (!parse_field(f, i, NULL, &err)) {
		fld->error = g_strdup(err->message);
		g_error_free(err);
		return false;
	}
	return true;
}

bool form_check(struct form *f)
{
	int first = -1;

	g_clear_pointer(&f->error, g_free);
	for (int i = 0; i < f->n; i++)
		if (!form_check_field(f, i) && first < 0)
			first = i;
	if (first < 0)
		return true;
	{
		int bad = 0;
		for (int i = 0; i < f->n; i++)
			bad += f->fields[i].error != NULL;
		f->error = g_strdup_printf(ngettext("Nothing saved: %d field needs fixing (marked "
						    "with %s).",
						    "Nothing saved: %d fields need fixing (marked "
						    "with %s).",
						    (unsigned long)bad),
					   bad, error_mark());
	}
	f->focus = first;
	return false;
}

bool form_get_distance(const struct form *f, int i, double *metres)
{
	return parse_field(f, i, metres, NULL);
}

bool form_get_duration(const struct form *f, int i, double *seconds)
{
	return parse_field(f, i, seconds, NULL);
}

bool form_get_date(const struct form *f, int i, dayno *d)
{
	return parse_field(f, i, d, NULL);
}

bool form_get_datetime(const struct form *f, int i, wtime *t)
{
	return parse_field(f, i, t, NULL);
}

bool form_get_int(const struct form *f, int i, int *v)
{
	return parse_field(f, i, v, NULL);
}

bool form_get_region_side(const struct form *f, int i, enum region *r, enum side *s)
{
	struct {
		enum region r;
		enum side s;
	} rs;

	if (!parse_field(f, i, &rs, NULL))
		return false;
	*r = rs.r;
	*s = rs.s;
	return true;
}

bool form_get_regions(const struct form *f, int i, struct region_side **rs, size_t *n)
{
	char *s = stripped(f, i);
	bool ok = parse_regions(s, rs, n, NULL);

	g_free(s);
	return ok;
}

bool form_get_priority(const struct form *f, int i, char *p)
{
	return parse_field(f, i, p, NULL);
}

char *form_dup_text(const struct form *f, int i)
{
	return form_is_empty(f, i) ? NULL : stripped(f, i);
}

bool form_next(struct form *f)
{
	form_check_field(f, f->focus);
	f->fields[f->focus].typed[0] = '\0';
	if (f->focus + 1 >= f->n)
		return false;
	f->focus++;
	return true;
}

bool form_prev(struct form *f)
{
	form_check_field(f, f->focus);
	f->fields[f->focus].typed[0] = '\0';
	if (f->focus == 0)
		return false;
	f->focus--;
	return true;
}

/* A choice's name folded for matching what is typed: lower case, no
 * accents. g_free(). */
static char *fold_choice(const char *s)
{
	char *ascii = g_str_to_ascii(s, NULL);
	char *down = g_ascii_strdown(ascii, -1);

	g_free(ascii);
	return down;
}

/* The first choice whose name starts with prefix; failing that, the first
 * with a later word that does ("f" is "light flush"). */
static int choice_with_prefix(const struct form_field *fld, const char *prefix)
{
	for (int word = 0; word < 2; word++) {
		for (int c = 0; c < fld->n_choices; c++) {
			char *name = fold_choice(fld->choices[c]);
			bool hit = g_str_has_prefix(name, prefix);

			if (word) {
				char **words = g_strsplit_set(name, " -", -1);
				hit = false;
				for (int w = 1; words[w] && !hit; w++)
					hit = g_str_has_prefix(words[w], prefix);
				g_strfreev(words);
			}
			g_free(name);
			if (hit)
				return c;
		}
	}
	return -1;
}

/* Typing picks the first choice starting with what was typed ("rec" is
 * recovery, not race); a letter that matches nothing more starts over. */
static void choice_type(struct form_field *fld, gunichar key)
{
	char buf[8] = { 0 };
	char *letter, *tried;
	int c;

	g_unichar_to_utf8(key, buf);
	letter = fold_choice(buf);
	tried = g_strconcat(fld->typed, letter, NULL);
	c = strlen(tried) < sizeof(fld->typed) ? choice_with_prefix(fld, tried) : -1;
	if (c < 0) {
		g_free(tried);
		tried = g_strdup(letter);
		c = choice_with_prefix(fld, tried);
	}
	if (c >= 0) {
		fld->choice = c;
		g_strlcpy(fld->typed, tried, sizeof(fld->typed));
	} else {
		fld->typed[0] = '\0';
	}
	g_free(tried);
	g_free(letter);
}

static int choice_input(struct form_field *fld, int key)
{
	if (!UI_KEY_IS_CODE(key) && g_unichar_isalnum((gunichar)key)) {
		choice_type(fld, (gunichar)key);
		return UI_HANDLED;
	}
	fld->typed[0] = '\0';
	if (key == UI_KEY_CODE(KEY_LEFT)) {
		fld->choice = (fld->choice + fld->n_choices - 1) % fld->n_choices;
		return UI_HANDLED;
	}
	if (key == UI_KEY_CODE(KEY_RIGHT) || key == ' ') {
		fld->choice = (fld->choice + 1) % fld->n_choices;
		return UI_HANDLED;
	}
	return UI_IGNORED;
}

int form_input(struct form *f, int key)
{
	struct form_field *fld = &f->fields[f->focus];
	int len = (int)g_utf8_strlen(fld->text->str, -1);
	const char *at;

	if (fld->kind == FORM_CHOICE)
		return choice_input(fld, key);
	if (fld->cursor > len)
		fld->cursor = len;
	at = g_utf8_offset_to_pointer(fld->text->str, fld->cursor);
	switch (key) {
	case UI_KEY_CODE(KEY_LEFT):
		if (fld->cursor > 0)
			fld->cursor--;
		return UI_HANDLED;
	case UI_KEY_CODE(KEY_RIGHT):
		if (fld->cursor < len)
			fld->cursor++;
		return UI_HANDLED;
	case UI_KEY_CODE(KEY_HOME):
	case UI_CTRL('a'):
		fld->cursor = 0;
		return UI_HANDLED;
	case UI_KEY_CODE(KEY_END):
	case UI_CTRL('e'):
		fld->cursor = len;
		return UI_HANDLED;
	case UI_CTRL('u'):
		form_set_text(f, f->focus, "");
		return UI_HANDLED;
	case UI_KEY_CODE(KEY_BACKSPACE):
	case 127:
	case '\b':
		if (fld->cursor > 0) {
			const char *prev = g_utf8_prev_char(at);
			g_string_erase(fld->text, prev - fld->text->str, at - prev);
			fld->cursor--;
		}
		return UI_HANDLED;
	case UI_KEY_CODE(KEY_DC):
		if (fld->cursor < len) {
			const char *next = g_utf8_next_char(at);
			g_string_erase(fld->text, at - fld->text->str, next - at);
		}
		return UI_HANDLED;
	default:
		if (UI_KEY_IS_CODE(key) || key < 0x20 || key == 0x7f ||
		    !g_unichar_validate((gunichar)key))
			return UI_IGNORED;
		if (len >= fld->max_chars)
			return UI_HANDLED; /* full: the store would refuse more */
		g_string_insert_unichar(fld->text, at - fld->text->str, (gunichar)key);
		fld->cursor++;
		g_clear_pointer(&fld->error, g_free);
		return UI_HANDLED;
	}
}

#define ERROR_MAX_LINES 3

/* The error of a field wrapped to the form's width, at most a few lines. */
static char **error_lines(const struct form_field *fld, int width)
{
	char **lines;

	if (!fld->error)
		return g_new0(char *, 1);
	lines = ui_wrap(fld->error, width - 3);
	if (g_strv_length(lines) > ERROR_MAX_LINES) {
		g_free(lines[ERROR_MAX_LINES]);
		lines[ERROR_MAX_LINES] = NULL; /* the rest is freed below */
		for (int i = ERROR_MAX_LINES + 1; lines[i]; i++)
			g_clear_pointer(&lines[i], g_free);
	}
	return lines;
}

static int field_rows(const struct form_field *fld, int width)
{
	char **lines = error_lines(fld, width);
	int n = 1 + (int)g_strv_length(lines);

	g_strfreev(lines);
	return n;
}

static int cell_cols(gunichar c)
{
	char buf[8] = { 0 };

	g_unichar_to_utf8(c, buf);
	return ui_text_width(buf);
}

/* Linear in the length of the text: the first shown character is found by
 * walking back from the cursor until the field is full (one more cell for
 * the cursor), never by measuring every candidate start again. */
static void draw_text_field(struct ui *ui, const struct form_field *fld, int y, int x, int w,
			    bool has_cursor)
{
	attr_t a = ui_attr(ui, has_cursor ? ROLE_FIELD_FOCUS : ROLE_FIELD);
	const char *s = fld->text->str;
	const char *cursor = g_utf8_offset_to_pointer(s, fld->cursor);
	const char *start = cursor;
	int col = 0;
	char *shown;

	while (start > s) {
		const char *prev = g_utf8_prev_char(start);
		int cw = cell_cols(g_utf8_get_char(prev));

		if (col + cw + 1 > w)
			break;
		col += cw;
		start = prev;
	}
	shown = ui_fit(start, w);
	ui_text(ui, y, x, w, a, shown);
	g_free(shown);
	if (!*s && fld->hint && !has_cursor) {
		/* A placeholder too long is cut at a word, never mid-word. */
		char *hint = ui_fit_words(ui, fld->hint, w);
		ui_text(ui, y, x, w, a | A_DIM, hint);
		g_free(hint);
	}
	if (!has_cursor)
		return;
	if (col < w) {
		char buf[8] = { ' ', 0 };
		if (*cursor) {
			memset(buf, 0, sizeof(buf));
			g_unichar_to_utf8(g_utf8_get_char(cursor), buf);
		}
		/* The caret cell the other way round from its field, so that it
		 * shows in a reversed field too (NO_COLOR), and the real cursor
		 * on it. */
		ui_text(ui, y, x + col, w - col, a ^ A_REVERSE, buf);
		ui->caret_y = y;
		ui->caret_x = x + col;
	}
}

int form_draw(struct ui *ui, const struct form *f, struct rect r, int label_w, bool focused)
{
	int y = r.y;
	int field_w = r.w - label_w - 1;

	for (int i = 0; i < f->n && y < r.y + r.h; i++) {
		const struct form_field *fld = &f->fields[i];
		bool has_cursor = focused && i == f->focus;
		attr_t la = has_cursor ? ui_attr(ui, ROLE_HEADING) : A_NORMAL;

		int lw = ui_text(ui, y, r.x, label_w, la, fld->label);

		if (fld->required && fld->kind != FORM_CHOICE && lw + 2 <= label_w)
			ui_text(ui, y, r.x + lw + 1, 1, ui_attr(ui, ROLE_DIM), "*");
		if (fld->kind == FORM_CHOICE) {
			const char *name = fld->choices[fld->choice];
			int fx = r.x + label_w + 1, fw = field_w, widest = 0;
			char *fitted, *c, *shown;

			/* Choices too long for their column start right after their
			 * own label (the column is as wide as the longest label),
			 * all of them, so that the value does not jump as it
			 * changes; still too long, one is cut at a word with an
			 * ellipsis, never mid-word. */
			for (int k = 0; k < fld->n_choices; k++)
				widest = MAX(widest, ui_text_width(fld->choices[k]));
			if (widest + 4 > fw && lw < label_w) {
				fx = r.x + lw + 1;
				fw = r.x + r.w - fx;
			}
			fitted = ui_fit_words(ui, name, fw - 4);
			c = g_strdup_printf(ui->utf8 ? "◂ %s ▸" : "< %s >", fitted);
			shown = ui_fit(c, fw);
			ui_text(ui, y, fx, fw, ui_attr(ui, has_cursor ? ROLE_FIELD_FOCUS : ROLE_FIELD),
				shown);
			g_free(shown);
			g_free(c);
			g_free(fitted);
		} else if (!fld->text->len && fld->hint && !has_cursor &&
			   ui_text_width(fld->hint) > field_w && lw < label_w) {
			/* So does an empty field's placeholder (the field starts
			 * in its column again once it is typed in). */
			draw_text_field(ui, fld, y, r.x + lw + 1, r.x + r.w - (r.x + lw + 1),
					has_cursor);
		} else {
			draw_text_field(ui, fld, y, r.x + label_w + 1, field_w, has_cursor);
		}
		y++;
		{
			char **lines = error_lines(fld, r.w);
			for (int k = 0; lines[k] && y < r.y + r.h; k++, y++)
				ui_textf(ui, y, r.x + 1, r.w - 1, ui_attr(ui, ROLE_ERROR), "%s %s",
					 k == 0 ? error_mark() : " ", lines[k]);
			g_strfreev(lines);
		}
	}
	return y - r.y;
}

int form_field_at(const struct form *f, struct rect r, int y)
{
	int row = r.y;

	for (int i = 0; i < f->n; i++) {
		int h = field_rows(&f->fields[i], r.w);
		if (y >= row && y < row + h)
			return i;
		row += h;
	}
	return -1;
}

int form_height(const struct form *f, int w)
{
	int rows = 0;

	for (int i = 0; i < f->n; i++)
		rows += field_rows(&f->fields[i], w);
	return rows;
}

int form_label_width(const struct form *f)
{
	int w = 0;

	for (int i = 0; i < f->n; i++)
		w = MAX(w, ui_text_width(f->fields[i].label) + (f->fields[i].required ? 2 : 1));
	return w;
}

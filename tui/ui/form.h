/* SPDX-License-Identifier: GPL-3.0-or-later */
/* form.h - a column of labelled fields, each checked by the core parser
 * of its kind as the runner leaves it and again before saving, so the form
 * can name what is wrong and the caller writes nothing. */
#ifndef KNEAD_UI_FORM_H
#define KNEAD_UI_FORM_H

#include "core/parse.h"
#include "ui.h"

enum form_kind {
	FORM_TEXT,	  /* free text (a note, a name) */
	FORM_DISTANCE,
	FORM_DURATION,
	FORM_DATE,	  /* a day: YYYY-MM-DD, today, -3d */
	FORM_DATETIME,	  /* a day and a time, or a day (midday then) */
	FORM_RPE,	  /* effort 1-10 */
	FORM_LEVEL,	  /* soreness 0-10 */
	FORM_REGION_SIDE, /* calf:left */
	FORM_REGIONS,	  /* calf:left, it-band:right */
	FORM_PRIORITY,	  /* A, B or C */
	FORM_CHOICE,	  /* one of a list, changed with left/right or its initial */
};

struct form_field {
	const char *label; /* translated */
	enum form_kind kind;
	bool required;
	GString *text;
	int cursor;	   /* in characters */
	const char *const *choices; /* FORM_CHOICE: translated names */
	int n_choices;
	int choice;
	char *error;	   /* what the last check found wrong, or NULL */
	const char *hint;  /* shown dimmed while the field is empty */
	int max_chars;	   /* the store's limit: typing (or a paste) stops there */
	char typed[32];	   /* FORM_CHOICE: the start of a choice being typed */
	bool ahead;	   /* FORM_DATE: a day to come (a race): its errors say so */
};

struct form {
	struct form_field *fields;
	int n;
	int focus;
	char *error; /* set when saving was refused */
	enum unit units;
	dayno today;
};

struct form *form_new(enum unit units, dayno today);
void form_free(struct form *f);
int form_add(struct form *f, const char *label, enum form_kind kind, bool required);
int form_add_choice(struct form *f, const char *label, const char *const *choices, int n,
		    int selected);
/* A text field's limit, in characters (a note's by default). */
void form_set_max(struct form *f, int i, int max_chars);
void form_set_text(struct form *f, int i, const char *text);
const char *form_text(const struct form *f, int i);
bool form_is_empty(const struct form *f, int i);
/* True when any text field holds something or a choice moved off its first. */
bool form_touched(const struct form *f);
void form_clear(struct form *f);
/* Every field's text and choice in one string, to tell whether an edit
 * changed anything.  g_free(). */
char *form_snapshot(const struct form *f);

/* Checks one field (an empty optional field is fine) and records the error. */
bool form_check_field(struct form *f, int i);
/* Checks every field; false when one is wrong: f->error then names it
 * and the focus moves to it. */
bool form_check(struct form *f);

/* The parsed values; each assumes the field passed its check. */
bool form_get_distance(const struct form *f, int i, double *metres);
bool form_get_duration(const struct form *f, int i, double *seconds);
bool form_get_date(const struct form *f, int i, dayno *d);
bool form_get_datetime(const struct form *f, int i, wtime *t);
bool form_get_int(const struct form *f, int i, int *v);
bool form_get_region_side(const struct form *f, int i, enum region *r, enum side *s);
bool form_get_regions(const struct form *f, int i, struct region_side **rs, size_t *n);
bool form_get_priority(const struct form *f, int i, char *p);
/* The text, or NULL when empty.  g_free(). */
char *form_dup_text(const struct form *f, int i);

/* Moves the focus, checking the field left.  False at either end. */
bool form_next(struct form *f);
bool form_prev(struct form *f);
/* Editing keys for the focused field. */
int form_input(struct form *f, int key);

/* Draws the fields in r, labels `label_w` wide; `focused` shows the cursor.
 * Returns the rows used. */
int form_draw(struct ui *ui, const struct form *f, struct rect r, int label_w, bool focused);
/* The rows form_draw needs at width w (errors take rows too). */
int form_height(const struct form *f, int w);
/* The widest label, for label_w. */
int form_label_width(const struct form *f);
/* The field at a clicked row (as form_draw laid it out), or -1. */
int form_field_at(const struct form *f, struct rect r, int y);

#endif

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* records.h - what History and Races share: a scrollable list of one
 * table, an edit form for its rows, and delete, undo and redo. */
#ifndef KNEAD_UI_RECORDS_H
#define KNEAD_UI_RECORDS_H

#include "core/store/store.h"
#include "form.h"
#include "ui.h"

struct records {
	enum store_table table;
	union {
		void *any; /* as record_kind(table) reads them */
		struct run *runs;
		struct soreness *sore;
		struct massage *massages;
		struct race *races;
	} rows;			/* oldest first, as the store lists them */
	size_t n;
	int sel, top;		/* in display order: newest first */
	char *error;
	/* Only the last `window` days are loaded (0 until the first load), so
	 * that opening the list costs the same after 1 or 100 years; scrolling
	 * past the oldest loaded row doubles the window, End loads all. */
	int window;
	bool all;
};

void records_load(struct ui *ui, struct records *r);
/* Frees the rows and the error, leaving an empty list to load again. */
void records_clear(struct records *r);
/* The row shown at display position i. */
size_t records_index(const struct records *r, int i);
int records_action(struct ui *ui, struct records *r, enum ui_action a, int page);
void records_draw(struct ui *ui, struct records *r, struct rect area, bool highlight_future);
int records_click(struct records *r, struct rect area, int y);
/* Selects the next row (dir 1) or the previous (-1) that holds the search;
 * false when none does. */
bool records_search(struct ui *ui, struct records *r, const struct ui_search *s, int dir);
/* The keys of a list's search: / starts typing, Enter finds, n and N go
 * on, Esc stops typing. */
unsigned records_search_action(struct ui *ui, struct ui_search *s, struct records *r,
				enum ui_action a);
/* The width of the widest region name with its side, translated. */
int records_region_width(void);

/* A form over a row: id 0 adds a new one. */
struct record_edit {
	enum store_table table;
	int64_t id;
	struct form *form;
	const char *kinds[(int)MASSAGE_KIND_COUNT > (int)RUN_KIND_COUNT ? (int)MASSAGE_KIND_COUNT
							       : (int)RUN_KIND_COUNT];
	char *source_id;     /* an edited imported run keeps its source */
	enum run_source source;
	double elevation_m;
	int avg_hr;
	char *original; /* the form as it opened (form_snapshot), for an edit */
	double distance_m, duration_s; /* an edited run's, as it opened */
	char *doubt_ok;	/* the form as it was when the runner answered yes */
};

struct record_edit *record_edit_new(struct ui *ui, enum store_table t, const struct records *r,
				    int display_index);
void record_edit_free(struct record_edit *e);
/* True when an edit holds exactly what it opened with. */
bool record_edit_unchanged(const struct record_edit *e);
/* Checks and writes; false leaves the errors in the form. */
bool record_edit_save(struct ui *ui, struct record_edit *e);
void record_edit_draw(struct ui *ui, struct record_edit *e);
/* The keys of an open form: next and previous field (Enter on the last
 * saves), cancel, save; a saved or cancelled form is freed (*edit NULL). */
unsigned record_edit_action(struct ui *ui, struct record_edit **edit, enum ui_action a, int key);
/* Typed keys go to the search being typed, else to the open form e. */
unsigned records_input(struct ui_search *s, struct record_edit *e, int key);

/* Deletes the selected row through the one door (change.h), journalled
 * for undo. */
bool records_delete(struct ui *ui, struct records *r, GError **err);
/* "run of Mon 23 Nov, 10.00 km": what a question or message names. g_free(). */
char *records_describe(struct ui *ui, const struct records *r, int display_index);

/* The Delete, Undo and Redo keys of a list screen (History, Races): asks
 * before deleting the selected entry (`confirmed` does it); undoes the
 * last change, wherever made (the command line's too: one journal), or
 * redoes the change undone last, and says what in words.  Return the ui
 * flags the key handler returns. */
unsigned records_ask_delete(struct ui *ui, const struct records *r, ui_confirm_fn confirmed);
unsigned records_undo_last(struct ui *ui, bool redo);
/* What `confirmed` of records_ask_delete() does: deletes the selected
 * entry and says so, or says why not. */
void records_delete_selected(struct ui *ui, struct records *r);
/* Add, Edit, Delete and Undo on a list (r may be NULL: no list shown);
 * UI_IGNORED for any other key. */
unsigned records_entry_action(struct ui *ui, struct records *r, struct record_edit **edit,
			      enum ui_action a, ui_confirm_fn confirmed);

#endif

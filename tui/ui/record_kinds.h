/* SPDX-License-Identifier: GPL-3.0-or-later */
/* record_kinds.h - what the lists and forms of History and Races know of
 * each kind of entry (runs, soreness, massages, races): one descriptor per
 * kind, indexed by the store's table, so that records.c never asks which
 * kind it holds.  What every layer does alike (copy, free, describe,
 * check) is the store's descriptor (store.h: store_entry_*).  A new kind is a descriptor here, its rows in the store,
 * and a line in record_kinds[]. */
#ifndef KNEAD_UI_RECORD_KINDS_H
#define KNEAD_UI_RECORD_KINDS_H

#include "records.h"

/* How many kinds the History screen shows, a tab each: the first ones of
 * enum store_table (record_kinds.c checks its table against it). */
enum { RECORD_KINDS_SHOWN = TABLE_ASSESSMENTS };

struct record_kind {
	const char *tab;	/* N_(): its History tab, "Runs" */
	const char *empty;	/* N_(): what an empty list says */
	const char *add_title;	/* N_(): the form's title for a new entry */
	const char *edit_title; /* N_(): for an existing one */
	/* The form field that may not be after today, or -1 (a massage may
	 * be booked, a race planned). */
	int not_future_field;
	/* The rows from day `from` on (every row when `all`), oldest first. */
	bool (*list)(struct ui *ui, bool all, dayno from, void **rows, size_t *n, GError **err);
	void (*header)(GString *line);
	void (*row_text)(struct ui *ui, const void *row, GString *line);
	/* Whether the row is drawn dimmed where the screen asks for it (a
	 * race already run); NULL: never. */
	bool (*dimmed)(struct ui *ui, const void *row);
	/* Adds the fields to e->form, filled from row (NULL: a new entry). */
	void (*form_build)(struct ui *ui, struct record_edit *e, const void *row);
	/* Reads, checks and writes the checked form. */
	bool (*form_save)(struct ui *ui, struct record_edit *e, GError **err);
	/* NULL, or the question asked before the checked form is saved (a
	 * run's implausible pace, validate_pace_plausible), g_free(); *field
	 * is where the form goes back on no, saying doubt_no. */
	char *(*doubt)(struct ui *ui, const struct record_edit *e, int *field);
	const char *doubt_no; /* N_() */
};

/* The descriptor of table t; a table without one is a programming error. */
const struct record_kind *record_kind(enum store_table t);

struct advice_flag;
/* The open flags (advice_flags) the soreness list marks: an entry of a
 * flagged region and side from the flag's day on reads "flagged".  The
 * caller keeps them alive; NULL, 0: none. */
void record_kinds_set_flags(const struct advice_flag *flags, size_t n);

#endif

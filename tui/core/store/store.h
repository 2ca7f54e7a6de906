/* SPDX-License-Identifier: GPL-3.0-or-later */
/* store.h - the SQLite database that holds a runner's history.
 *
 * Every change is one transaction: a function that fails leaves the
 * database as it was.  Errors come back as GError (see error.h).
 */
#ifndef KNEAD_STORE_H
#define KNEAD_STORE_H

#include <glib.h>
#include <stdbool.h>
#include <sqlite3.h>
#include "core/model.h"
#include "core/parse.h"

struct store;

/* One list per kind of entry, in the order of ENTRY_KINDS (model.h). */
enum store_table {
#define STORE_TABLE(NAME, type, rows) TABLE_##NAME,
	ENTRY_KINDS(STORE_TABLE)
#undef STORE_TABLE
	TABLE_COUNT
};

const char *store_table_id(enum store_table t); /* "runs", "soreness", ... */

/* Room for one entry of any kind: the member named after its struct
 * (the type of its line in ENTRY_KINDS, model.h). */
union store_row {
#define STORE_ROW(NAME, type, rows) struct type type;
	ENTRY_KINDS(STORE_ROW)
#undef STORE_ROW
};

/* What every kind does the same way, through its descriptor
 * (store/kinds.c): row is the struct of kind t (a member of union
 * store_row).  describe names the entry in words, translated ("the run of Tue
 * 8 Dec, 10.00 km"; g_free it); copy is deep; validate applies the rules
 * of a new entry (validate.h) at `now`. */
char *store_entry_describe(enum store_table t, const void *row, enum unit u);
/* The entry's moment as text, into buf (DATETIME_BUF bytes):
 * "2026-11-20T07:00:00" for a run or soreness, "2026-11-20" for a kind
 * kept by the day, so that entries of every kind sort as text. */
const char *store_entry_when(enum store_table t, const void *row, char *buf);
/* The entry as knead list --json writes it (its kind's to_json); typed adds
 * its "type" member (the kind's entry word: "run") for a listing of
 * several kinds. */
struct json_writer;
void store_entry_json(struct json_writer *w, enum store_table t, const void *row, bool typed);
void store_entry_copy(enum store_table t, void *dst, const void *src);
void store_entry_clear(enum store_table t, void *row);
bool store_entry_validate(enum store_table t, const void *row, wtime now, GError **err);
/* sizeof a row of t, and the id a row holds. */
size_t store_entry_size(enum store_table t);
int64_t store_entry_id(enum store_table t, const void *row);
/* The list's name in the runner's language, for sentences. */
const char *store_table_name(enum store_table t);
bool store_table_from_id(const char *s, enum store_table *out);
/* The list a runner typed in their words or in English, any case, with
 * or without accents: "runs", "run", "sore", "sorties", "examen". */
bool store_table_from_typed(const char *s, enum store_table *out);
/* An entry's word: "run" for runs, "soreness", "assessment". */
const char *store_table_word(enum store_table t);

/* How knead edit reads one field of an entry from its option's text and
 * shows it in the summary of a change; each names the type of the row's
 * member at the field's offset.  The command line does the reading (it
 * knows the units, today and now): the store only says where each kind
 * keeps what. */
enum edit_field_type {
	EDIT_MOMENT,	   /* wtime, not ahead; a day alone keeps the time of day */
	EDIT_DAY_AHEAD,	   /* dayno, read as a moment that may lie ahead (a booking) */
	EDIT_RACE_DAY,	   /* dayno, a race's day, a bare date taken as ahead */
	EDIT_DISTANCE,	   /* double, metres, a bare number in the runner's units */
	EDIT_DURATION,	   /* double, seconds */
	EDIT_RUN_KIND,	   /* enum run_kind */
	EDIT_MASSAGE_KIND, /* enum massage_kind */
	EDIT_RPE,	   /* int, effort 1-10; empty clears it to 0 */
	EDIT_HEART_RATE,   /* int, beats per minute; empty clears it to 0 */
	EDIT_LEVEL,	   /* int, soreness 0-10 */
	EDIT_TEXT,	   /* char *, owned: see max_bytes, what and required */
	EDIT_REGION_SIDE,  /* enum region, and its enum side at aux_offset */
	EDIT_REGION_LIST,  /* struct region_side *, owned and replaced whole, and
			    * its size_t count at aux_offset */
	EDIT_PRIORITY,	   /* char, a race's 'A', 'B' or 'C' */
	EDIT_YES_NO,	   /* bool: yes or no, in English or the runner's words */
};

struct edit_field {
	/* The option, without its dashes: "distance" for --distance. */
	const char *option;
	/* Its name in the summary of a change, untranslated (N_). */
	const char *label;
	enum edit_field_type type;
	/* Where the row keeps it, and the member's size (the unit tests check
	 * it against the type). */
	size_t offset, size;
	/* The second member the type keeps (a region's side, a list's count);
	 * 0 when it keeps none. */
	size_t aux_offset;
	/* EDIT_TEXT: at most max_bytes bytes, named `what` in the errors
	 * (N_: "the note is too long"); empty clears it (NULL), unless
	 * `required` is set: then the text is stripped, and empty is refused
	 * with that sentence (N_). */
	size_t max_bytes;
	const char *what, *required;
};

/* The fields knead edit takes on t, *n of them, in the order it reads
 * them and shows the change. */
const struct edit_field *store_table_edit_fields(enum store_table t, size_t *n);

/* The default path: $XDG_DATA_HOME/knead/knead.db.  g_free() it. */
char *store_default_path(void);

/* Opens (creating directory 0700 and file 0600 if needed) and migrates to
 * the schema version this knead writes (migrate_latest(), the last step of
 * migrate.c).  A newer schema, or a file that is not a knead database, is
 * refused without touching it. */
struct store *store_open(const char *path, GError **err);
/* For commands that only read (list, status, next, export, backup...):
 * never creates the file nor its directory.  A missing file is an error
 * naming it (KNEAD_ERROR_INVALID), but for knead's default database, which
 * then reads as empty.  A database that cannot be written (a full or
 * read-only disk) is opened read-only. */
struct store *store_open_existing(const char *path, GError **err);
/* For commands that change what is there (edit, rm, undo, redo, plan's
 * ticks): like store_open_existing(), a missing --db is an error naming
 * it, but the database is opened to be written: a full or read-only disk
 * is reported as such, not opened read-only. */
struct store *store_open_to_change(const char *path, GError **err);
/* Whether path may be a database: a regular file (*exists) or nothing
 * yet; a device, FIFO, directory or link to one is KNEAD_ERROR_INVALID. */
bool store_check_path(const char *path, bool *exists, GError **err);
/* False, saying so, when the file system under path has no POSIX locks
 * (SQLite would take every lock for a busy database). */
bool store_check_locks(const char *path, GError **err);
/* Opens an existing database read-only; never creates or migrates. */
struct store *store_open_readonly(const char *path, GError **err);
void store_close(struct store *st);
sqlite3 *store_db(struct store *st);

/* Explicit transactions for callers that group several changes (imports,
 * the check-in).  BEGIN IMMEDIATE, so a writer never deadlocks on upgrade. */
bool store_begin(struct store *st, GError **err);
bool store_commit(struct store *st, GError **err);
void store_rollback(struct store *st);
/* True inside a transaction (store_begin, or a dry run's). */
bool store_in_transaction(struct store *st);

/* Whether this process has committed a change (or written a backup): a
 * command that did exits 0 even when its final message cannot be printed
 * (main.c), since what it was asked to do is done. */
bool store_wrote_anything(void);

/* Adders: each is its own transaction unless one is open.  On success the
 * new row id is written to *id when id is not NULL. */
bool store_run_add(struct store *st, const struct run *r, int64_t *id, GError **err);
bool store_soreness_add(struct store *st, const struct soreness *s, int64_t *id,
			GError **err);
bool store_massage_add(struct store *st, const struct massage *m, int64_t *id,
		       GError **err);
bool store_race_add(struct store *st, const struct race *r, int64_t *id, GError **err);
/* The same for any kind: row is the struct of kind t (a member of union
 * store_row). */
bool store_entry_add(struct store *st, enum store_table t, const void *row, int64_t *id,
		     GError **err);
/* Puts back an entry deleted a moment ago (undo): under old_id while that
 * is still free, since ids show in knead list and name reminders already
 * sent about the entry; else under a new one.  row is a struct run,
 * soreness, massage or race, as t says. */
bool store_restore(struct store *st, enum store_table t, const void *row, int64_t old_id,
		   int64_t *id, GError **err);

/* Reads the entry `id` of table t into row (a struct run, soreness,
 * massage or race, as t says; clear it with its _clear); an id that does
 * not exist is KNEAD_ERROR_INVALID. */
bool store_entry_get(struct store *st, enum store_table t, int64_t id, void *row,
		     GError **err);

/* Updates the row with r->id (all fields). */
bool store_run_update(struct store *st, const struct run *r, GError **err);
bool store_soreness_update(struct store *st, const struct soreness *s, GError **err);
bool store_massage_update(struct store *st, const struct massage *m, GError **err);
bool store_race_update(struct store *st, const struct race *r, GError **err);
/* The same for any kind (row as for store_entry_add). */
bool store_entry_update(struct store *st, enum store_table t, const void *row, GError **err);

/* Deletes one row; an id that does not exist is KNEAD_ERROR_INVALID. */
bool store_remove(struct store *st, enum store_table t, int64_t id, GError **err);

/* Runs imported from a file: the id of the run with that source and source
 * id, or of a run starting at the same minute with the same distance (within
 * 1%), or of one imported from another source whose start differs by whole
 * quarter hours within a day (a time-zone change between two imports) with
 * the same distance and duration, or 0 if there is none. */
int64_t store_run_find_duplicate(struct store *st, const struct run *r, GError **err);

/* The stored run that is the same activity as `r` from another source:
 * their time spans overlap for most of the shorter one
 * (STORE_SAME_RUN_OVERLAP), and their distances or their durations agree
 * within STORE_SAME_RUN_TOLERANCE of the larger (a leg whose clock runs
 * past its end overlaps the next leg, but is not it).  Runs whose id is in
 * `except` (a set of int64_t *, or NULL), those of the same file, are
 * never it.  0 when there is none, -1 on error; the run found is read into
 * *found (run_clear it). */
#define STORE_SAME_RUN_OVERLAP 0.6
#define STORE_SAME_RUN_TOLERANCE 0.1
int64_t store_run_find_same_except(struct store *st, const struct run *r, GHashTable *except,
				   struct run *found, GError **err);
/* The same, with no exception. */
int64_t store_run_find_same(struct store *st, const struct run *r, struct run *found,
			    GError **err);
/* Fills what the stored run `id` lacks (heart rate, climb, effort, note)
 * from `r`; what the runner logged or edited is never overwritten.  True
 * with *filled saying whether anything was. */
bool store_run_fill_blanks(struct store *st, int64_t id, const struct run *r, bool *filled,
			   GError **err);

/* A savepoint inside the caller's transaction, so that one file of a
 * longer import can be undone alone. */
bool store_savepoint(struct store *st, const char *name, GError **err);
bool store_release(struct store *st, const char *name, GError **err);
void store_rollback_to(struct store *st, const char *name);

#define SINCE_ALL_TIME INT64_MIN /* every run or soreness entry */
#define SINCE_ALL_DAYS INT32_MIN /* every massage or race */

/* Lists, oldest first, from `since` on (SINCE_ALL_TIME / SINCE_ALL_DAYS for
 * everything).
 * The arrays are g_new'd; free each element with its _clear and the array
 * with g_free. */
bool store_runs_list(struct store *st, wtime since, struct run **out, size_t *n,
		     GError **err);
bool store_soreness_list(struct store *st, wtime since, struct soreness **out,
			 size_t *n, GError **err);
bool store_massages_list(struct store *st, dayno since, struct massage **out,
			 size_t *n, GError **err);
bool store_races_list(struct store *st, dayno since, struct race **out, size_t *n,
		      GError **err);

/* Loads every entry of the tables in `want` (from day `since` on when
 * have_since) into h, oldest first, leaving the other arrays empty. */
bool store_entries_load(struct store *st, const bool want[TABLE_COUNT], bool have_since,
			dayno since, struct history *h, GError **err);

/* The rows of one table, oldest first (from day `since` on when
 * have_since), one at a time: memory does not grow with the table, so that
 * knead list --json and knead export stream millions of runs.
 * store_cursor_next returns the next row (the struct of kind t, owned
 * by the cursor and valid until the next call),
 * or NULL at the end or on an error (then err is set). */
struct store_cursor;
struct store_cursor *store_cursor_open(struct store *st, enum store_table t, bool have_since,
				       dayno since, GError **err);
const void *store_cursor_next(struct store_cursor *c, GError **err);
void store_cursor_close(struct store_cursor *c);
/* One read transaction around several cursors, so that they agree. */
bool store_read_begin(struct store *st);
void store_read_end(struct store *st);

/* Loads what the advice engine needs at `now`: every entry of every kind
 * from `from` on (races past and future; the assessments that may close a
 * flag of the window), and the last massage before `from` too.  Reads
 * only that window through indexes, so the cost does not grow with the
 * length of history. */
bool store_history_load(struct store *st, dayno from, struct history *h, GError **err);

/* The date of the most recent massage strictly before `before`, or false. */
bool store_last_massage(struct store *st, dayno before, dayno *out, GError **err);

/* Reminders: a key names one event ("checkin:2026-11-23").  Marking is
 * atomic (a UNIQUE constraint): false with no error when it was already
 * marked by someone else. */
bool store_reminder_was_sent(struct store *st, const char *key, GError **err);
bool store_reminder_mark_sent(struct store *st, const char *key, const char *kind,
			      wtime at, bool *inserted, GError **err);
/* Gives back a key marked a moment ago whose notification could not be
 * shown, so that a later run tries again.  Delivery is: mark (claim) in
 * one short transaction, show outside any transaction, release on
 * failure in another: no lock is ever held across the D-Bus call. */
bool store_reminder_release(struct store *st, const char *key, GError **err);
/* Snoozes: a sent reminder put off until a time, to be shown again then
 * (under its own key); false with an error when no reminder of that key
 * was sent.  store_snooze_end ends the snooze, shown again or not. */
bool store_snooze_set(struct store *st, const char *key, wtime until, GError **err);
bool store_snooze_end(struct store *st, const char *key, GError **err);
/* The snoozed reminders' keys and times, earliest first: g_new'd arrays, free
 * each key, then both arrays, with g_free. */
bool store_snoozes_list(struct store *st, char ***keys, wtime **until, size_t *n,
			GError **err);

/* Articles the runner opened, so the ranking can rest them a while. */
bool store_article_read_add(struct store *st, const char *slug, wtime at, GError **err);
/* The slugs read since `since` and when, oldest first: g_new'd arrays,
 * free each slug, then both arrays, with g_free. */
bool store_article_reads_list(struct store *st, wtime since, char ***slugs, wtime **times,
			      size_t *n, GError **err);

/* PRAGMA data_version: changes when another connection commits. */
int64_t store_data_version(struct store *st);

/* Online backup to a new file (SQLite backup API), written atomically. */
bool store_backup(struct store *st, const char *dest, GError **err);

#endif

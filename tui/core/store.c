/* SPDX-License-Identifier: GPL-3.0-or-later */
/* store.c - the SQLite database behind knead.
 *
 * One connection per process, WAL so the TUI can read while the CLI or the
 * reminder daemon writes, BEGIN IMMEDIATE for every change so writers queue
 * on the busy timeout instead of failing half-way, synchronous=FULL because
 * a training log is worth an fsync.
 */
#include <errno.h>
#include <math.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include "clock.h"
#include "error.h"
#include "fileutil.h"
#include "i18n.h"
#include "migrate.h"
#include "regions.h"
#include "store.h"

#define BUSY_TIMEOUT_MS 15000

struct store {
	sqlite3 *db;
	char *path;
	/* Kept prepared: it runs once per massage of a list. */
	sqlite3_stmt *massage_regions;
};

static const char *const table_ids[TABLE_COUNT] = { "runs", "soreness", "massages", "races" };

const char *store_table_id(enum store_table t)
{
	return (unsigned)t < TABLE_COUNT ? table_ids[t] : "?";
}

bool store_table_from_id(const char *s, enum store_table *out)
{
	for (int i = 0; s && i < TABLE_COUNT; i++) {
		if (strcmp(s, table_ids[i]) == 0) {
			*out = (enum store_table)i;
			return true;
		}
	}
	return false;
}

char *store_default_path(void)
{
	char *data = file_xdg_dir("XDG_DATA_HOME", ".local/share");
	char *path = g_build_filename(data, "knead", "knead.db", NULL);

	g_free(data);
	return path;
}

sqlite3 *store_db(struct store *st)
{
	return st->db;
}

/* Whether the database and its directory (where the -wal and -shm files
 * go) can be written to; false on a read-only disk even for root. */
static bool store_writable(const struct store *st)
{
	char *dir = g_path_get_dirname(st->path);
	bool writable = access(st->path, W_OK) == 0 && access(dir, W_OK) == 0;

	g_free(dir);
	return writable;
}

static bool db_error(struct store *st, GError **err)
{
	int code = sqlite3_errcode(st->db);
	/* A full or read-only disk often shows up as an I/O error or a file
	 * that cannot be opened (the -wal, the -shm); the system's errno says
	 * what it really was. */
	int sys = code == SQLITE_IOERR || code == SQLITE_CANTOPEN ? sqlite3_system_errno(st->db) : 0;

	if (code == SQLITE_CONSTRAINT)
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_INVALID,
			    _("the database refused the value: %s"), sqlite3_errmsg(st->db));
	else if (code == SQLITE_FULL || sys == ENOSPC || sys == EDQUOT)
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
			    _("the disk is full: nothing was written to %s"), st->path);
	else if (code == SQLITE_READONLY || sys == EROFS || sys == EACCES || sys == EPERM ||
		 (code == SQLITE_CANTOPEN && !store_writable(st)))
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
			    _("the database %s is read-only: nothing was written"), st->path);
	else
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED, _("database error in %s: %s"),
			    st->path, sqlite3_errmsg(st->db));
	return false;
}

static sqlite3_stmt *prepare(struct store *st, const char *sql, GError **err)
{
	sqlite3_stmt *s = NULL;

	if (sqlite3_prepare_v2(st->db, sql, -1, &s, NULL) != SQLITE_OK) {
		db_error(st, err);
		return NULL;
	}
	return s;
}

/* Runs a statement that returns no rows; finalizes it. */
static bool step_done(struct store *st, sqlite3_stmt *s, GError **err)
{
	int rc = sqlite3_step(s);
	bool ok = rc == SQLITE_DONE || rc == SQLITE_ROW;

	if (!ok)
		db_error(st, err);
	sqlite3_finalize(s);
	return ok;
}

static void bind_text_or_null(sqlite3_stmt *s, int i, const char *v)
{
	if (v)
		sqlite3_bind_text(s, i, v, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(s, i);
}

static void bind_time(sqlite3_stmt *s, int i, wtime t)
{
	char buf[DATETIME_BUF];
	sqlite3_bind_text(s, i, wtime_format(t, buf), -1, SQLITE_TRANSIENT);
}

static void bind_day(sqlite3_stmt *s, int i, dayno d)
{
	char buf[DATE_BUF];
	sqlite3_bind_text(s, i, day_format(d, buf), -1, SQLITE_TRANSIENT);
}

/* The database only ever holds times we wrote, in our own format.
 * Fixed-width digits: the schema's CHECK (start GLOB '[0-9][0-9]...') has
 * already guaranteed the shape, and sscanf() was a third of the cost of
 * listing a long history. */
static int digits(const char *t, int n)
{
	int v = 0;

	for (int i = 0; i < n; i++)
		v = v * 10 + (t[i] - '0');
	return v;
}

static bool all_digits(const char *t, int n)
{
	for (int i = 0; i < n; i++)
		if (!g_ascii_isdigit(t[i]))
			return false;
	return true;
}

static wtime column_time(sqlite3_stmt *s, int i)
{
	const char *t = (const char *)sqlite3_column_text(s, i);
	int n = sqlite3_column_bytes(s, i);

	/* YYYY-MM-DD, optionally followed by THH:MM:SS. */
	if (!t || n < 10 || !all_digits(t, 4) || !all_digits(t + 5, 2) || !all_digits(t + 8, 2))
		return 0;
	if (n >= 19 && all_digits(t + 11, 2) && all_digits(t + 14, 2) && all_digits(t + 17, 2))
		return wtime_make(digits(t, 4), digits(t + 5, 2), digits(t + 8, 2),
				  digits(t + 11, 2), digits(t + 14, 2), digits(t + 17, 2));
	return wtime_make(digits(t, 4), digits(t + 5, 2), digits(t + 8, 2), 0, 0, 0);
}

static dayno column_day(sqlite3_stmt *s, int i)
{
	return wtime_day(column_time(s, i));
}

static char *column_strdup(sqlite3_stmt *s, int i)
{
	const char *t = (const char *)sqlite3_column_text(s, i);
	return t ? g_strdup(t) : NULL;
}

static enum side column_side(sqlite3_stmt *s, int i)
{
	const char *t = (const char *)sqlite3_column_text(s, i);

	if (t && strcmp(t, "left") == 0)
		return SIDE_LEFT;
	if (t && strcmp(t, "right") == 0)
		return SIDE_RIGHT;
	return SIDE_NONE;
}

/* --- opening ------------------------------------------------------------ */

/* A knead database at version 0 is empty; anything else at version 0 is
 * somebody else's database, and we leave it alone.  The version is read
 * again in the same statement: another knead may have just created the
 * schema of a new database since read_version(). */
static bool looks_foreign(struct store *st)
{
	sqlite3_stmt *s = prepare(st,
				  "SELECT count(*) FROM sqlite_master"
				  " WHERE (SELECT user_version FROM pragma_user_version) = 0",
				  NULL);
	bool foreign = false;

	if (s && sqlite3_step(s) == SQLITE_ROW)
		foreign = sqlite3_column_int(s, 0) > 0;
	sqlite3_finalize(s);
	return foreign;
}

static bool configure_connection(struct store *st, bool readonly, GError **err)
{
	sqlite3_busy_timeout(st->db, BUSY_TIMEOUT_MS);
	if (sqlite3_exec(st->db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL) != SQLITE_OK)
		return db_error(st, err);
	if (!readonly &&
	    sqlite3_exec(st->db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL", NULL,
			 NULL, NULL) != SQLITE_OK)
		return db_error(st, err);
	return true;
}

static bool check_version(struct store *st, int version, GError **err)
{
	if (version > STORE_SCHEMA_VERSION) {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
			    _("%s was written by a newer knead (schema version %d, this one knows "
			      "up to %d): upgrade knead; the file was not changed"),
			    st->path, version, STORE_SCHEMA_VERSION);
		return false;
	}
	if (version == 0 && looks_foreign(st)) {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
			    _("%s is not a knead database; the file was not changed"), st->path);
		return false;
	}
	return true;
}

/* Reads the schema version; a file that is not SQLite at all fails here,
 * before anything has been written to it. */
static int read_version(struct store *st, GError **err)
{
	GError *e = NULL;
	int v = migrate_current(st->db, &e);

	if (v < 0) {
		int code = sqlite3_errcode(st->db);
		g_clear_error(&e);
		if (code == SQLITE_NOTADB || code == SQLITE_CORRUPT)
			g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
				    _("%s is not a knead database (not SQLite, or damaged); the "
				      "file was not changed"),
				    st->path);
		else
			db_error(st, err);
	}
	return v;
}

static struct store *store_new(const char *path)
{
	struct store *st = g_new0(struct store, 1);
	st->path = g_strdup(path);
	return st;
}

/* Whether a -wal file beside the database holds anything: then the
 * database file alone is not the whole story. */
static bool wal_has_frames(const char *path)
{
	char *wal = g_strconcat(path, "-wal", NULL);
	GStatBuf sb;
	bool has = g_stat(wal, &sb) == 0 && sb.st_size > 0;

	g_free(wal);
	return has;
}

/* --db is a path, never an SQLite URI nor ":memory:" (which would keep
 * nothing): a relative name is handed to SQLite as "./NAME", which it
 * always reads as a file. */
static char *plain_name(const char *path)
{
	return g_path_is_absolute(path) ? g_strdup(path) : g_strconcat("./", path, NULL);
}

/* Permissions are tightened at every open, not only at creation: a
 * database copied in 0644, or knead's own directory left 0755, becomes
 * private (design.md: directory 0700, file 0600). */
static void tighten_beside(const char *path, const char *dir)
{
	static const char *const suffixes[] = { "-wal", "-shm" };
	char *def = store_default_path(), *def_dir = g_path_get_dirname(def);
	int fd;

	for (size_t i = 0; i < G_N_ELEMENTS(suffixes); i++) {
		char *p = g_strconcat(path, suffixes[i], NULL);

		fd = open(p, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
		if (fd >= 0) {
			file_tighten(fd, 0600);
			close(fd);
		}
		g_free(p);
	}
	/* Only knead's own directory: --db ~/x.db must not close $HOME. */
	if (strcmp(dir, def_dir) == 0) {
		fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
		if (fd >= 0) {
			file_tighten(fd, 0700);
			close(fd);
		}
	}
	g_free(def);
	g_free(def_dir);
}

/* One attempt at opening; *busy says a failure came from another process
 * holding a lock at a moment SQLite does not wait for (the first switch to
 * WAL, a WAL recovery), so the caller may try again. */
static struct store *store_open_once(const char *path, bool *busy, GError **err)
{
	struct store *st = store_new(path);
	char *dir = g_path_get_dirname(path);
	g_autofree char *plain = plain_name(path);
	bool readonly, file_ro = false;
	int fd, version;

	if (!dir_ensure(dir, 0700, err))
		goto fail;
	/* Create the file ourselves so it is 0600 from its first byte; SQLite
	 * gives the -wal and -shm files the same mode. */
	fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
	if (fd < 0) {
		/* Why it cannot be written (a read-only disk), rather than
		 * why the read-only retry failed (no such file). */
		int e = errno;
		if (e == EACCES || e == EROFS)
			fd = open(path, O_RDONLY | O_CLOEXEC);
		if (fd < 0) {
			g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
				    _("cannot open the database %s: %s"), path, g_strerror(e));
			goto fail;
		}
		file_ro = true;
	}
	file_tighten(fd, 0600);
	close(fd);
	tighten_beside(path, dir);
	if ((file_ro || access(dir, W_OK) != 0) && !wal_has_frames(path)) {
		/* Nothing here can be written, not even the -shm file SQLite
		 * needs to read a WAL database: open it as immutable, which
		 * reads the file alone (safe, as no -wal holds newer pages). */
		char *escaped = g_uri_escape_string(path, "/", FALSE);
		char *uri = g_strconcat("file:", escaped, "?immutable=1", NULL);
		int rc = sqlite3_open_v2(uri, &st->db,
					 SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX,
					 NULL);
		g_free(escaped);
		g_free(uri);
		if (rc != SQLITE_OK) {
			g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
				    _("cannot open the database %s: %s"), path,
				    st->db ? sqlite3_errmsg(st->db) : g_strerror(ENOMEM));
			goto fail;
		}
	} else if (sqlite3_open_v2(plain, &st->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX,
				   NULL) != SQLITE_OK) {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
			    _("cannot open the database %s: %s"), path,
			    st->db ? sqlite3_errmsg(st->db) : g_strerror(ENOMEM));
		goto fail;
	}
	sqlite3_busy_timeout(st->db, BUSY_TIMEOUT_MS);
	/* A file SQLite could only open for reading (a read-only disk, a
	 * backup made read-only): reading still works, and a write fails
	 * then, saying the database is read-only. */
	readonly = sqlite3_db_readonly(st->db, "main") == 1;
	version = read_version(st, err);
	if (version < 0 || !check_version(st, version, err) ||
	    !configure_connection(st, readonly, err))
		goto fail;
	if (readonly && version < STORE_SCHEMA_VERSION) {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
			    _("the database %s is read-only: nothing was written"), path);
		goto fail;
	}
	if (version < STORE_SCHEMA_VERSION && !migrate_to(st->db, STORE_SCHEMA_VERSION, err)) {
		g_prefix_error(err, "%s: ", path);
		goto fail;
	}
	g_free(dir);
	return st;
fail:
	if (st->db) {
		int code = sqlite3_errcode(st->db) & 0xff;
		*busy = code == SQLITE_BUSY || code == SQLITE_LOCKED;
	}
	g_free(dir);
	store_close(st);
	return NULL;
}

struct store *store_open(const char *path, GError **err)
{
	gint64 give_up = g_get_monotonic_time() + (gint64)BUSY_TIMEOUT_MS * 1000;

	for (int attempt = 1;; attempt++) {
		GError *e = NULL;
		bool busy = false;
		struct store *st = store_open_once(path, &busy, &e);

		if (st)
			return st;
		if (!busy || g_get_monotonic_time() >= give_up) {
			g_propagate_error(err, e);
			return NULL;
		}
		/* Several processes creating the database at once: let the
		 * first finish, then open what it made. */
		g_error_free(e);
		g_usleep((gulong)MIN(attempt, 20) * 10000);
	}
}

struct store *store_open_readonly(const char *path, GError **err)
{
	struct store *st = store_new(path);
	int version;

	g_autofree char *plain = plain_name(path);

	if (sqlite3_open_v2(plain, &st->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL) !=
	    SQLITE_OK) {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
			    _("cannot open the database %s: %s"), path,
			    st->db ? sqlite3_errmsg(st->db) : g_strerror(ENOMEM));
		store_close(st);
		return NULL;
	}
	version = read_version(st, err);
	if (version < 0 || !check_version(st, version, err) ||
	    !configure_connection(st, true, err)) {
		store_close(st);
		return NULL;
	}
	if (version < STORE_SCHEMA_VERSION) {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
			    _("%s needs an upgrade (schema version %d): open it once read-write"),
			    path, version);
		store_close(st);
		return NULL;
	}
	return st;
}

void store_close(struct store *st)
{
	if (!st)
		return;
	sqlite3_finalize(st->massage_regions);
	if (st->db)
		sqlite3_close_v2(st->db);
	g_free(st->path);
	g_free(st);
}

/* --- transactions ------------------------------------------------------- */

bool store_begin(struct store *st, GError **err)
{
	if (sqlite3_exec(st->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
		return db_error(st, err);
	return true;
}

/* Whether this process saved something (see store.h). */
static bool wrote_anything;

bool store_wrote_anything(void)
{
	return wrote_anything;
}

bool store_commit(struct store *st, GError **err)
{
	if (sqlite3_exec(st->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) {
		db_error(st, err);
		store_rollback(st);
		return false;
	}
	wrote_anything = true;
	return true;
}

void store_rollback(struct store *st)
{
	if (!sqlite3_get_autocommit(st->db))
		sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
}

bool store_in_transaction(struct store *st)
{
	return sqlite3_get_autocommit(st->db) == 0;
}

/* Single changes open their own transaction unless the caller holds one. */
static bool tx_enter(struct store *st, bool *owned, GError **err)
{
	*owned = sqlite3_get_autocommit(st->db) != 0;
	return !*owned || store_begin(st, err);
}

static bool tx_leave(struct store *st, bool owned, bool ok, GError **err)
{
	if (!owned)
		return ok;
	if (!ok) {
		store_rollback(st);
		return false;
	}
	return store_commit(st, err);
}

/* An id to insert under, or NULL for the next free one. */
static void bind_id_or_null(sqlite3_stmt *s, int i, int64_t id)
{
	if (id > 0)
		sqlite3_bind_int64(s, i, id);
	else
		sqlite3_bind_null(s, i);
}

/* --- runs --------------------------------------------------------------- */

static void bind_run(sqlite3_stmt *s, const struct run *r)
{
	bind_time(s, 1, r->start);
	sqlite3_bind_double(s, 2, r->distance_m);
	sqlite3_bind_double(s, 3, r->duration_s);
	sqlite3_bind_text(s, 4, run_kind_id(r->kind), -1, SQLITE_STATIC);
	if (r->rpe > 0)
		sqlite3_bind_int(s, 5, r->rpe);
	else
		sqlite3_bind_null(s, 5);
	if (r->avg_hr > 0)
		sqlite3_bind_int(s, 6, r->avg_hr);
	else
		sqlite3_bind_null(s, 6);
	if (r->elevation_m >= 0)
		sqlite3_bind_double(s, 7, r->elevation_m);
	else
		sqlite3_bind_null(s, 7);
	bind_text_or_null(s, 8, r->note);
	sqlite3_bind_text(s, 9, run_source_id(r->source), -1, SQLITE_STATIC);
	bind_text_or_null(s, 10, r->source_id);
}

static bool run_insert(struct store *st, const struct run *r, int64_t want_id,
		       int64_t *id, GError **err)
{
	sqlite3_stmt *s;
	bool owned, ok;

	if (!tx_enter(st, &owned, err))
		return false;
	s = prepare(st,
		    "INSERT INTO runs (start, distance_m, duration_s, kind, rpe, avg_hr,"
		    " elevation_m, note, source, source_id, id) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
		    err);
	ok = s != NULL;
	if (ok) {
		bind_run(s, r);
		bind_id_or_null(s, 11, want_id);
		ok = step_done(st, s, err);
	}
	if (ok && id)
		*id = sqlite3_last_insert_rowid(st->db);
	return tx_leave(st, owned, ok, err);
}

bool store_run_add(struct store *st, const struct run *r, int64_t *id, GError **err)
{
	return run_insert(st, r, 0, id, err);
}

static bool check_changed(struct store *st, enum store_table t, int64_t id, GError **err)
{
	if (sqlite3_changes(st->db) > 0)
		return true;
	/* TRANSLATORS: "there is no runs entry with id 42 (see knead list runs)". */
	g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_INVALID,
		    _("there is no %s entry with id %lld (see knead list %s)"),
		    store_table_id(t), (long long)id, store_table_id(t));
	return false;
}

bool store_run_update(struct store *st, const struct run *r, GError **err)
{
	sqlite3_stmt *s;
	bool owned, ok;

	if (!tx_enter(st, &owned, err))
		return false;
	s = prepare(st,
		    "UPDATE runs SET start = ?, distance_m = ?, duration_s = ?, kind = ?, rpe = ?,"
		    " avg_hr = ?, elevation_m = ?, note = ?, source = ?, source_id = ?, edited = 1"
		    " WHERE id = ?",
		    err);
	ok = s != NULL;
	if (ok) {
		bind_run(s, r);
		sqlite3_bind_int64(s, 11, r->id);
		ok = step_done(st, s, err) && check_changed(st, TABLE_RUNS, r->id, err);
	}
	return tx_leave(st, owned, ok, err);
}

static void read_run(sqlite3_stmt *s, struct run *r)
{
	memset(r, 0, sizeof(*r));
	r->id = sqlite3_column_int64(s, 0);
	r->start = column_time(s, 1);
	r->distance_m = sqlite3_column_double(s, 2);
	r->duration_s = sqlite3_column_double(s, 3);
	run_kind_from_id((const char *)sqlite3_column_text(s, 4), &r->kind);
	r->rpe = sqlite3_column_int(s, 5);
	r->avg_hr = sqlite3_column_int(s, 6);
	r->elevation_m = sqlite3_column_type(s, 7) == SQLITE_NULL ? -1.0
								   : sqlite3_column_double(s, 7);
	r->note = column_strdup(s, 8);
	run_source_from_id((const char *)sqlite3_column_text(s, 9), &r->source);
	r->source_id = column_strdup(s, 10);
}

#define RUN_COLUMNS \
	"id, start, distance_m, duration_s, kind, rpe, avg_hr, elevation_m, note, source, source_id"

int64_t store_run_find_duplicate(struct store *st, const struct run *r, GError **err)
{
	sqlite3_stmt *s;
	int64_t id = 0;

	if (r->source_id) {
		s = prepare(st, "SELECT id FROM runs WHERE source = ? AND source_id = ?", err);
		if (!s)
			return -1;
		sqlite3_bind_text(s, 1, run_source_id(r->source), -1, SQLITE_STATIC);
		sqlite3_bind_text(s, 2, r->source_id, -1, SQLITE_TRANSIENT);
		if (sqlite3_step(s) == SQLITE_ROW)
			id = sqlite3_column_int64(s, 0);
		sqlite3_finalize(s);
		if (id)
			return id;
	}
	/* The same run from another file or source: same minute, same
	 * distance within 1%. */
	s = prepare(st,
		    "SELECT id FROM runs WHERE start BETWEEN ? AND ?"
		    " AND abs(distance_m - ?) <= 0.01 * ? LIMIT 1",
		    err);
	if (!s)
		return -1;
	bind_time(s, 1, r->start - 60);
	bind_time(s, 2, r->start + 60);
	sqlite3_bind_double(s, 3, r->distance_m);
	sqlite3_bind_double(s, 4, r->distance_m);
	if (sqlite3_step(s) == SQLITE_ROW)
		id = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	return id;
}

int64_t store_run_find_same(struct store *st, const struct run *r, struct run *found,
			    GError **err)
{
	/* Candidates: runs that start from a day before this one (nobody
	 * runs longer without a stop) to its end. */
	sqlite3_stmt *s = prepare(st,
				  "SELECT " RUN_COLUMNS " FROM runs WHERE start BETWEEN ? AND ?"
				  " ORDER BY start, id",
				  err);
	int64_t id = 0;
	double end = (double)r->start + r->duration_s;
	int rc;

	memset(found, 0, sizeof(*found));
	if (!s)
		return -1;
	bind_time(s, 1, r->start - 86400);
	bind_time(s, 2, (wtime)ceil(end));
	while (id == 0 && (rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct run c;
		double overlap, shorter;

		read_run(s, &c);
		overlap = fmin(end, (double)c.start + c.duration_s) - fmax((double)r->start, (double)c.start);
		shorter = fmin(r->duration_s, c.duration_s);
		if (shorter > 0 && overlap >= STORE_SAME_RUN_OVERLAP * shorter) {
			id = c.id;
			*found = c;
		} else {
			run_clear(&c);
		}
	}
	sqlite3_finalize(s);
	return id;
}

bool store_run_fill_blanks(struct store *st, int64_t id, const struct run *r, bool *filled,
			   GError **err)
{
	sqlite3_stmt *s = prepare(st,
				  "UPDATE runs SET avg_hr = coalesce(avg_hr, ?),"
				  " elevation_m = coalesce(elevation_m, ?), rpe = coalesce(rpe, ?),"
				  " note = coalesce(note, ?) WHERE id = ? AND (avg_hr IS NULL AND ? IS NOT NULL"
				  " OR elevation_m IS NULL AND ? IS NOT NULL OR rpe IS NULL AND ? IS NOT NULL"
				  " OR note IS NULL AND ? IS NOT NULL)",
				  err);
	bool ok;

	*filled = false;
	if (!s)
		return false;
	for (int k = 0; k < 2; k++) {
		int base = k == 0 ? 1 : 6;
		if (r->avg_hr > 0)
			sqlite3_bind_int(s, base, r->avg_hr);
		if (r->elevation_m >= 0)
			sqlite3_bind_double(s, base + 1, r->elevation_m);
		if (r->rpe > 0)
			sqlite3_bind_int(s, base + 2, r->rpe);
		bind_text_or_null(s, base + 3, r->note);
		if (k == 0)
			sqlite3_bind_int64(s, 5, id);
	}
	ok = step_done(st, s, err);
	*filled = ok && sqlite3_changes(st->db) > 0;
	return ok;
}

static bool exec_named(struct store *st, const char *verb, const char *name, GError **err)
{
	char *sql = g_strdup_printf("%s \"%s\"", verb, name);
	bool ok = sqlite3_exec(st->db, sql, NULL, NULL, NULL) == SQLITE_OK;

	g_free(sql);
	return ok || db_error(st, err);
}

bool store_savepoint(struct store *st, const char *name, GError **err)
{
	return exec_named(st, "SAVEPOINT", name, err);
}

bool store_release(struct store *st, const char *name, GError **err)
{
	return exec_named(st, "RELEASE", name, err);
}

void store_rollback_to(struct store *st, const char *name)
{
	exec_named(st, "ROLLBACK TO", name, NULL);
	exec_named(st, "RELEASE", name, NULL);
}

/* Collects rows into a g_new'd array of `size`-byte elements. */
typedef void (*row_reader)(struct store *st, sqlite3_stmt *s, void *elem);

static bool collect(struct store *st, sqlite3_stmt *s, size_t size, row_reader read,
		    void **out, size_t *n, GError **err)
{
	GArray *a = g_array_sized_new(FALSE, TRUE, (guint)size, 16);
	int rc;

	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		g_array_set_size(a, a->len + 1);
		read(st, s, a->data + (a->len - 1) * size);
	}
	sqlite3_finalize(s);
	if (rc != SQLITE_DONE) {
		*n = a->len;
		*out = g_array_free(a, FALSE);
		return db_error(st, err);
	}
	*n = a->len;
	*out = g_array_free(a, FALSE);
	return true;
}

static void read_run_row(struct store *st, sqlite3_stmt *s, void *elem)
{
	read_run(s, elem);
}

static bool list_since(struct store *st, const char *sql, bool by_day, int64_t since,
		       size_t size, row_reader read, void **out, size_t *n, GError **err)
{
	sqlite3_stmt *s = prepare(st, sql, err);

	*out = NULL;
	*n = 0;
	if (!s)
		return false;
	if (since == INT64_MIN)
		sqlite3_bind_text(s, 1, "", -1, SQLITE_STATIC);
	else if (by_day)
		bind_day(s, 1, (dayno)since);
	else
		bind_time(s, 1, since);
	return collect(st, s, size, read, out, n, err);
}

bool store_runs_list(struct store *st, wtime since, struct run **out, size_t *n, GError **err)
{
	return list_since(st,
			  "SELECT " RUN_COLUMNS " FROM runs WHERE start >= ? ORDER BY start, id",
			  false, since, sizeof(struct run), read_run_row, (void **)out, n, err);
}

/* --- soreness ----------------------------------------------------------- */

static void bind_soreness(sqlite3_stmt *s, const struct soreness *x)
{
	bind_time(s, 1, x->time);
	sqlite3_bind_text(s, 2, region_id(x->region), -1, SQLITE_STATIC);
	bind_text_or_null(s, 3, side_id(x->side));
	sqlite3_bind_int(s, 4, x->level);
	bind_text_or_null(s, 5, x->note);
	sqlite3_bind_int(s, 6, x->sharp);
}

static bool soreness_insert(struct store *st, const struct soreness *x, int64_t want_id,
			    int64_t *id, GError **err)
{
	sqlite3_stmt *s;
	bool owned, ok;

	if (!tx_enter(st, &owned, err))
		return false;
	s = prepare(st,
		    "INSERT INTO soreness (time, region, side, level, note, sharp, id)"
		    " VALUES (?,?,?,?,?,?,?)",
		    err);
	ok = s != NULL;
	if (ok) {
		bind_soreness(s, x);
		bind_id_or_null(s, 7, want_id);
		ok = step_done(st, s, err);
	}
	if (ok && id)
		*id = sqlite3_last_insert_rowid(st->db);
	return tx_leave(st, owned, ok, err);
}

bool store_soreness_add(struct store *st, const struct soreness *x, int64_t *id, GError **err)
{
	return soreness_insert(st, x, 0, id, err);
}

bool store_soreness_update(struct store *st, const struct soreness *x, GError **err)
{
	sqlite3_stmt *s;
	bool owned, ok;

	if (!tx_enter(st, &owned, err))
		return false;
	s = prepare(st,
		    "UPDATE soreness SET time = ?, region = ?, side = ?, level = ?, note = ?,"
		    " sharp = ? WHERE id = ?",
		    err);
	ok = s != NULL;
	if (ok) {
		bind_soreness(s, x);
		sqlite3_bind_int64(s, 7, x->id);
		ok = step_done(st, s, err) && check_changed(st, TABLE_SORENESS, x->id, err);
	}
	return tx_leave(st, owned, ok, err);
}

static void read_soreness_row(struct store *st, sqlite3_stmt *s, void *elem)
{
	struct soreness *x = elem;

	memset(x, 0, sizeof(*x));
	x->id = sqlite3_column_int64(s, 0);
	x->time = column_time(s, 1);
	region_from_id((const char *)sqlite3_column_text(s, 2), &x->region);
	x->side = column_side(s, 3);
	x->level = sqlite3_column_int(s, 4);
	x->note = column_strdup(s, 5);
	x->sharp = sqlite3_column_int(s, 6) != 0;
}

bool store_soreness_list(struct store *st, wtime since, struct soreness **out, size_t *n,
			 GError **err)
{
	return list_since(st,
			  "SELECT id, time, region, side, level, note, sharp FROM soreness"
			  " WHERE time >= ? ORDER BY time, id",
			  false, since, sizeof(struct soreness), read_soreness_row, (void **)out,
			  n, err);
}

/* --- massages ----------------------------------------------------------- */

static bool massage_regions_write(struct store *st, const struct massage *m, int64_t id,
				  GError **err)
{
	sqlite3_stmt *s = prepare(st, "DELETE FROM massage_regions WHERE massage_id = ?", err);

	if (!s)
		return false;
	sqlite3_bind_int64(s, 1, id);
	if (!step_done(st, s, err))
		return false;
	for (size_t i = 0; i < m->n_regions; i++) {
		s = prepare(st,
			    "INSERT OR IGNORE INTO massage_regions (massage_id, region, side)"
			    " VALUES (?,?,?)",
			    err);
		if (!s)
			return false;
		sqlite3_bind_int64(s, 1, id);
		sqlite3_bind_text(s, 2, region_id(m->regions[i].region), -1, SQLITE_STATIC);
		bind_text_or_null(s, 3, side_id(m->regions[i].side));
		if (!step_done(st, s, err))
			return false;
	}
	return true;
}

static void bind_massage(sqlite3_stmt *s, const struct massage *m)
{
	bind_day(s, 1, m->date);
	sqlite3_bind_text(s, 2, massage_kind_id(m->kind), -1, SQLITE_STATIC);
	bind_text_or_null(s, 3, m->therapist);
	bind_text_or_null(s, 4, m->note);
}

static bool massage_insert(struct store *st, const struct massage *m, int64_t want_id,
			   int64_t *id, GError **err)
{
	sqlite3_stmt *s;
	bool owned, ok;
	int64_t new_id = 0;

	if (!tx_enter(st, &owned, err))
		return false;
	s = prepare(st, "INSERT INTO massages (date, kind, therapist, note, id) VALUES (?,?,?,?,?)",
		    err);
	ok = s != NULL;
	if (ok) {
		bind_massage(s, m);
		bind_id_or_null(s, 5, want_id);
		ok = step_done(st, s, err);
	}
	if (ok) {
		new_id = sqlite3_last_insert_rowid(st->db);
		ok = massage_regions_write(st, m, new_id, err);
	}
	if (ok && id)
		*id = new_id;
	return tx_leave(st, owned, ok, err);
}

bool store_massage_add(struct store *st, const struct massage *m, int64_t *id, GError **err)
{
	return massage_insert(st, m, 0, id, err);
}

bool store_massage_update(struct store *st, const struct massage *m, GError **err)
{
	sqlite3_stmt *s;
	bool owned, ok;

	if (!tx_enter(st, &owned, err))
		return false;
	s = prepare(st, "UPDATE massages SET date = ?, kind = ?, therapist = ?, note = ? WHERE id = ?",
		    err);
	ok = s != NULL;
	if (ok) {
		bind_massage(s, m);
		sqlite3_bind_int64(s, 5, m->id);
		ok = step_done(st, s, err) && check_changed(st, TABLE_MASSAGES, m->id, err) &&
		     massage_regions_write(st, m, m->id, err);
	}
	return tx_leave(st, owned, ok, err);
}

static void read_massage_regions(struct store *st, struct massage *m)
{
	sqlite3_stmt *s = st->massage_regions;
	GArray *a = g_array_new(FALSE, TRUE, sizeof(struct region_side));

	if (!s && sqlite3_prepare_v3(st->db,
				     "SELECT region, side FROM massage_regions WHERE massage_id = ?"
				     " ORDER BY rowid",
				     -1, SQLITE_PREPARE_PERSISTENT, &s, NULL) != SQLITE_OK)
		s = NULL;
	st->massage_regions = s;
	if (s) {
		sqlite3_bind_int64(s, 1, m->id);
		while (sqlite3_step(s) == SQLITE_ROW) {
			struct region_side rs = { 0 };
			region_from_id((const char *)sqlite3_column_text(s, 0), &rs.region);
			rs.side = column_side(s, 1);
			g_array_append_val(a, rs);
		}
		sqlite3_reset(s);
	}
	m->n_regions = a->len;
	m->regions = (struct region_side *)g_array_free(a, a->len == 0);
}

static void read_massage_row(struct store *st, sqlite3_stmt *s, void *elem)
{
	struct massage *m = elem;

	memset(m, 0, sizeof(*m));
	m->id = sqlite3_column_int64(s, 0);
	m->date = column_day(s, 1);
	massage_kind_from_id((const char *)sqlite3_column_text(s, 2), &m->kind);
	m->therapist = column_strdup(s, 3);
	m->note = column_strdup(s, 4);
	read_massage_regions(st, m);
}

bool store_massages_list(struct store *st, dayno since, struct massage **out, size_t *n,
			 GError **err)
{
	return list_since(st,
			  "SELECT id, date, kind, therapist, note FROM massages"
			  " WHERE date >= ? ORDER BY date, id",
			  true, since == (dayno)INT32_MIN ? INT64_MIN : since,
			  sizeof(struct massage), read_massage_row, (void **)out, n, err);
}

bool store_last_massage(struct store *st, dayno before, dayno *out, GError **err)
{
	sqlite3_stmt *s = prepare(st, "SELECT max(date) FROM massages WHERE date < ?", err);
	bool found = false;

	if (!s)
		return false;
	bind_day(s, 1, before);
	if (sqlite3_step(s) == SQLITE_ROW && sqlite3_column_type(s, 0) != SQLITE_NULL) {
		*out = column_day(s, 0);
		found = true;
	}
	sqlite3_finalize(s);
	return found;
}

/* --- races -------------------------------------------------------------- */

static void bind_race(sqlite3_stmt *s, const struct race *r)
{
	char prio[2] = { r->priority, '\0' };

	bind_day(s, 1, r->date);
	bind_text_or_null(s, 2, r->name);
	sqlite3_bind_double(s, 3, r->distance_m);
	sqlite3_bind_text(s, 4, prio, -1, SQLITE_TRANSIENT);
}

static bool race_insert(struct store *st, const struct race *r, int64_t want_id,
			int64_t *id, GError **err)
{
	sqlite3_stmt *s;
	bool owned, ok;

	if (!tx_enter(st, &owned, err))
		return false;
	s = prepare(st, "INSERT INTO races (date, name, distance_m, priority, id) VALUES (?,?,?,?,?)",
		    err);
	ok = s != NULL;
	if (ok) {
		bind_race(s, r);
		bind_id_or_null(s, 5, want_id);
		ok = step_done(st, s, err);
	}
	if (ok && id)
		*id = sqlite3_last_insert_rowid(st->db);
	return tx_leave(st, owned, ok, err);
}

bool store_race_add(struct store *st, const struct race *r, int64_t *id, GError **err)
{
	return race_insert(st, r, 0, id, err);
}

bool store_race_update(struct store *st, const struct race *r, GError **err)
{
	sqlite3_stmt *s;
	bool owned, ok;

	if (!tx_enter(st, &owned, err))
		return false;
	s = prepare(st, "UPDATE races SET date = ?, name = ?, distance_m = ?, priority = ? WHERE id = ?",
		    err);
	ok = s != NULL;
	if (ok) {
		bind_race(s, r);
		sqlite3_bind_int64(s, 5, r->id);
		ok = step_done(st, s, err) && check_changed(st, TABLE_RACES, r->id, err);
	}
	return tx_leave(st, owned, ok, err);
}

static void read_race_row(struct store *st, sqlite3_stmt *s, void *elem)
{
	struct race *r = elem;
	const char *prio;

	memset(r, 0, sizeof(*r));
	r->id = sqlite3_column_int64(s, 0);
	r->date = column_day(s, 1);
	r->name = column_strdup(s, 2);
	r->distance_m = sqlite3_column_double(s, 3);
	prio = (const char *)sqlite3_column_text(s, 4);
	r->priority = prio ? prio[0] : 'B';
}

bool store_races_list(struct store *st, dayno since, struct race **out, size_t *n,
		      GError **err)
{
	return list_since(st,
			  "SELECT id, date, name, distance_m, priority FROM races"
			  " WHERE date >= ? ORDER BY date, id",
			  true, since == (dayno)INT32_MIN ? INT64_MIN : since, sizeof(struct race),
			  read_race_row, (void **)out, n, err);
}

/* --- removal and history ------------------------------------------------ */

bool store_remove(struct store *st, enum store_table t, int64_t id, GError **err)
{
	char *sql = g_strdup_printf("DELETE FROM %s WHERE id = ?", store_table_id(t));
	sqlite3_stmt *s;
	bool owned, ok;

	if (!tx_enter(st, &owned, err)) {
		g_free(sql);
		return false;
	}
	s = prepare(st, sql, err);
	g_free(sql);
	ok = s != NULL;
	if (ok) {
		sqlite3_bind_int64(s, 1, id);
		ok = step_done(st, s, err) && check_changed(st, t, id, err);
	}
	return tx_leave(st, owned, ok, err);
}

bool store_entries_load(struct store *st, const bool want[TABLE_COUNT], bool have_since,
			dayno since, struct history *h, GError **err)
{
	wtime t = have_since ? day_start(since) : SINCE_ALL_TIME;
	dayno d = have_since ? since : SINCE_ALL_DAYS;
	bool ok;

	memset(h, 0, sizeof(*h));
	ok = (!want[TABLE_RUNS] || store_runs_list(st, t, &h->runs, &h->n_runs, err)) &&
	     (!want[TABLE_SORENESS] ||
	      store_soreness_list(st, t, &h->soreness, &h->n_soreness, err)) &&
	     (!want[TABLE_MASSAGES] ||
	      store_massages_list(st, d, &h->massages, &h->n_massages, err)) &&
	     (!want[TABLE_RACES] || store_races_list(st, d, &h->races, &h->n_races, err));
	if (!ok)
		history_clear(h);
	return ok;
}

bool store_history_load(struct store *st, dayno from, struct history *h, GError **err)
{
	dayno last;
	dayno massages_from = from;
	bool ok;

	memset(h, 0, sizeof(*h));
	/* One read transaction, so the four lists agree with each other. */
	sqlite3_exec(st->db, "BEGIN", NULL, NULL, NULL);
	if (store_last_massage(st, from, &last, NULL))
		massages_from = last;
	ok = store_runs_list(st, day_start(from), &h->runs, &h->n_runs, err) &&
	     store_soreness_list(st, day_start(from), &h->soreness, &h->n_soreness, err) &&
	     store_massages_list(st, massages_from, &h->massages, &h->n_massages, err) &&
	     store_races_list(st, from, &h->races, &h->n_races, err);
	sqlite3_exec(st->db, "COMMIT", NULL, NULL, NULL);
	if (!ok)
		history_clear(h);
	return ok;
}

/* --- putting back what was deleted -------------------------------------- */

static bool id_is_free(struct store *st, enum store_table t, int64_t id, GError **err)
{
	char *sql = g_strdup_printf("SELECT 1 FROM %s WHERE id = ?", store_table_id(t));
	sqlite3_stmt *s = prepare(st, sql, err);
	bool free_id = false;

	g_free(sql);
	if (!s)
		return false;
	sqlite3_bind_int64(s, 1, id);
	free_id = sqlite3_step(s) == SQLITE_DONE;
	sqlite3_finalize(s);
	return free_id;
}

bool store_restore(struct store *st, enum store_table t, const void *row, int64_t old_id,
		   int64_t *id, GError **err)
{
	bool owned, ok;
	int64_t want;

	if (!tx_enter(st, &owned, err))
		return false;
	want = old_id > 0 && id_is_free(st, t, old_id, NULL) ? old_id : 0;
	switch (t) {
	case TABLE_RUNS:
		ok = run_insert(st, row, want, id, err);
		break;
	case TABLE_SORENESS:
		ok = soreness_insert(st, row, want, id, err);
		break;
	case TABLE_MASSAGES:
		ok = massage_insert(st, row, want, id, err);
		break;
	default:
		ok = race_insert(st, row, want, id, err);
		break;
	}
	return tx_leave(st, owned, ok, err);
}

/* --- reminders ---------------------------------------------------------- */

bool store_reminder_was_sent(struct store *st, const char *key, GError **err)
{
	sqlite3_stmt *s = prepare(st, "SELECT 1 FROM reminders WHERE key = ?", err);
	bool sent;

	if (!s)
		return false;
	sqlite3_bind_text(s, 1, key, -1, SQLITE_TRANSIENT);
	sent = sqlite3_step(s) == SQLITE_ROW;
	sqlite3_finalize(s);
	return sent;
}

bool store_reminder_mark_sent(struct store *st, const char *key, const char *kind, wtime at,
			      bool *inserted, GError **err)
{
	sqlite3_stmt *s;
	bool owned, ok;

	if (!tx_enter(st, &owned, err))
		return false;
	s = prepare(st, "INSERT OR IGNORE INTO reminders (key, kind, sent_at) VALUES (?,?,?)", err);
	ok = s != NULL;
	if (ok) {
		sqlite3_bind_text(s, 1, key, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(s, 2, kind, -1, SQLITE_TRANSIENT);
		bind_time(s, 3, at);
		ok = step_done(st, s, err);
	}
	if (ok && inserted)
		*inserted = sqlite3_changes(st->db) > 0;
	return tx_leave(st, owned, ok, err);
}

bool store_reminder_release(struct store *st, const char *key, GError **err)
{
	sqlite3_stmt *s;
	bool owned, ok;

	if (!tx_enter(st, &owned, err))
		return false;
	s = prepare(st, "DELETE FROM reminders WHERE key = ? AND held_until IS NULL", err);
	ok = s != NULL;
	if (ok) {
		sqlite3_bind_text(s, 1, key, -1, SQLITE_TRANSIENT);
		ok = step_done(st, s, err);
	}
	return tx_leave(st, owned, ok, err);
}

/* A snooze is kept on the reminder's own row, so that it outlives the
 * daemon that was asked for it. */
static bool reminder_set_held(struct store *st, const char *key, const wtime *until,
			      GError **err)
{
	sqlite3_stmt *s;
	bool owned, ok;

	if (!tx_enter(st, &owned, err))
		return false;
	s = prepare(st, "UPDATE reminders SET held_until = ? WHERE key = ?", err);
	ok = s != NULL;
	if (ok) {
		if (until)
			bind_time(s, 1, *until);
		else
			sqlite3_bind_null(s, 1);
		sqlite3_bind_text(s, 2, key, -1, SQLITE_TRANSIENT);
		ok = step_done(st, s, err);
	}
	if (ok && sqlite3_changes(st->db) == 0) {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
			    _("no reminder %s was sent"), key);
		ok = false;
	}
	return tx_leave(st, owned, ok, err);
}

bool store_reminder_hold(struct store *st, const char *key, wtime until, GError **err)
{
	return reminder_set_held(st, key, &until, err);
}

bool store_reminder_unhold(struct store *st, const char *key, GError **err)
{
	return reminder_set_held(st, key, NULL, err);
}

/* Runs s (NULL: its preparation failed, err is set), a query of (text,
 * time) rows, into two g_new'd arrays; finalizes it. */
static bool select_texts_and_times(struct store *st, sqlite3_stmt *s, char ***texts,
				   wtime **times, size_t *n, GError **err)
{
	GPtrArray *text = g_ptr_array_new();
	GArray *when = g_array_new(FALSE, FALSE, sizeof(wtime));
	int rc = SQLITE_DONE;

	if (s) {
		while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
			wtime t = column_time(s, 1);
			g_ptr_array_add(text, column_strdup(s, 0));
			g_array_append_val(when, t);
		}
		sqlite3_finalize(s);
	}
	*n = text->len;
	*texts = (char **)g_ptr_array_free(text, FALSE);
	*times = (wtime *)g_array_free(when, FALSE);
	if (!s)
		return false;
	if (rc != SQLITE_DONE)
		return db_error(st, err);
	return true;
}

bool store_reminders_held(struct store *st, char ***keys, wtime **until, size_t *n,
			  GError **err)
{
	sqlite3_stmt *s = prepare(st,
				  "SELECT key, held_until FROM reminders WHERE held_until IS NOT NULL"
				  " ORDER BY held_until, id",
				  err);

	return select_texts_and_times(st, s, keys, until, n, err);
}

/* --- article reads ----------------------------------------------------- */

bool store_article_read_add(struct store *st, const char *slug, wtime at, GError **err)
{
	sqlite3_stmt *s;
	bool owned, ok;

	if (!tx_enter(st, &owned, err))
		return false;
	s = prepare(st, "INSERT INTO article_reads (slug, time) VALUES (?,?)", err);
	ok = s != NULL;
	if (ok) {
		sqlite3_bind_text(s, 1, slug, -1, SQLITE_TRANSIENT);
		bind_time(s, 2, at);
		ok = step_done(st, s, err);
	}
	return tx_leave(st, owned, ok, err);
}

bool store_article_reads_list(struct store *st, wtime since, char ***slugs, wtime **times,
			      size_t *n, GError **err)
{
	sqlite3_stmt *s = prepare(st,
				  "SELECT slug, time FROM article_reads WHERE time >= ?"
				  " ORDER BY time, id",
				  err);

	if (s)
		bind_time(s, 1, since);
	return select_texts_and_times(st, s, slugs, times, n, err);
}

int64_t store_data_version(struct store *st)
{
	sqlite3_stmt *s = prepare(st, "PRAGMA data_version", NULL);
	int64_t v = -1;

	if (s && sqlite3_step(s) == SQLITE_ROW)
		v = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	return v;
}

/* --- backup ------------------------------------------------------------- */

bool store_backup(struct store *st, const char *dest, GError **err)
{
	char *dir = g_path_get_dirname(dest);
	char *base = g_path_get_basename(dest);
	char *tmp = g_strdup_printf("%s/.%s.XXXXXX", dir, base);
	sqlite3 *out = NULL;
	sqlite3_backup *b;
	bool ok = false;
	int fd;

	fd = g_mkstemp_full(tmp, O_RDWR | O_CLOEXEC, 0600);
	if (fd < 0) {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED, _("cannot write %s: %s"), dest,
			    g_strerror(errno));
		goto done;
	}
	close(fd);
	if (sqlite3_open_v2(tmp, &out, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK)
		goto fail;
	b = sqlite3_backup_init(out, "main", st->db, "main");
	if (!b)
		goto fail;
	while (true) {
		int rc = sqlite3_backup_step(b, 256);
		if (rc == SQLITE_DONE)
			break;
		if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
			sqlite3_sleep(20);
			continue;
		}
		if (rc != SQLITE_OK) {
			sqlite3_backup_finish(b);
			goto fail;
		}
	}
	if (sqlite3_backup_finish(b) != SQLITE_OK)
		goto fail;
	/* A backup is a plain rollback-journal file: one file to copy around. */
	sqlite3_exec(out, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);
	if (sqlite3_close(out) != SQLITE_OK) {
		out = NULL;
		goto fail;
	}
	out = NULL;
	fd = open(tmp, O_RDONLY | O_CLOEXEC);
	if (fd >= 0) {
		fsync(fd);
		close(fd);
	}
	if (g_rename(tmp, dest) != 0) {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED, _("cannot write %s: %s"), dest,
			    g_strerror(errno));
		g_unlink(tmp);
		goto done;
	}
	ok = true;
	wrote_anything = true;
	goto done;
fail:
	g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED, _("cannot back up to %s: %s"), dest,
		    out ? sqlite3_errmsg(out) : g_strerror(errno));
	if (out)
		sqlite3_close(out);
	g_unlink(tmp);
done:
	g_free(tmp);
	g_free(base);
	g_free(dir);
	return ok;
}

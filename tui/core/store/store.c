/* SPDX-License-Identifier: GPL-3.0-or-later */
/* store.c - the SQLite database behind knead: the connection, its
 * transactions, and SQLite's errors as knead's.
 *
 * The rest of the store is split by concern, behind store/private.h: the
 * kinds of entry (store/kinds.c) and their changes (store/entries.c),
 * what is read back (store/reads.c), reminders (store/reminders_sent.c) and
 * backups (store/backup.c).
 *
 * One connection per process, WAL so the TUI can read while the CLI or the
 * reminder daemon writes, BEGIN IMMEDIATE for every change so writers queue
 * on the busy timeout instead of failing half-way, synchronous=FULL because
 * a training log is worth an fsync.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include "core/clock.h"
#include "core/error.h"
#include "core/fileutil.h"
#include "core/i18n.h"
#include "core/store/migrate.h"
#include "core/store/private.h"

#define BUSY_TIMEOUT_MS 15000

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

/* Whether a write failed on the file-size limit (ulimit -f): the database
 * or its -wal is within a few pages of it. */
static bool at_size_limit(const char *path)
{
	static const char *const suffixes[] = { "", "-wal", "-journal" };
	struct rlimit rl;

	if (getrlimit(RLIMIT_FSIZE, &rl) != 0 || rl.rlim_cur == RLIM_INFINITY)
		return false;
	for (size_t i = 0; i < G_N_ELEMENTS(suffixes); i++) {
		g_autofree char *p = g_strconcat(path, suffixes[i], NULL);
		struct stat sb;

		if (stat(p, &sb) == 0 && (rlim_t)sb.st_size + 65536 >= rl.rlim_cur)
			return true;
	}
	return false;
}

bool store_db_error(struct store *st, GError **err)
{
	int code = sqlite3_errcode(st->db);
	/* A full or read-only disk often shows up as an I/O error or a file
	 * that cannot be opened (the -wal, the -shm); the system's errno says
	 * what it really was. */
	int sys = code == SQLITE_IOERR || code == SQLITE_CANTOPEN ? sqlite3_system_errno(st->db) : 0;

	if (code == SQLITE_CONSTRAINT)
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_INVALID,
			    _("the database refused the value: %s"), sqlite3_errmsg(st->db));
	else if (sys == EFBIG ||
		 ((code == SQLITE_IOERR || code == SQLITE_FULL) && at_size_limit(st->path)))
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
			    _("the file size limit (ulimit -f) keeps %s from growing: nothing was "
			      "written"),
			    st->path);
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

sqlite3_stmt *store_prepare(struct store *st, const char *sql, GError **err)
{
	sqlite3_stmt *s = NULL;

	if (sqlite3_prepare_v2(st->db, sql, -1, &s, NULL) != SQLITE_OK) {
		store_db_error(st, err);
		return NULL;
	}
	return s;
}

/* Runs a statement that returns no rows; finalizes it. */
bool store_step_done(struct store *st, sqlite3_stmt *s, GError **err)
{
	int rc = sqlite3_step(s);
	bool ok = rc == SQLITE_DONE || rc == SQLITE_ROW;

	if (!ok)
		store_db_error(st, err);
	sqlite3_finalize(s);
	return ok;
}

void store_bind_text_or_null(sqlite3_stmt *s, int i, const char *v)
{
	if (v)
		sqlite3_bind_text(s, i, v, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(s, i);
}

void store_bind_time(sqlite3_stmt *s, int i, wtime t)
{
	char buf[DATETIME_BUF];
	sqlite3_bind_text(s, i, wtime_format(t, buf), -1, SQLITE_TRANSIENT);
}

void store_bind_day(sqlite3_stmt *s, int i, dayno d)
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

wtime store_column_time(sqlite3_stmt *s, int i)
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

dayno store_column_day(sqlite3_stmt *s, int i)
{
	return wtime_day(store_column_time(s, i));
}

char *store_column_strdup(sqlite3_stmt *s, int i)
{
	const char *t = (const char *)sqlite3_column_text(s, i);
	return t ? g_strdup(t) : NULL;
}

enum side store_column_side(sqlite3_stmt *s, int i)
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
	sqlite3_stmt *s = store_prepare(st,
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
		return store_db_error(st, err);
	if (!readonly &&
	    sqlite3_exec(st->db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL", NULL,
			 NULL, NULL) != SQLITE_OK)
		return store_db_error(st, err);
	return true;
}

static bool check_version(struct store *st, int version, GError **err)
{
	if (version > migrate_latest()) {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
			    _("%s was written by a newer knead (schema version %d, this one knows "
			      "up to %d): upgrade knead; the file was not changed"),
			    st->path, version, migrate_latest());
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
			store_db_error(st, err);
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

/* What a path that is not a regular file is, for the message. */
static const char *file_kind(mode_t m)
{
	if (S_ISDIR(m))
		return _("a directory");
	if (S_ISCHR(m) || S_ISBLK(m))
		return _("a device");
	if (S_ISFIFO(m))
		return _("a FIFO");
	if (S_ISSOCK(m))
		return _("a socket");
	return _("something other than a regular file");
}

static bool refuse_kind(const char *path, mode_t m, GError **err)
{
	/* TRANSLATORS: "/dev/null is a device: --db expects a database file
	 * or a path to create". */
	g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_INVALID,
		    _("%s is %s: --db expects a database file or a path to create"), path,
		    file_kind(m));
	return false;
}

/* --db names a regular file, or a path where there is nothing yet:
 * never a device, a FIFO, a directory, nor a symbolic link to one (or to
 * nothing, which would create a file wherever it points).  *exists says
 * which. */
bool store_check_path(const char *path, bool *exists, GError **err)
{
	struct stat lst, st;

	*exists = false;
	if (lstat(path, &lst) != 0) {
		if (errno == ENOENT || errno == ENOTDIR)
			return true;
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
			    _("cannot open the database %s: %s"), path, g_strerror(errno));
		return false;
	}
	if (S_ISLNK(lst.st_mode) && stat(path, &st) != 0) {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_INVALID,
			    _("%s is a symbolic link to nothing: --db expects a database file or "
			      "a path to create"),
			    path);
		return false;
	}
	if (!S_ISLNK(lst.st_mode))
		st = lst;
	if (!S_ISREG(st.st_mode))
		return refuse_kind(path, st.st_mode, err);
	*exists = true;
	return true;
}

/* Whether path lies in knead's own data directory (the default place). */
static bool in_own_dir(const char *dir)
{
	char *def = store_default_path(), *def_dir = g_path_get_dirname(def);
	bool own = strcmp(dir, def_dir) == 0;

	g_free(def);
	g_free(def_dir);
	return own;
}

/* knead changes the mode of nothing it did not make: a file it creates
 * is 0600 from its first byte (and SQLite gives its -wal and -shm the
 * database's mode).  Only in its own data directory, which it made, is a
 * database left 0644 by a copy made private again (design.md: directory
 * 0700, file 0600), and only a regular file this user owns.  Closes
 * db_fd. */
static void tighten_own(int db_fd, const char *path, const char *dir)
{
	struct stat lst, fst;
	int fd;

	/* Never through a link: its target is not knead's. */
	if (in_own_dir(dir) && lstat(path, &lst) == 0 && S_ISREG(lst.st_mode) &&
	    fstat(db_fd, &fst) == 0 && lst.st_ino == fst.st_ino && lst.st_dev == fst.st_dev) {
		file_tighten(db_fd, 0600);
		fd = open(dir, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
		if (fd >= 0) {
			file_tighten(fd, 0700);
			close(fd);
		}
	}
	close(db_fd);
}

/* Opens path as a regular file (without following a FIFO into a wait:
 * O_NONBLOCK; fstat on what was opened, so a swap after the check is
 * caught): read-write, creating it 0600 if *created may, else read-only
 * on a read-only disk (*file_ro).  Returns the descriptor or -1. */
static int open_regular(const char *path, bool exists, bool *created, bool *file_ro,
			GError **err)
{
	int flags = O_RDWR | O_NONBLOCK | O_NOCTTY | O_CLOEXEC, fd = -1, e = 0;
	struct stat st;

	*created = *file_ro = false;
	if (!exists) {
		fd = open(path, flags | O_CREAT | O_EXCL | O_NOFOLLOW, 0600);
		*created = fd >= 0;
		e = fd < 0 && errno != EEXIST ? errno : 0;
	}
	if (fd < 0 && e == 0) {
		fd = open(path, flags);
		e = errno;
	}
	if (fd < 0) {
		/* Why it cannot be written (a read-only disk), rather than
		 * why the read-only retry failed (no such file). */
		if (e == EACCES || e == EROFS)
			fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
		if (fd < 0) {
			g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
				    _("cannot open the database %s: %s"), path, g_strerror(e));
			return -1;
		}
		*file_ro = true;
	}
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		refuse_kind(path, fstat(fd, &st) == 0 ? st.st_mode : 0, err);
		close(fd);
		return -1;
	}
	return fd;
}

/* SQLite serialises its writers and readers with POSIX locks; a file
 * system that has none (NFS without its lock daemon, some FUSE mounts)
 * fails every lock with ENOLCK, which SQLite takes for a busy database:
 * every command would wait out the busy timeout, then say "database is
 * locked".  Asked once at open (F_GETLK takes nothing), it is said at
 * once. */
static bool check_locks(int fd, const char *path, GError **err)
{
	struct flock fl = { .l_type = F_WRLCK, .l_whence = SEEK_SET, .l_start = 0x40000000,
			    .l_len = 1 };

	if (fcntl(fd, F_GETLK, &fl) == 0 ||
	    (errno != ENOLCK && errno != EOPNOTSUPP && errno != ENOSYS && errno != EINVAL))
		return true;
	/* TRANSLATORS: %s is the database's path, then why (No locks available). */
	g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
		    _("this file system does not support SQLite's locks: %s (%s); keep the "
		      "database on a local disk (--db or KNEAD_DB)"),
		    path, g_strerror(errno));
	return false;
}

bool store_check_locks(const char *path, GError **err)
{
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
	bool ok;

	if (fd < 0)
		return true; /* opening says why, better */
	ok = check_locks(fd, path, err);
	close(fd);
	return ok;
}

/* Opens st->db on st->path: read-write, or, when `immutable`, as an
 * immutable read-only file. */
static bool open_connection(struct store *st, bool immutable, GError **err)
{
	g_autofree char *plain = plain_name(st->path);
	g_autofree char *escaped = g_uri_escape_string(st->path, "/", FALSE);
	g_autofree char *uri = g_strconcat("file:", escaped, "?immutable=1", NULL);
	int rc;

	/* Nothing here can be written, not even the -shm file SQLite needs
	 * to read a WAL database: open it as immutable, which reads the file
	 * alone (safe, as no -wal holds newer pages). */
	if (immutable)
		rc = sqlite3_open_v2(uri, &st->db,
				     SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, NULL);
	else
		rc = sqlite3_open_v2(plain, &st->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX,
				     NULL);
	if (rc == SQLITE_OK)
		return true;
	g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED, _("cannot open the database %s: %s"),
		    st->path, st->db ? sqlite3_errmsg(st->db) : g_strerror(ENOMEM));
	return false;
}

/* One attempt at opening; *busy says a failure came from another process
 * holding a lock at a moment SQLite does not wait for (the first switch to
 * WAL, a WAL recovery), so the caller may try again. */
static struct store *store_open_once(const char *path, bool *busy, GError **err)
{
	struct store *st = store_new(path);
	char *dir = g_path_get_dirname(path);
	bool readonly, file_ro = false, exists, created;
	int fd, version;

	if (!store_check_path(path, &exists, err) || (!exists && !dir_ensure(dir, 0700, err)))
		goto fail;
	fd = open_regular(path, exists, &created, &file_ro, err);
	if (fd < 0)
		goto fail;
	if (!check_locks(fd, path, err)) {
		close(fd);
		if (created)
			unlink(path); /* a failed command leaves nothing behind */
		goto fail;
	}
	if (created)
		close(fd);
	else
		tighten_own(fd, path, dir);
	if (!open_connection(st, (file_ro || access(dir, W_OK) != 0) && !wal_has_frames(path),
			     err))
		goto fail;
	sqlite3_busy_timeout(st->db, BUSY_TIMEOUT_MS);
	/* A file SQLite could only open for reading (a read-only disk, a
	 * backup made read-only): reading still works, and a write fails
	 * then, saying the database is read-only. */
	readonly = sqlite3_db_readonly(st->db, "main") == 1;
	version = read_version(st, err);
	if (version < 0 || !check_version(st, version, err) ||
	    !configure_connection(st, readonly, err))
		goto fail;
	if (readonly && version < migrate_latest()) {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
			    _("the database %s is read-only: nothing was written"), path);
		goto fail;
	}
	if ((version < migrate_latest() && !migrate_to(st->db, migrate_latest(), err)) ||
	    (!readonly && !migrate_reference_rows(st->db, err))) {
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
	if (version < migrate_latest()) {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
			    _("%s needs an upgrade (schema version %d): open it once read-write"),
			    path, version);
		store_close(st);
		return NULL;
	}
	return st;
}

/* What a read command sees where knead's default database is not yet:
 * an empty database in memory, so that nothing is created by reading. */
static struct store *store_open_empty(const char *path, GError **err)
{
	struct store *st = store_new(path);

	if (sqlite3_open_v2("file:knead-empty?mode=memory", &st->db,
			    SQLITE_OPEN_READWRITE | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX,
			    NULL) != SQLITE_OK ||
	    !configure_connection(st, true, err) ||
	    !migrate_to(st->db, migrate_latest(), err) ||
	    !migrate_reference_rows(st->db, err)) {
		if (err && !*err)
			store_db_error(st, err);
		store_close(st);
		return NULL;
	}
	return st;
}

/* Whether the database cannot be written where it is (a read-only file,
 * directory or disk, a disk with no room left, a file-size limit it has
 * reached): then, and only then,
 * is it worth reading it read-only.  A damaged file is refused as it is. */
static bool cannot_write_here(const char *path)
{
	g_autofree char *dir = g_path_get_dirname(path);
	struct statvfs vfs;

	if (access(path, W_OK) != 0 || access(dir, W_OK) != 0 || at_size_limit(path))
		return true;
	return statvfs(dir, &vfs) == 0 &&
	       ((vfs.f_flag & ST_RDONLY) || vfs.f_bavail < 16);
}

/* A --db that is not there: an error naming it, true when it is there.
 * knead's default database may be missing (nothing logged yet). */
static bool named_db_exists(const char *path, bool *is_default, GError **err)
{
	bool exists;
	char *def;

	if (!store_check_path(path, &exists, err))
		return false;
	def = store_default_path();
	*is_default = strcmp(path, def) == 0;
	g_free(def);
	if (!exists && !*is_default) {
		/* TRANSLATORS: a command given a --db that is not there. */
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_INVALID,
			    _("there is no database %s (check --db or KNEAD_DB); nothing "
			      "was created"),
			    path);
		return false;
	}
	return exists;
}

struct store *store_open_to_change(const char *path, GError **err)
{
	GError *e = NULL;
	bool is_default;

	if (!named_db_exists(path, &is_default, &e) && e) {
		g_propagate_error(err, e);
		return NULL;
	}
	return store_open(path, err);
}

struct store *store_open_existing(const char *path, GError **err)
{
	GError *e = NULL;
	struct store *st;
	bool is_default;

	if (!named_db_exists(path, &is_default, &e)) {
		if (e) {
			g_propagate_error(err, e);
			return NULL;
		}
		return store_open_empty(path, err);
	}
	if (!store_check_locks(path, err))
		return NULL;
	st = store_open(path, &e);
	if (st || !g_error_matches(e, KNEAD_ERROR, KNEAD_ERROR_FAILED) || !cannot_write_here(path)) {
		if (e)
			g_propagate_error(err, e);
		return st;
	}
	/* The disk is full or read-only: what is there can still be read,
	 * exported and backed up elsewhere. */
	st = store_open_readonly(path, NULL);
	if (!st) {
		st = store_new(path);
		if (wal_has_frames(path) || !open_connection(st, true, NULL) ||
		    read_version(st, NULL) != migrate_latest()) {
			store_close(st);
			st = NULL;
		}
	}
	if (!st) {
		g_propagate_error(err, e);
		return NULL;
	}
	g_error_free(e);
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
		return store_db_error(st, err);
	return true;
}

/* Whether this process saved something (see store.h). */
static bool wrote_anything;

bool store_wrote_anything(void)
{
	return wrote_anything;
}

void store_note_written(void)
{
	wrote_anything = true;
}

bool store_commit(struct store *st, GError **err)
{
	if (sqlite3_exec(st->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) {
		store_db_error(st, err);
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
bool store_tx_enter(struct store *st, bool *owned, GError **err)
{
	*owned = sqlite3_get_autocommit(st->db) != 0;
	return !*owned || store_begin(st, err);
}

bool store_tx_leave(struct store *st, bool owned, bool ok, GError **err)
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
void store_bind_id_or_null(sqlite3_stmt *s, int i, int64_t id)
{
	if (id > 0)
		sqlite3_bind_int64(s, i, id);
	else
		sqlite3_bind_null(s, i);
}

bool store_check_changed(struct store *st, enum store_table t, int64_t id, GError **err)
{
	if (sqlite3_changes(st->db) > 0)
		return true;
	/* TRANSLATORS: "there is no runs entry with id 42 (see knead list runs)". */
	g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_INVALID,
		    _("there is no %s entry with id %lld (see knead list %s)"),
		    store_table_name(t), (long long)id, store_table_id(t));
	return false;
}

/* --- savepoints and reads ---------------------------------------------- */

static bool exec_named(struct store *st, const char *verb, const char *name, GError **err)
{
	char *sql = g_strdup_printf("%s \"%s\"", verb, name);
	bool ok = sqlite3_exec(st->db, sql, NULL, NULL, NULL) == SQLITE_OK;

	g_free(sql);
	return ok || store_db_error(st, err);
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

bool store_read_begin(struct store *st)
{
	return sqlite3_exec(st->db, "BEGIN", NULL, NULL, NULL) == SQLITE_OK;
}

void store_read_end(struct store *st)
{
	sqlite3_exec(st->db, "COMMIT", NULL, NULL, NULL);
}

/* Runs s (NULL: its preparation failed, err is set), a query of (text,
 * time) rows, into two g_new'd arrays; finalizes it. */
bool store_select_texts_and_times(struct store *st, sqlite3_stmt *s, char ***texts,
				  wtime **times, size_t *n, GError **err)
{
	GPtrArray *text = g_ptr_array_new();
	GArray *when = g_array_new(FALSE, FALSE, sizeof(wtime));
	int rc = SQLITE_DONE;

	if (s) {
		while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
			wtime t = store_column_time(s, 1);
			g_ptr_array_add(text, store_column_strdup(s, 0));
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
		return store_db_error(st, err);
	return true;
}

int64_t store_data_version(struct store *st)
{
	sqlite3_stmt *s = store_prepare(st, "PRAGMA data_version", NULL);
	int64_t v = -1;

	if (s && sqlite3_step(s) == SQLITE_ROW)
		v = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	return v;
}

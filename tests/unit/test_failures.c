/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_failures.c - the store when the disk fails under it: full (writes
 * fail with SQLITE_FULL after a budget of bytes) or read-only (files open
 * read-only, as on a read-only mount).  A SQLite VFS shim, made the default
 * VFS before store_open, wraps the real one.  Every failure must come back
 * as a clean KNEAD_ERROR_FAILED naming the database, and once the shim is
 * gone the database must be intact and hold nothing half written. */
#include <config.h>

#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include "core/clock.h"
#include "core/error.h"
#include "core/store/store.h"

/* --- the shim ------------------------------------------------------------ */

enum shim_mode { SHIM_PASS, SHIM_FULL, SHIM_READONLY };

static struct {
	sqlite3_vfs vfs;
	sqlite3_vfs *real;
	enum shim_mode mode;
	sqlite3_int64 budget; /* SHIM_FULL: bytes still writable */
	int failed_writes;
} shim;

struct shim_file {
	sqlite3_file base;
	sqlite3_file *real; /* allocated right after this struct */
};

static sqlite3_file *real_file(sqlite3_file *f)
{
	return ((struct shim_file *)f)->real;
}

static int shim_close(sqlite3_file *f)
{
	return real_file(f)->pMethods ? real_file(f)->pMethods->xClose(real_file(f)) : SQLITE_OK;
}

static int shim_read(sqlite3_file *f, void *buf, int n, sqlite3_int64 off)
{
	return real_file(f)->pMethods->xRead(real_file(f), buf, n, off);
}

/* A full disk takes what still fits, then refuses: a write can be cut
 * short in the middle, as on a real device. */
static int shim_write(sqlite3_file *f, const void *buf, int n, sqlite3_int64 off)
{
	if (shim.mode == SHIM_READONLY) {
		shim.failed_writes++;
		return SQLITE_READONLY;
	}
	if (shim.mode == SHIM_FULL) {
		if (shim.budget < n) {
			if (shim.budget > 0)
				real_file(f)->pMethods->xWrite(real_file(f), buf, (int)shim.budget, off);
			shim.budget = 0;
			shim.failed_writes++;
			return SQLITE_FULL;
		}
		shim.budget -= n;
	}
	return real_file(f)->pMethods->xWrite(real_file(f), buf, n, off);
}

static int shim_truncate(sqlite3_file *f, sqlite3_int64 size)
{
	if (shim.mode == SHIM_READONLY)
		return SQLITE_READONLY;
	return real_file(f)->pMethods->xTruncate(real_file(f), size);
}

static int shim_sync(sqlite3_file *f, int flags)
{
	return real_file(f)->pMethods->xSync(real_file(f), flags);
}

static int shim_file_size(sqlite3_file *f, sqlite3_int64 *size)
{
	return real_file(f)->pMethods->xFileSize(real_file(f), size);
}

static int shim_lock(sqlite3_file *f, int level)
{
	return real_file(f)->pMethods->xLock(real_file(f), level);
}

static int shim_unlock(sqlite3_file *f, int level)
{
	return real_file(f)->pMethods->xUnlock(real_file(f), level);
}

static int shim_check_reserved(sqlite3_file *f, int *out)
{
	return real_file(f)->pMethods->xCheckReservedLock(real_file(f), out);
}

static int shim_file_control(sqlite3_file *f, int op, void *arg)
{
	return real_file(f)->pMethods->xFileControl(real_file(f), op, arg);
}

static int shim_sector_size(sqlite3_file *f)
{
	return real_file(f)->pMethods->xSectorSize(real_file(f));
}

static int shim_device_characteristics(sqlite3_file *f)
{
	return real_file(f)->pMethods->xDeviceCharacteristics(real_file(f));
}

/* The WAL index (-shm) is memory shared between processes, not file data:
 * it passes through. */
static int shim_shm_map(sqlite3_file *f, int region, int size, int extend, void volatile **p)
{
	return real_file(f)->pMethods->xShmMap(real_file(f), region, size, extend, p);
}

static int shim_shm_lock(sqlite3_file *f, int offset, int n, int flags)
{
	return real_file(f)->pMethods->xShmLock(real_file(f), offset, n, flags);
}

static void shim_shm_barrier(sqlite3_file *f)
{
	real_file(f)->pMethods->xShmBarrier(real_file(f));
}

static int shim_shm_unmap(sqlite3_file *f, int delete_flag)
{
	return real_file(f)->pMethods->xShmUnmap(real_file(f), delete_flag);
}

static const sqlite3_io_methods shim_methods = {
	.iVersion = 2,
	.xClose = shim_close,
	.xRead = shim_read,
	.xWrite = shim_write,
	.xTruncate = shim_truncate,
	.xSync = shim_sync,
	.xFileSize = shim_file_size,
	.xLock = shim_lock,
	.xUnlock = shim_unlock,
	.xCheckReservedLock = shim_check_reserved,
	.xFileControl = shim_file_control,
	.xSectorSize = shim_sector_size,
	.xDeviceCharacteristics = shim_device_characteristics,
	.xShmMap = shim_shm_map,
	.xShmLock = shim_shm_lock,
	.xShmBarrier = shim_shm_barrier,
	.xShmUnmap = shim_shm_unmap,
};

/* Read-only: what the unix VFS does on a read-only mount, where opening
 * for writing fails and the file is opened for reading instead. */
static int shim_open(sqlite3_vfs *vfs, const char *name, sqlite3_file *f, int flags,
		     int *out_flags)
{
	struct shim_file *sf = (struct shim_file *)f;
	int rc;

	sf->real = (sqlite3_file *)(sf + 1);
	memset(sf->real, 0, (size_t)shim.real->szOsFile);
	if (shim.mode == SHIM_READONLY && (flags & SQLITE_OPEN_READWRITE)) {
		flags &= ~(SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
		flags |= SQLITE_OPEN_READONLY;
	}
	rc = shim.real->xOpen(shim.real, name, sf->real, flags, out_flags);
	f->pMethods = rc == SQLITE_OK ? &shim_methods : NULL;
	return rc;
}

static int shim_delete(sqlite3_vfs *vfs, const char *name, int sync_dir)
{
	if (shim.mode == SHIM_READONLY)
		return SQLITE_IOERR_DELETE;
	return shim.real->xDelete(shim.real, name, sync_dir);
}

static int shim_access(sqlite3_vfs *vfs, const char *name, int flags, int *out)
{
	int rc = shim.real->xAccess(shim.real, name, flags, out);

	if (rc == SQLITE_OK && shim.mode == SHIM_READONLY && flags == SQLITE_ACCESS_READWRITE)
		*out = 0;
	return rc;
}

static int shim_full_pathname(sqlite3_vfs *vfs, const char *name, int n, char *out)
{
	return shim.real->xFullPathname(shim.real, name, n, out);
}

static int shim_randomness(sqlite3_vfs *vfs, int n, char *out)
{
	return shim.real->xRandomness(shim.real, n, out);
}

static int shim_sleep(sqlite3_vfs *vfs, int us)
{
	return shim.real->xSleep(shim.real, us);
}

static int shim_current_time(sqlite3_vfs *vfs, double *out)
{
	return shim.real->xCurrentTime(shim.real, out);
}

/* What the system said: on a read-only disk, every failed open or write
 * was EROFS. */
static int shim_last_error(sqlite3_vfs *vfs, int n, char *out)
{
	if (shim.mode == SHIM_READONLY)
		return EROFS;
	return shim.real->xGetLastError(shim.real, n, out);
}

static int shim_current_time_int64(sqlite3_vfs *vfs, sqlite3_int64 *out)
{
	return shim.real->xCurrentTimeInt64(shim.real, out);
}

/* Makes the shim the default VFS (store_open takes the default). */
static void shim_install(enum shim_mode mode, sqlite3_int64 budget)
{
	if (!shim.real) {
		shim.real = sqlite3_vfs_find(NULL);
		assert_non_null(shim.real);
		shim.vfs = (sqlite3_vfs){
			.iVersion = 2,
			.szOsFile = (int)sizeof(struct shim_file) + shim.real->szOsFile,
			.mxPathname = shim.real->mxPathname,
			.zName = "knead-test-failures",
			.xOpen = shim_open,
			.xDelete = shim_delete,
			.xAccess = shim_access,
			.xFullPathname = shim_full_pathname,
			.xRandomness = shim_randomness,
			.xSleep = shim_sleep,
			.xCurrentTime = shim_current_time,
			.xGetLastError = shim_last_error,
			.xCurrentTimeInt64 = shim_current_time_int64,
		};
	}
	shim.mode = mode;
	shim.budget = budget;
	shim.failed_writes = 0;
	assert_int_equal(sqlite3_vfs_register(&shim.vfs, 1), SQLITE_OK);
}

/* Back to the real VFS, as after the disk was freed or remounted. */
static void shim_remove(void)
{
	shim.mode = SHIM_PASS;
	sqlite3_vfs_unregister(&shim.vfs);
	sqlite3_vfs_register(shim.real, 1);
}

/* --- fixtures ------------------------------------------------------------ */

struct fixture {
	char *dir;
	char *path;
};

static int setup(void **state)
{
	struct fixture *f = g_new0(struct fixture, 1);

	f->dir = g_dir_make_tmp("knead-failures-XXXXXX", NULL);
	assert_non_null(f->dir);
	f->path = g_build_filename(f->dir, "knead.db", NULL);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	GDir *d = g_dir_open(f->dir, 0, NULL);
	const char *name;

	if (shim.real && sqlite3_vfs_find(NULL) == &shim.vfs)
		shim_remove();
	while (d && (name = g_dir_read_name(d))) {
		char *p = g_build_filename(f->dir, name, NULL);
		g_unlink(p);
		g_free(p);
	}
	if (d)
		g_dir_close(d);
	g_rmdir(f->dir);
	g_free(f->path);
	g_free(f->dir);
	g_free(f);
	return 0;
}

static struct run make_run(int i, const char *note)
{
	struct run r = {
		.start = wtime_make(2026, 1, 1 + i % 28, 6 + i % 12, i % 60, 0),
		.distance_m = 5000 + i,
		.duration_s = 1800 + i,
		.kind = RUN_EASY,
		.elevation_m = -1,
		.source = SOURCE_MANUAL,
		.note = (char *)note,
	};
	return r;
}

/* A database of `n` runs, written with the real VFS. */
static void seed(struct fixture *f, int n)
{
	GError *err = NULL;
	struct store *st = store_open(f->path, &err);

	assert_non_null(st);
	for (int i = 0; i < n; i++) {
		struct run r = make_run(i, "seed");
		assert_true(store_run_add(st, &r, NULL, &err));
	}
	store_close(st);
}

/* With the real VFS: integrity_check says ok, and the count of runs. */
static int64_t check_intact(struct fixture *f)
{
	sqlite3 *db;
	sqlite3_stmt *s;
	int64_t n = -1;

	assert_ptr_equal(sqlite3_vfs_find(NULL), shim.real);
	assert_int_equal(sqlite3_open_v2(f->path, &db, SQLITE_OPEN_READWRITE, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &s, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(s), SQLITE_ROW);
	assert_string_equal((const char *)sqlite3_column_text(s, 0), "ok");
	sqlite3_finalize(s);
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT count(*) FROM runs", -1, &s, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(s), SQLITE_ROW);
	n = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	sqlite3_close(db);
	return n;
}

/* A failure the user can act on: "could not be done", naming the file. */
static void assert_clean_failure(struct fixture *f, GError *err)
{
	assert_non_null(err);
	assert_true(g_error_matches(err, KNEAD_ERROR, KNEAD_ERROR_FAILED));
	assert_non_null(strstr(err->message, f->path));
}

/* --- the tests ----------------------------------------------------------- */

/* A check-in of many entries on a disk that fills up part-way, for budgets
 * from nothing to more than enough: each attempt lands whole or not at all,
 * the error is clean, and the database stays intact. */
static void test_full_disk_batches(void **state)
{
	struct fixture *f = *state;
	char *note = g_strnfill(2000, 'n');
	int landed = 0, refused = 0;
	int64_t expect = 30;

	seed(f, 30);
	for (sqlite3_int64 budget = 0; budget <= 400000; budget = budget * 2 + 1500) {
		GError *err = NULL;
		struct store *st;
		bool ok = true;

		shim_install(SHIM_FULL, budget);
		st = store_open(f->path, &err);
		if (!st) {
			/* Opening writes nothing to an existing database but
			 * may fail on the WAL index; still a clean error. */
			assert_clean_failure(f, err);
			g_clear_error(&err);
			shim_remove();
			assert_int_equal(check_intact(f), expect);
			refused++;
			continue;
		}
		ok = store_begin(st, &err);
		for (int i = 0; ok && i < 60; i++) {
			struct run r = make_run(1000 + i, note);
			ok = store_run_add(st, &r, NULL, &err);
		}
		if (ok)
			ok = store_commit(st, &err);
		else
			store_rollback(st);
		if (!ok) {
			assert_clean_failure(f, err);
			assert_non_null(strstr(err->message, "full"));
			g_clear_error(&err);
			refused++;
		} else {
			expect += 60;
			landed++;
		}
		store_close(st);
		shim_remove();
		assert_int_equal(check_intact(f), expect);
	}
	print_message("# full disk: %d batches refused cleanly, %d landed\n", refused, landed);
	assert_true(refused > 0);
	assert_true(landed > 0);
	g_free(note);
}

/* Single changes (each its own transaction) on a nearly full disk. */
static void test_full_disk_single_adds(void **state)
{
	struct fixture *f = *state;
	char *note = g_strnfill(9000, 'x');
	GError *err = NULL;
	struct store *st;
	int added = 0, failed = 0;

	seed(f, 5);
	shim_install(SHIM_FULL, 60000);
	st = store_open(f->path, &err);
	assert_non_null(st);
	for (int i = 0; i < 40; i++) {
		struct run r = make_run(100 + i, note);
		if (store_run_add(st, &r, NULL, &err)) {
			assert_int_equal(failed, 0); /* once full, it stays full */
			added++;
		} else {
			assert_clean_failure(f, err);
			g_clear_error(&err);
			failed++;
		}
	}
	assert_true(shim.failed_writes > 0);
	store_close(st);
	shim_remove();
	assert_int_equal(check_intact(f), 5 + added);
	assert_true(failed > 0);
	g_free(note);
}

/* A new database on a full disk: a clean error, and no half-made schema
 * that would stop a later open once there is room. */
static void test_full_disk_new_database(void **state)
{
	struct fixture *f = *state;
	GError *err = NULL;
	struct store *st;
	struct run r = make_run(1, NULL);

	for (sqlite3_int64 budget = 0; budget < 40000; budget += 4000) {
		shim_install(SHIM_FULL, budget);
		st = store_open(f->path, &err);
		if (st) {
			/* Room enough for the schema: the first write may
			 * still not fit. */
			if (!store_run_add(st, &r, NULL, &err)) {
				assert_clean_failure(f, err);
				g_clear_error(&err);
			}
			store_close(st);
		} else {
			assert_clean_failure(f, err);
			g_clear_error(&err);
		}
		shim_remove();
		st = store_open(f->path, &err);
		assert_non_null(st);
		store_close(st);
		assert_true(check_intact(f) <= 1);
		g_unlink(f->path);
		{
			char *wal = g_strconcat(f->path, "-wal", NULL);
			char *shm = g_strconcat(f->path, "-shm", NULL);
			g_unlink(wal);
			g_unlink(shm);
			g_free(wal);
			g_free(shm);
		}
	}
}

/* A read-only disk: the database opens (or refuses cleanly), every change
 * is refused cleanly, and nothing changes. */
static void test_readonly(void **state)
{
	struct fixture *f = *state;
	GError *err = NULL;
	struct store *st;
	struct run r = make_run(7, "never written");
	struct race race = { .date = 20600, .name = (char *)"Spring 10k", .distance_m = 10000,
			     .priority = 'A' };
	char *before, *after;
	gsize len, len_after;

	seed(f, 12);
	assert_int_equal(check_intact(f), 12);
	assert_true(g_file_get_contents(f->path, &before, &len, NULL));
	shim_install(SHIM_READONLY, 0);
	st = store_open(f->path, &err);
	if (!st) {
		assert_clean_failure(f, err);
		assert_non_null(strstr(err->message, "read-only"));
		print_message("# read-only: %s\n", err->message);
		g_clear_error(&err);
	} else {
		assert_false(store_run_add(st, &r, NULL, &err));
		assert_clean_failure(f, err);
		assert_non_null(strstr(err->message, "read-only"));
		print_message("# read-only: %s\n", err->message);
		g_clear_error(&err);
		assert_false(store_race_add(st, &race, NULL, &err));
		assert_clean_failure(f, err);
		g_clear_error(&err);
		assert_false(store_remove(st, TABLE_RUNS, 1, &err));
		assert_clean_failure(f, err);
		g_clear_error(&err);
		store_close(st);
	}
	shim_remove();
	assert_true(g_file_get_contents(f->path, &after, &len_after, NULL));
	assert_int_equal(len_after, len);
	assert_memory_equal(before, after, len);
	assert_int_equal(check_intact(f), 12);
	g_free(before);
	g_free(after);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_full_disk_batches, setup, teardown),
		cmocka_unit_test_setup_teardown(test_full_disk_single_adds, setup, teardown),
		cmocka_unit_test_setup_teardown(test_full_disk_new_database, setup, teardown),
		cmocka_unit_test_setup_teardown(test_readonly, setup, teardown),
	};

	return cmocka_run_group_tests_name("failures", tests, NULL, NULL);
}

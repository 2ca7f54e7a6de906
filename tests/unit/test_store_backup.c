/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_store_backup.c - knead backup writes like every other file knead
 * makes: a temporary file beside the destination, fsynced, renamed over
 * it, then the directory fsynced so that the rename itself survives a
 * crash.  fsync is wrapped (-Wl,--wrap=fsync, for knead's own objects
 * only, not SQLite's) to see the order of those steps and to make one fail.
 */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include "core/clock.h"
#include "core/error.h"
#include "core/store/store.h"
#include "testutil.h"

int __real_fsync(int fd);
int __wrap_fsync(int fd);

/* What each fsync of knead's saw: a file's or a directory's inode, and
 * the inode the backup's name pointed to at that moment (0: none). */
struct fsync_seen {
	bool is_dir;
	ino_t ino;
	ino_t dest_ino;
};

static const char *watched_dest;
static GArray *seen;
static bool fail_file_fsync;

static ino_t inode_of(const char *path)
{
	struct stat sb;

	return path && g_stat(path, &sb) == 0 ? sb.st_ino : 0;
}

int __wrap_fsync(int fd)
{
	struct stat sb;

	if (seen && fstat(fd, &sb) == 0) {
		struct fsync_seen s = { S_ISDIR(sb.st_mode), sb.st_ino, inode_of(watched_dest) };

		g_array_append_val(seen, s);
		if (fail_file_fsync && !s.is_dir) {
			errno = EIO;
			return -1;
		}
	}
	return __real_fsync(fd);
}

struct fixture {
	char *dir;
	char *out_dir;
	char *dest;
	struct store *st;
};

static int setup(void **state)
{
	struct fixture *f = g_new0(struct fixture, 1);
	char *path;
	GError *err = NULL;
	struct run r = { .start = wtime_make(2026, 11, 20, 7, 0, 0), .distance_m = 8000,
			 .duration_s = 2700, .kind = RUN_EASY, .elevation_m = -1 };

	f->dir = g_dir_make_tmp("knead-backup-XXXXXX", NULL);
	path = g_build_filename(f->dir, "knead.db", NULL);
	f->out_dir = g_build_filename(f->dir, "backups", NULL);
	assert_int_equal(g_mkdir(f->out_dir, 0700), 0);
	f->dest = g_build_filename(f->out_dir, "copy.db", NULL);
	f->st = store_open(path, &err);
	g_free(path);
	if (!f->st)
		fail_msg("store_open: %s", err->message);
	assert_true(store_run_add(f->st, &r, NULL, &err));
	seen = g_array_new(FALSE, FALSE, sizeof(struct fsync_seen));
	watched_dest = f->dest;
	fail_file_fsync = false;
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;

	g_array_free(seen, TRUE);
	seen = NULL;
	watched_dest = NULL;
	store_close(f->st);
	rm_rf(f->dir);
	g_free(f->dest);
	g_free(f->out_dir);
	g_free(f->dir);
	g_free(f);
	return 0;
}

/* Whether dir holds the file `name` and nothing else (no temporary file
 * left beside it). */
static bool holds_only(const char *dir, const char *name)
{
	GDir *d = g_dir_open(dir, 0, NULL);
	const char *entry;
	int seen_name = 0, others = 0;

	assert_non_null(d);
	while ((entry = g_dir_read_name(d))) {
		if (strcmp(entry, name) == 0)
			seen_name++;
		else
			others++;
	}
	g_dir_close(d);
	return seen_name == 1 && others == 0;
}

static size_t runs_in(const char *path)
{
	GError *err = NULL;
	struct store *copy = store_open_readonly(path, &err);
	struct run *runs;
	size_t n;

	if (!copy)
		fail_msg("store_open_readonly: %s", err->message);
	assert_true(store_runs_list(copy, SINCE_ALL_TIME, &runs, &n, &err));
	for (size_t i = 0; i < n; i++)
		run_clear(&runs[i]);
	g_free(runs);
	store_close(copy);
	return n;
}

/* A run logged after the first backup. */
static struct run later_run(void)
{
	struct run r = { .start = wtime_make(2026, 11, 22, 7, 0, 0), .distance_m = 5000,
			 .duration_s = 1700, .kind = RUN_RECOVERY, .elevation_m = -1 };
	return r;
}

static void test_backup_file_then_rename_then_directory(void **state)
{
	struct fixture *f = *state;
	GError *err = NULL;
	ino_t file_ino = 0, dest_ino;
	bool file_synced_before = false, dir_synced_after = false;
	struct stat sb;

	assert_true(store_backup(f->st, f->dest, &err));
	dest_ino = inode_of(f->dest);
	for (guint i = 0; i < seen->len; i++) {
		const struct fsync_seen *s = &g_array_index(seen, struct fsync_seen, i);

		/* The file that became the backup, synced under its
		 * temporary name (the backup's name did not exist yet). */
		if (!s->is_dir && s->ino == dest_ino && s->dest_ino == 0) {
			file_synced_before = true;
			file_ino = s->ino;
		}
		/* Its directory, synced once the name pointed at it. */
		if (s->is_dir && s->ino == inode_of(f->out_dir) && file_synced_before &&
		    s->dest_ino == file_ino)
			dir_synced_after = true;
	}
	assert_true(file_synced_before);
	assert_true(dir_synced_after);
	assert_int_equal(g_stat(f->dest, &sb), 0);
	assert_int_equal(sb.st_mode & 07777, 0600);
	assert_int_equal(runs_in(f->dest), 1);
	assert_true(holds_only(f->out_dir, "copy.db"));
	assert_true(store_wrote_anything());
}

/* An older backup of the same name is replaced whole. */
static void test_backup_replaces_an_older_one(void **state)
{
	struct fixture *f = *state;
	GError *err = NULL;
	struct run r = later_run();

	assert_true(store_backup(f->st, f->dest, &err));
	assert_int_equal(runs_in(f->dest), 1);
	assert_true(store_run_add(f->st, &r, NULL, &err));
	assert_true(store_backup(f->st, f->dest, &err));
	assert_int_equal(runs_in(f->dest), 2);
	assert_true(holds_only(f->out_dir, "copy.db"));
}

/* A backup that cannot be made durable is not made: the older one stays
 * as it was and no temporary file is left beside it. */
static void test_failed_backup_keeps_the_older_one(void **state)
{
	struct fixture *f = *state;
	GError *err = NULL;
	struct run r = later_run();
	ino_t before;

	assert_true(store_backup(f->st, f->dest, &err));
	before = inode_of(f->dest);
	assert_true(store_run_add(f->st, &r, NULL, &err));
	fail_file_fsync = true;
	assert_false(store_backup(f->st, f->dest, &err));
	fail_file_fsync = false;
	assert_true(g_error_matches(err, KNEAD_ERROR, KNEAD_ERROR_FAILED));
	assert_non_null(strstr(err->message, f->dest));
	g_clear_error(&err);
	assert_int_equal(inode_of(f->dest), before);
	assert_int_equal(runs_in(f->dest), 1);
	assert_true(holds_only(f->out_dir, "copy.db"));
}

/* Nowhere to write: an error naming the destination, nothing created. */
static void test_backup_into_a_missing_directory(void **state)
{
	struct fixture *f = *state;
	GError *err = NULL;
	char *dest = g_build_filename(f->dir, "no-such-dir", "copy.db", NULL);

	assert_false(store_backup(f->st, dest, &err));
	assert_non_null(err);
	assert_non_null(strstr(err->message, dest));
	g_clear_error(&err);
	assert_int_equal(inode_of(dest), 0);
	g_free(dest);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_backup_file_then_rename_then_directory, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_backup_replaces_an_older_one, setup, teardown),
		cmocka_unit_test_setup_teardown(test_failed_backup_keeps_the_older_one, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_backup_into_a_missing_directory, setup,
						teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

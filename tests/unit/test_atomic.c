/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_atomic.c - files knead writes (the configuration, exports, through
 * file_write_atomic) are private whatever the umask, and replaced whole:
 * a reader sees the old file or the new one, never a mix, and no temporary
 * file is ever left behind, not even when the write fails. */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include "core/error.h"
#include "core/fileutil.h"
#include "core/settings.h"
#include "testutil.h"

struct fixture {
	char *dir;
};

static int setup(void **state)
{
	struct fixture *f = g_new0(struct fixture, 1);

	f->dir = g_dir_make_tmp("knead-atomic-XXXXXX", NULL);
	assert_non_null(f->dir);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;

	rm_rf(f->dir);
	g_free(f->dir);
	g_free(f);
	return 0;
}

static gint compare_names(gconstpointer a, gconstpointer b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The names in `dir`, sorted, comma-separated. */
static char *listing(const char *dir)
{
	GDir *d = g_dir_open(dir, 0, NULL);
	GPtrArray *names = g_ptr_array_new();
	const char *name;
	char *s;

	assert_non_null(d);
	while ((name = g_dir_read_name(d)))
		g_ptr_array_add(names, (gpointer)name);
	g_ptr_array_sort(names, compare_names);
	g_ptr_array_add(names, NULL);
	s = g_strjoinv(",", (char **)names->pdata);
	g_ptr_array_free(names, TRUE);
	g_dir_close(d);
	return s;
}

static int mode_of(const char *path)
{
	struct stat sb;

	assert_int_equal(g_stat(path, &sb), 0);
	return (int)(sb.st_mode & 07777);
}

static void check_config_private_under(struct fixture *f, mode_t mask, const char *sub)
{
	struct config cfg, back;
	GError *err = NULL;
	char *dir = g_build_filename(f->dir, sub, "knead", NULL);
	char *path = g_build_filename(dir, "config.ini", NULL);
	mode_t old;

	config_init_defaults(&cfg);
	cfg.therapist_name = g_strdup("Julie Tremblay");
	cfg.units = UNIT_MI;
	old = umask(mask);
	assert_true(config_save(&cfg, path, &err));
	umask(old);
	assert_int_equal(mode_of(dir), 0700);
	assert_int_equal(mode_of(path), 0600);
	config_init_defaults(&back);
	assert_true(config_load(&back, path, &err));
	assert_string_equal(back.therapist_name, "Julie Tremblay");
	assert_int_equal(back.units, UNIT_MI);
	config_clear(&back);
	config_clear(&cfg);
	g_free(path);
	g_free(dir);
}

static void test_config_private_whatever_the_umask(void **state)
{
	check_config_private_under(*state, 0000, "umask000");
	check_config_private_under(*state, 0022, "umask022");
	check_config_private_under(*state, 0077, "umask077");
}

/* A reader that opened the old file keeps reading all of it: the new one
 * is a new file renamed over it, not the old one rewritten in place. */
static void test_config_replaced_whole(void **state)
{
	struct fixture *f = *state;
	char *path = g_build_filename(f->dir, "config.ini", NULL);
	char *old_text = g_strnfill(5000, '#');
	char buf[6000];
	struct config cfg;
	GError *err = NULL;
	ssize_t n;
	int fd;
	char *names;

	assert_true(g_file_set_contents(path, old_text, -1, NULL));
	fd = open(path, O_RDONLY);
	assert_true(fd >= 0);
	config_init_defaults(&cfg);
	assert_true(config_save(&cfg, path, &err));
	n = pread(fd, buf, sizeof(buf), 0);
	assert_int_equal(n, 5000);
	assert_memory_equal(buf, old_text, 5000);
	close(fd);
	assert_int_equal(mode_of(path), 0600);
	names = listing(f->dir);
	assert_string_equal(names, "config.ini");
	g_free(names);
	config_clear(&cfg);
	g_free(old_text);
	g_free(path);
}

/* One process rewrites a file 300 times, alternating two contents of
 * different sizes, while this one reads it: every read is one of them,
 * whole. */
static void test_concurrent_reader_sees_whole_files(void **state)
{
	struct fixture *f = *state;
	char *path = g_build_filename(f->dir, "export.json", NULL);
	size_t len_a = 200000, len_b = 310000;
	char *a = g_strnfill(len_a, 'a'), *b = g_strnfill(len_b, 'b');
	int reads = 0, bad = 0, status;
	pid_t child;

	assert_true(file_write_atomic(path, a, len_a, 0600, NULL));
	child = fork();
	assert_true(child >= 0);
	if (child == 0) {
		for (int i = 0; i < 300; i++) {
			if (!file_write_atomic(path, i % 2 ? a : b, i % 2 ? len_a : len_b, 0600, NULL))
				_exit(1);
		}
		_exit(0);
	}
	while (waitpid(child, &status, WNOHANG) == 0) {
		char *data = NULL;
		gsize len = 0;

		if (!g_file_get_contents(path, &data, &len, NULL)) {
			bad++;
			continue;
		}
		reads++;
		if (!((len == len_a && memcmp(data, a, len) == 0) ||
		      (len == len_b && memcmp(data, b, len) == 0)))
			bad++;
		g_free(data);
	}
	assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	print_message("# %d reads during 300 rewrites, %d not whole\n", reads, bad);
	assert_true(reads > 0);
	assert_int_equal(bad, 0);
	{
		char *names = listing(f->dir);
		assert_string_equal(names, "export.json");
		g_free(names);
	}
	g_free(a);
	g_free(b);
	g_free(path);
}

/* When the rename cannot happen (a directory is in the way) or the
 * directory does not exist: an error naming the path, the target as it
 * was, and no temporary file left. */
static void test_failed_write_leaves_nothing(void **state)
{
	struct fixture *f = *state;
	char *blocked = g_build_filename(f->dir, "blocked", NULL);
	char *missing = g_build_filename(f->dir, "no", "such", "dir", "out.json", NULL);
	GError *err = NULL;
	char *names;

	assert_int_equal(g_mkdir(blocked, 0700), 0);
	assert_false(file_write_atomic(blocked, "data", 4, 0600, &err));
	assert_true(g_error_matches(err, KNEAD_ERROR, KNEAD_ERROR_FAILED));
	assert_non_null(strstr(err->message, blocked));
	g_clear_error(&err);
	assert_false(file_write_atomic(missing, "data", 4, 0600, &err));
	assert_true(g_error_matches(err, KNEAD_ERROR, KNEAD_ERROR_FAILED));
	g_clear_error(&err);
	names = listing(f->dir);
	assert_string_equal(names, "blocked");
	g_free(names);
	names = listing(blocked);
	assert_string_equal(names, "");
	g_free(names);
	g_free(blocked);
	g_free(missing);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_config_private_whatever_the_umask, setup, teardown),
		cmocka_unit_test_setup_teardown(test_config_replaced_whole, setup, teardown),
		cmocka_unit_test_setup_teardown(test_concurrent_reader_sees_whole_files, setup, teardown),
		cmocka_unit_test_setup_teardown(test_failed_write_leaves_nothing, setup, teardown),
	};

	signal(SIGPIPE, SIG_IGN);
	return cmocka_run_group_tests_name("atomic", tests, NULL, NULL);
}

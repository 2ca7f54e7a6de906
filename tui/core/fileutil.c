/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fileutil.c - atomic writes and private directories. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include "core/error.h"
#include "core/fileutil.h"
#include "core/i18n.h"

static bool fail_errno(GError **err, const char *path, int e)
{
	g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED, _("cannot write %s: %s"), path,
		    g_strerror(e));
	return false;
}

static bool write_all(int fd, const char *p, size_t len)
{
	while (len > 0) {
		ssize_t n = write(fd, p, len);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			return false;
		}
		p += n;
		len -= (size_t)n;
	}
	return true;
}

bool file_write_atomic(const char *path, const void *data, size_t len, int mode,
		       GError **err)
{
	char *dir = g_path_get_dirname(path);
	char *base = g_path_get_basename(path);
	char *tmp = g_strdup_printf("%s/.%s.XXXXXX", dir, base);
	int fd, e;
	bool ok = false;

	fd = g_mkstemp_full(tmp, O_WRONLY | O_CLOEXEC, mode);
	if (fd < 0) {
		fail_errno(err, path, errno);
		goto out;
	}
	if (!write_all(fd, data, len) || fchmod(fd, (mode_t)mode) != 0 || fsync(fd) != 0) {
		e = errno;
		close(fd);
		g_unlink(tmp);
		fail_errno(err, path, e);
		goto out;
	}
	if (close(fd) != 0 || g_rename(tmp, path) != 0) {
		e = errno;
		g_unlink(tmp);
		fail_errno(err, path, e);
		goto out;
	}
	/* The rename is durable only once the directory entry is on disk. */
	fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd >= 0) {
		fsync(fd);
		close(fd);
	}
	ok = true;
out:
	g_free(tmp);
	g_free(base);
	g_free(dir);
	return ok;
}

bool dir_ensure(const char *dir, int mode, GError **err)
{
	struct stat st;

	if (g_stat(dir, &st) == 0) {
		if (!S_ISDIR(st.st_mode)) {
			g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
				    _("%s is not a directory"), dir);
			return false;
		}
		return true;
	}
	if (g_mkdir_with_parents(dir, mode) != 0 || chmod(dir, (mode_t)mode) != 0) {
		g_set_error(err, KNEAD_ERROR, KNEAD_ERROR_FAILED,
			    _("cannot create directory %s: %s"), dir, g_strerror(errno));
		return false;
	}
	return true;
}

char *file_xdg_dir(const char *env, const char *under_home)
{
	const char *v = g_getenv(env);

	/* The XDG Base Directory spec: a relative path there is invalid and
	 * must be ignored (else the data would follow the working directory). */
	if (v && g_path_is_absolute(v))
		return g_strdup(v);
	return g_build_filename(g_get_home_dir(), under_home, NULL);
}

void file_tighten(int fd, int keep)
{
	struct stat st;

	/* Only what the owner may do survives: a database or a directory left
	 * 0644/0755 by an older knead, a copy or a umask becomes private. */
	if (fstat(fd, &st) == 0 && st.st_uid == geteuid() && (st.st_mode & 07777 & ~keep))
		(void)fchmod(fd, st.st_mode & (mode_t)keep);
}

/* The directory of path made canonical, joined to its base name: the same
 * file has the same name whichever way it was written. */
static char *canonical_name(const char *path)
{
	char *dir = g_path_get_dirname(path), *base = g_path_get_basename(path);
	char *real = realpath(dir, NULL);
	char *out = g_build_filename(real ? real : dir, base, NULL);

	free(real);
	g_free(dir);
	g_free(base);
	return out;
}

static bool same_file(const struct stat *sa, const char *b)
{
	struct stat sb;

	return sa && g_stat(b, &sb) == 0 && sa->st_dev == sb.st_dev && sa->st_ino == sb.st_ino;
}

/* Whether path names the database or one of the files SQLite keeps
 * beside it, by name or as the same inode. */
static const char *database_part(const char *path, const struct stat *st, const char *db)
{
	static const char *const suffixes[] = { "", "-wal", "-shm", "-journal" };
	char *name = canonical_name(path), *db_name = canonical_name(db);
	const char *part = NULL;

	for (size_t i = 0; !part && i < G_N_ELEMENTS(suffixes); i++) {
		char *p = g_strconcat(db, suffixes[i], NULL);
		char *n = g_strconcat(db_name, suffixes[i], NULL);

		if (strcmp(name, n) == 0 || same_file(st, p))
			part = suffixes[i];
		g_free(p);
		g_free(n);
	}
	g_free(name);
	g_free(db_name);
	return part;
}

/* Takes ownership of msg. */
static bool refuse(GError **err, char *msg)
{
	g_set_error_literal(err, KNEAD_ERROR, KNEAD_ERROR_INVALID, msg);
	g_free(msg);
	return false;
}

bool file_output_target(const char *path, const char *db, bool force, char **out, GError **err)
{
	struct stat st;
	char *target = g_strdup(path);
	const char *part;
	bool exists = g_lstat(path, &st) == 0;

	*out = NULL;
	if (exists && S_ISLNK(st.st_mode)) {
		char *real;

		g_free(target);
		if (!force)
			return refuse(err, g_strdup_printf(_("%s is a symbolic link: nothing was written "
							     "(use --force to write to the file it "
							     "points to)"), path));
		real = realpath(path, NULL);
		if (!real)
			return refuse(err, g_strdup_printf(_("%s is a symbolic link to nothing (expected "
							     "a regular file or a new name)"), path));
		target = g_strdup(real);
		free(real);
		exists = g_stat(target, &st) == 0;
	}
	if (exists && S_ISDIR(st.st_mode)) {
		refuse(err, g_strdup_printf(_("%s is a directory (expected a regular file or a new "
					      "name)"), path));
		goto fail;
	}
	if (exists && !S_ISREG(st.st_mode)) {
		refuse(err, g_strdup_printf(_("%s is not a regular file but a device, a FIFO or "
					      "a socket (expected a regular file or a new name)"),
					    path));
		goto fail;
	}
	part = db ? database_part(target, exists ? &st : NULL, db) : NULL;
	if (part && !*part) {
		refuse(err, g_strdup_printf(_("%s is the database itself: nothing was written "
					      "(expected another file name)"), path));
		goto fail;
	}
	if (part) {
		refuse(err, g_strdup_printf(_("%s is one of the database's own files: nothing was "
					      "written (expected another file name)"), path));
		goto fail;
	}
	*out = target;
	return true;
fail:
	g_free(target);
	return false;
}

struct file_atomic {
	char *path, *tmp;
	int fd, mode;
};

struct file_atomic *file_atomic_open(const char *path, int mode, GError **err)
{
	struct file_atomic *f = g_new0(struct file_atomic, 1);
	char *dir = g_path_get_dirname(path), *base = g_path_get_basename(path);

	f->path = g_strdup(path);
	f->tmp = g_strdup_printf("%s/.%s.XXXXXX", dir, base);
	f->mode = mode;
	g_free(dir);
	g_free(base);
	f->fd = g_mkstemp_full(f->tmp, O_WRONLY | O_CLOEXEC, mode);
	if (f->fd < 0) {
		fail_errno(err, path, errno);
		g_free(f->path);
		g_free(f->tmp);
		g_free(f);
		return NULL;
	}
	return f;
}

bool file_atomic_write(struct file_atomic *f, const void *data, size_t len, GError **err)
{
	if (!write_all(f->fd, data, len))
		return fail_errno(err, f->path, errno);
	return true;
}

const char *file_atomic_temp_path(const struct file_atomic *f)
{
	return f->tmp;
}

static void file_atomic_free(struct file_atomic *f)
{
	g_free(f->path);
	g_free(f->tmp);
	g_free(f);
}

void file_atomic_abort(struct file_atomic *f)
{
	if (!f)
		return;
	close(f->fd);
	g_unlink(f->tmp);
	file_atomic_free(f);
}

bool file_atomic_commit(struct file_atomic *f, GError **err)
{
	char *dir = g_path_get_dirname(f->path);
	int e, dfd;

	if (fchmod(f->fd, (mode_t)f->mode) != 0 || fsync(f->fd) != 0 || close(f->fd) != 0 ||
	    g_rename(f->tmp, f->path) != 0) {
		e = errno;
		g_unlink(f->tmp);
		fail_errno(err, f->path, e);
		g_free(dir);
		file_atomic_free(f);
		return false;
	}
	dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (dfd >= 0) {
		fsync(dfd);
		close(dfd);
	}
	g_free(dir);
	file_atomic_free(f);
	return true;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fileutil.c - atomic writes and private directories. */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include "error.h"
#include "fileutil.h"
#include "i18n.h"

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

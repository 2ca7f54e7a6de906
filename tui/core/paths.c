/* SPDX-License-Identifier: GPL-3.0-or-later */
/* paths.c - knead's directories, relative to the running binary. */
#include <config.h>

#include <string.h>
#include <glib.h>
#include "core/paths.h"

#if !defined(PREFIX) || !defined(BINDIR) || !defined(PKGLIBEXECDIR) || !defined(LOCALEDIR) || \
	!defined(PKGDATADIR)
#error "the installation directories must be defined (see Makefile.am)"
#endif

struct whereabouts {
	char *exe_dir; /* the running binary's directory, or NULL */
	char *prefix;  /* the prefix it is installed under, or NULL */
	bool build_tree;
	char *build_dir;  /* from the marker, in the build tree */
	char *source_dir; /* likewise */
};

/* The build tree's marker next to the binary: its two lines, the build
 * and the source tree, both absolute. */
static bool read_marker(const char *exe_dir, char **build_dir, char **source_dir)
{
	char *path = g_build_filename(exe_dir, PATHS_BUILD_MARKER, NULL);
	char *text = NULL;
	char **lines = NULL;
	bool ok = false;

	if (g_file_get_contents(path, &text, NULL, NULL)) {
		lines = g_strsplit(text, "\n", 3);
		ok = lines[0] && lines[1] && g_path_is_absolute(lines[0]) &&
		     g_path_is_absolute(lines[1]);
		if (ok) {
			*build_dir = g_strdup(lines[0]);
			*source_dir = g_strdup(lines[1]);
		}
	}
	g_strfreev(lines);
	g_free(text);
	g_free(path);
	return ok;
}

/* "PREFIX/rest" -> "rest"; NULL when `dir` is not under PREFIX. */
static const char *under_prefix(const char *dir)
{
	size_t n = strlen(PREFIX);

	if (strncmp(dir, PREFIX, n) != 0 || dir[n] != '/')
		return NULL;
	return dir + n + 1;
}

/* The prefix of exe_dir, if it ends with the part of its configured
 * directory below the configured prefix ("bin", "libexec/knead"). */
static char *installed_prefix(const char *exe_dir, const char *configured)
{
	const char *rest = under_prefix(configured);
	size_t n, r;

	if (!rest || !*rest)
		return NULL;
	n = strlen(exe_dir);
	r = strlen(rest);
	if (n <= r || strcmp(exe_dir + n - r, rest) != 0 || exe_dir[n - r - 1] != '/')
		return NULL;
	return g_strndup(exe_dir, n - r - 1);
}

static const struct whereabouts *whereabouts(void)
{
	static struct whereabouts w;
	static gsize done;

	if (g_once_init_enter(&done)) {
		char *exe = g_file_read_link("/proc/self/exe", NULL);

		if (exe) {
			char *name = g_path_get_basename(exe);
			/* The helpers (knead-io, knead-import) are in
			 * pkglibexecdir, knead in bindir. */
			bool helper = g_str_has_prefix(name, "knead-");

			w.exe_dir = g_path_get_dirname(exe);
			w.build_tree = read_marker(w.exe_dir, &w.build_dir, &w.source_dir);
			if (!w.build_tree)
				w.prefix = installed_prefix(w.exe_dir,
							    helper ? PKGLIBEXECDIR : BINDIR);
			g_free(name);
			g_free(exe);
		}
		g_once_init_leave(&done, 1);
	}
	return &w;
}

bool paths_in_build_tree(void)
{
	return whereabouts()->build_tree;
}

char *paths_build_dir(void)
{
	return g_strdup(whereabouts()->build_dir);
}

char *paths_source_data_dir(void)
{
	const struct whereabouts *w = whereabouts();

	return w->source_dir ? g_build_filename(w->source_dir, "data", NULL) : NULL;
}

char *paths_relocate(const char *configured)
{
	const struct whereabouts *w = whereabouts();
	const char *rest = under_prefix(configured);

	if (!w->prefix || !rest)
		return g_strdup(configured);
	return g_build_filename(w->prefix, rest, NULL);
}

char *paths_locale_dir(void)
{
	if (paths_in_build_tree())
		return g_build_filename(whereabouts()->build_dir, "po", ".locale", NULL);
	return paths_relocate(LOCALEDIR);
}

char *paths_helper(const char *name)
{
	char *dir;
	char *path;

	if (paths_in_build_tree())
		return g_build_filename(whereabouts()->build_dir, name, NULL);
	dir = paths_relocate(PKGLIBEXECDIR);
	path = g_build_filename(dir, name, NULL);
	g_free(dir);
	return path;
}

char *paths_data_dir(void)
{
	return paths_relocate(PKGDATADIR);
}

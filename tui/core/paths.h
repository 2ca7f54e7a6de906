/* SPDX-License-Identifier: GPL-3.0-or-later */
/* paths.h - where knead's own files are, found from the running binary.
 *
 * The binaries carry the directories configure chose, but an install is
 * often moved: `make install prefix=X`, DESTDIR, a relocated package.  Each
 * configured directory under the configured prefix is therefore looked up
 * under the prefix the running binary sits in (its directory minus the
 * configured bindir or pkglibexecdir part).  Run from the build tree, the
 * build tree's own copies are used instead.
 *
 * The build tree is known by a marker next to the binary, written by make
 * and never installed: PATHS_BUILD_MARKER, whose first line is the build
 * tree and second the source tree.  No build path is compiled in, so the
 * same source builds the same binaries in any directory. */
#ifndef KNEAD_PATHS_H
#define KNEAD_PATHS_H

#include <stdbool.h>

#define PATHS_BUILD_MARKER ".knead-build-tree"

/* Whether the running binary is one of the build tree's. */
bool paths_in_build_tree(void);

/* The build tree and the source tree's data directory, when run from the
 * build tree; NULL otherwise.  g_free() them. */
char *paths_build_dir(void);
char *paths_source_data_dir(void);

/* `configured`, a directory configure chose, moved to where the running
 * binary is installed; `configured` itself when it is not under the
 * configured prefix or the binary is not where configure put it.  g_free()
 * the result. */
char *paths_relocate(const char *configured);

/* The message catalogues: the build tree's po/.locale when run from there,
 * else the (relocated) localedir.  g_free() it. */
char *paths_locale_dir(void);

/* The helper binary `name` (knead-io, knead-import): the build tree's,
 * else in the (relocated) pkglibexecdir.  g_free() it. */
char *paths_helper(const char *name);

/* The installed data (articles): the (relocated) pkgdatadir. */
char *paths_data_dir(void);

#endif

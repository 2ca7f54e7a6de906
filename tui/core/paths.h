/* SPDX-License-Identifier: GPL-3.0-or-later */
/* paths.h - where knead's own files are, found from the running binary.
 *
 * The binaries carry the directories configure chose, but an install is
 * often moved: `make install prefix=X`, DESTDIR, a relocated package.  Each
 * configured directory under the configured prefix is therefore looked up
 * under the prefix the running binary sits in (its directory minus the
 * configured bindir or pkglibexecdir part).  Run from the build tree, the
 * build tree's own copies are used instead. */
#ifndef KNEAD_PATHS_H
#define KNEAD_PATHS_H

#include <stdbool.h>

/* Whether the running binary is the one in the build tree. */
bool paths_in_build_tree(void);

/* `configured`, a directory configure chose, moved to where the running
 * binary is installed; `configured` itself when it is not under the
 * configured prefix or the binary is not where configure put it.  g_free()
 * the result. */
char *paths_relocate(const char *configured);

/* The message catalogues: the build tree's po/.locale when run from there,
 * else the (relocated) localedir.  g_free() it. */
char *paths_locale_dir(void);

/* knead-io: the build tree's, else in the (relocated) pkglibexecdir. */
char *paths_helper(void);

/* The installed data (articles): the (relocated) pkgdatadir. */
char *paths_data_dir(void);

#endif

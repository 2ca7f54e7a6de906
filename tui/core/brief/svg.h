/* SPDX-License-Identifier: GPL-3.0-or-later */
/* svg.h - the brief's body picture: the interface's body map
 * (core/bodylayout.h) as an inline SVG, each region and side at its level,
 * flagged ones marked. */
#ifndef KNEAD_BRIEF_SVG_H
#define KNEAD_BRIEF_SVG_H

#include "core/brief/brief.h"

/* An <svg> element, self-contained (no external reference).  g_free(). */
char *brief_svg(const struct brief *b);

#endif

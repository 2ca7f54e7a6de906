/* SPDX-License-Identifier: GPL-3.0-or-later */
/* i18n.h - gettext shorthands used everywhere a user reads a string. */
#ifndef KNEAD_I18N_H
#define KNEAD_I18N_H

#include <glib.h>
#include <libintl.h>

#define _(s) gettext(s)
#define N_(s) (s)
/* A msgid that means different things in different places (a one-letter
 * side on the body map, a placeholder in --help) needs a context. */
#define C_(ctx, s) g_dpgettext2(NULL, ctx, s)
/* The same, marked only: translated later with g_dpgettext2(NULL, ctx, s). */
#define NC_(ctx, s) (s)

#endif

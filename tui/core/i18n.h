/* i18n.h - gettext shorthands used everywhere a user reads a string. */
#ifndef KNEAD_I18N_H
#define KNEAD_I18N_H

#include <libintl.h>

#define _(s) gettext(s)
#define N_(s) (s)

#endif

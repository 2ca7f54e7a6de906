/* SPDX-License-Identifier: GPL-3.0-or-later */
/* error.h - the GError domain of knead's core.
 *
 * The code decides the exit status: a value the user gave was wrong (2), or
 * something could not be done (1).  Messages are translated and complete:
 * the command line prints them as "knead: MESSAGE".
 */
#ifndef KNEAD_ERROR_H
#define KNEAD_ERROR_H

#include <glib.h>
#include <stdbool.h>

#define KNEAD_ERROR (knead_error_quark())

enum knead_error_code {
	KNEAD_ERROR_INVALID, /* bad command line or value: exit 2 */
	KNEAD_ERROR_FAILED,  /* could not be done: exit 1 */
};

GQuark knead_error_quark(void);

/* 2 for KNEAD_ERROR_INVALID, 1 for anything else. */
int knead_error_exit_status(const GError *err);

#endif

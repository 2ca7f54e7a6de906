/* SPDX-License-Identifier: GPL-3.0-or-later */
/* error.c - knead's GError domain. */
#include "core/error.h"

GQuark knead_error_quark(void)
{
	return g_quark_from_static_string("knead-error-quark");
}

int knead_error_exit_status(const GError *err)
{
	if (err && err->domain == KNEAD_ERROR && err->code == KNEAD_ERROR_INVALID)
		return 2;
	return 1;
}

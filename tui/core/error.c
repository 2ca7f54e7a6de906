/* error.c - knead's GError domain. */
#include "error.h"

G_DEFINE_QUARK(knead-error-quark, knead_error)

int knead_error_exit_status(const GError *err)
{
	if (err && err->domain == KNEAD_ERROR && err->code == KNEAD_ERROR_INVALID)
		return 2;
	return 1;
}

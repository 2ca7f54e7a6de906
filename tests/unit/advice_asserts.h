/* SPDX-License-Identifier: GPL-3.0-or-later */
/* advice_asserts.h - what the advice tests ask of an answer: whether one
 * of its reasons says something, and whether a rule shaped it. */
#ifndef KNEAD_TEST_ADVICE_ASSERTS_H
#define KNEAD_TEST_ADVICE_ASSERTS_H

#include <stdbool.h>
#include <string.h>
#include "core/advice/advice.h"

/* Whether a reason of the answer holds `needle`. */
static inline bool has_reason(const struct advice *a, const char *needle)
{
	for (char **r = a->reasons; r && *r; r++)
		if (strstr(*r, needle))
			return true;
	return false;
}

/* Whether the rule `id` shaped the answer. */
static inline bool has_rule(const struct advice *a, const char *id)
{
	for (size_t i = 0; i < a->n_rules; i++)
		if (strcmp(a->rules[i], id) == 0)
			return true;
	return false;
}

#endif

# SPDX-License-Identifier: GPL-3.0-or-later
# mk/selfcare.mk: files of the self-care plan (included by Makefile.am):
# what to do for sore legs between two massages (knead plan, the Today
# screen's Tonight panel).

libknead_a_SOURCES += \
	tui/core/selfcare/selfcare.h tui/core/selfcare/selfcare.c \
	tui/core/selfcare/inputs.c tui/core/selfcare/selfcare_load.c \
	tui/core/store/selfcare_done.h tui/core/store/selfcare_done.c

if HAVE_CMOCKA
check_PROGRAMS += tests/unit/test_selfcare tests/unit/test_selfcare_property
TESTS += tests/unit/test_selfcare tests/unit/test_selfcare_property
endif
tests_unit_test_selfcare_SOURCES = tests/unit/test_selfcare.c tests/unit/history_builder.h
tests_unit_test_selfcare_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_selfcare_LDADD = $(UNIT_LDADD)
tests_unit_test_selfcare_property_SOURCES = tests/unit/test_selfcare_property.c \
	tests/unit/history_builder.h
tests_unit_test_selfcare_property_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_selfcare_property_LDADD = $(UNIT_LDADD)

knead_SOURCES += tui/cli/cli_plan.c

TESTS += tests/cli/plan.sh
EXTRA_DIST += tests/cli/plan.sh

# SPDX-License-Identifier: GPL-3.0-or-later
# mk/brief.mk: files of the therapist's brief (included by Makefile.am):
# the model (core/brief/), knead brief, its tests.

libknead_a_SOURCES += \
	tui/core/bodylayout.h tui/core/bodylayout.c \
	tui/core/brief/brief.h tui/core/brief/brief.c \
	tui/core/brief/collect.c \
	tui/core/brief/render.c \
	tui/core/brief/svg.h tui/core/brief/svg.c \
	tui/core/brief/brief_send.h tui/core/brief/brief_send.c

knead_SOURCES += tui/cli/cli_brief.c tui/cli/brief_common.c tui/ui/ui_brief.c
knead_io_SOURCES += tui/cli/brief_common.c

if HAVE_CMOCKA
check_PROGRAMS += tests/unit/test_brief
TESTS += tests/unit/test_brief
endif
tests_unit_test_brief_SOURCES = tests/unit/test_brief.c tests/unit/history_builder.h
tests_unit_test_brief_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_brief_LDADD = $(UNIT_LDADD)

TESTS += tests/cli/brief.sh
EXTRA_DIST += tests/cli/brief.sh

TESTS += tests/tui/brief.sh
EXTRA_DIST += tests/tui/brief.sh

# The HTML page in headless Chromium: skipped without it (.ci/run's
# browser stage requires it).
TESTS += tests/browser/brief_page.sh
EXTRA_DIST += tests/browser/brief_page.sh

# The booking reminder's "Book" and the brief (notification tests).
TESTS += tests/notify/book_brief.sh
EXTRA_DIST += tests/notify/book_brief.sh

# SPDX-License-Identifier: GPL-3.0-or-later
# mk/export.mk: files of the export wing (included by Makefile.am).
# Everything knead holds out as CSV or JSON, the soreness log as measures,
# and the advice as an iCalendar file: the export reads the store (whose
# kinds fill their own CSV rows and JSON objects) and the advice, and
# nothing reads it back but the import of its JSON (import/json.c), which
# owns the format's name.

libknead_a_SOURCES += \
	tui/core/export/export.h tui/core/export/export.c

knead_io_SOURCES += \
	tui/cli/cli_export.c

# Reads the calendar files of tests/cli/export.sh back with libical.
check_PROGRAMS += tests/cli/ics_check
tests_cli_ics_check_SOURCES = tests/cli/ics_check.c
tests_cli_ics_check_LDADD = $(ICAL_LIBS) $(GLIB_LIBS)

TESTS += tests/cli/export.sh tests/cli/export_measures.sh
EXTRA_DIST += tests/cli/export.sh tests/cli/export_measures.sh

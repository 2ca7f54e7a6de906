# SPDX-License-Identifier: GPL-3.0-or-later
# mk/fit.mk: the FIT decoder (included by Makefile.am): Garmin, Coros,
# Suunto, Wahoo... activity files, read by `knead import`.

libknead_a_SOURCES += tui/core/import/fit.h tui/core/import/fit.c

if HAVE_CMOCKA
check_PROGRAMS += tests/unit/test_fit
TESTS += tests/unit/test_fit
endif
tests_unit_test_fit_SOURCES = tests/unit/test_fit.c tests/unit/fit_builder.h tests/unit/import_fixtures.h \
	tests/unit/testutil.h
tests_unit_test_fit_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_fit_LDADD = $(UNIT_LDADD)

TESTS += tests/cli/import_fit.sh
EXTRA_DIST += tests/cli/import_fit.sh

# Real FIT files from a public project, with its licence (see
# tests/fixtures/README.md).
FIT_FIXTURES = \
	tests/fixtures/fit_garmin_run_3laps.fit \
	tests/fixtures/fit_suunto_trailrun_devfields.fit \
	tests/fixtures/fit_coros_run_nosubsport.fit \
	tests/fixtures/fit_virtualride_nostart.fit \
	tests/fixtures/fit_garmin_unclosed_broken.fit
EXTRA_DIST += $(FIT_FIXTURES) tests/fixtures/LICENSES/sports-lib_AGPL-3.0.txt

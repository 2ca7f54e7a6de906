# SPDX-License-Identifier: GPL-3.0-or-later
# mk/import.mk: files of the import area (included by Makefile.am).
# Importing runs (the formats of import/formats.c); the export, which reads
# the advice, is its own wing (mk/export.mk).

libknead_a_SOURCES += \
	tui/core/import/import.h tui/core/import/import.c \
	tui/core/import/formats.h tui/core/import/formats.c \
	tui/core/import/util.h tui/core/import/util.c \
	tui/core/import/sport.h tui/core/import/sport.c \
	tui/core/import/sniff.h tui/core/import/sniff.c \
	tui/core/import/health.h tui/core/import/health.c \
	tui/core/import/zip.h tui/core/import/zip.c \
	tui/core/import/lazy.h tui/core/import/lazy.c \
	tui/core/import/gpx.c tui/core/import/tcx.c tui/core/import/strava.c \
	tui/core/import/json.c

knead_import_SOURCES += tui/cli/cli_import.c

if HAVE_CMOCKA
check_PROGRAMS += tests/unit/test_import
TESTS += tests/unit/test_import
endif
tests_unit_test_import_SOURCES = tests/unit/test_import.c tests/unit/testutil.h tests/unit/import_fixtures.h
tests_unit_test_import_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_import_LDADD = $(UNIT_LDADD)

# The sport of every activity, and no run lost (FIT, GPX, TCX, the store).
if HAVE_CMOCKA
check_PROGRAMS += tests/unit/test_sport
TESTS += tests/unit/test_sport
endif
tests_unit_test_sport_SOURCES = tests/unit/test_sport.c tests/unit/fit_builder.h tests/unit/import_fixtures.h \
	tests/unit/testutil.h
tests_unit_test_sport_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_sport_LDADD = $(UNIT_LDADD)

TESTS += tests/cli/import.sh tests/cli/import_formats.sh tests/cli/import_sources.sh tests/cli/import_exports.sh
EXTRA_DIST += tests/cli/import.sh tests/cli/import_formats.sh tests/cli/import_sources.sh tests/cli/import_exports.sh

# Real watch and Strava files from public projects, with their licences
# (see tests/fixtures/README.md); the tests and fuzz seeds read them.
IMPORT_FIXTURES = \
	tests/fixtures/gpx_apple-watch_run_3seg_pauses.gpx \
	tests/fixtures/gpx_garmin-connect_run_hr.gpx \
	tests/fixtures/gpx_suunto-ambit_movescount_crlf.gpx \
	tests/fixtures/tcx_garmin-fr15_run_11laps_noalt.tcx \
	tests/fixtures/tcx_garmin-fr305_multisport_4activities.tcx \
	tests/fixtures/tcx_polar-m400_run_oneline.tcx \
	tests/fixtures/strava_activities.csv
EXTRA_DIST += $(IMPORT_FIXTURES) \
	tests/fixtures/README.md \
	tests/fixtures/LICENSES/GoldenCheetah_GPL-2.0.txt \
	tests/fixtures/LICENSES/Strava-Activity-Map_MIT.txt \
	tests/fixtures/LICENSES/georust-gpx_MIT.txt \
	tests/fixtures/LICENSES/placemark-togeojson_BSD-2-Clause.txt \
	tests/fixtures/LICENSES/sweatpy_MIT.txt

# The import's progress line, on a real terminal (tmux).
TESTS += tests/tui/import_progress.sh
EXTRA_DIST += tests/tui/import_progress.sh

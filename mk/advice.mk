# SPDX-License-Identifier: GPL-3.0-or-later
# mk/advice.mk: files of the advice area (included by Makefile.am).
# Training load, training phase, the next massage (knead next) and the
# status picture (knead status).

libknead_a_SOURCES += \
	tui/core/advice/baseline.h tui/core/advice/baseline.c \
	tui/core/advice/load.h tui/core/advice/load.c \
	tui/core/advice/phase.h tui/core/advice/phase.c \
	tui/core/advice/advice.h tui/core/advice/advice.c \
	tui/core/advice/advice_sore.c tui/core/advice/advice_gate.c tui/core/advice/advice_status.c \
	tui/core/advice/advice_history.h tui/core/advice/advice_history.c

knead_SOURCES += \
	tui/cli/cli_next.c tui/cli/cli_status.c tui/cli/cli_assessed.c

if HAVE_CMOCKA
check_PROGRAMS += tests/unit/test_load tests/unit/test_phase tests/unit/test_advice \
	tests/unit/test_baseline tests/unit/test_advice_load tests/unit/test_advice_rules \
	tests/unit/test_advice_store
TESTS += tests/unit/test_load tests/unit/test_phase tests/unit/test_advice \
	tests/unit/test_baseline tests/unit/test_advice_load tests/unit/test_advice_rules \
	tests/unit/test_advice_store
endif
tests_unit_test_advice_store_SOURCES = tests/unit/test_advice_store.c tests/unit/testutil.h
tests_unit_test_advice_store_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_advice_store_LDADD = $(UNIT_LDADD)
tests_unit_test_load_SOURCES = tests/unit/test_load.c tests/unit/history_builder.h
tests_unit_test_load_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_load_LDADD = $(UNIT_LDADD)
tests_unit_test_phase_SOURCES = tests/unit/test_phase.c tests/unit/history_builder.h
tests_unit_test_phase_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_phase_LDADD = $(UNIT_LDADD)
tests_unit_test_advice_SOURCES = tests/unit/test_advice.c tests/unit/history_builder.h tests/unit/advice_asserts.h
tests_unit_test_advice_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_advice_LDADD = $(UNIT_LDADD)
tests_unit_test_advice_rules_SOURCES = tests/unit/test_advice_rules.c tests/unit/history_builder.h tests/unit/advice_asserts.h
tests_unit_test_advice_rules_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_advice_rules_LDADD = $(UNIT_LDADD)
tests_unit_test_baseline_SOURCES = tests/unit/test_baseline.c tests/unit/history_builder.h
tests_unit_test_baseline_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_baseline_LDADD = $(UNIT_LDADD)
tests_unit_test_advice_load_SOURCES = tests/unit/test_advice_load.c tests/unit/history_builder.h tests/unit/advice_asserts.h
tests_unit_test_advice_load_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_advice_load_LDADD = $(UNIT_LDADD)

TESTS += tests/cli/assessed.sh tests/cli/next.sh tests/cli/status.sh tests/cli/triage.sh tests/cli/load.sh \
	tests/cli/advice_examples.sh
EXTRA_DIST += tests/cli/assessed.sh tests/cli/next.sh tests/cli/status.sh tests/cli/triage.sh tests/cli/load.sh \
	tests/cli/advice_examples.sh

# The gate's rules as invariants over random histories (PROPERTY_COUNT of
# them, 2,000 here; .ci/run runs 20,000), and the same histories through
# every surface of the command line (fewer: each is a database).
check_PROGRAMS += tests/advice/property tests/advice/simulate
TESTS += tests/advice/property tests/advice/surfaces.sh tests/advice/simulate
EXTRA_DIST += tests/advice/surfaces.sh tests/advice/SIMULATION.md
tests_advice_property_SOURCES = tests/advice/property.c
tests_advice_property_CFLAGS = $(AM_CFLAGS)
tests_advice_property_LDADD = libknead.a $(KNEAD_LIBS)
# A year of following every suggestion for six runners; the bands it
# checks and the table it writes (tests/advice/simulate FILE) are in
# tests/advice/SIMULATION.md.
tests_advice_simulate_SOURCES = tests/advice/simulate.c
tests_advice_simulate_CFLAGS = $(AM_CFLAGS)
tests_advice_simulate_LDADD = libknead.a $(KNEAD_LIBS)

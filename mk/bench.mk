# SPDX-License-Identifier: GPL-3.0-or-later
# mk/bench.mk: files of the bench area (included by Makefile.am).
#
# `make bench` measures knead against floors taken in the same run (the
# sqlite3 shell, a minimal ncursesw program, a bare libxml2 reader) on
# generated histories of 1, 5, 20 and 100 years, and prints the table and
# PASS/MISS per target (tests/bench/RESULTS.md).  It is a report, never part of
# `make check`.  The histories are generated once and kept in
# tests/bench/data/ of the build tree.  BENCH_RUNS sets how many times each
# figure is measured (the median is reported); see tests/bench/run.sh.

# Built only by `make bench` (EXTRA_PROGRAMS: never by `make all`).
BENCH_TOOLS = tests/bench/gen_history tests/bench/timecmd tests/bench/ptybench \
	tests/bench/min_curses tests/bench/xml_floor tests/bench/gen_fit tests/bench/fit_floor
EXTRA_PROGRAMS = $(BENCH_TOOLS)

tests_bench_gen_history_SOURCES = tests/bench/gen_history.c
tests_bench_gen_history_LDADD = libknead.a $(KNEAD_LIBS)
tests_bench_timecmd_SOURCES = tests/bench/timecmd.c
tests_bench_ptybench_SOURCES = tests/bench/ptybench.c
tests_bench_ptybench_LDADD = -lutil
tests_bench_min_curses_SOURCES = tests/bench/min_curses.c
tests_bench_min_curses_LDADD = $(NCURSES_LIBS)
tests_bench_xml_floor_SOURCES = tests/bench/xml_floor.c
tests_bench_xml_floor_LDADD = $(XML_LIBS)
tests_bench_gen_fit_SOURCES = tests/bench/gen_fit.c tests/unit/fit_builder.h
tests_bench_gen_fit_LDADD = $(GLIB_LIBS)
tests_bench_fit_floor_SOURCES = tests/bench/fit_floor.c

EXTRA_DIST += tests/bench/run.sh tests/bench/gen_import.sh tests/bench/RESULTS.md

bench: knead$(EXEEXT) $(BENCH_TOOLS)
	KNEAD=$(abs_top_builddir)/knead$(EXEEXT) \
	BENCH_BIN=$(abs_top_builddir)/tests/bench \
	BENCH_DATA=$(abs_top_builddir)/tests/bench/data \
	FIXTURES=$(abs_top_srcdir)/tests/fixtures \
	$(SHELL) $(top_srcdir)/tests/bench/run.sh

clean-local: bench-clean
bench-clean:
	rm -rf tests/bench/data tests/bench/report.md

.PHONY: bench bench-clean

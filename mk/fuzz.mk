# SPDX-License-Identifier: GPL-3.0-or-later
# mk/fuzz.mk: files of the fuzz area (included by Makefile.am).
#
# `make fuzz` builds libFuzzer targets with clang (ASan + UBSan) straight
# from the core sources (libknead.a is built by the configured compiler,
# without the fuzzer's instrumentation) and runs each for FUZZ_SECONDS,
# starting from the fixtures and tests/fuzz/seeds.  New inputs are kept in
# tests/fuzz/corpus/ of the build tree for the next run.  Not part of
# `make check`.  Example: make fuzz FUZZ_SECONDS=300

FUZZ_SECONDS = 60
FUZZ_CC = clang
FUZZ_MAX_LEN = 65536
FUZZ_COMPILE_FLAGS = -std=gnu11 -g -O1 -fno-omit-frame-pointer \
	-fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all
FUZZ_INCLUDES = $(DEFS) -I$(top_builddir) -I$(top_srcdir)/tui \
	$(GLIB_CFLAGS) $(XML_CFLAGS) $(ZLIB_CFLAGS)
FUZZ_LINK_LIBS = $(GLIB_LIBS) $(XML_LIBS) $(ZLIB_LIBS) $(CSV_LIBS) $(LIBINTL) -lm

FUZZ_CORE_SRC = \
	$(top_srcdir)/tui/core/model.c $(top_srcdir)/tui/core/error.c \
	$(top_srcdir)/tui/core/clock.c $(top_srcdir)/tui/core/regions.c \
	$(top_srcdir)/tui/core/parse.c $(top_srcdir)/tui/core/sanitize.c \
	$(top_srcdir)/tui/core/textwidth.c
FUZZ_IMPORT_SRC = $(top_srcdir)/tui/core/validate.c \
	$(top_srcdir)/tui/core/import/util.c $(top_srcdir)/tui/core/import/sport.c $(top_srcdir)/tui/core/import/gpx.c \
	$(top_srcdir)/tui/core/import/tcx.c $(top_srcdir)/tui/core/import/strava.c \
	$(top_srcdir)/tui/core/import/health.c $(top_srcdir)/tui/core/import/formats.c
FUZZ_BINARIES = tests/fuzz/fuzz_gpx tests/fuzz/fuzz_tcx tests/fuzz/fuzz_strava tests/fuzz/fuzz_fit \
	tests/fuzz/fuzz_health tests/fuzz/fuzz_zip \
	tests/fuzz/fuzz_parse tests/fuzz/fuzz_markdown tests/fuzz/fuzz_config tests/fuzz/fuzz_json
FUZZ_ARTICLE_SRC = \
	$(top_srcdir)/tui/core/articles/articles.c $(top_srcdir)/tui/core/articles/markdown.c \
	$(top_srcdir)/tui/core/paths.c
FUZZ_SETTINGS_SRC = \
	$(top_srcdir)/tui/core/settings.c $(top_srcdir)/tui/core/fileutil.c \
	$(top_srcdir)/tui/core/remind/followup.c $(top_srcdir)/tui/core/remind/remind.c \
	$(top_srcdir)/tui/core/advice/advice.c $(top_srcdir)/tui/core/format.c \
	$(top_srcdir)/tui/core/advice/advice_sore.c $(top_srcdir)/tui/core/advice/advice_gate.c \
	$(top_srcdir)/tui/core/advice/baseline.c $(top_srcdir)/tui/core/advice/load.c \
	$(top_srcdir)/tui/core/advice/phase.c $(top_srcdir)/tui/core/advice/advice_status.c \
	$(top_srcdir)/tui/core/selfcare/selfcare.c $(top_srcdir)/tui/core/selfcare/inputs.c \
	$(FUZZ_STORE_SRC)
# What a reminder asks depends on the day's check-in (checkin.c), which is
# saved through the store (whose kinds write themselves as JSON and CSV,
# json_model.c, csv_row.c and spreadsheet.c): the config target links
# them, never calls them.
FUZZ_STORE_SRC = \
	$(top_srcdir)/tui/core/store/checkin.c $(top_srcdir)/tui/core/validate.c \
	$(top_srcdir)/tui/core/store/store.c $(top_srcdir)/tui/core/store/kinds.c \
	$(top_srcdir)/tui/core/store/entries.c $(top_srcdir)/tui/core/store/reads.c \
	$(top_srcdir)/tui/core/store/reminders_sent.c $(top_srcdir)/tui/core/store/backup.c \
	$(top_srcdir)/tui/core/store/migrate.c $(top_srcdir)/tui/core/store/journal.c \
	$(top_srcdir)/tui/core/json_model.c $(top_srcdir)/tui/core/json_writer.c \
	$(top_srcdir)/tui/core/csv_row.c $(top_srcdir)/tui/core/spreadsheet.c

tests/fuzz/fuzz_gpx: $(top_srcdir)/tests/fuzz/fuzz_gpx.c $(top_srcdir)/tests/fuzz/fuzz_import.h $(FUZZ_CORE_SRC) $(FUZZ_IMPORT_SRC)
	@$(MKDIR_P) tests/fuzz
	$(FUZZ_CC) $(FUZZ_COMPILE_FLAGS) $(FUZZ_INCLUDES) -o $@ $(top_srcdir)/tests/fuzz/fuzz_gpx.c \
		$(FUZZ_CORE_SRC) $(FUZZ_IMPORT_SRC) $(FUZZ_LINK_LIBS)
tests/fuzz/fuzz_tcx: $(top_srcdir)/tests/fuzz/fuzz_tcx.c $(top_srcdir)/tests/fuzz/fuzz_import.h $(FUZZ_CORE_SRC) $(FUZZ_IMPORT_SRC)
	@$(MKDIR_P) tests/fuzz
	$(FUZZ_CC) $(FUZZ_COMPILE_FLAGS) $(FUZZ_INCLUDES) -o $@ $(top_srcdir)/tests/fuzz/fuzz_tcx.c \
		$(FUZZ_CORE_SRC) $(FUZZ_IMPORT_SRC) $(FUZZ_LINK_LIBS)
tests/fuzz/fuzz_strava: $(top_srcdir)/tests/fuzz/fuzz_strava.c $(top_srcdir)/tests/fuzz/fuzz_import.h $(FUZZ_CORE_SRC) $(FUZZ_IMPORT_SRC)
	@$(MKDIR_P) tests/fuzz
	$(FUZZ_CC) $(FUZZ_COMPILE_FLAGS) $(FUZZ_INCLUDES) -o $@ $(top_srcdir)/tests/fuzz/fuzz_strava.c \
		$(FUZZ_CORE_SRC) $(FUZZ_IMPORT_SRC) $(FUZZ_LINK_LIBS)
# The FIT decoder is built for fuzzing without its CRC checks (see fuzz_fit.c).
tests/fuzz/fuzz_fit: $(top_srcdir)/tests/fuzz/fuzz_fit.c $(top_srcdir)/tests/fuzz/fuzz_import.h $(FUZZ_CORE_SRC) $(FUZZ_IMPORT_SRC) $(top_srcdir)/tui/core/import/fit.c
	@$(MKDIR_P) tests/fuzz
	$(FUZZ_CC) $(FUZZ_COMPILE_FLAGS) -DFUZZING_BUILD_MODE_UNSAFE_FOR_PRODUCTION $(FUZZ_INCLUDES) \
		-o $@ $(top_srcdir)/tests/fuzz/fuzz_fit.c $(FUZZ_CORE_SRC) $(FUZZ_IMPORT_SRC) \
		$(top_srcdir)/tui/core/import/fit.c $(FUZZ_LINK_LIBS)
tests/fuzz/fuzz_health: $(top_srcdir)/tests/fuzz/fuzz_health.c $(top_srcdir)/tests/fuzz/fuzz_import.h $(FUZZ_CORE_SRC) $(FUZZ_IMPORT_SRC)
	@$(MKDIR_P) tests/fuzz
	$(FUZZ_CC) $(FUZZ_COMPILE_FLAGS) $(FUZZ_INCLUDES) -o $@ $(top_srcdir)/tests/fuzz/fuzz_health.c \
		$(FUZZ_CORE_SRC) $(FUZZ_IMPORT_SRC) $(FUZZ_LINK_LIBS)
# Zip exports (duplicates, encrypted entries, Health routes) through
# libarchive, and the names an export refers to.  libarchive is loaded
# on first use (import/lazy.c), as in knead-import.
tests/fuzz/fuzz_zip: $(top_srcdir)/tests/fuzz/fuzz_zip.c $(top_srcdir)/tests/fuzz/fuzz_import.h $(FUZZ_CORE_SRC) $(FUZZ_IMPORT_SRC) $(top_srcdir)/tui/core/import/fit.c $(top_srcdir)/tui/core/import/zip.c $(top_srcdir)/tui/core/import/sniff.c $(top_srcdir)/tui/core/import/lazy.c
	@$(MKDIR_P) tests/fuzz
	$(FUZZ_CC) $(FUZZ_COMPILE_FLAGS) $(FUZZ_INCLUDES) $(ARCHIVE_CFLAGS) $(JSON_CFLAGS) -o $@ \
		$(top_srcdir)/tests/fuzz/fuzz_zip.c $(FUZZ_CORE_SRC) $(FUZZ_IMPORT_SRC) \
		$(top_srcdir)/tui/core/import/fit.c $(top_srcdir)/tui/core/import/zip.c $(top_srcdir)/tui/core/import/sniff.c \
		$(top_srcdir)/tui/core/import/lazy.c $(FUZZ_LINK_LIBS) $(LIBS)
tests/fuzz/fuzz_parse: $(top_srcdir)/tests/fuzz/fuzz_parse.c $(FUZZ_CORE_SRC)
	@$(MKDIR_P) tests/fuzz
	$(FUZZ_CC) $(FUZZ_COMPILE_FLAGS) $(FUZZ_INCLUDES) -o $@ $(top_srcdir)/tests/fuzz/fuzz_parse.c \
		$(FUZZ_CORE_SRC) $(FUZZ_LINK_LIBS)

tests/fuzz/fuzz_markdown: $(top_srcdir)/tests/fuzz/fuzz_markdown.c $(FUZZ_CORE_SRC) $(FUZZ_ARTICLE_SRC)
	@$(MKDIR_P) tests/fuzz
	$(FUZZ_CC) $(FUZZ_COMPILE_FLAGS) $(FUZZ_INCLUDES) $(MD4C_CFLAGS) \
		-DPKGDATADIR=\"$(pkgdatadir)\" -DSOURCE_DATADIR=\"$(abs_top_srcdir)/data\" \
		-DPREFIX=\"$(prefix)\" -DBINDIR=\"$(bindir)\" -DPKGLIBEXECDIR=\"$(pkglibexecdir)\" \
		-DLOCALEDIR=\"$(localedir)\" -DBUILDDIR=\"$(abs_top_builddir)\" \
		-o $@ $(top_srcdir)/tests/fuzz/fuzz_markdown.c \
		$(FUZZ_CORE_SRC) $(FUZZ_ARTICLE_SRC) $(MD4C_LIBS) $(FUZZ_LINK_LIBS)
tests/fuzz/fuzz_config: $(top_srcdir)/tests/fuzz/fuzz_config.c $(FUZZ_CORE_SRC) $(FUZZ_SETTINGS_SRC)
	@$(MKDIR_P) tests/fuzz
	$(FUZZ_CC) $(FUZZ_COMPILE_FLAGS) $(FUZZ_INCLUDES) -o $@ $(top_srcdir)/tests/fuzz/fuzz_config.c \
		$(FUZZ_CORE_SRC) $(FUZZ_SETTINGS_SRC) $(SQLITE_LIBS) $(FUZZ_LINK_LIBS)
# The JSON splitter that reads knead's export back, seeded with
# the hostile corpus of tests/security/json.sh.
tests/fuzz/fuzz_json: $(top_srcdir)/tests/fuzz/fuzz_json.c $(FUZZ_CORE_SRC) $(top_srcdir)/tui/core/import/json_stream.c
	@$(MKDIR_P) tests/fuzz
	$(FUZZ_CC) $(FUZZ_COMPILE_FLAGS) $(FUZZ_INCLUDES) -o $@ $(top_srcdir)/tests/fuzz/fuzz_json.c \
		$(FUZZ_CORE_SRC) $(top_srcdir)/tui/core/import/json_stream.c $(FUZZ_LINK_LIBS)

fuzz-build: $(FUZZ_BINARIES)

# The targets `make fuzz` runs; CI runs them one at a time
# (make fuzz FUZZ_TARGETS=gpx) so that each is a case of its own.
FUZZ_TARGETS = gpx tcx strava fit health zip parse markdown config json
fuzz-list:
	@echo $(FUZZ_TARGETS)

# Each target: its corpus (seeded once from the fixtures), its dictionary,
# FUZZ_SECONDS of fuzzing; the first crash stops make with its reproducer.
fuzz: fuzz-build
	@set -e; \
	for t in $(FUZZ_TARGETS); do \
		corpus=tests/fuzz/corpus/$$t; \
		$(MKDIR_P) $$corpus; \
		case $$t in \
		gpx) seeds="$(top_srcdir)/tests/fixtures/gpx_*.gpx"; dict=gpx.dict ;; \
		tcx) seeds="$(top_srcdir)/tests/fixtures/tcx_*.tcx $(top_srcdir)/tests/fuzz/seeds/tcx/*"; dict=tcx.dict ;; \
		strava) seeds="$(top_srcdir)/tests/fixtures/strava_activities.csv $(top_srcdir)/tests/fuzz/seeds/strava/*"; dict=strava.dict ;; \
		fit) seeds="$(top_srcdir)/tests/fixtures/fit_*.fit $(top_srcdir)/tests/fuzz/seeds/fit/*"; dict= ;; \
		health) seeds="$(top_srcdir)/tests/fuzz/seeds/health/*"; dict=health.dict ;; \
		zip) seeds="$(top_srcdir)/tests/fuzz/seeds/zip/*"; dict= ;; \
		parse) seeds="$(top_srcdir)/tests/fuzz/seeds/parse/*"; dict= ;; \
		markdown) seeds="$(top_srcdir)/data/articles/en/*.md $(top_srcdir)/data/articles/fr/*.md"; dict= ;; \
		config) seeds="$(top_srcdir)/tests/fuzz/seeds/config/*"; dict= ;; \
		json) seeds="$(top_srcdir)/tests/fuzz/seeds/json/*"; dict= ;; \
		esac; \
		for s in $$seeds; do \
			b=seed-`basename $$s`; \
			test -f $$corpus/$$b || { cp $$s $$corpus/$$b; chmod u+w $$corpus/$$b; }; \
		done; \
		echo "fuzz_$$t: $(FUZZ_SECONDS) s"; \
		./tests/fuzz/fuzz_$$t -max_total_time=$(FUZZ_SECONDS) -max_len=$(FUZZ_MAX_LEN) \
			-timeout=30 -rss_limit_mb=2048 -print_final_stats=1 \
			-artifact_prefix=tests/fuzz/crash-$$t- \
			$${dict:+-dict=$(top_srcdir)/tests/fuzz/$$dict} $$corpus; \
	done

.PHONY: fuzz fuzz-build fuzz-list
CLEANFILES += $(FUZZ_BINARIES)

EXTRA_DIST += \
	tests/fuzz/fuzz_gpx.c tests/fuzz/fuzz_tcx.c tests/fuzz/fuzz_strava.c tests/fuzz/fuzz_fit.c \
	tests/fuzz/fuzz_health.c tests/fuzz/health.dict tests/fuzz/seeds/health/export.xml \
	tests/fuzz/fuzz_zip.c tests/fuzz/seeds/zip \
	tests/fuzz/fuzz_parse.c tests/fuzz/fuzz_markdown.c tests/fuzz/fuzz_config.c tests/fuzz/fuzz_import.h \
	tests/fuzz/fuzz_json.c tests/fuzz/seeds/json \
	tests/fuzz/seeds/config/full.ini \
	tests/fuzz/gpx.dict tests/fuzz/tcx.dict tests/fuzz/strava.dict \
	tests/fuzz/seeds/tcx/multisport.tcx tests/fuzz/seeds/strava/short.csv \
	tests/fuzz/seeds/fit/chained_le_be.fit tests/fuzz/seeds/fit/compressed_records.fit \
	tests/fuzz/seeds/fit/devfields_treadmill_records.fit tests/fuzz/seeds/fit/laps_only.fit \
	tests/fuzz/seeds/fit/multisport_sessions.fit tests/fuzz/seeds/fit/regression_hr_uint32.fit \
	tests/fuzz/seeds/fit/negative_timestamp.fit \
	tests/fuzz/seeds/parse/seed1 tests/fuzz/seeds/parse/seed2 \
	tests/fuzz/seeds/parse/seed3 tests/fuzz/seeds/parse/seed4 \
	tests/fuzz/seeds/parse/seed5 tests/fuzz/seeds/parse/seed6 \
	tests/fuzz/seeds/parse/seed7 tests/fuzz/seeds/parse/seed8 \
	tests/fuzz/seeds/parse/seed9 tests/fuzz/seeds/parse/seed10 \
	tests/fuzz/seeds/parse/seed11 tests/fuzz/seeds/parse/seed12 \
	tests/fuzz/seeds/parse/seed13 tests/fuzz/seeds/parse/seed14 \
	tests/fuzz/seeds/parse/seed15 tests/fuzz/seeds/parse/seed16 \
	tests/fuzz/seeds/parse/seed17 tests/fuzz/seeds/parse/seed18 \
	tests/fuzz/seeds/parse/seed19 tests/fuzz/seeds/parse/seed20 \
	tests/fuzz/seeds/parse/seed21 tests/fuzz/seeds/parse/seed22 \
	tests/fuzz/seeds/parse/seed23 tests/fuzz/seeds/parse/seed24 \
	tests/fuzz/seeds/parse/seed25 tests/fuzz/seeds/parse/seed26

# SPDX-License-Identifier: GPL-3.0-or-later
# mk/security.mk: files of the security area (included by Makefile.am).
# One validation layer for every way in, one sanitiser for every way out,
# writes that never destroy, and the tests behind each.

libknead_a_SOURCES += \
	tui/core/sanitize.h tui/core/sanitize.c \
	tui/core/validate.h tui/core/validate.c \
	tui/core/import/json_stream.h tui/core/import/json_stream.c

security_tests = \
	tests/security/hung_notify.sh \
	tests/security/writes.sh \
	tests/security/opens.sh \
	tests/security/exportrefs.sh \
	tests/security/zips.sh \
	tests/security/skips.sh \
	tests/security/names.sh \
	tests/security/json.sh \
	tests/security/output.sh \
	tests/security/dates.sh \
	tests/security/exit.sh \
	tests/security/textfield.sh \
	tests/security/ids.sh
TESTS += $(security_tests)
EXTRA_DIST += $(security_tests) tests/security/RESULTS.md
dist_noinst_SCRIPTS += tests/security/scale.sh

# The hostile JSON corpus json.sh imports (also seeds for fuzzing).
security_json_seeds = \
	tests/fuzz/seeds/json/hostile-100km-60s.json \
	tests/fuzz/seeds/json/hostile-1899.json \
	tests/fuzz/seeds/json/hostile-bad-escape.json \
	tests/fuzz/seeds/json/hostile-bidi.json \
	tests/fuzz/seeds/json/hostile-c1-csi.json \
	tests/fuzz/seeds/json/hostile-cr.json \
	tests/fuzz/seeds/json/hostile-csi-clear.json \
	tests/fuzz/seeds/json/hostile-deep-object.json \
	tests/fuzz/seeds/json/hostile-empty.json \
	tests/fuzz/seeds/json/hostile-future-run.json \
	tests/fuzz/seeds/json/hostile-future-soreness.json \
	tests/fuzz/seeds/json/hostile-high-at-end.json \
	tests/fuzz/seeds/json/hostile-high-high.json \
	tests/fuzz/seeds/json/hostile-hr-999.json \
	tests/fuzz/seeds/json/hostile-huge-number.json \
	tests/fuzz/seeds/json/hostile-invalid-utf8.json \
	tests/fuzz/seeds/json/hostile-level-11.json \
	tests/fuzz/seeds/json/hostile-lone-high.json \
	tests/fuzz/seeds/json/hostile-lone-low.json \
	tests/fuzz/seeds/json/hostile-long-key.json \
	tests/fuzz/seeds/json/hostile-long-name.json \
	tests/fuzz/seeds/json/hostile-long-note.json \
	tests/fuzz/seeds/json/hostile-long-number.json \
	tests/fuzz/seeds/json/hostile-massage-far-future.json \
	tests/fuzz/seeds/json/hostile-missing-comma.json \
	tests/fuzz/seeds/json/hostile-nano-run.json \
	tests/fuzz/seeds/json/hostile-negative.json \
	tests/fuzz/seeds/json/hostile-nesting-closed.json \
	tests/fuzz/seeds/json/hostile-nesting.json \
	tests/fuzz/seeds/json/hostile-newer.json \
	tests/fuzz/seeds/json/hostile-no-format.json \
	tests/fuzz/seeds/json/hostile-not-object.json \
	tests/fuzz/seeds/json/hostile-nul-escape.json \
	tests/fuzz/seeds/json/hostile-osc52-note.json \
	tests/fuzz/seeds/json/hostile-race-1800.json \
	tests/fuzz/seeds/json/hostile-raw-nul.json \
	tests/fuzz/seeds/json/hostile-row-not-object.json \
	tests/fuzz/seeds/json/hostile-title.json \
	tests/fuzz/seeds/json/hostile-trailing-comma.json \
	tests/fuzz/seeds/json/hostile-trailing.json \
	tests/fuzz/seeds/json/hostile-truncated.json \
	tests/fuzz/seeds/json/hostile-wrong-format.json \
	tests/fuzz/seeds/json/hostile-year-1.json \
	tests/fuzz/seeds/json/ok-booked-massage.json \
	tests/fuzz/seeds/json/ok-future-race.json \
	tests/fuzz/seeds/json/ok-note-newline.json \
	tests/fuzz/seeds/json/ok-plain.json \
	tests/fuzz/seeds/json/ok-surrogate-pair.json \
	tests/fuzz/seeds/json/ok-unknown-members.json
EXTRA_DIST += $(security_json_seeds)

# A notification server that takes Notify calls and never answers them.
check_PROGRAMS += tests/security/hung_notify
tests_security_hung_notify_SOURCES = tests/security/hung_notify.c
tests_security_hung_notify_CFLAGS = $(AM_CFLAGS) $(GLIB_CFLAGS)
tests_security_hung_notify_LDADD = $(GLIB_LIBS)

# The sanitiser, the validator's boundaries, the JSON splitter.
if HAVE_CMOCKA
check_PROGRAMS += tests/unit/test_security
TESTS += tests/unit/test_security
endif
tests_unit_test_security_SOURCES = tests/unit/test_security.c
tests_unit_test_security_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_security_LDADD = $(UNIT_LDADD)

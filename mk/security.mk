# mk/security.mk: files of the security area (included by Makefile.am).
# One validation layer for every way in, one sanitiser for every way out,
# writes that never destroy, and the tests behind each (issue 18).

libknead_a_SOURCES += \
	tui/core/sanitize.h tui/core/sanitize.c \
	tui/core/validate.h tui/core/validate.c \
	tui/core/json_stream.h tui/core/json_stream.c

security_tests = \
	tests/security/hung_notify.sh \
	tests/security/writes.sh \
	tests/security/json.sh \
	tests/security/output.sh \
	tests/security/dates.sh \
	tests/security/exit.sh
TESTS += $(security_tests)
EXTRA_DIST += $(security_tests) tests/security/RESULTS.md

# A notification server that takes Notify calls and never answers them.
check_PROGRAMS += tests/security/hung_notify
tests_security_hung_notify_SOURCES = tests/security/hung_notify.c
tests_security_hung_notify_CFLAGS = $(AM_CFLAGS) $(GLIB_CFLAGS)
tests_security_hung_notify_LDADD = $(GLIB_LIBS)

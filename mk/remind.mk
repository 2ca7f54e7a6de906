# mk/remind.mk: files of the remind area (included by Makefile.am).
# Desktop reminders: what is due (core), knead remind (one pass, --dry-run,
# --daemon), the systemd user units, and tests against a real notification
# server (dunst on Xvfb, on a private D-Bus session bus).

libknead_a_SOURCES += tui/core/remind.h tui/core/remind.c
knead_io_SOURCES += tui/cli/cli_remind.c

# The user units name the installed binary, so the services are generated.
remind_unit_sources = \
	data/knead-remind.service.in \
	data/knead-reminder-daemon.service.in
systemduserunit_DATA = \
	data/knead-remind.service \
	data/knead-remind.timer \
	data/knead-reminder-daemon.service
EXTRA_DIST += $(remind_unit_sources) data/knead-remind.timer
CLEANFILES += data/knead-remind.service data/knead-reminder-daemon.service

remind_unit_edit = $(SED) -e 's|@bindir[@]|$(bindir)|g'

data/knead-remind.service: $(srcdir)/data/knead-remind.service.in Makefile
	$(AM_V_GEN)$(MKDIR_P) data && \
	$(remind_unit_edit) $(srcdir)/data/knead-remind.service.in >$@.tmp && mv $@.tmp $@
data/knead-reminder-daemon.service: $(srcdir)/data/knead-reminder-daemon.service.in Makefile
	$(AM_V_GEN)$(MKDIR_P) data && \
	$(remind_unit_edit) $(srcdir)/data/knead-reminder-daemon.service.in >$@.tmp && mv $@.tmp $@

if HAVE_CMOCKA
check_PROGRAMS += tests/unit/test_remind
TESTS += tests/unit/test_remind
endif
tests_unit_test_remind_SOURCES = tests/unit/test_remind.c
tests_unit_test_remind_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_remind_LDADD = $(UNIT_LDADD)

remind_notify_tests = \
	tests/notify/kinds.sh \
	tests/notify/quiet.sh \
	tests/notify/noserver.sh \
	tests/notify/concurrent.sh \
	tests/notify/daemon.sh \
	tests/notify/french.sh
TESTS += $(remind_notify_tests)
EXTRA_DIST += $(remind_notify_tests)
dist_noinst_DATA += tests/notify/env.sh tests/notify/session.conf

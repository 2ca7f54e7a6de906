# SPDX-License-Identifier: GPL-3.0-or-later
# mk/remind.mk: files of the remind area (included by Makefile.am).
# Desktop reminders: what is due (core), knead remind (one pass, --dry-run,
# --daemon), the systemd user units, and tests against a real notification
# server (dunst on Xvfb, on a private D-Bus session bus).

libknead_a_SOURCES += tui/core/remind/remind.h tui/core/remind/remind.c \
	tui/core/remind/send.h tui/core/remind/send.c \
	tui/core/remind/followup.h tui/core/remind/followup.c
knead_io_SOURCES += tui/cli/cli_remind.c

# The user units name the installed binary, so the services are written at
# install time, from the bindir of that install (make install prefix=X
# included), not the one configure chose.
remind_unit_sources = \
	data/knead-remind.service.in \
	data/knead-reminder-daemon.service.in
dist_systemduserunit_DATA = data/knead-remind.timer
EXTRA_DIST += $(remind_unit_sources)

install-data-local: install-remind-units
uninstall-local: uninstall-remind-units
install-remind-units:
	$(MKDIR_P) '$(DESTDIR)$(systemduserunitdir)'
	for in in $(remind_unit_sources); do \
		unit=`basename $$in .in`; \
		$(SED) -e 's|@bindir[@]|$(bindir)|g' $(srcdir)/$$in >$$unit.tmp && \
		$(INSTALL_DATA) $$unit.tmp '$(DESTDIR)$(systemduserunitdir)'/$$unit && \
		rm -f $$unit.tmp || exit 1; \
	done
uninstall-remind-units:
	for in in $(remind_unit_sources); do \
		rm -f '$(DESTDIR)$(systemduserunitdir)'/`basename $$in .in`; \
	done
.PHONY: install-remind-units uninstall-remind-units

if HAVE_CMOCKA
check_PROGRAMS += tests/unit/test_remind tests/unit/test_followup tests/unit/test_remind_send
TESTS += tests/unit/test_remind tests/unit/test_followup tests/unit/test_remind_send
endif
tests_unit_test_remind_send_SOURCES = tests/unit/test_remind_send.c tests/unit/testutil.h
tests_unit_test_remind_send_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_remind_send_LDADD = $(UNIT_LDADD)
tests_unit_test_remind_SOURCES = tests/unit/test_remind.c
tests_unit_test_remind_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_remind_LDADD = $(UNIT_LDADD)
tests_unit_test_followup_SOURCES = tests/unit/test_followup.c
tests_unit_test_followup_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_followup_LDADD = $(UNIT_LDADD)

remind_notify_tests = \
	tests/notify/kinds.sh \
	tests/notify/quiet.sh \
	tests/notify/noserver.sh \
	tests/notify/concurrent.sh \
	tests/notify/daemon.sh \
	tests/notify/french.sh \
	tests/notify/actions.sh \
	tests/notify/selfcare.sh \
	tests/notify/fresh.sh \
	tests/notify/burst.sh
TESTS += $(remind_notify_tests)
EXTRA_DIST += $(remind_notify_tests)
dist_noinst_DATA += tests/notify/env.sh tests/notify/session.conf

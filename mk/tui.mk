# SPDX-License-Identifier: GPL-3.0-or-later
# mk/tui.mk: files of the tui area (included by Makefile.am).

# The demo block (core: also used by the benchmarks).
libknead_a_SOURCES += tui/core/store/demo.h tui/core/store/demo.c

# The full-screen interface: the event loop, the key table, layout and
# widgets, and one file per screen.
knead_SOURCES += \
	tui/ui/ui.h tui/ui/ui.c \
	tui/ui/keys.c tui/ui/layout.c \
	tui/ui/bodymap.h tui/ui/bodymap.c \
	tui/ui/chart.h tui/ui/chart.c \
	tui/ui/form.h tui/ui/form.c \
	tui/ui/records.h tui/ui/records.c \
	tui/ui/record_kinds.h tui/ui/record_kinds.c \
	tui/ui/ui_today.c tui/ui/ui_checkin.c tui/ui/ui_history.c \
	tui/ui/ui_races.c tui/ui/ui_articles.c tui/ui/ui_help.c

# Tests in a real terminal: a private tmux server per script.
TUI_TESTS = \
	tests/tui/checkin.sh tests/tui/form_errors.sh tests/tui/resize.sh \
	tests/tui/french.sh tests/tui/nocolor.sh tests/tui/external.sh \
	tests/tui/delete_undo.sh tests/tui/why.sh tests/tui/mouse.sh \
	tests/tui/checkin_keys.sh tests/tui/bodymap.sh tests/tui/save_keys.sh \
	tests/tui/mouse_encodings.sh tests/tui/checkin_day.sh tests/tui/choice.sh \
	tests/tui/cursor.sh tests/tui/today_charts.sh tests/tui/hints.sh \
	tests/tui/empty.sh tests/tui/man_keys.sh tests/tui/french_columns.sh \
	tests/tui/confirm_yes.sh tests/tui/forms.sh tests/tui/articles.sh \
	tests/tui/tonight.sh tests/tui/pager.sh \
	tests/tui/bodymap_sides.sh tests/tui/checkin_inplace.sh \
	tests/tui/why_scroll.sh tests/tui/checkin_small.sh \
	tests/tui/flags.sh tests/tui/pace.sh tests/tui/today_cuts.sh \
	tests/tui/wide.sh tests/tui/checkin_keys_fr.sh tests/tui/why_rules.sh \
	tests/tui/help_scroll.sh tests/tui/checkin_fits.sh tests/tui/message_wrap.sh \
	tests/tui/articles_cut.sh
TESTS += $(TUI_TESTS)
EXTRA_DIST += $(TUI_TESTS) tests/tui/tmux.sh

# The manual's list of keys comes from the key table: keys_man writes it,
# `make update-man-keys` puts it into data/knead.1, and man_keys.sh fails
# when the two differ.
check_PROGRAMS += tui/ui/keys_man
tui_ui_keys_man_SOURCES = tui/ui/keys_man.c tui/ui/keys.c tui/ui/ui.h
tui_ui_keys_man_LDADD = $(NCURSES_LIBS) $(GLIB_LIBS)

update-man-keys: tui/ui/keys_man$(EXEEXT)
	$(AM_V_GEN)tui/ui/keys_man$(EXEEXT) >man-keys.tmp && \
	awk -v gen=man-keys.tmp \
	  '/^\.\\" BEGIN KEYS/ { print; while ((getline l < gen) > 0) print l; skip = 1; next } \
	   /^\.\\" END KEYS/ { skip = 0 } !skip' \
	  $(srcdir)/data/knead.1 >knead.1.tmp && \
	mv knead.1.tmp $(srcdir)/data/knead.1 && rm -f man-keys.tmp
.PHONY: update-man-keys

# Advice v2 on Today: the stale-soreness question, bookings, the rules.
TESTS += tests/tui/advice.sh
EXTRA_DIST += tests/tui/advice.sh

# mk/tui.mk: files of the tui area (included by Makefile.am).

# The demo block (core: also used by the benchmarks).
libknead_a_SOURCES += tui/core/demo.h tui/core/demo.c

# The full-screen interface: the event loop, the key table, layout and
# widgets, and one file per screen.
knead_SOURCES += \
	tui/ui/ui.h tui/ui/ui.c \
	tui/ui/keys.c tui/ui/layout.c \
	tui/ui/bodymap.h tui/ui/bodymap.c \
	tui/ui/chart.h tui/ui/chart.c \
	tui/ui/form.h tui/ui/form.c \
	tui/ui/records.h tui/ui/records.c \
	tui/ui/ui_today.c tui/ui/ui_checkin.c tui/ui/ui_history.c \
	tui/ui/ui_races.c tui/ui/ui_articles.c tui/ui/ui_help.c

# Tests in a real terminal: a private tmux server per script.
TUI_TESTS = \
	tests/tui/checkin.sh tests/tui/form_errors.sh tests/tui/resize.sh \
	tests/tui/french.sh tests/tui/nocolor.sh tests/tui/external.sh \
	tests/tui/delete_undo.sh tests/tui/why.sh tests/tui/mouse.sh
TESTS += $(TUI_TESTS)
EXTRA_DIST += $(TUI_TESTS) tests/tui/tmux.sh

# Advice v2 on Today: the stale-soreness question, bookings, the rules.
TESTS += tests/tui/advice.sh
EXTRA_DIST += tests/tui/advice.sh

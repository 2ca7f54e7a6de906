#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The check-in saves with Ctrl-S, F2 and Enter on its last field, whatever
# the terminal: tmux runs knead under each default-terminal in turn (the
# linux console's description names F2 differently from what is sent).
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux.sh"

# save KEYS...: saves with KEYS; every run is typed at the same fixed time,
# so once one is logged the check-in asks whether this one is a second run.
save() {
	_n=$(sql "SELECT count(*) FROM runs")
	keys "$@"
	if [ "$_n" -gt 0 ]; then
		wait_for "A similar run is logged"
		keys y
	fi
}

# One tmux server per terminal, started with its default-terminal.
tm() {
	tmux -L "$TMUX_SOCKET" -f "$T/tmux.conf" "$@"
}

for term in linux xterm vt100 tmux-256color; do
	if ! infocmp "$term" >/dev/null 2>&1; then
		skip "no terminfo for $term" "Ctrl-S, F2 and Enter save under TERM=$term"
		continue
	fi
	TMUX_SOCKET=knead-test-$$-$term
	printf 'set -g default-terminal "%s"\n' "$term" >"$T/tmux.conf"
	tui_start 80 24
	wait_for "Phase"
	is "$(tm show -gv default-terminal)" "$term" "tmux runs knead under $term"

	before=$(sql "SELECT count(*) FROM runs")
	keys c
	wait_for "Soreness now"
	# Ctrl-N: a new run, not the one logged today changed in place.
	keys C-n
	type_text "5km"
	keys Tab
	type_text "30:00"
	save C-s
	wait_for "Check-in saved: run 5.00 km."
	ok $? "Ctrl-S saves under $term"

	keys c
	wait_for "Soreness now"
	keys C-n
	type_text "6km"
	keys Tab
	type_text "33:00"
	save F2
	wait_for "Check-in saved: run 6.00 km."
	ok $? "F2 saves under $term"

	# From the duration back through the day to the massage's last field.
	keys c
	wait_for "Soreness now"
	keys C-n
	type_text "7km"
	keys Tab
	type_text "40:00"
	save BTab BTab BTab Enter
	wait_for "Check-in saved: run 7.00 km."
	ok $? "Enter on the last field saves under $term"
	keys q
	wait_exit
	is "$(sql "SELECT count(*) - $before FROM runs")" 3 "three runs stored under $term"
	tm_kill_server
done

is "$(sql "SELECT group_concat(CAST(distance_m / 1000 AS INT), ',') FROM runs")" \
	"5,6,7,5,6,7,5,6,7,5,6,7" "every run typed is in the database, in order"

done_testing

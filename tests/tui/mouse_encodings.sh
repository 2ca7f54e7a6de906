#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The mouse in both encodings a terminal may send, SGR (1006: ESC [ < b ; x
# ; y M) and X10 (ESC [ M and three bytes), whatever the terminal
# description announces: a click is a click, never text typed into a
# field; the wheel scrolls the lists and the reader.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux.sh"

tm() {
	tmux -L "$TMUX_SOCKET" -f "$T/tmux.conf" "$@"
}

# sgr BUTTON ROW COL (0-based), press only.
sgr() {
	tm send-keys -l "$(printf '\033[<%d;%d;%dM' "$1" $(($3 + 1)) $(($2 + 1)))"
	[ "$1" -ge 64 ] || tm send-keys -l "$(printf '\033[<%d;%d;%dm' "$1" $(($3 + 1)) $(($2 + 1)))"
}
# x10 BUTTON ROW COL: press (and release for a click).
x10() {
	_b=$(printf "\\$(printf %o $(($1 + 32)))")
	_x=$(printf "\\$(printf %o $(($3 + 33)))")
	_y=$(printf "\\$(printf %o $(($2 + 33)))")
	tm send-keys -l "$(printf '\033[M')$_b$_x$_y"
	[ "$1" -ge 64 ] || tm send-keys -l "$(printf '\033[M#')$_x$_y"
}
col_of() { # col_of TEXT: the column where TEXT starts on row 0
	_line=$(screen | sed -n 1p)
	printf '%s' "${_line%%"$1"*}" | LC_ALL=C.UTF-8 wc -m
}

for i in 1 2 3 4 5 6 7 8 9 10 11 12; do
	"$KNEAD" --db "$DB" --now "$NOW" log run "${i}km" 30:00 --date "-${i}d" --note "run$i" >/dev/null
done

for term in tmux-256color xterm; do
	TMUX_SOCKET=knead-test-$$-$term
	printf 'set -g default-terminal "%s"\n' "$term" >"$T/tmux.conf"
	for enc in sgr x10; do
		tui_start 100 30
		wait_for "Next massage"
		keys c
		wait_for "Soreness now"
		type_text "5"
		# A click on the History tab while the cursor is in a field.
		$enc 0 0 $(($(col_of "3 History") + 2))
		wait_for "Runs (12)"
		ok $? "$term, $enc: a click on a tab switches screens"
		keys 2
		wait_for "Soreness now"
		like "$(screen | grep Distance)" "Distance +5 *│" \
			"$term, $enc: the report is not typed into the field"
		unlike "$(screen)" "\[<|\[M" "$term, $enc: nowhere on screen"
		$enc 0 0 $(($(col_of "3 History") + 2))
		wait_for "Runs (12)"
		$enc 65 10 10
		keys d
		wait_for "(y/n)"
		like "$(screen)" "Delete the run of Thu 19 Nov, 4.00 km" \
			"$term, $enc: the wheel moves down the list, three rows a turn"
		keys n
		wait_gone "(y/n)"
		keys 5
		# The list must be there before Enter opens its first article.
		wait_for "the most useful for you today first"
		keys Enter
		wait_for "lines 1-"
		$enc 65 10 10
		wait_for "lines 4-"
		ok $? "$term, $enc: the wheel scrolls the reader"
		$enc 64 10 10
		wait_for "lines 1-"
		ok $? "$term, $enc: and back up"
		keys q q
		wait_exit
		is "$status" 0 "$term, $enc: knead exits cleanly"
		tm_kill_server
	done
done

done_testing

#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The terminal's own cursor stands at the caret of the field being typed
# in (screen readers and braille displays follow it), with colour and
# without (NO_COLOR, where the caret cell is drawn the other way round
# from its field); it is hidden where nothing is typed.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux.sh"

cursor() {
	tm display -p '#{cursor_flag} #{cursor_y} #{cursor_x}'
}
# cursor_is PATTERN [SECONDS]: polls until "flag row col" matches the glob
# PATTERN; prints what it is then.
cursor_is() {
	_tries=$(( ${2:-30} * 10 ))
	while [ "$_tries" -gt 0 ]; do
		_c=$(cursor)
		case "$_c" in $1) break ;; esac
		sleep 0.1
		_tries=$((_tries - 1))
	done
	echo "$_c"
}
# where TEXT: "ROW COL" (columns, not bytes) where TEXT starts.
where() {
	screen | awk -v t="$1" 'index($0, t) { print NR - 1; exit }' | {
		read -r _row || return 1
		_line=$(screen | sed -n "$((_row + 1))p")
		echo "$_row $(printf '%s' "${_line%%"$1"*}" | LC_ALL=C.UTF-8 wc -m)"
	}
}

for colour in colour NO_COLOR; do
	if [ "$colour" = NO_COLOR ]; then tui_start 80 24 NO_COLOR=1; else tui_start 80 24; fi
	wait_for "Phase"
	is "$(cursor_is "0 *" | cut -d' ' -f1)" 0 "$colour: no cursor on Today"
	keys c
	wait_for "Soreness now"
	type_text "10.5km"
	wait_for "10.5km"
	set -- $(where "10.5km")
	is "$(cursor_is "1 $1 $(($2 + 6))")" "1 $1 $(($2 + 6))" \
		"$colour: the cursor follows the caret, after what was typed"
	keys Left Left
	is "$(cursor_is "1 $1 $(($2 + 4))")" "1 $1 $(($2 + 4))" "$colour: and moves with it"
	if [ "$colour" = NO_COLOR ]; then
		line=$(tm capture-pane -p -e | sed -n "$(($1 + 1))p")
		like "$line" "$(printf '\033')\\[7m10\\.5" "$colour: the field is reversed"
		unlike "$line" "$(printf '\033')\\[7m10\\.5km" "$colour: but not the caret cell"
	fi
	keys C-r
	wait_for "Right hip flexor: 0/10"
	is "$(cursor_is "0 *" | cut -d' ' -f1)" 0 "$colour: no cursor on the body map"
	keys Escape y
	wait_for "Phase"
	keys 3 /
	type_text "ab"
	wait_for "/ab"
	set -- $(where "/ab")
	is "$(cursor_is "1 $1 $(($2 + 3))")" "1 $1 $(($2 + 3))" \
		"$colour: a search being typed has the cursor too"
	keys Escape q
	wait_exit
done

done_testing

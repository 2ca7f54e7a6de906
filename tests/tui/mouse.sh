#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The mouse: a click on a tab switches screens, a click on the body map
# picks the region that digits then set, a click on nothing does nothing.
# Clicks are the xterm reports a terminal sends (ESC [ M, button, column
# and row, each plus 32), typed into the pane as they would arrive.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux.sh"

# find TEXT: "ROW COL" of the first place TEXT is on screen, in columns
# (box-drawing characters are three bytes but one column).
find_on_screen() {
	screen | awk -v t="$1" 'index($0, t) { print NR - 1; exit }' | {
		read -r _row || return 1
		_line=$(screen | sed -n "$((_row + 1))p")
		_col=$(printf '%s' "${_line%%"$1"*}" | LC_ALL=C.UTF-8 wc -m)
		echo "$_row $_col"
	}
}

"$KNEAD" --db "$DB" --now "$NOW" log run 10km 50:00 >/dev/null

tui_start 100 30
wait_for "Next massage"
ok $? "the interface is up"

set -- $(find_on_screen "3 History")
click "$1" "$(($2 + 2))"
wait_for "Runs (1)"
ok $? "a click on the History tab shows History"

set -- $(find_on_screen "2 Check-in")
click "$1" "$(($2 + 2))"
wait_for "Soreness now"
ok $? "a click on the Check-in tab opens the check-in"
wait_for "Right hip flexor: 0/10"
ok $? "the map starts on the right hip flexor"

# The lowest cell of the back figure, far right: a region low on the leg.
row=$(screen | awk '/\( ·\)/ { r = NR - 1 } END { print r }')
line=$(screen | sed -n "$((row + 1))p")
col=$(printf '%s' "${line%"( ·)"*}" | LC_ALL=C.UTF-8 wc -m)
click "$row" "$((col + 1))"
wait_gone "Right hip flexor: 0/10"
label=$(screen | grep -oE '(Left|Right) [^:│]+: 0/10' | head -n 1)
like "$label" '^(Left|Right) (calf|soleus|Achilles|foot|shin|hamstring|knee)' \
	"a click on the map picks the region under it ($label)"
unlike "$label" "hip flexor" "and not the one selected before"
name=${label%: 0/10}

keys 6
wait_for "$name: 6/10"
ok $? "a digit then sets that region"

# Nothing under the pointer: the blank line under the forms.
click "$(($(screen | wc -l) - 5))" 2
keys F1
wait_for "Keys"
keys Escape
wait_gone "Keys"
like "$(screen)" "$name: 6/10" "a click on nothing changes nothing"

keys F2
wait_for "Check-in saved"
ok $? "F2 saves"
keys q
wait_exit
is "$status" 0 "q quits with status 0"
want=$(printf '%s' "$name" | sed 's/^Left/left/; s/^Right/right/')
is "$("$KNEAD" --db "$DB" --now "$NOW" list soreness | grep -c "  $want  *6/10")" 1 \
	"the database holds the clicked region ($want) at 6/10"
is "$(sql 'SELECT level FROM soreness')" 6 "at level 6"

done_testing

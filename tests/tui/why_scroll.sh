#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The advice is always reachable, at 80x24 and 100x30, in English and
# French: the card ends a cut list of reasons with "…+N (w)", N the
# reasons left out; the Why view scrolls to the last reason with the
# arrows, PgUp/PgDn and the mouse wheel; French Today cuts no word.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux.sh"

"$KNEAD" --db "$DB" --now "$NOW" log sore it-band:left 6 >/dev/null
"$KNEAD" --db "$DB" --now "$NOW" log sore calf:right 4 knee:left 3 quad:right 5 hamstring:left 4 >/dev/null
"$KNEAD" --db "$DB" --now "$NOW" race add 2026-12-06 "Demi de Verdun" 21.1km --priority A >/dev/null
reasons=$("$KNEAD" --db "$DB" --now "$NOW" next --json | jq '.reasons | length')
last=$("$KNEAD" --db "$DB" --now "$NOW" next --json | jq -r '.reasons[-1]' | cut -c1-20)

# The reasons' mark: the last "…+N (w)" of the Next massage card (the
# focus list may have its own, and Sore now below it too).
mark_n() {
	screen | sed -n '/Next massage/,/Sore now/p' | grep -o '…+[0-9]* (w)' | tail -n 1 |
		sed 's/…+//; s/ (w)//'
}

for size in "80 24"; do
	set -- $size
	tui_start "$1" "$2"
	wait_for "Next massage"
	n=$(mark_n)
	bullets=$(screen | grep -c '│ • ')
	ok "$([ -n "$n" ]; echo $?)" "$1x$2: the card's cut list ends with …+N (w)"
	is "$((bullets + ${n:-0}))" "$reasons" "$1x$2: N counts the reasons left out ($bullets shown of $reasons)"
	keys w
	wait_for "more rows"
	ok $? "$1x$2: the Why view says more lies below"
	keys NPage NPage NPage
	wait_for "$last"
	ok $? "$1x$2: PgDn reaches the last reason"
	wait_gone "more rows"
	ok $? "$1x$2: and then nothing more lies below"
	keys Home
	wait_for "more rows"
	keys Down
	wait_for "↑"
	ok $? "$1x$2: Down scrolls a row, and the mark says more lies above"
	keys Home
	wait_gone "↑"
	x10 65 10 10
	x10 65 10 10
	x10 65 10 10
	wait_for "$last"
	ok $? "$1x$2: the mouse wheel scrolls to the last reason too"
	keys PPage PPage PPage PPage
	wait_gone "↑"
	ok $? "$1x$2: PgUp goes back to the top"
	keys Escape
	wait_for "…+"
	keys q
	wait_exit
done

# Where every reason fits, the Why view shows them all, with no mark.
tui_start 100 30
wait_for "Next massage"
keys w
wait_for "$last"
ok $? "100x30: the Why view shows the last reason"
unlike "$(screen)" "more rows|↑" "100x30: with no scroll mark"
keys q
wait_exit

. "$top_srcdir/tests/french-lib.sh"
tui_start 80 24 $FRENCH
wait_for "Prochain massage"
s=$(screen)
like "$s" "…\+[0-9]+ \(w\)" "French: the cut list has its mark"
# A text cut to fit ends with " …" after a whole word; a letter right
# before "…" would be a word cut mid-way.
unlike "$s" "[[:alpha:]]…" "French: no word of Today is cut mid-way at 80x24"
keys w
wait_for "lignes de plus"
ok $? "French: the Why view says how many rows lie below"
keys q
wait_exit

# The demo's Today, in French at 80x24: the banner, the kind of session and
# every other line cut to fit end on a whole word.
tui_start 80 24 $FRENCH -- --demo
wait_for "Prochain massage"
unlike "$(screen)" "[[:alpha:]]…" "French demo: no word of Today is cut mid-way at 80x24"
keys q
wait_exit

done_testing

#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The Why view shows the rules that shaped the advice whole: where the
# notes above the reasons (referrals, the stale question, a booking made
# safe, the race windows) leave them no room, they lead the scrolled list
# as the notes left out do, instead of being cut after a row.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux.sh"

k() {
	"$KNEAD" --db "$DB" --now "$NOW" "$@" >/dev/null
}
k log run 10km 52:30 --date -1d
k log sore calf:left 5 hip-flexor:right 4 --date -1d
k log sore knee:left 6 --sharp --date -3d
k log sore shin:right 7 --sharp --date -5d
k race add 2026-11-26 "Marathon de la Rivière-des-Prairies" 42.2km --priority A
k race add 2026-11-29 "Demi-marathon Épiphanie" 21.1km --priority B
k log massage deep-tissue --date 2026-11-27 --regions calf:left

# The rules as knead next words them, as one line.
rules=$(joined "$("$KNEAD" --db "$DB" --now "$NOW" next |
	awk 'index($0, "Rules that shaped it: ") == 1 { f = 1 } /^Why:$/ { f = 0 } f')")
rules=${rules% }
like "$rules" "^Rules that shaped it: .+, .+" "the advice has rules to show ($rules)"

# why_text: the rows of the Why view's card, the bullets and the box
# taken off, as one line.
why_text() {
	joined "$(screen | sed -n '4,$p' | awk -F'│' '{ print $2 }' | sed 's/^ *• //; s/^ *//')"
}

tui_start 100 30
wait_for "Next massage"
keys w
wait_for "more rows"
case "$(why_text)" in
*"$rules"*) ok 0 "100x30: the Why view shows the rules whole" ;;
*)
	ok 1 "100x30: the Why view shows the rules whole"
	show_screen
	;;
esac
keys q
wait_exit

done_testing

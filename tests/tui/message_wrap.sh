#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# A message longer than its row (the French undo of a check-in at 80
# columns was cut mid-word: "(et 2 autre…") takes the row above too: it
# shows whole, never cut mid-word, in both languages, at 80x24 and 100x30.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux.sh"
. "$top_srcdir/tests/french-lib.sh"

# The rows above the hint bar, as one line (a message may take two).
bottom() {
	screen | tail -n 3 | sed 's/^ *//; s/ *$//' | tr '\n' ' '
}

for lang in en fr; do
	case $lang in
	en) envs="LC_ALL=C.UTF-8 LANGUAGE=" today="Next massage" title="History" undone="Undone:"
	    redone="Redone:" end="\(and 1 more\)\." last="more)." ;;
	fr) envs=$FRENCH today="Prochain massage" title="Historique" undone="Annulé :" redone="Refait :"
	    end="\(et 1 autre\)\." last="autre)." ;;
	esac
	for size in "80 24" "100 30"; do
		set -- $size
		rm -f "$DB"
		"$KNEAD" --db "$DB" --now "$NOW" log sore calf:left 4 it-band:right 3 >/dev/null
		# shellcheck disable=SC2086
		tui_start "$1" "$2" $envs
		# A key typed before the interface reads the terminal may be lost.
		wait_for "$today" || continue
		keys 3
		wait_for "$title" || continue
		keys u
		wait_for "$undone" || continue
		wait_for "$last" 5
		like "$(bottom)" "$end" "$lang $1x$2: the undo message shows whole, to its end"
		unlike "$(screen | tail -n 3)" "[^ ]…" "$lang $1x$2: nothing in it is cut mid-word"
		is "$(sql 'SELECT count(*) FROM soreness')" 0 "$lang $1x$2: both entries undone"
		keys U
		wait_for "$redone" || continue
		wait_for "$last" 5
		like "$(bottom)" "$end" "$lang $1x$2: so does the redo message"
		is "$(sql 'SELECT count(*) FROM soreness')" 2 "$lang $1x$2: both back"
		tm kill-server >/dev/null 2>&1
	done
done

done_testing

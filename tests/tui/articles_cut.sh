#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The Articles list at 80x24 and 100x30: a title or a reason too long for
# its row is cut at a word, never mid-word (in French, the taper's reason
# ended "maintenant, un…"), in both languages.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux.sh"
. "$top_srcdir/tests/french-lib.sh"

# A race in 10 days (the taper's long reason) and a sore calf.
"$KNEAD" --db "$DB" --now "$NOW" log run 12km 1:15:00 --rpe 6 >/dev/null
"$KNEAD" --db "$DB" --now "$NOW" log sore calf:left 4 it-band:right 3 >/dev/null
"$KNEAD" --db "$DB" --now "$NOW" race add +10d "Ultra Trail Harricana" 28km >/dev/null

for lang in en fr; do
	case $lang in
	en) envs="LC_ALL=C.UTF-8 LANGUAGE=" today="Next massage" heading="most useful for you today" ;;
	fr) envs=$FRENCH today="Prochain massage" heading="les plus utiles pour vous aujourd'hui" ;;
	esac
	for size in "80 24" "100 30"; do
		set -- $size
		# shellcheck disable=SC2086
		tui_start "$1" "$2" $envs
		# A key typed before the interface reads the terminal may be lost.
		wait_for "$today" || continue
		keys 5
		wait_for "$heading" || continue
		s=$(screen | sed '1d;$d')
		unlike "$s" "[[:alpha:]]…" "$lang $1x$2: nothing in the Articles list is cut mid-word"
		like "$s" "[[:alpha:]]" "$lang $1x$2: the list shows articles"
		keys q
		wait_exit
		tm kill-server >/dev/null 2>&1
	done
done

done_testing

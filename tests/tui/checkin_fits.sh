#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The check-in's massage box at 80x24 and 100x30: every massage kind and
# the Regions placeholder are shown whole or cut at a word with "…",
# never mid-word ("◂ aucun aujou…" was); in French, every kind whole, by
# its short name after the label (Massage ◂ sportif ▸).  The run box of a
# day with a run logged says so in its title, whole ("Sortie notée (^N :
# une autr…" was): a box title too long is cut at a word.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux.sh"
. "$top_srcdir/tests/french-lib.sh"

# The row of the screen that holds TEXT, from the box's left edge to its
# right one (the body map beside it left out).
row() {
	screen | grep -F -- "│$1" | head -n 1 | sed 's/^ *│\([^│]*\)│.*/\1/'
}

for lang in en fr; do
	case $lang in
	en) envs="LC_ALL=C.UTF-8 LANGUAGE=" box="Massage received today" label="Massage"
	    regions="Regions" title="Today" logged="Run logged (^N: another)" ;;
	fr) envs=$FRENCH box="Massage reçu aujourd'hui" label="Massage" regions="Régions"
	    title="Aujourd'hui" logged="Sortie notée (^N : autre)" ;;
	esac
	for size in "80 24" "100 30"; do
		set -- $size
		rm -f "$DB"
		"$KNEAD" --db "$DB" --now "$NOW" log run 10km 50:00 >/dev/null
		# shellcheck disable=SC2086
		tui_start "$1" "$2" $envs
		wait_for "$title" || continue
		keys c
		wait_for "$box" || continue
		keys C-r Tab
		cut=
		seen=
		for i in 1 2 3 4 5 6 7; do
			r=$(row "$label ")
			v=$(printf '%s\n' "$r" | sed -n 's/.*◂ \(.*\) ▸.*/\1/p')
			[ -n "$v" ] || cut="$cut [$r]"
			case $v in *[!\ ]…) cut="$cut [$v]" ;; esac
			seen="$seen|$v"
			keys Right
			# The next kind shows: the row changes (a deadline, no sleep).
			tries=300
			while [ "$(row "$label ")" = "$r" ] && [ $tries -gt 0 ]; do
				sleep 0.1
				tries=$((tries - 1))
			done
			[ $tries -gt 0 ] || wait_failed "the massage choice to change after $v"
		done
		is "$cut" "" "$lang $1x$2: no massage kind is cut mid-word"
		if [ $lang = fr ]; then
			is "$seen" "|aucun aujourd'hui|sportif|en profondeur|myofascial|points gâchettes|récupération léger|de détente" \
				"fr $1x$2: every kind whole, by its short name"
		fi
		r=$(screen | grep -F -- "─ ${logged%% *}")
		unlike "$r" "[^ ]…" "$lang $1x$2: the run box's title is not cut mid-word"
		case $r in *"$logged"*) t=0 ;; *) t=1 ;; esac
		ok $t "$lang $1x$2: it says the run is logged, whole: $logged"
		r=$(row "$regions ")
		unlike "$r" "[^ ]…" "$lang $1x$2: the Regions placeholder is not cut mid-word"
		like "$r" "(e\.g\.|p\. ex\.) [a-z]" "$lang $1x$2: it shows an example"
		tm kill-server >/dev/null 2>&1
	done
done

done_testing

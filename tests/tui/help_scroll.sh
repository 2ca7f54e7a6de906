#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The key help (?) of the check-in's body map is taller than 80x24 in
# French: its last lines must still be reachable.  PgDn and Down scroll it
# to its end (the mouse wheel too), PgUp back to its start, and any other
# key closes it; the foot says so whenever it scrolls.  In both languages, at 80x24 and 100x30.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux.sh"
. "$top_srcdir/tests/french-lib.sh"

for lang in en fr; do
	case $lang in
	en) envs="LC_ALL=C.UTF-8 LANGUAGE=" first="Save" last="Redraw the screen"
	    foot="scroll, any other key closes" title="Today" ;;
	fr) envs=$FRENCH first="Enregistrer" last="Redessiner l'écran"
	    foot="défiler; autre touche : fermer" title="Aujourd'hui" ;;
	esac
	for size in "80 24" "100 30"; do
		set -- $size
		rm -f "$DB"
		# shellcheck disable=SC2086
		tui_start "$1" "$2" $envs
		wait_for "$title" || continue
		keys c C-r
		wait_re "(hip flexor|Fléchisseur de la hanche).*: 0/10" || continue
		keys '?'
		wait_re "[│|] \^S / F2 +$first" || continue
		# Page down until the last line shows (a bounded number of pages).
		pages=0
		while ! poll_for "$last" 1 && [ "$pages" -lt 6 ]; do
			keys NPage
			pages=$((pages + 1))
		done
		wait_for "$last" 5
		ok $? "$lang $1x$2: the key help's last line is reachable ($pages pages)"
		if [ "$pages" -gt 0 ]; then
			like "$(screen)" "$foot" "$lang $1x$2: the foot says it scrolls"
			keys PPage PPage PPage PPage PPage PPage
			wait_re "[│|] \^S / F2 +$first"
			ok $? "$lang $1x$2: PgUp goes back to its first line"
			# The mouse wheel scrolls it too (a bounded number of turns).
			turns=0
			while ! poll_for "$last" 1 && [ "$turns" -lt 20 ]; do
				x10 65 10 40
				turns=$((turns + 1))
			done
			wait_for "$last" 5
			ok $? "$lang $1x$2: the wheel reaches the last line ($turns turns)"
			for _turn in 1 2 3 4 5 6 7 8; do x10 64 10 40; done
			wait_re "[│|] \^S / F2 +$first"
			ok $? "$lang $1x$2: and back up to its first line"
		fi
		keys x
		wait_gone "$last"
		ok $? "$lang $1x$2: any other key closes it"
		keys Escape
		tm kill-server >/dev/null 2>&1
	done
done

done_testing

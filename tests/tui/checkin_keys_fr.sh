#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The issue's measure in French, at 80x24 and 100x30: a practised check-in
# (10 km in 50 minutes, effort 6, left calf 4, right knee 3, left shin 2)
# takes at most 21 keys from c to saved, and a slip on the body map (the
# wrong side given a level) at most 3 keys to fix; every key is counted as
# it is sent, and the database must hold exactly that check-in.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux.sh"
. "$top_srcdir/tests/french-lib.sh"

for size in "80 24" "100 30"; do
	set -- $size
	rm -f "$DB"
	tui_start "$1" "$2" $FRENCH
	wait_for "Pas encore de bilan aujourd'hui"

	# The slip: the calf's right side given 4 where the left was meant.
	keys c
	wait_for "Massage reçu aujourd'hui"
	keys C-r m d 4
	wait_for "Mollet (droite) : 4/10"
	pressed=0
	press BSpace Space 4
	wait_for "Mollet (gauche) : 4/10"
	like "$(screen)" "À enregistrer : mollet \(gauche\) 4$" \
		"$1x$2: the slip is fixed: left calf 4, no right calf"
	ok "$([ "$pressed" -le 3 ]; echo $?)" "$1x$2: the slip cost $pressed keys (at most 3)"
	keys Escape
	wait_for "(o/n)"
	keys o
	wait_for "Pas encore de bilan aujourd'hui"

	# The practised check-in: m, g (genou), ti (tibia) name the regions,
	# g and d their sides.
	pressed=0
	press c
	wait_for "Massage reçu aujourd'hui"
	press 1 0 Tab 5 0 m Tab 6 C-r m g 4 g d 3 t i g 2
	wait_for "Tibia (gauche) : 2/10"
	press C-s
	wait_for "Bilan enregistré"
	ok $? "$1x$2: the practised check-in is saved"
	ok "$([ "$pressed" -le 21 ]; echo $?)" \
		"$1x$2: it took $pressed keys from c to saved (at most 21)"
	keys q
	wait_exit
	is "$(sql "SELECT distance_m || '|' || duration_s || '|' || rpe FROM runs")" \
		"10000.0|3000.0|6" "$1x$2: the run is stored: 10 km in 50 minutes at effort 6"
	is "$(sql "SELECT region || ':' || side || '=' || level FROM soreness ORDER BY region")" \
		"calf:left=4
knee:right=3
shin:left=2" "$1x$2: exactly those three regions and sides are stored"
	tm_kill_server
done

done_testing

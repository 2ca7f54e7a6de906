#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Sides on the body map, at 80x24 and 100x30, in English and French: the
# arrows follow the screen and the legs say which is the runner's right; a
# typed name waits for its side (never the previous region's), picked with
# l/r (g/d) or Space; Backspace takes back a level given now (nothing saved
# for it); a slip costs at most 3 keys; a practised check-in (run and 3
# regions) at most 21 keys, counted as they are sent.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux.sh"

for size in "80 24" "100 30"; do
	rm -f "$DB"
	set -- $size
	tui_start "$1" "$2"
	wait_for "You have not checked in today"
	keys c
	wait_for "Massage received today"
	keys C-r
	wait_for "Right hip flexor: 0/10"
	like "$(screen)" "right +left +left +right" \
		"$1x$2: the legs say which is the runner's right, on both figures"
	keys Left
	wait_for "Right IT band: 0/10"
	ok $? "$1x$2: Left on the front figure goes to the cell on the screen's left"

	# From the right IT band, a typed name never keeps that side.
	keys k
	wait_for "Knee: which side? l: left, r: right"
	ok $? "$1x$2: a typed name waits for its side"
	keys 3
	wait_for "Which side? Press l for left or r for right."
	ok $? "$1x$2: a level before the side is refused, saying why"
	like "$(screen)" "To save: no soreness" "$1x$2: and nothing is given"
	keys l
	wait_for "Left knee: 0/10"
	ok $? "$1x$2: l picks the left knee, named before anything is saved"

	# The slip: the wrong side given a level.  Fixed in 3 keys.
	pressed=0
	press c r 4
	wait_for "Right calf: 4/10"
	pressed=0
	press BSpace Space 4
	wait_for "Left calf: 4/10"
	like "$(screen)" "To save: left calf 4$" "$1x$2: the slip is fixed: left calf 4, no right calf"
	ok "$([ "$pressed" -le 3 ]; echo $?)" "$1x$2: the slip cost $pressed keys (at most 3)"
	keys DC
	wait_for "To save: no soreness"
	ok $? "$1x$2: Delete takes the level back too"
	# Nothing left to save: Escape leaves without asking.
	keys Escape
	wait_for "You have not checked in today"
	ok $? "$1x$2: with nothing left to save, Escape leaves at once"

	# A practised check-in: run, effort and 3 regions.
	pressed=0
	press c
	wait_for "Massage received today"
	press 1 0 Tab 5 0 m Tab 6 C-r c l 4 k r 3 i l 2
	wait_for "Left IT band: 2/10"
	press C-s
	wait_for "Check-in saved: run 10.00 km, 3 sore regions."
	ok $? "$1x$2: the practised check-in is saved"
	ok "$([ "$pressed" -le 21 ]; echo $?)" \
		"$1x$2: it took $pressed keys from c to saved (at most 21)"
	keys q
	wait_exit
	is "$(sql "SELECT region || ':' || side || '=' || level FROM soreness ORDER BY region")" \
		"calf:left=4
it-band:left=2
knee:right=3" "$1x$2: exactly those three regions and sides are stored"
	is "$(sql "SELECT count(*) FROM soreness WHERE level = 0")" 0 \
		"$1x$2: no 0 entry for the levels taken back"
done

# French: g/d pick the side, the legs and the question are French.
. "$top_srcdir/tests/french-lib.sh"
rm -f "$DB"
tui_start 80 24 $FRENCH
wait_for "Aujourd'hui"
keys c
wait_for "Massage reçu aujourd'hui"
keys C-r
wait_for "Fléchisseur de la hanche (droite)"
like "$(screen)" "droite +gauche +gauche +droite" "French: the legs are named"
keys g e
wait_for "Genou : quel côté ?"
ok $? "French: 'ge' asks for the side of the knee (genou)"
keys d 5
wait_for "Genou (droite) : 5/10"
ok $? "French: d picks the right knee"
keys Space
wait_for "Genou (gauche) : 0/10"
ok $? "French: Space flips to the left knee"
keys BSpace
like "$(screen)" "genou \(droite\) 5" "French: Backspace on a side not given changes nothing"
keys C-s
wait_for "1 région douloureuse"
keys q
wait_exit
is "$(sql "SELECT region || ':' || side || '=' || level FROM soreness")" "knee:right=5" \
	"French: the right knee is stored at 5"

done_testing

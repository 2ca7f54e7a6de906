#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The body map: arrows stay within a figure and cross to the other only
# past its edge; the selected cell names itself on its figure; typed
# letters go to a region by its name (in French, the French names), whose
# side is then picked with l/r (g/d); ! marks
# sharp pain, shown and saved; the legend and the help explain it all.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux.sh"

tui_start 80 24
wait_for "Phase"
keys c
wait_for "Massage received today"
keys C-r
# The map has the focus once its figure names the selected cell at its top
# (without it, the top says "front").
wait_re "R +hip flexor +L"
ok $? "Ctrl-R goes from the first field straight to the body map, whose front figure names the selected cell at its top"
like "$(screen)" "Right hip flexor: 0/10" "the selected cell is the right hip flexor"

keys Up
wait_for "Right hip flexor: 0/10"
keys Left Left
wait_for "Right IT band: 0/10"
keys Down
wait_for "Right knee: 0/10"
ok $? "down from the right IT band stays on the front figure (right knee)"
keys Down Down Down Down
wait_for "Right foot: 0/10"
ok $? "down ends on the right foot"
# F1 after the last Down: once the help shows, every Down has been read.
keys F1
wait_for "Keys"
keys Escape
wait_gone "Keys"
like "$(screen)" "Right foot: 0/10" "and stays there: no jump to the back figure"
keys Up Up Up Up Up Up
wait_for "Right hip flexor: 0/10"
ok $? "up from the foot climbs the same leg to the hip flexor and stops there"

keys Right
wait_for "Left hip flexor: 0/10"
keys Right
wait_for "Left IT band: 0/10"
ok $? "right moves along the front figure first"
keys Right
wait_for "Left piriformis: 0/10"
ok $? "past the front figure's edge, right enters the back figure by its nearest cell"
keys Left
wait_for "Left IT band: 0/10"
ok $? "and left past the back figure's edge comes back"

keys h a
wait_for "Hamstring: which side? l: left, r: right"
ok $? "'ha' goes to the hamstring and asks for its side, never keeping the selection's"
keys c a
wait_for "Calf: which side?"
ok $? "'ca' goes to the calf, its side still to choose"
like "$(screen)" "L +calf +R" "the back figure names the calf at its top"
keys l
wait_for "Left calf: 0/10"
ok $? "l then picks the left calf"
keys 5 '!'
wait_for "calf: 5/10, sharp"
ok $? "! marks the pain as sharp"
like "$(screen)" '> 5!' "the cell shows the mark"
like "$(screen)" "! sharp pain" "and the legend explains it"
s=$(screen | tr -d '│\n ')
like "$s" ">n<selected" "the legend explains the selection marker"
like "$s" "\[n\]givennow,\(n\)loggedbefore" "and the levels given now and before"

keys F1
wait_for "Keys"
s=$(screen)
like "$s" "a-z +Go to a region" "the help lists typing a name"
like "$s" "↑ / ↓ / ← / → +Move" "the arrows' key column is whole"
like "$s" "In the fields" "and the fields' keys beside the map's"
keys Escape
keys Tab
wait_for "Massage ◂"
keys F1
wait_for "On the body map"
ok $? "the fields' help lists the map's keys too"
keys Escape
keys C-s
wait_for "Check-in saved: 1 sore region."
ok $? "the sharp calf saves"
keys 3 Tab
wait_for "Soreness (1)"
like "$(screen)" "calf +5/10  sharp" "History marks the entry as sharp"
keys e
wait_for "Edit soreness entry"
like "$(screen)" "Sharp or sudden +◂ yes ▸" "and its form shows it"
keys Escape q
wait_exit
is "$(sql "SELECT region, level, sharp FROM soreness")" "calf|5|1" \
	"the calf is stored at 5, with sharp pain"

# French: the figures and the names typed are French.
. "$top_srcdir/tests/french-lib.sh"
tui_start 80 24 $FRENCH
wait_for "Aujourd'hui"
keys c
wait_for "Massage reçu aujourd'hui"
keys C-r m o
wait_for "Mollet : quel côté ?"
ok $? "'mo' goes to the calf (mollet) in French and asks for the side"
keys d
wait_for "Mollet (droite) : 0/10"
ok $? "d picks the right side (droite)"
keys b a g
wait_for "Bandelette iliotibiale (gauche) : 0/10"
ok $? "'ba' then g: the left IT band (bandelette iliotibiale, gauche)"
keys f l e d
wait_for "Fléchisseur de la hanche (droite) : 0/10"
ok $? "'fle' to the hip flexor, accents aside"
s=$(screen)
like "$s" "D +fléchisseur de" "the front figure names it"
like "$s" "votre droite et votre gauche" "the legend is French"
keys 3 '!'
wait_for "3/10,"
like "$(screen | grep -A1 '3/10,')" "3/10, vive|vive" "the sharp mark is French too"
keys Escape o
wait_for "Aujourd'hui"
keys q
wait_exit

done_testing

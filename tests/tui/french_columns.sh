#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# French at 80 columns: columns are sized from the translated strings, so no
# region loses its side, no kind is cut, q Quitter stays in every footer,
# and the date in the title bar is whole.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux.sh"
. "$top_srcdir/tests/french-lib.sh"

footer() { screen | tail -n 1; }

tui_start 80 24 $FRENCH -- --demo
wait_for "Prochain massage"
s=$(screen)
like "$(printf '%s\n' "$s" | head -n 1)" "lun\.? 23 nov\.? *$" "the date ends the title bar, whole"
like "$(footer)" "q Quitter" "Today keeps q Quitter in its footer"
like "$s" "bandelette iliotibiale \(droite\)" "Today's sore list keeps the side"

keys 3
wait_for "Courses (59)"
s=$(screen)
like "$s" "sortie longue +[0-9-]" "History shows the kind 'sortie longue' whole"
like "$s" "récupération +[0-9-]" "and 'récupération'"
unlike "$s" "sortie long…" "no kind is cut"
like "$(footer)" "q Quitter" "History keeps q Quitter"
keys Tab
wait_for "Région"
s=$(screen)
like "$s" "bandelette iliotibiale \(droite\) +[0-9]+/10" "the soreness list keeps every side"
like "$s" "ischio-jambiers \(droite\) +[0-9]+/10" "ischio-jambiers (droite) too"
unlike "$s" "\(…|\(dro…|\(gau…" "no side is cut"
keys Tab Tab Tab
wait_for "Douleurs par région"
s=$(screen)
like "$s" "bandelette iliotibiale \(droite\) " "the trends keep the side"
unlike "$s" "\(…|\(dro…|\(gau…" "no side is cut there either"
like "$(footer)" "q Quitter" "and q Quitter"

keys 4
wait_for "Demi-marathon"
like "$(footer)" "q Quitter" "Races keeps q Quitter"
keys 5
wait_for "les plus utiles pour vous aujourd'hui en premier"
like "$(footer)" "q Quitter" "Articles keeps q Quitter"
keys Enter
wait_for "lignes 1-"
like "$(footer)" "q Retour" "the reader's q goes back"
unlike "$(footer)" "Quitter" "and only that"
keys q 2
wait_for "Douleurs actuelles"
like "$(screen)" "Jour  2026-11-23  aujourd'hui" "the check-in's day is whole"
keys Escape q
wait_exit
is "$status" 0 "knead exits cleanly"

done_testing

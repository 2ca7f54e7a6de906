#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The interface in French under fr_CA.UTF-8: labels, accents, dates.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux.sh"

. "$top_srcdir/tests/french-lib.sh"

"$KNEAD" --db "$DB" --now "$NOW" race add 2026-12-14 "Demi de Montréal" 21.1km --priority A >/dev/null
"$KNEAD" --db "$DB" --now "$NOW" log sore calf:left 4 --date yesterday >/dev/null

tui_start 100 30 $FRENCH
wait_for "Aujourd'hui"
ok $? "the tabs are in French"
s=$(screen)
like "$s" "lundi 23 novembre 2026" "the date is written the French way"
like "$s" "bilan aujourd'hui" "the check-in banner is in French"
like "$s" "Prochain massage" "the advice card is in French"
like "$s" "Distance hebdo\. \(km\), 12 sem\." "the chart's title is in French"
like "$s" "Demi de Montréal" "accents of the data show"
like "$s" "Pas encore de courbes" "a new runner is told the curves come with the first runs"
like "$s" "Quitter" "the hint bar is in French"

keys c
wait_for "Massage reçu aujourd'hui"
ok $? "the check-in is in French"
s=$(screen)
like "$s" "Durée" "its fields are labelled in French"
like "$s" "D +face +G" "the front figure is marked D (droite) and G (gauche)"
like "$s" "votre droite et votre gauche" "and the legend explains them"

type_text "dix"
keys Tab
wait_for "n'est pas une distance"
ok $? "a bad value is reported in the form"
like "$(screen)" "« ?dix ?»" "naming the value, between French quotes"
keys Escape o
wait_for "Aujourd'hui"
keys '?'
wait_for "Touches"
ok $? "the help overlay is in French"
like "$(screen)" "Faire le bilan" "with the key table's French labels"
keys Escape q
wait_exit
is "$status" 0 "knead exits cleanly"

done_testing

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
# Each text is waited for: the first screen may be read while it is still
# being drawn.
wait_for "lundi 23 novembre 2026"
ok $? "the date is written the French way"
wait_for "bilan aujourd'hui"
ok $? "the check-in banner is in French"
wait_for "Prochain massage"
ok $? "the advice card is in French"
wait_re "Distance hebdo\. \(km\), 12 sem\."
ok $? "the chart's title is in French"
wait_for "Demi de Montréal"
ok $? "accents of the data show"
wait_for "Pas encore de courbes"
ok $? "a new runner is told the curves come with the first runs"
wait_for "Quitter"
ok $? "the hint bar is in French"

keys c
wait_for "Massage reçu aujourd'hui"
ok $? "the check-in is in French"
wait_for "Durée"
ok $? "its fields are labelled in French"
wait_re "D +face +G"
ok $? "the front figure is marked D (droite) and G (gauche)"
wait_for "votre droite et votre gauche"
ok $? "and the legend explains them"

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

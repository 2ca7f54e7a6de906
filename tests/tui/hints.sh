#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The hint bar and the help say what each key does where it is pressed:
# Trends has no add/edit/delete, Races no Tab, the reader one q; / searches
# History, Races and Articles; an article's title is shown once.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux.sh"

"$KNEAD" --db "$DB" --now "$NOW" log run 8km 45:00 --date -3d --note "Lachine canal" >/dev/null
"$KNEAD" --db "$DB" --now "$NOW" log run 12km 1:05:00 --date -2d --note "Mont-Royal hills" >/dev/null
"$KNEAD" --db "$DB" --now "$NOW" log run 5km 30:00 --date -1d --note "easy loop" >/dev/null
"$KNEAD" --db "$DB" --now "$NOW" race add 2026-12-14 "Demi de Montréal" 21.1km --priority A >/dev/null
"$KNEAD" --db "$DB" --now "$NOW" race add 2027-04-20 "Boston" 42.2km --priority B >/dev/null
footer() { screen | tail -n 1; }

tui_start 80 24
wait_for "Phase"
keys 3
wait_for "Runs (3)"
like "$(footer)" "a Add +e Edit +d Delete" "the lists of History offer add, edit, delete"
keys h
wait_for "Trends"
wait_for "Soreness by region"
f=$(footer)
unlike "$f" "Add|Edit|Delete|Undo" "Trends offers no add, edit or delete ($f)"
like "$f" "Tab Next list" "but the next list"

keys Tab
wait_for "Runs (3)"
keys /
type_text "royal"
keys Enter
keys d
wait_for "(y/n)"
like "$(screen)" "Delete the run of Sat 21 Nov, 12.00 km" "/ in History finds the run with that note"
keys n /
type_text "nowhere"
keys Enter
wait_for '"nowhere" is not in this list.'
ok $? "a search with no match says so"

keys 4
wait_for "Demi de Montréal"
f=$(footer)
unlike "$f" "Tab" "Races offers no Tab ($f)"
like "$f" "a Add" "but add"
keys /
type_text "montreal"
keys Enter d
wait_for "(y/n)"
like "$(screen)" "Delete the race Demi de Montréal" "/ in Races finds a race, accents aside"
keys n

keys 5
wait_for "Articles, the most useful"
keys /
type_text "achilles"
keys Enter
wait_for "Achilles"
keys Enter
wait_for "lines 1-"
# The title is in the header, under the title bar.
title=$(screen | sed -n 2p | sed 's/^ *//; s/ *$//')
like "$title" "Achilles" "/ in Articles selects an article about it ($title)"
is "$(screen | grep -cF "$title")" 1 "its title is shown once"
f=$(footer)
is "$(printf '%s\n' "$f" | grep -o 'q [A-Z][a-z]*' | tr '\n' ' ')" "q Back " "the reader shows one q, and it goes back"
keys q q
wait_exit
is "$status" 0 "knead exits cleanly"

# French: the footers are derived the same way.
. "$top_srcdir/tests/french-lib.sh"
tui_start 80 24 $FRENCH
wait_for "Aujourd'hui"
keys 3 h
wait_for "Douleurs par région"
f=$(footer)
unlike "$f" "Ajouter|Modifier|Supprimer" "French: Trends offers no add, edit or delete"
like "$f" "q Quitter" "and keeps q Quitter"
keys 4
wait_for "Demi de Montréal"
unlike "$(footer)" "Tab" "French: Races offers no Tab"
like "$(footer)" "q Quitter" "and keeps q Quitter"
keys q
wait_exit

done_testing

#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Today's Tonight line and view: at 80x24 and 100x30 the line fits beside
# everything Today already shows; t opens the plan item by item, Enter
# reads the selected item's article, d ticks it done for today, t or Esc
# comes back.  In English and French.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux.sh"
. "$top_srcdir/tests/french-lib.sh"

k() { "$KNEAD" --db "$DB" --now "$NOW" "$@" >/dev/null; }

# Nothing sore, nothing hard: no Tonight line.
tui_start 80 24
wait_for "Next massage"
unlike "$(screen)" "Tonight \(t\)" "no Tonight line without a plan"
keys t
wait_for "Nothing to do tonight"
ok $? "t says there is nothing to do"
keys q
wait_exit

# A tempo yesterday and a sore right calf.
for d in 12 10 8 5 3; do
	k log run 10km 55:00 --date -${d}d --kind easy --rpe 4
done
k log run 10km 45:00 --date yesterday --kind tempo --rpe 7
k log sore calf:right 5
first=$("$KNEAD" --db "$DB" --now "$NOW" plan --json | jq -r '.items[0].id')
is "$first" "compress" "the plan starts with compression"

for size in "80 24" "100 30"; do
	tui_start $size
	wait_for "Tonight (t):"
	ok $? "$size: the Tonight line"
	s=$(screen)
	for part in "Next massage" "Sore now" "Weekly distance" "Fitness" "To read \\(5\\)" "q Quit"; do
		like "$s" "$part" "$size: $part still shows"
	done
	like "$s" "Tonight \(t\): Compress; Roll, right calf" "$size: the items, most important first"
	keys t
	wait_for "Tonight: self-care between sessions"
	ok $? "$size: t opens the plan"
	s=$(screen)
	like "$s" "Roll, right calf \(tonight\)" "$size: the item, where and when"
	like "$s" "not on the Achilles" "$size: its dose"
	like "$s" "Wiewelhove 2019" "$size: its source"
	like "$(screen | tail -n 1)" "Enter Read its article" "$size: the hint bar says what Enter does"
	keys Escape
	wait_gone "Tonight: self-care between sessions"
	ok $? "$size: Esc brings Today back"
	keys q
	wait_exit
done

# Enter reads the article of the selected item.
tui_start 80 24
wait_for "Tonight (t):"
keys t
wait_for "Tonight: self-care between sessions"
keys Down
wait_for 'Enter: read "Between sessions: self-massage and foam rolling"'
ok $? "the second item names its article"
keys Enter
wait_for "lines 1-"
ok $? "Enter opens the article"
like "$(screen)" "Between sessions: self-massage and foam rolling" "the one the item named"
unlike "$(screen)" "Tonight: self-care between sessions" "on the Articles screen"
keys q q
wait_exit

# d ticks the selected item for today, once: a record, no streak.
tui_start 80 24
wait_for "Tonight (t):"
keys t
wait_for "Tonight: self-care between sessions"
keys Down
wait_for 'Enter: read "Between sessions'
keys d
wait_for "Done today: Roll, right calf."
ok $? "d ticks the selected item"
like "$(screen)" "✓ Roll, right calf \(tonight\)" "and marks it done"
like "$(screen | tail -n 1)" "d Done" "the hint bar offers d"
keys d
wait_for "Already done today: Roll, right calf."
ok $? "a second d changes nothing"
is "$(sql "SELECT count(*) || ' ' || item FROM selfcare_done")" "1 roll-calf-right" "one tick stored"
unlike "$(screen)" "streak" "no streaks"
keys Escape
wait_gone "Tonight: self-care between sessions"
keys q
wait_exit

# French, at 80x24.
tui_start 80 24 $FRENCH
wait_for "Ce soir (t) :"
ok $? "French: the Tonight line"
like "$(screen)" "Prochain massage" "French: the advice still shows"
keys t
wait_for "Ce soir : soins personnels entre les séances"
ok $? "French: t opens the plan"
like "$(screen)" "Rouleau, mollet \(droite\) \(ce soir\)" "French: the item"
like "$(screen)" "pas sur le tendon d'Achille" "French: its dose"
unlike "$(screen)" "│ +[:;!?]" "French: no line of the view starts with a colon"
keys Escape
wait_gone "Ce soir : soins personnels entre les séances"
keys q
wait_exit

# Many sore regions at 80x24: the advice's focus list shows what fits on
# its two rows and counts the rest, never stopping at a comma.
k log sore quad:left 7 quad:right 7 calf:left 5 hamstring:left 4 glute:right 4
tui_start 80 24
wait_for "Focus:"
ok $? "80x24: the focus"
unlike "$(screen)" ", +│" "80x24: no focus row ends at a comma"
keys q
wait_exit

done_testing

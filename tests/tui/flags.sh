#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Flags on the check-in's body map and in History, at 80x24, in English
# and French: a sharp entry logged by the command line is flagged (a star
# on the map, with a legend word, also without colour; the status line
# says so; "flagged" in the soreness list, a star in Trends); @ records an
# assessment as `knead log assessed` does: n keeps the flag (assessed), y
# clears it and the mark goes; Esc records nothing.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux.sh"

flags() {
	"$KNEAD" --db "$DB" --now "$NOW" status --json | jq -c '[.flags[] | "\(.region):\(.side):\(.assessed)"]'
}

# check LANG-LABEL ENV... : one pass; the texts come from $t_* below.
check() {
	label=$1
	shift
	rm -f "$DB"
	"$KNEAD" --db "$DB" --now "$NOW" log sore shin:left 3 --sharp --date yesterday >/dev/null
	"$KNEAD" --db "$DB" --now "$NOW" log sore calf:right 2 --date yesterday >/dev/null
	is "$(flags)" '["shin:left:false"]' "$label: the sharp shin is flagged (status --json)"

	tui_start 80 24 NO_COLOR=1 "$@"
	wait_for "$t_phase"
	keys c
	wait_for "$t_checkin"
	keys C-r
	wait_for "$t_hip"
	s=$(screen)
	like "$s" '\* 3\)' "$label: the flagged left shin is marked * on the map, without colour"
	like "$s" '\( 2\)' "$label: the calf, not flagged, is not"
	like "$s" "\\* $t_flagged_legend" "$label: the legend names the mark"
	type_text "$t_shin"
	keys "$t_left"
	wait_for "$t_status"
	ok $? "$label: the status line says the selected region is flagged"

	# Esc: nothing recorded.
	keys @
	wait_for "$t_question"
	keys Escape
	wait_gone "$t_question"
	is "$(sql 'SELECT count(*) FROM assessments')" 0 "$label: Esc at the question records nothing"

	# n: assessed, not cleared: the flag stays open.
	keys @
	wait_for "$t_question"
	ok $? "$label: @ asks whether it was cleared for massage"
	keys n
	wait_for "$t_assessed"
	ok $? "$label: n records the assessment, and says so"
	is "$(flags)" '["shin:left:true"]' "$label: n: the flag stays, assessed"

	# y: cleared: the flag and its mark go.
	keys @
	wait_for "$t_question"
	keys "$t_yes"
	wait_for "$t_cleared"
	ok $? "$label: the yes key records it as cleared"
	is "$(flags)" '[]' "$label: cleared: no flag in status --json"
	unlike "$(screen)" '\* 3\)' "$label: the mark is gone from the map"
	# Neither key on a region not flagged records anything.
	keys @
	wait_for "$t_not_flagged"
	ok $? "$label: @ on a region without a flag says so"
	is "$(sql 'SELECT count(*) FROM assessments')" 2 "$label: two assessments, saved as log assessed saves them"
	keys Escape
	wait_for "$t_phase"
	keys q
	wait_exit
	is "$status" 0 "$label: knead exits cleanly"
}

# History: entries of the open flag read "flagged", Trends has a star.
history() {
	label=$1
	shift
	rm -f "$DB"
	"$KNEAD" --db "$DB" --now "$NOW" log sore shin:left 3 --sharp --date yesterday >/dev/null
	"$KNEAD" --db "$DB" --now "$NOW" log sore calf:right 2 --date yesterday >/dev/null
	tui_start 80 24 NO_COLOR=1 "$@"
	wait_for "$t_phase"
	keys 3
	wait_for "$t_runs_tab"
	keys Tab
	wait_for "$t_level_col"
	s=$(screen)
	like "$s" "$t_shin_row.*$t_flagged_word" "$label: History: the flagged shin's entry says so"
	unlike "$s" "$t_calf_row.*$t_flagged_word" "$label: History: the calf's does not"
	keys Tab Tab Tab
	wait_for "$t_trends"
	s=$(screen)
	like "$s" "$t_shin_row.* 3 \\*" "$label: Trends: the flagged shin has the star"
	unlike "$s" "$t_calf_row.* 2 \\*" "$label: Trends: the calf has none"
	like "$s" "\\* $t_flagged_legend" "$label: Trends: the star is explained"
	keys q
	wait_exit
}

t_phase="Phase" t_checkin="Soreness now" t_hip="Right hip flexor: 0/10"
t_flagged_legend="flagged\." t_shin=shi t_left=l
t_status="Left shin: 3/10, flagged: see a"
t_question="Left shin assessed: cleared for massage? (y/n)"
t_assessed="Assessment logged: left shin (no massage there yet)."
t_yes=y t_cleared="Assessment logged: left shin, cleared for massage."
t_not_flagged="This region is not flagged"
t_runs_tab="Runs" t_level_col="Level" t_shin_row="left shin" t_calf_row="right calf" t_flagged_word="flagged"
t_trends="Soreness by region"
check English
history English

. "$top_srcdir/tests/french-lib.sh"
t_phase="Aujourd'hui" t_checkin="Douleurs actuelles" t_hip="Fléchisseur"
t_flagged_legend="signalé\." t_shin=tib t_left=g
t_status="Tibia (gauche) : 3/10, signalé"
t_question="Tibia (gauche) : examen fait, feu vert pour le massage? (o/n)"
t_assessed="Examen noté : tibia (gauche) (pas encore de massage à cet endroit)."
t_yes=o t_cleared="Examen noté : tibia (gauche), feu vert pour le massage."
t_not_flagged="Cette région n'est pas signalée"
t_runs_tab="Courses" t_level_col="Niveau" t_shin_row="tibia \(gauche\)" t_calf_row="mollet \(droite\)"
t_flagged_word="signalé" t_trends="Douleurs par région"
check French $FRENCH
history French $FRENCH
done_testing

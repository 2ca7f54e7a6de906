#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# A run at a pace faster than any runner's (41 km in 1:15:10, 1:50 /km) is
# asked about before it is saved, as knead log asks on a terminal: in the
# check-in and in History's run form, in English (y/n) and French (o/n).
# No keeps the form as typed and saves nothing; yes saves that run.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux.sh"
. "$top_srcdir/tests/french-lib.sh"

runs() {
	sql "SELECT distance_m || '|' || duration_s FROM runs ORDER BY id"
}

# check_in LANG ENV...: the check-in, no then yes.
check_in() {
	_lang=$1
	shift
	rm -f "$DB"
	tui_start 80 24 "$@"
	wait_for_any 30 "You have not checked in today" "Pas encore de bilan aujourd'hui"
	keys c
	wait_for_any 30 "Massage received today" "Massage reçu aujourd'hui"
	type_text "41km"
	keys Tab
	type_text "1:15:10"
	keys C-s
	if [ "$_lang" = en ]; then
		wait_for "faster than any runner. Log it anyway? (y/n)"
		ok $? "$_lang check-in: a 41 km run at 1:50 /km is asked about, y/n"
	else
		wait_for "plus vite que tout coureur"
		ok $? "$_lang check-in: a 41 km run at 1:50 /km is asked about"
		wait_for "quand même? (o/n)"
		ok $? "$_lang check-in: the question shows whole at 80 columns (two rows), o/n"
	fi
	keys n
	wait_for_any 30 "check the distance" "vérifiez la distance"
	ok $? "$_lang check-in: no saves nothing and says what to check"
	like "$(screen)" "41km" "$_lang check-in: the form keeps the distance as typed"
	like "$(screen)" "1:15:10" "$_lang check-in: and the duration"
	is "$(runs)" "" "$_lang check-in: no run is stored after no"
	keys C-s
	if [ "$_lang" = en ]; then
		wait_for "Log it anyway? (y/n)"
		keys y
		wait_for "Check-in saved: run 41.00 km."
	else
		wait_for "(o/n)"
		keys o
		wait_for "Bilan enregistré"
	fi
	ok $? "$_lang check-in: asked again on the next save, yes saves it"
	is "$(runs)" "41000.0|4510.0" "$_lang check-in: the run is stored as typed"

	# History's run form asks the same question; a plausible run is not
	# asked about.
	keys 3
	wait_for_any 30 "(1)"
	keys a
	wait_for_any 30 "New run" "Nouvelle course"
	keys Tab
	type_text "30km"
	keys Tab
	type_text "1:00:00"
	keys F2
	if [ "$_lang" = en ]; then
		wait_for "Log it anyway? (y/n)"
	else
		wait_for "(o/n)"
	fi
	ok $? "$_lang run form: 30 km in 1:00:00 (2:00 /km) is asked about"
	keys n
	wait_for_any 30 "check the distance" "vérifiez la distance"
	ok $? "$_lang run form: no keeps the form, saying what to check"
	like "$(screen)" "30km" "$_lang run form: the distance as typed"
	is "$(runs)" "41000.0|4510.0" "$_lang run form: nothing stored after no"
	keys C-u
	type_text "10km"
	keys F2
	wait_for_any 30 "Saved." "Enregistré."
	ok $? "$_lang run form: corrected to 10 km in 1:00:00, it saves without a question"
	is "$(runs)" "41000.0|4510.0
10000.0|3600.0" "$_lang run form: the corrected run is stored"
	keys q
	wait_exit
	tm_kill_server
}

check_in en
check_in fr $FRENCH

done_testing

#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# A check-in that knows its day, at 80x24 and 100x30, in English and
# French: a day already logged shows its run and soreness and saving
# changes them in place (no duplicate); a second run like one logged that
# day asks first; { and } move the day's whole check-in, times kept, and
# knead undo takes the move back.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux.sh"

k() { "$KNEAD" --db "$DB" --now "$NOW" "$@" >/dev/null 2>&1; }

for size in "80 24" "100 30"; do
	set -- $size
	rm -f "$DB"
	k log run 10km 50:00 --date 2026-11-22T07:15
	k log sore calf:left 3 --date 2026-11-22T07:20
	tui_start "$1" "$2"
	wait_for "Phase"
	keys c
	wait_for "Massage received today"
	keys [
	wait_for "Logged on this day: 1 run, 1 sore"
	ok $? "$1x$2: yesterday's check-in says what is logged"
	like "$(screen)" "Distance +10\.00km" "$1x$2: its run fills the form"
	like "$(screen)" "Run logged" "$1x$2: the run box says it is the logged run"
	keys C-r c l 5
	wait_for "To save: left calf 5"
	keys C-s
	wait_for "Check-in for Sun 22 Nov saved"
	ok $? "$1x$2: saved"
	is "$(sql "SELECT count(*) || ' ' || group_concat(start) FROM runs")" "1 2026-11-22T07:15:00" \
		"$1x$2: still one run, at its own time"
	is "$(sql "SELECT count(*) || ' ' || group_concat(level) FROM soreness")" "1 5" \
		"$1x$2: the calf changed in place (one entry, now 5)"

	# A second run like the logged one asks first.
	keys c
	wait_for "Massage received today"
	keys [
	wait_for "Run logged"
	keys C-n
	wait_gone "Run logged"
	type_text "10km"
	keys Tab
	type_text "48:00"
	keys C-s
	wait_for "A similar run is logged on Sun 22 Nov at 07:15. Save this one too? (y/n)"
	ok $? "$1x$2: a second run of the same distance that day asks before saving"
	keys n
	wait_gone "similar run"
	is "$(sql "SELECT count(*) FROM runs")" 1 "$1x$2: n saves nothing"
	keys C-s
	wait_for "A similar run is logged"
	keys y
	wait_for "Check-in for Sun 22 Nov saved: run 10.00 km"
	is "$(sql "SELECT count(*) FROM runs")" 2 "$1x$2: y saves it as a second run"

	# The whole day moves in one key.
	keys c
	wait_for "Massage received today"
	keys [
	wait_for "Logged on this day: 2 runs"
	keys }
	wait_for "Moved the check-in of Sun 22 Nov to Mon 23 Nov."
	ok $? "$1x$2: } moves the day's whole check-in to the next day"
	like "$(screen)" "Day  2026-11-23  today" "$1x$2: and the check-in follows it"
	is "$(sql "SELECT group_concat(start) FROM (SELECT start FROM runs ORDER BY id)")" \
		"2026-11-23T07:15:00,2026-11-23T12:00:00" "$1x$2: the runs keep their times"
	is "$(sql "SELECT group_concat(DISTINCT substr(time, 1, 10)) FROM soreness")" "2026-11-23" \
		"$1x$2: the soreness moved too"
	keys }
	wait_for "is after today"
	ok $? "$1x$2: never past today"
	keys Escape
	wait_for "Phase"
	keys q
	wait_exit
	"$KNEAD" --db "$DB" --now "$NOW" undo >/dev/null 2>&1
	is "$(sql "SELECT group_concat(start) FROM (SELECT start FROM runs ORDER BY id)")" \
		"2026-11-22T07:15:00,2026-11-22T12:00:00" "$1x$2: knead undo takes the move back"
done

# French.
. "$top_srcdir/tests/french-lib.sh"
rm -f "$DB"
k log run 10km 50:00 --date 2026-11-22T07:15
tui_start 80 24 $FRENCH
wait_for "Aujourd'hui"
keys c
wait_for "Massage reçu aujourd'hui"
keys [
wait_for "Noté ce jour-là : 1 sortie"
ok $? "French: the day's check-in says what is logged"
keys C-n
wait_gone "Sortie notée"
type_text "10km"
keys Tab
type_text "48:00"
keys C-s
wait_for "Sortie semblable notée le dim 22 nov à 07 h 15. L'enregistrer aussi? (o/n)"
ok $? "French: the question is French, answered with o/n"
keys o
wait_for "enregistré"
is "$(sql "SELECT count(*) FROM runs")" 2 "French: o saves the second run"
keys q
wait_exit

done_testing

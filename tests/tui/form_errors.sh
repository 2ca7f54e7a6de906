#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Bad input in a form: the form names what is wrong, and nothing is written.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux.sh"

"$KNEAD" --db "$DB" --now "$NOW" race add 2026-12-14 "Demi de Montréal" 21.1km --priority A >/dev/null
before=$(db_sum)

tui_start 80 24
wait_for "Phase"
keys c
wait_for "Massage received today"
type_text "abc"
keys Tab
wait_for '"abc" is not a distance'
ok $? "leaving a bad distance shows the error under the field"
type_text "45m"
keys Tab
type_text "11"
keys F2
wait_for "Nothing saved:"
ok $? "saving with a bad field is refused in the form"
wait_for "effort"
ok $? "the error names the effort"
# The focus went back to the distance: five fields on to the body map,
# where q is the start of a name (quadriceps), not Quit.
keys Tab Tab Tab Tab Tab q
wait_for "Quadriceps: which side?"
ok $? "q on the body map goes to the quadriceps, not away from a half-done check-in"

# A run needs both distance and duration.
keys Escape
wait_for "Discard this check-in?"
ok $? "Esc asks before discarding typed text"
keys y
wait_for "Phase"
keys c
wait_for "Massage received today"
keys Tab
type_text "45m"
keys F2
wait_for "Distance is needed"
ok $? "a duration without a distance is refused"
keys Escape y
wait_for "Phase"
keys c
wait_for "Massage received today"
keys F2
wait_for "Nothing to save yet"
ok $? "an empty check-in is not saved"
keys Escape

# The race form on the Races screen.
keys 4
wait_for "Demi de Montréal"
ok $? "the Races screen lists the race"
keys a
wait_for "New race"
type_text "2026-02-30"
keys Tab
type_text "Test"
keys Tab
type_text "-5km"
keys F2
wait_for "Nothing saved:"
ok $? "a bad race is refused"
keys Escape
wait_gone "New race"
keys q
wait_exit
is "$status" 0 "knead exits cleanly"
is "$(db_sum)" "$before" "the database is unchanged"
is "$(sql "SELECT count(*) FROM runs") $(sql "SELECT count(*) FROM soreness") $(sql "SELECT count(*) FROM races")" \
	"0 0 1" "no row was added"

done_testing

#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Smaller things, each a test: f picks the light flush (a later word of
# its name); a region put back to 0 is not counted as sore; the Regions
# placeholder is a value its own check accepts; the race form's date
# error suggests days to come and its priority is a choice; at 200x50 the
# check-in's fields keep a reasonable width; before any run, Today's phase
# does not say "no training".
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux.sh"

"$KNEAD" --db "$DB" --now "$NOW" log sore calf:left 4 --date yesterday >/dev/null
tui_start 80 24
wait_for "Phase"
like "$(screen)" "Phase: from your first runs" "before any run, the phase waits for them"
unlike "$(screen)" "no training" "rather than 'no training' beside base-training advice"
keys c
wait_for "Massage received today"
like "$(screen)" "e\.g\. calf:left, " "the Regions placeholder shows an example"
keys C-r c l 0
wait_for "Left calf: 0/10"
keys Tab f
wait_for "◂ light flush ▸"
ok $? "f in the massage choice picks the light flush"
keys Tab
type_text "calf:left, it-band:right"
keys C-s
wait_for "Check-in saved: 1 region no longer sore, light flush."
ok $? "the calf at 0 is said to be no longer sore, not counted as sore"
keys q
wait_exit
is "$(sql "SELECT group_concat(region || ':' || side, ',') FROM (SELECT * FROM massage_regions ORDER BY region)")" \
	"calf:left,it-band:right" "the placeholder's form of regions is accepted"

# The race form's priority is a choice: a typed picks A (never "Ba").
tui_start 80 24
wait_for "Phase"
keys 4
wait_for "Races"
keys a
wait_for "New race"
type_text "soon"
keys Tab
wait_for "tomorrow or +3d"
ok $? "a race's bad date suggests days to come"
unlike "$(screen)" "yesterday or -3d" "and no past day"
keys BTab C-u
type_text "2026-12-20"
keys Tab
type_text "Test 10k"
keys Tab
type_text "10km"
keys Tab a
wait_for "◂ A ▸"
ok $? "a picks priority A"
keys C-s
wait_gone "New race"
keys q
wait_exit
is "$(sql "SELECT priority FROM races WHERE name = 'Test 10k'")" "A" "the race is saved with priority A"

# At 200x50 the fields do not stretch across the screen.
tui_start 200 50
wait_for "Phase"
keys c
wait_for "Massage received today"
run_box=$(screen | grep -o '┌─ Run [^┐]*┐' | head -n 1)
w=$(printf '%s' "$run_box" | LC_ALL=C.UTF-8 wc -m)
ok "$([ "$w" -gt 20 ] && [ "$w" -le 66 ]; echo $?)" "200x50: the run box is $w columns wide (at most 66)"
keys Escape
wait_for "Phase"
keys q
wait_exit

. "$top_srcdir/tests/french-lib.sh"
rm -f "$DB"
tui_start 80 24 $FRENCH
wait_for "Aujourd'hui"
like "$(screen)" "Phase : dès vos premières sorties" "French: the phase before any run"
keys c
wait_for "Massage reçu aujourd'hui"
like "$(screen)" "p\. ex\. mollet" "French: the placeholder is French"
keys C-r
wait_for "Fléchisseur"
# l: the light flush by a later word (léger); the choice is too wide to
# show whole at 80 columns, the saved massage says it.
keys Tab l Tab
type_text "mollet:gauche, bandelette:droite"
keys C-s
wait_for "enregistré"
keys q
wait_exit
is "$(sql "SELECT kind FROM massages ORDER BY id DESC LIMIT 1")" "flush" \
	"French: l picked the light flush, and the short forms of regions saved"
is "$(sql "SELECT group_concat(region || ':' || side, ',') FROM (SELECT * FROM massage_regions ORDER BY region)")" \
	"calf:left,it-band:right" "French: mollet:gauche, bandelette:droite"

done_testing

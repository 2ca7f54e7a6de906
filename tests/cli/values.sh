#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Values as people type them: a region with
# sides needs its side, everywhere; values in any case; region names and
# sides in the user's language; date examples that fit the command; "did
# you mean" for commands and options; one error form; knead help; the race
# priority default of the schema.  In English and in French.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/french-lib.sh"
NOW=2026-11-23T09:00

# --- a sided region needs its side ---------------------------------------
sum=$(db_sum)
run --now $NOW log sore calf 4
is "$rc" 2 "log sore calf: refused, exit 2"
is "$err" 'knead: "calf" needs a side (calf:left or calf:right)' "log sore calf: the message of the issue"
run --now $NOW log massage sports --regions it-band:right,calf
is "$err" 'knead: "calf" needs a side (calf:left or calf:right)' "--regions: the same message"
is "$(db_sum)" "$sum" "nothing written"
run --now $NOW log sore lower-back 2
is "$rc" 0 "a region without sides needs none"

# Side-less rows from an older database are still listed and editable.
sql "INSERT INTO soreness (time, region, side, level) VALUES ('2026-11-20T12:00:00', 'knee', NULL, 3)"
old=$(sql "SELECT id FROM soreness WHERE side IS NULL AND region = 'knee'")
run --now $NOW list soreness
like "$out" "^ +$old  2026-11-20 12:00  knee +3/10" "an old side-less row is listed"
run --now $NOW edit soreness "$old" --level 2
is "$rc" 0 "and can be edited without giving it a side"
is "$(sql "SELECT coalesce(side, '-') || level FROM soreness WHERE id = $old")" "-2" "its level changed, its side as it was"
run --now $NOW edit soreness "$old" --region knee
is "$err" 'knead: "knee" needs a side (knee:left or knee:right)' "a new region given in an edit needs its side"
run --now $NOW edit soreness "$old" --region knee:left
is "$(sql "SELECT side FROM soreness WHERE id = $old")" left "and an edit can give it one"

# --- any case --------------------------------------------------------------
run --now $NOW log run 10km 52:30 --kind Tempo
like "$out" "tempo" "--kind Tempo"
run --now $NOW log sore Calf:Left 3 IT-BAND:R 2
is "$rc" 0 "Calf:Left and IT-BAND:R"
is "$(sql "SELECT region || ':' || side FROM soreness ORDER BY id DESC LIMIT 2" | sort | tr '\n' ' ')" \
	"calf:left it-band:right " "stored by their ids"
run --now $NOW log massage Deep-Tissue --regions "IT band:right" --date Yesterday
is "$rc" 0 "Deep-Tissue, an English name with a blank, Yesterday"
run --now $NOW list Runs
is "$rc" 0 "list Runs"
run --now $NOW race add 2027-05-30 "Montreal 21k" 21.1KM --priority a
like "$out" "priority A" "--priority a"

# --- dates that fit the command --------------------------------------------
run --now $NOW race add tomorrow "Parc run" 5km
is "$rc" 0 "race add tomorrow"
like "$out" "on 2026-11-24" "tomorrow is the 24th"
run --now $NOW race add +3d "Parc run 2" 5km
like "$out" "on 2026-11-26" "+3d for a race"
run --now $NOW race add soon "Parc run 3" 5km
is "$err" 'knead: "soon" is not a date (expected YYYY-MM-DD, today, tomorrow or +3d)' \
	"a race's date error gives examples ahead"
run --now $NOW log run 5km 25:00 --date soon
like "$err" 'expected YYYY-MM-DD, today, yesterday or -3d' "a run's date error gives examples behind"

# --- the race priority: B unless said (the schema's default) ---------------
run --now $NOW race add 2027-06-01 "No priority" 10km
like "$out" "priority B" "race add without --priority: B"
is "$(sql "SELECT priority FROM races WHERE name = 'No priority'")" B "stored as B"
grep -q "RACE_PRIORITY_DEFAULT" "$top_srcdir/tui/ui/record_kinds.c"
ok $? "the interface's race form takes the same constant"

# --- did you mean, one error form ------------------------------------------
run stauts
is "$rc:$err" '2:knead: "stauts" is not a command (did you mean status?)' "a mistyped command"
run frobnicate
is "$err" 'knead: "frobnicate" is not a command (see knead --help)' "a command like none"
run --now $NOW log run 10km 52:30 --kindd easy
is "$rc:$err" '2:knead: unknown option "--kindd" (did you mean --kind?)' "a mistyped option"
run --now $NOW list --jsn
is "$err" 'knead: unknown option "--jsn" (did you mean --json?)' "in any command"
run --now $NOW list --frobnicate
is "$err" 'knead: unknown option "--frobnicate" (see knead list --help)' "an option like none"
run --now $NOW log run 10km 52:30 --kind
is "$rc:$err" '2:knead: --kind needs a value (see knead log run --help)' "a missing value: the same form"
run --now $NOW list --since
is "$err" 'knead: --since needs a value (see knead list --help)' "in any command"

# --- knead help -------------------------------------------------------------
run help
is "$rc" 0 "knead help"
like "$out" "^Usage: knead" "knead help is knead --help"
like "$out" "  undo +undo the last change" "it lists undo"
like "$out" "  config +show or change the settings" "and config"
run help edit
like "$out" "knead edit \[OPTION…\] $(lists_named '\|') ID" "knead help edit"
like "$out" "--distance=DISTANCE" "with the command's options"
run help log run
like "$out" "knead log \[OPTION…\] run DISTANCE DURATION" "knead help log run"
run help import
is "$rc" 0 "knead help import (a command of knead-io)"
like "$out" "import" "shows its help"
run help statsu
is "$rc:$err" '2:knead: "statsu" is not a command (did you mean status?)' "knead help with a typo"

# --- in French -------------------------------------------------------------
fr log sore mollet:gauche 4 "ischio-jambiers:Droite" 3
is "$rc" 0 "French names and sides: mollet:gauche, ischio-jambiers:Droite"
is "$(sql "SELECT region || ':' || side FROM soreness ORDER BY id DESC LIMIT 2" | sort | tr '\n' ' ')" \
	"calf:left hamstring:right " "stored by their ids"
fr log sore "fléchisseur de la hanche:d" 2 flechisseur-de-la-hanche:g 1
is "$rc" 0 "with or without accents, blanks or dashes, g and d"
fr log sore calf:left 2
is "$rc" 0 "the English ids still work in French"
fr log sore mollet 4
is "$err" "knead: «$(printf '\302\240')mollet$(printf '\302\240')» doit avoir un côté (mollet:gauche ou mollet:droite)" \
	"a French region without its side, refused in French"
fr log run 8km 40:00 --kind 'Sortie longue' --date Hier
is "$rc" 0 "a French kind name (Sortie longue) and date word (Hier)"
fr stauts
like "$err" "vouliez-vous dire status\?" "did you mean, in French"
fr log run 10km 52:30 --rpee 5
like "$err" "option inconnue .*--rpee.* \(vouliez-vous dire --rpe\?\)" "an option, in French"
fr race add bientôt X 5km
like "$err" "attendu : AAAA-MM-JJ, aujourd.hui, demain ou \+3d" "date examples ahead, in French"
fr help undo
like "$out" "annuler la dernière modification" "knead help undo in French"

done_testing

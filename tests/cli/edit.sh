#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# knead edit and knead undo: a wrong entry is
# fixed field by field, checked like knead log, in one transaction, saying
# what changed (or that nothing did); knead undo takes back the last change
# made from the command line, whole, and never over a later change.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/french-lib.sh"
NOW=2026-11-23T18:30

k() { run --now $NOW "$@"; }
row() { sql "SELECT $2 FROM $1 WHERE id = $3"; }

k log run 10km 52:30 --rpe 6 --date yesterday --note "tempo by the canal"
k log sore calf:left 4 it-band:right 6
k log massage sports --regions calf:left --therapist Julie --date -3d
k race add 2027-05-30 "Montreal 21k" 21.1km --priority A

# --- edit: runs --------------------------------------------------------------
k edit runs 1 --distance 12km --kind tempo
is "$rc" 0 "edit runs: exit 0"
is "$out" "  distance: 10.00 km -> 12.00 km
  kind: easy -> tempo
Changed runs entry 1." "edit runs: says what changed, field by field"
is "$(row runs "distance_m || ' ' || kind || ' ' || rpe" 1)" "12000.0 tempo 6" "the other fields are kept"
k edit runs 1 --date 2026-11-20
is "$(row runs start 1)" "2026-11-20T12:00:00" "a day alone keeps the time of day"
k edit runs 1 --rpe "" --note ""
is "$(row runs "coalesce(rpe, '-') || coalesce(note, '-')" 1)" "--" "an empty value clears an optional field"
k edit runs 1 --distance 12km
is "$rc:$out" "0:Nothing changed: runs entry 1 already reads so." "an edit that changes nothing says so"
is "$(sql 'SELECT count(*) FROM undo_journal WHERE command = "edit"')" 3 "and is not journalled"

# --- edit: validated like log, nothing written on refusal --------------------
sum=$(db_sum)
k edit runs 1 --distance -5km
is "$rc:$err" '2:knead: "-5km" is not a distance (expected e.g. 10km, 6.2mi, 800m)' "a bad distance, as log says it"
k edit runs 1 --date tomorrow
like "$err" "is in the future" "a run cannot move to the future"
k edit soreness 1 --level 11
like "$err" '"11" is not a soreness level' "a bad level"
k edit soreness 1 --region calf
like "$err" '"calf" needs a side' "a region without its side"
k edit soreness 1 --rpe 3
is "$rc:$err" "2:knead: --rpe is not a field of soreness (expected --date, --region, --level, --note)" \
	"a field of another list is refused by name"
k edit runs 99 --rpe 3
is "$rc" 2 "an id that does not exist: exit 2"
like "$err" "there is no runs entry with id 99" "and says so"
k edit walks 1 --rpe 3
like "$err" '"walks" is not a list to edit' "an unknown list"
k edit runs 1 --rpee 3
is "$err" 'knead: unknown option "--rpee" (did you mean --rpe?)' "a mistyped field"
k edit runs 1 --time 3:00
is "$err" 'knead: unknown option "--time" (see knead edit --help)' \
	"a did-you-mean offers only the list's own fields (no --name for a run)"
k edit soreness 1 --levle 3
is "$err" 'knead: unknown option "--levle" (did you mean --level?)' "and finds the list's field"
# The whole entry is checked as a new one would be, not only the field.
k edit runs 1 --duration 1s
is "$rc" 2 "a 10 km run made to last 1 s is refused, exit 2, like knead log 10km 1s"
like "$err" "faster than anyone runs" "saying why"
k log run 10km 1s
like "$err" "faster than any runner" "knead log refuses it too"
k edit massages 1 --date +4000d
is "$rc" 2 "a massage moved 4000 days ahead is refused"
like "$err" "too far in the future" "saying why"
k log massage sports --date +4000d
is "$rc" 2 "as knead log refuses it"
is "$(db_sum)" "$sum" "no refused edit wrote anything"

# --- edit: the other lists ---------------------------------------------------
k edit soreness 2 --region it-band:left --level 5
like "$out" "region: right IT band -> left IT band" "soreness: region"
like "$out" "level: 6/10 -> 5/10" "soreness: level"
k edit massages 1 --kind deep-tissue --regions calf:left,quad:right --therapist ""
like "$out" "kind: sports massage -> deep tissue" "massages: kind"
is "$(sql 'SELECT group_concat(region || ":" || side) FROM massage_regions WHERE massage_id = 1')" \
	"calf:left,quad:right" "massages: the regions, replaced whole"
is "$(row massages "coalesce(therapist, '-')" 1)" "-" "massages: the therapist cleared"
# One region-list parser for log, edit and the forms: commas or semicolons.
k edit massages 1 --regions "calf:left; quad:right"
is "$(sql 'SELECT group_concat(region || ":" || side) FROM massage_regions WHERE massage_id = 1')" \
	"calf:left,quad:right" "edit --regions takes a semicolon as the form does"
k undo
k edit races 1 --date +10d --priority b --name "Demi de Montréal"
like "$out" "date: 2027-05-30 -> 2026-12-03" "races: a date ahead"
is "$(row races "name || ' ' || priority" 1)" "Demi de Montréal B" "races: name and priority"

# --- undo ----------------------------------------------------------------------
k undo
is "$rc" 0 "undo: exit 0"
is "$out" "Undid knead edit:
  changed back to the race Montreal 21k of Sun 30 May, 21.10 km (races 1)" \
	"undo: says what it undid, in words"
is "$(row races "name || ' ' || priority || ' ' || date" 1)" "Montreal 21k A 2027-05-30" "the race is as it was"
k undo
is "$(sql 'SELECT group_concat(region || ":" || side) FROM massage_regions WHERE massage_id = 1')" \
	"calf:left" "undo again: the massage's regions are back"
is "$(row massages "kind || ' ' || therapist" 1)" "sports Julie" "and its kind and therapist"
k rm runs 1
is "$out" "Removed the run of Fri 20 Nov, 12.00 km (runs 1); knead undo puts it back." \
	"rm says what it removed, in words"
k undo
is "$out" "Undid knead rm:
  put back the run of Fri 20 Nov, 12.00 km (runs 1)" "undo of rm puts the entry back"
is "$(row runs "distance_m || ' ' || kind" 1)" "12000.0 tempo" "under its own id, as it was"
k log sore knee:left 2 quad:right 3 hamstring:left 1
k undo
like "$out" "removed the soreness of Mon 23 Nov, left hamstring 1/10 .soreness 5." \
	"undo of a log with three regions"
is "$(sql "SELECT count(*) FROM soreness WHERE region IN ('knee','quad','hamstring')")" 0 "removes all three, together"
k race add 2026-12-14 "Demi" 21.1km
k race rm 1
k undo
is "$(row races name 1)" "Montreal 21k" "undo of race rm"
k undo
is "$(sql "SELECT count(*) FROM races WHERE name = 'Demi'")" 0 "then of race add"

# --- redo --------------------------------------------------------------------
run redo --now $NOW
is "$rc" 0 "redo: exit 0"
is "$out" "Redid knead race add:
  put back the race Demi of Mon 14 Dec, 21.10 km (races 2)" \
	"redo makes again the change undone last, in words, under its id"
k redo
like "$out" "Redid knead race rm:
  removed the race Montreal 21k" "then the one undone before it"
k redo
is "$rc" 2 "nothing more to redo: exit 2"
like "$err" "there is nothing to redo" "says so"
k undo
k undo
k log sore calf:left 2
k redo
is "$rc" 2 "a new change ends what could be redone"
k undo

# An entry changed since (here behind knead's back, as the interface
# would): that change is not undone, and the next undo goes further back.
k log run 5km 25:00
new=$(sql "SELECT max(id) FROM runs")
sql "UPDATE runs SET rpe = 4 WHERE id = $new"
sum=$(db_sum)
k undo
is "$rc" 1 "undo over a later change: exit 1"
like "$err" "runs entry $new was changed since knead log, so that change is not undone" "says why"
is "$(row runs rpe "$new")" 4 "the later change is kept"
k undo
like "$out" "Undid knead edit" "the next undo reaches the change before it"
before=$(sql "SELECT count(*) FROM undo_journal")
k regions
is "$(sql "SELECT count(*) FROM undo_journal")" "$before" "commands that change nothing leave the journal alone"

# Until there is nothing left.
n=0
while run --now $NOW undo && [ $n -lt 60 ]; do n=$((n + 1)); done
is "$rc:$err" "2:knead: there is nothing to undo (knead undo undoes log, edit, rm, race add, race rm and changes made in the interface)" \
	"nothing to undo: exit 2, and what undo covers"
is "$(sql 'SELECT group_concat(id) FROM runs') $(sql 'SELECT count(*) FROM soreness')" "$new 0" \
	"every logged entry undone but the one changed since"

# --- in French -----------------------------------------------------------------
fr log run 10km 50:00 --rpe 5
id=$(sql "SELECT max(id) FROM runs")
fr edit runs $id --distance 11km --kind récupération
is "$rc" 0 "French: edit with a French kind"
like "$out" "distance : 10,00 km -> 11,00 km" "French: the changes, with a decimal comma"
like "$out" "Dans les sorties, l'entrée $id a été modifiée." "French: the summary"
fr edit runs $id --distance 11km
like "$out" "Rien n'a changé" "French: nothing changed"
fr edit runs $id --level 3
like "$err" "--level n'est pas un champ pour les sorties" "French: a field of another list"
fr undo
like "$out" "Annulé, knead edit :" "French: undo says what it undid"
fr rm runs $id
# (The abbreviations are the locale's: "lun" or "lun.".)
like "$(joined "$out")" "^Supprimé : la course du lun\.? 23 nov\.?, 10,00 km \(runs $id\); knead undo annule la suppression\.$" \
	"French: rm says what it removed, in French words"
fr undo
like "$out" "Annulé, knead rm :" "French: undo says what it undid"
like "$out" "^  remis en place : la course du lun\.? 23 nov\.?, 10,00 km \(runs $id\)$" \
	"French: and what it put back, in French words"
fr redo
like "$out" "Refait, knead rm :" "French: redo"
fr undo
fr undo
fr undo
like "$err" "il n'y a rien à annuler" "French: nothing to undo"
fr help edit
like "$out" "modifier une entrée" "French: knead help edit"

done_testing

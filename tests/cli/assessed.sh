#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# knead log assessed as an entry kind: logged through the one door for
# changes, listed, edited, removed, undone and redone in words, exported
# (JSON and CSV) and read back by knead import; in English and French.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/french-lib.sh"
NOW=2026-11-23T18:30

k() { run --now $NOW "$@"; }
row() { sql "SELECT $2 FROM assessments WHERE id = $1"; }

# --- log, list ------------------------------------------------------------------
k log assessed shin:left --cleared --date yesterday
is "$rc:$out" "0:Logged assessment 1: left shin, cleared for massage." "log assessed --cleared"
k log assessed lower-back
is "$rc" 0 "log assessed a region without sides"
is "$(sql 'SELECT count(*) FROM undo_journal WHERE command = "log"')" 2 "each assessment is journalled"
k list assessments
is "$rc" 0 "list assessments"
like "$out" "^Assessments" "the section is named"
like "$out" "id  when +region +massage" "the columns have headings"
like "$out" "1  2026-11-22 12:00  left shin +cleared for massage" "the cleared one, at its local day and time"
like "$out" "2  2026-11-23 18:30  lower back +no massage there yet" "the one not cleared"
unlike "$out" "[0-9]T[0-9]" "no ISO T in a listing"
k list assessment
is "$rc" 0 "list assessment (singular) is list assessments"
k list assessments --json
is "$(printf '%s' "$out" | jq -c '[.[] | [.id, .time, .region, .side, .cleared]]')" \
	'[[1,"2026-11-22T12:00:00","shin","left",true],[2,"2026-11-23T18:30:00","lower-back",null,false]]' \
	"list assessments --json: every key"
k list --json
is "$(printf '%s' "$out" | jq -c '[.[] | select(.type == "assessment") | .id]')" "[1,2]" \
	"the mixed list gives them the type assessment"

# --- undo, redo ------------------------------------------------------------------
k undo
is "$rc:$out" "0:Undid knead log:
  removed the assessment of Mon 23 Nov, lower back (assessments 2)" "undo says it in words"
is "$(sql 'SELECT count(*) FROM assessments')" 1 "and removes it"
k redo
is "$rc:$out" "0:Redid knead log:
  put back the assessment of Mon 23 Nov, lower back (assessments 2)" "redo says it in words"
is "$(row 2 region)" "lower-back" "and puts it back under its id"

# --- edit -------------------------------------------------------------------------
k edit assessments 2 --cleared --date 2026-11-21
is "$rc:$out" "0:  date: 2026-11-23T18:30:00 -> 2026-11-21T18:30:00
  cleared for massage: no -> yes
Changed assessments entry 2." "edit --cleared --date: says what changed"
is "$(row 2 "time || ' ' || cleared")" "2026-11-21T18:30:00 1" "and writes it"
k undo
is "$(row 2 "time || ' ' || cleared")" "2026-11-23T18:30:00 0" "undo puts the edit back"
k edit assessment 1 --cleared=no
is "$rc:$(row 1 cleared)" "0:0" "--cleared=no"
k undo
is "$(row 1 cleared)" 1 "undone"
k edit assessments 2 --cleared --db "$DB"
is "$rc:$(row 2 cleared)" "0:1" "--cleared alone, a global option after it"
k undo
sum=$(db_sum)
k edit assessments 2 --cleared=maybe
is "$rc" 2 "--cleared maybe: exit 2"
is "$err" 'knead: "maybe" is not an answer (expected yes or no)' "the value is named, and what was expected"
k edit assessments 2 --level 3
is "$rc" 2 "a field of another kind: exit 2"
like "$err" "--level is not a field of assessments" "and named"
k edit assessments 2 --region lower-back:left
is "$rc" 2 "a side on the lower back: exit 2"
k edit assessments 2 --date tomorrow
is "$rc" 2 "an assessment in the future: exit 2"
is "$(db_sum)" "$sum" "a refused edit changes nothing"

# --- rm ---------------------------------------------------------------------------
k rm assessments 1
is "$rc:$(joined "$out")" "0:Removed the assessment of Sun 22 Nov, left shin, cleared for massage (assessments 1); knead undo puts it back." \
	"rm says what it removed"
k undo
is "$(row 1 "region || ':' || side || ' ' || cleared")" "shin:left 1" "undo puts it back whole"
k rm assessments 99
is "$rc" 2 "rm of an id that does not exist: exit 2"

# --- export and import: a round trip ----------------------------------------------
k export --format json --output "$T/a.json"
is "$rc" 0 "export --format json"
is "$(jq -c '[.assessments[] | [.id, .region, .side, .cleared]]' "$T/a.json")" \
	'[[1,"shin","left",true],[2,"lower-back",null,false]]' "the export holds the assessments"
k export
like "$out" "
assessment,1,2026-11-22T12:00:00,,,,,,,,,shin,left,,,,,,,1" "CSV: a row per assessment, cleared last"
like "$out" "
assessment,2,2026-11-23T18:30:00,,,,,,,,,lower-back,,,,,,,,0" "CSV: not cleared"
"$KNEAD" --db "$T/b.db" --now $NOW import "$T/a.json" >/dev/null 2>&1
is "$?" 0 "import the export into an empty database"
is "$(sqlite3 -batch "$T/b.db" 'SELECT time, region, side, cleared FROM assessments ORDER BY time')" \
	"$(sql 'SELECT time, region, side, cleared FROM assessments ORDER BY time')" \
	"the assessments come back as they were"
"$KNEAD" --db "$T/b.db" --now $NOW import "$T/a.json" >"$T/again" 2>&1
like "$(cat "$T/again")" "Already there: 2" "imported again, they are already there"
is "$(sqlite3 -batch "$T/b.db" 'SELECT count(*) FROM assessments')" 2 "and not doubled"

# --- in French ----------------------------------------------------------------------
fr list assessments
like "$out" "^Examens" "fr: the section"
like "$out" "nº  quand +région +massage" "fr: the headings"
like "$out" "tibia \(gauche\) +feu vert pour le massage" "fr: cleared"
fr edit assessments 2 --cleared=oui
is "$rc" 0 "fr: --cleared oui"
like "$out" "cleared for massage : non -> oui|feu vert pour le massage : non -> oui" "fr: says what changed"
like "$(joined "$out")" "Dans les examens, l'entrée 2 a été modifiée\." "fr: names the list in the sentence"
fr undo
like "$out" "l'examen du lun 23 nov, bas du dos" "fr: undo names the assessment in French"
fr edit assessments 2 --cleared=peut-être
is "$rc" 2 "fr: a wrong answer: exit 2"
like "$err" "« peut-être » n'est pas une réponse \(attendu : oui ou non\)" "fr: the error in French"
fr rm assessments 2
like "$out" "l'examen du lun 23 nov, bas du dos" "fr: rm names it in French"

done_testing

#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The command line in French (fr_CA.UTF-8): messages, decimal commas,
# errors, and columns that line up although accents take two bytes.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/french-lib.sh"
NOW=2026-11-23T09:00

# col TEXT LINE: the column (in characters, not bytes) where TEXT starts.
col() {
	printf '%s' "${2%%"$1"*}" | env LC_ALL=fr_CA.UTF-8 ${LOCPATH:+LOCPATH=$LOCPATH} wc -m
}

fr log run 10km 50:00 --kind race --rpe 8 --date -3d
is "$out" "Course 1 enregistrée : 10,00 km en 50:00 (5:00 /km), épreuve." "log run answers in French"
fr log run 5,5km 33:00 --kind recovery --rpe 2 --date -2d
like "$out" "5,50 km" "a decimal comma in, a decimal comma out"
fr log run 8km 40:00 --rpe 4 --date -1d
fr log sore hip-flexor:left 5 calf:right 3 lower-back 2 --date -1d
like "$out" "fléchisseur de la hanche \(gauche\), 5/10" "regions and sides are named in French"

fr list runs
is "$rc" 0 "list runs"
is "$(printf '%s\n' "$out" | head -n 1)" "Courses" "its heading is French"
cols=$(printf '%s\n' "$out" | grep effort | while IFS= read -r line; do col effort "$line"; done | sort -u)
is "$(printf '%s\n' "$cols" | wc -l)" 1 "the effort column lines up after épreuve, récupération and facile ($cols)"

fr list soreness
cols=$(printf '%s\n' "$out" | grep '/10' | while IFS= read -r line; do col /10 "$line"; done | sort -u)
is "$(printf '%s\n' "$cols" | wc -l)" 1 "the level column lines up after accented region names"
like "$out" "fléchisseur de la hanche \(gauche\)  5/10" "and the longest name is whole"

fr status
like "$out" "Phase : construction de base" "status in French"
like "$out" "7 derniers jours : 3 courses, 23,50 km" "distances with a decimal comma"
cols=$(printf '%s\n' "$out" | grep '/10' | while IFS= read -r line; do col /10 "$line"; done | sort -u)
is "$(printf '%s\n' "$cols" | wc -l)" 1 "status: the soreness levels line up"
cols=$(printf '%s\n' "$out" | grep '/10' | while IFS= read -r line; do col 2026- "$line"; done | sort -u)
is "$(printf '%s\n' "$cols" | wc -l)" 1 "status: so do the dates after the trend"

fr next
like "$out" "Prochain massage : 2026-11-2" "next in French"
like "$out" "Pourquoi :" "with its reasons"
cols=$(printf '%s\n' "$out" | grep '^  [^ -].*/10' | while IFS= read -r line; do col /10 "$line"; done | sort -u)
is "$(printf '%s\n' "$cols" | wc -l)" 1 "next: the focus levels line up"

# JSON does not follow the locale: points, not commas, and valid.
fr list runs --json
is "$(printf '%s' "$out" | jq -r '.[1].distance_m')" "5500" "list --json under fr_CA: 5500.0, not 5500,0"
fr status --json
is "$(printf '%s' "$out" | jq -r '.phase')" "base" "status --json under fr_CA is valid JSON"
fr next --json
is "$(printf '%s' "$out" | jq -r '.kind')" "myofascial" "next --json under fr_CA is valid JSON, ids untranslated"

# Errors: French, naming the value, exit 2, nothing written.
before=$(db_sum)
fr log run -5km 20:00
is "$rc" 2 "a bad distance exits 2"
is "$err" "knead: « -5km » n'est pas une distance (p. ex. 10km, 6.2mi, 800m)" "and says why in French"
fr log sore genou 4
is "$rc" 2 "a region with sides needs its side, in French too"
is "$err" "knead: « genou » doit avoir un côté (genou:gauche ou genou:droite)" "the error names it and shows the two forms"
is "$(db_sum)" "$before" "the database is unchanged"

fr list --help
is "$rc" 0 "list --help"
like "$(joined "$out")" "knead list \[OPTION…\] \[$(lists_named '\|')\] - afficher ce qui a été noté" \
	"its usage line names the command and says what it does in French"
like "$out" "--since=D +seulement à partir de cette date" "its options are described in French"

# A race's name after "autour de" takes the noun, so that French never
# reads "autour de Ultra Trail" (an elision the name would need).
DB=$T/race.db
: >"$DB"
fr log run 10km 50:00 --date -3d
fr log sore calf:left 4
fr race add 2026-11-28 "Ultra Trail des Monts" 50km --priority A
fr next
like "$(joined "$out")" "autour de l'épreuve Ultra Trail des Monts \(priorité A\)" \
	"the no-deep-tissue window names the race after l'épreuve"
unlike "$(joined "$out")" "autour de Ultra" "no missing elision before a race's name"

done_testing

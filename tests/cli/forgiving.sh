#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Forgiving input: did you mean with a swap of two letters (Damerau) for
# commands, options, regions and articles; singular list names; French
# short forms of regions and kinds.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/french-lib.sh"
NOW=2026-11-23T18:30

k() { run --now $NOW "$@"; }

for pair in lgo:log lsit:list nxet:next hepl:help stauts:status; do
	k "${pair%%:*}"
	is "$rc" 2 "${pair%%:*}: exit 2"
	like "$err" "did you mean ${pair#*:}\?" "${pair%%:*}: did you mean ${pair#*:}"
done
k list --sicne yesterday
like "$err" "did you mean --since\?" "an option with two letters swapped"
k log sore clf:left 3
like "$err" "\"clf:left\" is not a body region \(did you mean calf\?\)" "a region one letter off"
k read itband
like "$err" "did you mean it-band\?" "an article's slug without its dash"
k read it-bnad
like "$err" "did you mean it-band\?" "and with two letters swapped"

k log run 10km 52:30
k edit run 1 --rpe 5
is "$rc" 0 "edit run (singular) is edit runs"
k list race
is "$rc" 0 "list race (singular) too"
k edit rnu 1 --rpe 4
is "$rc" 2 "edit of a mistyped list: exit 2"
like "$err" "\"rnu\" is not a list to edit \(did you mean runs\?\)" \
	"edit of a mistyped list says did you mean, by the list's own name"
k rm masages 1
like "$err" "\"masages\" is not a list to remove from \(did you mean massages\?\)" \
	"rm of a mistyped list says did you mean"
k rm xyz 1
like "$err" "expected $(lists_named ', ' ' or ')" \
	"a name near none still lists the lists"
is "$(sql 'SELECT rpe FROM runs WHERE id = 1')" 5 "nothing changed"

fr log sore bandelette:gauche 3 ischio:droite 2 achille:gauche 4
is "$rc" 0 "French: bandelette, ischio, achille"
is "$(sql "SELECT group_concat(region || ':' || side, ' ') FROM (SELECT * FROM soreness ORDER BY id)")" \
	"it-band:left hamstring:right achilles:left" "French: each short form is its region"
fr log sore dos 2
is "$rc" 2 "French: a word two regions share (dos) is refused"
fr log run 12km 1:05:00 --kind longue --date -2d
is "$(sql "SELECT kind FROM runs WHERE id = 2")" "long" "French: longue is the long run"
fr log run 8km 40:00 --kind fractionné --date -3d
is "$(sql "SELECT kind FROM runs WHERE id = 3")" "intervals" "French: fractionné is intervals"
fr log massage sportif --date -1d
is "$(sql "SELECT kind FROM massages")" "sports" "French: sportif is the sports massage"
# The words French help and errors offer are French, and accepted.
fr log run --help
like "$out" "quand \(AAAA-MM-JJ, aujourd'hui, hier, -3d\)" "French: log run --help offers aujourd'hui, hier"
like "$(joined "$out")" "facile, longue, tempo, fractionné, épreuve, trail ou récupération" \
	"French: and the French kinds"
unlike "$out" "today|yesterday|easy|recovery|intervals" "French: no English date word nor kind"
fr log massage --help
like "$(joined "$out")" "TYPE : sportif, profondeur, myofascial, gâchettes, léger ou détente" \
	"French: log massage --help offers the French kinds"
fr edit --help
like "$(joined "$out")" "aujourd'hui, hier, -3d" "French: edit --help too"
fr log massage --help
like "$(joined "$out")" "aujourd'hui, -3d; une date à venir, p\. ex\. \+5d ou demain" "French: and its --date (a booking)"
fr list --since blah
like "$err" "attendu : AAAA-MM-JJ, aujourd'hui, hier ou -3d" "French: a bad date offers French words"
fr race add blah X 10km
like "$err" "attendu : AAAA-MM-JJ, aujourd'hui, demain ou \+3d" "French: a bad race date too"
n=$(sql "SELECT count(*) FROM massages")
fr log massage gâchettes --date hier
fr log massage détente --date hier
is "$rc:$(sql "SELECT count(*) FROM massages")" "0:$((n + 2))" "French: the kinds offered are accepted"
run --now $NOW log run --help
like "$out" "today, yesterday" "English: log run --help still says today, yesterday"
fr edit rnu 1 --rpe 4
like "$err" "dans .+rnu.+\(vouliez-vous dire runs\?\)" "French: edit of a mistyped list, did you mean"
fr rm rnus 1
like "$err" "de .+rnus.+\(vouliez-vous dire runs\?\)" "French: rm of a mistyped list, did you mean"
fr log sore molet:gauche 2
like "$err" "« molet:gauche » n'est pas une région du corps \(vouliez-vous dire mollet\?\)" \
	"French: did you mean in French"
n=$(sql "SELECT count(*) FROM soreness")
fr log sore mollet:milieu 2
is "$rc" 2 "French: a side that is neither: exit 2"
like "$err" "« mollet:milieu » n'indique pas de côté \(attendu : mollet:gauche ou mollet:droite\)" \
	"French: the side error offers the French words, on the region as typed"
fr log sore bas-du-dos:gauche 2
like "$err" "« bas-du-dos:gauche » ne prend pas de côté \(bas du dos : ni à gauche ni à droite\)" \
	"French: a region without a side is named in French"
is "$(sql "SELECT count(*) FROM soreness")" "$n" "French: neither side error logs anything"
k log sore calf:middle 2
like "$err" "\"calf:middle\" does not name a side \(expected calf:left or calf:right\)" \
	"English: the side error on the region as typed"
fr list examens
is "$rc" 0 "French: list examens is the assessments"
fr list Épreuves
is "$rc" 0 "French: list Épreuves, any case and accent, is the races"
fr list sortie --json
is "$rc:$(printf '%s' "$out" | jq -r 'length > 0')" "0:true" "French: list sortie (singular) is the runs"
n=$(sql "SELECT count(*) FROM soreness")
fr rm douleur "$(sql "SELECT max(id) FROM soreness")"
is "$rc:$(sql "SELECT count(*) FROM soreness")" "0:$((n - 1))" "French: rm douleur removes a soreness entry"
fr undo
k list sorties
is "$rc" 2 "English: the French words are for French"
fr articles --region molet
is "$rc" 2 "French: articles --region refuses what is no region"
like "$err" "« molet » n'est pas une région du corps \(vouliez-vous dire mollet\?\)" \
	"French: articles --region says did you mean, in French"

fr log run 10km 50:00 --kind zzz
like "$err" "attendu : facile, longue, tempo, fractionné, épreuve, trail ou récupération" \
	"French: a bad kind lists the French words"
for w in facile longue tempo fractionné épreuve trail récupération; do
	fr log run 5km 30:00 --kind "$w" --date -6d
	[ "$rc" -eq 0 ] || bad_kind="$bad_kind $w"
done
is "${bad_kind:-}" "" "French: every word the error lists is accepted"
fr log massage zzz
like "$err" "attendu : sportif, profondeur, myofascial, gâchettes, léger ou détente" \
	"French: a bad massage kind lists the French words"
for w in sportif profondeur myofascial gâchettes léger détente; do
	fr log massage "$w" --date -6d
	[ "$rc" -eq 0 ] || bad_massage="$bad_massage $w"
done
is "${bad_massage:-}" "" "French: every massage word the error lists is accepted"

# An implausible pace (41 km at 1:50 /km): refused into a pipe, exit 2,
# saying why and how; --force logs it.
n=$(sql "SELECT count(*) FROM runs")
k log run 41km 1:15:10
is "$rc" 2 "41 km at 1:50 /km: exit 2 without a terminal"
like "$err" "41\.00 km in 1:15:10 is 1:50 /km, faster than any runner \(check the distance and the time, or add --force\)" \
	"saying why, and what to do"
is "$(sql "SELECT count(*) FROM runs")" "$n" "nothing logged"
fr log run 41km 1:15:10
like "$err" "plus vite que tout coureur" "French: the refusal is French"
k log run 41km 1:15:10 --force
is "$rc" 0 "--force logs it"
if command -v script >/dev/null 2>&1; then
	out=$(printf 'y\n' | script -qec "$KNEAD --db $DB --now $NOW log run 40km 1:10:00" /dev/null | tr -d '\r')
	like "$out" "Log it anyway\? \(y/n\)" "on a terminal, it asks"
	like "$out" "Logged run" "and y logs it"
else
	skip "no script(1)" "on a terminal, it asks"
	skip "no script(1)" "and y logs it"
fi

done_testing

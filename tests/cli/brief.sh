#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# knead brief: each section, with and without races, flags and massages;
# the session asked for is knead next's; privacy by default; the formats,
# the output file, the languages and the mail.
. "$top_srcdir/tests/lib.sh"
NOW=2026-11-23T09:00

j() { printf '%s' "$out" | jq -r "$1"; }
# The text on one line, no-break spaces as spaces: a sentence may wrap anywhere.
flat() { printf '%s' "$out" | sed 's/\xc2\xa0/ /g' | tr '\n' ' ' | tr -s ' '; }
k() { "$KNEAD" --db "$DB" --config "$CONF" --now $NOW "$@" >/dev/null; }
: >"$CONF"
: >"$DB" # brief reads: it never creates a database

# An empty database: a brief that says there is nothing, not an error.
run brief --config "$CONF" --now $NOW
is "$rc" 0 "brief on an empty database"
like "$out" "BRIEF FOR THE MASSAGE THERAPIST" "the title"
like "$out" "Nothing sore logged in the last 7 days" "body picture: nothing sore"
like "$out" "No race planned" "races: none"
like "$out" "No massage logged" "sessions: none"
like "$out" "Pressure: as usual; no race window" "no race: usual pressure"
run --config "$CONF" --now $NOW brief --json
is "$(j 'keys | join(",")')" "date,included,note,races,regions,session,sessions,training" \
	"exactly the keys of the contract"
is "$(j '.training.weeks | length')" 6 "six weeks of training"

# Five weeks of training with a note and heart rates, a massage on the
# right calf and how it moved, a sharp left glute, a race in 10 days.
for d in 35 33 31 28 26 24 21 19 17 14 12 10 7 5 3; do
	k log run 10km 55:00 --date -${d}d --kind easy --rpe 4 --hr 150
done
k log run 30km 2:50:00 --date -1d --kind long --hr 149 --note "Mont-Royal loop with Sam"
k log sore calf:right 5 --date -12d
k log massage sports --date -11d --regions calf:right --therapist "Julie" --note "tight, released"
k log sore calf:right 2 --date -9d
k log sore calf:right 4 --date -2d --note "after the hills"
k log sore calf:right 6 quad:left 3 --date -1d
k log sore glute:left 7 --sharp --date -1d
k race add +10d "Demi de Montréal" 21.1km --priority A
k race add +70d "Too far" 10km --priority A

run --config "$CONF" --now $NOW next --json
next=$out
run --config "$CONF" --now $NOW brief --json
is "$rc" 0 "brief with a history"
is "$(j '.session.date')" "$(printf '%s' "$next" | jq -r .date)" "session: next's date"
is "$(j '.session.kind')" "$(printf '%s' "$next" | jq -r .kind)" "session: next's kind"
is "$(j '[.session.focus[] | "\(.region):\(.side):\(.level)"] | join(" ")')" \
	"$(printf '%s' "$next" | jq -r '[.focus[] | "\(.region):\(.side):\(.level)"] | join(" ")')" \
	"session: next's focus"
is "$(j '[.session.avoid[] | "\(.region):\(.side):\(.why)"] | join(" ")')" \
	"$(printf '%s' "$next" | jq -r '[.avoid[] | "\(.region):\(.side):\(.why)"] | join(" ")')" \
	"session: next's flagged regions"
is "$(j '.session.avoid[0].since')" "2026-11-22" "flagged since the sharp entry"
is "$(j '.session.reasons | length')" "$(printf '%s' "$next" | jq -r '.reasons | length')" \
	"session: next's reasons"
is "$(j '[.regions[] | "\(.region):\(.side):\(.level)"] | join(" ")')" \
	"calf:right:6 quad:left:3 glute:left:7" "regions: each current one, with side and level"
is "$(j '.regions[] | select(.region == "calf") | .days | map(tostring) | join(" ")')" \
	"null null null null 4 6 null" "regions: the last 7 days, oldest first"
is "$(j '.regions[] | select(.region == "glute") | "\(.flagged) \(.why) \(.sharp)"')" \
	"true sharp 1" "regions: the sharp glute is flagged"
is "$(j '.regions[] | select(.region == "calf") | .age_days')" 1 "regions: age of the last entry"
is "$(j '.races | length')" 1 "races: only the next 8 weeks"
is "$(j '.races[0] | "\(.name) \(.days)"')" "Demi de Montréal 10" "races: the A race"
# The window is the gate's, as knead next gives it.
is "$(j '.races[0] | "\(.no_deep_tissue.from) \(.no_deep_tissue.to)"')" \
	"$(printf '%s' "$next" | jq -r '.no_deep_tissue[0] | "\(.from) \(.to)"')" \
	"races: the window of an A race is next's"
is "$(j '.training.weeks[5].runs')" 3 "training: the runs of the last week"
is "$(j '.training.weeks[5].distance_m')" 50000 "training: the distance of the last week"
is "$(j '.sessions[0] | "\(.date) \(.kind)"')" "2026-11-12 sports" "sessions: the last one"
is "$(j '.sessions[0].moves[0] | "\(.region):\(.side) \(.before) \(.after) \(.hours)"')" \
	"calf:right 5 2 48" "sessions: how the calf moved in the 72 h after"

# The text: every section, 72 columns at most.
run --config "$CONF" --now $NOW brief
for s in "The session asked for" "Body picture" "Sore regions" "Races in the next 8 weeks" \
	"Training" "The last sessions"; do
	like "$out" "$s" "text: section $s"
done
like "$(flat)" "right calf 5 → 2 in 48 h" "text: the move after the session"
like "$(flat)" "Do not treat: left glutes, 7/10, flagged \(sharp pain\) since" "text: do not treat"
like "$(flat)" "Demi de Montréal, 21.10 km, priority A \(in 10 days\)" "text: the race"
ok "$([ "$(printf '%s\n' "$out" | LC_ALL=C.UTF-8 wc -L)" -le 72 ]; echo $?)" \
	"text: 72 columns at most"

# Privacy: no notes, heart rates or therapist unless asked for.
for f in text json markdown html; do
	if [ $f = json ]; then run --config "$CONF" --now $NOW brief --json
	else run --config "$CONF" --now $NOW brief --format $f; fi
	unlike "$out" "Mont-Royal|after the hills|released|Julie|avg_hr|HR" \
		"privacy: $f holds no note, name or heart rate"
done
run --config "$CONF" --now $NOW brief --include notes --json
is "$(j '.included | join(",")')" "notes" "--include notes"
is "$(j '.run_notes[0].note')" "Mont-Royal loop with Sam" "with notes: the run's note"
is "$(j '.regions[0].note')" "after the hills" "with notes: the soreness note of the week"
is "$(j '.sessions[0] | "\(.therapist) \(.note)"')" "Julie tight, released" "with notes: the session's"
is "$(j '.training.weeks[5].avg_hr')" null "notes alone: no heart rate"
run --config "$CONF" --now $NOW brief --include heart-rate
like "$out" "HR" "--include heart-rate: the column"
like "$out" "15[0-9]" "--include heart-rate: the figures"
unlike "$out" "Mont-Royal" "heart-rate alone: no notes"

# The runner's note: config, then --note over it.
printf '[therapist]\nnote = Config note\n' >"$CONF"
run --config "$CONF" --now $NOW brief
like "$out" "Config note" "the note from [therapist] note"
run --config "$CONF" --now $NOW brief --note "Left calf first, please"
like "$out" "Left calf first, please" "--note"
unlike "$out" "Config note" "--note over the config"
: >"$CONF"

# --for a day inside the race's window: light only, and why.
run --config "$CONF" --now $NOW brief --for +8d --json
is "$(j '.session | "\(.date) \(.pressure) \(.race.days)"')" "2026-12-01 light 2" \
	"--for inside a window: light only, the race 2 days after"
run --config "$CONF" --now $NOW brief --for +8d
like "$(flat)" "the race Demi de Montréal is 2 days after the session" "text: why light"
like "$out" "knead next suggests" "text: next's date when another day is asked for"

# Markdown and HTML.
run --config "$CONF" --now $NOW brief --format markdown
like "$out" "^# Brief for the massage therapist" "markdown: the title"
like "$out" "## Sore regions" "markdown: a section"
like "$out" "\| Calf +\| 6 +\|" "markdown: the body table"
run --config "$CONF" --now $NOW brief --format html
like "$out" "^<!DOCTYPE html>" "html: a page"
like "$out" "<svg xmlns" "html: the body picture inline"
unlike "$out" "src=|href=|url\(|@import" "html: nothing fetched"

# --output: atomically, 0600, never over the database.
run --config "$CONF" --now $NOW brief --format html --output "$T/brief.html"
is "$rc" 0 "--output"
is "$out" "" "--output: nothing on stdout"
is "$(stat -c %a "$T/brief.html")" 600 "--output: mode 0600"
like "$(cat "$T/brief.html")" "</html>" "--output: the page"
sum=$(db_sum)
run --config "$CONF" --now $NOW brief --output "$DB"
is "$rc" 2 "--output over the database: refused"
is "$(db_sum)" "$sum" "the database untouched"

# Bad values: exit 2, naming the value.
run --config "$CONF" --now $NOW brief --lang de
is "$rc" 2 "--lang de: exit 2"
is "$err" 'knead: "de" is not a language of the brief (expected en or fr)' "names the value"
run --config "$CONF" --now $NOW brief --format pdf
is "$rc" 2 "--format pdf: exit 2"
like "$err" '"pdf" is not a format of the brief' "names the value"
run --config "$CONF" --now $NOW brief --include location
is "$rc" 2 "--include location: exit 2"
like "$err" '"location" is not something the brief can include' "names the value"
run --config "$CONF" --now $NOW brief --for 2026-11-01
is "$rc" 2 "--for a past day: exit 2"
like "$err" '"2026-11-01" is in the past' "names the day"
run --config "$CONF" --now $NOW brief --json --format text
is "$rc" 2 "--json with --format: exit 2"

# French, whatever the runner's locale: --lang, then [therapist] lang.
. "$top_srcdir/tests/french-lib.sh"
out=$(env LC_ALL=C KNEAD_LOCALEDIR=$T/locale ${LOCPATH:+LOCPATH=$LOCPATH} \
	"$KNEAD" --db "$DB" --config "$CONF" --now $NOW brief --lang fr 2>&1)
like "$out" "RÉSUMÉ POUR LA MASSOTHÉRAPEUTE" "--lang fr in the C locale: French"
like "$out" "La séance demandée" "fr: the session"
like "$(flat)" "mollet \(droite\) 5 → 2 en 48 h" "fr: the move"
for sec in "Carte du corps" "Régions douloureuses" "Épreuves des 8 prochaines semaines" \
	"Entraînement" "Les dernières séances"; do
	like "$out" "$sec" "fr: section $sec"
done
# Races are "épreuves", as on the Races screen: "Courses" is the column of
# runs in the training table.
unlike "$out" "^Courses des" "fr: races never called like the runs"
like "$(flat)" "Ne pas traiter : fessiers \(gauche\), 7/10" "fr: do not treat"
like "$(flat)" "Demi de Montréal, 21,10 km, priorité A \(dans 10 jours\)" "fr: the race"
unlike "$out" "Mont-Royal|after the hills" "fr: private by default"
ok "$([ "$(printf '%s\n' "$out" | LC_ALL=C.UTF-8 wc -L)" -le 72 ]; echo $?)" "fr: 72 columns at most"
# Three weeks of runs: the weeks before the first run are not shown as
# weeks without running; the first run is named (JSON keeps six weeks).
D3=$T/short.db
for d in 20 18 16 13 11 9 6 4 2; do
	"$KNEAD" --db "$D3" --now $NOW log run 10km 55:00 --date -${d}d --rpe 4 >/dev/null
done
out=$("$KNEAD" --db "$D3" --config "$CONF" --now $NOW brief)
unlike "$out" "0.00 km +0 +0" "no empty week before the first run"
like "$(flat)" "Runs logged in knead since 2026-11-03" "the first run named"
out=$("$KNEAD" --db "$D3" --config "$CONF" --now $NOW brief --json)
is "$(j '.training.weeks | length')" 6 "JSON: still six weeks"

# The last 7 days of a region are never cut across two lines: no line of
# the sore regions ends inside them (English and French).
for lang in en fr; do
	D2=$T/series.db
	rm -f "$D2"
	"$KNEAD" --db "$D2" --now $NOW log sore calf:left 6 calf:right 3 quad:left 4 quad:right 4 \
		hamstring:left 5 >/dev/null
	out=$(env LC_ALL=C KNEAD_LOCALEDIR=$T/locale ${LOCPATH:+LOCPATH=$LOCPATH} \
		"$KNEAD" --db "$D2" --config "$CONF" --now $NOW brief --lang $lang 2>&1)
	sore=$(printf '%s\n' "$out" | sed -n '/^Sore regions\|^Régions douloureuses/,/^The last 7\|^Les 7 derniers/p')
	like "$sore" "4/10" "$lang: the sore regions"
	unlike "$sore" "(·|[0-9])$" "$lang: the last 7 days never cut across lines"
	# A trend that agrees with every region: no "mollet ... nouvelle".
	[ $lang = en ] || unlike "$sore" "nouvelle" "fr: the trend agrees with the region"
done
out=$(env $FRENCH "$KNEAD" --db "$DB" --config "$CONF" --now $NOW brief --lang en 2>&1)
like "$out" "The session asked for" "--lang en in French: English"
like "$out" "Pressure:" "en: the pressure"
unlike "$out" "séance" "en: no French"
printf '[therapist]\nlang = fr\n' >"$CONF"
out=$(env LC_ALL=C KNEAD_LOCALEDIR=$T/locale ${LOCPATH:+LOCPATH=$LOCPATH} \
	"$KNEAD" --db "$DB" --config "$CONF" --now $NOW brief --lang xx 2>&1)
like "$out" '"xx" is not a language of the brief' "errors stay in the runner's language"
out=$(env LC_ALL=C KNEAD_LOCALEDIR=$T/locale ${LOCPATH:+LOCPATH=$LOCPATH} \
	"$KNEAD" --db "$DB" --config "$CONF" --now $NOW brief 2>&1)
like "$out" "La séance demandée" "[therapist] lang = fr"

# --mail: xdg-email with the subject and the text brief, to the address.
mkdir -p "$T/bin"
cat >"$T/bin/xdg-email" <<'SH'
#!/bin/sh
for a in "$@"; do printf '%s\n--\n' "$a"; done >"$XDG_EMAIL_LOG"
SH
chmod +x "$T/bin/xdg-email"
printf '[therapist]\nemail = julie@example.com\n' >"$CONF"
out=$(env PATH="$T/bin:$PATH" XDG_EMAIL_LOG="$T/mail.log" "$KNEAD" --db "$DB" --config "$CONF" \
	--now $NOW brief --mail 2>&1)
is "$?" 0 "--mail"
like "$out" "The brief is in a new message to julie@example.com" "says so"
like "$(cat "$T/mail.log")" "^--subject" "xdg-email: a subject"
like "$(cat "$T/mail.log")" "Massage on 2026-11-2[0-9]: brief from knead" "the subject names the day"
like "$(cat "$T/mail.log")" "Sore regions" "the body is the text brief"
is "$(tail -n 2 "$T/mail.log" | head -n 1)" "julie@example.com" "to the therapist"
# A booking page and no address: the brief in a file, and where.
printf '[therapist]\nbooking_url = https://example.com/book\n' >"$CONF"
rm -f "$T/mail.log"
out=$(env PATH="$T/bin:$PATH" XDG_EMAIL_LOG="$T/mail.log" "$KNEAD" --db "$DB" --config "$CONF" \
	--now $NOW brief --mail 2>&1)
is "$?" 0 "--mail with a booking page"
like "$(joined "$out")" "The brief is in $XDG_DATA_HOME/knead/brief.txt; add it when you book at https://example.com/book" \
	"says where"
like "$(cat "$XDG_DATA_HOME/knead/brief.txt")" "Sore regions" "the text brief is there"
is "$(stat -c %a "$XDG_DATA_HOME/knead/brief.txt")" 600 "mode 0600"
ok "$([ ! -e "$T/mail.log" ]; echo $?)" "no mail composer"
: >"$CONF"
run --config "$CONF" --now $NOW brief --mail
is "$rc" 1 "--mail with nowhere to send: exit 1"
like "$err" "nowhere to send the brief" "says why"

done_testing

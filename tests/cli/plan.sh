#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# knead plan [--json]: the self-care plan of doc/contract.md through the
# real binary, in English and French.
. "$top_srcdir/tests/lib.sh"
NOW=2026-11-23T19:00

j() { printf '%s' "$out" | jq -r "$1"; }
k() { "$KNEAD" --db "$DB" --now $NOW "$@" >/dev/null; }
widest() { printf '%s\n' "$1" | LC_ALL=C.UTF-8 wc -L; }

# An empty database: an empty plan, not an error (plan reads: it never
# creates a database).
: >"$DB"
run --now $NOW plan --json
is "$rc" 0 "plan on an empty database"
is "$(j 'keys | join(",")')" "date,items,notes,rules" "exactly the keys of the contract"
is "$(j '.date')" "2026-11-23" "today"
is "$(j '.items | length')" 0 "nothing to do"
run --now $NOW plan
is "$rc" 0 "plan as text"
like "$out" "Nothing to do" "says there is nothing to do"

# Training, a tempo run yesterday, a sore right calf and a sore left knee.
for d in 20 18 16 13 11 9 6 4 2; do
	k log run 10km 55:00 --date -${d}d --kind easy --rpe 4
done
k log run 10km 45:00 --date yesterday --kind tempo --rpe 7
k log sore calf:right 5 knee:left 4
run --now $NOW plan --json
is "$rc" 0 "plan with a history"
is "$(j '.items[] | select(.id == "roll-calf-right") | keys | join(",")')" \
	"action,article,done,dose,evidence,id,region,rule,side,source,when,why" \
	"an item has exactly the keys of the contract"
is "$(j '.items[] | select(.id == "roll-calf-right") |
	"\(.region):\(.side):\(.action):\(.when):\(.evidence):\(.rule):\(.article)"')" \
	"calf:right:roll:tonight:moderate:roll:foam-rolling" "the sore calf is rolled tonight"
like "$(j '.items[] | select(.id == "roll-calf-right") | .dose')" "not on the Achilles" \
	"the dose keeps off the tendon"
is "$(j '.items[] | select(.id == "roll-calf-right") | .source')" "Wiewelhove 2019" \
	"the source by author and year"
is "$(j '[.items[] | select(.region == "knee" and .action == "roll")] | length')" 0 \
	"the knee is never rolled"
is "$(j '.items[] | select(.region == "knee") | .rule')" "no-roll" "the knee: easy movement instead"
is "$(j '[.items[].action] | index("compress") != null')" "true" "compression after the tempo"
is "$(j '[.items[].action] | index("cold-water")')" "null" "no cold water without a race"
is "$(j '.items[-1].action')" "sleep" "sleep closes the plan"
is "$(j '[.notes[].rule] | index("no-stretch") != null')" "true" \
	"stretching is named as no soreness treatment"
is "$(j '[.items[].dose] | map(test("stretch"; "i")) | any')" "false" "no item stretches"

# Text: wrapped at 80 columns on a pipe, at $COLUMNS when it says so.
out=$(env -u COLUMNS "$KNEAD" --db "$DB" --now $NOW plan)
like "$out" "Roll, right calf \\(tonight\\)" "the item as text"
like "$out" "Why: rolling a sore muscle" "with why"
like "$out" "knead read foam-rolling" "and where to read more"
ok "$([ "$(widest "$out")" -le 80 ]; echo $?)" "no line wider than 80 on a pipe"
ok "$([ "$(widest "$out")" -gt 60 ]; echo $?)" "lines use the width"
out=$(COLUMNS=50 "$KNEAD" --db "$DB" --now $NOW plan)
ok "$([ "$(widest "$out")" -le 50 ]; echo $?)" "no line wider than \$COLUMNS"

# Done or not: a tick per item and day, once; the plan says so; an id
# that is not in the plan changes nothing.
run --now $NOW plan --json
is "$(j '.items[] | select(.id == "roll-calf-right") | .done')" "false" "not done yet"
run --now $NOW plan done roll-calf-right
is "$rc" 0 "plan done ID"
like "$out" "Done today: Roll, right calf" "says what was ticked"
run --now $NOW plan done roll-calf-right
is "$rc:$out" "0:Already done today: Roll, right calf." "a second tick is no second row"
is "$(sql "SELECT count(*) || ' ' || item || ' ' || action || ' ' || region || ' ' || side FROM selfcare_done")" \
	"1 roll-calf-right roll calf right" "one row, with its region and side"
run --now $NOW plan --json
is "$(j '.items[] | select(.id == "roll-calf-right") | .done')" "true" "the plan shows it done"
run --now $NOW plan
like "$out" "Roll, right calf \\(tonight\\): done" "and so does the text"
before=$(db_sum)
run --now $NOW plan done roll-calf-lft
is "$rc" 2 "an id not in today's plan: exit 2"
like "$err" '"roll-calf-lft" is not an item of today.s plan \(expected one of: .*roll-calf-right' \
	"the error names the id and the ones there are"
is "$(db_sum)" "$before" "and nothing changed"
run --now 2026-11-24T19:00 plan --json
is "$(j '[.items[] | select(.done)] | length')" 0 "a tick is for its day only"
run --now 2026-11-24T19:00 plan
unlike "$out" "streak" "no streaks"

# The ticks are exported: JSON and CSV; an import of the export reads it.
out=$("$KNEAD" --db "$DB" --now $NOW export --format json)
is "$(j '.selfcare_done | map("\(.day) \(.item) \(.action) \(.region) \(.side)") | join(",")')" \
	"2026-11-23 roll-calf-right roll calf right" "export --format json: the tick"
is "$(j '.selfcare_done[0] | keys | join(",")')" "action,at,day,id,item,region,side" \
	"a tick has exactly the keys of the contract"
printf '%s' "$out" >"$T/export.json"
"$KNEAD" --db "$T/copy.db" --now $NOW import "$T/export.json" >/dev/null 2>&1
is "$?" 0 "an export with ticks imports"
out=$("$KNEAD" --db "$DB" --now $NOW export --format csv)
like "$out" "
selfcare-done,[0-9]+,2026-11-23,roll,([^,]*,){7}calf,right,,,,roll-calf-right" "export --format csv: the tick"

# A sharp, one-sided pain flags the calf: rest and referral, nothing on it
# or its neighbours, no compression on the legs.
k log sore calf:right 6 --sharp
run --now $NOW plan --json
is "$(j '.items[] | select(.region == "calf" and .side == "right") | "\(.action):\(.when):\(.rule)"')" \
	"rest:until-assessed:flagged" "a flagged calf: rest until assessed"
like "$(j '.items[] | select(.rule == "flagged") | .dose')" "physiotherapist or doctor" \
	"the referral"
is "$(j '[.items[] | select(.action == "compress" or .action == "cold-water")] | length')" 0 \
	"no compression or cold water on a flagged leg"
like "$(j '.notes[] | select(.rule == "medication") | .text')" "pharmacist or doctor" \
	"medication: ask a pharmacist or doctor"

FLAGGED_DB=$DB

# A race: cold water tonight after a key race, never after a tune-up in a
# build, and nothing new in the 2 days before an A race.
DB=$T/race.db
k race add 2026-11-23 "Montreal Marathon" 42.2km --priority A
k log run 42.2km 3:30:00 --kind race
run --now $NOW plan --json
is "$(j '.items[] | select(.action == "cold-water") | "\(.when):\(.evidence):\(.article)"')" \
	"tonight:moderate:compression-cold-water" "cold water after the marathon"
DB=$T/build.db
k race add 2027-01-18 "Winter half" 21.1km --priority A
k race add 2026-11-23 "Tune-up 5K" 5km --priority C
run --now $NOW plan --json
is "$(j '.items[] | select(.action == "cold-water") | .id')" "" "no cold water through a build"
is "$(j '[.items[].action] | index("compress") != null')" "true" "compression after the tune-up"
DB=$T/pre.db
k race add 2026-11-25 "Half" 21.1km --priority A
k log run 12km 60:00 --date yesterday --kind intervals --rpe 8
k log sore hamstring:left 5
run --now $NOW plan --json
is "$(j '[.items[] | select(.action == "roll" or .action == "compress")] | length')" 0 \
	"nothing new 2 days before an A race"
is "$(j '.notes[] | select(.rule == "pre-race") | .article')" "race-timing" "says why"
# The eve of the race: no walk or jog planned for the race's morning, and
# "tomorrow" said as such.
DB=$T/eve.db
k race add 2026-11-24 "Half" 21.1km --priority B
k log run 12km 60:00 --date yesterday --kind intervals --rpe 8
k log sore hamstring:left 5 achilles:right 4
run --now $NOW plan --json
is "$(j '[.items[] | select(.when == "tomorrow-morning")] | length')" 0 \
	"nothing planned for the race's morning"
is "$(j '[.items[] | select(.action == "move")] | length')" 0 "no easy jog on race morning"
like "$(j '.notes[] | select(.rule == "pre-race") | .text')" "race is tomorrow" "tomorrow, said so"

# A deep-tissue session today on the left hamstring: not rolled tonight,
# the right one is; a note says why.
DB=$T/massaged.db
k log sore hamstring:left 5 hamstring:right 3
k log massage deep-tissue --regions hamstring:left
run --now $NOW plan --json
is "$(j '[.items[] | select(.action == "roll") | .id] | join(",")')" "roll-hamstring-right" \
	"what the therapist worked today is not rolled"
like "$(j '.notes[] | select(.rule == "massaged") | .text')" "just worked: left hamstring" \
	"the note names it"

# French: the text translated, the ids not.
. "$top_srcdir/tests/french-lib.sh"
DB=$T/race.db
out=$(env $FRENCH "$KNEAD" --db "$DB" --now $NOW plan 2>"$T/stderr")
is "$?" 0 "plan in French"
like "$out" "Eau froide" "the action in French"
like "$(printf '%s' "$out" | sed 's/\xc2\xa0/ /g')" "Pourquoi :" "why in French"
ok "$([ "$(widest "$out")" -le 80 ]; echo $?)" "French wrapped at 80 too"
printf '[reminders]\nselfcare = 21:00\n' >"$T/fr.ini"
out=$(env $FRENCH "$KNEAD" --db "$DB" --config "$T/fr.ini" --now 2026-11-23T21:00 remind --dry-run)
like "$out" "Vos soins personnels de ce soir" "French: the evening reminder"
out=$(env $FRENCH "$KNEAD" --db "$DB" --now $NOW plan --json)
is "$(j '.items[0].action')" "cold-water" "JSON ids untranslated in French"
like "$(j '.items[0].dose')" "eau" "JSON text in French"
out=$(env $FRENCH "$KNEAD" --db "$T/eve.db" --now $NOW plan)
like "$out" "Votre course est demain" "French: the race is tomorrow"
out=$(env $FRENCH "$KNEAD" --db "$FLAGGED_DB" --now $NOW plan | tr '\n' ' ' | tr -s ' ')
like "$out" "et réduisez la course à pied; consultez" "French: a flagged leg, said naturally"
# French puts a space before a colon: the line never breaks there, at any
# width.
bad=
for w in $(seq 40 90); do
	out=$(env $FRENCH COLUMNS=$w "$KNEAD" --db "$T/race.db" --now $NOW plan)
	printf '%s\n' "$out" | grep -Eq '^ *[:;!?»]' && bad="$bad $w"
done
is "$bad" "" "French: no line starts with a colon (widths 40 to 90)"

# The evening reminder's setting: off by default, a time or off.
CONF=$T/plan.ini
: >"$CONF"
out=$("$KNEAD" --db "$DB" --config "$CONF" config get reminders.selfcare 2>&1)
is "$out" "off" "reminders.selfcare is off by default"
"$KNEAD" --db "$DB" --config "$CONF" config set reminders.selfcare 21:00 >/dev/null
is "$("$KNEAD" --db "$DB" --config "$CONF" config get reminders.selfcare)" "21:00" "set to a time"
out=$("$KNEAD" --db "$DB" --config "$CONF" config set reminders.selfcare 9pm 2>&1); rc=$?
is "$rc" 2 "a value that is no time is refused"
like "$out" '"9pm" is not valid \(expected a time of day such as 21:00, or off\)' "naming it"
"$KNEAD" --db "$DB" --config "$CONF" config set reminders.selfcare off >/dev/null
is "$("$KNEAD" --db "$DB" --config "$CONF" config get reminders.selfcare)" "off" "and off again"
out=$("$KNEAD" --db "$DB" --config "$CONF" --now 2026-11-23T21:00 remind --dry-run 2>&1)
unlike "$out" "selfcare:" "off: no self-care reminder"
"$KNEAD" --db "$DB" --config "$CONF" config set reminders.selfcare 21:00 >/dev/null
out=$("$KNEAD" --db "$DB" --config "$CONF" --now 2026-11-23T21:00 remind --dry-run 2>&1)
like "$out" "selfcare:2026-11-23:" "at 21:00: the self-care reminder (dry run)"

# Bad input: exit 2, nothing else.
run --now $NOW plan tonight
is "$rc" 2 "an extra operand is a usage error"
like "$err" "usage: knead plan" "says how to use it"
run --now $NOW plan done
is "$rc" 2 "plan done without an id is a usage error"
run --now $NOW plan --jsn
is "$rc" 2 "an unknown option is a usage error"

done_testing

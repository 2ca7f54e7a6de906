#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Advice v2 through the command line: triage (--sharp, avoid), race day and
# race week, first-time deep work before a race, bookings (--date in the
# future, "booked") and the rules that shaped the answer.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/french-lib.sh"
NOW=2026-11-23T09:00

j() { printf '%s' "$out" | jq -r "$1"; }

# fresh NAME: a new database with five weeks of easy runs and a massage
# 25 days ago (so the rhythm is overdue today).
easy_weeks() {
	for d in 30 28 26 24 21 19 17 14 12 10 7 5 3; do
		"$KNEAD" --db "$DB" --now $NOW log run 10km 55:00 --date -${d}d --kind easy --rpe 4 >/dev/null
	done
	"$KNEAD" --db "$DB" --now $NOW log massage sports --date -25d >/dev/null
}
fresh() { history_db "$1" easy_weeks; }
k() { "$KNEAD" --db "$DB" --now $NOW "$@" >/dev/null; }

# A first entry of achilles:right 10: flagged, out of the plan.
fresh achilles
k log sore achilles:right 10
run --now $NOW next --json
is "$(j '.avoid[0] | "\(.region):\(.side):\(.level):\(.why)"')" "achilles:right:10:sudden" \
	"a first entry at 10 on one side goes to avoid"
is "$(j '.see_professional[0].region')" "achilles" "and stays in see_professional"
is "$(j '[.focus[] | select(.region == "achilles")] | length')" 0 "never in focus"
like "$(j '.reasons | join(" | ")')" "Ease off running until it has been looked at" \
	"a lower-leg region: ease off running"
like "$(j '.rules | join(",")')" "triage" "the triage rule is named"

# A calf at 9 right after intervals.
fresh calf
k log run 8km 40:00 --kind intervals --rpe 8
k log sore calf:left 9
run --now $NOW next --json
is "$(j '.avoid[0].region')" "calf" "a calf at 9 after intervals is flagged"
unlike "$(j '.kind')" "trigger-point|deep-tissue|myofascial" "and gets no deep work"
is "$(j '[.focus[] | select(.region == "calf")] | length')" 0 "the generic focus leaves the calf out"

# Two days of a hamstring at 8.
fresh hamstring
k log sore hamstring:right 8 --date -1d
k log sore hamstring:right 8
run --now $NOW next --json
is "$(j '.avoid[0] | "\(.region):\(.side)"')" "hamstring:right" "two days of a hamstring at 8: flagged"
is "$(j '.kind')" "sports" "a sports massage elsewhere, not trigger point"
is "$(j '[.focus[].region] | join(",")')" "calf" "the generic focus names neither the hamstring nor its segment"

# --sharp: stored, listed, and a flag at 5.
fresh sharp
run --now $NOW log sore shin:left 5 --sharp
is "$rc" 0 "log sore --sharp"
like "$out" "left shin 5/10, sharp pain" "says it was sharp"
run --now $NOW list soreness --json
is "$(j '.[-1].sharp')" "true" "list soreness --json: sharp"
run --now $NOW next --json
is "$(j '.avoid[0].why')" "sharp" "sharp pain at 5: flagged"
k log sore glute:left 3
run --now $NOW list soreness --json
is "$(j '.[-1].sharp')" "false" "an entry without --sharp is not sharp"

# Race morning, and the day before an A race.
fresh raceday
k race add 2026-11-23 "Marathon de Montréal" 42.195km --priority A
run --now $NOW next --json
is "$(j '.date')" "2026-11-23" "race morning: today"
is "$(j '.kind')" "flush" "a light flush"
is "$(j '.urgency')" "due" "never overdue on race day"
like "$(j '.reasons | join(" | ")')" "nothing before the start.*after the finish" "after the finish"
like "$(j '.rules | join(",")')" "race-day" "the race-day rule is named"
fresh racedaybefore
k race add 2026-11-24 "Marathon de Montréal" 42.195km --priority A
run --now $NOW next --json
is "$(j '.urgency')" "soon" "the day before an A race: soon, not overdue"

# A first-ever myofascial release 7 days before an A race: refused.
fresh myofascial
k race add 2026-11-30 "Marathon de Montréal" 42.195km --priority A
k log sore it-band:right 5
run --now $NOW next --json
is "$(j '.kind')" "sports" "no first-ever myofascial release 7 days before an A race"
like "$(j '.reasons | join(" | ")')" "never for the first time" "says why"

# Bookings: a future date books a session; only massages may be in the future.
fresh booking
run --now $NOW log massage deep-tissue --date +4d --regions glute:left
is "$rc" 0 "log massage --date +4d"
like "$out" "Booked massage [0-9]+: deep tissue on 2026-11-27" "says it is booked"
run --now $NOW next --json
is "$(j '.booked | "\(.date):\(.kind):\(.regions[0].region):\(.regions[0].side)"')" \
	"2026-11-27:deep-tissue:glute:left" "next --json: booked"
is "$(j '.last_massage')" "2026-10-29" "a booking is not the last massage"
run --now $NOW list massages --json
is "$(j '.[-1].date')" "2026-11-27" "list massages shows the booking"
run --now $NOW log run 10km 50:00 --date +1d
is "$rc" 2 "a run in the future is still refused"
run --now $NOW log massage sports --date 2028-01-01
is "$rc" 2 "a booking more than a year ahead is refused"
like "$err" '"2028-01-01"' "naming the date"
fresh nobooking
run --now $NOW next --json
is "$(j '.booked')" "null" "no booking: null"

# A booking sooner than the suggestion replaces it.
DB=$T/sooner.db
k log run 10km 55:00 --date -2d --rpe 4
k log massage sports --date -2d
k log massage relaxation --date +5d
run --now $NOW next --json
is "$(j '"\(.date):\(.kind)"')" "2026-11-28:relaxation" "a sooner booking is the answer"
like "$(j '.rules | join(",")')" "booking" "the booking rule is named"

# A booked deep session inside a race window: warned.
fresh warned
k race add 2026-11-29 "Marathon de Montréal" 42.195km --priority A
k log massage trigger-point --date 2026-11-28
run --now $NOW next
like "$(printf '%s' "$out" | head -1)" "^Booking: The trigger point therapy booked on 2026-11-28 breaks a safety rule" \
	"a booked deep session in a window: the warning is the first line"
like "$(joined "$out")" "Booked: light flush \(booked as trigger point therapy: change it or move it\) on 2026-11-28" \
	"next shows the booking's safe kind"
like "$out" "Rules that shaped it: " "next says which rules fired"

# In French.
out=$(env $FRENCH "$KNEAD" --db "$DB" --now $NOW next 2>&1)
like "$out" "Règles appliquées : " "the rules line in French"
like "$out" "Réservé : " "the booking in French"

done_testing

#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The runners whose answers were wrong before the gate, one scenario each,
# through the command line with --now: flags that last, every proposal
# through the race rules, a rhythm a runner can afford, surfaces that agree.
. "$top_srcdir/tests/lib.sh"
NOW=2026-11-23T09:00

j() { printf '%s' "$out" | jq -r "$1"; }
k() { "$KNEAD" --db "$DB" --now $NOW "$@" >/dev/null; }

# fresh NAME: $DB a new database of five weeks of easy 10 km runs and a
# sports massage 25 days ago.
five_weeks() {
	for d in 33 30 28 26 24 21 19 17 14 12 10 7 5 3; do
		"$KNEAD" --db "$DB" --now $NOW log run 10km 55:00 --date -${d}d --kind easy \
			--rpe 4 >/dev/null
	done
	"$KNEAD" --db "$DB" --now $NOW log massage sports --date -25d >/dev/null
}
fresh() { history_db "$1" five_weeks; }

# A sharp shin on day 1, still at 2/10 on day 9, never assessed: flagged.
fresh shin
k log sore shin:left 6 --sharp --date -8d
k log sore shin:left 4 --date -5d
k log sore shin:left 2
run --now $NOW next --json
is "$(j '.avoid[0] | "\(.region):\(.side):\(.why)"')" "shin:left:sharp" \
	"a sharp shin still at 2 eight days later is still flagged"
unlike "$(j '.reasons | join(" ")')" "overdue: sports massage" "no overdue massage on it"
is "$(j '[.focus[] | select(.region == "shin" or .region == "calf")] | length')" 0 \
	"nothing of its segment in focus"
run --now $NOW next
like "$(printf '%s' "$out" | head -1)" "^First: have the left shin looked at" "the referral is the headline"
# Logged at 0: the flag closes.
k log sore shin:left 0
run --now $NOW next --json
is "$(j '.avoid | length')" 0 "logged at 0: the flag is closed"

# An Achilles at 4 with --sharp: flagged, and no flush on it.
fresh achilles
k log run 30km 3:00:00 --kind long --rpe 6 --date -1d
k log sore achilles:right 4 --sharp
run --now $NOW next --json
is "$(j '.avoid[0] | "\(.region):\(.why)"')" "achilles:sharp" "a sharp Achilles at 4 is flagged"
is "$(j '[.focus[] | select(.region == "achilles" or .region == "calf")] | length')" 0 \
	"no flush on it or its segment"
like "$(j '.reasons | join(" ")')" "Ease off running" "ease off running"
run --now $NOW articles --json
unlike "$(j '.[0].slug')" "foam-rolling" "no self-treatment article first for a flagged Achilles"
is "$(j '.[0].slug')" "sore-or-injured" "the soreness-or-injury article leads"

# Sudden calf pain, then 5-6/10 for 10 days: the flag holds, and no
# deep work is promised.
fresh calf
k log sore calf:right 8 --date -10d
for d in 9 8 7 6 5 4 3 2 1; do k log sore calf:right $((5 + d % 2)) --date -${d}d; done
k log sore calf:right 5
run --now $NOW next --json
is "$(j '.avoid[0] | "\(.region):\(.side):\(.why)"')" "calf:right:sudden" "the sudden calf stays flagged"
unlike "$(j '.reasons | join(" ")')" "trigger point therapy the" "no trigger point to follow"
is "$(j '.follow_up')" "null" "no follow-up"

# One Achilles at 5-6 for 10 days: a referral, not a session within 2 days.
fresh tendon
for d in 10 8 6 4 2; do k log sore achilles:left $((5 + d % 4 / 2)) --date -${d}d; done
k log sore achilles:left 5
run --now $NOW next --json
is "$(j '.avoid[0] | "\(.region):\(.side):\(.why)"')" "achilles:left:persistent" \
	"one side at 5-6 for 10 days: referred"
unlike "$(j '.reasons | join(" ")')" "a session within 2 days" "not a session within 2 days"

# A first entry of lower back 9/10: the midline needs no other side.
fresh back
k log sore lower-back 9
run --now $NOW next --json
is "$(j '.avoid[0] | "\(.region):\(.why)"')" "lower-back:sudden" "lower back 9 at once: flagged"
unlike "$(j '.reasons | join(" ")')" "a session now" "not a session now"
run --now $NOW status --json
is "$(j '.flags[0] | "\(.region):\(.side):\(.why)"')" "lower-back:null:sudden" "status --json: flags"
is "$(j '.flags[0].since')" "2026-11-23" "flags: since"
run --now $NOW status
like "$(joined "$out")" "flagged: see a physiotherapist or doctor" "status marks the flag"

# Deep tissue booked two days before an A race.
fresh booked
k race add 2026-11-27 "Marathon" 42.195km --priority A
k log massage deep-tissue --date 2026-11-25
run --now $NOW next
like "$(printf '%s' "$out" | head -1)" "^Booking: The deep tissue booked on 2026-11-25 breaks a safety rule" \
	"the warning is the first line"
like "$out" "Kind: light flush \(booked as deep tissue: change it or move it\)" "the safe kind is shown"
run --now $NOW next --json
is "$(j '"\(.date):\(.kind):\(.booked.kind):\(.booked.safe_kind)"')" \
	"2026-11-25:flush:deep-tissue:flush" "the booking keeps its date with the safe kind"
like "$(j '.booking_warning')" "breaks a safety rule" "booking_warning"
like "$(j '.rules | join(",")')" "booking-safe" "the rule id"
run --now $NOW export --ics
unlike "$out" "SUMMARY:Massage: deep tissue" "the .ics summary is not deep tissue"
like "$out" "SUMMARY:Massage: light flush" "the .ics summary is the safe kind"
run --now 2026-11-24T10:00 remind --dry-run
like "$out" "Booked for Wednesday 2026-11-25: light flush \(booked as deep tissue" \
	"the day-before reminder says the safe kind"
run --now $NOW next --json
next=$out
run --now $NOW brief --json
is "$(j '.session | "\(.date):\(.kind):\(.booked):\(.pressure)"')" \
	"$(printf '%s' "$next" | jq -r '"\(.date):\(.kind)"'):true:light" \
	"the brief asks for the safe kind of the booking, light"
like "$(j '.session.warning')" "breaks a safety rule" "the brief carries the warning"
run --now $NOW brief --json --for 2026-11-25
is "$(j '.session.kind')" "flush" "brief --for the booked day: the safe kind"

# A first-ever deep session booked 5 days before an A race: warned.
fresh firstdeep
k race add 2026-11-30 "Marathon" 42.195km --priority A
k log massage myofascial --date 2026-11-25
run --now $NOW next --json
like "$(j '.booking_warning')" "no first deep work before a race" "first-ever deep work: warned"
like "$(j '.rules | join(",")')" "first-deep" "the rule id"
is "$(j '.booked.safe_kind')" "sports" "a sports massage instead"

# Never massaged, an A race 6 and 9 days out, a long run yesterday and an
# IT band at 5: no first myofascial release promised before the race.
for ahead in 6 9; do
	DB=$T/never$ahead.db
	for d in 30 27 24 21 18 15 12 9 6 3; do k log run 12km 1:05:00 --date -${d}d --rpe 4; done
	k log run 32km 3:10:00 --kind long --rpe 6 --date -1d
	k log sore it-band:left 5
	k race add "$(date -u -d "2026-11-23 + $ahead days" +%F)" "Marathon" 42.195km --priority A
	run --now $NOW next --json
	unlike "$(j '.reasons | join(" ")')" "myofascial release the .* can follow" \
		"race in $ahead days: no first myofascial release promised"
	unlike "$(j '.follow_up.kind // ""')" "myofascial|deep-tissue|trigger-point" \
		"race in $ahead days: no deep follow-up"
done

# A 10 km/week beginner: no flush a week after the last session.
DB=$T/beginner.db
for w in 5 4 3 2 1; do k log run 5km 32:00 --date -$((w * 7 + 3))d --rpe 4; done
for w in 5 4 3 2 1; do k log run 5km 33:00 --date -$((w * 7))d --kind long --rpe 5; done
k log run 6km 40:00 --kind long --rpe 5 --date -1d
k log massage sports --date -7d
run --now $NOW next --json
like "$(j '.reasons | join(" ")')" "about every 24 days" "a beginner's rhythm: about every 24 days"
is "$(j '.kind')" "sports" "no flush after the weekly long run"
is "$(j '.date')" "2026-12-10" "the session comes 24 days after the last"

# Nine sessions in 25 days and the calf still at 4: not responding.
fresh notresp
for d in 24 21 18 15 12 9 6 3 1; do
	k log massage sports --date -${d}d
	k log sore calf:left 4 --date -${d}d
	k log sore calf:right 4 --date -${d}d
done
k log sore calf:left 4
k log sore calf:right 4
run --now $NOW next --json
is "$(j '[.avoid[] | select(.why == "not-responding")] | length')" 2 "both calves: not responding"
like "$(j '.rules | join(",")')" "not-responding" "the rule id"
like "$(j '.reasons | join(" ")')" "not responding to massage" "the reason says so"
unlike "$(j '.reasons | join(" ")')" "trigger point" "no trigger point in 2 days"

# Stale soreness: status, next and the reasons agree on the effective level.
fresh stale
k log sore quad:left 4 --date -4d
k log sore hamstring:left 3 --date -6d
run --now $NOW status --json
is "$(j '.soreness[] | select(.region == "quad") | "\(.level)>\(.effective_level)"')" "4>2" \
	"status --json: logged and effective levels"
run --now $NOW status
like "$out" "4 → 2/10 \(4 days old\)" "status shows the stale entry as 4 → 2"
run --now $NOW next --json
is "$(j '.focus[] | select(.region == "quad") | .level')" 2 "next counts the same level"
like "$(j '.reasons | join(" ")')" "Left hamstring: 3/10 logged 6 days ago .* no longer counts" \
	"a level decayed to 0 says so"
run --now $NOW brief --json
is "$(j '.regions[] | select(.region == "quad") | "\(.level)>\(.effective_level)"')" "4>2" \
	"brief --json: logged and effective levels"
run --now $NOW brief
like "$out" "Left quadriceps: 4 → 2/10" "the brief shows the stale entry as 4 → 2"

# An assessment closes the referral; --cleared lets massage back.
fresh assessed
k log sore shin:right 5 --sharp --date -2d
k log assessed shin:right --date -1d
run --now $NOW next --json
is "$(j '.see_professional | length')" 0 "assessed: no referral"
is "$(j '[.avoid[] | select(.region == "shin")] | length')" 1 "not cleared: still no massage there"
run --now $NOW brief --json
is "$(j '[.session.avoid[] | select(.region == "shin") | .assessed] | join(",")')" "true" \
	"the brief keeps the assessed shin off the table"
run --now $NOW brief
like "$(joined "$out")" "shin, 5/10, flagged .* assessed by a professional and not cleared" \
	"the text brief says it was assessed"
k log sore calf:right 5
run --now $NOW plan --json
is "$(j '[.items[] | select(.region == "calf" and .side == "right")] | length')" 0 \
	"the plan leaves the calf next to the assessed shin alone"
k log assessed shin:right --cleared
run --now $NOW next --json
is "$(j '.avoid | length')" 0 "cleared: the flag is closed"

# Forty sessions logged: "Your first massage" is not the reading to do.
fresh veteran
for d in $(seq 3 6 240); do k log massage sports --date -${d}d; done
run --now $NOW articles --json
unlike "$(j '.[0].slug')" "first-massage" "forty sessions logged: the first-massage piece does not lead"
unlike "$(j '[.[].why] | join(" ")')" "No massage logged yet" "and nothing says none was logged"

# A long run logged for later today counts in the articles as in next.
fresh later
k log run 32km 3:00:00 --kind long --rpe 6 --date 2026-11-23T18:00
run --now $NOW next --json
like "$(j '.rules | join(",")')" "long-run" "next counts the run later today"
run --now $NOW articles --json
like "$(j '[.[0:3][].why] | join(" ")')" "Long run today" "so do the articles"

done_testing

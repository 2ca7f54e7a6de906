#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The gate's rules on every surface: random histories from property.c
# (--sql SEED) written to a database, then next (text and JSON), status
# --json, remind --dry-run, export --ics, articles, plan --json and brief
# --json read from it must agree with the gated plan.  PROPERTY_SURFACES histories (25 here; more in CI), from
# PROPERTY_SEED (1).  A failing check names its seed: replay it with
# `tests/advice/property --sql SEED | sqlite3 DB`.
. "$top_srcdir/tests/lib.sh"

PROPERTY=${top_builddir:-.}/tests/advice/property
count=${PROPERTY_SURFACES:-25}
seed=${PROPERTY_SEED:-1}
last=$((seed + count - 1))

# The name every surface gives a kind id.
kind_name() {
	case $1 in
	sports) echo "sports massage" ;;
	deep-tissue) echo "deep tissue" ;;
	myofascial) echo "myofascial release" ;;
	trigger-point) echo "trigger point therapy" ;;
	flush) echo "light flush" ;;
	relaxation) echo "relaxation massage" ;;
	esac
}
fails=0
bad() { # bad SEED WHAT
	fails=$((fails + 1))
	diag "seed $1: $2"
}
diag() { printf '# %s\n' "$*"; }
# jq: the segment of a region (advice.h, advice_regions_neighbours), and
# whether region:side $a and $b share one (a null side is both sides).
SEG='def seg: {"calf":"leg","soleus":"leg","achilles":"leg","shin":"leg","foot":"leg",
	"knee":"thigh","quad":"thigh","it-band":"thigh","hip-flexor":"thigh",
	"hamstring":"hip","glute":"hip","piriformis":"hip",
	"lower-back":"back","upper-back":"back"}[.];
def near($a; $b): ($a.region | seg) == ($b.region | seg) and
	($a.side == $b.side or $a.side == null or $b.side == null);'

while [ "$seed" -le "$last" ]; do
	db=$T/s$seed.db
	sql=$("$PROPERTY" --sql "$seed")
	now=$(printf '%s\n' "$sql" | sed -n 's/^-- now //p')
	: >"$db"
	"$KNEAD" --db "$db" --now "$now" list >/dev/null 2>&1
	printf '%s\n' "$sql" | sqlite3 -batch "$db" >/dev/null 2>"$T/sql.err" ||
		bad "$seed" "the SQL did not load: $(cat "$T/sql.err")"
	kn() { "$KNEAD" --db "$db" --now "$now" "$@" 2>/dev/null; }
	next=$(kn next --json)
	text=$(kn next)
	status=$(kn status --json)
	remind=$(kn remind --dry-run)
	ics=$(kn export --ics)
	articles=$(kn articles --json)
	plan=$(kn plan --json)
	brief=$(kn brief --json)
	# Every fact the checks below read from the JSON, in one jq run (as
	# jq -r prints them: null as "null").
	facts=$(jq -n -r --argjson next "${next:-null}" --argjson status "${status:-null}" \
		--argjson articles "${articles:-null}" --argjson plan "${plan:-null}" \
		--argjson brief "${brief:-null}" "$SEG"'
		def s: if . == null then "null" else tostring end;
		def places: [.[] | "\(.region):\(.side)"] | sort | join(",");
		$next.date as $date |
		@sh "kind=\($next.kind | s) date=\($date | s)",
		@sh "inside=\([$next.no_deep_tissue[] | select(.from <= $date and .to >= $date)] | length)",
		@sh "light=\($next.light_pressure | s)",
		@sh "avoid=\($next.avoid | places) flags=\($status.flags | places)",
		@sh "clash=\([$next.focus[] as $f | $next.avoid[] | select(.region == $f.region and (.side == $f.side or .side == null or $f.side == null))] | length)",
		@sh "referrals=\($next.see_professional | length) warning=\($next.booking_warning | s)",
		@sh "booked=\($next.booked.kind // "") safe=\($next.booked.safe_kind // "")",
		@sh "n_avoid=\($next.avoid | length) last_massage=\($next.last_massage | s)",
		@sh "top=\($articles[0].slug | s)",
		@sh "plan_flagged=\([$plan.items[] | select(.action != "rest" and .region != null) as $i | $next.avoid[] | select(near($i; .))] | length)",
		@sh "plan_rest=\([$plan.items[] | select(.action == "rest") as $i | select([$next.avoid[] | select(.region == $i.region and .side == $i.side)] | length == 0)] | length)",
		@sh "avoid_legs=\([$next.avoid[] | select(.region != "upper-back")] | length)",
		@sh "plan_legs=\([$plan.items[] | select(.region == null and .action != "sleep")] | length)",
		@sh "plan_roll=\([$plan.items[] | select(.action == "roll" and (.region | IN("achilles", "shin", "foot", "knee", "it-band", "hip-flexor", "lower-back")))] | length)",
		@sh "brief_session=\("\($brief.session.date) \($brief.session.kind)") brief_kind=\($brief.session.kind | s)",
		@sh "brief_pressure=\($brief.session.pressure | s) bavoid=\($brief.session.avoid | places)"
		') || bad "$seed" "the JSON did not read: $next $status"
	eval "$facts"

	# No deep work, nor a full-pressure sports massage, inside a window.
	case $kind in deep-tissue | myofascial | trigger-point)
		[ "$inside" -eq 0 ] || bad "$seed" "next: $kind on $date inside a race window" ;;
	sports)
		[ "$inside" -eq 0 ] || [ "$light" = true ] ||
			bad "$seed" "next: a full-pressure sports massage on $date inside a race window" ;;
	esac
	# The regions to avoid are the flags of status, and none is in focus.
	[ "$avoid" = "$flags" ] || bad "$seed" "next avoids [$avoid], status flags [$flags]"
	[ "$clash" -eq 0 ] || bad "$seed" "next: a flagged region in focus"
	# The referral is the headline; a booking to change comes next.
	first=$(printf '%s\n' "$text" | head -1)
	if [ "$referrals" -gt 0 ]; then
		case $first in "First: "*) ;; *) bad "$seed" "next: the headline is not the referral" ;; esac
	elif [ "$warning" != null ]; then
		case $first in "Booking: "*) ;; *) bad "$seed" "next: the booking warning is not first" ;; esac
	fi
	# A booking made safe: warned, and said safe on every surface.
	if [ -n "$booked" ] && [ "$booked" != "$safe" ]; then
		[ "$warning" != null ] || bad "$seed" "a booking made safe without booking_warning"
		line=$(printf '%s\n' "$text" | grep '^Booked: ')
		case $line in "Booked: $(kind_name "$safe")"*) ;;
		*) bad "$seed" "next: the booking is not shown as $(kind_name "$safe"): $line" ;; esac
		printf '%s\n' "$remind" | grep 'Booked for ' | grep -v "$(kind_name "$safe")" |
			grep -q . && bad "$seed" "remind: the booking is not said as its safe kind"
	fi
	# The reading agrees: no self-treatment first for a flagged region, no
	# first-massage piece first once a massage is logged.
	[ "$n_avoid" -eq 0 ] || [ "$top" != foam-rolling ] ||
		bad "$seed" "articles: foam rolling first with a flagged region"
	[ "$last_massage" = null ] || [ "$top" != first-massage ] ||
		bad "$seed" "articles: the first-massage piece first after a massage"
	# The self-care plan: a rest on each flag and nothing else on its
	# segment, nothing for the legs with a flag on them, no roller on a
	# tendon, the shin, bone or a joint.
	[ "$plan_flagged" -eq 0 ] || bad "$seed" "plan: an item in a flagged segment"
	[ "$plan_rest" -eq 0 ] || bad "$seed" "plan: a rest on a region next does not avoid"
	if [ "$avoid_legs" -gt 0 ]; then
		[ "$plan_legs" -eq 0 ] || bad "$seed" "plan: an item for the legs with a flag on them"
	fi
	[ "$plan_roll" -eq 0 ] || bad "$seed" "plan: a roller on a tendon, the shin, bone or a joint"
	# The brief asks for next's session: day, kind, pressure, regions to
	# avoid; never deep work inside a window.
	[ "$brief_session" = "$date $kind" ] ||
		bad "$seed" "brief: $brief_session, next: $date $kind"
	[ "$light" = false ] || [ "$brief_pressure" = light ] ||
		bad "$seed" "brief: usual pressure where next asks for light"
	[ "$bavoid" = "$avoid" ] || bad "$seed" "brief avoids [$bavoid], next [$avoid]"
	case $brief_kind in deep-tissue | myofascial | trigger-point)
		[ "$inside" -eq 0 ] || bad "$seed" "brief: deep work inside a race window" ;;
	esac
	# The calendar says the gated kind.
	summary=$(printf '%s\n' "$ics" | tr -d '\r' | grep '^SUMMARY:Massage: ' | head -1)
	case $summary in "SUMMARY:Massage: $(kind_name "$kind")"*) ;;
	*) bad "$seed" "export --ics: \"$summary\" for a $kind" ;; esac
	seed=$((seed + 1))
done
is "$fails" 0 "$count random histories: every surface keeps the gate's rules"

done_testing

#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Every refusal: exit 2, "knead: ..." on stderr naming the value, and the
# database byte for byte as it was.
. "$top_srcdir/tests/lib.sh"
NOW=2026-11-23T18:30

"$KNEAD" --db "$DB" --now $NOW log run 10km 52:30 >/dev/null
sum=$(db_sum)

refuse() { # refuse PATTERN ARGS...
	pattern=$1
	shift
	run --now $NOW "$@"
	is "$rc" 2 "refused: $*"
	like "$err" "^knead: .*$pattern" "message for: $*"
}

refuse '"-5km" is not a distance \(expected e.g. 10km, 6.2mi, 800m\)' log run -5km 52:30
refuse '"0" is not a distance' log run 0 52:30
refuse '"abc" is not a duration' log run 10km abc
refuse '"52:61" is not a duration' log run 10km 52:61
refuse '"2026-02-30" is not a date' log run 10km 52:30 --date 2026-02-30
refuse 'is in the future' log run 10km 52:30 --date tomorrow
refuse '"jog" is not a kind of run' log run 10km 52:30 --kind jog
refuse '"11" is not an effort rating' log run 10km 52:30 --rpe 11
refuse '"0" is not an effort rating' log run 10km 52:30 --rpe 0
refuse '"999" is not a heart rate' log run 10km 52:30 --hr 999
refuse 'note contains control characters' log run 10km 52:30 --note "$(printf 'bad\033[2Jnote')"
refuse 'log run: the duration is missing' log run 10km
refuse 'usage: knead log run' log run 10km 52:30 extra
refuse 'unknown option "--rpee"' log run 10km 52:30 --rpee 5
refuse '"elbow" is not a body region' log sore elbow 3
refuse '"11" is not a soreness level' log sore calf:left 11
refuse '"calf:middle" does not name a side' log sore calf:middle 3
refuse '"lower-back:left" takes no side' log sore lower-back:left 3
refuse '"calf" needs a side \(calf:left or calf:right\)' log sore calf 4
refuse '"calf" needs a side \(calf:left or calf:right\)' log sore calf:left 2 calf 4
refuse '"knee" needs a side \(knee:left or knee:right\)' log massage sports --regions calf:left,knee
refuse '"quad:right" has no level' log sore calf:left 4 quad:right
refuse '"shiatsu" is not a kind of massage' log massage shiatsu
refuse '"knee:up" does not name a side' log massage sports --regions calf:left,knee:up
refuse 'cannot be logged' log swim 1km 30:00
# Every form of knead log is named, assessed too.
refuse '"swim" cannot be logged \(expected run, sore, massage or assessed\)' log swim
refuse 'log what\? \(expected run, sore, massage or assessed\)' log
refuse 'is not a command' frobnicate
refuse '--now: "2026-13-01" is not a date' --now 2026-13-01 list
refuse 'is not a date' list --since yesterdayish

is "$(db_sum)" "$sum" "the database is unchanged after every refusal"

# The failed "log sore" with one bad pair of three writes none of them.
run --now $NOW log sore calf:left 4 quad:right 3 knee:left 12
is "$(sql 'select count(*) from soreness')" 0 "a bad pair anywhere writes nothing"

# An unreadable database: exit 1, clear message.
printf 'not a database at all\n' > "$T/junk.db"
before=$(cksum < "$T/junk.db")
out=$("$KNEAD" --db "$T/junk.db" list 2>"$T/e"); rc=$?
is "$rc" 1 "a file that is not a database: exit 1"
like "$(cat "$T/e")" "not a knead database" "says so"
is "$(cksum < "$T/junk.db")" "$before" "and leaves the file alone"

done_testing

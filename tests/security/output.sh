#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# output.sh - every way out is clean: text
# already in a database (written by an older knead, or by hand) that holds
# ESC, OSC 52, CSI, CR, C1 controls, bidi overrides or bytes that are not
# UTF-8 reaches no terminal raw through list, race list, status, next or
# their JSON, nor through the CSV and calendar exports (the JSON export
# escapes it); knead edit prints one line a field; error messages keep
# valid UTF-8 readable (no \303\251).
. "$top_srcdir/tests/lib.sh"

NOW=2026-03-01T10:00
"$KNEAD" --db "$DB" --now "$NOW" log run 10km 50:00 >/dev/null
"$KNEAD" --db "$DB" --now "$NOW" log sore calf:left 3 >/dev/null
"$KNEAD" --db "$DB" --now "$NOW" log massage sports --date 2026-02-20 >/dev/null
"$KNEAD" --db "$DB" --now "$NOW" race add 2026-03-20 Race 10km --priority A >/dev/null
# The hostile text, put in behind knead's back.
sql "UPDATE runs SET note = 'osc52 ' || char(27) || ']52;c;cm0gLXJm' || char(7) || ' clear ' || char(27) || '[2J cr' || char(13) || 'x'"
sql "UPDATE soreness SET note = 'c1 ' || char(155) || '31m bidi ' || char(8238) || 'gnp.exe'"
sql "UPDATE massages SET therapist = 'title ' || char(27) || ']0;pwned' || char(7) || CAST(X'FF' AS TEXT) || 'end'"
sql "UPDATE races SET name = 'race ' || char(27) || '[31mred' || char(27) || '[0m ' || char(8238) || 'x'"

# raw FILE: how many bytes a terminal could obey (C0 but newline, DEL,
# C1 in UTF-8, U+202A-U+202E and U+2066-U+2069, bytes not UTF-8).
raw() {
	python3 - "$1" <<'PY'
import re, sys
data = open(sys.argv[1], 'rb').read()
try:
    text = data.decode('utf-8')
except UnicodeDecodeError:
    print('not-utf8'); sys.exit()
print(len(re.findall('[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]', text)))
PY
}

if ! command -v python3 >/dev/null 2>&1; then
	echo "1..0 # SKIP python3 is not installed"
	exit 0
fi
for cmd in "list" "list runs" "list soreness" "list massages" "race list" "status" "next" \
	"list --json" "status --json" "next --json" "brief --include all" \
	"brief --include all --format markdown" "brief --include all --format html" \
	"brief --include all --json"; do
	# shellcheck disable=SC2086
	"$KNEAD" --db "$DB" --now "$NOW" $cmd >"$T/out" 2>"$T/err"
	is "$?" 0 "knead $cmd runs"
	is "$(raw "$T/out")" 0 "  and prints no raw control, C1, bidi override or invalid UTF-8"
done
"$KNEAD" --db "$DB" --now "$NOW" list >"$T/out"
# (the note may wrap: its lines joined again)
like "$(tr '\n' ' ' <"$T/out" | tr -s ' ')" "osc52 .*clear cr x" "the text around the escapes is still shown"
like "$(cat "$T/out")" "title .*end" "an invalid byte does not hide the rest"
"$KNEAD" --db "$DB" --now "$NOW" list --json >"$T/out"
like "$(cat "$T/out")" '\\u009b31m bidi \\u202egnp' "JSON keeps C1 and bidi characters, escaped"

# Exports: CSV and the calendar carry no escape sequence either (OSC 52
# sets the clipboard, OSC 0 the window title); the JSON export escapes
# them and so keeps the data whole.
"$KNEAD" --db "$DB" --now "$NOW" race add 2026-03-22 "t $(printf '\033')]0;pwned$(printf '\007')" 10km --priority A >/dev/null 2>&1
sql "UPDATE races SET name = 'ics ' || char(27) || ']52;c;cm0gLXJm' || char(7) || char(27) || ']0;title' || char(7) || 'end' WHERE id = 1"
for cmd in "export --format csv" "export --ics" "export --format json"; do
	# shellcheck disable=SC2086
	"$KNEAD" --db "$DB" --now "$NOW" $cmd >"$T/out" 2>"$T/err"
	is "$?" 0 "knead $cmd runs"
	# A CSV cell or a calendar line may end in CR LF: only that CR is theirs.
	sed 's/\r$//' "$T/out" >"$T/out.lf"
	is "$(raw "$T/out.lf")" 0 "  and writes no raw control, C1, bidi override or invalid UTF-8"
done
"$KNEAD" --db "$DB" --now "$NOW" export --format csv >"$T/out"
like "$(cat "$T/out")" "osc52 .* clear" "the CSV keeps the text around the escapes"
"$KNEAD" --db "$DB" --now "$NOW" export --ics >"$T/out"
like "$(cat "$T/out")" "ics .*end" "so does the calendar"
"$KNEAD" --db "$DB" --now "$NOW" export --format json >"$T/out"
like "$(cat "$T/out")" 'ics \\u001b\]52;c;cm0gLXJm\\u0007' "the JSON export escapes OSC 52, keeping it"

# knead edit shows each field on one line: a note's line breaks cannot
# fake lines of output.
sql "UPDATE runs SET note = 'first' || char(10) || 'Changed runs entry 99.' || char(13) || char(10) || 'x'"
run --now "$NOW" edit runs 1 --note new
is "$rc" 0 "knead edit of a run whose note holds line breaks"
is "$(printf '%s\n' "$out" | grep -c '^Changed runs entry 99')" 0 "  the note's lines are not lines of output"
like "$out" "first Changed runs entry 99\\. +x -> new" "  it shows on one line"

# Error messages quote values as they are, minus what drives a terminal.
run --now "$NOW" log sore "épaule" 3
is "$rc" 2 "an unknown region is refused"
like "$err" '"épaule"' "  and the message quotes it in UTF-8, not octal escapes"
unlike "$err" '\\303' "  (no \\303\\251)"
run --now "$NOW" log run "10km$(printf '\033')[2J" 50:00
like "$err" '"10km�\[2J"' "an escape in a value shows as U+FFFD, not as itself"
is "$(printf '%s' "$err" | LC_ALL=C tr -d '\n -~\200-\377' | wc -c | tr -d ' ')" 0 \
	"  and no control character reaches stderr"

# French (french-lib.sh ends the script when it cannot be had: ask first).
if command -v msgfmt >/dev/null 2>&1 &&
	{ locale -a 2>/dev/null | grep -qiE '^fr_CA\.utf-?8$' || command -v localedef >/dev/null 2>&1; }; then
	. "$top_srcdir/tests/french-lib.sh"
	env $FRENCH "$KNEAD" --db "$DB" --now "$NOW" log sore "épaule" 3 2>"$T/err"
	unlike "$(cat "$T/err")" '\\303' "in French too, no octal escapes"
	like "$(cat "$T/err")" 'épaule' "  the value reads as typed"
else
	skip "no French locale or msgfmt" "in French too, no octal escapes"
fi

done_testing

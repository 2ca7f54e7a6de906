#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# knead import on a terminal: a large file shows how much of it was read,
# the line is erased before the summary; without a terminal, no progress.
# script(1) keeps every byte written to the terminal, the erased line
# included; KNEAD_PROGRESS_DELAY=0 shows the progress at once, however
# fast the machine.
. "$top_srcdir/tests/lib.sh"
if ! command -v script >/dev/null 2>&1; then
	echo "1..0 # SKIP script(1) is not installed (Debian: bsdutils)"
	exit 0
fi
NOW=2026-11-23T08:00

# An Apple Health export of 20 MB: five progress reports of 4 MB.
sh "$top_srcdir/tests/bench/gen_import.sh" health "$T/export.xml" 20
KNEAD_PROGRESS_DELAY=0 script -q -e -c \
	"'$KNEAD' --db '$DB' --now $NOW import '$T/export.xml'" "$T/typescript" >/dev/null 2>&1
is "$?" 0 "the import on a terminal ends with status 0"
tr '\r' '\n' <"$T/typescript" >"$T/lines"
like "$(cat "$T/lines")" "MB of this file read" "a large file shows how much of it was read"
like "$(cat "$T/lines")" "\[ *\] 0/1 " "with the files done of all"
like "$(cat "$T/lines")" "Imported: [0-9]+" "then the summary"
like "$(tail -n 20 "$T/lines")" "Imported: [0-9]+" "after the progress line, erased"

rm -f "$DB"
KNEAD_PROGRESS_DELAY=0 "$KNEAD" --db "$DB" --now "$NOW" import "$T/export.xml" >"$T/out" 2>"$T/err"
is "$(cat "$T/err")" "" "without a terminal, nothing on standard error"
rm -f "$DB"
KNEAD_PROGRESS_DELAY=0 script -q -e -c "'$KNEAD' --db '$DB' --now $NOW import --json '$T/export.xml'" "$T/typescript2" >/dev/null 2>&1
unlike "$(cat "$T/typescript2")" "MB of this file read" "with --json, no progress even on a terminal"

done_testing

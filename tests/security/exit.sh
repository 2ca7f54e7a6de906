#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# exit.sh - the exit status tells the truth.  The
# rule (man page, EXIT STATUS): a command that saved its change exits 0
# even when its closing message cannot be printed, and says so on stderr;
# a command that saved nothing and could not print exits 1.  Each writing
# command, with standard output on /dev/full.
. "$top_srcdir/tests/lib.sh"

if ! [ -w /dev/full ]; then
	echo "1..0 # SKIP /dev/full is not available"
	exit 0
fi
NOW=2026-03-01T10:00
"$KNEAD" --db "$DB" --now "$NOW" log run 5km 30:00 >/dev/null
"$KNEAD" --db "$DB" --now "$NOW" export --format json --output "$T/export.json"
sqlite3 "$DB" "DELETE FROM runs"
printf '[reminders]\ncheckin = 09:00\ncheckin_enabled = true\n' >"$CONF"

# full WHAT CHECK-SQL EXPECTED ARGS...: ARGS with stdout on /dev/full.
full() {
	_what=$1 _check=$2 _want=$3
	shift 3
	"$KNEAD" --db "$DB" --config "$CONF" --now "$NOW" "$@" >/dev/full 2>"$T/err"
	rc=$?
	is "$rc" 0 "$_what on a full stdout: exits 0, since it was done"
	is "$(sql "$_check")" "$_want" "  and the change is there"
	like "$(cat "$T/err")" "^knead: .*saved.*No space left" "  and stderr says the message was lost"
}
full "log run" "SELECT count(*) FROM runs WHERE note = 'full'" 1 log run 10km 50:00 --note full
full "log sore" "SELECT count(*) FROM soreness" 1 log sore calf:left 4
full "log massage" "SELECT count(*) FROM massages" 1 log massage sports
full "race add" "SELECT count(*) FROM races" 1 race add 2026-05-01 Spring 10km
id=$(sql "SELECT id FROM races")
full "race rm" "SELECT count(*) FROM races" 0 race rm "$id"
id=$(sql "SELECT id FROM soreness")
full "rm" "SELECT count(*) FROM soreness" 0 rm soreness "$id"
full "import" "SELECT count(*) FROM runs" 2 import "$T/export.json"
"$KNEAD" --db "$DB" --now "$NOW" backup "$T/backup.db" >/dev/full 2>"$T/err"
is "$?" 0 "backup on a full stdout: exits 0"
is "$(sqlite3 -batch -noheader "$T/backup.db" 'SELECT count(*) FROM runs')" 2 "  and the backup is there"
like "$(cat "$T/err")" "saved" "  and stderr says the message was lost"

# Nothing saved, nothing printed: a failure.
"$KNEAD" --db "$DB" --now "$NOW" list >/dev/full 2>"$T/err"
is "$?" 1 "list on a full stdout exits 1 (it did nothing)"
like "$(cat "$T/err")" "^knead: write error" "  saying why"
"$KNEAD" --db "$DB" --now "$NOW" export --format json >/dev/full 2>"$T/err"
is "$?" 1 "export to a full stdout exits 1"

done_testing

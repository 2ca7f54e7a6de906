#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# corrupt.sh - whatever sits at the database path that is not a knead
# database (text, random bytes, another program's SQLite file, a damaged
# knead database) gets a clear error and exit status 1 (a directory: 2, a
# wrong --db), and is left byte for byte as it was.  Then knead backup FILE and the restore
# steps of the README's "Your data", end to end.
. "$top_srcdir/tests/lib.sh"

NOW=2026-03-01T10:00

# file_state: the bytes of the database and of anything beside it.
file_state() {
	for f in "$DB" "$DB-wal" "$DB-shm" "$DB-journal"; do
		if [ -e "$f" ]; then
			printf '%s %s\n' "$(basename "$f")" "$(cksum <"$f")"
		fi
	done
}

# refused NAME: each command refuses the file at $DB with exit 1 and a
# one-line "knead: ..." message, and leaves it as it was.
refused() {
	before=$(file_state)
	for cmd in "list" "log run 10km 50:00" "rm runs 1" "backup $T/backup-of-bad.db"; do
		# shellcheck disable=SC2086 # the command is words on purpose
		run --now "$NOW" $cmd
		is "$rc" 1 "$1: knead $cmd exits 1"
		like "$err" "^knead: .*$(basename "$DB")" "$1: knead $cmd names the file in a knead: message"
	done
	like "$err" "$2" "$1: the message says what is wrong"
	is "$(file_state)" "$before" "$1: the file is unchanged, and nothing was created beside it"
	ok "$([ ! -e "$T/backup-of-bad.db" ]; echo $?)" "$1: no backup was written"
}

printf 'my training notes\nnot a database at all\n' >"$DB"
refused "a text file" 'not a knead database'

head -c 16384 /dev/urandom >"$DB"
refused "random bytes" 'not a knead database'

rm -f "$DB"
sqlite3 -batch "$DB" "CREATE TABLE accounts (id INTEGER PRIMARY KEY, iban TEXT);
	INSERT INTO accounts VALUES (1, 'CA00 0000');"
refused "another program's SQLite database" 'not a knead database'
is "$(sqlite3 -batch "$DB" 'SELECT iban FROM accounts')" "CA00 0000" "its data is still there"

# A knead database with some history, to damage in several ways.
rm -f "$DB"
i=1
while [ $i -le 40 ]; do
	echo "INSERT INTO runs (start, distance_m, duration_s, kind, note) VALUES
		('2026-01-01T07:00:00', $((i * 100 + 1000)), 3000, 'easy', '$(printf '%0200d' $i)');"
	i=$((i + 1))
done >"$T/rows.sql"
: >"$T/good.db" # an empty file: knead makes it a database (reading never creates one)
"$KNEAD" --db "$T/good.db" --now "$NOW" list >/dev/null
sqlite3 -batch "$T/good.db" <"$T/rows.sql"
sqlite3 -batch "$T/good.db" 'PRAGMA wal_checkpoint(TRUNCATE)' >/dev/null
rm -f "$T/good.db-wal" "$T/good.db-shm"
size=$(wc -c <"$T/good.db")

# The SQLite header's magic string overwritten.
cp "$T/good.db" "$DB"
printf 'NOT SQLITE AT ALL' | dd of="$DB" bs=1 seek=0 conv=notrunc 2>/dev/null
refused "a knead database with a damaged header" 'not a knead database'

# The first page's b-tree overwritten with garbage.
cp "$T/good.db" "$DB"
head -c 3000 /dev/urandom | dd of="$DB" bs=1 seek=100 conv=notrunc 2>/dev/null
refused "a knead database with a damaged schema page" 'not a knead database|damaged|malformed'

# Cut short.
cp "$T/good.db" "$DB"
truncate -s $((size / 3)) "$DB"
before=$(file_state)
run --now "$NOW" list
is "$rc" 1 "a knead database cut short: list exits 1"
like "$err" '^knead: ' "a knead database cut short: a knead: message"
run --now "$NOW" log run 10km 50:00
is "$rc" 1 "a knead database cut short: log run exits 1"
is "$(file_state)" "$before" "a knead database cut short: the file is unchanged"

# A directory where the file should be.
rm -f "$DB"
mkdir "$DB"
run --now "$NOW" list
# Not a database file at all: a wrong --db (tests/security/opens.sh).
is "$rc" 2 "a directory at the database path: exit 2"
like "$err" "^knead: .*$(basename "$DB")" "a directory at the database path: a message naming it"
rmdir "$DB"

# --- knead backup, and the README's restore steps --------------------------

# The README's restore commands, as written, with FILE and the user's home.
readme=$top_srcdir/README.md
sed -n '/^## Your data/,/^## /p' "$readme" | sed -n '/To restore/,/^- /p' |
	grep -E '^ {4,}(cp|rm) ' | sed 's/^ *//' >"$T/restore.sh"
is "$(wc -l <"$T/restore.sh" | tr -d ' ')" 2 "the README gives the restore steps (cp, then rm of -wal and -shm)"
like "$(cat "$T/restore.sh")" '~/\.local/share/knead/knead\.db' "in the default database path"

# The runner's own database, at the default place.
unset XDG_DATA_HOME
home_db=$HOME/.local/share/knead/knead.db
kn() { "$KNEAD" --now "$NOW" "$@"; }
kn log run 10km 50:00 --note "before the backup" >/dev/null
kn log sore calf:left 4 >/dev/null
kn log massage sports --regions calf:left >/dev/null
kn race add 2026-05-01 "Spring 10k" 10km --priority A >/dev/null
ok "$([ -f "$home_db" ]; echo $?)" "knead wrote its database at ~/.local/share/knead/knead.db"
kn list --json >"$T/before.json"

# A backup taken while another connection is reading.
sqlite3 -batch "$home_db" "BEGIN; SELECT count(*) FROM runs;" >/dev/null &
out=$(kn backup "$T/backup.db" 2>"$T/stderr")
rc=$?
wait
is "$rc" 0 "knead backup FILE exits 0"
like "$out" 'backup\.db' "and says where the backup is"
is "$(sqlite3 -batch "$T/backup.db" 'PRAGMA integrity_check')" ok "the backup passes integrity_check"
is "$(stat -c %a "$T/backup.db")" 600 "the backup is private (0600)"
ok "$([ ! -e "$T/backup.db-wal" ] && [ ! -e "$T/backup.db-shm" ]; echo $?)" "the backup is one file (no -wal, no -shm)"
is "$(ls -A "$T" | grep -c '^\.backup')" 0 "no temporary file is left beside it"
is "$("$KNEAD" --db "$T/backup.db" --now "$NOW" list --json)" "$(cat "$T/before.json")" \
	"the backup holds everything (knead list --json is the same)"

# Backing up over an existing file replaces it whole; into a missing
# directory fails cleanly.
echo "an old file" >"$T/old-backup.db"
kn backup "$T/old-backup.db" >/dev/null 2>&1
is "$(sqlite3 -batch "$T/old-backup.db" 'SELECT count(*) FROM runs')" 1 "a backup over an old file replaces it"
kn backup "$T/no/such/dir/backup.db" >/dev/null 2>"$T/stderr"
rc=$?
err=$(cat "$T/stderr")
is "$rc" 1 "a backup into a missing directory exits 1"
like "$err" '^knead: .*no/such/dir' "with a message naming it"

# Life goes on after the backup; then the database is lost (here: it is
# replaced by garbage, with a stale WAL left beside it by a connection that
# died), and the runner follows the README.
kn log run 21km 1:50:00 --note "after the backup" >/dev/null
sqlite3 -batch "$home_db" "PRAGMA wal_autocheckpoint = 0; SELECT count(*) FROM runs;" >/dev/null
mkfifo "$T/hold"
sqlite3 -batch "$home_db" <"$T/hold" >"$T/held" 2>&1 &
holder=$!
exec 4>"$T/hold"
echo "BEGIN; SELECT count(*) FROM runs; SELECT 'reading';" >&4
# The holder must be inside its read transaction before knead writes, or
# knead's checkpoint empties the WAL: wait until it says so.
i=0
while ! grep -q reading "$T/held" 2>/dev/null && [ $i -lt 600 ]; do
	sleep 0.05
	i=$((i + 1))
done
kn log run 5km 25:00 --note "only in the WAL" >/dev/null
kill -9 "$holder"
wait "$holder" 2>/dev/null
exec 4>&-
ok "$([ -s "$home_db-wal" ]; echo $?)" "a WAL with newer changes is left beside the database"
head -c 8192 /dev/urandom >"$home_db"

sed "s|FILE|$T/backup.db|g; s|~/|$HOME/|g" "$T/restore.sh" >"$T/restore-now.sh"
sh -e "$T/restore-now.sh"
is "$?" 0 "the README's restore steps run"
out=$(kn list --json 2>"$T/stderr")
is "$?" 0 "knead opens the restored database"
is "$out" "$(cat "$T/before.json")" "it holds exactly what the backup held"
is "$(sqlite3 -batch "$home_db" 'PRAGMA integrity_check')" ok "and passes integrity_check"
kn log run 8km 40:00 --note "after the restore" >/dev/null
is "$(sqlite3 -batch "$home_db" "SELECT group_concat(note, ', ') FROM runs ORDER BY id")" \
	"before the backup, after the restore" "knead writes to it again"

done_testing

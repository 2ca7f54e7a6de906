#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# perms.sh - the database directory is 0700 and every database file 0600
# (the -wal and -shm too), and exports and backups are 0600, whatever the
# umask; exports replace their target whole (a reader sees the old export
# or the new one, never a mix) and never leave a temporary file behind.
# tests/unit/test_atomic does the same for the configuration file.
. "$top_srcdir/tests/lib.sh"

NOW=2026-03-01T10:00
mode() { stat -c %a "$1"; }

for mask in 000 022 077; do
	d=$T/umask$mask
	(
		umask $mask
		"$KNEAD" --db "$d/data/knead/knead.db" --now "$NOW" log run 10km 50:00 >/dev/null
	)
	is "$(mode "$d/data/knead")" 700 "umask $mask: the database directory is 0700"
	is "$(mode "$d/data/knead/knead.db")" 600 "umask $mask: the database is 0600"
	# The -wal and -shm exist while a connection is open.
	mkfifo "$d/hold"
	sqlite3 -batch "$d/data/knead/knead.db" <"$d/hold" >"$d/held" 2>&1 &
	holder=$!
	exec 4>"$d/hold"
	echo "SELECT count(*) FROM runs;" >&4
	# Wait (30 s at most) until the holder has answered, so its connection
	# is open: otherwise knead may be the last to close and remove both.
	tries=0
	while [ ! -s "$d/held" ] && [ $tries -lt 300 ]; do
		sleep 0.1
		tries=$((tries + 1))
	done
	(
		umask $mask
		"$KNEAD" --db "$d/data/knead/knead.db" --now "$NOW" log run 5km 25:00 >/dev/null
	)
	is "$(mode "$d/data/knead/knead.db-wal") $(mode "$d/data/knead/knead.db-shm")" "600 600" \
		"umask $mask: its -wal and -shm are 0600"
	exec 4>&-
	wait "$holder"
	(
		umask $mask
		"$KNEAD" --db "$d/data/knead/knead.db" --now "$NOW" export --format json --output "$d/export.json" >/dev/null
		"$KNEAD" --db "$d/data/knead/knead.db" --now "$NOW" export --ics --output "$d/next.ics" >/dev/null
		"$KNEAD" --db "$d/data/knead/knead.db" --now "$NOW" backup "$d/backup.db" >/dev/null
	)
	is "$(mode "$d/export.json") $(mode "$d/next.ics") $(mode "$d/backup.db")" "600 600 600" \
		"umask $mask: the JSON export, the calendar and the backup are 0600"
done

# The default place, under XDG_DATA_HOME, created from nothing.
(
	umask 000
	"$KNEAD" --now "$NOW" log run 10km 50:00 >/dev/null
)
is "$(mode "$XDG_DATA_HOME/knead") $(mode "$XDG_DATA_HOME/knead/knead.db")" "700 600" \
	"the default database: directory 0700, file 0600 (umask 000)"

# Two databases whose exports differ in size, exported in turn over the
# same file while a reader keeps reading it.
"$KNEAD" --db "$T/a.db" --now "$NOW" log run 10km 50:00 --note a >/dev/null
"$KNEAD" --db "$T/b.db" --now "$NOW" log run 10km 50:00 --note b >/dev/null
i=0
while [ $i -lt 60 ]; do
	echo "INSERT INTO soreness (time, region, side, level, note) VALUES
		('2026-02-01T10:00:00', 'calf', 'left', 3, '$(printf '%0300d' $i)');"
	i=$((i + 1))
done | sqlite3 -batch "$T/b.db"
mkdir "$T/out"
"$KNEAD" --db "$T/a.db" --now "$NOW" export --format json --output "$T/out/export.json"
a_sum=$(cksum <"$T/out/export.json")
"$KNEAD" --db "$T/b.db" --now "$NOW" export --format json --output "$T/out/export.json"
b_sum=$(cksum <"$T/out/export.json")
ok "$([ "$a_sum" != "$b_sum" ]; echo $?)" "the two exports differ"
(
	n=0
	while [ $n -lt 40 ]; do
		for db in a b; do
			"$KNEAD" --db "$T/$db.db" --now "$NOW" export --format json --output "$T/out/export.json" ||
				echo "export failed" >>"$T/export.errors"
			# The directory holds the export and nothing else.
			[ "$(ls -A "$T/out")" = export.json ] || echo "left: $(ls -A "$T/out")" >>"$T/export.errors"
		done
		n=$((n + 1))
	done
	touch "$T/exports.done"
) &
reads=0
torn=0
while [ ! -e "$T/exports.done" ]; do
	s=$(cksum <"$T/out/export.json")
	reads=$((reads + 1))
	if [ "$s" != "$a_sum" ] && [ "$s" != "$b_sum" ]; then
		torn=$((torn + 1))
	fi
done
wait
echo "# $reads reads during 80 exports"
is "$torn" 0 "a reader never sees a torn export ($reads reads during 80 exports)"
is "$(cat "$T/export.errors" 2>/dev/null)" "" "no export failed, no temporary file was ever left"
is "$(mode "$T/out/export.json")" 600 "the replaced export is still 0600"

run --now "$NOW" log run 10km 50:00 >/dev/null
run --now "$NOW" export --format json --output "$T/no/such/dir/export.json"
is "$rc" 1 "an export into a missing directory exits 1"
like "$err" '^knead: .*no/such/dir' "with a message naming it"
mkdir "$T/blocked" "$T/blocked/export.json"
run --now "$NOW" export --format json --output "$T/blocked/export.json"
is "$rc" 2 "an export onto a directory is refused (exit 2: a wrong value)"
is "$(ls -A "$T/blocked")" "export.json" "and leaves no temporary file"

done_testing

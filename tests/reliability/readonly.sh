#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# readonly.sh - a full disk (a tiny tmpfs), a read-only mount (a read-only
# bind mount), and, as an unprivileged user, a read-only directory and a
# read-only file: every write is refused with a clear "knead: ..." message
# and exit 1, nothing is half written, and once there is room again the
# database is intact and works.
#
# The mounts need a private mount namespace (unshare -m, as root); where
# that is not allowed the mount cases are skipped (tests/unit/test_failures
# simulates both through a SQLite VFS shim).  The unprivileged cases need
# setpriv and an exec-able knead; else they are skipped.
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
if [ -z "${KNEAD_REL_MOUNT_NS:-}" ] && [ "$(id -u)" = 0 ] &&
	unshare -m true 2>/dev/null; then
	KNEAD_REL_MOUNT_NS=1
	export KNEAD_REL_MOUNT_NS
	exec unshare -m sh "$0" "$@"
fi
. "$top_srcdir/tests/lib.sh"

NOW=2026-03-01T10:00
kn() { "$KNEAD" --now "$NOW" "$@"; }
mounted=
cleanup() {
	for m in $mounted; do
		umount "$m" 2>/dev/null
	done
	[ -n "${U:-}" ] && rm -rf "$U"
	rm -rf "$T"
}
trap cleanup EXIT

can_mount=0
if [ -n "${KNEAD_REL_MOUNT_NS:-}" ]; then
	mkdir -p "$T/probe"
	if mount -t tmpfs -o size=64k tmpfs "$T/probe" 2>/dev/null; then
		umount "$T/probe"
		can_mount=1
	fi
fi

# state DIR: every file in DIR but the filler, with its checksum.
state() {
	(cd "$1" && for f in *; do
		[ "$f" = filler ] || printf '%s %s\n' "$f" "$(cksum <"$f")"
	done)
}

# --- a full disk -----------------------------------------------------------
if [ "$can_mount" = 1 ]; then
	F=$T/full
	mkdir "$F"
	mount -t tmpfs -o size=384k tmpfs "$F" && mounted="$F $mounted"
	db=$F/knead.db
	kn --db "$db" log run 10km 50:00 --note "before the disk filled" >/dev/null
	kn --db "$db" log sore calf:left 3 >/dev/null
	kn --db "$db" export --format json --output "$F/export.json" >/dev/null
	kn --db "$db" list --json >"$T/full-before.json"
	# Fill every last block.
	dd if=/dev/zero of="$F/filler" bs=4096 2>/dev/null
	dd if=/dev/zero of="$F/filler2" bs=1 2>/dev/null
	before=$(state "$F")
	big=$(head -c 9000 /dev/zero | tr '\0' x)
	awk 'BEGIN {
		print "<?xml version=\"1.0\"?><gpx version=\"1.1\" xmlns=\"http://www.topografix.com/GPX/1/1\">"
		for (k = 0; k < 5; k++) {
			printf "<trk><name>full-%d</name><trkseg>\n", k
			for (p = 0; p < 200; p++)
				printf "<trkpt lat=\"%.5f\" lon=\"-73.6\"><time>2025-06-0%dT10:%02d:%02dZ</time></trkpt>\n", 45.5 + p * 0.0001, k + 1, int(p * 5 / 60), p * 5 % 60
			print "</trkseg></trk>"
		}
		print "</gpx>"
	}' >"$T/full.gpx"
	for cmd in "log run 10km 50:00 --note $big" "log sore calf:left 4 quad:right 5 lower-back 2" \
		"log massage sports --regions calf:left" "race add 2026-05-01 Spring 10km" "rm runs 1" \
		"import $T/full.gpx" "export --format json --output $F/export.json" "backup $F/backup.db"; do
		# shellcheck disable=SC2086 # the command is words on purpose
		out=$(kn --db "$db" $cmd 2>"$T/stderr")
		rc=$?
		err=$(cat "$T/stderr")
		name=$(echo "$cmd" | cut -c1-40)
		is "$rc" 1 "full disk: knead $name... exits 1"
		like "$err" '^knead: .*(disk is full|No space left)' "full disk: knead $name... says the disk is full"
	done
	# SQLite may leave an empty -wal and a stub -shm (the WAL index, rebuilt
	# on the next open) that it could not remove on a full disk; the
	# database and the export are what matter.
	is "$(state "$F" | grep -v '^knead\.db-\(wal\|shm\) ')" "$before" \
		"full disk: the database and the export are unchanged, no temporary file left"
	ok "$([ ! -s "$db-wal" ]; echo $?)" "full disk: no WAL frames were left behind"
	# What is there can still be read, exported and backed up elsewhere.
	for cmd in "list runs" "status --json" "next --json" "export --format json --output $T/elsewhere.json" \
		"backup $T/elsewhere.db"; do
		# shellcheck disable=SC2086
		out=$(kn --db "$db" $cmd 2>"$T/stderr")
		is "$?:$(cat "$T/stderr")" "0:" "full disk: knead $cmd still works"
	done
	like "$(cat "$T/elsewhere.json")" "before the disk filled" "full disk: the export to another disk holds the run"
	is "$(sqlite3 -batch "$T/elsewhere.db" 'SELECT count(*) FROM runs')" 1 "full disk: so does the backup"
	is "$(state "$F" | grep -v '^knead\.db-\(wal\|shm\) ')" "$before" "full disk: reading changed nothing there"
	rm -f "$F/filler" "$F/filler2"
	is "$(sqlite3 -batch "$db" 'PRAGMA integrity_check')" ok "full disk, then room again: integrity_check is ok"
	is "$(kn --db "$db" list --json)" "$(cat "$T/full-before.json")" "and it holds exactly what it held"
	is "$(sqlite3 -batch "$db" "SELECT count(*) FROM runs WHERE source = 'gpx'")" 0 "nothing of the import"
	out=$(kn --db "$db" log run 5km 25:00 --note "with room again")
	is "$?" 0 "knead writes again once there is room"
else
	skip "no private mount namespace here (unshare -m, root)" "full disk (tmpfs)"
fi

# --- a read-only mount -----------------------------------------------------
if [ "$can_mount" = 1 ]; then
	R=$T/ro
	mkdir "$R"
	kn --db "$R/knead.db" log run 10km 50:00 --note "before the remount" >/dev/null
	mount --bind "$R" "$R" && mounted="$R $mounted"
	mount -o remount,bind,ro "$R"
	before=$(state "$R")
	for cmd in "log run 10km 50:00" "log sore calf:left 4" "race add 2026-05-01 Spring 10km" "rm runs 1" \
		"import $FIXTURES/gpx_garmin-connect_run_hr.gpx"; do
		# shellcheck disable=SC2086
		out=$(kn --db "$R/knead.db" $cmd 2>"$T/stderr")
		rc=$?
		err=$(cat "$T/stderr")
		is "$rc" 1 "read-only mount: knead $cmd exits 1"
		like "$err" '^knead: .*read-only' "read-only mount: knead $cmd says it is read-only"
	done
	# Reading needs no write: a backup on a read-only disk can be looked at.
	out=$(kn --db "$R/knead.db" list runs 2>"$T/stderr")
	is "$?:$(cat "$T/stderr")" "0:" "read-only mount: knead list reads it"
	like "$(joined "$out")" "before the remount" "read-only mount: and shows the run"
	out=$(kn --db "$R/knead.db" next --json 2>"$T/stderr")
	is "$?:$(cat "$T/stderr")" "0:" "read-only mount: knead next --json reads it"
	out=$(kn --db "$R/new.db" log run 10km 50:00 2>"$T/stderr")
	is "$?" 1 "read-only mount: a new database there: exit 1"
	like "$(cat "$T/stderr")" '^knead: .*new\.db.*[Rr]ead-only' "read-only mount: a new database there: says why"
	is "$(state "$R")" "$before" "read-only mount: nothing changed"
	umount "$R"
	is "$(sqlite3 -batch "$R/knead.db" 'SELECT count(*) FROM runs')" 1 "read-only mount: the data is whole afterwards"
else
	skip "no private mount namespace here (unshare -m, root)" "read-only mount"
fi

# --- an unprivileged user: a read-only directory, a read-only file ---------
nobody_uid=$(id -u nobody 2>/dev/null || echo 65534)
nobody_gid=$(id -g nobody 2>/dev/null || echo 65534)
as_nobody() {
	setpriv --reuid="$nobody_uid" --regid="$nobody_gid" --clear-groups --inh-caps=-all \
		env HOME="$U/home" XDG_DATA_HOME="$U/data" XDG_CONFIG_HOME="$U/config" "$@"
}
U=
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null 2>&1; then
	U=$(mktemp -d "${TMPDIR:-/tmp}/knead-nobody.XXXXXX")
	chmod 755 "$U"
	mkdir "$U/home" "$U/d"
	chown "$nobody_uid:$nobody_gid" "$U/home" "$U/d"
	as_nobody "$KNEAD" --version >/dev/null 2>&1 || U_FAIL=1
fi
if [ -n "$U" ] && [ -z "${U_FAIL:-}" ]; then
	as_nobody "$KNEAD" --db "$U/d/knead.db" --now "$NOW" log run 10km 50:00 --note mine >/dev/null
	is "$?" 0 "as an ordinary user: knead writes its database"
	chmod 500 "$U/d"
	before=$(state "$U/d")
	out=$(as_nobody "$KNEAD" --db "$U/d/knead.db" --now "$NOW" log run 5km 25:00 2>"$T/stderr")
	is "$?" 1 "a read-only directory: log run exits 1"
	like "$(cat "$T/stderr")" '^knead: .*read-only' "a read-only directory: says it is read-only"
	is "$(state "$U/d")" "$before" "a read-only directory: nothing changed"
	chmod 700 "$U/d"
	chmod 400 "$U/d/knead.db"
	before=$(state "$U/d")
	out=$(as_nobody "$KNEAD" --db "$U/d/knead.db" --now "$NOW" log run 5km 25:00 2>"$T/stderr")
	is "$?" 1 "a read-only file: log run exits 1"
	like "$(cat "$T/stderr")" '^knead: .*read-only' "a read-only file: says it is read-only"
	is "$(sqlite3 -batch "$U/d/knead.db" 'SELECT group_concat(note) FROM runs')" mine "a read-only file: nothing was added"
	out=$(as_nobody "$KNEAD" --db "$U/d/knead.db" --now "$NOW" list runs 2>"$T/stderr")
	is "$?:$(cat "$T/stderr")" "0:" "a read-only file: knead list still reads it"
	like "$out" "mine" "a read-only file: and shows what it holds"
	chmod 600 "$U/d/knead.db"
	out=$(as_nobody "$KNEAD" --db "$U/d/knead.db" --now "$NOW" log run 5km 25:00 --note again 2>&1)
	is "$?" 0 "writable again: knead writes"
else
	skip "needs root, setpriv, and a knead that user nobody can run" "read-only directory and file as an ordinary user"
fi

done_testing

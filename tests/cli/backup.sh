#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# knead backup when it cannot be done: a clear error naming the path and
# why, the right exit status, no file left half written, and an older
# backup kept whole.  (A full disk and a read-only mount:
# tests/reliability/readonly.sh; targets refused outright:
# tests/security/writes.sh.)
. "$top_srcdir/tests/lib.sh"
NOW=2026-11-23T18:30

"$KNEAD" --db "$DB" --now $NOW log run 10km 52:30 >/dev/null

run --now $NOW backup "$T/missing/backup.db"
is "$rc" 1 "a directory that does not exist: exit 1"
like "$err" "^knead: cannot write $T/missing/backup.db: No such file or directory$" \
	"the error names the path and why"
ok "$([ ! -e "$T/missing" ]; echo $?)" "no directory is made"

run --now $NOW backup ""
is "$rc" 2 "an empty file name: exit 2"
like "$err" "usage: knead backup FILE" "with the usage"
run --now $NOW backup "$T/a.db" "$T/b.db"
is "$rc" 2 "two files: exit 2"
ls "$T" >"$T/files"
ok "$(! grep -q '^[ab]\.db' "$T/files"; echo $?)" "and neither is written"

# An older backup stays whole when the new one cannot be written.
run --now $NOW backup "$T/keep.db"
is "$rc" 0 "a first backup"
sum=$(cksum <"$T/keep.db")
"$KNEAD" --db "$DB" --now $NOW log run 5km 25:00 >/dev/null
if [ "$(id -u)" = 0 ]; then
	skip "root writes into a read-only directory" "a directory without write permission: exit 1"
	skip "root writes into a read-only directory" "the older backup is kept byte for byte"
else
	chmod 500 "$T"
	run --now $NOW backup "$T/keep.db"
	chmod 700 "$T"
	is "$rc" 1 "a directory without write permission: exit 1"
	is "$(cksum <"$T/keep.db")" "$sum" "the older backup is kept byte for byte"
fi
# Where the new copy cannot be made at all (a directory in the way of its
# name is refused before anything is written).
mkdir "$T/dir.db"
run --now $NOW backup "$T/dir.db"
is "$rc" 2 "a directory as FILE: exit 2"
is "$(ls -A "$T/dir.db")" "" "nothing is written into it"
is "$(ls -A "$T" | grep -c '^\..*\.db\.......$')" 0 "no temporary file (.NAME.XXXXXX) is left beside the backups"

done_testing

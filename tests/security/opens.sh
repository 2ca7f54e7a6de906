#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# opens.sh - knead opens only what is meant: --db is a regular file or a
# path to create, never a device, a FIFO, a directory or a link to one
# (exit 2 at once, the node untouched, its mode unchanged); knead changes
# the mode of nothing it did not make; a command that only reads never
# creates a database or its directories (a missing --db is an error naming
# it; knead's default database, not there yet, reads as empty).
. "$top_srcdir/tests/lib.sh"

NOW=2026-03-01T10:00
kn() { timeout 20 "$KNEAD" --now "$NOW" "$@"; }

# refused PATH WHAT WORD: list and log against --db PATH exit 2 at once,
# with a message naming it and saying what it is.
refused() {
	for cmd in "list" "log run 5km 25:00"; do
		# shellcheck disable=SC2086 # the command is words on purpose
		kn --db "$1" $cmd >/dev/null 2>"$T/err"
		rc=$?
		is "$rc" 2 "--db $2: knead $cmd is refused (exit 2, no wait)"
		like "$(cat "$T/err")" "^knead: .*$(basename "$1").*$3" "  naming it and saying it is $3"
	done
}

before=$(stat -c '%a %F' /dev/null)
refused /dev/null "/dev/null" "a device"
is "$(stat -c '%a %F' /dev/null)" "$before" "  /dev/null keeps its mode"

mkfifo "$T/fifo"
refused "$T/fifo" "a FIFO" "a FIFO"
test -p "$T/fifo"
ok $? "  the FIFO is still a FIFO"

ln -s /dev/zero "$T/devlink"
before=$(stat -c '%a' /dev/zero)
refused "$T/devlink" "a symbolic link to a device" "a device"
is "$(stat -c '%a' /dev/zero)" "$before" "  /dev/zero keeps its mode"

mkdir "$T/dir"
refused "$T/dir" "a directory" "a directory"

ln -s "$T/nowhere.db" "$T/dangling"
refused "$T/dangling" "a symbolic link to nothing" "link to nothing"
test ! -e "$T/nowhere.db"
ok $? "  and nothing was created where it points"

# A database of the runner's own, 0644 by their choice, outside knead's
# directory: used, never chmod-ed.
kn --db "$T/mine.db" log run 10km 50:00 >/dev/null
chmod 0644 "$T/mine.db"
kn --db "$T/mine.db" log run 5km 25:00 >/dev/null
is "$?:$(stat -c %a "$T/mine.db")" "0:644" "a database of the runner's (0644) is used and keeps its mode"
ln -s "$T/mine.db" "$T/minelink"
out=$(kn --db "$T/minelink" list runs)
like "$out" "10.00 km" "a symbolic link to a database file is followed"

# A new database is 0600 from its first byte, whatever the umask.
(umask 000 && kn --db "$T/new.db" log run 5km 25:00 >/dev/null)
is "$(stat -c %a "$T/new.db")" 600 "a database knead creates is 0600 (umask 000)"

# Read commands never create.
for cmd in "list" "list runs --json" "status" "next --json" "export --format json" \
	"export --ics" "backup $T/backup.db" "race list"; do
	# shellcheck disable=SC2086
	kn --db "$T/typo/knaed.db" $cmd >/dev/null 2>"$T/err"
	rc=$?
	is "$rc" 2 "knead $cmd on a missing --db: exit 2"
	like "$(cat "$T/err")" "^knead: .*typo/knaed\.db" "  the message names the path"
	test ! -e "$T/typo"
	ok $? "  and creates neither the file nor its directory"
done
test ! -e "$T/backup.db"
ok $? "no backup was written from a missing database"

# knead's default database, not there yet: reading shows it empty and
# creates nothing.
out=$(kn list 2>"$T/err")
is "$?" 0 "knead list with no database yet: exit 0"
like "$out" "Nothing logged yet" "  says nothing is logged"
out=$(kn status --json)
is "$?" 0 "knead status --json with no database yet: exit 0"
test ! -e "$XDG_DATA_HOME/knead"
ok $? "  and nothing was created under XDG_DATA_HOME"
kn log run 5km 25:00 >/dev/null
is "$(stat -c %a "$XDG_DATA_HOME/knead") $(stat -c %a "$XDG_DATA_HOME/knead/knead.db")" "700 600" \
	"the first write creates knead's directory 0700 and its database 0600"

# In knead's own directory the database is made private again, but never
# through a link: what it points to is not knead's.
"$KNEAD" --db "$T/elsewhere.db" --now "$NOW" log run 5km 25:00 >/dev/null
chmod 0644 "$T/elsewhere.db"
rm "$XDG_DATA_HOME/knead/knead.db"
ln -s "$T/elsewhere.db" "$XDG_DATA_HOME/knead/knead.db"
out=$(kn list runs)
like "$out" "5.00 km" "knead's database as a link to a file elsewhere is read"
is "$(stat -c %a "$T/elsewhere.db")" 644 "  and the file it points to keeps its mode"

done_testing

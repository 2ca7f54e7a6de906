#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# writes.sh - writes never destroy: export
# --output and backup refuse the database, its -wal and -shm, directories,
# devices, FIFOs and symbolic links (unless --force, which writes where the
# link points and keeps the link); import refuses a FIFO at once; the data
# directory and its database are made private at every open; a relative
# XDG_DATA_HOME is ignored; --db is a path, never an SQLite URI; --demo
# never reaches the real database and never runs without a terminal.
. "$top_srcdir/tests/lib.sh"

NOW=2026-03-01T10:00
run --now "$NOW" log run 10km 50:00 --note seed
is "$rc" 0 "a database with one run"
sum0=$(db_sum)

# refused TARGET WHAT [ARGS...]: export and backup onto TARGET are refused
# with exit 2, a message naming it, and the database unchanged.
refused() {
	_target=$1 _what=$2
	shift 2
	run --now "$NOW" export --format csv --output "$_target" "$@"
	is "$rc" 2 "export onto $_what is refused (exit 2)"
	like "$err" "^knead: .*$(basename "$_target")" "  with a message naming it"
	run --now "$NOW" backup "$_target" "$@"
	is "$rc" 2 "backup onto $_what is refused (exit 2)"
	run --now "$NOW" brief --format html --output "$_target" "$@"
	is "$rc" 2 "brief onto $_what is refused (exit 2)"
	is "$(db_sum)" "$sum0" "  and the database is unchanged"
}

refused "$DB" "the database itself"
like "$err" "database itself" "  and says it is the database"
refused "$T/./knead.db" "the database under another spelling"
"$KNEAD" --db "$DB" --now "$NOW" list >/dev/null
refused "$DB-wal" "the database's -wal"
refused "$DB-shm" "the database's -shm"
mkdir "$T/dir"
refused "$T/dir" "a directory"
like "$err" "directory" "  and says why"
mkfifo "$T/fifo"
refused "$T/fifo" "a FIFO"
test -p "$T/fifo"
ok $? "  the FIFO is still a FIFO"

echo "keep me" >"$T/target.csv"
ln -s "$T/target.csv" "$T/link.csv"
refused "$T/link.csv" "a symbolic link"
like "$err" "symbolic link.*--force" "  and names --force"
is "$(cat "$T/target.csv")" "keep me" "  the file it points to is untouched"
run --now "$NOW" export --format csv --output "$T/link.csv" --force
is "$rc" 0 "export --force writes through the link"
test -L "$T/link.csv"
ok $? "  the link is still a link"
like "$(cat "$T/target.csv")" "seed" "  and the file it points to holds the export"
run --now "$NOW" backup "$T/link.csv" --force
is "$rc" 0 "backup --force writes through the link"
test -L "$T/link.csv"
ok $? "  the link is still a link"
is "$(sqlite3 -batch -noheader "$T/target.csv" 'SELECT note FROM runs')" seed \
	"  and the file it points to is the backup"
ln -s "$DB" "$T/dblink"
run --now "$NOW" export --output "$T/dblink" --force
is "$rc" 2 "even with --force, a link to the database is refused"
is "$(db_sum)" "$sum0" "  and the database is unchanged"

# A device node: in a private mount namespace, /dev/null bound over a
# file, so that a regression could never replace the real /dev/null.
if command -v unshare >/dev/null 2>&1 &&
	unshare -rm sh -c "touch '$T/probe' && mount --bind /dev/null '$T/probe'" 2>/dev/null; then
	touch "$T/dev"
	unshare -rm sh -c "mount --bind /dev/null '$T/dev' &&
		'$KNEAD' --db '$DB' --now $NOW export --output '$T/dev' 2>'$T/dev.err'; echo \$? >'$T/dev.rc';
		'$KNEAD' --db '$DB' --now $NOW backup '$T/dev' 2>>'$T/dev.err'; echo \$? >>'$T/dev.rc';
		test -c '$T/dev' && echo char >'$T/dev.kind'"
	is "$(cat "$T/dev.rc" | tr '\n' ' ')" "2 2 " "export and backup onto a device node are refused"
	like "$(cat "$T/dev.err")" "device" "  saying it is a device"
	is "$(cat "$T/dev.kind" 2>/dev/null)" char "  and the node is still a device"
else
	skip "unshare -rm (a private mount namespace) is not available here" \
		"export and backup onto a device node are refused"
fi

# import reads regular files only: a FIFO is refused, not waited on.
timeout 10 "$KNEAD" --db "$DB" import "$T/fifo" >/dev/null 2>"$T/err"
rc=$?
is "$rc" 2 "import of a FIFO is refused at once (exit 2, no hang)"
like "$(cat "$T/err")" "fifo.*not a regular file" "  with a message naming it"

# In knead's own data directory (which it made), permissions are tightened
# at every open, not only at creation; elsewhere knead changes the mode of
# nothing it did not make (tests/security/opens.sh).
D=$XDG_DATA_HOME/knead
"$KNEAD" --now "$NOW" log run 5km 30:00 >/dev/null
chmod 0755 "$D"
chmod 0644 "$D/knead.db"
"$KNEAD" --now "$NOW" list >/dev/null
is "$(stat -c %a "$D")" 700 "the data directory is made 0700 again"
is "$(stat -c %a "$D/knead.db")" 600 "the database is made 0600 again"

# A relative XDG_DATA_HOME (or XDG_CONFIG_HOME) is ignored, as the spec says.
mkdir "$T/cwd"
(cd "$T/cwd" && XDG_DATA_HOME=rel XDG_CONFIG_HOME=relconf "$KNEAD" --now "$NOW" log run 3km 20:00 >/dev/null)
test ! -e "$T/cwd/rel"
ok $? "a relative XDG_DATA_HOME is ignored"
is "$(sqlite3 -batch -noheader "$HOME/.local/share/knead/knead.db" 'SELECT count(*) FROM runs')" 1 \
	"  the run went to ~/.local/share/knead"

# --db is a path, never an SQLite URI.
for name in :memory: 'file:x.db?mode=memory'; do
	(cd "$T/cwd" && "$KNEAD" --db "$name" --now "$NOW" log run 4km 25:00 >/dev/null)
	(cd "$T/cwd" && "$KNEAD" --db "$name" --now "$NOW" list runs >"$T/out")
	like "$(cat "$T/out")" "4.00 km" "--db $name keeps the run, in a file of that name"
	test -f "$T/cwd/$name"
	ok $? "  which is a plain file"
done

# --demo: a sandbox for the interface alone.
sum1=$(db_sum)
run --demo --now "$NOW" log run 7km 40:00
is "$rc" 2 "--demo with a command is refused (exit 2)"
like "$err" "^knead: --demo" "  saying why"
is "$(db_sum)" "$sum1" "  and the real database is unchanged"
timeout 10 "$KNEAD" --db "$DB" --demo </dev/null >"$T/out" 2>"$T/err"
rc=$?
is "$rc" 2 "--demo without a terminal is refused (exit 2), not spinning"
like "$(cat "$T/err")" "terminal" "  saying it needs a terminal"
is "$(wc -c <"$T/out" | tr -d ' ')" 0 "  and paints nothing into the pipe"

done_testing

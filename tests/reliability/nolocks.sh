#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# nolocks.sh - on a file system without POSIX locks (NFS without its lock
# daemon: every lock fails with ENOLCK, which SQLite takes for a busy
# database), knead says so at once, naming the file, instead of waiting out
# its 15 s busy timeout and saying "database is locked".  The file system
# is simulated by an LD_PRELOAD shim (tests/reliability/nolocks.c), built
# here with the C compiler; skipped where it cannot be (no compiler, or a
# sanitizer build, whose runtime must come first).
. "$top_srcdir/tests/lib.sh"

NOW=2026-03-01T10:00
if ldd "$KNEAD" 2>/dev/null | grep -q 'lib[at]san'; then
	echo "1..0 # SKIP a sanitizer build cannot take an LD_PRELOAD shim"
	exit 0
fi
if ! ${CC:-cc} -shared -fPIC -o "$T/nolocks.so" "$top_srcdir/tests/reliability/nolocks.c" -ldl 2>"$T/cc.err"; then
	echo "1..0 # SKIP cannot build the shim: $(head -n 1 "$T/cc.err")"
	exit 0
fi
"$KNEAD" --db "$DB" --now "$NOW" log run 10km 50:00 >/dev/null

for cmd in "list" "status --json" "log run 5km 25:00"; do
	start=$(date +%s)
	# shellcheck disable=SC2086 # the command is words on purpose
	LD_PRELOAD=$T/nolocks.so timeout 60 "$KNEAD" --db "$DB" --now "$NOW" $cmd >"$T/out" 2>"$T/err"
	rc=$?
	echo "# knead $cmd took $(($(date +%s) - start)) s without locks"
	is "$rc" 1 "no locks: knead $cmd exits 1"
	like "$(cat "$T/err")" "^knead: this file system does not support SQLite's locks: .*knead\\.db" \
		"  saying why and naming the file, not \"database is locked\""
done
is "$(sql 'SELECT count(*) FROM runs')" 1 "nothing was written"

done_testing

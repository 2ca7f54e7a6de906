# SPDX-License-Identifier: GPL-3.0-or-later
# tests/lib.sh - a small TAP library for knead's shell tests.
#
# Source it, call the assertions, end with done_testing.  Every test gets a
# private temporary directory ($T) with its own database path ($DB), config
# ($CONF) and XDG directories, so nothing touches the user's files.

set -u
: "${KNEAD:?KNEAD must point to the knead binary}"
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"

T=$(mktemp -d "${TMPDIR:-/tmp}/knead-test.XXXXXX")
DB=$T/knead.db
CONF=$T/config.ini
export XDG_DATA_HOME=$T/data XDG_CONFIG_HOME=$T/config XDG_STATE_HOME=$T/state
export HOME=$T/home
mkdir -p "$HOME"
trap 'rm -rf "$T"' EXIT

_tap_n=0
_tap_failed=0

ok() { # ok CONDITION-STATUS NAME
	_tap_n=$((_tap_n + 1))
	if [ "$1" -eq 0 ]; then
		echo "ok $_tap_n - $2"
	else
		echo "not ok $_tap_n - $2"
		_tap_failed=$((_tap_failed + 1))
	fi
}

is() { # is GOT EXPECTED NAME
	if [ "$1" = "$2" ]; then
		ok 0 "$3"
	else
		ok 1 "$3"
		printf '#   got:      %s\n#   expected: %s\n' "$1" "$2"
	fi
}

# joined TEXT: TEXT's lines as one, runs of spaces as one: prose the
# command line wrapped to 80 columns (or the terminal) read as a sentence.
joined() {
	printf '%s' "$1" | tr '\n' ' ' | tr -s ' '
}

like() { # like GOT EXTENDED-REGEX NAME
	if printf '%s\n' "$1" | grep -Eq -- "$2"; then
		ok 0 "$3"
	else
		ok 1 "$3"
		printf '#   got:      %s\n#   expected to match: %s\n' "$1" "$2"
	fi
}

unlike() { # unlike GOT EXTENDED-REGEX NAME
	if printf '%s\n' "$1" | grep -Eq -- "$2"; then
		ok 1 "$3"
		printf '#   got:      %s\n#   expected not to match: %s\n' "$1" "$2"
	else
		ok 0 "$3"
	fi
}

skip() { # skip REASON NAME
	_tap_n=$((_tap_n + 1))
	echo "ok $_tap_n - $2 # SKIP $1"
}

# run ARGS...: runs knead against $DB, setting $out, $err and $rc.
run() {
	out=$("$KNEAD" --db "$DB" "$@" 2>"$T/stderr")
	rc=$?
	err=$(cat "$T/stderr")
}

# lists_named SEP [LAST]: knead's lists in their order (as knead edit
# --fields gives them), joined by SEP, the last after LAST when given:
# `lists_named ', ' ' or '` is "runs, soreness, ... or assessments".  A
# test that quotes a usage or an error naming every list does not change
# when a kind is added.
lists_named() {
	"$KNEAD" edit --fields | awk -v sep="$1" -v last="${2:-$1}" '
		{ ids[NR] = $1 }
		END {
			if (NR == 0)
				printf "(knead edit --fields named no list)"
			for (i = 1; i <= NR; i++)
				printf "%s%s", i == 1 ? "" : i == NR ? last : sep, ids[i]
		}'
}

# history_db NAME BUILD: $DB becomes a new database, $T/NAME.db, holding
# what the function BUILD writes to $DB.  BUILD runs once a script (its
# database kept aside, closed); later calls copy it: a history many
# scenarios start from is typed once.
history_db() {
	_tpl=$T/history-$2.db
	if [ ! -s "$_tpl" ]; then
		DB=$_tpl
		"$2"
	fi
	DB=$T/$1.db
	cp "$_tpl" "$DB"
}

# sql QUERY: asks the test database directly.
sql() {
	sqlite3 -batch -noheader "$DB" "$1"
}

# db_sum: a checksum of the database file and its WAL, to prove a failed
# command changed nothing.
db_sum() {
	cat "$DB" "$DB-wal" 2>/dev/null | cksum
}

done_testing() {
	echo "1..$_tap_n"
	[ "$_tap_failed" -eq 0 ]
}

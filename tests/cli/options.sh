#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Global options go before or after the command; main() takes them out of
# the command line before the subcommand parses it, skipping the values of
# the subcommands' own options (with_value[] in tui/main.c).  That list
# must be what the subcommands' option tables say: checked here against
# every subcommand's --help, which GOption writes from those tables.
. "$top_srcdir/tests/lib.sh"

run log run 5k 25:00 --date 2026-11-20
is "$rc" "0" "a run to export"

# -o takes the next argument as its file, even one that looks like --db.
(cd "$T" && "$KNEAD" --db "$DB" export -o --db=x >"$T/out" 2>"$T/err")
is "$?:$(cat "$T/err")" "0:" "export -o --db=x: --db=x is the file"
like "$(cat "$T/--db=x" 2>/dev/null)" "^run,1,2026-11-20" "written there, from the database of --db"
ok "$(test ! -e "$T/x"; echo $?)" "no database x was made"

run log run 6k 30:00 --date 2026-11-21 --note --db
is "$rc:$(sql 'select note from runs where id = 2')" "0:--db" "--note --db: the note is --db"
run edit runs 2 --note --now
is "$rc:$(sql 'select note from runs where id = 2')" "0:--now" "edit --note --now: the note is --now"

# The value options of every subcommand, from its --help: "--date=D" and
# "-o, --output=FILE".
cmds=$(sed -n 's/^[[:space:]]*{ "\([a-z]*\)", \(N_(\|SUMMARY_\).*/\1/p' "$top_srcdir/tui/cli/commands.c")
helps=""
for c in $cmds; do
	[ "$c" = help ] && continue
	subs=$("$KNEAD" --db "$DB" "$c" --help 2>&1 | sed -n "s/^  knead $c \\([a-z][a-z]*\\) .*/\\1/p")
	helps="$helps$("$KNEAD" --db "$DB" "$c" --help 2>&1)
"
	for s in $subs; do
		helps="$helps$("$KNEAD" --db "$DB" "$c" "$s" --help 2>&1)
"
	done
done
like "$helps" "--output=FILE" "the subcommands' help is read"
from_help=$(printf '%s\n' "$helps" | grep -E '^  +-' |
	sed -n 's/^ *\(-[a-zA-Z], \)\{0,1\}\(--[a-z-]*\)=.*/\1\2/p' |
	sed 's/, /\n/' | sort -u)
listed=$(sed -n '/with_value\[\] = {/,/NULL/p' "$top_srcdir/tui/main.c" |
	grep -o '"-[-a-z]*"' | tr -d '"' | sort -u)
like "$listed" "--note" "main.c's list is read"
is "$listed" "$from_help" "main.c's with_value[] is exactly the subcommands' options that take a value"

done_testing

#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# One list of subcommands: the command table (tui/cli/commands.c), what
# knead --help prints, the COMMANDS section of the man page and the tests
# name the same ones, so a command cannot be added, renamed or dropped in
# one place only.
. "$top_srcdir/tests/lib.sh"
cd "$top_srcdir" || exit 1

table=$(sed -n 's/^[[:space:]]*{ "\([a-z]*\)", \(N_(\|SUMMARY_\).*/\1/p' tui/cli/commands.c | sort -u)
like "$table" "log" "the command table is read"
io=$(sed -n 's/^[[:space:]]*{ "\([a-z]*\)", \(N_(\|SUMMARY_\).*/\1/p' tui/cli/commands_io.c \
	tui/cli/commands_import.c | sort -u)
missing_io=""
for c in $io; do
	echo "$table" | grep -qx "$c" || missing_io="$missing_io $c"
done
like "$io" "import" "the helpers' tables are read"
is "$missing_io" "" "knead's table holds every command of its helpers'"

help=$("$KNEAD" --help | sed -n '/^Commands:/,/^$/s/^  \([a-z]*\) .*/\1/p' | sort -u)
is "$help" "$table" "knead --help lists the commands of the table"

# The headings of COMMANDS: ".B knead log" or ".BI "knead log ...".
man=$(sed -n '/^\.SH COMMANDS/,/^\.SH /p' data/knead.1 |
	sed -n 's/^\.BI\{0,1\} "\{0,1\}knead \([a-z][a-z]*\).*/\1/p' | sort -u)
is "$man" "$table" "the man page's COMMANDS names the commands of the table, no more"

untested=""
for c in $table; do
	grep -lE "(^|[^a-z_-])(run|knead|KNEAD\"?)[[:space:]]+$c([[:space:]]|\$|\")" \
		tests/*/*.sh | grep -v 'tests/cli/subcommands\.sh' | grep -q . || untested="$untested $c"
done
is "$untested" "" "every command of the table is run by a test"

done_testing

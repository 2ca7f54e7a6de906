#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The formats knead imports live in one table (tui/core/import/formats.c):
# `knead import --help` is built from it, and the command's summary (in
# knead --help and the zsh completion), the man page's entry for import and
# doc/contract.md's list of sources name every format it holds.
. "$top_srcdir/tests/lib.sh"
cd "$top_srcdir" || exit 1

# The rows: id<TAB>name, from the table's source.
rows=$(sed -n 's/^[[:space:]]*{ IMPORT_FORMAT_[A-Z_]*, "\([a-z]*\)", "\([^"]*\)",.*/\1	\2/p' \
	tui/core/import/formats.c)
like "$rows" "^gpx	GPX" "the table of formats is read"

summary=$("$KNEAD" --help | sed -n 's/^  import  *//p')
like "$summary" "^import runs" "knead --help has a summary for import"
zsh_summary=$(sed -n "s/^[[:space:]]*'import:\(.*\)'\$/\1/p" data/completion/_knead)
is "$zsh_summary" "$summary" "the zsh completion's summary of import is knead's"
man_entry=$(sed -n '/^\.B knead import/,/^\.TP/p' data/knead.1)
like "$man_entry" "Import runs" "the man page's entry for import is read"
help=$("$KNEAD" import --help)

missing=""
tab=$(printf '\t')
while IFS=$tab read -r id name; do
	[ -n "$id" ] || continue
	grep -q "^### \`knead import --json\`" doc/contract.md || missing="$missing contract-section"
	sed -n '/^### `knead import --json`/,/^###/p' doc/contract.md | tr '\n' ' ' |
		grep -q "sources\`.*[ (]$id[,)]" || missing="$missing contract:$id"
	[ "$id" = zip ] && continue # a container: Strava and Apple Health name it
	case "$summary" in *"$name"*) ;; *) missing="$missing summary:$id" ;; esac
	printf '%s\n' "$man_entry" | tr '\n' ' ' | grep -q "$name" || missing="$missing man:$id"
	printf '%s\n' "$help" | grep -q "^  - .*$name" || missing="$missing help:$id"
done <<ROWS
$rows
ROWS
is "$missing" "" "every format of the table is in the summary, --help, the man page and the contract"

# The list is the table's, however many rows it has: one line a format.
count=$(printf '%s\n' "$rows" | grep -vc '^zip')
is "$(printf '%s\n' "$help" | grep -c '^  - ')" "$count" "import --help lists each format once"

done_testing

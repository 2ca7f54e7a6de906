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

# A file of no known kind is refused naming every ending of the table.
mkdir -p "$T/in"
echo "nothing" >"$T/in/notes.txt"
"$KNEAD" --db "$DB" import "$T/in/notes.txt" >/dev/null 2>"$T/err"
endings=$(sed -n 's/^[[:space:]]*{ IMPORT_FORMAT_.*ENDINGS(\([^)]*\)).*/\1/p' tui/core/import/formats.c | tr -d '" ' | tr ',' '\n')
like "$endings" "^\.gpx" "the table's endings are read"
unnamed=""
for e in $endings; do
	grep -qF -- "$e" "$T/err" || unnamed="$unnamed $e"
done
is "$unnamed" "" "an unknown kind of file is refused naming every ending of the table"

# A run of knead's JSON export from no known source is left out, the reason
# naming every source a run can have (those of `knead list --json`).
"$KNEAD" --db "$DB" --now 2026-11-23T12:00 log run 10km 50:00 >/dev/null
"$KNEAD" --db "$DB" export --format json | sed 's/"source": *"manual"/"source": "nowhere"/' >"$T/in/bad.json"
like "$(cat "$T/in/bad.json")" '"source": "nowhere"' "an export with an unknown source is made"
out=$("$KNEAD" --db "$T/other.db" --now 2026-11-23T12:00 import "$T/in/bad.json" 2>&1)
sources=$(tr '\n' ' ' <doc/contract.md | sed -n 's/.*`source` (\(manual[a-z, ]*\)).*/\1/p' | tr -d ',')
like "$sources" "^manual gpx" "the contract's sources are read"
unnamed=""
for s in $sources; do
	joined "$out" | grep -q "not a source (expected one of[^)]*$s" || unnamed="$unnamed $s"
done
is "$unnamed" "" "the run is left out naming every source"

# The list is the table's, however many rows it has: one line a format.
count=$(printf '%s\n' "$rows" | grep -vc '^zip')
is "$(printf '%s\n' "$help" | grep -c '^  - ')" "$count" "import --help lists each format once"

done_testing

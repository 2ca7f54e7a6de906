#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# doc/contract.md against the real JSON: every key knead writes in a
# --json form is named (`key`) in that form's section of the contract, and
# its REGION value lists the ids of knead regions --json, in their order.
. "$top_srcdir/tests/lib.sh"
NOW=2026-11-23T18:30

if ! command -v jq >/dev/null 2>&1; then
	echo "1..0 # SKIP jq is not installed"
	exit 0
fi

k() { "$KNEAD" --db "$DB" --now $NOW "$@" >/dev/null; }
k log run 10km 50:00 --rpe 5 --hr 150 --note "canal"
k log sore calf:left 3 --sharp --note "stairs"
k log massage sports --regions calf:left --therapist Julie --note "good"
k race add 2027-05-01 "Demi" 21.1km
k log assessed calf:left --cleared

# section TITLE: the contract's section whose heading holds TITLE.
section() {
	awk -v t="$1" '/^### / { on = index($0, t) > 0; next } /^## / { on = 0 } on' \
		"$top_srcdir/doc/contract.md"
}
# check TITLE WHAT KEYS...: each key is named in the section.
check() {
	_text=$(section "$1")
	_what=$2
	shift 2
	_missing=
	for _k in "$@"; do
		printf '%s' "$_text" | tr '\n' ' ' | grep -qF -- "\`$_k\`" ||
			printf '%s' "$_text" | tr '\n' ' ' | grep -qE -- "[{ ,]$_k[,}]" ||
			_missing="$_missing $_k"
	done
	is "$_missing" "" "doc/contract.md names every key of $_what"
}
keys() { jq -r "$1" | tr '\n' ' '; }

check "knead next --json" "next --json" \
	$("$KNEAD" --db "$DB" --now $NOW next --json | keys 'keys[]')
check "knead status --json" "status --json" \
	$("$KNEAD" --db "$DB" --now $NOW status --json | keys 'keys[]')
check "knead status --json" "status --json's heart_rate" \
	$("$KNEAD" --db "$DB" --now $NOW status --json | keys '.heart_rate | keys[]')
# Every kind of entry there is (the undo journal's list of tables).
for t in $(sql "SELECT id FROM entry_tables ORDER BY id"); do
	check "knead list" "list $t --json" \
		$("$KNEAD" --db "$DB" --now $NOW list $t --json | keys '.[0] | keys[]')
done
check "knead list" "the mixed list --json" \
	$("$KNEAD" --db "$DB" --now $NOW list --json | keys '[.[] | keys[]] | unique[]')
check "knead regions --json" "regions --json" \
	$("$KNEAD" regions --json | keys '[.[] | keys[]] | unique[]')
check "knead articles --json" "articles --json" \
	$("$KNEAD" --db "$DB" --now $NOW articles --json | keys '.[0] | keys[]')
check "knead export --format json" "export --format json" \
	$("$KNEAD" --db "$DB" --now $NOW export --format json | keys 'keys[]')

# region_item: the REGION item of "Values", from its first line to the
# next item.
region_item() {
	awk '/^## / { on = ($0 == "## Values"); next }
		on && /^- / { take = /^- REGION:/ }
		on && take' "$top_srcdir/doc/contract.md"
}
# The ids: the item's words up to the first full stop.
contract_regions=$(region_item | sed '1s/^- REGION://' | tr '\n' ' ' |
	sed 's/\..*//; s/,/ /g' | tr -s ' ' | sed 's/^ //; s/ $//')
like "$contract_regions" "^[a-z-]+( [a-z-]+)+$" "doc/contract.md's REGION list is read"
is "$contract_regions" "$("$KNEAD" regions --json | jq -r '[.[].id] | join(" ")')" \
	"doc/contract.md lists the regions of knead regions --json, in their order"
# and the sentence after it names the ones without a side.
contract_unsided=$(region_item | tr '\n' ' ' | tr -s ' ' |
	sed -n 's/.* All but \([a-z, -]*\) need a side.*/\1/p' | sed 's/,/ /g; s/ and / /g' | tr -s ' ')
is "$contract_unsided" "$("$KNEAD" regions --json | jq -r '[.[] | select(.sided | not) | .id] | join(" ")')" \
	"doc/contract.md names the regions of knead regions --json without a side"

done_testing

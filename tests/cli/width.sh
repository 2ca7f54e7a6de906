#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Output that fits: into a pipe, every command's output and every --help,
# in English and in French, is at most 80 columns wide (prose wraps at
# word boundaries); a wider terminal ($COLUMNS) gets longer lines.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/french-lib.sh"
NOW=2026-11-23T18:30

k() { "$KNEAD" --db "$DB" --now $NOW "$@" >/dev/null 2>&1; }
k log run 10km 52:30 --date yesterday --note "a long note about the wind by the canal, the \
hills of the mountain and the cold rain that came back twice before the end of the run"
k log sore it-band:left 6 calf:right 4 knee:left 3 quad:right 5 hamstring:left 4
k log massage sports --regions calf:left,it-band:right --therapist Julie --date -3d
k race add 2026-12-06 "Demi-marathon de Verdun" 21.1km --priority A

# The commands, from knead help (so a new one is measured too).
commands=$("$KNEAD" help | awk '/^Commands:/ { on = 1; next } on && /^$/ { exit } on { print $1 }')
ok "$([ "$(printf '%s\n' $commands | wc -l)" -ge 10 ]; echo $?)" "knead help lists the commands"
slug=$("$KNEAD" --db "$DB" --now $NOW articles --json | jq -r '.[0].slug')

# width LANG-ENV ARGS...: the widest line of stdout, in columns (errors
# into a pipe stay one line for scripts; on a terminal they wrap, below).
width() {
	_env=$1
	shift
	env $_env "$KNEAD" --db "$DB" --now $NOW "$@" 2>/dev/null </dev/null | LC_ALL=C.UTF-8 wc -L
}

for lang in en fr; do
	case $lang in
	en) envs="LC_ALL=C.UTF-8" ;;
	fr) envs=$FRENCH ;;
	esac
	wide=
	for c in $commands; do
		[ "$(width "$envs" $c --help)" -le 80 ] || wide="$wide $c--help"
	done
	for sub in "log run" "log sore" "log massage" "race add" "race list" "race rm" \
		"config list" "config get" "config set"; do
		[ "$(width "$envs" $sub --help)" -le 80 ] || wide="$wide '$sub --help'"
	done
	is "$wide" "" "$lang: every --help fits 80 columns"
	# And every --help is help, knead help's own too: usage on stdout, exit 0.
	failed=
	for c in $commands; do
		env $envs "$KNEAD" --db "$DB" --now $NOW $c --help >"$T/help.out" 2>/dev/null </dev/null
		{ [ $? -eq 0 ] && [ -s "$T/help.out" ]; } || failed="$failed $c--help"
	done
	is "$failed" "" "$lang: every command's --help prints its help and exits 0"
	wide=
	for args in "" "help" "help log" "list" "list runs" "list soreness" "list massages" \
		"list races" "race list" "regions" "status" "next" "articles" "read $slug" \
		"config list" "undo --help" "log run 10km" "nxet" "remind --dry-run"; do
		[ "$(width "$envs" $args)" -le 80 ] || wide="$wide '$args'"
	done
	is "$wide" "" "$lang: every command's output fits 80 columns"
done

# list: a heading row under each table's name, and local dates and times.
out=$("$KNEAD" --db "$DB" --now $NOW list)
like "$out" "^ +id +when +distance +time +pace +kind" "list: the runs' columns have headings"
like "$out" "^ +id +when +region +level" "list: so do the soreness entries'"
like "$out" "^ +[0-9]+  2026-11-22 [0-9]{2}:[0-9]{2} " "list: a local date and time, no ISO T"
unlike "$out" "[0-9]T[0-9]" "list: no ISO T anywhere"
out=$(env $FRENCH "$KNEAD" --db "$DB" --now $NOW list)
like "$out" "^ +nº +quand +distance +durée +allure +type" "French list: the headings are French"
ok "$([ "$(printf '%s\n' "$out" | LC_ALL=C.UTF-8 wc -L)" -le 80 ]; echo $?)" "French list fits 80 columns"

# Words are never cut: the note comes back whole once its lines are joined.
out=$("$KNEAD" --db "$DB" --now $NOW list runs)
like "$(joined "$out")" "the cold rain that came back twice before the end of the run" \
	"a long note wraps between words"
# An error on an 80-column terminal wraps between words.
if command -v script >/dev/null 2>&1; then
	err=$(script -qec "stty cols 80 2>/dev/null; env $FRENCH $KNEAD --db $DB --now $NOW log run" /dev/null </dev/null | tr -d '\r')
	ok "$([ "$(printf '%s\n' "$err" | LC_ALL=C.UTF-8 wc -L)" -le 80 ]; echo $?)" \
		"a long error fits an 80-column terminal"
	like "$(joined "$err")" "la distance et la durée manquent \(attendu" \
		"and its words stay whole"
else
	skip "no script(1)" "a long error fits an 80-column terminal"
	skip "no script(1)" "and its words stay whole"
fi
err=$("$KNEAD" --db "$DB" --now $NOW log run 10km 2>&1 >/dev/null)
is "$err" "knead: log run: the duration is missing (expected e.g. 52:30 after the distance)" \
	"into a pipe, an error is one line that names the missing value"

# A wider terminal gets the room.
export COLUMNS=200
w=$("$KNEAD" --db "$DB" --now $NOW list runs | LC_ALL=C.UTF-8 wc -L)
unset COLUMNS
ok "$([ "$w" -gt 80 ]; echo $?)" "with 200 columns, the note holds on one line ($w columns)"

done_testing

#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# French all the way: in French, every command's help and what the commands
# a runner reads print hold no English word.  The command line's own words
# stay as they are typed (commands, options, ids such as calf:left or
# runs, article names): only prose is looked at.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/french-lib.sh"

NOW=2026-12-08T18:00
fr() {
	env $FRENCH COLUMNS="${width:-80}" "$KNEAD" --db "$DB" --now "$NOW" "$@" </dev/null 2>&1
}

# english TEXT: the English words of TEXT's prose, one per line.  Words
# joined to others by - _ : . / = | or holding digits are the command
# line's (ids, options, files), and so is whatever follows "knead " up to
# the end of the command; the rest is checked against words that are
# English only (never French, so no false alarm on "a", "on" or "plus";
# the values a runner types, such as today or left, are not in it, but
# English placeholders such as FILE or FROM TO are).
english() {
	printf '%s\n' "$1" |
		sed -E 's/knead( [a-z][a-z-]*)+//g; s/«[^»]*»//g' |
		tr -s ' \t' '\n\n' |
		grep -vE '[-_:./=|0-9@<>]' |
		tr -d '(),;?!"[]' |
		grep -xiE 'the|of|and|with|to|is|are|for|from|not|see|expected|entry|entries|days?|weeks?|before|after|this|that|your|you|will|was|has|have|when|which|what|where|then|than|into|about|only|every|there|their|they|its|been|here|logged|saved|removed|changed|nothing|missing|usage|cannot|should|would|could|duration|name|file|dir|region|side|level|kind|value|path|field|command' |
		sort -u | tr '\n' ' '
}

commands=$(env $FRENCH "$KNEAD" --help | sed -n '/^Commandes/,/^$/p' | sed -n 's/^  \([a-z][a-z]*\) .*/\1/p')
like "$(printf '%s' "$commands" | tr '\n' ' ')" "log .*list .*help" "knead --help lists the commands"
for c in "" $commands; do
	text=$(fr $c --help)
	is "$(english "$text")" "" "knead $c --help is all in French"
	for sub in $(printf '%s\n' "$text" | sed -n "s/^  knead $c \([a-z][a-z]*\)\( .*\)\{0,1\}\$/\1/p" | sort -u); do
		is "$(english "$(fr $c "$sub" --help)")" "" "knead $c $sub --help is all in French"
	done
done

# A small history: two runs, three sore regions (one sharp), a massage, a race.
fr log run 10km 50:00 --kind long --rpe 6 >/dev/null
fr --now 2026-12-06T08:00 log run 21.1km 1:45:00 --kind race >/dev/null
fr log sore calf:left 4 it-band:right 6 >/dev/null
fr log sore achilles:right 6 --sharp >/dev/null
fr log massage sports --date -10d --regions calf:left >/dev/null
fr race add 2027-01-20 Demi 21.1km --priority A >/dev/null
like "$(fr list runs)" "21,10 km" "the history is there"

for c in status next list plan brief articles regions "config list" "race list" \
	"edit runs 1 --rpe 7" undo redo "rm runs 1" undo "log assessed achilles:right" \
	"read first-massage" --version; do
	is "$(english "$(fr $c)")" "" "knead $c speaks French only"
done

# Errors, each a sentence in French.
for c in "log run 10" "log sore calf 4" "log massage foo" "list foo" "rm runs abc" \
	"race add 2027-01-01 X" "race add 2027-01-01 X 10km --priority D" "backup" \
	"edit --move-day 2026-12-08" "log assessed" "read foo" "lsit" "config get general.unit" \
	"plan done nope" "brief --lang de"; do
	is "$(english "$(fr $c)")" "" "knead $c: the error speaks French only"
done

# The words that were English before, named.
unlike "$(fr --help | tail -n 1)" "issue tracker" "--help names where bugs go in French"
like "$(fr log --help)" "log run DISTANCE DURÉE" "log --help names its values in French"
like "$(fr race --help)" "race add DATE NOM DISTANCE" "race --help too"
like "$(fr race add 2027-01-01 X)" "race add DATE NOM DISTANCE" "and race add's usage error"
like "$(fr backup)" "backup FICHIER" "backup's usage error"
like "$(fr edit --move-day 2026-12-08)" "--move-day DE À" "edit --move-day's usage error"

# A race is an épreuve, never a course (which the French messages also use
# for a run): removed, and put back.
race=$(fr list races --json | jq -r '.[0].id')
like "$(joined "$(fr race rm "$race")")" "^Épreuve $race supprimée : l'épreuve Demi du " "race rm says épreuve"
like "$(joined "$(fr undo)")" "remis en place : l'épreuve Demi du " "and so does undo"

# French typography: a line never starts with a colon, a semicolon, ! or ?
# standing alone or a closing guillemet, nor ends with an opening one,
# wherever the wrap at 80 columns falls (race names of every length).
badbreaks=
for k in $(seq 40 79); do
	name=$(printf '%*s' "$k" '' | tr ' ' x)
	text=$(fr race add 2027-02-01 "$name : la « demi » ; fin" 21.1km)
	printf '%s\n' "$text" | grep -qE '^ *([:;!?]|»)( |$)|«$' && badbreaks="$badbreaks $k"
done
is "$badbreaks" "" "no line starts with a French closing mark, at any break"
badbreaks=
for w in $(seq 60 100); do
	width=$w fr plan | grep -qE '^ *([:;!?]|»)( |$)|«$' && badbreaks="$badbreaks $w"
done
unset width
is "$badbreaks" "" "nor in knead plan, at any width"

# The filter itself finds English.
is "$(english "Report bugs to: the knead issue tracker")" "the " "the filter finds an English word"
is "$(english "knead log sore calf:left 4 (runs 3)")" "" "and lets the command line's words be"

done_testing

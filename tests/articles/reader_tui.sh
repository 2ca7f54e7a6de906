#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The TUI's reader at 80 columns: every article, in English (C.UTF-8) and
# French (fr_CA.UTF-8), opens with its whole title in the header (and only
# there: the article's own heading is not repeated below it), shows the
# same wrapped lines as `knead read` at the reader's width (78), and no
# Markdown.  Each article is found by its title on the Articles list (/)
# and opened from there.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux.sh"
. "$top_srcdir/tests/french-lib.sh"

ENGLISH="LC_ALL=C.UTF-8 LANGUAGE="
READER_WIDTH=78
LINES_CHECKED=30

# check_article LANG-ENV SLUG TITLE: in the session on the Articles list,
# finds the article by its title (/), opens it, compares the screen with
# `knead read`, and goes back to the list.
check_article() {
	_env=$1 _slug=$2 _title=$3
	# shellcheck disable=SC2086 # the assignments are split on purpose
	env $_env COLUMNS=$READER_WIDTH "$KNEAD" --db "$T/cli.db" --now "$NOW" read "$_slug" \
		>"$T/cli" 2>/dev/null
	problems=
	keys /
	type_text "$_title"
	keys Enter Enter
	# The position line shows only in the reader.
	if wait_for_any 30 "lines 1-" "lignes 1-"; then
		s=$(screen)
		[ "$(printf '%s\n' "$s" | sed -n 2p | sed 's/^ *//; s/ *$//')" = "$_title" ] ||
			problems="$problems the header is not the whole title;"
		# The reader's text, lines trimmed, against knead read's.
		printf '%s\n' "$s" | sed -n "4,$((4 + LINES_CHECKED))p" |
			sed 's/^ *//; s/ *$//' >"$T/tui"
		printf '%s\n' "$s" | sed -n '3,$p' | grep -qxF -- "$(printf '%s' "$_title" | sed 's/^ *//')" &&
			problems="$problems the title is repeated under the header;"
		# knead read's text after its title and the title's underline.
		sed '1,/^==*$/d' "$T/cli" | sed -n "1,$((LINES_CHECKED + 1))p" |
			sed 's/^ *//; s/ *$//' >"$T/want"
		while IFS= read -r line; do
			[ -n "$line" ] || continue
			grep -qxF -- "$line" "$T/tui" ||
				{ problems="$problems not as knead read lays it out: \"$line\";"; break; }
		done <"$T/want"
		printf '%s\n' "$s" | grep -Eq '\*\*|`|\+\+\+|^ *#|\]\(' &&
			problems="$problems Markdown on screen;"
	else
		problems="$problems the reader did not open;"
	fi
	if [ -z "$problems" ]; then
		ok 0 "$_slug: the reader at 80 columns"
	else
		ok 1 "$_slug: the reader at 80 columns"
		printf '#  %s\n' "$problems"
		show_screen
	fi
	keys q
	wait_gone "lines 1-" && wait_gone "lignes 1-"
}

# One session per language on an empty database; the articles are found
# by title, so that reading one (which reorders the list) changes nothing.
# An empty database for the list's order (a command that only reads never
# creates one).
: >"$T/order.db"
for lang in en fr; do
	if [ "$lang" = en ]; then e=$ENGLISH; else e=$FRENCH; fi
	# shellcheck disable=SC2086
	env $e "$KNEAD" --db "$T/order.db" --now "$NOW" articles --json >"$T/order"
	n=$(jq length "$T/order")
	is "$n" "$(ls "$top_srcdir/data/articles/$lang"/*.md | wc -l)" "$lang: every article is listed"
	DB=$T/reader-$lang.db
	# shellcheck disable=SC2086
	tui_start 80 40 $e
	wait_for "Quit"
	keys 5
	wait_for "$(jq -r '.[0].title' "$T/order")"
	i=0
	while [ "$i" -lt "$n" ]; do
		check_article "$e" "$(jq -r ".[$i].slug" "$T/order")" "$(jq -r ".[$i].title" "$T/order")"
		i=$((i + 1))
	done
	keys q
	wait_exit
	is "$status" 0 "$lang: knead exits cleanly"
	tm_kill_server
done

done_testing

#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The TUI's reader at 80 columns: every article, in English (C.UTF-8) and
# French (fr_CA.UTF-8), opens with its whole title in the header (and only
# there: the article's own heading is not repeated below it), shows the
# same wrapped lines as `knead read` at the reader's width (78), and no
# Markdown.  Each article is opened from the Articles list of an empty
# database, in a fresh session so that reading one does not reorder the list.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux.sh"
. "$top_srcdir/tests/french-lib.sh"

ENGLISH="LC_ALL=C.UTF-8 LANGUAGE="
READER_WIDTH=78
LINES_CHECKED=30

# check_article LANG-ENV INDEX SLUG TITLE: opens the INDEXth article of the
# list and compares the screen with `knead read`.
check_article() {
	_env=$1 _idx=$2 _slug=$3 _title=$4
	# shellcheck disable=SC2086 # the assignments are split on purpose
	env $_env COLUMNS=$READER_WIDTH "$KNEAD" --db "$T/cli.db" --now "$NOW" read "$_slug" \
		>"$T/cli" 2>/dev/null
	DB=$T/$_slug.$(printf '%s' "$_env" | cksum | cut -d' ' -f1).db
	# shellcheck disable=SC2086
	tui_start 80 40 $_env
	problems=
	if wait_for "Quit" 5; then
		keys 5
		keys Home
		_i=0
		while [ "$_i" -lt "$_idx" ]; do
			keys Down
			_i=$((_i + 1))
		done
		keys Enter
		# The position line shows only in the reader.
		if wait_for "lines 1-" 5 || wait_for "lignes 1-" 1; then
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
	else
		problems="$problems the interface did not start;"
	fi
	keys Escape q
	wait_exit || problems="$problems knead did not exit;"
	tm_kill_server
	if [ -z "$problems" ]; then
		ok 0 "$_slug: the reader at 80 columns"
	else
		ok 1 "$_slug: the reader at 80 columns"
		printf '#  %s\n' "$problems"
		show_screen
	fi
}

# An empty database for the list's order (a command that only reads never
# creates one).
: >"$T/order.db"
for lang in en fr; do
	if [ "$lang" = en ]; then e=$ENGLISH; else e=$FRENCH; fi
	# shellcheck disable=SC2086
	env $e "$KNEAD" --db "$T/order.db" --now "$NOW" articles --json >"$T/order"
	n=$(jq length "$T/order")
	is "$n" "$(ls "$top_srcdir/data/articles/$lang"/*.md | wc -l)" "$lang: every article is listed"
	i=0
	while [ "$i" -lt "$n" ]; do
		slug=$(jq -r ".[$i].slug" "$T/order")
		title=$(jq -r ".[$i].title" "$T/order")
		check_article "$e" "$i" "$slug" "$title"
		i=$((i + 1))
	done
done

done_testing

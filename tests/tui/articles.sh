#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The Articles list: / searches the titles (and why each is there), Enter
# opens the match; a click selects an article and a second click on it
# opens it.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux.sh"

# row_of TEXT: the screen row (0-based) of the first line holding TEXT.
row_of() {
	screen | awk -v t="$1" 'index($0, t) { print NR - 1; exit }'
}

tui_start 100 30
wait_for "Phase"
keys 5
wait_for "Your first massage"
ok $? "Articles lists the articles"

# Search: the plantar fascia's article is far down the list.
keys /
type_text "plantar"
keys Enter
keys Enter
wait_for "lines 1-"
ok $? "/ then Enter opens the article found"
is "$(screen | sed -n 2p | sed 's/^ *//; s/ *$//')" \
	"Plantar fascia: heel pain in the morning and what massage can do" \
	"the one whose title matches the search"
keys q
wait_gone "lines 1-"

# A click selects, a second click on the same article opens it.
title="How often should a runner book a massage?"
keys Home
wait_for "$title"
row=$(row_of "$title")
click "$row" 10
click "$row" 10
wait_for "lines 1-"
ok $? "a click on the selected article opens it"
is "$(screen | sed -n 2p | sed 's/^ *//; s/ *$//')" "$title" "the article clicked"
keys q q
wait_exit
is "$status" 0 "knead exits cleanly"

done_testing

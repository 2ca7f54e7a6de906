#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Choice fields: typing the start of a choice picks it ("rec" is recovery,
# "r" alone the first choice with an r, and a second letter refines);
# the common kinds come first; the help says so.  In French, the French
# names, accents aside.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux.sh"

tui_start 80 24
wait_for "Phase"
keys c
wait_for "Soreness now"
keys Tab Tab Tab
wait_for "◂ easy ▸"
ok $? "the kind starts on easy, the most common"
keys r
wait_for "◂ recovery ▸"
ok $? "r picks recovery (common kinds come before race)"
keys a
wait_for "◂ race ▸"
ok $? "ra refines to race"
keys Right Right
wait_for "◂ long ▸"
keys r e c
wait_for "◂ recovery ▸"
ok $? "rec picks recovery"
keys l
wait_for "◂ long ▸"
ok $? "a letter that matches nothing more starts over (l: long)"
keys F1
wait_for "Keys"
like "$(screen | tr -s ' ')" "In a choice: type its" "the help says how choices work"
keys Escape
keys Escape y
wait_for "Phase"
keys q
wait_exit

. "$top_srcdir/tests/french-lib.sh"
tui_start 80 24 $FRENCH
wait_for "Aujourd'hui"
keys c
wait_for "Douleurs actuelles"
keys Tab Tab Tab
keys r e c
wait_for "◂ récupération ▸"
ok $? "in French, rec picks récupération (accents aside)"
keys Escape o
wait_for "Aujourd'hui"
keys q
wait_exit

done_testing

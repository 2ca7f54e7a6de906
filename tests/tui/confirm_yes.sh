#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# A question's yes is the runner's language's (o for oui in French, in
# either case), and y answers yes in every language.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux.sh"

. "$top_srcdir/tests/french-lib.sh"

for d in -3d -2d yesterday; do
	"$KNEAD" --db "$DB" --now "$NOW" log run 8km 45:00 --date $d >/dev/null
done
count() { sql "SELECT count(*) FROM runs"; }

tui_start 100 30 $FRENCH
wait_for "Aujourd'hui"
keys 3
wait_for "Courses (3)"
keys d
wait_for "(o/n)"
ok $? "the question shows o/n in French"
keys n
wait_gone "(o/n)"
is "$(count)" "3" "n keeps the run"
keys d o
wait_for "Courses (2)"
ok $? "o answers yes"
is "$(count)" "2" "and the run is deleted"
keys d O
wait_for "Courses (1)"
ok $? "O answers yes too"
keys d y
wait_for "Courses (0)"
ok $? "and y still does"
is "$(count)" "0" "every run asked about is deleted"

done_testing

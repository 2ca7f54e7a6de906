#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# A mistyped --db: brief and plan only read, and undo, redo, rm and edit
# have nothing to change in a database that is not there.  None of them
# creates it (nor its folder); each says there is no such database, naming
# the path, and exits 2, in English and in French.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/french-lib.sh"
NOW=2026-11-23T18:30

for cmd in "brief" "plan" "undo" "redo" "rm runs 1" "edit runs 1 --rpe 5" \
	"edit --move-day 2026-11-22 2026-11-21" "race rm 1"; do
	rm -rf "$T/typo"
	DB=$T/typo/knead.db
	# shellcheck disable=SC2086
	run --now $NOW $cmd
	is "$rc" 2 "$cmd on a missing --db: exit 2"
	like "$err" "there is no database $DB \(check --db or KNEAD_DB\)" \
		"$cmd on a missing --db: the path named"
	ok "$(test ! -e "$T/typo"; echo $?)" "$cmd on a missing --db: nothing created"
	rm -rf "$T/typo"
	# shellcheck disable=SC2086
	fr $cmd
	is "$rc" 2 "$cmd, in French: exit 2"
	like "$err" "il n'y a pas de base de données $DB \(vérifiez --db ou KNEAD_DB\)" \
		"$cmd, in French: the path named"
	ok "$(test ! -e "$T/typo"; echo $?)" "$cmd, in French: nothing created"
done

# The real database still works for them.
DB=$T/real.db
run --now $NOW log run 10km 52:30
run --now $NOW undo
is "$rc" 0 "undo on a real database"
run --now $NOW redo
is "$rc" 0 "redo on a real database"
run --now $NOW plan
is "$rc" 0 "plan on a real database"

done_testing

#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# knead log run of a run already logged (within an hour of one that day,
# or of its distance): saved, as a script expects, but never silently; the
# warning names the other run and the way back, in English and in French.
# Another run that day, hours apart and of another distance, is no repeat.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/french-lib.sh"
NOW=2026-11-23T07:00

run --now $NOW log run 10km 52:00
is "$rc:$err" "0:" "the first run: no warning"
run --now $NOW log run 10km 52:00
is "$rc" 0 "the same run again: saved (exit 0)"
like "$err" "warning: run 1, at 07:00 that day, looks like the same run \(knead undo removes this one\)" \
	"but it warns, naming run 1"
is "$(sql 'SELECT count(*) FROM runs')" 2 "both are there"
run --now $NOW undo
is "$(sql 'SELECT group_concat(id) FROM runs')" 1 "knead undo removes the repeat"
run --now 2026-11-23T18:00 log run 5km 25:00
is "$rc:$err" "0:" "an evening run of another distance: no warning"
fr log run 10km 52:00 --date 2026-11-23T07:30
is "$rc" 0 "French: saved"
like "$err" "avertissement : la course 1, à 07:00 ce jour-là, semble être la même \(knead undo retire celle-ci\)" \
	"French: the warning in French"

done_testing

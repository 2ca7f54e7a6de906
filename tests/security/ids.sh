#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# ids.sh - stable identities: deleting the newest run
# and logging a new one never reuses its id, so the new long run's
# after-run reminder (keyed by id) is not taken for one already sent; and
# the reminder keys of different kinds cannot collide (distinct prefixes).
. "$top_srcdir/tests/lib.sh"

printf '[reminders]\ncheckin_enabled = false\nbooking_enabled = false\nrace_enabled = false\nprofessional_enabled = false\nafter_run_enabled = true\n' >"$CONF"
run --now 2026-11-20T07:00 log run 25km 2:30:00 --kind long
like "$out" "Logged run 1:" "a first long run is run 1"
# Its after-run reminder was sent.
sql "INSERT INTO reminders (key, kind, sent_at) VALUES ('after-run:1', 'after_run', '2026-11-21T08:00:00')"
run rm runs 1
is "$rc" 0 "run 1 is removed"
run --now 2026-11-22T07:00 log run 25km 2:30:00 --kind long
like "$out" "Logged run 2:" "the next run gets a new id, not 1 again"
run --config "$CONF" --now 2026-11-23T09:00 remind --dry-run
like "$out" "after-run:2" "its after-run reminder is due, not taken for the one sent"

# Every kind of entry (the undo journal's list of tables).
for t in $(sql "SELECT id FROM entry_tables ORDER BY id"); do
	is "$(sql "SELECT count(*) FROM sqlite_master WHERE name = '$t' AND sql LIKE '%AUTOINCREMENT%'")" 1 \
		"$t: ids are AUTOINCREMENT (never reused)"
done
run --now 2026-11-22T08:00 race add 2026-12-20 Winter 10km
run --now 2026-11-22T08:00 race rm "$(sql "SELECT id FROM races")"
run --now 2026-11-22T08:00 race add 2026-12-20 Winter 10km
is "$(sql "SELECT id FROM races")" 2 "a race added after one removed gets a new id too"

# Every key starts with its kind: "after-run:2" can never be mistaken for
# another kind's key, whatever the ids and dates.
run --config "$CONF" --now 2026-11-23T09:00 remind --dry-run
is "$(printf '%s\n' "$out" | grep -Eo '[a-z-]+:[0-9][^ ]*' | grep -Evc '^(checkin|booking-due|booking-overdue|race-window|after-run|after-race|professional|snooze[a-z-]*):')" 0 \
	"every key is prefixed with its kind"

done_testing

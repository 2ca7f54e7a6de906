#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# tests/notify/quiet.sh - quiet hours hold reminders and release them when
# they end, across midnight or within a day; a disabled kind stays silent.
. "${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/notify/env.sh"
start_desktop

checkin_body() {
	echo "Time for your knead check-in | Nothing logged for $1 yet: log your run and what is sore (open knead, or use knead log)."
}

# Quiet from 22:00 to 07:00, check-in at 23:00: held overnight.
config checkin "checkin = 23:00" "quiet_start = 22:00" "quiet_end = 07:00"
remind 2026-11-23T23:00
is "$rc/$(new_notes)" "0/" "across midnight: held at 23:00"
remind 2026-11-23T23:59
is "$(new_notes)" "" "across midnight: still held before midnight"
remind 2026-11-24T06:59
is "$(new_notes)" "" "across midnight: still held after midnight"
remind 2026-11-24T07:00
is "$(new_notes)" "$(checkin_body "Monday 2026-11-23")" \
	"across midnight: released at 07:00, for the day it was about"
remind 2026-11-24T07:30
is "$(new_notes)" "" "across midnight: released once"
remind 2026-11-24T23:00
is "$(new_notes)" "" "across midnight: the next day's check-in is held in turn"
remind 2026-11-25T07:00
is "$(new_notes)" "$(checkin_body "Tuesday 2026-11-24")" \
	"across midnight: and released the next morning"

# Quiet within the day (13:00 to 14:00), check-in at 13:15.
rm -f "$DB" "$DB-wal" "$DB-shm"
config checkin "checkin = 13:15" "quiet_start = 13:00" "quiet_end = 14:00"
remind 2026-11-23T13:15
is "$(new_notes)" "" "within a day: held at 13:15"
remind 2026-11-23T13:59
is "$(new_notes)" "" "within a day: held at 13:59"
remind 2026-11-23T14:00
is "$(new_notes)" "$(checkin_body "Monday 2026-11-23")" "within a day: released at 14:00"

# No quiet hours (start = end): 03:00 is a time like any other.
rm -f "$DB" "$DB-wal" "$DB-shm"
config checkin "checkin = 03:00" "quiet_start = 00:00" "quiet_end = 00:00"
remind 2026-11-23T03:00
is "$(new_notes)" "$(checkin_body "Monday 2026-11-23")" "no quiet hours: sent at 03:00"

# Disabled in the config file: nothing, and nothing recorded.
rm -f "$DB" "$DB-wal" "$DB-shm"
config "booking race after_run professional" "checkin = 19:00"
remind 2026-11-23T20:00
is "$rc/$(new_notes)" "0/" "disabled: no check-in reminder"
is "$(sql "SELECT count(*) FROM reminders")" 0 "disabled: nothing recorded"

done_testing

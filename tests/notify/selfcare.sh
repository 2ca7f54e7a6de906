#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# tests/notify/selfcare.sh - the evening self-care reminder through a real
# notification server (dunst): off unless [reminders] selfcare sets a time;
# then the plan's first item at that time, once a day, held by quiet
# hours, never for an item already ticked; the daemon offers "Done", which
# ticks the item, and "Open knead".
. "${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/notify/env.sh"
start_desktop

# A tempo run yesterday and a sore right calf: a plan that starts with
# compression.
config ""
at 2026-11-22T12:00 log run 10km 45:00 --kind tempo --rpe 7 --date 2026-11-22
at 2026-11-23T18:00 log sore calf:right 5
body="Compress: compression socks or tights for a few hours this evening; snug, never painful."

remind 2026-11-23T21:00
is "$rc/$(new_notes)" "0/" "off by default: nothing at 21:00"

config "" "selfcare = 21:00"
remind 2026-11-23T20:59
is "$rc/$(new_notes)" "0/" "nothing before its time"
remind 2026-11-23T21:00
is "$rc" 0 "knead remind succeeds"
is "$(new_notes)" \
	"Tonight's self-care | $body knead plan has the rest; knead plan done ID ticks an item." \
	"at 21:00, the plan's first item, and what to type (a one-shot run waits for no action)"
remind 2026-11-23T21:30
is "$rc/$(new_notes)" "0/" "once a day"
is "$(sql "SELECT key || ' ' || kind FROM reminders")" "selfcare:2026-11-23:compress selfcare" \
	"recorded under its day and item"

# An item already ticked: no reminder for it (two days after the tempo,
# the plan starts with rolling the calf).
at 2026-11-24T18:00 log sore calf:right 5
at 2026-11-24T18:00 plan done roll-calf-right
remind 2026-11-24T21:00
is "$rc/$(new_notes)" "0/" "nothing for an item already ticked (no nagging)"

# Quiet hours hold it; past midnight it is gone.
config "" "selfcare = 23:00"
at 2026-11-25T18:00 log sore calf:right 5
remind 2026-11-25T23:00
is "$rc/$(new_notes)" "0/" "inside quiet hours: held"
remind 2026-11-26T08:00
is "$(new_notes)" "" "and not sent the next morning as if it were current"

# The daemon: Done ticks the item, as knead plan done does.
rm -f "$DB" "$DB-wal" "$DB-shm"
config "" "selfcare = 21:00"
at 2026-11-22T12:00 log run 10km 45:00 --kind tempo --rpe 7 --date 2026-11-22
at 2026-11-23T18:00 log sore calf:right 5
"$KNEAD" --db "$DB" --config "$CONF" --now 2026-11-23T21:00 remind --daemon \
	>"$T/daemon.out" 2>"$T/daemon.err" &
daemon=$!
trap 'kill "$daemon" 2>/dev/null; stop_desktop; rm -rf "$T"' EXIT
wait_for 30 sh -c '[ "$(dunstctl count displayed)" -gt 0 ]'
ok $? "daemon: the reminder is shown"
invoke_action done
wait_for 30 sh -c "[ \"\$(sqlite3 -batch '$DB' 'SELECT count(*) FROM selfcare_done')\" = 1 ]"
ok $? "Done: the item is ticked"
is "$(sql "SELECT day || ' ' || item || ' ' || action FROM selfcare_done")" \
	"2026-11-23 compress compress" "Done ticks today's compress item"
kill -TERM "$daemon"
wait "$daemon"
daemon=
is "$(cat "$T/daemon.err")" "" "daemon: nothing on stderr"

done_testing

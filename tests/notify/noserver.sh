#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# tests/notify/noserver.sh - without a notification server knead remind
# fails loudly, records nothing, and the next run with a server delivers.
. "${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/notify/env.sh"
start_x || { echo "Bail out! cannot start Xvfb"; exit 1; }

config "checkin race" "checkin = 19:00"
at 2026-11-01T12:00 race add 2026-11-25 "Half" 21.1km --priority B

# No session bus at all (and no X display to start one from).
mkdir -p "$T/run"
out=$(env -u DBUS_SESSION_BUS_ADDRESS -u DISPLAY -u WAYLAND_DISPLAY XDG_RUNTIME_DIR="$T/run" \
	"$KNEAD" --db "$DB" --config "$CONF" --now 2026-11-23T19:00 remind 2>"$T/stderr")
rc=$?
err=$(cat "$T/stderr")
is "$rc" 1 "no bus: exit status 1"
like "$err" "^knead: cannot send reminders: there is no D-Bus session bus \(.+\)" \
	"no bus: the error names the missing bus"
is "$(sql "SELECT count(*) FROM reminders")" 0 "no bus: nothing recorded as sent"

# A bus with no notification server on it.
remind 2026-11-23T19:00
is "$rc" 1 "no server: exit status 1"
like "$err" "^knead: cannot send reminders: no notification server on the D-Bus session bus \(.*org\.freedesktop\.Notifications.*\)" \
	"no server: the error names the missing server"
is "$(printf '%s\n' "$err" | wc -l | tr -d ' ')" 1 "no server: one line of error"
is "$(sql "SELECT count(*) FROM reminders")" 0 "no server: nothing recorded as sent"

# --dry-run needs no server, and records nothing either.
remind 2026-11-23T19:00 --dry-run
is "$rc" 0 "dry run: works without a server"
like "$out" "checkin:2026-11-23" "dry run: lists the pending check-in"
like "$out" "race-window:1:2026-11-25" "dry run: lists the pending race window"
is "$(sql "SELECT count(*) FROM reminders")" 0 "dry run: nothing recorded"

# With a server, a later run delivers what was pending.
start_dunst || { echo "Bail out! cannot start dunst"; exit 1; }
remind 2026-11-23T19:20
is "$rc" 0 "server back: exit status 0"
got=$(new_notes)
like "$got" "^Time for your knead check-in \| Nothing logged for Monday 2026-11-23" \
	"server back: the pending check-in is delivered"
like "$got" "Race window: Half \| Race on Wednesday 2026-11-25" \
	"server back: the pending race window is delivered"
is "$(sql "SELECT count(*) FROM reminders")" 2 "server back: both recorded"
remind 2026-11-23T19:20 --dry-run
like "$out" "^Nothing to send\." "dry run: nothing left to send"

# The server goes away again: the next day's check-in waits for it.
stop_dunst
remind 2026-11-24T19:00
is "$rc" 1 "server gone: exit status 1"
is "$(sql "SELECT count(*) FROM reminders WHERE key = 'checkin:2026-11-24'")" 0 \
	"server gone: the check-in is not recorded"
start_dunst || { echo "Bail out! cannot start dunst"; exit 1; }
echo 0 >"$T/seen"
remind 2026-11-24T19:05
like "$(new_notes)" "Nothing logged for Tuesday 2026-11-24" "server gone: delivered once it is back"

done_testing

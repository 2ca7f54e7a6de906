#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# tests/notify/actions.sh - what a notification carries (as the server
# receives it on the bus: icon, desktop-entry, category, urgency, actions)
# and what its actions do: "Book" opens the booking address through the
# desktop's handler, "Open knead" and "Log it" open knead in a terminal on
# the right screen (both handlers replaced by recorders, env.sh).
. "${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/notify/env.sh"
start_desktop
start_monitor

logged() { # logged FILE TEXT
	grep -qxF -- "$2" "$1" 2>/dev/null
}
wait_for 30 test -s "$T/monitor.log"

# --- a one-shot run: no actions (it cannot wait for them), the body says
# what to type; the icon, desktop entry, category and urgency are there.
config booking "[therapist]" "name = Marie" "phone = 514 555-0100" \
	"booking_url = https://book.example.org/marie?x=1&y=2"
at 2026-11-01T12:00 log massage sports --date 2026-11-01
remind 2026-11-28T08:00
is "$rc" 0 "one-shot: a booking reminder is sent"
wait_for 30 has_calls 1
c=$(call 1)
like "$c" '^ ?string "knead" uint32 0 string "knead" string "Time to book a massage"' \
	"one-shot: app name knead, icon knead"
like "$c" 'string "desktop-entry" variant string "knead"' "one-shot: the desktop-entry hint names knead.desktop"
like "$c" 'string "category" variant string "x-knead.booking"' "one-shot: a category"
like "$c" 'string "urgency" variant byte 0' "one-shot: a booking that is merely due is low urgency"
like "$c" 'array \[ \] array' "one-shot: no actions, since the run does not wait for them"
like "$c" 'Book at https://book.example.org/marie\?x=1&amp;y=2; knead next has the details\.' \
	"one-shot: the body says where to book and what to type"

# --- the daemon: actions, where the server shows them (dunst does).
rm -f "$DB" "$DB-wal" "$DB-shm"
at 2026-11-01T12:00 log massage sports --date 2026-11-01
"$KNEAD" --db "$DB" --config "$CONF" --now 2026-11-30T12:00 remind --daemon \
	>"$T/daemon.out" 2>"$T/daemon.err" &
daemon=$!
wait_for 30 has_calls 2
c=$(call 2)
like "$c" 'string "Your next massage is overdue"' "daemon: the overdue booking"
like "$c" 'array \[ string "default" string "Open knead" string "book" string "Book" string "snooze" string "Snooze 1 h" \]' \
	"daemon: Open knead (default), Book, Snooze 1 h"
like "$c" 'string "urgency" variant byte 1' "daemon: an overdue booking is normal urgency"
unlike "$c" 'knead next has the details' "daemon: with actions, no typing hint"

# The menu only offers a notification dunst shows: wait until it does.
wait_for 30 sh -c '[ "$(dunstctl count displayed)" -gt 0 ]'
ok $? "daemon: dunst shows the overdue booking"
invoke_action book
wait_for 30 logged "$T/uri.log" "https://book.example.org/marie?x=1&y=2"
ok $? "Book: the booking page opens through the desktop's handler for https:"

# A long run logged yesterday: the morning-after reminder, with "Log it".
config "booking after_run" "[therapist]" "name = Marie" "email = marie+rdv@example.org"
kill -HUP "$daemon"
at 2026-11-30T12:00 log run 30km 2:40:00 --kind long --date 2026-11-29
wait_for 30 has_calls 3
c=$(call 3)
# Within a minute of the overdue booking, and about booking too: it joins
# that notification (the server replaces it) rather than prompting again.
like "$c" 'uint32 [1-9][0-9]* string "knead" string "Your next massage is overdue"' \
	"daemon: the morning after a long run joins the booking's notification"
like "$c" 'The morning after your long run: Yesterday.s long run \(30\.00 km\)' \
	"  its title and text are in the body"
like "$c" 'string "default" string "Open knead" string "book" string "Book" string "log" string "Log it" string "snooze"' \
	"  it offers Log it too"
like "$c" 'string "urgency" variant byte 1' "  at the urgency of the most pressing"
wait_for 30 sh -c '[ "$(dunstctl count displayed)" -gt 0 ]'
invoke_action log
wait_for 30 test -s "$T/terminal.log"
is "$(tr '\n' ' ' <"$T/terminal.log")" \
	"-e $top_builddir/knead --screen checkin --db $DB --config $CONF " \
	"Log it: knead on the check-in, in a terminal, as the desktop file says, same database"
: >"$T/terminal.log"
invoke_action default
wait_for 30 test -s "$T/terminal.log"
is "$(tr '\n' ' ' <"$T/terminal.log")" "-e $top_builddir/knead --db $DB --config $CONF " \
	"Open knead: knead on Today (the desktop file's main entry)"
is "$(cat "$T/daemon.err")" "" "daemon: nothing on stderr"
kill -TERM "$daemon"
wait "$daemon"
daemon=

# Flagged pain is critical.
rm -f "$DB" "$DB-wal" "$DB-shm"
config professional
for d in 2026-11-20 2026-11-21 2026-11-22; do
	at "${d}T12:00" log sore calf:left 8
done
# The daemon may have sent more before it stopped (a new booking after the
# long run): the professional's call is the one after them.
n0=$(calls)
remind 2026-11-23T09:00
wait_for 30 has_calls $((n0 + 1))
c=$(call $((n0 + 1)))
like "$c" 'string "See a professional' "a region to show a professional"
like "$c" 'string "urgency" variant byte 2' "  is critical"
like "$c" 'string "category" variant string "x-knead.professional"' "  in its own category"

done_testing

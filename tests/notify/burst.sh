#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# tests/notify/burst.sh - one prompt per event: reminders about booking
# (the booking prompts and the morning after a long run) that fire
# together are one notification, and those that fire within a minute of
# it join it (the server replaces it) instead of prompting again.  Counts
# the Notify calls on the bus.
. "${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/notify/env.sh"
start_desktop
start_monitor

prompts() { # the Notify calls that make a new notification (replaces_id 0)
	awk '/member=Notify/ { n = 1; next } n == 1 { n = 2; next }
	     n == 2 { if ($0 ~ /uint32 0$/) k++; n = 0 } END { print k + 0 }' "$T/monitor.log"
}
sent() { # the reminders the daemon says it sent
	grep -c '^Sent: ' "$T/daemon.out"
}
has_sent() {
	[ "$(sent)" -ge "$1" ]
}
# settled N: the daemon has sent N reminders, finished its pass, and each
# Notify call it made has reached the bus.
settled() {
	has_sent "$1" && tail -n 1 "$T/daemon.out" | grep -q '^Sleeping until' &&
		[ "$(calls)" -ge 1 ]
}
# shows_all_sent CALL: CALL shows the title of every reminder sent, the
# first as its summary, the others in its body.
shows_all_sent() {
	sed -n 's/^Sent: \(.*\) ([a-z-]*:[^)]*)$/\1/p' "$T/daemon.out" >"$T/titles"
	while IFS= read -r _t; do
		printf '%s\n' "$1" | grep -qF -e "string \"$_t\" string" -e "$_t: "
		ok $? "  it shows \"$_t\""
	done <"$T/titles"
}
wait_for 30 test -s "$T/monitor.log"

# --- At once: a long run logged for yesterday and a booking due, when the
# daemon starts: two reminders, one notification.
config "booking after_run"
at 2026-11-01T12:00 log massage sports --date 2026-11-01
at 2026-11-30T07:00 log run 30km 2:40:00 --kind long --date 2026-11-29
"$KNEAD" --db "$DB" --config "$CONF" --now 2026-11-30T12:00 remind --daemon \
	>"$T/daemon.out" 2>"$T/daemon.err" &
daemon=$!
wait_for 30 settled 2
ok $? "the daemon sends the two reminders due at its start"
wait_for 30 has_calls 1
is "$(calls)" 1 "  in one Notify call"
c=$(call 1)
shows_all_sent "$c"
kill -TERM "$daemon"
wait "$daemon"
dunstctl close-all
received0=$(received)

# --- The issue's burst: the daemon runs and has prompted for the overdue
# massage; the runner then logs yesterday's long run.
rm -f "$DB" "$DB-wal" "$DB-shm"
: >"$T/monitor.log"
at 2026-11-01T12:00 log massage sports --date 2026-11-01
"$KNEAD" --db "$DB" --config "$CONF" --now 2026-11-30T12:00 remind --daemon \
	>"$T/daemon.out" 2>"$T/daemon.err" &
daemon=$!
wait_for 30 settled 1
ok $? "the overdue booking is sent"
wait_for 30 has_calls 1
before=$(sent)
at 2026-11-30T12:00 log run 30km 2:40:00 --kind long --date 2026-11-29
wait_for 30 settled $((before + 1))
ok $? "the long run brings more reminders ($(sent) sent in all)"
wait_for 30 has_calls 2
is "$(prompts)" 1 "one prompt for $(sent) reminders: the later ones join the first notification"
c=$(call "$(calls)")
like "$c" '^ ?string "knead" uint32 [1-9][0-9]* ' "  the server is asked to replace it"
shows_all_sent "$c"
is "$(($(received) - received0))" 1 "  dunst received one notification"
is "$(cat "$T/daemon.err")" "" "nothing on stderr"
kill -TERM "$daemon"
wait "$daemon"
daemon=

done_testing

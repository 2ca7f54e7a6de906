#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# tests/notify/daemon.sh - knead remind --daemon sleeps until a reminder
# falls due and sends it on time, wakes when the database changes, rereads
# its settings on SIGHUP, offers a snooze, and stops cleanly on SIGTERM.
#
# --now starts the daemon's clock six seconds before the check-in time;
# from there it runs in real time.
. "${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/notify/env.sh"
start_desktop

# cpu_ticks PID: user + system time, in clock ticks (/proc/PID/stat fields
# 14 and 15, counted after the parenthesised command name).
cpu_ticks() {
	sed 's/^.*) //' "/proc/$1/stat" | awk '{ print $12 + $13 }'
}

in_log() {
	grep -q -- "$1" "$T/daemon.out"
}
displayed() {
	[ "$(dunstctl count displayed 2>/dev/null)" -gt 0 ] 2>/dev/null
}
now_ms() {
	date +%s%3N
}

config "checkin after_run" "checkin = 19:00"
at 2026-11-01T12:00 race add 2026-11-25 "Half" 21.1km --priority A
at 2026-11-22T12:00 log sore calf:left 1 # the day before is done

start_ms=$(now_ms)
"$KNEAD" --db "$DB" --config "$CONF" --now 2026-11-23T18:59:54 remind --daemon \
	>"$T/daemon.out" 2>"$T/daemon.err" &
daemon=$!
wait_for 30 in_log "Sleeping until 2026-11-23T19:00:00"
ok $? "asleep until the check-in time"

# Asleep: no CPU time over three seconds, and nothing sent early.
ticks0=$(cpu_ticks "$daemon")
sleep 3
ticks1=$(cpu_ticks "$daemon")
ok "$([ $((ticks1 - ticks0)) -le 2 ] && echo 0 || echo 1)" \
	"no CPU time while asleep ($((ticks1 - ticks0)) ticks in 3 s)"
is "$(new_notes)" "" "nothing before the check-in time"

wait_for 40 displayed
sent_ms=$(now_ms)
elapsed=$((sent_ms - start_ms))
# Never early; the upper bound only catches a daemon that missed its time
# and woke at some later event (a loaded machine may be seconds late).
ok "$([ "$elapsed" -ge 5000 ] && [ "$elapsed" -le 30000 ] && echo 0 || echo 1)" \
	"the check-in comes on time (due 6 s after the start, came after $elapsed ms)"
is "$(new_notes)" \
	"Time for your knead check-in | Nothing logged for Monday 2026-11-23 yet: log your run and what is sore (open knead, or use knead log)." \
	"the check-in reminder"
wait_for 30 in_log "Sleeping until 2026-11-24T19:00:00"
ok $? "then asleep until the next day's check-in"

# A change to the database wakes it: a long run logged for yesterday.
at 2026-11-23T19:00:30 log run 30km 2:40:00 --kind long --date 2026-11-22
wait_for 30 displayed
like "$(new_notes)" "^The morning after your long run \| Yesterday's long run \(30.00 km\)" \
	"a run logged meanwhile wakes it"

# SIGHUP rereads the settings: race windows turned on.
config "checkin after_run race" "checkin = 19:00"
kill -HUP "$daemon"
wait_for 30 displayed
ok $? "SIGHUP: the race window falls due under the new settings"
# Snooze: dunst invokes the only action of the shown notification.
invoke_action snooze
wait_for 30 in_log 'Snoozed "Race window: Half" until 2026-11-23T20:0'
ok $? "the notification offers Snooze 1 h, which holds it for an hour"
like "$(new_notes)" "^Race window: Half \| Race on Wednesday 2026-11-25" "SIGHUP: the race window"
in_log "Settings reloaded from $CONF"
ok $? "SIGHUP: says it reloaded"
wait_for 30 in_log "Sleeping until 2026-11-23T20:0"
ok $? "asleep until the snooze is over"

ticks0=$(cpu_ticks "$daemon")
sleep 2
ticks1=$(cpu_ticks "$daemon")
ok "$([ $((ticks1 - ticks0)) -le 2 ] && echo 0 || echo 1)" \
	"still no CPU time while asleep ($((ticks1 - ticks0)) ticks in 2 s)"

is "$(sql "SELECT group_concat(key, ' ') FROM (SELECT key FROM reminders ORDER BY id)")" \
	"checkin:2026-11-23 after-run:1 race-window:1:2026-11-25" "each reminder recorded once"

kill -TERM "$daemon"
wait "$daemon"
is "$?" 0 "SIGTERM: exits with status 0"
like "$(tail -n 1 "$T/daemon.out")" "^Stopped\.$" "SIGTERM: says it stopped"
is "$(cat "$T/daemon.err")" "" "nothing on stderr"

# The snooze is kept on the reminder's row: it outlives the daemon.  A new
# daemon, its clock five seconds before the hour is up, shows it again.
held=$(sql "SELECT held_until FROM reminders WHERE key = 'race-window:1:2026-11-25'")
like "$held" '^2026-11-23T20:0' "the snooze is kept in the database (until $held)"
"$KNEAD" --db "$DB" --config "$CONF" \
	--now "$(sql "SELECT strftime('%Y-%m-%dT%H:%M:%S', '$held', '-5 seconds')")" \
	remind --daemon >"$T/daemon.out" 2>"$T/daemon.err" &
daemon=$!
wait_for 30 in_log "Sleeping until $held"
ok $? "restarted: asleep until the snooze is over"
wait_for 40 displayed
like "$(new_notes)" "^Race window: Half \| Race on Wednesday 2026-11-25" \
	"restarted: the snoozed reminder comes back at the end of its hour"
wait_for 30 in_log "Sent: Race window: Half (snooze:$held|race-window:1:2026-11-25)"
ok $? "restarted: and says so"
is "$(sql "SELECT count(*) FROM reminders WHERE key = 'snooze:$held|race-window:1:2026-11-25'")/$(sql "SELECT count(*) FROM reminders WHERE held_until IS NOT NULL")" \
	"1/0" "restarted: recorded under its snooze key, nothing held any more"
kill -TERM "$daemon"
wait "$daemon"
is "$?:$(cat "$T/daemon.err")" "0:" "restarted: stops cleanly"

# Without a notification server the daemon does not start.
stop_dunst
"$KNEAD" --db "$DB" --config "$CONF" remind --daemon >"$T/daemon.out" 2>"$T/daemon.err"
is "$?" 1 "no server: exit status 1"
like "$(cat "$T/daemon.err")" "no notification server on the D-Bus session bus" \
	"no server: says so"

done_testing

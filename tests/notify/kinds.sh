#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# tests/notify/kinds.sh - each kind of reminder reaches a real notification
# server (dunst) at the right time, not before, and only once.
. "${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/notify/env.sh"
start_desktop

# --- the daily check-in ---------------------------------------------------
config checkin "checkin = 19:00"
at 2026-11-22T12:00 log sore calf:left 1 # the day before is done
remind 2026-11-23T18:59
is "$rc/$(new_notes)" "0/" "check-in: nothing before the check-in time"
remind 2026-11-23T19:00
is "$rc" 0 "check-in: knead remind succeeds"
is "$(new_notes)" \
	"Time for your knead check-in | Nothing logged for Monday 2026-11-23 yet: log your run and what is sore (open knead, or use knead log)." \
	"check-in: sent at 19:00 with the day"
like "$out" "checkin:2026-11-23" "check-in: knead remind says what it sent"
remind 2026-11-23T19:30
is "$rc/$(new_notes)" "0/" "check-in: a second run sends nothing new"
is "$(sql "SELECT key, kind FROM reminders")" "checkin:2026-11-23|checkin" \
	"check-in: recorded once, under its event key"
at 2026-11-24T12:00 log sore calf:left 3
remind 2026-11-24T19:00
is "$(new_notes)" "" "check-in: nothing when something was logged that day"
remind 2026-11-25T21:30
is "$(new_notes)" \
	"Time for your knead check-in | Nothing logged for Wednesday 2026-11-25 yet: log your run and what is sore (open knead, or use knead log)." \
	"check-in: missed at 19:00 (machine off), it comes when the machine is back that evening"
remind 2026-11-27T09:00
is "$(new_notes)" "" \
	"check-in: missed all evening, it does not come the next morning as if it were current"

# --- booking the next massage ---------------------------------------------
# No runs: not training, a session every 28 days after the last one, so
# the one after 2026-11-01 is for 2026-11-29 (advice.h, rule 1).
rm -f "$DB" "$DB-wal" "$DB-shm"
config booking "[therapist]" "name = Marie <i>&</i>" "phone = 514-555-0100"
at 2026-11-01T12:00 log massage sports --date 2026-11-01
remind 2026-11-27T12:00
is "$(new_notes)" "" "booking: nothing while the date is days away"
remind 2026-11-28T07:59
is "$(new_notes)" "" "booking: held by the quiet hours until 08:00"
remind 2026-11-28T08:00
notes_due=$(new_notes)
like "$notes_due" "^Time to book a massage \| Suggested: .+ on Sunday 2026-11-29\." \
	"booking: due the day before its date, naming date and kind"
like "$notes_due" "Book with Marie &lt;i&gt;&amp;&lt;/i&gt; \(514-555-0100\)\. knead next has the details\.$" \
	"booking: names the therapist, markup escaped"
remind 2026-11-29T12:00
is "$(new_notes)" "" "booking: the same suggestion is not sent again"
remind 2026-11-30T12:00
like "$(new_notes)" \
	"^Your next massage is overdue \| Last massage on Sunday 2026-11-01, 29 days ago\. Suggested: .+ on Monday 2026-11-30" \
	"booking: again once overdue"
remind 2026-12-01T12:00
is "$(new_notes)" "" "booking: overdue is said once, not every day"
# A session dated later (booked) answers the reminder.
rm -f "$DB" "$DB-wal" "$DB-shm"
at 2026-11-01T12:00 log massage sports --date 2026-11-01
at 2026-12-03T12:00 log massage flush --date 2026-12-03
remind 2026-11-28T12:00
is "$(new_notes)" "" "booking: nothing when a session is already booked"

# --- race windows ---------------------------------------------------------
rm -f "$DB" "$DB-wal" "$DB-shm"
config race
at 2026-11-01T12:00 race add 2026-11-29 "Montreal <Marathon> & co" 42.2km --priority A
at 2026-11-01T12:00 race add 2026-12-13 "Club 10k" 10km --priority C
remind 2026-11-25T12:00
is "$(new_notes)" "" "race: nothing four days before"
remind 2026-11-26T07:30
is "$(new_notes)" "" "race: held by the quiet hours"
remind 2026-11-26T08:00
is "$(new_notes)" \
	"Race window: Montreal <Marathon> & co | Race on Sunday 2026-11-29: no deep tissue from Thursday to Tuesday; a light flush is fine. knead next has the details." \
	"race: three days before an A race, with the window"
remind 2026-11-28T08:00
is "$(new_notes)" "" "race: once per race"
remind 2026-12-11T12:00
is "$(new_notes)" "" "race: no window for a C race"
# A name that went into the database behind the program's back cannot
# smuggle terminal escapes or markup into a notification.
sql "INSERT INTO races (date, name, distance_m, priority)
     VALUES ('2026-12-20', 'Evil' || char(27) || '[31m Run' || char(7) || char(10) || 'x', 5000, 'B')"
remind 2026-12-18T09:00
is "$(new_notes)" \
	"Race window: Evil Run x | Race on Sunday 2026-12-20: no deep tissue from Thursday to Tuesday; a light flush is fine. knead next has the details." \
	"race: control characters and escape sequences are stripped"

# --- the morning after a long run or a race --------------------------------
rm -f "$DB" "$DB-wal" "$DB-shm"
config after_run
at 2026-11-22T12:00 log run 32km 3:05:00 --kind long --date 2026-11-21
at 2026-11-22T12:00 log run 8km 45m --kind easy --date 2026-11-19
remind 2026-11-21T23:00
is "$(new_notes)" "" "after-run: nothing the same evening"
remind 2026-11-22T07:59
is "$(new_notes)" "" "after-run: held by the quiet hours"
remind 2026-11-22T08:00
is "$(new_notes)" \
	"The morning after your long run | Yesterday's long run (32.00 km): soreness peaks over the next two days. Keep moving lightly, a walk or an easy spin. No massage is planned: book a light flush for the next day or two. To log how it feels: knead --screen checkin." \
	"after-run: the next morning, with the distance"
remind 2026-11-22T18:00
is "$(new_notes)" "" "after-run: once per run"
remind 2026-11-20T09:00
is "$(new_notes)" "" "after-run: not after an easy run"
at 2026-11-01T12:00 race add 2026-11-29 "Demi <de> Montréal" 21.1km --priority A
at 2026-12-01T12:00 log massage flush --date 2026-12-01
remind 2026-11-30T09:00
is "$(new_notes)" \
	"The morning after your race | Demi &lt;de&gt; Montréal yesterday: soreness peaks over the next two days. Keep moving lightly, a walk or an easy spin. Your light flush on Tuesday 2026-12-01 is planned. To log how it feels: knead --screen checkin." \
	"after-run: the morning after a race, naming a planned session"

# --- see a professional ---------------------------------------------------
rm -f "$DB" "$DB-wal" "$DB-shm"
config professional
for d in 10 11 12 13; do
	at 2026-11-${d}T12:00 log sore calf:left 7
	remind 2026-11-${d}T12:05
	eval "got_$d=\$(new_notes)"
done
is "$got_10$got_11" "" "professional: not after one or two days"
like "$got_12" "^See a professional about your left calf \| Level 7/10, 3 days running: " \
	"professional: when the region enters the list"
is "$got_13" "" "professional: once, while the region stays on it"

# --- all kinds at once ----------------------------------------------------
rm -f "$DB" "$DB-wal" "$DB-shm"
config "checkin booking race after_run professional"
at 2026-11-01T12:00 log massage sports --date 2026-11-01
at 2026-11-01T12:00 race add 2026-11-30 "Marathon" 42.2km --priority A
at 2026-11-28T12:00 log run 30km 2:40:00 --kind long --date 2026-11-27
remind 2026-11-28T19:00
got=$(new_notes)
like "$got" "^The morning after your long run" "all kinds: after-run"
like "$got" "Race window: Marathon" "all kinds: race window"
like "$got" "Time for your knead check-in \| Nothing logged for Saturday 2026-11-28" \
	"all kinds: check-in"
remind 2026-11-28T19:05
is "$(new_notes)" "" "all kinds: nothing twice"

# --- a snooze (taken in the daemon; here as it is kept in the database) ----
# The one-shot run shows a snoozed reminder again when its hour is up, with
# the text of the moment, once; a snooze no longer due is forgotten.
rm -f "$DB" "$DB-wal" "$DB-shm"
config checkin "checkin = 19:00"
at 2026-11-22T12:00 log sore calf:left 1
remind 2026-11-23T19:00
new_notes >/dev/null
sql "UPDATE reminders SET held_until = '2026-11-23T20:00:00' WHERE key = 'checkin:2026-11-23'"
remind 2026-11-23T19:59 --dry-run
is "$rc:$out" "0:Nothing to send.
Next check: 2026-11-23T20:00:00" "snooze: the dry run waits for the end of the hour"
remind 2026-11-23T20:00 --dry-run
like "$out" "^2026-11-23T20:00:00  snooze:2026-11-23T20:00:00\|checkin:2026-11-23
  Time for your knead check-in" "snooze: the dry run shows it coming back"
is "$(sql "SELECT count(*) FROM reminders WHERE held_until IS NOT NULL")" 1 \
	"snooze: the dry run changes nothing"
remind 2026-11-23T19:59
is "$rc:$(new_notes)" "0:" "snooze: held for its hour"
remind 2026-11-23T20:00
is "$rc" 0 "snooze: knead remind succeeds at the end of the hour"
like "$(new_notes)" "^Time for your knead check-in \| Nothing logged for Monday 2026-11-23" \
	"snooze: shown again at the end of the hour"
like "$out" "snooze:2026-11-23T20:00:00\|checkin:2026-11-23" "snooze: knead remind says so"
is "$(sql "SELECT key || ' ' || coalesce(held_until, '-') FROM reminders ORDER BY id")" \
	"checkin:2026-11-23 -
snooze:2026-11-23T20:00:00|checkin:2026-11-23 -" "snooze: recorded under its own key, no longer held"
remind 2026-11-23T20:30
is "$(new_notes)" "" "snooze: shown once"
# Snoozed again, and the runner checks in meanwhile: it is not shown.
sql "UPDATE reminders SET held_until = '2026-11-23T21:30:00' WHERE key = 'checkin:2026-11-23'"
at 2026-11-23T21:00 log run 5km 30:00
remind 2026-11-23T21:30
is "$rc:$(new_notes)" "0:" "snooze: not shown once the check-in is made"
is "$(sql "SELECT count(*) FROM reminders WHERE held_until IS NOT NULL")" 0 \
	"snooze: and forgotten"

done_testing

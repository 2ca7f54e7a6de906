#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# tests/notify/book_brief.sh - the booking reminder carries the therapist's
# brief: with a booking page, the brief is saved and the notification says
# where; with only an e-mail address, "Book" opens a message with the brief
# (xdg-email replaced by a recorder of its arguments).
. "${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/notify/env.sh"
start_desktop

# Written whole, then renamed: the test reads it as soon as it is there.
cat >"$T/bin/xdg-email" <<SH
#!/bin/sh
for a in "\$@"; do printf '%s\n--\n' "\$a"; done >"$T/mail.tmp" && mv "$T/mail.tmp" "$T/mail.log"
SH
chmod +x "$T/bin/xdg-email"
PATH="$T/bin:$PATH"
export PATH

# A booking page: the brief saved, the notification says where.
config booking "[therapist]" "booking_url = https://book.example.org/marie"
at 2026-11-01T12:00 log massage sports --date 2026-11-01
at 2026-11-27T12:00 log sore calf:right 4
remind 2026-11-28T08:00
is "$rc" 0 "a booking reminder is sent"
brief=$XDG_DATA_HOME/knead/brief.txt
like "$(notes)" "The brief for your therapist is in $brief\." "the notification says where the brief is"
like "$(cat "$brief" 2>/dev/null)" "Right calf: 4/10" "the brief is there, with the sore calf"
is "$(stat -c %a "$brief" 2>/dev/null)" 600 "readable by the runner only"

# Only an e-mail address: Book writes to the therapist, the brief inside.
rm -f "$DB" "$DB-wal" "$DB-shm"
config booking "[therapist]" "email = marie@example.org"
at 2026-11-01T12:00 log massage sports --date 2026-11-01
"$KNEAD" --db "$DB" --config "$CONF" --now 2026-11-30T12:00 remind --daemon \
	>"$T/daemon.out" 2>"$T/daemon.err" &
daemon=$!
wait_for 30 sh -c '[ "$(dunstctl count displayed)" -gt 0 ]'
ok $? "the daemon shows the booking reminder"
invoke_action book
wait_for 30 test -s "$T/mail.log"
ok $? "Book opens the mail composer"
like "$(cat "$T/mail.log")" "Massage on 2026-1[12]-[0-9]{2}: brief from knead" "with the subject"
like "$(cat "$T/mail.log")" "BRIEF FOR THE MASSAGE THERAPIST" "and the brief as the body"
is "$(tail -n 2 "$T/mail.log" | head -n 1)" "marie@example.org" "to the therapist"
ok "$([ ! -s "$T/uri.log" ]; echo $?)" "no bare mailto: opened"
kill -TERM "$daemon"
wait "$daemon"
daemon=

done_testing

#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# tests/notify/fresh.sh - the notifications' actions on a fresh account: no
# settings file, the default database, knead started by nobody but the
# daemon.  Each action is invoked through the bus (dunst's menu) and does
# something: "Log it" and "Open knead" open a knead that starts (no
# --config naming a file that does not exist); with no terminal, or no
# handler for the booking address, a notification says what failed and
# what to type instead.
. "${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/notify/env.sh"
start_desktop

# shown: the daemon's first pass is over and dunst displays what it sent
# (one notification: what comes at once about booking is one).
shown() {
	grep -q '^Sleeping until' "$T/daemon.out" &&
		[ "$(dunstctl count displayed 2>/dev/null)" -ge 1 ] 2>/dev/null
}
# one_more: since the daemon started ($base), dunst received one more
# notification than the daemon's one (the daemon's word on a failed action).
one_more() {
	[ "$(received)" -gt "$((base + 1))" ]
}
# offers ACTION: a displayed notification offers ACTION (dunst's menu,
# as the last invoke_action saw it).
offers() {
	grep -qF ",$1]" "$T/menu"
}

HOME_DB=$XDG_DATA_HOME/knead/knead.db
USER_CONF=$XDG_CONFIG_HOME/knead/config.ini
# On a desktop with no handler for any address (no system directories).
export XDG_DATA_DIRS=$T/nowhere

# start_daemon NOW [ENV...]: the daemon as the user unit starts it, no
# --db, no --config.
start_daemon() {
	_now=$1
	shift
	base=$(received)
	env "$@" "$KNEAD" --now "$_now" remind --daemon >"$T/daemon.out" 2>"$T/daemon.err" &
	daemon=$!
}
stop_daemon() {
	kill -TERM "$daemon"
	wait "$daemon"
	daemon=
	new_notes >/dev/null
}
# A long run logged the day before NOW: the morning after offers "Log it".
# (Weeks apart, so that each is long for the runner.)
long_run_before() {
	"$KNEAD" --now "$1T07:00" log run 30km 2:40:00 --kind long --date "$2" >/dev/null
}

ok "$([ ! -e "$USER_CONF" ] && [ ! -e "$HOME_DB" ] && echo 0 || echo 1)" \
	"a fresh account: no settings file, no database"

# --- "Log it" with a terminal: knead on the check-in, without --config.
long_run_before 2026-11-30 2026-11-29
start_daemon 2026-11-30T12:00
wait_for 30 shown
ok $? "the morning after a long run is shown"
[ "$(grep -c '^Sent: ' "$T/daemon.out")" -gt 0 ]
ok $? "  something was sent"
invoke_action log
wait_for 30 test -s "$T/terminal.log"
offers log
ok $? "  it offers Log it"
is "$(tr '\n' ' ' <"$T/terminal.log")" "-e $top_builddir/knead --screen checkin --db $HOME_DB " \
	"Log it: knead on the check-in, on the default database, no --config"
sed '1d' "$T/terminal.log" >"$T/argv"
# The very command the terminal would run starts (a missing --config file
# made it exit 2 at once).
set -- $(cat "$T/argv")
"$@" status >/dev/null 2>"$T/started.err"
is "$?" 0 "  that command starts on a fresh account"
is "$(cat "$T/started.err")" "" "  and says nothing is wrong"
stop_daemon

# --- "Open knead" with a terminal.
: >"$T/terminal.log"
long_run_before 2027-01-10 2027-01-09
start_daemon 2027-01-10T12:00
wait_for 30 shown
ok $? "  the daemon shows what is due (waited for its pass and dunst)"
invoke_action default
wait_for 30 test -s "$T/terminal.log"
offers default
ok $? "a notification offers Open knead"
like "$(tr '\n' ' ' <"$T/terminal.log")" "^-e $top_builddir/knead (--screen [a-z]+ )?--db $HOME_DB \$" \
	"Open knead: knead in a terminal, no --config"
stop_daemon

# --- No terminal: a notification says so, and what to type.
long_run_before 2027-02-21 2027-02-20
start_daemon 2027-02-21T12:00 KNEAD_TERMINAL="$T/bin/no-such-terminal -e"
wait_for 30 shown
ok $? "  the daemon shows what is due (waited for its pass and dunst)"
invoke_action log
wait_for 30 one_more
ok $? "  a notification comes after the action (waited for dunst)"
like "$(new_notes)" "^knead could not open a terminal \| .*no-such-terminal.*\. In a terminal, type: knead --screen checkin\$" \
	"no terminal: a notification names the failure and the command to type"
like "$(cat "$T/daemon.err")" "that action could not be done" "  and the daemon's log says so too"
stop_daemon

# --- No handler for the booking page: a notification says so, and where
# to book.
mkdir -p "$(dirname "$USER_CONF")"
printf '[therapist]\nbooking_url = https://book.example.org/marie\n' >"$USER_CONF"
rm -f "$XDG_CONFIG_HOME/mimeapps.list" "$XDG_DATA_HOME/applications/knead-test-uri.desktop"
# A session due (the last one six weeks before), so that a booking
# reminder comes with the long run's.
"$KNEAD" --now 2027-04-04T07:00 log massage sports --date 2027-02-21 >/dev/null
long_run_before 2027-04-04 2027-04-03
start_daemon 2027-04-04T12:00
wait_for 30 shown
ok $? "  the daemon shows what is due (waited for its pass and dunst)"
invoke_action book
wait_for 30 one_more
ok $? "  a notification comes after the action (waited for dunst)"
offers book
ok $? "with a booking page set, a notification offers Book"
like "$(new_notes)" "^knead could not open the booking address \| .*\. Book through https://book.example.org/marie yourself; knead next has the details\.\$" \
	"no handler: a notification names the failure and where to book"
is "$(cat "$T/uri.log" 2>/dev/null)" "" "  nothing was opened"

# With a settings file, Log it names it.
: >"$T/terminal.log"
stop_daemon
long_run_before 2027-05-16 2027-05-15
start_daemon 2027-05-16T12:00
wait_for 30 shown
ok $? "  the daemon shows what is due (waited for its pass and dunst)"
invoke_action log
wait_for 30 test -s "$T/terminal.log"
is "$(tr '\n' ' ' <"$T/terminal.log")" \
	"-e $top_builddir/knead --screen checkin --db $HOME_DB --config $USER_CONF " \
	"with a settings file, Log it passes it on"
stop_daemon

done_testing

# SPDX-License-Identifier: GPL-3.0-or-later
# tests/notify/env.sh - a private desktop for the notification tests.
#
# Sourced first thing by each tests/notify/*.sh.  Skips the test when the
# tools are missing; otherwise runs it again on a private D-Bus session bus
# (session.conf: no service directories, so no notification server starts
# on demand) and then sources tests/lib.sh.  The test starts the parts it
# needs: an X server (Xvfb, on a display it picks itself) and dunst, whose
# history tells what was received.

: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
export top_srcdir

for tool in dbus-run-session Xvfb dunst dunstctl sqlite3; do
	if ! command -v "$tool" >/dev/null 2>&1; then
		echo "1..0 # SKIP $tool is not installed (Debian: dbus, xvfb, dunst, sqlite3)"
		exit 0
	fi
done

. "$top_srcdir/tests/private-bus.sh"

. "$top_srcdir/tests/lib.sh"

xvfb_pid=
dunst_pid=
stop_dunst() {
	if [ -n "$dunst_pid" ]; then
		kill "$dunst_pid" 2>/dev/null
		wait "$dunst_pid" 2>/dev/null
		dunst_pid=
	fi
}
stop_desktop() {
	stop_dunst
	if [ -n "$xvfb_pid" ]; then
		kill "$xvfb_pid" 2>/dev/null
		wait "$xvfb_pid" 2>/dev/null
		xvfb_pid=
	fi
}
# A test keeps the pids of what it starts in the background in $daemon
# (knead remind --daemon) and $monitor (dbus-monitor): both are stopped
# on exit, with the desktop.
stop_background() {
	for _pid in "${daemon:-}" "${monitor:-}"; do
		[ -n "$_pid" ] && kill "$_pid" 2>/dev/null
	done
	return 0
}
trap 'stop_background; stop_desktop; rm -rf "$T"' EXIT

# wait_for SECONDS COMMAND...: polls until COMMAND succeeds; false when
# SECONDS have passed without it (the caller's assertion then fails,
# saying what it waited for).
wait_for() {
	_limit=$(($1 * 10))
	shift
	_i=0
	while [ "$_i" -lt "$_limit" ]; do
		"$@" && return 0
		sleep 0.1
		_i=$((_i + 1))
	done
	return 1
}

# start_x: an X server on the first free display (-displayfd reports it).
start_x() {
	: >"$T/display"
	Xvfb -displayfd 3 -nolisten tcp -screen 0 640x480x24 3>"$T/display" \
		>"$T/xvfb.log" 2>&1 &
	xvfb_pid=$!
	for _i in $(seq 300); do
		[ -s "$T/display" ] && break
		sleep 0.1
	done
	[ -s "$T/display" ] || return 1
	DISPLAY=":$(head -n 1 "$T/display")"
	export DISPLAY
}

# start_dunst: the notification server, keeping every notification in its
# history and never folding two identical ones into one.
start_dunst() {
	cat >"$T/dunstrc" <<'EOR'
[global]
    history_length = 10000
    stack_duplicates = false
    notification_limit = 0
    timeout = 0
    markup = full
EOR
	# dunst's context menu asks dmenu which action to take: this one
	# answers with the action named in $T/choice (invoke_action).
	cat >"$T/dmenu" <<EOS
#!/bin/sh
cat >"$T/menu"
grep -F ",\$(cat "$T/choice")]" "$T/menu" | head -n 1
EOS
	chmod +x "$T/dmenu"
	printf '    dmenu = %s\n' "$T/dmenu" >>"$T/dunstrc"
	dunst -config "$T/dunstrc" >>"$T/dunst.log" 2>&1 &
	dunst_pid=$!
	for _i in $(seq 300); do
		dunstctl is-paused >/dev/null 2>&1 && return 0
		sleep 0.1
	done
	return 1
}

# start_recorders: what the notifications' actions open is recorded, not
# opened: the terminal (KNEAD_TERMINAL) writes its command line to
# $T/terminal.log, one word a line (the last call's); the desktop's
# handler for https:, mailto: and tel: addresses (mimeapps.list) writes
# the address to $T/uri.log.
start_recorders() {
	mkdir -p "$T/bin" "$XDG_DATA_HOME/applications" "$XDG_CONFIG_HOME"
	# The command line written whole, then renamed into place: a test reads
	# it as soon as it is there.
	printf '#!/bin/sh\nprintf "%%s\\n" "$@" >"%s.tmp" && mv "%s.tmp" "%s"\n' \
		"$T/terminal.log" "$T/terminal.log" "$T/terminal.log" >"$T/bin/terminal"
	printf '#!/bin/sh\nprintf "%%s\\n" "$1" >>"%s"\n' "$T/uri.log" >"$T/bin/uri"
	chmod +x "$T/bin/terminal" "$T/bin/uri"
	KNEAD_TERMINAL="$T/bin/terminal -e"
	export KNEAD_TERMINAL
	cat >"$XDG_DATA_HOME/applications/knead-test-uri.desktop" <<EOD
[Desktop Entry]
Type=Application
Name=URI recorder
Exec=$T/bin/uri %u
NoDisplay=true
MimeType=x-scheme-handler/https;x-scheme-handler/http;x-scheme-handler/mailto;x-scheme-handler/tel;
EOD
	cat >"$XDG_CONFIG_HOME/mimeapps.list" <<EOD
[Default Applications]
x-scheme-handler/https=knead-test-uri.desktop
x-scheme-handler/http=knead-test-uri.desktop
x-scheme-handler/mailto=knead-test-uri.desktop
x-scheme-handler/tel=knead-test-uri.desktop
EOD
}

# invoke_action KEY: picks the action KEY of a shown notification through
# dunst's context menu, as a user would.
invoke_action() {
	printf '%s\n' "$1" >"$T/choice"
	dunstctl context
}

# start_desktop: X and dunst; a test that cannot get them fails loudly.
start_desktop() {
	start_recorders
	if ! start_x || ! start_dunst; then
		echo "Bail out! cannot start Xvfb and dunst (see $T/xvfb.log, $T/dunst.log)"
		cat "$T/xvfb.log" "$T/dunst.log" >&2 2>/dev/null
		exit 1
	fi
}

# start_monitor: records every Notify call on the bus, as dbus-monitor
# prints it, in $T/monitor.log (skips the test without dbus-monitor).
start_monitor() {
	if ! command -v dbus-monitor >/dev/null 2>&1; then
		echo "1..0 # SKIP dbus-monitor is not installed (Debian: dbus)"
		exit 0
	fi
	dbus-monitor --session "type='method_call',interface='org.freedesktop.Notifications',member='Notify'" \
		>"$T/monitor.log" 2>&1 &
	monitor=$!
}
# calls: how many Notify calls start_monitor saw.
calls() {
	grep -c 'member=Notify' "$T/monitor.log"
}
has_calls() { # has_calls N: at least N Notify calls
	[ "$(calls)" -ge "$1" ]
}
# call N: the Nth Notify call, on one line ("string "knead" uint32 0 ...").
call() {
	awk -v n="$1" '/member=Notify/ { k++ } k == n && !/member=Notify/' "$T/monitor.log" |
		tr -s ' \n' '  '
}
# received: the notifications dunst holds (shown, waiting or closed).
received() {
	_n=0
	for _c in displayed waiting history; do
		_n=$((_n + $(dunstctl count "$_c")))
	done
	echo "$_n"
}

# notes: every notification dunst received, "SUMMARY | BODY" one a line,
# oldest first.  Closing them all moves them to the history, which
# dunstctl shows as JSON; sqlite3's JSON functions read it.
notes() {
	dunstctl close-all >/dev/null 2>&1
	dunstctl history >"$T/history.json" || return 1
	sqlite3 -batch -noheader :memory: "
		SELECT json_extract(value, '\$.summary.data') || ' | ' ||
		       json_extract(value, '\$.body.data')
		FROM json_each(CAST(readfile('$T/history.json') AS TEXT), '\$.data[0]')
		ORDER BY json_extract(value, '\$.id.data');"
}

# new_notes: the notifications received since the last call.
echo 0 >"$T/seen"
new_notes() {
	notes >"$T/notes"
	tail -n +"$(($(cat "$T/seen") + 1))" "$T/notes"
	wc -l <"$T/notes" | tr -d ' ' >"$T/seen"
}

# config KEY=VALUE...: writes $CONF's [reminders] group with only the given
# kinds enabled, plus extra lines.  E.g. config checkin "checkin = 19:00".
config() {
	_kinds=$1
	shift
	{
		echo "[reminders]"
		for _k in checkin booking race after_run professional; do
			case " $_kinds " in
			*" $_k "*) echo "${_k}_enabled = true" ;;
			*) echo "${_k}_enabled = false" ;;
			esac
		done
		for _line in "$@"; do
			echo "$_line"
		done
	} >"$CONF"
}

# remind NOW [ARGS...]: one pass of knead remind at NOW; sets $out, $err, $rc.
remind() {
	_now=$1
	shift
	run --config "$CONF" --now "$_now" remind "$@"
}

# at NOW ARGS...: any knead command at NOW (logging history).
at() {
	_now=$1
	shift
	"$KNEAD" --db "$DB" --config "$CONF" --now "$_now" "$@" >/dev/null
}

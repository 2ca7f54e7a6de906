#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# signals.sh - SIGTERM, SIGINT and SIGHUP sent to the TUI, and a storm of
# SIGWINCH (resizes and bare signals), leave the terminal as it was
# (canonical mode and echo back on, the shell's output visible) and the
# database consistent.  Each run is "knead; echo EXITED:$?; stty -a" in a
# tmux pane, so the pane shows what the shell finds afterwards.
. "$top_srcdir/tests/lib.sh"

NOW=2026-03-01T10:00
TMUX_SOCKET=knead-signals-$$
. "$top_srcdir/tests/tmux-lib.sh"
trap 'tm kill-server >/dev/null 2>&1; rm -rf "$T"' EXIT

if ! command -v tmux >/dev/null 2>&1; then
	echo "1..0 # SKIP tmux is not installed"
	exit 0
fi

"$KNEAD" --db "$DB" --now "$NOW" log run 10km 50:00 --note "before the signals" >/dev/null
"$KNEAD" --db "$DB" --now "$NOW" log sore calf:left 3 >/dev/null

# The pane's script: knead (its pid in $T/pid), then what the shell sees.
cat >"$T/pane.sh" <<EOF
sh -c 'echo \$\$ >"$T/pid"; exec "\$@"' sh "$KNEAD" --db "$DB" --now "$NOW" 2>"$T/tui.err"
echo "EXITED:\$?"
for flag in icanon echo; do
	if stty -a | tr ' ;' '\n\n' | grep -qx -- "\$flag"; then echo "TTY-\$flag:on"; else echo "TTY-\$flag:off"; fi
done
echo PANE-DONE
sleep 600
EOF

# start: knead in a fresh pane; true once the interface is up.
start() {
	tm_kill_server
	rm -f "$T/pid"
	tm new-session -d -x 100 -y 30 "sh '$T/pane.sh'"
	for _i in $(seq 50); do
		[ -s "$T/pid" ] && break
		sleep 0.1
	done
	wait_for "Phase"
}

for sig in TERM INT HUP; do
	start
	ok $? "SIG$sig: the interface is up"
	# In the middle of typing a check-in.
	tm send-keys c
	wait_for "Massage received today"
	tm send-keys -l -- "12km"
	# The signal must find the form holding the typed text.
	wait_for "12km"
	kill -s "$sig" "$(cat "$T/pid")"
	wait_for PANE-DONE
	ok $? "SIG$sig: knead exits (the shell runs on)"
	screen >"$T/screen"
	like "$(grep EXITED: "$T/screen")" '^EXITED:[0-9]+$' "SIG$sig: $(grep EXITED: "$T/screen")"
	is "$(grep TTY- "$T/screen" | tr '\n' ' ')" "TTY-icanon:on TTY-echo:on " \
		"SIG$sig: the terminal is back in canonical mode with echo"
	unlike "$(cat "$T/screen")" 'Massage received today' "SIG$sig: the interface is gone from the screen (alternate screen left)"
	unlike "$(cat "$T/tui.err")" 'Segmentation|Aborted|AddressSanitizer|runtime error' "SIG$sig: no crash"
	is "$(sql 'PRAGMA integrity_check')" ok "SIG$sig: integrity_check is ok"
	is "$(sql 'SELECT count(*) FROM runs')" 1 "SIG$sig: the history is whole, the half-typed check-in not saved"
done

# A storm of resizes and bare SIGWINCH, then q: still there, quits cleanly.
# The sizes are set on the pane's terminal itself (stty rows/cols, which is
# TIOCSWINSZ: the kernel signals knead as for any resize) rather than through
# tmux: tmux 3.3 can itself crash when its windows are resized back to back
# while the pane is busy drawing, and that would say nothing about knead.
# One real tmux resize follows the storm (tests/tui/resize.sh has more).
start
ok $? "SIGWINCH storm: the interface is up"
pid=$(cat "$T/pid")
tty=$(tm display-message -p '#{pane_tty}')
i=0
while [ $i -lt 40 ]; do
	w=$((40 + i * 3 % 120)) h=$((10 + i * 7 % 40))
	stty -F "$tty" rows $h cols $w
	kill -s WINCH "$pid"
	kill -s WINCH "$pid"
	i=$((i + 1))
done
j=0
while [ $j -lt 300 ]; do
	kill -s WINCH "$pid" || break
	j=$((j + 1))
done
is "$(stty -F "$tty" size)" "$h $w" "the storm's last size is the terminal's ($h rows, $w columns)"
ok "$(kill -0 "$pid" 2>/dev/null; echo $?)" "a SIGWINCH storm (40 resizes, 380 signals): knead is still running"
stty -F "$tty" rows 30 cols 100
tm resize-window -x 90 -y 28
# Redrawn for 90x28: the hint bar on row 28.  Generous: on a loaded
# two-core machine the signals may still be draining.
_tries=200
until screen | sed -n 28p | grep -qF "q Quit" || [ $_tries -eq 0 ]; do
	sleep 0.1
	_tries=$((_tries - 1))
done
like "$(screen | sed -n 28p)" "q Quit" "it redraws at the final size (the hint bar on row 28 of 28)"
tm send-keys q
wait_for PANE-DONE
ok $? "then q quits"
screen >"$T/screen"
is "$(grep EXITED: "$T/screen")" "EXITED:0" "after the storm, q quits with status 0"
is "$(grep TTY- "$T/screen" | tr '\n' ' ')" "TTY-icanon:on TTY-echo:on " "and the terminal is restored"
if ! grep -q PANE-DONE "$T/screen"; then
	echo "# what the pane showed:"
	sed 's/^/#   /' "$T/screen"
	echo "# knead: $(ps -o stat=,wchan=,etime= -p "$pid" 2>/dev/null || echo gone)"
fi
is "$(sql 'PRAGMA integrity_check')" ok "integrity_check is ok"

done_testing

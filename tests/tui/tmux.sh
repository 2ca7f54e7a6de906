# SPDX-License-Identifier: GPL-3.0-or-later
# tests/tui/tmux.sh - drives the interface in a private tmux server.
#
# Source after tests/lib.sh.  tui_start W H [VAR=VALUE ...] starts knead on
# $DB at a fixed --now in a detached W x H window; screen prints what the
# window shows; wait_for waits (polling, never a fixed sleep) until a text
# shows.  The server is killed on exit.

if ! command -v tmux >/dev/null 2>&1; then
	echo "1..0 # SKIP tmux is not installed"
	exit 0
fi

NOW=2026-11-23T08:00
TMUX_SOCKET=knead-test-$$
trap 'tmux -L "$TMUX_SOCKET" kill-server >/dev/null 2>&1; rm -rf "$T"' EXIT

. "$top_srcdir/tests/tmux-lib.sh"

# tui_start W H [VAR=VALUE ...] [-- EXTRA-ARGS...]: the exit status lands
# in $T/status when knead ends.
tui_start() {
	_w=$1 _h=$2
	shift 2
	_env=""
	while [ $# -gt 0 ] && [ "$1" != "--" ]; do
		_env="$_env '$1'"
		shift
	done
	[ "${1:-}" = "--" ] && shift
	rm -f "$T/status"
	# The inner shell becomes knead (exec), so $T/pid is knead's own pid.
	cat >"$T/run.sh" <<EOS
sh -c 'echo \$\$ >"\$0"; exec "\$@"' "$T/pid" env $_env "$KNEAD" --db "$DB" --now "$NOW" $* 2>"$T/tui-stderr"
echo \$? >"$T/status"
sleep 600
EOS
	tm new-session -d -x "$_w" -y "$_h" "sh '$T/run.sh'"
}

# wait_gone TEXT [SECONDS]: true once TEXT is no longer on screen; a
# timeout fails the test, naming the text.
wait_gone() {
	_tries=$(( ${2:-30} * 10 ))
	while [ "$_tries" -gt 0 ]; do
		if ! screen | grep -qF -- "$1"; then
			return 0
		fi
		sleep 0.1
		_tries=$((_tries - 1))
	done
	wait_failed "\"$1\" to leave the screen (${2:-30} s)"
	return 1
}

# wait_exit [SECONDS]: true once knead has exited; its status is in $status.
wait_exit() {
	_tries=$(( ${1:-30} * 10 ))
	while [ "$_tries" -gt 0 ]; do
		if [ -s "$T/status" ]; then
			status=$(cat "$T/status")
			return 0
		fi
		sleep 0.1
		_tries=$((_tries - 1))
	done
	status=none
	return 1
}

keys() {
	tm send-keys "$@"
}

# press KEY...: sends each key (a tmux key name or one character) and
# counts it in $pressed, for the tests that count a task's keys.
pressed=0
press() {
	for _k in "$@"; do
		keys "$_k"
		pressed=$((pressed + 1))
	done
}

# click ROW COL (0-based): press and release of the left button, as the
# xterm (X10) reports a terminal sends (ESC [ M, button, column and row,
# each plus 32), typed into the pane as they would arrive.
click() {
	_y=$(printf "\\$(printf %o $(($1 + 33)))")
	_x=$(printf "\\$(printf %o $(($2 + 33)))")
	tm send-keys -l "$(printf '\033[M ')$_x$_y"
	tm send-keys -l "$(printf '\033[M#')$_x$_y"
}

# x10 BUTTON ROW COL: a mouse report (64 wheel up, 65 wheel down).
x10() {
	_b=$(printf "\\$(printf %o $(($1 + 32)))")
	_x=$(printf "\\$(printf %o $(($3 + 33)))")
	_y=$(printf "\\$(printf %o $(($2 + 33)))")
	tm send-keys -l "$(printf '\033[M')$_b$_x$_y"
}

# type_text TEXT: sends TEXT literally.
type_text() {
	tm send-keys -l -- "$1"
}

# show_screen: the screen as TAP comments, for a failing test's log.
show_screen() {
	screen | sed 's/^/# | /'
}

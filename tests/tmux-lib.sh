# SPDX-License-Identifier: GPL-3.0-or-later
# tests/tmux-lib.sh - the helpers every test that drives knead in tmux uses.
# Set TMUX_SOCKET (a private server per script) before calling them.

tm() {
	tmux -L "$TMUX_SOCKET" -f /dev/null "$@"
}

screen() {
	tm capture-pane -p 2>/dev/null
}

# wait_for TEXT [SECONDS]: true once TEXT (fixed string) is on screen;
# polls, never a fixed sleep.  The deadline (30 s unless told) only costs
# time when a test fails; a loaded machine under ASan or valgrind needs it.
wait_for() {
	_tries=$(( ${2:-30} * 10 ))
	while [ "$_tries" -gt 0 ]; do
		if screen | grep -qF -- "$1"; then
			return 0
		fi
		sleep 0.1
		_tries=$((_tries - 1))
	done
	return 1
}

# tm_kill_server: kills the private server and waits (10 s at most) until
# its process is gone.  kill-server returns while the server is still
# shutting down, and a new-session that reaches the dying server fails
# with "server exited unexpectedly".
tm_kill_server() {
	_server=$(tm list-sessions -F '#{pid}' 2>/dev/null | head -n 1)
	tm kill-server >/dev/null 2>&1
	[ -n "$_server" ] || return 0
	_tries=100
	while [ "$_tries" -gt 0 ]; do
		case $(ps -o stat= -p "$_server" 2>/dev/null) in
		'' | Z*) return 0 ;;
		esac
		sleep 0.1
		_tries=$((_tries - 1))
	done
	return 1
}

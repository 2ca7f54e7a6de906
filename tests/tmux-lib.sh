# SPDX-License-Identifier: GPL-3.0-or-later
# tests/tmux-lib.sh - the helpers every test that drives knead in tmux uses.
# Set TMUX_SOCKET (a private server per script) before calling them.

tm() {
	tmux -L "$TMUX_SOCKET" -f /dev/null "$@"
}

screen() {
	tm capture-pane -p 2>/dev/null
}

# poll_for TEXT [SECONDS]: true once TEXT (fixed string) is on screen,
# false when the deadline passes; polls, never a fixed sleep.  Only for a
# text that may rightly never show (a question asked only sometimes):
# every other wait is wait_for, which fails the test.
poll_for() {
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

# wait_failed WHAT: a wait that timed out is a failed test case of its
# own, naming what it waited for, with the screen as it was.
wait_failed() {
	if command -v ok >/dev/null 2>&1; then
		ok 1 "waited for $1"
	else
		echo "not ok - waited for $1"
	fi
	screen | sed 's/^/#   screen: /'
}

# wait_for TEXT [SECONDS]: true once TEXT (fixed string) is on screen.
# The deadline (30 s unless told) only costs time when a test fails; a
# loaded machine under ASan or valgrind needs it.  A timeout fails the
# test (wait_failed) and returns false.
wait_for() {
	poll_for "$@" && return 0
	wait_failed "\"$1\" on screen (${2:-30} s)"
	return 1
}

# wait_re REGEX [SECONDS]: true once a line on screen matches the
# extended REGEX; a timeout fails the test, naming it.
wait_re() {
	_tries=$(( ${2:-30} * 10 ))
	while [ "$_tries" -gt 0 ]; do
		if screen | grep -Eq -- "$1"; then
			return 0
		fi
		sleep 0.1
		_tries=$((_tries - 1))
	done
	wait_failed "a line matching /$1/ on screen (${2:-30} s)"
	return 1
}

# wait_for_any SECONDS TEXT...: true once one of the texts is on screen
# (the same screen in either language).
wait_for_any() {
	_tries=$(( $1 * 10 ))
	_secs=$1
	shift
	while [ "$_tries" -gt 0 ]; do
		_s=$(screen)
		for _t in "$@"; do
			if printf '%s\n' "$_s" | grep -qF -- "$_t"; then
				return 0
			fi
		done
		sleep 0.1
		_tries=$((_tries - 1))
	done
	wait_failed "one of \"$*\" on screen ($_secs s)"
	return 1
}

# wait_until SECONDS WHAT COMMAND...: true once COMMAND succeeds (polled,
# e.g. a count on screen that must grow); a timeout fails the test
# (wait_failed WHAT) and returns false.
wait_until() {
	_tries=$(( $1 * 10 ))
	_what=$2
	shift 2
	while [ "$_tries" -gt 0 ]; do
		"$@" && return 0
		sleep 0.1
		_tries=$((_tries - 1))
	done
	wait_failed "$_what"
	return 1
}

# tm_kill_server: kills the private server and waits (30 s at most) until
# its process is gone.  kill-server returns while the server is still
# shutting down, and a new-session that reaches the dying server fails
# with "server exited unexpectedly".
tm_kill_server() {
	_server=$(tm list-sessions -F '#{pid}' 2>/dev/null | head -n 1)
	tm kill-server >/dev/null 2>&1
	[ -n "$_server" ] || return 0
	_tries=300
	while [ "$_tries" -gt 0 ]; do
		case $(ps -o stat= -p "$_server" 2>/dev/null) in
		'' | Z*) return 0 ;;
		esac
		sleep 0.1
		_tries=$((_tries - 1))
	done
	return 1
}

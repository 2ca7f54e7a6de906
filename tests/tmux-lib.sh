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
# polls, never a fixed sleep.
wait_for() {
	_tries=$(( ${2:-10} * 10 ))
	while [ "$_tries" -gt 0 ]; do
		if screen | grep -qF -- "$1"; then
			return 0
		fi
		sleep 0.1
		_tries=$((_tries - 1))
	done
	return 1
}

#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Ctrl-C in the pager leaves no process behind: while the pager shows a
# long listing it owns the terminal; knead waits for it, so the pager quits
# (q) and knead exits 0, and neither is left running.  With the real less.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux.sh"

if ! command -v less >/dev/null 2>&1; then
	echo "1..0 # SKIP less is not installed"
	exit 0
fi

# More runs than the window has lines, so that less stays.
for d in $(seq 1 30); do
	"$KNEAD" --db "$DB" --now "$NOW" log run 8km 45:00 --date "-${d}d" --note "run$d" >/dev/null
done

# As a shell runs it: the shell only notes Ctrl-C (a trap, so that knead
# and the pager start with the default action) and records knead's status.
cat >"$T/run.sh" <<EOS
trap 'echo int >"$T/shell-int"' INT
sh -c 'echo \$\$ >"\$0"; exec "\$@"' "$T/pid" env PAGER=less LESS=-R "$KNEAD" --db "$DB" --now "$NOW" list runs
echo \$? >"$T/status"
sleep 600
EOS
tm new-session -d -x 80 -y 12 "sh '$T/run.sh'"
wait_for "run30"
ok $? "the listing is in the pager"
knead_pid=$(cat "$T/pid")
# The pager and its shell: knead's children.
children=$(ps -o pid= --ppid "$knead_pid" | tr -d ' ')
ok "$([ -n "$children" ] && echo 0 || echo 1)" "the pager runs under knead"
grandchildren=
for c in $children; do
	grandchildren="$grandchildren $(ps -o pid= --ppid "$c" | tr -d ' ')"
done

tm send-keys C-c
# less drops what was typed before it handled Ctrl-C: q until it quits
# (polled: at most 30 s).
tries=0
while [ ! -s "$T/status" ] && [ "$tries" -lt 300 ]; do
	tm send-keys q
	sleep 0.1
	tries=$((tries + 1))
done
wait_exit
ok $? "knead exits once the pager quits"
is "$status" 0 "Ctrl-C in the pager did not kill knead: it waited, and exits 0"
left=
for p in $children $grandchildren; do
	kill -0 "$p" 2>/dev/null && left="$left $p"
done
is "$left" "" "no pager left behind"

done_testing

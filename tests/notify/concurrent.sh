#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# tests/notify/concurrent.sh - concurrent runs of knead remind send each
# reminder once: the key is claimed (UNIQUE) in a short transaction before
# the notification is sent.
. "${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/notify/env.sh"
start_desktop

config checkin "checkin = 19:00"
at 2026-11-01T12:00 regions
for d in 21 22 23 24 25 26 27 28; do
	rm -f "$T"/rc.*
	pids=
	for n in 1 2 3; do
		( "$KNEAD" --db "$DB" --config "$CONF" --now 2026-11-${d}T19:00 remind \
			>"$T/out.$n" 2>"$T/err.$n"; echo $? >"$T/rc.$n" ) &
		pids="$pids $!"
	done
	# Only these: X and dunst run in the background too.
	wait $pids
	is "$(cat "$T/rc.1" "$T/rc.2" "$T/rc.3" | tr -d '\n')" 000 \
		"2026-11-$d: three concurrent runs succeed"
	is "$(new_notes | grep -c "Nothing logged for .* 2026-11-$d yet")" 1 \
		"2026-11-$d: one notification, not two or three"
	is "$(cat "$T"/out.* | grep -c "checkin:2026-11-$d")" 1 \
		"2026-11-$d: one run says it sent it"
done
is "$(sql "SELECT count(*) FROM reminders")" 8 "one row per event"

done_testing

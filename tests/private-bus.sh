# SPDX-License-Identifier: GPL-3.0-or-later
# tests/private-bus.sh - runs the test that sources it again, on a D-Bus
# session bus of its own (tests/notify/session.conf: no service
# directories, so nothing starts on demand); skips it without
# dbus-run-session.  Source it first thing, with $top_srcdir set.

if ! command -v dbus-run-session >/dev/null 2>&1; then
	echo "1..0 # SKIP dbus-run-session is not installed (Debian: dbus)"
	exit 0
fi
if [ -z "${KNEAD_TEST_PRIVATE_BUS:-}" ]; then
	KNEAD_TEST_PRIVATE_BUS=1
	export KNEAD_TEST_PRIVATE_BUS
	exec dbus-run-session --config-file="$top_srcdir/tests/notify/session.conf" -- \
		sh "$0" "$@"
fi

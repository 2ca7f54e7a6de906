#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# tests/stress.sh - the test suite, again and again, on a loaded machine:
# a test that passes only when the machine is idle (a wait on a fixed time,
# on text that may already be there or not yet, a signal sent before the
# program is ready) fails here.  Runs `make check` STRESS_RUNS times (5
# unless told) while stress-ng keeps STRESS_CPU workers (2 unless told)
# busy on the CPU, and stops at the first failure, naming the test and
# showing its failed cases.  Run it in a configured build tree, through
# `make check-stress` (which passes make's -j on):
#
#   make -j2 check-stress                        the whole suite, 5 times
#   make -j2 check-stress STRESS_RUNS=3 STRESS_TESTS=load
#                                                the tests that wait on a
#                                                terminal, a bus or a signal
#   make check-stress STRESS_TESTS='tests/tui/mouse.sh tests/tui/signals.sh'
#
# STRESS_TESTS=load picks, among the registered tests, the scripts that
# drive a terminal (tmux), a notification server or a D-Bus session, or
# send signals: the ones a loaded machine can upset.

set -u
runs=${STRESS_RUNS:-5}
cpus=${STRESS_CPU:-2}
tests=${STRESS_TESTS:-}
make=${MAKE:-make}
top_srcdir=${top_srcdir:-$(cd "$(dirname "$0")/.." && pwd)}

if ! command -v stress-ng >/dev/null 2>&1; then
	echo "stress.sh: stress-ng is not installed (Debian: stress-ng)" >&2
	exit 2
fi
case $runs in
'' | *[!0-9]*)
	echo "stress.sh: STRESS_RUNS \"$runs\" is not a number of runs (expected 1 or more)" >&2
	exit 2
	;;
esac

if [ "$tests" = load ]; then
	tests=
	for t in $($make -s print-tests); do
		case $t in
		*.sh) ;;
		*) continue ;;
		esac
		if grep -qE 'tmux|private-bus\.sh|notify/env\.sh|dbus-run-session|kill -' \
			"$top_srcdir/$t" 2>/dev/null; then
			tests="$tests $t"
		fi
	done
fi

stress-ng --cpu "$cpus" --timeout 0 --quiet &
stress_pid=$!
trap 'kill "$stress_pid" 2>/dev/null; wait "$stress_pid" 2>/dev/null' EXIT
trap 'exit 130' INT TERM

log=stress.log
: >"$log"
if [ -n "$tests" ]; then
	what="$(echo $tests | wc -w) tests ($(echo $tests | cut -c1-60)...)"
else
	what="the whole suite"
fi
echo "stress.sh: $what, run $runs time(s) under stress-ng --cpu $cpus"
n=1
while [ "$n" -le "$runs" ]; do
	start=$(date +%s)
	if [ -n "$tests" ]; then
		$make check TESTS="$tests" >>"$log" 2>&1
	else
		$make check >>"$log" 2>&1
	fi
	status=$?
	secs=$(($(date +%s) - start))
	if [ "$status" -ne 0 ]; then
		echo "stress.sh: run $n of $runs FAILED after ${secs}s:"
		grep -E '^(FAIL|ERROR|XPASS): ' "$log" | sed 's/^/  /'
		for t in $(grep -E '^(FAIL|ERROR|XPASS): ' "$log" | sed 's/^[A-Z]*: \([^ ]*\).*/\1/' | sort -u); do
			t=${t%.sh}
			[ -f "$t.log" ] || continue
			echo "--- $t.log (failed cases and what they say):"
			grep -A12 '^not ok' "$t.log" | head -n 60 | sed 's/^/  /'
		done
		echo "(all of make's output: $log)"
		exit 1
	fi
	echo "stress.sh: run $n of $runs passed (${secs}s)"
	n=$((n + 1))
done
echo "stress.sh: $runs runs, no failure"

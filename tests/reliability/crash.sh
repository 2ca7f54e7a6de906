#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# crash.sh - knead killed with SIGKILL at random moments: after every kill
# the database passes PRAGMA integrity_check, every write that knead
# reported as done (exit 0 and its "Logged ..." line) is there, and no
# write is ever half there (a check-in of three regions lands whole or not
# at all, an imported file lands whole or not at all).
#
# KNEAD_CRASH_ITERATIONS (default 200) and KNEAD_CRASH_SEED (default: the
# time) control the loop; the seed is printed so that a failure can be
# replayed.
. "$top_srcdir/tests/lib.sh"

NOW=2026-03-01T10:00
ITER=${KNEAD_CRASH_ITERATIONS:-200}
SEED=${KNEAD_CRASH_SEED:-$(date +%s)}
TRACKS=20  # runs in each generated GPX file
POINTS=400 # points in each of its tracks
export TZ=UTC
echo "# seed $SEED, $ITER iterations"

ms_now() { date +%s%3N; }

# knead_timed ARGS...: one write, not killed; prints how long it took (ms).
knead_timed() {
	t0=$(ms_now)
	"$KNEAD" --db "$T/calibrate.db" --now "$NOW" "$@" >/dev/null 2>&1
	echo $(($(ms_now) - t0))
}

# gen_gpx FILE N: a GPX file of $TRACKS runs named imp-N-K, on a day of its
# own (so that no file's runs are duplicates of another's).
gen_gpx() {
	awk -v n="$2" -v tracks="$TRACKS" -v points="$POINTS" 'BEGIN {
		y = 2010 + int(n / 336); m = 1 + int(n / 28) % 12; d = 1 + n % 28
		print "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
		print "<gpx version=\"1.1\" creator=\"knead crash test\" xmlns=\"http://www.topografix.com/GPX/1/1\">"
		for (k = 0; k < tracks; k++) {
			printf "<trk><name>imp-%d-%d</name><type>running</type><trkseg>\n", n, k
			for (p = 0; p < points; p++) {
				s = p * 5
				printf "<trkpt lat=\"%.6f\" lon=\"%.6f\"><ele>%d</ele>", 45.5 + p * 0.0001, -73.6 + k * 0.01, 30 + p % 7
				printf "<time>%04d-%02d-%02dT%02d:%02d:%02dZ</time></trkpt>\n", y, m, d, k, int(s / 60) % 60, s % 60
			}
			print "</trkseg></trk>"
		}
		print "</gpx>"
	}' > "$1"
}

have_import=0
if "$KNEAD" import --help >/dev/null 2>&1; then
	have_import=1
fi

# How long an ordinary write takes here (the sanitizer and valgrind builds
# are much slower), so that the kills land all along a command's life.
w1=$(knead_timed log run 10km 50:00)
w2=$(knead_timed log sore calf:left 2 quad:right 3 lower-back 4)
w3=$(knead_timed log run 5km 25:00)
write_ms=$(( (w1 + w2 + w3) / 3 + 1 ))
import_ms=0
if [ "$have_import" = 1 ]; then
	gen_gpx "$T/calibrate.gpx" 9999
	import_ms=$(knead_timed import "$T/calibrate.gpx")
fi
echo "# a write takes about $write_ms ms, an import of $TRACKS runs about $import_ms ms"

# One random number (0-999) per iteration and per use, decided up front.
awk -v seed="$SEED" -v n="$ITER" 'BEGIN {
	srand(seed)
	for (i = 1; i <= n; i++)
		print i, int(rand() * 1000), int(rand() * 1000), int(rand() * 1000)
}' > "$T/dice"

: > "$T/runs.ok"         # "ID NOTE" of every run reported logged
: > "$T/runs.removed"    # "ID NOTE" of runs reported removed
: > "$T/runs.uncertain"  # "ID NOTE" of runs whose rm was killed: there or not
: > "$T/sore.ok"         # notes of check-ins reported logged
: > "$T/massages.ok"     # "ID NOTE" of massages reported logged
: > "$T/imports.ok"      # iteration numbers of imports reported done
: > "$T/imports.tried"
bad_integrity=0
killed=0
completed=0
other_status=0

# kill_after MS: the timeout(1) argument, never 0 (which means no limit).
kill_after() {
	ms=$1
	[ "$ms" -lt 1 ] && ms=1
	printf '%d.%03ds' $((ms / 1000)) $((ms % 1000))
}

while read -r i r_op r_delay r_arg; do
	note="crash-$i"
	op=$((r_op % 10))
	budget=$write_ms
	if [ "$op" = 9 ] && [ "$have_import" = 0 ]; then
		op=$((r_op % 4))
	fi
	case $op in
	0 | 1 | 2 | 3) set -- log run "$((3 + r_arg % 30))km" "$(((3 + r_arg % 30) * 5 + r_arg % 60))m" --note "$note" ;;
	4 | 5) set -- log sore calf:left $((r_arg % 11)) it-band:right $((r_arg % 7)) lower-back 5 --note "$note" ;;
	6) set -- log massage sports --regions calf:left,quad:right --note "$note" ;;
	7 | 8)
		# A run reported logged, not yet removed: "ID NOTE" (ids are
		# reused after a removal, so the note tells the rows apart).
		victim=$(grep -vxF -f "$T/runs.removed" "$T/runs.ok" | grep -vxF -f "$T/runs.uncertain" |
			awk -v r="$r_arg" '{a[NR] = $0} END {if (NR) print a[1 + r % NR]}')
		if [ -z "$victim" ]; then
			set -- log run 1km 6m --note "$note"
			op=0
		else
			set -- rm runs "${victim%% *}"
		fi
		;;
	9)
		gen_gpx "$T/import.gpx" "$i"
		echo "$i" >> "$T/imports.tried"
		budget=$import_ms
		set -- import "$T/import.gpx"
		;;
	esac
	# One time in ten the write runs to its end; otherwise it is killed
	# somewhere between its start and a little after its usual end.
	if [ $((r_delay % 10)) = 0 ]; then
		limit=600000
	else
		limit=$((r_delay * budget * 3 / 2 / 1000))
	fi
	out=$(timeout -s KILL "$(kill_after "$limit")" "$KNEAD" --db "$DB" --now "$NOW" "$@" 2>"$T/stderr")
	rc=$?
	case $rc in
	0) completed=$((completed + 1)) ;;
	137) killed=$((killed + 1)) ;;
	*)
		other_status=$((other_status + 1))
		echo "# iteration $i: knead $* exited $rc: $(head -c 300 "$T/stderr")"
		;;
	esac
	if [ "$rc" = 0 ]; then
		case $op in
		0 | 1 | 2 | 3)
			id=$(printf '%s\n' "$out" | sed -n 's/^Logged run \([0-9][0-9]*\):.*/\1/p')
			[ -n "$id" ] && echo "$id $note" >> "$T/runs.ok"
			;;
		4 | 5)
			[ "$(printf '%s\n' "$out" | grep -c '^Logged soreness')" = 3 ] && echo "$note" >> "$T/sore.ok"
			;;
		6)
			id=$(printf '%s\n' "$out" | sed -n 's/^Logged massage \([0-9][0-9]*\):.*/\1/p')
			[ -n "$id" ] && echo "$id $note" >> "$T/massages.ok"
			;;
		7 | 8)
			printf '%s\n' "$out" | grep -q '^Removed' && echo "$victim" >> "$T/runs.removed"
			;;
		9)
			printf '%s\n' "$out" | grep -q "^Imported: $TRACKS\$" && echo "$i" >> "$T/imports.ok"
			;;
		esac
	elif [ "$op" = 7 ] || [ "$op" = 8 ]; then
		echo "$victim" >> "$T/runs.uncertain"
	fi
	if [ -e "$DB" ]; then
		check=$(sqlite3 -batch "$DB" 'PRAGMA integrity_check' 2>&1)
		if [ "$check" != ok ]; then
			bad_integrity=$((bad_integrity + 1))
			echo "# iteration $i (knead $*, status $rc): integrity_check: $(echo "$check" | head -n 3)"
		fi
	fi
done < "$T/dice"

echo "# $killed writes killed, $completed completed, $other_status other exits;" \
	"reported: $(wc -l < "$T/runs.ok") runs, $(wc -l < "$T/sore.ok") check-ins," \
	"$(wc -l < "$T/massages.ok") massages, $(wc -l < "$T/runs.removed") removals," \
	"$(wc -l < "$T/imports.ok") of $(wc -l < "$T/imports.tried") imports"

ok $(( ITER >= 200 ? 0 : 1 )) "the loop ran $ITER writes (at least 200)"
ok $(( killed > 0 && completed > 0 ? 0 : 1 )) "some writes were killed ($killed) and some completed ($completed)"
is "$other_status" 0 "no write failed other than by the kill"
is "$bad_integrity" 0 "PRAGMA integrity_check is ok after every kill"
is "$(sql 'PRAGMA foreign_key_check' | head -n 3)" "" "no row points to a missing one (foreign_key_check)"

# Every run reported logged is there, with its note, unless it was removed
# (or a removal of it was killed half-way).
sql "SELECT id || ' ' || note FROM runs" | sort > "$T/runs.db"
missing=$(cat "$T/runs.removed" "$T/runs.uncertain" | grep -vxF -f - "$T/runs.ok" | sort |
	comm -23 - "$T/runs.db")
is "$missing" "" "every run reported logged is in the database"
back=$(grep -xF -f "$T/runs.removed" "$T/runs.db" | head -n 5)
is "$back" "" "no run reported removed is in the database"
is "$(sql "SELECT note FROM runs WHERE note LIKE 'crash-%' GROUP BY note HAVING count(*) > 1")" "" \
	"no run was stored twice"

missing=$(while read -r n; do
	[ "$(sql "SELECT count(*) FROM soreness WHERE note = '$n'")" = 3 ] || echo "$n"
done < "$T/sore.ok")
is "$missing" "" "every check-in reported logged is in the database, all three regions"
is "$(sql "SELECT note FROM soreness GROUP BY note HAVING count(*) != 3")" "" \
	"every check-in in the database is whole (three regions, never fewer)"

missing=$(while read -r id n; do
	[ "$(sql "SELECT count(*) FROM massages WHERE id = $id AND note = '$n'")" = 1 ] || echo "$id"
done < "$T/massages.ok")
is "$missing" "" "every massage reported logged is in the database"
is "$(sql 'SELECT m.id FROM massages m LEFT JOIN massage_regions r ON r.massage_id = m.id
	GROUP BY m.id HAVING count(r.region) != 2')" "" "every massage in the database has both its regions"

if [ "$have_import" = 1 ]; then
	missing=$(while read -r n; do
		[ "$(sql "SELECT count(*) FROM runs WHERE source = 'gpx' AND note LIKE 'imp-$n-%'")" = "$TRACKS" ] ||
			echo "$n"
	done < "$T/imports.ok")
	is "$missing" "" "every import reported done is in the database, all $TRACKS runs"
	partial=$(while read -r n; do
		c=$(sql "SELECT count(*) FROM runs WHERE source = 'gpx' AND note LIKE 'imp-$n-%'")
		[ "$c" = 0 ] || [ "$c" = "$TRACKS" ] || echo "import $n: $c runs"
	done < "$T/imports.tried")
	is "$partial" "" "no import is half there (each file's $TRACKS runs, or none)"
else
	skip "knead import does not exist yet" "every import reported done is in the database"
	skip "knead import does not exist yet" "no import is half there"
fi

# The survivor still works: knead opens it and writes to it.
run --now "$NOW" log run 10km 50:00 --note after-the-crashes
is "$rc" 0 "knead writes to the database after $killed kills"
is "$(sql "SELECT count(*) FROM runs WHERE note = 'after-the-crashes'")" 1 "and the write is there"

done_testing

#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# json.sh - knead's JSON import is no side door: every file of the hostile
# corpus (tests/fuzz/seeds/json/hostile-*:
# absurd values, terminal escapes, \u0000, lone surrogates, nesting,
# truncation, wrong shapes) is refused whole, with one "knead: ..." line,
# or, where only rows break the rules, has those rows left out with their
# reason; the database is unchanged either way; the ok-* files import.  A
# backup with one bad row restores all the others.  Decompression bombs
# are refused early in bounded memory.
. "$top_srcdir/tests/lib.sh"

NOW=2026-11-30T10:00
SEEDS=$top_srcdir/tests/fuzz/seeds/json
"$KNEAD" --db "$DB" --now "$NOW" log run 10km 50:00 --note seed >/dev/null
sum0=$(db_sum)

tried=0
refused=0
rows=0
for f in "$SEEDS"/hostile-*; do
	name=$(basename "$f")
	tried=$((tried + 1))
	cp "$f" "$T/in.json"
	run --now "$NOW" import "$T/in.json"
	# A file that is not an export is refused whole, naming the file; a
	# row that breaks the rules is left out with its reason, the rest
	# restored (these files hold no good row).
	if [ "$rc" -eq 1 ]; then
		refused=$((refused + 1))
		like "$err" '^knead: .*in\.json: ' "$name: refused (exit 1), with a message naming the file"
	else
		like "$rc:$(printf '%s' "$out" | tr '\n' ' ')" '^0:.*Skipped: [1-9]' "$name: its rows are left out (exit 0), each counted"
		rows=$((rows + 1))
	fi
	is "$(printf '%s' "$err$out" | LC_ALL=C tr -d '\n -~\200-\377' | wc -c | tr -d ' ')" 0 \
		"$name:   and no control character in what is shown"
	is "$(db_sum)" "$sum0" "$name:   the database is unchanged"
done
echo "# hostile JSON files: $tried tried, $refused refused whole, $rows with their rows left out"

for f in "$SEEDS"/ok-*; do
	name=$(basename "$f")
	cp "$f" "$T/in.json"
	run --now "$NOW" import "$T/in.json"
	is "$rc" 0 "$name: imported"
done
is "$(sql "SELECT note FROM runs WHERE note LIKE 'runner%'")" "runner 🏃 é" \
	"a surrogate pair becomes its character"
is "$(sql "SELECT count(*) FROM massages WHERE date = '2026-12-20'")" 1 \
	"a booked massage (in the future) imports"

# Messages say what is wrong.
cp "$SEEDS/hostile-nul-escape.json" "$T/in.json"
run --now "$NOW" import "$T/in.json"
like "$err" 'u0000' "\\u0000 is named"
cp "$SEEDS/hostile-lone-high.json" "$T/in.json"
run --now "$NOW" import "$T/in.json"
like "$err" 'surrogate' "a lone surrogate is named"
cp "$SEEDS/hostile-future-run.json" "$T/in.json"
run --now "$NOW" import "$T/in.json"
like "$out" 'runs: .*2999-01-01.*future' "a run in 2999: which list and why"
cp "$SEEDS/hostile-100km-60s.json" "$T/in.json"
run --now "$NOW" import "$T/in.json"
like "$out" 'faster than anyone' "100 km in 60 s: why"
cp "$SEEDS/hostile-nesting.json" "$T/in.json"
run --now "$NOW" import "$T/in.json"
like "$err" 'nested deeper than 32' "100,000 '[': a message, not a crash"

# Bombs, gzip'd: refused early, in bounded memory.
sum0=$(db_sum)
if command -v gzip >/dev/null 2>&1; then
	head -c 262144000 /dev/zero | gzip -1 >"$T/nul-bomb.json.gz"
	head -c 262144000 /dev/zero | tr '\0' 0 | gzip -1 >"$T/zeros.json.gz"
	{ printf '{"format": "knead-export", "x": '; head -c 262144000 /dev/zero | tr '\0' 0; } |
		gzip -1 >"$T/number-bomb.json.gz"
	{ printf '{"format": "knead-export", "x": "'; head -c 262144000 /dev/zero | tr '\0' a; } |
		gzip -1 >"$T/text-bomb.json.gz"
	{ printf '{"format": "knead-export", "runs": '; head -c 100000 /dev/zero | tr '\0' '['; } |
		gzip -1 >"$T/nest.json.gz"
	# The floor: the same import of a small valid file, in this build
	# (sanitizers and valgrind add their own megabytes).
	base=0
	if [ -x /usr/bin/time ]; then
		cp "$SEEDS/ok-plain.json" "$T/small.json"
		/usr/bin/time -f %M -o "$T/rss" "$KNEAD" --db "$T/floor.db" --now "$NOW" \
			import "$T/small.json" >/dev/null 2>&1
		base=$(tail -n 1 "$T/rss")
		echo "# floor: a small import, peak RSS $base KB"
	fi
	for b in nul-bomb zeros number-bomb text-bomb nest; do
		if [ -x /usr/bin/time ]; then
			/usr/bin/time -f %M -o "$T/rss" "$KNEAD" --db "$DB" --now "$NOW" \
				import "$T/$b.json.gz" >/dev/null 2>"$T/err"
			rc=$?
		else
			"$KNEAD" --db "$DB" --now "$NOW" import "$T/$b.json.gz" >/dev/null 2>"$T/err"
			rc=$?
			echo 0 >"$T/rss"
		fi
		is "$rc" 1 "$b.json.gz ($(wc -c <"$T/$b.json.gz" | tr -d ' ') bytes): refused"
		like "$(cat "$T/err")" '^knead: .*byte [0-9]+: ' "  with a message saying where and why"
		rss=$(tail -n 1 "$T/rss")
		echo "# $b: peak RSS $rss KB"
		# json-glib took 10 GB on the 250 MB of zeros; 32 MB above the
		# floor is a bound the streaming reader keeps with room to spare.
		[ "$rss" -lt $((base + 32768)) ]
		ok $? "  in bounded memory (peak $rss KB, floor $base KB)"
	done
	is "$(db_sum)" "$sum0" "the database is unchanged by the bombs"
else
	skip "gzip is not installed" "gzip'd bombs"
fi

# A backup with one bad row (an edit that let 1000 km in 25 min through):
# the other rows are restored, the bad one is named with its reason.
DB=$T/bad-row.db
"$KNEAD" --db "$DB" --now "$NOW" log run 10km 50:00 --note good-1 >/dev/null
"$KNEAD" --db "$DB" --now "$NOW" log run 12km 60:00 --note bad --date 2026-11-20 >/dev/null
"$KNEAD" --db "$DB" --now "$NOW" log sore calf:left 3 >/dev/null
"$KNEAD" --db "$DB" --now "$NOW" race add 2026-12-20 Fall 10km >/dev/null
sql "UPDATE runs SET distance_m = 1000000, duration_s = 1500 WHERE note = 'bad'"
"$KNEAD" --db "$DB" --now "$NOW" export --format json --output "$T/backup.json"
DB=$T/restored.db
run --now "$NOW" import "$T/backup.json"
is "$rc" 0 "a backup with one impossible run is imported (exit 0)"
is "$(sql 'SELECT count(*) FROM runs') $(sql 'SELECT count(*) FROM soreness') $(sql 'SELECT count(*) FROM races')" \
	"1 1 1" "  every other row is restored"
like "$out" "Skipped: 1" "  the bad row is counted"
like "$out" "runs: .*faster than anyone" "  with its reason"

done_testing

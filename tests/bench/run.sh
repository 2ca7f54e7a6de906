#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# tests/bench/run.sh - knead's performance report (make bench).
#
# Measures knead against floors taken in the same run, on generated
# histories of 1, 5, 20 and 100 years, and prints the figures, the ratios
# and PASS/MISS for each target (RESULTS.md).  Every figure is the median of
# BENCH_RUNS runs (default 21), and the runs of a floor and of what is
# compared with it are interleaved (timecmd, ptybench), so that a busy
# machine weighs on both alike.  It is a report, not a test: it exits 0
# whatever the figures, and non-zero only when the harness itself fails.
#
# Environment: KNEAD (the binary), BENCH_BIN (the bench programs),
# BENCH_DATA (where the generated histories are kept between runs),
# FIXTURES (for a real Strava header); optional BENCH_RUNS, BENCH_SIZES,
# BENCH_TUI_MARKER (text the Today screen draws), BENCH_CALLGRIND=0 to skip
# the instruction counts.
set -eu

: "${KNEAD:?KNEAD must point to the knead binary}"
: "${BENCH_BIN:?BENCH_BIN must point to the bench programs}"
: "${BENCH_DATA:?BENCH_DATA must name a directory for the generated data}"
: "${FIXTURES:?FIXTURES must point to tests/fixtures}"
here=$(cd "$(dirname "$0")" && pwd)
RUNS=${BENCH_RUNS:-21}
SIZES=${BENCH_SIZES:-"1 5 20 100"}
TUI_MARKER=${BENCH_TUI_MARKER:-Quit}
FLOOR_MARKER="first frame drawn"
END=2026-11-23
GPX_POINTS=100000
CSV_ROWS=5000
FIT_RECORDS=${BENCH_FIT_RECORDS:-2000000}

mkdir -p "$BENCH_DATA"
T=$(mktemp -d "${TMPDIR:-/tmp}/knead-bench.XXXXXX")
trap 'rm -rf "$T"' EXIT INT TERM
# A private home, so that no user configuration or database takes part.
export HOME="$T/home" XDG_DATA_HOME="$T/data" XDG_CONFIG_HOME="$T/config"
export XDG_STATE_HOME="$T/state" XDG_CACHE_HOME="$T/cache"
mkdir -p "$HOME"
export LC_ALL=C.UTF-8 LANGUAGE= TERM=xterm-256color KNEAD_NOW="${END}T07:30"
unset KNEAD_DB NO_COLOR || :
FIG=$T/figures

say() { printf '%s\n' "$*" >&2; }
die() { say "bench: $*"; exit 1; }

# fig NAME: a figure recorded earlier (the last one recorded under NAME).
fig() { awk -v k="$1" '$1 == k { v = $2; found = 1 } END { if (found) print v; exit !found }' "$FIG"; }
put() { printf '%s %s\n' "$1" "$2" >> "$FIG"; }
# ratio A B [DIGITS]: A / B.
# (mawk has no %.*f, hence the format built by hand.)
ratio() {
	awk -v a="$1" -v b="$2" -v d="${3:-2}" \
		'BEGIN { if (a == "" || b == "" || b <= 0) exit 1; printf "%." d "f", a / b }'
}
# verdict VALUE LIMIT: PASS when VALUE <= LIMIT; "n/a" when a figure is missing.
verdict() {
	awk -v v="$1" -v l="$2" 'BEGIN { print v == "" || l == "" ? "n/a" : v + 0 <= l + 0 ? "PASS" : "MISS" }'
}

for p in gen_history timecmd ptybench min_curses xml_floor gen_fit fit_floor; do
	[ -x "$BENCH_BIN/$p" ] || die "$BENCH_BIN/$p is missing (run make bench)"
done
command -v sqlite3 >/dev/null || die "sqlite3 (the floor) is not installed"

# --- data ------------------------------------------------------------------
# Generated once and kept; regenerated when the generator is newer.  Each
# run works on copies, so nothing a command writes (WAL files, a reminder)
# can change the next run's data.
for y in $SIZES; do
	db=$BENCH_DATA/h$y.db
	if [ ! -s "$db" ] || [ "$BENCH_BIN/gen_history" -nt "$db" ]; then
		rm -f "$db" "$db-wal" "$db-shm"
		say "generating $y years of history..."
		"$BENCH_BIN/gen_history" "$db" "$y" "$END" > "$BENCH_DATA/h$y.txt" ||
			die "gen_history failed"
	fi
	cp "$db" "$T/h$y.db"
done
gpx=$BENCH_DATA/points.gpx
csv=$BENCH_DATA/activities.csv
if [ ! -s "$gpx" ] || [ "$here/gen_import.sh" -nt "$gpx" ]; then
	say "generating a GPX of $GPX_POINTS points and an activities.csv of $CSV_ROWS rows..."
	sh "$here/gen_import.sh" gpx "$gpx" "$GPX_POINTS"
	sh "$here/gen_import.sh" csv "$csv" "$CSV_ROWS" "$FIXTURES/strava_activities.csv"
fi
fit=$BENCH_DATA/records-$FIT_RECORDS.fit
if [ ! -s "$fit" ] || [ "$BENCH_BIN/gen_fit" -nt "$fit" ]; then
	say "generating a FIT file of $FIT_RECORDS records..."
	"$BENCH_BIN/gen_fit" "$fit" "$FIT_RECORDS" || die "gen_fit failed"
fi

# Every command must work before it is timed.
for y in $SIZES; do
	for c in next status; do
		out=$("$KNEAD" --db "$T/h$y.db" "$c" --json) || die "knead $c --json failed on $y years"
		case $out in "{"*) ;; *) die "knead $c --json printed no JSON object" ;; esac
	done
done

# --- 1. next and status against the sqlite3 floor ---------------------------
say "timing next and status against sqlite3 ($RUNS runs each)..."
set --
for y in $SIZES; do
	set -- "$@" sqlite3 "$T/h$y.db" "select count(*) from runs" :: \
		"$KNEAD" --db "$T/h$y.db" next --json :: \
		"$KNEAD" --db "$T/h$y.db" status --json ::
done
"$BENCH_BIN/timecmd" -n "$RUNS" -- "$@" > "$T/cli.txt" || die "timecmd failed"
i=0
for y in $SIZES; do
	for what in floor next status; do
		i=$((i + 1))
		line=$(sed -n "${i}p" "$T/cli.txt")
		set -- $line
		put "${what}_wall_$y" "$3"
		put "${what}_cpu_$y" "$5"
		put "${what}_rss_$y" "$7"
	done
done

# --- 2. the interface's first frame against a minimal ncurses program ------
say "timing the interface's first frame against min_curses ($RUNS sessions each)..."
set -- "$BENCH_BIN/min_curses"
for y in $SIZES; do
	set -- "$@" :: "$KNEAD" --db "$T/h$y.db"
done
"$BENCH_BIN/ptybench" -n "$RUNS" -Q q -m "$FLOOR_MARKER" -m "$TUI_MARKER" -- "$@" \
	> "$T/tui.txt" || die "ptybench failed (is the interface built?)"
put curses_start "$(awk '$1 == 1 { print $3 }' "$T/tui.txt")"
put curses_rss "$(awk '$1 == 1 { print $5 }' "$T/tui.txt")"
i=1
for y in $SIZES; do
	i=$((i + 1))
	put "tui_start_$y" "$(awk -v i=$i '$1 == i { print $3 }' "$T/tui.txt")"
	put "tui_rss_$y" "$(awk -v i=$i '$1 == i { print $5 }' "$T/tui.txt")"
done

# --- 3. keypress to redrawn screen, inside one session ----------------------
# Switching: rounds of History (3), Races (4), Articles (5), Today (1).
# The body map: the check-in (c), five Tabs from the first field of the run
# to the map (not timed), then rounds of right, down, left, up, as the
# application-mode arrow keys that ncurses asks the terminal for.  Each
# round ends where it began.
KEY_SESSIONS=${BENCH_KEY_SESSIONS:-3}
KEY_ROUNDS=${BENCH_KEY_ROUNDS:-10}
say "timing keypresses ($KEY_SESSIONS sessions of $KEY_ROUNDS rounds per size)..."
for y in $SIZES; do
	"$BENCH_BIN/ptybench" -n "$KEY_SESSIONS" -r "$KEY_ROUNDS" -Q q -m "$TUI_MARKER" \
		-k 3 -k 4 -k 5 -k 1 -- "$KNEAD" --db "$T/h$y.db" \
		> "$T/switch$y.txt" || die "ptybench (switching screens) failed on $y years"
	"$BENCH_BIN/ptybench" -n "$KEY_SESSIONS" -r "$KEY_ROUNDS" -Q q -m "$TUI_MARKER" \
		-p c -p '\t' -p '\t' -p '\t' -p '\t' -p '\t' \
		-k '\eOC' -k '\eOB' -k '\eOD' -k '\eOA' -- "$KNEAD" --db "$T/h$y.db" \
		> "$T/map$y.txt" || die "ptybench (body map) failed on $y years"
	worst() { awk '$1 ~ /^key/ { print $2 }' "$1" | sort -g | tail -n 1; }
	put "key_switch_$y" "$(worst "$T/switch$y.txt")"
	put "key_map_$y" "$(worst "$T/map$y.txt")"
	for f in "$T/switch$y.txt" "$T/map$y.txt"; do
		rss=$(awk '$1 == 1 { print $5 }' "$f")
		[ "$rss" -gt "$(fig "tui_rss_$y")" ] && put "tui_rss_$y" "$rss"
	done
done

# --- 6. import throughput ---------------------------------------------------
# A binary without `import` (or whose import fails) gets n/a, not a stop:
# the other figures still mean something.
say "timing imports against a bare libxml2 reader..."
if "$BENCH_BIN/timecmd" -n "${BENCH_IMPORT_RUNS:-7}" -w 1 -r "$T/import.db" -- \
	"$BENCH_BIN/xml_floor" "$gpx" :: \
	"$KNEAD" --db "$T/import.db" import "$gpx" :: \
	"$KNEAD" --db "$T/import.db" import "$csv" > "$T/import.txt"; then
	put xml_floor_wall "$(awk '$1 == 1 { print $3 }' "$T/import.txt")"
	put gpx_wall "$(awk '$1 == 2 { print $3 }' "$T/import.txt")"
	put csv_wall "$(awk '$1 == 3 { print $3 }' "$T/import.txt")"
	put gpx_rss "$(awk '$1 == 2 { print $7 }' "$T/import.txt")"
else
	say "bench: knead import failed: no import figures"
fi
# FIT: against a walk of its messages, and a walk that also checks the CRC
# (which knead does, as the protocol asks).
say "timing FIT import against a bare walk of its messages..."
if "$BENCH_BIN/timecmd" -n "${BENCH_IMPORT_RUNS:-7}" -w 1 -r "$T/import.db" -- \
	"$BENCH_BIN/fit_floor" "$fit" :: "$BENCH_BIN/fit_floor" --crc "$fit" :: \
	"$KNEAD" --db "$T/import.db" import "$fit" :: \
	"$BENCH_BIN/fit_floor" --crc8 "$fit" > "$T/fit.txt"; then
	for f in "1 fit_floor" "2 fit_crc_floor" "3 fit" "4 fit_crc8_floor"; do
		set -- $f
		put "${2}_wall" "$(awk -v n="$1" '$1 == n { print $3 }' "$T/fit.txt")"
		put "${2}_cpu" "$(awk -v n="$1" '$1 == n { print $5 }' "$T/fit.txt")"
	done
	put fit_rss "$(awk '$1 == 3 { print $7 }' "$T/fit.txt")"
else
	say "bench: knead import of FIT failed: no FIT figures"
fi
# The fixed cost of one file: knead import of a one-point-a-minute GPX of
# 30 points into a database that exists (the run is already there after
# the first time), against knead's own start-up (knead --version).  Beside
# them, the bare libxml2 reader on the same file: any process that reads a
# GPX maps libxml2 (and ICU behind it on Debian), so knead's start-up plus
# that reader's is the least an import handed to a helper can cost.
tiny=$T/tiny.gpx
{
	echo '<?xml version="1.0"?><gpx version="1.1" creator="bench" xmlns="http://www.topografix.com/GPX/1/1"><trk><type>running</type><trkseg>'
	i=0
	while [ "$i" -lt 30 ]; do
		printf '<trkpt lat="45.%04d" lon="-73.58"><time>2020-06-01T06:%02d:00Z</time></trkpt>\n' "$((i * 30))" "$i"
		i=$((i + 1))
	done
	echo '</trkseg></trk></gpx>'
} >"$tiny"
say "timing the fixed cost of knead import against knead's start-up..."
if "$KNEAD" --db "$T/tiny.db" import "$tiny" >/dev/null &&
	"$BENCH_BIN/timecmd" -n "${BENCH_IMPORT_RUNS:-7}" -w 1 -- \
	"$KNEAD" --version :: "$KNEAD" --db "$T/tiny.db" import "$tiny" :: \
	"$BENCH_BIN/xml_floor" "$tiny" > "$T/tiny.txt"; then
	put start_wall "$(awk '$1 == 1 { print $3 }' "$T/tiny.txt")"
	put import_one_wall "$(awk '$1 == 2 { print $3 }' "$T/tiny.txt")"
	put import_one_ratio "$(ratio "$(fig import_one_wall)" "$(fig start_wall)")"
	put xml_start_wall "$(awk '$1 == 3 { print $3 }' "$T/tiny.txt")"
	put import_one_floor_ratio "$(awk -v s="$(fig start_wall)" -v x="$(fig xml_start_wall)" \
		'BEGIN { printf "%.2f", (s + x) / s }')"
else
	say "bench: knead import of one small file failed: no fixed-cost figure"
fi

# --- 6b. exports as downloaded -----------------------------------------------
# An Apple Health export.xml of BENCH_HEALTH_MB (default 1024) against
# xmllint --stream over the same file, and a Strava export .zip of
# BENCH_ZIP_ROWS (default 3000) activities with their gzip'd files: wall
# time and peak RSS (the target is 64 MiB for both, whatever their size).
health=$BENCH_DATA/health-export.xml
szip=$BENCH_DATA/strava-export.zip
HEALTH_MB=${BENCH_HEALTH_MB:-1024}
ZIP_ROWS=${BENCH_ZIP_ROWS:-3000}
if [ ! -s "$health" ] || [ "$here/gen_import.sh" -nt "$health" ]; then
	say "generating an Apple Health export of $HEALTH_MB MB and a Strava zip of $ZIP_ROWS activities..."
	sh "$here/gen_import.sh" health "$health" "$HEALTH_MB"
	sh "$here/gen_import.sh" strava-zip "$szip" "$ZIP_ROWS" "$FIXTURES/strava_activities.csv"
fi
say "timing the exports against xmllint --stream..."
if command -v xmllint >/dev/null &&
	"$BENCH_BIN/timecmd" -n "${BENCH_EXPORT_RUNS:-3}" -w 0 -r "$T/export.db" -- \
	xmllint --stream --noout "$health" :: \
	"$KNEAD" --db "$T/export.db" import "$health" :: \
	"$KNEAD" --db "$T/export.db" import "$szip" > "$T/export.txt"; then
	put health_floor_wall "$(awk '$1 == 1 { print $3 }' "$T/export.txt")"
	put health_wall "$(awk '$1 == 2 { print $3 }' "$T/export.txt")"
	put health_rss "$(awk '$1 == 2 { print $7 }' "$T/export.txt")"
	put szip_wall "$(awk '$1 == 3 { print $3 }' "$T/export.txt")"
	put szip_rss "$(awk '$1 == 3 { print $7 }' "$T/export.txt")"
	put health_floor_ratio "$(ratio "$(fig health_floor_wall)" "$(fig health_wall)")"
else
	say "bench: the export imports failed: no export figures"
fi
# The same Strava export, zipped and unzipped: what reading the archive
# costs over reading the folder.
sdir=$T/strava-export
mkdir -p "$sdir"
say "timing the Strava export zipped against unzipped..."
if command -v unzip >/dev/null && unzip -q "$szip" -d "$sdir" &&
	"$BENCH_BIN/timecmd" -n "${BENCH_EXPORT_RUNS:-3}" -w 1 -r "$T/szip.db" -- \
	"$KNEAD" --db "$T/szip.db" import "$sdir" :: \
	"$KNEAD" --db "$T/szip.db" import "$szip" > "$T/szip.txt"; then
	put sdir_wall "$(awk '$1 == 1 { print $3 }' "$T/szip.txt")"
	put szip2_wall "$(awk '$1 == 2 { print $3 }' "$T/szip.txt")"
	put szip_dir_ratio "$(ratio "$(fig szip2_wall)" "$(fig sdir_wall)")"
else
	say "bench: the unzipped Strava export failed: no zip/folder figure"
fi

# --- 6c. exports made to hurt ------------------------------------------------
# BENCH_HEALTH_WORKOUTS (default 2,000,000) running workouts in one
# export.xml, stored as they are read (the target: 64 MiB whatever their
# number), and an export.zip of BENCH_ROUTE_WORKOUTS (default 4,000) runs
# whose distances come from their routes (one pass over the archive).
many=$BENCH_DATA/health-many.xml
routes=$BENCH_DATA/health-routes.zip
MANY=${BENCH_HEALTH_WORKOUTS:-2000000}
ROUTES=${BENCH_ROUTE_WORKOUTS:-4000}
if [ ! -s "$many" ] || [ "$here/gen_import.sh" -nt "$many" ]; then
	say "generating an export.xml of $MANY workouts and an export.zip of $ROUTES routes..."
	sh "$here/gen_import.sh" health-many "$many" "$MANY"
	sh "$here/gen_import.sh" health-routes-zip "$routes" "$ROUTES"
fi
say "importing them..."
if "$BENCH_BIN/timecmd" -n 1 -w 0 -r "$T/many.db" -- \
	"$KNEAD" --db "$T/many.db" import "$many" :: \
	"$KNEAD" --db "$T/many.db" import "$routes" > "$T/many.txt"; then
	put many_wall "$(awk '$1 == 1 { print $3 }' "$T/many.txt")"
	put many_rss "$(awk '$1 == 1 { print $7 }' "$T/many.txt")"
	put routes_wall "$(awk '$1 == 2 { print $3 }' "$T/many.txt")"
	put routes_rss "$(awk '$1 == 2 { print $7 }' "$T/many.txt")"
else
	say "bench: the hostile exports failed: no figures"
fi

# --- 7. instruction counts ---------------------------------------------------
cg_count() { # cg_count COMMAND...: instructions, loader and libraries included
	valgrind --tool=callgrind --callgrind-out-file="$T/cg.out" "$@" >/dev/null 2>"$T/cg.err" ||
		die "callgrind failed on $*: $(tail -n 3 "$T/cg.err")"
	awk '/^(summary|totals):/ { print $2; exit }' "$T/cg.out"
}
if [ "${BENCH_CALLGRIND:-1}" != 0 ] && command -v valgrind >/dev/null; then
	say "counting instructions with callgrind..."
	for y in $SIZES; do
		case $y in 1|20|100) ;; *) continue ;; esac
		put "ir_floor_$y" "$(cg_count sqlite3 "$T/h$y.db" "select count(*) from runs")"
		put "ir_next_$y" "$(cg_count "$KNEAD" --db "$T/h$y.db" next --json)"
		put "ir_status_$y" "$(cg_count "$KNEAD" --db "$T/h$y.db" status --json)"
	done
fi

# --- ratios and growth ----------------------------------------------------
first=${SIZES%% *}
last=${SIZES##* }
for y in $SIZES; do
	put "next_floor_ratio_$y" "$(ratio "$(fig "next_wall_$y")" "$(fig "floor_wall_$y")")"
	put "status_floor_ratio_$y" "$(ratio "$(fig "status_wall_$y")" "$(fig "floor_wall_$y")")"
	put "tui_floor_ratio_$y" "$(ratio "$(fig "tui_start_$y")" "$(fig curses_start)")"
done
for y in $SIZES; do
	put "growth_next_$y" "$(ratio "$(fig "next_wall_$y")" "$(fig "next_wall_$first")")"
	put "growth_status_$y" "$(ratio "$(fig "status_wall_$y")" "$(fig "status_wall_$first")")"
	put "growth_tui_$y" "$(ratio "$(fig "tui_start_$y")" "$(fig "tui_start_$first")")"
done
# rate COUNT WALL_MS: per second.
rate() { awk -v n="$1" -v w="$2" 'BEGIN { if (w == "" || w <= 0) exit 1; printf "%.0f", n / (w / 1000) }'; }
put gpx_rate "$(rate $GPX_POINTS "$(fig gpx_wall)")"
put xml_floor_rate "$(rate $GPX_POINTS "$(fig xml_floor_wall)")"
put csv_rate "$(rate $CSV_ROWS "$(fig csv_wall)")"
# Throughput against the floor: the floor's time over knead's.
put gpx_floor_ratio "$(ratio "$(fig xml_floor_wall)" "$(fig gpx_wall)")"
put fit_rate "$(rate "$FIT_RECORDS" "$(fig fit_wall)")"
put fit_floor_rate "$(rate "$FIT_RECORDS" "$(fig fit_floor_wall)")"
put fit_floor_ratio "$(ratio "$(fig fit_floor_wall)" "$(fig fit_wall)")"
put fit_crc_floor_ratio "$(ratio "$(fig fit_crc_floor_wall)" "$(fig fit_wall)")"
put fit_over_crc "$(ratio "$(fig fit_wall)" "$(fig fit_crc_floor_wall)")"
put fit_over_crc8 "$(ratio "$(fig fit_wall)" "$(fig fit_crc8_floor_wall)")"
put fit_floor_cpu_ratio "$(ratio "$(fig fit_floor_cpu)" "$(fig fit_cpu)")"

# --- the report -------------------------------------------------------------
report=${BENCH_REPORT:-$(dirname "$BENCH_DATA")/report.md}
{
	echo "## knead performance ($(date -u +%Y-%m-%d), $RUNS runs per figure, medians)"
	echo
	echo "Machine: $(nproc) cores, $(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -n 1)," \
		"$(awk '/^MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo) RAM," \
		"$(uname -sr); load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)."
	echo
	echo "History sizes:"
	for y in $SIZES; do echo "- $(cat "$BENCH_DATA/h$y.txt")"; done
	echo
	echo "### Wall time (ms) and peak RSS"
	echo
	printf '| years |'; for y in $SIZES; do printf ' %s |' "$y"; done; echo
	printf '|---|'; for y in $SIZES; do printf -- '---:|'; done; echo
	row() { # row LABEL PREFIX [DIVISOR [DIGITS]]
		printf '| %s |' "$1"
		for y in $SIZES; do
			printf ' %s |' "$(awk -v v="$(fig "$2_$y")" -v d="${3:-1}" -v p="${4:-1}" \
				'BEGIN { if (v == "") printf "n/a"; else printf "%." p "f", v / d }')"
		done
		echo
	}
	row "floor: sqlite3 select count(*)" floor_wall
	row "knead next --json" next_wall
	row "knead status --json" status_wall
	row "next / floor" next_floor_ratio 1 2
	row "status / floor" status_floor_ratio 1 2
	row "interface first frame" tui_start
	row "interface / min_curses" tui_floor_ratio 1 2
	row "growth of next (x size $first)" growth_next 1 2
	row "growth of status (x size $first)" growth_status 1 2
	row "growth of first frame (x size $first)" growth_tui 1 2
	row "key: switch screen (worst of 4)" key_switch
	row "key: move on the body map (worst of 4)" key_map
	row "CPU ms: floor" floor_cpu
	row "CPU ms: next" next_cpu
	row "CPU ms: status" status_cpu
	row "peak RSS MiB: interface" tui_rss 1024
	row "peak RSS MiB: next" next_rss 1024
	row "peak RSS MiB: sqlite3" floor_rss 1024
	echo
	echo "min_curses (one line in the same pseudo-terminal): $(fig curses_start) ms," \
		"peak RSS $(awk -v v="$(fig curses_rss)" 'BEGIN { printf "%.1f", v / 1024 }') MiB."
	echo
	echo "### Import"
	echo
	echo "| file | wall ms | per second | floor per second | throughput / floor |"
	echo "|---|---:|---:|---:|---:|"
	echo "| GPX, $GPX_POINTS points | $(fig gpx_wall | cut -d. -f1) | $(fig gpx_rate) | $(fig xml_floor_rate) | $(fig gpx_floor_ratio) |"
	echo "| activities.csv, $CSV_ROWS rows | $(fig csv_wall | cut -d. -f1) | $(fig csv_rate) | | |"
	echo "| FIT, $FIT_RECORDS records | $(fig fit_wall | cut -d. -f1) | $(fig fit_rate) | $(fig fit_floor_rate) | $(fig fit_floor_ratio) |"
	echo
	echo "FIT: a walk that also checks the CRC takes $(fig fit_crc_floor_wall | cut -d. -f1) ms" \
		"(knead's throughput / that: $(fig fit_crc_floor_ratio)); CPU time against the bare" \
		"walk: $(fig fit_floor_cpu_ratio); peak RSS" \
		"$(awk -v v="$(fig fit_rss)" 'BEGIN { printf "%.1f", v / 1024 }') MiB."
	echo
	echo "| export | wall ms | peak RSS MiB | floor wall ms | throughput / floor |"
	echo "|---|---:|---:|---:|---:|"
	mib() { awk -v v="$1" 'BEGIN { if (v != "") printf "%.1f", v / 1024 }'; }
	echo "| Apple Health export.xml, $HEALTH_MB MB | $(fig health_wall | cut -d. -f1) | $(mib "$(fig health_rss)") | $(fig health_floor_wall | cut -d. -f1) (xmllint --stream) | $(fig health_floor_ratio) |"
	echo "| Strava export .zip, $ZIP_ROWS activities | $(fig szip_wall | cut -d. -f1) | $(mib "$(fig szip_rss)") | $(fig sdir_wall | cut -d. -f1) (unzipped) | |"
	echo
	echo "FIT: knead's time over the walk with a byte-wise CRC: $(fig fit_over_crc);" \
		"over the walk with knead's own eight-byte CRC ($(fig fit_crc8_floor_wall | cut -d. -f1) ms): $(fig fit_over_crc8)."
	echo "One small file: knead import $(fig import_one_wall) ms, knead --version $(fig start_wall) ms" \
		"(ratio $(fig import_one_ratio)); the bare libxml2 reader on it $(fig xml_start_wall) ms" \
		"(knead's start-up plus it: $(fig import_one_floor_ratio) of knead's start-up)." \
		"Strava export zipped over unzipped: $(fig szip_dir_ratio)."
	echo "| Strava export .zip, $ZIP_ROWS activities | $(fig szip_wall | cut -d. -f1) | $(mib "$(fig szip_rss)") | | |"
	echo "| Apple Health export.xml, $MANY workouts | $(fig many_wall | cut -d. -f1) | $(mib "$(fig many_rss)") | | |"
	echo "| Apple Health export.zip, $ROUTES routes | $(fig routes_wall | cut -d. -f1) | $(mib "$(fig routes_rss)") | | |"
	if fig "ir_next_$first" >/dev/null 2>&1; then
		echo
		echo "### Instructions (callgrind, dynamic loading included)"
		echo
		echo "| years | sqlite3 floor | next | status | next / floor | status / floor |"
		echo "|---|---:|---:|---:|---:|---:|"
		for y in $SIZES; do
			fig "ir_next_$y" >/dev/null 2>&1 || continue
			echo "| $y | $(fig "ir_floor_$y") | $(fig "ir_next_$y") | $(fig "ir_status_$y") |" \
				"$(ratio "$(fig "ir_next_$y")" "$(fig "ir_floor_$y")") |" \
				"$(ratio "$(fig "ir_status_$y")" "$(fig "ir_floor_$y")") |"
		done
	fi
	echo
	echo "### Targets"
	echo
	echo "| target | figure | limit | |"
	echo "|---|---:|---:|---|"
	target() { echo "| $1 | $2 | <= $3 | $(verdict "$2" "$3") |"; }
	target_min() { echo "| $1 | $2 | >= $3 | $(verdict "$3" "$2") |"; }
	big=20
	case " $SIZES " in *" 20 "*) ;; *) big=$last ;; esac
	target "next / sqlite3 floor at $big years" "$(fig "next_floor_ratio_$big")" 1.5
	target "status / sqlite3 floor at $big years" "$(fig "status_floor_ratio_$big")" 1.5
	target "interface first frame / min_curses at $big years" "$(fig "tui_floor_ratio_$big")" 2
	target "key: switch screen at $last years (ms)" "$(fig "key_switch_$last")" 16
	target "key: move on the body map at $last years (ms)" "$(fig "key_map_$last")" 16
	for what in next status tui; do
		for pair in "$big 1.2" "$last 1.5"; do
			set -- $pair
			[ "$1" = "$first" ] && continue
			target "growth $first -> $1 years: $what" "$(fig "growth_${what}_$1")" "$2"
		done
	done
	target "peak RSS of the interface at $last years (MiB)" \
		"$(awk -v v="$(fig "tui_rss_$last")" 'BEGIN { printf "%.1f", v / 1024 }')" 16
	target_min "GPX import throughput / bare libxml2 pass" "$(fig gpx_floor_ratio)" 0.5
	target_min "Apple Health import throughput / xmllint --stream" "$(fig health_floor_ratio)" 0.5
	target "peak RSS, Apple Health export of $HEALTH_MB MB (MiB)" "$(mib "$(fig health_rss)")" 64
	target "peak RSS, Strava export zip of $ZIP_ROWS activities (MiB)" "$(mib "$(fig szip_rss)")" 64
	target "peak RSS, Apple Health export of $MANY workouts (MiB)" "$(mib "$(fig many_rss)")" 64
	target "Apple Health export.zip of $ROUTES routes (ms)" "$(fig routes_wall | cut -d. -f1)" 10000
	target_min "FIT import throughput / bare walk of its messages" "$(fig fit_floor_ratio)" 0.5
	target "FIT import time / walk checking the CRC" "$(fig fit_over_crc)" 1.1
	target "one small file: knead import / knead start-up" "$(fig import_one_ratio)" 2
	target "Strava export of $ZIP_ROWS activities: zip / unzipped folder" "$(fig szip_dir_ratio)" 1.5
} > "$report"
cat "$report"
say "report written to $report"


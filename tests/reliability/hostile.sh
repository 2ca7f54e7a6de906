#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# hostile.sh - malformed and hostile input across every subcommand: each is
# either refused (exit 2 for a bad value, 1 for a file that cannot be
# used) with one clear "knead: ..." line holding no raw control character
# and no byte that is not UTF-8, and with the database unchanged; or stored
# verbatim and then rendered without any raw control character (list, JSON,
# CSV, status, next).  Then a few through the TUI's check-in form.
. "$top_srcdir/tests/lib.sh"

NOW=2026-03-01T10:00
ESC=$(printf '\033')
BEL=$(printf '\007')
CR=$(printf '\r')
DEL=$(printf '\177')
CSI8=$(printf '\302\233')        # U+009B, the 8-bit CSI
BAD8=$(printf '\377\376')        # never UTF-8
OVERLONG=$(printf '\300\257')    # an overlong "/"
SURROGATE=$(printf '\355\240\200')
SQL="x'); DROP TABLE runs; --"
SQL2='" OR 1=1; DELETE FROM soreness; --'
MB=$(head -c 1048576 /dev/zero | tr '\0' a)
# One argument can hold at most 128 KiB (Linux's MAX_ARG_STRLEN): the
# largest the command line can carry; 1 MB comes in through files.
BIGARG=$(head -c 131000 /dev/zero | tr '\0' a)
K10=$(head -c 10000 /dev/zero | tr '\0' n)
K10P=$(head -c 10001 /dev/zero | tr '\0' n)
N200=$(head -c 200 /dev/zero | tr '\0' r)
N201=$(head -c 201 /dev/zero | tr '\0' r)
TERMSEQ="${ESC}]0;pwned${BEL}${ESC}[2J${ESC}[31m"

# Broken and hostile files for knead import.
mkdir "$T/files" "$T/emptydir"
: >"$T/files/empty.gpx"
printf '<?xml version="1.0"?><gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1"><trk><trkseg><trkpt lat="45.5" lon="-73.6"><time>2025-06-01T10:00:00Z' \
	>"$T/files/truncated.gpx"
head -c 4096 /dev/urandom >"$T/files/garbage.gpx"
head -c 4096 /dev/urandom >"$T/files/garbage.tcx"
printf 'not gzip at all' >"$T/files/fake.gpx.gz"
printf '<?xml version="1.0"?><gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1"><trk><trkseg><trkpt lat="NaN" lon="inf"><time>2025-06-01T10:00:00Z</time></trkpt><trkpt lat="1e999" lon="-73.6"><time>2025-06-01T10:05:00Z</time></trkpt></trkseg></trk></gpx>\n' \
	>"$T/files/nan.gpx"
printf '<?xml version="1.0"?><!DOCTYPE gpx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">]><gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1"><trk><name>&g;</name><trkseg><trkpt lat="45.5" lon="-73.6"><time>2025-06-01T10:00:00Z</time></trkpt></trkseg></trk></gpx>\n' \
	>"$T/files/billion-laughs.gpx"
printf '<?xml version="1.0"?><!DOCTYPE gpx [<!ENTITY x SYSTEM "file:///etc/passwd">]><gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1"><trk><name>&x;</name><trkseg><trkpt lat="45.5" lon="-73.6"><time>2025-06-01T10:00:00Z</time></trkpt><trkpt lat="45.51" lon="-73.6"><time>2025-06-01T10:05:00Z</time></trkpt></trkseg></trk></gpx>\n' \
	>"$T/files/xxe.gpx"
printf '<?xml version="1.0"?><gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1"><trk><trkseg><trkpt lat="45.5" lon="-73.6"><time>yesterday-ish</time></trkpt><trkpt lat="45.51" lon="-73.6"><time>2025-02-30T10:05:00Z</time></trkpt></trkseg></trk></gpx>\n' \
	>"$T/files/badtime.gpx"
printf '<?xml version="1.0"?><TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2"><Activities><Activity Sport="Running"><Id>2025-06-01T10:00:00Z</Id><Lap StartTime="2025-06-01T10:00:00Z"><TotalTimeSeconds>-3600</TotalTimeSeconds><DistanceMeters>-10000</DistanceMeters></Lap></Activity></Activities></TrainingCenterDatabase>\n' \
	>"$T/files/negative.tcx"
printf 'Activity ID,Activity Date,Activity Name\n1,2025-06-01\n"unterminated,\n' >"$T/files/activities.csv"
printf 'Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance\n7,"Jun 1, 2025, 10:00:00 AM",%s,Run,-1800,-5.0\n8,"Feb 30, 2025, 10:00:00 AM",x,Run,1800,1e308\n' \
	"$SQL" >"$T/files/strava-bad-values.csv"
printf '{"runs": [{"start": "2026-02-30T10:00:00", "distance_m": -5' >"$T/files/truncated.json"
printf '[1, 2, 3]\n' >"$T/files/wrong-shape.json"
printf '{"runs": [{"start": "2025-06-01T10:00:00", "distance_m": 1e999, "duration_s": "NaN", "kind": "flying"}]}\n' \
	>"$T/files/bad-values.json"

# A database with something in it, and its content as SQL text: a refused
# command must leave that text exactly as it was.
"$KNEAD" --db "$DB" --now "$NOW" log run 10km 50:00 --note seed >/dev/null
"$KNEAD" --db "$DB" --now "$NOW" log sore calf:left 3 >/dev/null
"$KNEAD" --db "$DB" --now "$NOW" log massage sports --regions calf:left >/dev/null
"$KNEAD" --db "$DB" --now "$NOW" race add 2026-05-01 "Spring 10k" 10km >/dev/null
content() { sqlite3 -batch "$DB" .dump | cksum; }

# clean TEXT: true when TEXT holds no control character but tab and
# newline, no C1 control, and is valid UTF-8.
clean() {
	printf '%s' "$1" | LC_ALL=C grep -q "$(printf '[\001-\010\013-\037\177]')" && return 1
	printf '%s' "$1" | grep -q "$CSI8\|$(printf '\302[\200-\237]')" && return 1
	printf '%s' "$1" | iconv -f UTF-8 -t UTF-8 >/dev/null 2>&1
}

n_refused=0
n_stored=0
# refuse CODE NAME ARGS...: refused with exit CODE, cleanly, nothing changed.
refuse() {
	code=$1 name=$2
	shift 2
	before=$(content)
	"$KNEAD" --db "$DB" --now "$NOW" "$@" >"$T/out" 2>"$T/err"
	rc=$?
	err=$(cat "$T/err")
	msg_ok=1
	if [ "$(wc -l <"$T/err")" -ge 1 ] && head -n 1 "$T/err" | grep -q '^knead: ' && clean "$err"; then
		msg_ok=0
	fi
	if [ "$rc" = "$code" ] && [ "$msg_ok" = 0 ] && [ "$(content)" = "$before" ]; then
		ok 0 "refused: $name"
	else
		ok 1 "refused: $name"
		echo "#   exit $rc (expected $code), database $([ "$(content)" = "$before" ] && echo unchanged || echo CHANGED)"
		printf '%s\n' "$err" | head -n 3 | cut -c1-200 | cat -v | sed 's/^/#   stderr: /'
	fi
	n_refused=$((n_refused + 1))
}

# store NAME QUERY EXPECTED ARGS...: accepted, and QUERY (on the newest
# row) gives back EXPECTED exactly.
store() {
	name=$1 query=$2 expected=$3
	shift 3
	"$KNEAD" --db "$DB" --now "$NOW" "$@" >"$T/out" 2>"$T/err"
	rc=$?
	got=$(sqlite3 -batch "$DB" "$query")
	if [ "$rc" = 0 ] && [ "$got" = "$expected" ]; then
		ok 0 "stored verbatim: $name"
	else
		ok 1 "stored verbatim: $name"
		echo "#   exit $rc; got: $(printf '%s' "$got" | cut -c1-100 | cat -v)"
		head -n 3 "$T/err" | cat -v | sed 's/^/#   stderr: /'
	fi
	n_stored=$((n_stored + 1))
}

last_run_note="SELECT note FROM runs ORDER BY id DESC LIMIT 1"
last_race_name="SELECT name FROM races ORDER BY id DESC LIMIT 1"
last_massage="SELECT therapist || '|' || note FROM massages ORDER BY id DESC LIMIT 1"

# --- log run: distances --------------------------------------------------
refuse 2 "negative distance" log run -5km 25:00
refuse 2 "zero distance" log run 0km 25:00
refuse 2 "zero, bare" log run 0 25:00
refuse 2 "huge distance" log run 1001km 25:00
refuse 2 "1e308 km" log run 1e308km 25:00
refuse 2 "overflowing digits" log run 99999999999999999999999999999999999km 25:00
refuse 2 "NaN distance" log run NaN 25:00
refuse 2 "nan km" log run nankm 25:00
refuse 2 "inf distance" log run inf 25:00
refuse 2 "infinity miles" log run infinitymi 25:00
refuse 2 "hex distance" log run 0x10km 25:00
refuse 2 "wrong unit (kg)" log run 10kg 25:00
refuse 2 "wrong unit (feet)" log run 5000ft 25:00
refuse 2 "unit only" log run km 25:00
refuse 2 "two units" log run 10kmmi 25:00
refuse 2 "empty distance" log run "" 25:00
refuse 2 "distance with spaces" log run "1 0 km" 25:00
refuse 2 "escape sequence in a distance" log run "5${ESC}[31mkm" 25:00
refuse 2 "invalid UTF-8 in a distance" log run "5${BAD8}km" 25:00
refuse 2 "a 128 KiB distance" log run "$BIGARG" 25:00
# --- log run: durations ---------------------------------------------------
refuse 2 "negative duration" log run 10km -25:00
refuse 2 "zero duration" log run 10km 0:00
refuse 2 "zero seconds" log run 10km 0s
refuse 2 "60 minutes in h:mm:ss" log run 10km 1:60:00
refuse 2 "61 seconds" log run 10km 25:61
refuse 2 "more than a week" log run 10km 200h
refuse 2 "overflowing hours" log run 10km 99999999999999999999:00
refuse 2 "NaN duration" log run 10km NaN
refuse 2 "inf duration" log run 10km infs
refuse 2 "wrong unit (days)" log run 10km 2d
refuse 2 "colons only" log run 10km ::
refuse 2 "control character in a duration" log run 10km "25${CR}:00"
# --- log run: options -----------------------------------------------------
refuse 2 "date 2026-02-30" log run 10km 50:00 --date 2026-02-30
refuse 2 "date 2026-13-01" log run 10km 50:00 --date 2026-13-01
refuse 2 "date 2025-02-29 (not a leap year)" log run 10km 50:00 --date 2025-02-29
refuse 2 "date 0000-00-00" log run 10km 50:00 --date 0000-00-00
refuse 2 "date in the future" log run 10km 50:00 --date 2026-03-02
refuse 2 "tomorrow" log run 10km 50:00 --date tomorrow
refuse 2 "-99999999999d" log run 10km 50:00 --date -99999999999d
refuse 2 "date 26-3-1" log run 10km 50:00 --date 26-3-1
refuse 2 "escape in a date" log run 10km 50:00 --date "2026-01-0${ESC}1"
refuse 2 "unknown kind" log run 10km 50:00 --kind flying
refuse 2 "kind with SQL" log run 10km 50:00 --kind "easy'; DROP TABLE runs; --"
refuse 2 "effort 0" log run 10km 50:00 --rpe 0
refuse 2 "effort 11" log run 10km 50:00 --rpe 11
refuse 2 "effort -1" log run 10km 50:00 --rpe=-1
refuse 2 "effort 5.5" log run 10km 50:00 --rpe 5.5
refuse 2 "effort overflow" log run 10km 50:00 --rpe 4294967301
refuse 2 "heart rate 0" log run 10km 50:00 --hr 0
refuse 2 "heart rate 400" log run 10km 50:00 --hr 400
refuse 2 "heart rate NaN" log run 10km 50:00 --hr NaN
refuse 2 "escape sequences in a note" log run 10km 50:00 --note "$TERMSEQ"
refuse 2 "bell in a note" log run 10km 50:00 --note "ding${BEL}"
refuse 2 "carriage return in a note" log run 10km 50:00 --note "over${CR}written"
refuse 2 "DEL in a note" log run 10km 50:00 --note "x${DEL}"
refuse 2 "8-bit CSI in a note" log run 10km 50:00 --note "${CSI8}31mred"
refuse 2 "invalid UTF-8 in a note" log run 10km 50:00 --note "caf${BAD8}"
refuse 2 "overlong UTF-8 in a note" log run 10km 50:00 --note "a${OVERLONG}b"
refuse 2 "UTF-16 surrogate in a note" log run 10km 50:00 --note "a${SURROGATE}b"
refuse 2 "a 128 KiB note" log run 10km 50:00 --note "$BIGARG"
refuse 2 "a note of 10001 bytes" log run 10km 50:00 --note "$K10P"
refuse 2 "unknown option" log run 10km 50:00 --bogus
refuse 2 "escape in an unknown option" log run 10km 50:00 "--x${ESC}[31m"
refuse 2 "missing duration" log run 10km
refuse 2 "extra operand" log run 10km 50:00 extra
# --- log sore -------------------------------------------------------------
refuse 2 "unknown region" log sore elbow 3
refuse 2 "region with SQL" log sore "calf'; DROP TABLE soreness; --" 3
refuse 2 "unknown side" log sore calf:middle 3
refuse 2 "side on lower-back" log sore lower-back:left 3
refuse 2 "level 11" log sore calf:left 11
refuse 2 "level -1" log sore calf:left -1
refuse 2 "level 3.5" log sore calf:left 3.5
refuse 2 "level NaN" log sore calf:left NaN
refuse 2 "level overflow" log sore calf:left 99999999999999999999
refuse 2 "a level missing" log sore calf:left 3 quad:right
refuse 2 "second pair bad: nothing of the first is written" log sore calf:left 3 quad:right 12
refuse 2 "escape in a region" log sore "cal${ESC}[31mf" 3
refuse 2 "invalid UTF-8 in a region" log sore "${BAD8}" 3
refuse 2 "control character in a soreness note" log sore calf:left 3 --note "$TERMSEQ"
refuse 2 "a 128 KiB region" log sore "$BIGARG" 3
# --- log massage ----------------------------------------------------------
refuse 2 "unknown massage kind" log massage shiatsu
refuse 2 "massage kind with escape" log massage "spo${ESC}rts"
refuse 2 "empty regions" log massage sports --regions ",,,"
refuse 2 "unknown region in the list" log massage sports --regions calf:left,elbow
refuse 2 "therapist with escapes" log massage sports --therapist "$TERMSEQ"
refuse 2 "therapist of 201 bytes" log massage sports --therapist "$N201"
refuse 2 "massage booked more than a year ahead" log massage sports --date 2099-01-01
refuse 2 "massage on 2026-02-30" log massage sports --date 2026-02-30
# --- race -----------------------------------------------------------------
refuse 2 "race on 2026-02-30" race add 2026-02-30 Name 10km
refuse 2 "race with an empty name" race add 2026-05-01 "" 10km
refuse 2 "race name with escapes" race add 2026-05-01 "$TERMSEQ" 10km
refuse 2 "race name not UTF-8" race add 2026-05-01 "${BAD8}" 10km
refuse 2 "race name of 201 bytes" race add 2026-05-01 "$N201" 10km
refuse 2 "a race name of 128 KiB" race add 2026-05-01 "$BIGARG" 10km
refuse 2 "race of -10 km" race add 2026-05-01 Name -10km
refuse 2 "race of NaN km" race add 2026-05-01 Name NaN
refuse 2 "race priority D" race add 2026-05-01 Name 10km --priority D
refuse 2 "race priority with SQL" race add 2026-05-01 Name 10km --priority "A' OR '1'='1"
refuse 2 "race rm of a missing id" race rm 999
refuse 2 "race rm 0" race rm 0
refuse 2 "race rm of a word" race rm "1; DROP TABLE races"
# --- rm -------------------------------------------------------------------
refuse 2 "rm from an unknown table" rm sqlite_master 1
refuse 2 "rm from a table named with SQL" rm "runs; DROP TABLE runs" 1
refuse 2 "rm of id 0" rm runs 0
refuse 2 "rm of a negative id" rm runs -1
refuse 2 "rm of an overflowing id" rm runs 99999999999999999999
refuse 2 "rm of 1.5" rm runs 1.5
refuse 2 "rm of a missing id" rm massages 999
refuse 2 "rm of an id with an escape" rm runs "1${ESC}[2J"
# --- list, articles, read, export, import, global options -----------------
refuse 2 "list --since 2026-02-30" list --since 2026-02-30
refuse 2 "list --since with escapes" list --since "$TERMSEQ"
refuse 2 "list of an unknown table" list sqlite_master
refuse 2 "articles --region bogus" articles --region bogus
refuse 2 "articles --region with escapes" articles --region "$TERMSEQ"
refuse 2 "read bogus-slug" read bogus-slug
refuse 2 "read a path" read ../../../../etc/passwd
refuse 2 "read with escapes" read "$TERMSEQ"
refuse 2 "export --format bogus" export --format bogus
refuse 2 "export --format with escapes" export --format "$TERMSEQ"
refuse 2 "export --ics with --format" export --ics --format json
refuse 2 "export --output ''" export --output ""
refuse 2 "import of a missing file" import "$T/files/missing.gpx"
refuse 2 "import of a missing file named with escapes" import "$T/files/${TERMSEQ}.gpx"
refuse 1 "import of an empty file" import "$T/files/empty.gpx"
refuse 1 "import of a truncated GPX" import "$T/files/truncated.gpx"
refuse 1 "import of random bytes as GPX" import "$T/files/garbage.gpx"
refuse 1 "import of random bytes as TCX" import "$T/files/garbage.tcx"
refuse 1 "import of a .gpx.gz that is not gzip" import "$T/files/fake.gpx.gz"
# Bad points are left out and counted, never the cause of a failed file
# (import v2): these files hold nothing else, so nothing is written.
for f in nan badtime; do
	before=$(content)
	"$KNEAD" --db "$DB" --now "$NOW" import "$T/files/$f.gpx" >"$T/out" 2>"$T/err"
	rc=$?
	if [ "$rc" = 0 ] && [ "$(content)" = "$before" ] && grep -q 'Imported: 0' "$T/out" &&
		grep -Eq 'points? without a (position|time) left out|no time stamps|empty track' "$T/out"; then
		ok 0 "left out, nothing written: import of $f.gpx"
	else
		ok 1 "left out, nothing written: import of $f.gpx"
		echo "#   exit $rc: $(head -c 300 "$T/out" "$T/err" | tr '\n' ' ')"
	fi
	n_refused=$((n_refused + 1))
done
refuse 1 "import of a billion-laughs GPX" import "$T/files/billion-laughs.gpx"
refuse 1 "import of a broken activities.csv" import "$T/files/activities.csv"
refuse 1 "import of a truncated JSON export" import "$T/files/truncated.json"
refuse 1 "import of JSON of the wrong shape" import "$T/files/wrong-shape.json"
refuse 1 "several broken files: nothing of any" import "$T/files/truncated.gpx" "$T/files/garbage.tcx"
refuse 2 "--now 2026-02-30" --now 2026-02-30 list
refuse 2 "--now bogus" --now bogus list
refuse 2 "--now with escapes" --now "$TERMSEQ" list
refuse 2 "--db ''" --db "" list
refuse 2 "an unknown command" frobnicate
refuse 2 "a command with escapes" "lo${ESC}[31mg"
refuse 2 "a subcommand with escapes" log "ru${ESC}[31mn"
refuse 2 "status --bogus with escapes" status "--x${ESC}]0;t${BEL}"
refuse 2 "next with an operand" next extra

# Files whose runs are all unusable: read, nothing imported, nothing stored.
for f in negative.tcx strava-bad-values.csv bad-values.json; do
	before=$(content)
	"$KNEAD" --db "$DB" --now "$NOW" import "$T/files/$f" >"$T/out" 2>"$T/err"
	rc=$?
	ok "$([ "$rc" -le 1 ] && clean "$(cat "$T/err")" && [ "$(content)" = "$before" ]; echo $?)" \
		"import of $f: nothing stored, clean messages (exit $rc)"
	n_refused=$((n_refused + 1))
done

# A GPX file naming an external entity: its run may come in, never the
# file it names.
"$KNEAD" --db "$DB" --now "$NOW" import "$T/files/xxe.gpx" >/dev/null 2>&1
unlike "$(sqlite3 -batch "$DB" "SELECT group_concat(note) FROM runs")" 'root:' \
	"no external entity was ever read into the database (XXE)"
n_refused=$((n_refused + 1))

# 1 MB names in files: cut to a note's size, or refused; never 1 MB.
{
	printf '<?xml version="1.0"?><gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1"><trk><name>'
	printf '%s' "$MB"
	printf '</name><trkseg><trkpt lat="45.5" lon="-73.6"><time>2025-07-01T10:00:00Z</time></trkpt><trkpt lat="45.51" lon="-73.6"><time>2025-07-01T10:05:00Z</time></trkpt></trkseg></trk></gpx>\n'
} >"$T/files/long-name.gpx"
"$KNEAD" --db "$DB" --now "$NOW" import "$T/files/long-name.gpx" >/dev/null 2>"$T/err"
is "$(sqlite3 -batch "$DB" "SELECT count(*) FROM runs WHERE length(note) > 10000")" 0 \
	"a GPX track named with 1 MB: no note beyond 10000 bytes"
ok "$(clean "$(cat "$T/err")"; echo $?)" "a GPX track named with 1 MB: clean messages"
n_refused=$((n_refused + 1))

# --- stored verbatim ------------------------------------------------------
store "SQL metacharacters in a note" "$last_run_note" "$SQL" log run 5km 25:00 --note "$SQL"
store "SQL with quotes in a note" "$last_run_note" "$SQL2" log run 5km 25:00 --note "$SQL2"
store "a tab in a note" "$last_run_note" "a	b" log run 5km 25:00 --note "a	b"
store "a note of exactly 10000 bytes" "SELECT length(note) FROM runs ORDER BY id DESC LIMIT 1" 10000 \
	log run 5km 25:00 --note "$K10"
store "non-Latin scripts and emoji" "$last_run_note" "日本語 العربية 🏃‍♀️ Ève" \
	log run 5km 25:00 --note "日本語 العربية 🏃‍♀️ Ève"
store "a note that looks like an option" "$last_run_note" "--db /etc/passwd" \
	log run 5km 25:00 --note "--db /etc/passwd"
store "a note of percent signs" "$last_run_note" "%s%n%x%p" log run 5km 25:00 --note "%s%n%x%p"
store "a soreness note with SQL" "SELECT note FROM soreness ORDER BY id DESC LIMIT 1" "$SQL2" \
	log sore quad:right 2 --note "$SQL2"
store "a therapist and note with SQL" "$last_massage" "Julie'; --|$SQL" \
	log massage flush --therapist "Julie'; --" --note "$SQL"
store "a race name with SQL" "$last_race_name" "$SQL" race add 2026-06-01 "$SQL" 5km
store "a race name of exactly 200 bytes" "SELECT length(name) FROM races ORDER BY id DESC LIMIT 1" 200 \
	race add 2026-06-02 "$N200" 5km
store "a race name with HTML" "$last_race_name" "<script>alert(1)</script>" \
	race add 2026-06-03 "<script>alert(1)</script>" 5km
is "$(sqlite3 -batch "$DB" "SELECT count(*) FROM sqlite_master WHERE name IN ('runs','soreness','massages','races')")" 4 \
	"every table is still there"

# An imported name full of control characters is cleaned, not rendered raw.
printf 'Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance,Moving Time\n99,"Feb 1, 2026, 10:00:00 AM",Evil %s[31mred%s]0;title%s %s31m,Run,1800,5.0,1800\n' \
	"$ESC" "$ESC" "$BEL" "$CSI8" >"$T/files/evil.csv"
"$KNEAD" --db "$DB" --now "$NOW" import "$T/files/evil.csv" >/dev/null 2>&1
is "$(sqlite3 -batch "$DB" "SELECT count(*) FROM runs WHERE note LIKE 'Evil%'")" 1 "an import named with escapes is imported"

# --- rendered safely ------------------------------------------------------
for cmd in "list" "list --json" "list runs" "export --format csv" "export --format json" "export --ics" \
	"status" "next" "race list"; do
	# shellcheck disable=SC2086
	out=$("$KNEAD" --db "$DB" --now "$NOW" $cmd 2>&1)
	rc=$?
	ok "$([ "$rc" = 0 ] && clean "$(printf '%s' "$out" | tr -d '\r')"; echo $?)" \
		"knead $cmd shows the hostile rows without a raw control character"
done

echo "# $n_refused inputs refused, $n_stored stored verbatim"
ok "$([ $((n_refused + n_stored)) -ge 100 ]; echo $?)" "at least 100 hostile inputs ($((n_refused + n_stored)))"

# --- the TUI's check-in form ----------------------------------------------
TMUX_SOCKET=knead-hostile-$$
. "$top_srcdir/tests/tmux-lib.sh"
trap 'tm kill-server >/dev/null 2>&1; rm -rf "$T"' EXIT
# leave_checkin: Esc out of the check-in, saying yes when asked whether to
# discard what was typed; true once Today is back.
leave_checkin() {
	tm send-keys Escape
	wait_for_any 30 "Discard this check-in?" "Phase" || return 1
	if screen | grep -qF "Discard this check-in?"; then
		tm send-keys y
	fi
	wait_for "Phase"
}
if command -v tmux >/dev/null 2>&1; then
	before=$(content)
	tm new-session -d -x 80 -y 24 \
		"'$KNEAD' --db '$DB' --now $NOW 2>'$T/tui.err'; echo EXITED:\$? >'$T/tui.exit'; sleep 600"
	if wait_for "Phase"; then
		for bad in "-5km" "NaN" "1e308km" "$(head -c 300 /dev/zero | tr '\0' 9)km"; do
			tm send-keys c
			wait_for "Massage received today"
			# Ctrl-N: a new run, not today's logged one in place.
			tm send-keys C-n
			tm send-keys -l -- "$bad"
			tm send-keys Tab
			# The form marks the field (a long value pushes the
			# rest of the message off the panel).
			wait_for "✗ \"$(printf '%s' "$bad" | cut -c1-12)"
			ok $? "TUI check-in: distance \"$(printf '%s' "$bad" | cut -c1-12)\" is refused under the field"
			leave_checkin
		done
		is "$(content)" "$before" "TUI: the refused check-ins wrote nothing"
		# SQL and an 8-bit CSI typed into the note.
		tm send-keys c
		wait_for "Massage received today"
		tm send-keys C-n
		tm send-keys -l -- "5km"
		tm send-keys Tab
		tm send-keys -l -- "25:00"
		tm send-keys Tab Tab Tab
		tm send-keys -l -- "$SQL${CSI8}31m"
		tm send-keys F2
		# Saved, or refused with the field marked: either way, the
		# screen after F2.
		wait_for_any 30 "Check-in saved" "Nothing saved"
		screen >"$T/tui-screen"
		ok "$(clean "$(cat "$T/tui-screen")"; echo $?)" "TUI: the screen shows no raw control character"
		if grep -qF "Nothing saved" "$T/tui-screen"; then
			leave_checkin
		fi
		tm send-keys q
		wait_until 30 "knead to exit on q" test -e "$T/tui.exit"
		is "$(cat "$T/tui.exit")" "EXITED:0" "TUI: q quits with status 0"
		note=$(sqlite3 -batch "$DB" "SELECT note FROM runs WHERE note LIKE 'x''); DROP%' ORDER BY id DESC LIMIT 1")
		ok "$([ -z "$note" ] || [ "$note" = "$SQL${CSI8}31m" ] || [ "$note" = "$SQL" ]; echo $?)" \
			"TUI: the hostile note is refused or stored as typed"
		ok "$(clean "$note"; echo $?)" "TUI: no control character reached the database"
	else
		skip "the TUI did not start: $(cat "$T/tui.exit" 2>/dev/null)" "TUI check-in form"
	fi
else
	skip "tmux is missing" "TUI check-in form"
fi

done_testing

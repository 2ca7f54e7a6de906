#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# knead articles and knead read: ranking from the database, JSON, wrapping,
# the language of the articles, and the usage errors.
. "$top_srcdir/tests/lib.sh"
# An empty database: a command that only reads never creates one.
: >"$DB"
NOW=2026-11-23T18:30
ARTICLES=$top_srcdir/data/articles

# run_env 'VAR=value ...' ARGS...: run, with those variables set.
run_env() {
	_vars=$1
	shift
	# shellcheck disable=SC2086 # the assignments are split on purpose
	out=$(env $_vars "$KNEAD" --db "$DB" "$@" 2>"$T/stderr")
	rc=$?
	err=$(cat "$T/stderr")
}

# widest: the display width of the widest line of $out.
widest() {
	printf '%s\n' "$out" | wc -L
}

n_files=$(ls "$ARTICLES"/en/*.md | wc -l)

# --- knead articles ---------------------------------------------------------

run --now $NOW articles --json
is "$rc" 0 "articles --json on an empty history"
is "$(printf '%s' "$out" | jq length)" "$n_files" "every article is listed"
is "$(printf '%s' "$out" | jq '[.[] | select((.slug | type) == "string" and (.title | length) > 0
	and (.score | type) == "number" and (.why | length) > 0)] | length')" "$n_files" \
	"each has a slug, a title, a score and a why"
is "$(printf '%s' "$out" | jq '[.[].score] as $s | [range(1; $s | length) | select($s[. - 1] < $s[.])] | length')" \
	0 "best first"
is "$(printf '%s' "$out" | jq -r '[.[].slug] | sort | join(" ")')" \
	"$(ls "$ARTICLES"/en | sed 's/\.md$//' | sort | tr '\n' ' ' | sed 's/ $//')" \
	"the slugs are the files' names"

# Nothing logged at all: the first visit, then how often, by score.
is "$(printf '%s' "$out" | jq -r '.[0:2] | map(.slug) | join(" ")')" "first-massage how-often" \
	"a brand-new user: first-massage, then how-often"
is "$(printf '%s' "$out" | jq '.[1].score > .[2].score')" true "ahead of the rest, not by the alphabet"
like "$(printf '%s' "$out" | jq -r '.[0].why')" "No massage logged yet" "and says why"

run --now $NOW log sore it-band:left 6 calf:right 2
run --now $NOW articles --json
is "$(printf '%s' "$out" | jq -r '.[0].slug')" "it-band" "a sore IT band puts its article first"
like "$(printf '%s' "$out" | jq -r '.[0].why')" "left IT band.*6/10" "and says why"

run --now $NOW articles
is "$rc" 0 "articles in human form"
ok "$([ "$(printf '%s\n' "$out" | LC_ALL=C.UTF-8 wc -L)" -le 80 ]; echo $?)" "wrapped to 80 columns on a pipe"
is "$(printf '%s\n' "$out" | grep -c '^[^ ]')" "$n_files" "one entry per article"
# Wide enough, each article holds on one line.
export COLUMNS=400
run --now $NOW articles
unset COLUMNS
is "$(printf '%s\n' "$out" | wc -l)" "$n_files" "one line per article on a wide terminal"
like "$(printf '%s\n' "$out" | head -n 1)" "^it-band +The IT band.*\(Sore now: your left IT band at 6/10\)$" \
	"slug, title and why on the line"

# A key race in three days: race week, so the timing article comes up.
DB=$T/race.db
run --now $NOW race add 2026-11-26 "Demi de Verdun" 21.1km --priority A
is "$rc" 0 "a race in three days"
run --now $NOW articles --json
like "$(printf '%s' "$out" | jq -r '.[0:3] | map(.slug) | join(" ")')" "race-timing" \
	"race in 3 days: race-timing in the top 3"

# A long run yesterday: soreness is coming.
DB=$T/long.db
run --now $NOW log run 30km 2:45:00 --kind long --date yesterday
run --now $NOW articles --json
like "$(printf '%s' "$out" | jq -r '.[0:2] | map(.slug) | join(" ")')" "soreness-doms" \
	"long run yesterday: soreness-doms near the top"
like "$(printf '%s' "$out" | jq -r '.[] | select(.slug == "soreness-doms") | .why')" "1 day ago" \
	"its why names the long run"

# An Achilles at 7 or more on three of the last seven days is flagged: the
# triage article first, the Achilles' own article above the foot's.
DB=$T/flag.db
run --now $NOW log sore achilles:left 7 --date -4d
run --now $NOW log sore achilles:left 8 --date -2d
run --now $NOW log sore achilles:left 8
run --now $NOW next --json
is "$(printf '%s' "$out" | jq -r '.see_professional | map(.region) | join(" ")')" "achilles" \
	"the engine flags the Achilles"
run --now $NOW articles --json
is "$(printf '%s' "$out" | jq -r '.[0].slug')" "sore-or-injured" "a flagged region: sore-or-injured first"
like "$(printf '%s' "$out" | jq -r '.[0].why')" "physiotherapist.*left Achilles" "naming the region"
is "$(printf '%s' "$out" | jq '(map(.slug) | index("calves-achilles")) < (map(.slug) | index("plantar-fascia"))')" \
	true "calves-achilles above plantar-fascia"

# Mild soreness on both calves: self-care first.
DB=$T/mild.db
run --now $NOW log massage sports --date -10d
run --now $NOW log sore calf:left 2 calf:right 3
run --now $NOW articles --json
is "$(printf '%s' "$out" | jq -r '.[0].slug')" "foam-rolling" "mild soreness: foam-rolling first"

# A marathon five days ago, logged as a race run; then one on the calendar
# only (a C race), as the engine reads races.
DB=$T/marathon.db
run --now $NOW log run 42.2km 3:41:00 --kind race --date -5d
run --now $NOW articles --json
is "$(printf '%s' "$out" | jq -r '.[0].slug')" "after-marathon" "a marathon 5 days ago: after-marathon first"
like "$(printf '%s' "$out" | jq -r '.[0].why')" "5 days ago" "its why counts the days"
DB=$T/calendar.db
run --now $NOW race add 2026-11-20 "Marathon des Deux Rives" 42.2km --priority C
is "$rc" 0 "a C marathon on the calendar, three days ago"
run --now $NOW articles --json
is "$(printf '%s' "$out" | jq -r '.[0].slug')" "after-marathon" "not logged as a run: it still counts"
is "$(printf '%s' "$out" | jq -r '.[] | select(.slug == "soreness-doms") | .why')" \
	"You raced 3 days ago: soreness peaks 24 to 72 hours after" "and as a race for soreness"

# --region: only the articles that name the region.
DB=$T/region.db
: >"$DB"
run --now $NOW articles --region knee --json
is "$rc" 0 "articles --region knee"
is "$(printf '%s' "$out" | jq -r '[.[].slug] | sort | join(" ")')" \
	"$(grep -lE '^regions = (.*;)?knee(;|$)' "$ARTICLES"/en/*.md | sed 's|.*/||; s/\.md$//' | sort | tr '\n' ' ' | sed 's/ $//')" \
	"exactly the articles naming the knee"
is "$(printf '%s' "$out" | jq -r '.[0].slug')" "knees-thighs" "the one about the knee first"
DB=$T/knead.db
run --now $NOW articles --region knee --json
is "$(printf '%s' "$out" | jq -r '.[0].slug')" "it-band" "what is sore still leads within the region"

before=$(db_sum)
run --now $NOW articles --region elbow
is "$rc" 2 "an unknown region is a usage error"
like "$err" "^knead: .*elbow.*it-band.*upper-back" "naming the valid regions"
is "$out" "" "and printing nothing"
is "$(db_sum)" "$before" "the database is untouched"
run --now $NOW articles extra
is "$rc" 2 "an operand is a usage error"
run --now $NOW articles --bogus
is "$rc" 2 "an unknown option is a usage error"

# --- knead read -------------------------------------------------------------

run_env COLUMNS=50 read it-band
is "$rc" 0 "read it-band"
is "$(printf '%s\n' "$out" | head -n 1)" "The IT band: what massage can and cannot do" "the title first"
like "$(printf '%s\n' "$out" | sed -n 2p)" "^=+$" "underlined"
ok "$([ "$(widest)" -le 50 ] && [ "$(widest)" -ge 40 ]; echo $?)" "COLUMNS=50: wrapped at 50 ($(widest))"
like "$out" "References" "the references are shown"
like "$out" "Guo" "with the studies"
unlike "$out" "\*\*|^#|\+\+\+|slug =" "no Markdown or front matter left"
like "$out" "
- The glutes and the front of the hip" "list items with a marker"
narrow=$(printf '%s\n' "$out" | wc -l)

run_env COLUMNS=120 read it-band
ok "$([ "$(widest)" -le 120 ] && [ "$(widest)" -gt 100 ]; echo $?)" "COLUMNS=120: reflowed wider ($(widest))"
ok "$([ "$(printf '%s\n' "$out" | wc -l)" -lt "$narrow" ]; echo $?)" "in fewer lines"

run_env COLUMNS=nonsense read it-band
ok "$([ "$(widest)" -le 80 ] && [ "$(widest)" -gt 70 ]; echo $?)" "a bad COLUMNS means 80"
run_env COLUMNS= read it-band
ok "$([ "$(widest)" -le 80 ] && [ "$(widest)" -gt 70 ]; echo $?)" "no COLUMNS means 80"

run_env COLUMNS=33 read massage-types
bad=$(printf '%s\n' "$out" | iconv -f UTF-8 -t UTF-8 >/dev/null 2>&1; echo $?)
is "$bad" 0 "the output is valid UTF-8"
ok "$([ "$(widest)" -le 33 ]; echo $?)" "COLUMNS=33 holds"

run --now $NOW read no-such-article
is "$rc" 2 "an unknown slug is a usage error"
like "$err" "^knead: .*no-such-article.*it-band.*talk-to-your-therapist" "naming the valid slugs"
is "$out" "" "nothing on stdout"
run read
is "$rc" 2 "read without a slug is a usage error"
like "$err" "it-band" "naming the slugs"
run read it-band calves-achilles
is "$rc" 2 "read takes one slug"

# --- languages --------------------------------------------------------------

fr_title=$(sed -n 's/^title = //p' "$ARTICLES"/fr/it-band.md)
run_env LANGUAGE=fr read it-band
is "$(printf '%s\n' "$out" | head -n 1)" "$fr_title" "LANGUAGE=fr: the French article"
like "$out" "Références" "with its French headings"
run_env LANGUAGE=fr articles --json
is "$(printf '%s' "$out" | jq -r '.[] | select(.slug == "it-band") | .title')" "$fr_title" \
	"LANGUAGE=fr: French titles in the list"
run_env 'LANGUAGE= LC_ALL=C.UTF-8 LANG=fr_CA.UTF-8' read it-band
is "$(printf '%s\n' "$out" | head -n 1)" "The IT band: what massage can and cannot do" \
	"LC_ALL=C wins over LANG"

if locale -a 2>/dev/null | grep -qi '^fr_CA'; then
	frloc=$(locale -a | grep -i '^fr_CA' | grep -i 'utf' | head -n 1)
	run_env "LANGUAGE= LC_ALL=$frloc" read it-band
	is "$(printf '%s\n' "$out" | head -n 1)" "$fr_title" "LC_ALL=$frloc: the French article"
	run_env "LANGUAGE= LC_ALL=$frloc" read nope
	is "$rc" 2 "usage errors in French too"
else
	skip "no fr_CA locale installed" "LC_ALL=fr_CA.UTF-8: the French article"
	skip "no fr_CA locale installed" "usage errors in French too"
fi

# A missing translation falls back to English, article by article.
mkdir -p "$T/share"
cp -R "$ARTICLES" "$T/share/"
rm "$T/share/articles/fr/plantar-fascia.md"
run_env "KNEAD_DATADIR=$T/share LANGUAGE=fr" read plantar-fascia
is "$(printf '%s\n' "$out" | head -n 1)" "$(sed -n 's/^title = //p' "$ARTICLES"/en/plantar-fascia.md)" \
	"no French file: the English one"
run_env "KNEAD_DATADIR=$T/share LANGUAGE=fr" read it-band
is "$(printf '%s\n' "$out" | head -n 1)" "$fr_title" "the others stay French"

# A broken article is named in the error.
printf '+++\nslug = it-band\ntitle = x\nregions = elbow\ntopics = region\nphases =\n+++\n' \
	> "$T/share/articles/en/it-band.md"
run_env "KNEAD_DATADIR=$T/share" read it-band
is "$rc" 1 "a broken article cannot be read (exit 1)"
like "$err" "it-band\.md.*regions.*elbow" "naming the file, the key and the value"

# Uninstalled and without KNEAD_DATADIR, the source tree's articles are found.
(unset KNEAD_DATADIR; "$KNEAD" --db "$DB" read it-band >"$T/out" 2>&1)
is "$?" 0 "without KNEAD_DATADIR"
is "$(head -n 1 "$T/out")" "The IT band: what massage can and cannot do" "the articles are found"

done_testing

#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Global options, help, version, regions, backup, defaults, permissions.
. "$top_srcdir/tests/lib.sh"
NOW=2026-11-23T18:30

out=$("$KNEAD" --version); rc=$?
is "$rc" 0 "--version"
like "$out" "^knead [0-9]+\.[0-9]+" "prints the version"
out=$("$KNEAD" --help); rc=$?
is "$rc" 0 "--help"
like "$out" "log" "--help lists the commands"
for sub in log list rm race regions backup status next articles read import export remind; do
	out=$("$KNEAD" $sub --help 2>&1); rc=$?
	is "$rc" 0 "$sub --help exits 0"
	like "$out" "[Uu]sage:" "$sub --help shows a usage"
	like "$out" "knead $sub " "$sub --help: the usage line names the command"
done

out=$("$KNEAD" </dev/null 2>&1); rc=$?
is "$rc" 2 "no command and no terminal: exit 2"
like "$out" "Usage: knead" "and says how to use it"

run regions
is "$rc" 0 "regions"
text=$out
run regions --json
is "$(printf '%s\n' "$text" | wc -l | tr -d ' ')" "$(printf '%s' "$out" | jq length)" \
	"one line per region, as many as --json lists"
out=$text
like "$out" "it-band +IT band" "ids and names"
run regions --json
is "$(printf '%s' "$out" | jq -r '[.[] | select(.sided == false) | .id] | join(",")')" \
	"lower-back,upper-back" "only the back takes no side"
# Segments: ids of the form the contract gives, or null; the hamstring
# and the glute share one (the advice's neighbours), the calf another.
is "$(printf '%s' "$out" | jq -r '[.[].segment | select(. != null and (test("^[a-z]+(-[a-z]+)*$") | not))] | length')" \
	0 "every region's segment is an id or null"
is "$(printf '%s' "$out" | jq -r 'map({(.id): .segment}) | add | [.hamstring == .glute, .calf != .glute] | join(",")')" \
	"true,true" "the hamstring and the glute share their segment, the calf has another"

# The default database lives under XDG_DATA_HOME, private.
umask 022
"$KNEAD" --now $NOW log run 5k 25:00 >/dev/null
is "$(stat -c %a "$XDG_DATA_HOME/knead")" 700 "data directory is 0700"
is "$(stat -c %a "$XDG_DATA_HOME/knead/knead.db")" 600 "database is 0600"
KNEAD_DB=$T/env.db "$KNEAD" --now $NOW log run 5k 25:00 >/dev/null
ok "$([ -f "$T/env.db" ]; echo $?)" "KNEAD_DB picks the database"

"$KNEAD" --db "$DB" --now $NOW log run 10km 52:30 >/dev/null
run backup "$T/copy.db"
is "$rc" 0 "backup"
is "$(sqlite3 "$T/copy.db" 'select distance_m from runs')" "10000.0" "the backup holds the run"
is "$(sqlite3 "$T/copy.db" 'pragma integrity_check')" "ok" "and is a sound database"

printf '[general]\nunits = furlongs\n' > "$CONF"
out=$("$KNEAD" --db "$DB" --config "$CONF" list 2>&1); rc=$?
is "$rc" 2 "a bad config value is refused"
like "$out" "units = \"furlongs\" is not valid \(expected km or mi\)" "naming key and value"

# The database never depends on the locale.
LC_ALL=fr_CA.UTF-8 "$KNEAD" --db "$DB" --now $NOW log run 10,5km 50:00 >/dev/null 2>&1
is "$(sql 'select distance_m from runs order by id desc limit 1')" "10500.0" "a decimal comma works"

# Start-up stays light: import lives in knead-import, export and remind in
# knead-io, and knead itself maps none of their libraries.
if [ -x "$top_builddir/knead" ] && command -v ldd >/dev/null; then
	heavy=$(ldd "$top_builddir/knead" | grep -Eo 'lib(xml2|ical|notify|icuuc|csv)[^ ]*' | tr '\n' ' ')
	is "$heavy" "" "knead maps no XML, calendar, notification or ICU library"
	# It writes its JSON itself: json-glib would bring GIO and GObject.
	heavy=$(ldd "$top_builddir/knead" | grep -Eo 'lib(json-glib|gio|gobject|gmodule)[^ ]*' | tr '\n' ' ')
	is "$heavy" "" "knead maps neither json-glib, GIO nor GObject"
	ok "$([ -x "$top_builddir/knead-io" ]; echo $?)" "knead-io is built beside it"
	ok "$([ -x "$top_builddir/knead-import" ]; echo $?)" "knead-import is built beside it"
	# Import runs once per file: its helper maps only what every import
	# calls; libarchive and json-glib it loads for a zip or a JSON export.
	heavy=$(ldd "$top_builddir/knead-import" |
		grep -Eo 'lib(ical|icui18n|notify|gdk_pixbuf|archive|json-glib|gio)[^ ]*' | tr '\n' ' ')
	is "$heavy" "" "knead-import maps neither the calendar, notification, zip nor JSON libraries"
else
	skip "no built knead to inspect" "knead maps no XML, calendar, notification or ICU library"
	skip "no built knead to inspect" "knead-io is built beside it"
	skip "no built knead to inspect" "knead-import is built beside it"
	skip "no built knead to inspect" "knead-import maps neither the calendar, notification, zip nor JSON libraries"
fi
run --now $NOW export --format bogus
is "$rc" 2 "a command handed to knead-io keeps knead's exit statuses"
like "$err" '^knead: ' "and its messages still start with knead:"

done_testing

#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The configuration file: the README's own example
# loads; a comment after a value is refused with a message that says where
# comments go; knead config list|get|set; --config naming no file is an
# error; an unknown section or key is a warning naming the nearest one.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/french-lib.sh"
NOW=2026-11-23T09:00

k() { # k ARGS...: knead with $CONF, setting $out, $err, $rc
	out=$("$KNEAD" --db "$DB" --now $NOW --config "$CONF" "$@" 2>"$T/stderr")
	rc=$?
	err=$(cat "$T/stderr")
}
fr() {
	out=$(env $FRENCH "$KNEAD" --db "$DB" --now $NOW --config "$CONF" "$@" 2>"$T/stderr")
	rc=$?
	err=$(cat "$T/stderr")
}

# The README's example, extracted from README.md itself.
sed -n '/^```ini$/,/^```$/p' "$top_srcdir/README.md" | sed '1d;$d' >"$CONF"
like "$(cat "$CONF")" '^\[general\]' "the README has an ini example"
k config list
is "$rc:$err" "0:" "the README's example loads, without a warning"
like "$out" "reminders.checkin = 19:00" "its check-in time is read"
like "$out" "therapist.name = Julie Tremblay" "and the therapist"
k log run 10km 52:30
is "$rc" 0 "every command starts with it"

# The example as it used to be: a comment after the value.
printf '[general]\nunits = km            # or mi\n' >"$CONF"
k list
is "$rc" 2 "a comment after a value: exit 2"
is "$err" "knead: $CONF: [general] units = \"km            # or mi\": a comment must be on a line of its own (expected the value alone, and \"# ...\" on the line above)" \
	"the error says that comments go on their own line"
printf '[therapist]\nname = Julie  # my therapist\n' >"$CONF"
k list
is "$rc" 2 "also after a name"
# knead config set mends such a file.
printf '[general]\n# km or mi\nunits = km   # or mi\n' >"$CONF"
k config set general.units km
is "$rc" 0 "knead config set mends a value with a comment after it"
k list
is "$rc:$err" "0:" "and the file loads again"
like "$(cat "$CONF")" "# km or mi" "its own comment kept"
printf '[general]\nunits = km   # or mi\n[reminders]\ncheckin = 7pm\n' >"$CONF"
sum=$(cksum <"$CONF")
k config set general.units km
is "$rc" 2 "a set that leaves another bad value is refused"
like "$err" 'checkin = "7pm" is not valid' "naming that value"
is "$(cksum <"$CONF")" "$sum" "and writes nothing"

# --config naming no file.
out=$("$KNEAD" --db "$DB" --config "$T/nowhere.ini" list 2>&1); rc=$?
is "$rc" 2 "--config naming a missing file: exit 2"
like "$out" "^knead: the configuration $T/nowhere.ini does not exist" "and says so"
out=$("$KNEAD" --db "$DB" list 2>&1); rc=$?
is "$rc" 0 "the default file may be missing"

# Unknown sections and keys: a warning naming the nearest, then the command runs.
printf '[reminder]\ncheckin = 20:00\n[reminders]\nchekin = 20:00\nfoo = 1\n' >"$CONF"
k list runs
is "$rc" 0 "unknown names are warnings: the command runs"
like "$err" "^knead: warning: $CONF: unknown section \[reminder\] \(did you mean \[reminders\]\?\)" \
	"an unknown section names the nearest"
like "$err" "unknown key chekin in \[reminders\] \(did you mean checkin\?\)" "so does an unknown key"
like "$err" "unknown key foo in \[reminders\] \(see knead config list\)" \
	"a key like none says where to look"

# knead config get and set, on the default file, which does not exist yet.
DEFAULT=$XDG_CONFIG_HOME/knead/config.ini
out=$("$KNEAD" --db "$DB" config get reminders.checkin 2>&1); rc=$?
is "$rc:$out" "0:19:00" "get: the default when the file does not exist"
out=$("$KNEAD" --db "$DB" config set reminders.checkin 20:30 2>&1); rc=$?
is "$rc" 0 "set: exit 0"
is "$out" "Set reminders.checkin = 20:30 in $DEFAULT." "set: says what it did and where"
is "$(stat -c %a "$DEFAULT")" 600 "set: a new file is private (0600)"
is "$(stat -c %a "$(dirname "$DEFAULT")")" 700 "set: in a private directory"
out=$("$KNEAD" --db "$DB" config get reminders.checkin 2>&1)
is "$out" "20:30" "get: the new value"
# --config naming a new file: knead config set creates it.
rm -f "$CONF"
k config set therapist.name "Julie Tremblay"
is "$rc:$(grep name= "$CONF")" "0:name=Julie Tremblay" "set --config NEW creates the file"
printf '# my settings\n[general]\n# km here\nunits = km\n' >"$CONF"
k config set general.units MI
is "$rc:$out" "0:Set general.units = mi in $CONF." "set: values are case-insensitive, stored as knead writes them"
like "$(cat "$CONF")" "# km here" "set: the file's comments are kept"
like "$(cat "$CONF")" "units=mi" "set: the value is written"
k config set reminders.quiet_start 2200
is "$rc" 2 "set: a bad value is refused"
like "$err" '\[reminders\] quiet_start = "2200" is not valid \(expected a time of day such as 19:00\)' \
	"set: with the rule of the file"
k config set reminders.checkin_enabled off
is "$(grep checkin_enabled "$CONF")" "checkin_enabled=false" "set: off is false"
sum=$(cksum <"$CONF")
k config set reminders.chekin 20:00
is "$rc" 2 "set: an unknown key is refused"
is "$err" "knead: \"reminders.chekin\" is not a setting (did you mean reminders.checkin?)" \
	"set: naming the nearest"
k config set general.units furlongs
is "$(cksum <"$CONF")" "$sum" "a refused set leaves the file byte for byte"
k config list
# The settings of the README's configuration block, as section.key.
readme_keys=$(sed -n '/^```ini/,/^```/p' "$top_srcdir/README.md" |
	awk '/^\[/ { s = substr($0, 2, length($0) - 2) } /^[a-z_]+ =/ { print s "." $1 }' | sort -u)
is "$(printf '%s\n' "$out" | sed -n 's/ = .*//p' | sort)" "$readme_keys" \
	"list: every setting, the README's configuration block's, no more"
is "$(printf '%s\n' "$out" | head -n 1)" "# read from $CONF" "list: first, the file it read"
first=$(XDG_CONFIG_HOME=$T/none "$KNEAD" config list 2>/dev/null | head -n 1)
like "$first" "^# .*/none/knead/config\.ini does not exist yet: the defaults" \
	"list: or that there is no file yet"
like "$out" "general.units = mi" "list: with its value"
k config frobnicate
is "$rc" 2 "config with a wrong word: exit 2"
ls "$T" | grep -q '^config.ini.' && leftover=1 || leftover=0
is "$leftover" 0 "no temporary file left beside the config"

# In French.
printf '[general]\nunits = km   # ou mi\n' >"$CONF"
fr list
is "$rc" 2 "French: a comment after a value, exit 2"
like "$err" "un commentaire doit être seul sur sa ligne" "French: the error says it"
printf '[reminders]\nchekin = 20:00\n' >"$CONF"
fr list
like "$err" "avertissement : .*clé inconnue chekin dans \[reminders\] \(vouliez-vous dire checkin\?\)" \
	"French: the warning names the nearest key"
fr config set reminders.checkin 7pm
is "$rc" 2 "French: a bad value, exit 2"
like "$err" "« 7pm »" "French: quoted the French way"
fr config set reminders.checkin 21:15
like "$out" "reminders.checkin = 21:15" "French: set says what it did"
out=$(env $FRENCH "$KNEAD" --db "$DB" --config "$T/nulle-part.ini" list 2>&1)
like "$out" "n'existe pas" "French: --config naming no file"

done_testing

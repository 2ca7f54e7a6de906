#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The French manual (data/fr/knead.1, made by po4a from data/knead.1 and
# po/man/fr.po) reads cleanly at 80 columns, has every command, option and
# section of the English page, and names things as the program does in
# French (po/fr.po).
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/french-lib.sh"

EN=$top_srcdir/data/knead.1
FR=$top_srcdir/data/fr/knead.1

if [ ! -s "$FR" ]; then
	ok 1 "the French page is made (make writes data/fr/knead.1)"
	done_testing
	exit
fi
ok 0 "the French page is made (make writes data/fr/knead.1)"

# The same skeleton: po4a keeps the macros, a translation that broke a
# B<...> or I<...> would not.
for macro in SH SS TP TQ IP; do
	is "$(grep -c "^\.$macro\b" "$FR")" "$(grep -c "^\.$macro\b" "$EN")" \
		"as many .$macro in French as in English"
done

grep -q '^\.hla fr$' "$FR"
ok $? "the French page is hyphenated as French (po/man/fr.add)"

if command -v groff >/dev/null 2>&1; then
	warnings=$(groff -man -k -Tutf8 -ww -z "$FR" 2>&1)
	is "$warnings" "" "groff reads the French page without a warning"
else
	skip "groff is not installed" "groff reads the French page without a warning"
fi

if ! command -v man >/dev/null 2>&1; then
	echo "1..$_tap_n # the rest needs man (man-db)"
	for name in "man renders the French page at 80 columns without a warning" \
		"no line of it is wider than 80 columns" \
		"the same commands, in the same order" "every option of the English page" \
		"the French page writes regions with their side" \
		"every region the French page names is under its French name" \
		"the kinds of run and massage under their French names" \
		"the screens under their French names"; do
		skip "man is not installed" "$name"
	done
	done_testing
	exit
fi

MANWIDTH=80 man --warnings -l "$FR" >"$T/fr80" 2>"$T/warnings"
ok $? "man renders the French page at 80 columns"
is "$(cat "$T/warnings")" "" "man renders the French page at 80 columns without a warning"
is "$(wc -L <"$T/fr80")" "$(wc -L <"$T/fr80" | awk '$1 <= 80')" \
	"no line of it is wider than 80 columns"

# Read wide, so that no option is cut by hyphenation.
MANWIDTH=1000 man -l "$EN" 2>/dev/null >"$T/en"
MANWIDTH=1000 man -l "$FR" 2>/dev/null >"$T/fr"

# commands FILE: in the section the English page calls COMMANDS (the same
# place in both), the command of each item heading (knead log run, knead
# race add...): the words before the first placeholder or option.
section=$(grep -E '^[^ ]' "$T/en" | grep -nx 'COMMANDS' | cut -d: -f1)
commands() {
	awk -v n="$section" '/^[^ ]/ { s++ } s == n' "$1" |
		grep -oE '^ {7}knead( [a-z][a-z-]*)*' | sed 's/^ *//'
}
commands "$T/en" >"$T/en-commands"
commands "$T/fr" >"$T/fr-commands"
like "$(wc -l <"$T/en-commands")" "^[1-9][0-9]+$" "the English page has command headings to compare"
if cmp -s "$T/en-commands" "$T/fr-commands"; then
	ok 0 "the same commands, in the same order"
else
	ok 1 "the same commands, in the same order"
	diff "$T/en-commands" "$T/fr-commands" | grep '^[<>]' | sed 's/^/# /'
fi

# options FILE: every long option the page names.
options() {
	grep -oE -- '--[a-z][a-z0-9-]*[a-z0-9]' "$1" | LC_ALL=C sort -u
}
options "$T/en" >"$T/en-options"
options "$T/fr" >"$T/fr-options"
missing=$(LC_ALL=C comm -23 "$T/en-options" "$T/fr-options" | tr '\n' ' ')
is "$missing" "" "every option of the English page is in the French page"
extra=$(LC_ALL=C comm -13 "$T/en-options" "$T/fr-options" | tr '\n' ' ')
is "$extra" "" "and the French page names no option the English one does not"

# The words of the program in French: a region the page names with its
# side (mollet:gauche) by its French name as knead regions gives it (blanks
# typed as dashes), and the five screens as the catalogue names them.  The
# page lists no regions: knead regions does.
names=$(env $FRENCH "$KNEAD" regions --json | jq -r '.[].name')
like "$names" "mollet" "knead regions gives the French names"
named=$(grep -oE '[^[:space:](),;]+:(gauche|droite)' "$T/fr" | sed 's/:.*//' | LC_ALL=C sort -u)
like "$named" "mollet" "the French page writes regions with their side"
unknown=
for name in $named; do
	printf '%s\n' "$names" | tr ' ' '-' | grep -qxF -- "$name" || unknown="$unknown [$name]"
done
is "$unknown" "" "every region the French page names is under its French name"
# The kinds of run and of massage as a French runner may type them: the
# words knead's own error lists.
absent=
for what in "log run 5km 30:00 --kind zzz" "log massage zzz"; do
	words=$(env $FRENCH "$KNEAD" --db "$T/kinds.db" $what 2>&1 |
		sed -n 's/.*(attendu : \(.*\))$/\1/p' | sed 's/ ou /, /' | tr -d ',')
	[ -n "$words" ] || absent="$absent [no list from: knead $what]"
	for word in $words; do
		grep -qw -- "$word" "$T/fr" || absent="$absent [$word]"
	done
done
is "$absent" "" "the kinds of run and massage under their French names"

if command -v gettext >/dev/null 2>&1; then
	absent=
	for screen in Today Check-in History Races Articles Brief; do
		fr=$(env $FRENCH TEXTDOMAINDIR="$T/locale" gettext knead "$screen")
		[ "$fr" != "$screen" ] || [ "$screen" = Articles ] || absent="$absent [$screen untranslated]"
		grep -qE "^ {7}$fr( |\$)" "$T/fr" || absent="$absent [$fr]"
	done
	is "$absent" "" "the screens under their French names"
else
	skip "gettext is not installed" "the screens under their French names"
fi

done_testing

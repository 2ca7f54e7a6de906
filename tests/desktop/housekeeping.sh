#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# tests/desktop/housekeeping.sh - what a distribution checks: a licence
# line in every source file, --version's copyright and licence, --help's
# bug-report line, a filled fr.po header, and a man page that names every
# environment variable knead reads.
. "$top_srcdir/tests/lib.sh"

missing=
n=0
for f in $(cd "$top_srcdir" && find tui tests mk data po .ci -type f \
	\( -name '*.c' -o -name '*.h' -o -name '*.sh' -o -name '*.mk' -o -name '*.in' \
	-o -name run -o -name install-deps \) ! -path 'tests/fixtures/*' ! -name 'POTFILES.in' ! -name 'Makefile.in*' |
	sort) Makefile.am configure.ac autogen.sh po/POTFILES.in; do
	# The AppStream metadata is CC0-1.0 (debian/copyright says so too).
	case $f in
	data/knead.metainfo.xml.in) licence=CC0-1.0 ;;
	*) licence=GPL-3.0-or-later ;;
	esac
	head -n 3 "$top_srcdir/$f" | grep -q "SPDX-License-Identifier: $licence" ||
		missing="$missing $f"
	n=$((n + 1))
done
is "$missing" "" "all $n source files carry SPDX-License-Identifier: GPL-3.0-or-later (the metainfo: CC0-1.0)"

run --version
like "$out" "^Copyright \(C\) 20[0-9]{2} The knead authors" "--version: the copyright line"
like "$out" "License GPLv3\+: GNU GPL version 3 or later" "--version: the licence line"
like "$out" "NO WARRANTY" "--version: and no warranty"
run --help
is "$(printf '%s\n' "$out" | tail -n 1)" "Report bugs to: the knead issue tracker" \
	"--help ends with where to report bugs"
unlike "$(cat "$top_srcdir/configure.ac")" "example\.invalid|example\.com" "configure.ac names no placeholder domain"

header=$(sed -n '1,/^$/p;/^msgid ""/,/^$/p' "$top_srcdir/po/fr.po")
like "$header" '"Project-Id-Version: knead [0-9]+\.[0-9]+' "fr.po: Project-Id-Version with the version"
like "$header" '"Report-Msgid-Bugs-To: [^\\]' "fr.po: Report-Msgid-Bugs-To filled"
like "$header" '"Last-Translator: [^\\]' "fr.po: Last-Translator filled"
like "$header" '"Language-Team: French \(' "fr.po: Language-Team filled"
unlike "$header" "THE knead'S COPYRIGHT HOLDER|FIRST AUTHOR|PACKAGE VERSION" "fr.po: nothing left of the template"

# Every variable the sources read is in the man page's ENVIRONMENT.
env_section=$(sed -n '/^\.SH ENVIRONMENT/,/^\.SH /p' "$top_srcdir/data/knead.1")
unread=
for v in $(cd "$top_srcdir" && grep -rhoE 'getenv\("[A-Z_]+"' tui | sed 's/.*("//; s/"//' | sort -u); do
	printf '%s\n' "$env_section" | grep -q "$v" || unread="$unread $v"
done
is "$unread" "" "the man page's ENVIRONMENT names every variable knead reads"
like "$(sed -n '/^\.SH SEE ALSO/,$p' "$top_srcdir/data/knead.1")" "systemd\.timer" "SEE ALSO names the units' pages"

done_testing

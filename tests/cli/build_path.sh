#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# No build path in the binaries: knead finds its build tree at run time by
# the marker next to it (core/paths.h), so the same source builds the same
# binaries in any directory (the Debian package is built twice and compared
# in CI: tests/repro-deb.sh).  Debug information is left out of the check:
# it names the build directory unless the compiler maps it
# (dpkg-buildflags does), and the package keeps it apart.
. "$top_srcdir/tests/lib.sh"
if ! command -v objcopy >/dev/null 2>&1 || ! command -v strings >/dev/null 2>&1; then
	echo "1..0 # SKIP objcopy and strings are not installed (Debian: binutils)"
	exit 0
fi
builddir=$(cd "$(dirname "$KNEAD")" && pwd)
if [ ! -f "$builddir/.knead-build-tree" ]; then
	echo "1..0 # SKIP $KNEAD is not a build tree's (an installed knead)"
	exit 0
fi
srcdir=$(cd "$top_srcdir" && pwd)
helpers=$(ls "$builddir/knead-io" "$builddir/knead-import" 2>/dev/null)
prefix=$(sed -n 's/^prefix = //p' "$builddir/Makefile" 2>/dev/null | head -n 1)

for b in "$KNEAD" $helpers; do
	name=$(basename "$b")
	# valgrind wraps knead in a script in some runs: only ELF files count.
	if ! head -c 4 "$b" | grep -q 'ELF'; then
		skip "$name is not an ELF binary" "$name: no build path"
		continue
	fi
	objcopy --strip-debug "$b" "$T/$name"
	# The install directories configure chose are meant to be there, even
	# when they lie inside the source tree (make distcheck's _inst).
	found=$(strings -a "$T/$name" | grep -F -e "$builddir" -e "$srcdir" |
		grep -v -F "${prefix:-/nonexistent/prefix}" | head -n 3)
	is "$found" "" "$name holds neither the build nor the source directory"
done

# The build tree is still found: ./knead reads its own catalogues and
# articles, and runs its own helpers.
is "$(head -n 1 "$builddir/.knead-build-tree")" "$builddir" "the marker next to knead names the build tree"
run read it-band --no-pager
is "$rc" 0 "knead from the build tree finds the articles of the source tree"
: >"$DB" # export only reads: it never creates the database
run export --format json
is "$rc" 0 "  and its own knead-io"
run import "$FIXTURES/gpx_garmin-connect_run_hr.gpx"
is "$rc" 0 "  and its own knead-import"
out=$(LANGUAGE=fr LC_ALL=C.UTF-8 "$KNEAD" --db "$DB" --help 2>&1)
like "$out" "Syntaxe" "  and its own French catalogue"

done_testing

#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# hardening.sh - the default build is hardened (_FORTIFY_SOURCE, the strong
# stack protector, visible in the binary itself), and every source file
# compiles without a warning under -Wall -Wextra -Wformat=2 -Wshadow.
. "$top_srcdir/tests/lib.sh"

: "${top_builddir:=$(pwd)}"
mkvar() { # the value configure gave a variable in the build's Makefile
	sed -n "s/^$1 = //p" "$top_builddir/Makefile" | head -n 1
}

ok "$(grep -q 'enable_hardening=yes' "$top_srcdir/configure.ac"; echo $?)" "configure hardens by default"
harden_c=$(mkvar HARDEN_CFLAGS)
harden_cpp=$(mkvar HARDEN_CPPFLAGS)
if [ -n "$harden_c" ]; then
	like "$harden_c" '-fstack-protector-strong' "this build uses -fstack-protector-strong"
	like "$harden_cpp" '-D_FORTIFY_SOURCE=[23]' "this build defines _FORTIFY_SOURCE"
	bin=$top_builddir/knead
	syms=$(nm -D "$bin" 2>/dev/null || readelf --dyn-syms -W "$bin")
	like "$syms" '__stack_chk_fail' "knead calls the stack protector's check"
	like "$syms" '__[a-z]*printf_chk|__mem[a-z]*_chk|__str[a-z]*_chk' "knead calls fortified functions (__*_chk)"
else
	skip "this build was configured with --disable-hardening" "hardening flags and symbols"
fi

# Every C file of the program and the tests, with the warnings of the
# default build made errors.
cc=$(mkvar CC)
cflags="$(mkvar DEFS) -I$top_builddir -I$top_srcdir/tui $(mkvar GLIB_CFLAGS) $(mkvar NOTIFY_CFLAGS)
	$(mkvar SQLITE_CFLAGS) $(mkvar NCURSES_CFLAGS) $(mkvar JSON_CFLAGS) $(mkvar MD4C_CFLAGS)
	$(mkvar XML_CFLAGS) $(mkvar ICAL_CFLAGS) $(mkvar ZLIB_CFLAGS) $(mkvar CMOCKA_CFLAGS)
	-DLOCALEDIR=\"/\" -DPKGDATADIR=\"/\" -DPKGLIBEXECDIR=\"/\" -DSOURCE_DATADIR=\"/\"
	-DPREFIX=\"/usr\" -DBINDIR=\"/usr/bin\" -DDATADIR=\"/usr/share\" -DBUILDDIR=\"/\""
# One compiler per core at a time: each file's result in $T/cc/, its
# diagnostics kept for the log.
files=$(cd "$top_srcdir" && ls tui/*.c tui/*/*.c tui/core/*/*.c tests/unit/*.c 2>/dev/null)
mkdir -p "$T/cc"
export cc cflags top_srcdir T
# shellcheck disable=SC2016 # expanded by the inner shell
printf '%s\n' $files | xargs -P "$(nproc 2>/dev/null || echo 2)" -n 1 sh -c '
	log=$T/cc/$(printf "%s" "$1" | tr / _)
	# shellcheck disable=SC2086
	$cc -std=gnu11 -fsyntax-only -Wall -Wextra -Wformat=2 -Wshadow -Wno-unused-parameter \
		-Werror $cflags "$top_srcdir/$1" >"$log.log" 2>&1 || : >"$log.warned"' sh
warned=
n=0
for f in $files; do
	log=$T/cc/$(printf '%s' "$f" | tr / _)
	if [ -e "$log.warned" ] || [ ! -e "$log.log" ]; then
		warned="$warned $f"
		head -n 6 "$log.log" 2>/dev/null | sed 's/^/#   /'
	fi
	n=$((n + 1))
done
is "$warned" "" "all $n C files compile cleanly with -Wall -Wextra -Wformat=2 -Wshadow"

done_testing

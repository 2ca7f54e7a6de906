#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# tests/desktop/install.sh - knead as installed: `make install prefix=X`
# (configured for another prefix) and `make install DESTDIR=D` each give a
# knead that finds its helpers, its translations and articles where they were
# put; units that name the installed binary and pass systemd-analyze
# verify; a launcher and metainfo the desktop tools accept.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/french-lib.sh"

: "${top_builddir:?}"
unset KNEAD_LOCALEDIR KNEAD_DATADIR
FR="LC_ALL=fr_CA.UTF-8 LANGUAGE=${LOCPATH:+ LOCPATH=$LOCPATH}"
mkvar() { # a variable as configure set it in the build's Makefile
	sed -n "s/^$1 = //p" "$top_builddir/Makefile" | head -n 1
}
# The install runs make again, apart from the make running this test.
sub_make() {
	env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL "${MAKE:-make}" -s -C "$top_builddir" "$@" \
		>"$T/make.log" 2>&1
}

# exercise NAME BIN: the commands knead hands to its helpers, in French.
exercise() {
	_name=$1 _bin=$2 _db=$T/$1.db
	: >"$CONF" # --config must name a file that exists
	out=$(env $FR "$_bin" --db "$_db" import "$FIXTURES/gpx_garmin-connect_run_hr.gpx" 2>&1)
	is "$?" 0 "$_name: import runs (knead-import found)"
	like "$out" "Importées : 1" "$_name: and speaks French"
	out=$(env $FR "$_bin" --db "$_db" export --format csv --output "$T/$_name.csv" 2>&1)
	is "$?:$(head -c 7 "$T/$_name.csv")" "0:record," "$_name: export writes the CSV"
	out=$(env $FR "$_bin" --db "$_db" --config "$CONF" --now 2026-11-23T19:30 remind --dry-run)
	like "$out" "C'est l'heure de votre bilan knead" "$_name: remind --dry-run, in French"
	# No desktop: by hand a failure, from the timer a note and success.
	out=$(env $FR DBUS_SESSION_BUS_ADDRESS=unix:path=$T/no-bus "$_bin" --db "$_db" \
		--config "$CONF" --now 2026-11-23T19:30 remind 2>&1)
	is "$?" 1 "$_name: remind without a session bus fails by hand"
	like "$out" "pas de bus de session D-Bus" "$_name: saying so in French"
	out=$(env $FR KNEAD_FROM_TIMER=1 DBUS_SESSION_BUS_ADDRESS=unix:path=$T/no-bus "$_bin" \
		--db "$_db" --config "$CONF" --now 2026-11-23T19:30 remind 2>&1)
	is "$?" 0 "$_name: from the timer, without a session bus, it succeeds"
	like "$out" "prochain passage du minuteur" "$_name: with a note for the journal"
	is "$(sqlite3 "$_db" 'SELECT count(*) FROM reminders')" 0 "$_name: and records nothing"
}

# verify_units DIR: the installed units, as systemd reads them.
verify_units() {
	if ! command -v systemd-analyze >/dev/null 2>&1; then
		skip "systemd-analyze is not installed" "$1: systemd-analyze verify"
		return
	fi
	mkdir -p "$T/run" && chmod 700 "$T/run"
	out=$(XDG_RUNTIME_DIR=$T/run systemd-analyze --user --man=no verify "$2"/knead-* 2>&1)
	_rc=$?
	if [ "$_rc" -ne 0 ] && printf '%s' "$out" | grep -q "Failed to initialize manager"; then
		skip "systemd-analyze cannot start a user manager here" "$1: systemd-analyze verify"
		return
	fi
	is "$_rc:$out" "0:" "$1: systemd-analyze verify accepts the installed units"
}

# --- make install prefix=X: configured for one prefix, installed in another
prefix=$T/prefix
sub_make install prefix="$prefix"
is "$?" 0 "make install prefix=X succeeds"
exercise prefix "$prefix/bin/knead"
# The installed articles are read (not the source tree's): mark one.
art=$(ls "$prefix"/share/knead/articles/fr/*.md | head -n 1)
slug=$(basename "$art" .md)
sed -i 's/^title = /title = INSTALLÉ /' "$art"
like "$(env $FR "$prefix/bin/knead" --db "$T/prefix.db" articles)" "INSTALLÉ" \
	"prefix: the installed French articles are the ones read"
units=$prefix/share/systemd/user
like "$(cat "$units/knead-remind.service")" "ExecStart=$prefix/bin/knead remind" \
	"prefix: the timer's service runs the installed knead"
like "$(cat "$units/knead-remind.service")" "^TimeoutStartSec=[0-9]+" \
	"the timer's service has a start timeout (a stuck pass never queues the next)"
like "$(cat "$units/knead-reminder-daemon.service")" "^TimeoutStopSec=[0-9]+" \
	"the daemon's service has a stop timeout"
like "$(cat "$units/knead-reminder-daemon.service")" "ExecStart=$prefix/bin/knead remind --daemon" \
	"prefix: so does the daemon's"
for u in knead-remind.timer knead-reminder-daemon.service; do
	like "$(cat "$units/$u")" "WantedBy=graphical-session.target" "prefix: $u is wanted by the graphical session"
done
verify_units prefix "$units"
if command -v desktop-file-validate >/dev/null 2>&1; then
	out=$(desktop-file-validate "$prefix/share/applications/knead.desktop" 2>&1)
	is "$?:$out" "0:" "prefix: the installed launcher validates"
else
	skip "desktop-file-validate is not installed" "prefix: the installed launcher validates"
fi
if command -v appstreamcli >/dev/null 2>&1; then
	appstreamcli validate --no-net "$prefix/share/metainfo/org.knead.knead.metainfo.xml" >"$T/as.log" 2>&1
	is "$?" 0 "prefix: the installed metainfo validates"
else
	skip "appstreamcli is not installed" "prefix: the installed metainfo validates"
fi
ok "$([ -f "$prefix/share/icons/hicolor/48x48/apps/knead.png" ] &&
	[ -f "$prefix/share/icons/hicolor/scalable/apps/knead.svg" ]; echo $?)" "prefix: the icons are in hicolor"
sub_make uninstall prefix="$prefix"
is "$?:$(find "$prefix" -type f ! -path '*/articles/*' | wc -l | tr -d ' ')" "0:0" \
	"make uninstall prefix=X removes what it installed"

# --- make install DESTDIR=D: staged as a package would be
dest=$T/dest
sub_make install DESTDIR="$dest"
is "$?" 0 "make install DESTDIR=D succeeds"
bindir=$(mkvar bindir | sed "s|\${exec_prefix}|$(mkvar exec_prefix)|; s|\${prefix}|$(mkvar prefix)|")
exercise destdir "$dest$bindir/knead"
like "$(cat "$dest"/$(mkvar prefix)/share/systemd/user/knead-remind.service 2>/dev/null ||
	cat "$dest"/*/lib/systemd/user/knead-remind.service 2>/dev/null)" \
	"ExecStart=$bindir/knead remind" "destdir: the units name the final bindir, not the staging one"

done_testing

#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# tests/desktop/validate.sh - the launcher, the metainfo and the icons as
# the desktop's own tools read them.
. "$top_srcdir/tests/lib.sh"

data=$top_srcdir/data
# The launcher, the autostart entry and the metainfo are made by make from
# their templates and po/ (mk/desktop.mk).
made=${top_builddir:-$top_srcdir}/data

if command -v desktop-file-validate >/dev/null 2>&1; then
	out=$(desktop-file-validate "$made/knead.desktop" 2>&1)
	is "$?:$out" "0:" "desktop-file-validate accepts data/knead.desktop"
else
	skip "desktop-file-validate is not installed (Debian: desktop-file-utils)" \
		"desktop-file-validate accepts data/knead.desktop"
fi
like "$(cat "$made/knead.desktop")" "^Terminal=true" "the launcher opens a terminal"

if command -v appstreamcli >/dev/null 2>&1; then
	out=$(appstreamcli validate --no-net --pedantic "$made/knead.metainfo.xml" 2>&1)
	rc=$?
	is "$rc" 0 "appstreamcli validate --pedantic accepts data/knead.metainfo.xml"
	[ "$rc" = 0 ] || printf '%s\n' "$out" | sed 's/^/# /'
else
	skip "appstreamcli is not installed (Debian: appstream)" \
		"appstreamcli validate accepts data/knead.metainfo.xml"
fi

# Every action of the launcher opens a screen knead knows (the same names
# as --screen), and the metainfo launches this desktop file.
actions=$(sed -n 's/^Actions=//p' "$made/knead.desktop" | tr ';' ' ')
bad=
for a in $actions; do
	exec_line=$(sed -n "/^\[Desktop Action $a\]/,/^\[/s/^Exec=//p" "$made/knead.desktop")
	[ "$exec_line" = "knead --screen $a" ] || bad="$bad $a"
	case " today checkin history races articles " in
	*" $a "*) ;;
	*) bad="$bad $a" ;;
	esac
done
is "$bad" "" "each desktop action runs knead --screen on a screen knead has"
like "$(cat "$made/knead.metainfo.xml")" '<launchable type="desktop-id">knead.desktop</launchable>' \
	"the metainfo names the launcher"

# The French comes from po/fr.po (msgfmt), not from the templates.
like "$(cat "$made/knead.desktop")" '^GenericName\[fr\]=Assistant de récupération pour coureurs$' \
	"the launcher's French, from fr.po"
like "$(cat "$made/knead.desktop")" '^Name\[fr\]=Faire le bilan$' "  and its actions'"
like "$(cat "$made/knead.metainfo.xml")" '<summary xml:lang="fr">Assistant de récupération pour coureurs</summary>' \
	"the metainfo's French, from fr.po"
ok "$(grep -q '\[fr\]\|xml:lang' "$data/knead.desktop.in" "$data/knead.metainfo.xml.in"; [ $? = 1 ]; echo $?)" \
	"the templates hold no translation"
if command -v desktop-file-validate >/dev/null 2>&1; then
	out=$(desktop-file-validate "$made/knead-reminders.desktop" 2>&1)
	is "$?:$out" "0:" "desktop-file-validate accepts the autostart entry"
	like "$(cat "$made/knead-reminders.desktop")" '^Name\[fr\]=Rappels de knead$' "  in French too"
fi

# PNG: the width and height are the big-endian words at bytes 16 and 20.
png_size() {
	od -An -tu1 -j16 -N8 "$1" | awk '{ printf "%dx%d", $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8 }'
}
wrong=
n=0
for f in "$data"/icons/hicolor/*x*/apps/knead.png; do
	dir=$(basename "$(dirname "$(dirname "$f")")")
	[ "$(png_size "$f")" = "$dir" ] || wrong="$wrong $dir:$(png_size "$f")"
	n=$((n + 1))
done
is "$n/$wrong" "7/" "seven PNG icons, each the size of its hicolor directory"
like "$(head -c 300 "$data/icons/hicolor/scalable/apps/knead.svg")" "<svg" "and the scalable SVG"

done_testing

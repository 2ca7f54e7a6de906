# SPDX-License-Identifier: GPL-3.0-or-later
# tests/french-lib.sh - French for a test: the fr_CA.UTF-8 locale and the
# catalogue compiled from po/fr.po.  Sourced after tests/lib.sh (needs $T);
# skips the whole script when neither can be had.  Afterwards, run knead
# with $FRENCH in its environment, e.g. env $FRENCH "$KNEAD" ..., or call
# fr (below) as lib.sh's run.


: "${top_builddir:=$top_srcdir}"

# The locale: installed, or compiled here from the system's sources (glibc
# honours LOCPATH).
if ! locale -a 2>/dev/null | grep -qiE '^fr_CA\.utf-?8$'; then
	if command -v localedef >/dev/null 2>&1 &&
		localedef -i fr_CA -f UTF-8 "$T/loc/fr_CA.UTF-8" >/dev/null 2>&1; then
		LOCPATH=$T/loc
		export LOCPATH
	else
		echo "1..0 # SKIP the fr_CA.UTF-8 locale is not available"
		exit 0
	fi
fi

# The catalogue, compiled from po/fr.po: a built fr.gmo is only refreshed
# when the template changes, so the .po is what tells the truth.  Without
# msgfmt, the built one.
mkdir -p "$T/locale/fr/LC_MESSAGES"
if command -v msgfmt >/dev/null 2>&1; then
	msgfmt -o "$T/locale/fr/LC_MESSAGES/knead.mo" "$top_srcdir/po/fr.po"
else
	for mo in "$top_builddir/po/fr.gmo" "$top_srcdir/po/fr.gmo"; do
		if [ -s "$mo" ]; then
			cp "$mo" "$T/locale/fr/LC_MESSAGES/knead.mo"
			break
		fi
	done
fi
if [ ! -s "$T/locale/fr/LC_MESSAGES/knead.mo" ]; then
	echo "1..0 # SKIP no French catalogue (neither msgfmt nor a built po/fr.gmo)"
	exit 0
fi

FRENCH="LC_ALL=fr_CA.UTF-8 LANGUAGE= KNEAD_LOCALEDIR=$T/locale${LOCPATH:+ LOCPATH=$LOCPATH}"

# fr ARGS...: lib.sh's run, in French: knead against $DB at $NOW, setting
# $out, $err and $rc.
fr() {
	out=$(env $FRENCH "$KNEAD" --db "$DB" --now "$NOW" "$@" 2>"$T/stderr")
	rc=$?
	err=$(cat "$T/stderr")
}

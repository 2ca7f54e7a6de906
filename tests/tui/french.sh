#!/bin/sh
# The interface in French under fr_CA.UTF-8: labels, accents, dates.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux.sh"

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

"$KNEAD" --db "$DB" --now "$NOW" race add 2026-12-14 "Demi de Montréal" 21.1km --priority A >/dev/null
"$KNEAD" --db "$DB" --now "$NOW" log sore calf:left 4 --date yesterday >/dev/null

tui_start 100 30 LC_ALL=fr_CA.UTF-8 LANGUAGE= KNEAD_LOCALEDIR="$T/locale" ${LOCPATH:+LOCPATH=$LOCPATH}
wait_for "Aujourd'hui"
ok $? "the tabs are in French"
s=$(screen)
like "$s" "lundi 23 novembre 2026" "the date is written the French way"
like "$s" "bilan aujourd'hui" "the check-in banner is in French"
like "$s" "Prochain massage" "the advice card is in French"
like "$s" "12 semaines" "the chart's title is in French"
like "$s" "Demi de Montréal" "accents of the data show"
like "$s" "Fraîcheur" "accents of the labels show"
like "$s" "Quitter" "the hint bar is in French"

keys c
wait_for "Massage reçu aujourd'hui"
ok $? "the check-in is in French"
s=$(screen)
like "$s" "Durée" "its fields are labelled in French"
like "$s" "D +face +G" "the front figure is marked D (droite) and G (gauche)"
like "$s" "votre droite et votre gauche" "and the legend explains them"

type_text "dix"
keys Tab
wait_for "Rien n'a" 3 || true
wait_for "dix"
like "$(screen)" "« ?dix ?»|\"dix\"" "a bad value is reported in the form"
keys Escape o
wait_for "Aujourd'hui"
keys '?'
wait_for "Touches"
ok $? "the help overlay is in French"
like "$(screen)" "Faire le bilan" "with the key table's French labels"
keys Escape q
wait_exit
is "$status" 0 "knead exits cleanly"

done_testing

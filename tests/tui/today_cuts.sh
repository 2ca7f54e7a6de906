#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Today's lists cut to fit end with a mark counting what is left out, never
# mid-word, at 80x24 and 100x30, in English and French, over a history with
# many sore regions (three of them flagged): Sore now ends with "…+N (w)"
# and w shows every region; the Tonight line ends with "…+N (t)" after whole
# items; the notes left out of the Next massage card (flags, the stale
# question) count in its mark and show in the Why view.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux.sh"
. "$top_srcdir/tests/french-lib.sh"

k() {
	"$KNEAD" --db "$DB" --now "$NOW" "$@" >/dev/null
}
k log run 10km 52:30 --date -1d
k log sore calf:left 5 hip-flexor:right 4 hamstring:left 3 piriformis:right 4 \
	it-band:right 3 quad:left 2 achilles:left 3 lower-back 2 glute:right 3 --date -1d
k log sore knee:left 6 --sharp --date -1d
k log sore shin:right 7 --sharp --date -1d
k log sore foot:left 7 --sharp --date -1d

# What the lists hold, as the command line reads them: Sore now lists the
# regions sore now or flagged; Tonight the plan's items.
sore=$("$KNEAD" --db "$DB" --now "$NOW" status --json |
	jq '[.soreness[] | select((.current and .effective_level > 0) or .flagged)] | length')
items=$("$KNEAD" --db "$DB" --now "$NOW" plan --json | jq '.items | length')
ok "$([ "$sore" -ge 10 ] && [ "$items" -ge 5 ]; echo $?)" \
	"the history has many sore regions ($sore) and tonight's items ($items)"

# card_sore TITLE: the rows of the Sore now card (its left column).
card_sore() {
	screen | awk -F'│' -v t="$1" 'f && /^ │/ { print $2; next } f { exit } index($0, t) { f = 1 }'
}
# why_sore TITLE: the rows of Sore now beside the Why view.
why_sore() {
	screen | awk -F'│' -v t="$1" 'f && NF >= 5 { print $4; next } f { exit } index($0, t) { f = 1 }'
}
# mark_of TEXT KEY: N of the "…+N (KEY)" in TEXT, or nothing.
mark_of() {
	printf '%s\n' "$1" | grep -o "…+[0-9]* ($2)" | tail -n 1 | sed "s/…+//; s/ ($2)//"
}

for lang in en fr; do
	if [ "$lang" = en ]; then
		env= massage="Next massage" title="Sore now" tonight="Tonight (t): "
	else
		env=$FRENCH massage="Prochain massage" title="Douleurs actuelles"
		tonight="Ce soir (t) : "
	fi
	for size in "80 24" "100 30"; do
		set -- $size
		at="$lang $1x$2"
		tui_start "$1" "$2" $env
		wait_for "$massage"
		s=$(screen)
		unlike "$s" "[[:alpha:]]…" "$at: no word of Today is cut mid-way"

		rows=$(card_sore "$title")
		n=$(mark_of "$rows" w)
		shown=$(printf '%s\n' "$rows" | sed 's/…+[0-9]* (w)//' | grep -c '[[:alpha:]]')
		ok "$([ -n "$n" ]; echo $?)" "$at: Sore now, cut, ends with …+N (w)"
		is "$((shown + ${n:-0}))" "$sore" \
			"$at: N counts the regions left out ($shown shown of $sore)"

		line=$(printf '%s\n' "$s" | grep -F "$tonight" | sed "s/.*$tonight//")
		t_n=$(mark_of "$line" t)
		t_shown=$(printf '%s\n' "$line" | sed 's/ *…+[0-9]* (t)//' | awk -F'; ' '{ print NF }')
		ok "$([ -n "$t_n" ]; echo $?)" "$at: the Tonight line, cut, ends with …+N (t)"
		is "$((t_shown + ${t_n:-0}))" "$items" \
			"$at: after whole items, N counts the others ($t_shown shown of $items)"

		# The card's mark counts the reasons and the flags left out.
		card=$(printf '%s\n' "$s" | sed -n "/$massage/,/$title/p")
		like "$card" "…\+[0-9]+ \(w\)" "$at: the Next massage card has its mark too"

		keys w
		wait_gone "$tonight"
		rows=$(why_sore "$title")
		shown=$(printf '%s\n' "$rows" | grep -c '[[:alpha:]]')
		is "$shown" "$sore" "$at: w shows every sore region"
		unlike "$rows" "…" "$at: whole, with no mark"
		unlike "$(screen)" "[[:alpha:]]…" "$at: the Why view cuts no word mid-way"
		keys q
		wait_exit
		tm_kill_server
	done
done

# The demo in French at 80x24: the session asked for shows whole (on two
# rows), and the stale question the card has no room for is counted in its
# mark, asked in the Why view, and not answered by a stray n meanwhile.
tui_start 80 24 $FRENCH -- --demo
wait_for "Prochain massage"
s=$(screen)
unlike "$s" "À faire : [^│]*…" "French demo: the session asked for is not cut"
unlike "$s" "toujours\?" "French demo: the stale question waits for the Why view at 80x24"
keys n w
wait_for "lignes de plus"
like "$(screen)" "toujours\? +│" "French demo: n did not answer it unseen; the Why view asks it"
keys q
wait_exit

done_testing

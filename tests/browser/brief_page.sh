#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The brief's HTML page in a real browser (headless Chromium): valid
# (tidy), nothing fetched, one printed page on A4 and on Letter (pdfinfo),
# and no overflow at 360 and 1024 px (the page's measured width), in
# English and French, with everything a brief can hold.
#
# Without chromium, pdfinfo or tidy the script is skipped; .ci/run's
# browser stage sets KNEAD_REQUIRE_BROWSER=1, and then a missing tool fails.
. "$top_srcdir/tests/lib.sh"
NOW=2026-05-04T09:00

CHROMIUM=$(command -v chromium || command -v chromium-browser || true)
for tool in "$CHROMIUM" "$(command -v pdfinfo)" "$(command -v tidy)"; do
	if [ -z "$tool" ]; then
		if [ "${KNEAD_REQUIRE_BROWSER:-0}" = 1 ]; then
			echo "not ok 1 - chromium, pdfinfo (poppler-utils) and tidy are installed"
			echo "1..1"
			exit 1
		fi
		echo "1..0 # SKIP chromium, pdfinfo (poppler-utils) or tidy is not installed"
		exit 0
	fi
done

# Headless, as root in CI: no sandbox; a profile of its own.
browse() {
	timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --no-first-run \
		--user-data-dir="$T/chromium" --allow-file-access-from-files "$@" 2>/dev/null
}

k() { "$KNEAD" --db "$DB" --now $NOW "$@" >/dev/null; }
for d in 40 38 36 33 31 29 26 24 22 19 17 15 12 10 8 5 3; do
	k log run 10km 55:00 --date -${d}d --rpe 4 --hr 148 --note "Lachine Canal, easy"
done
k log run 30km 2:50:00 --date -1d --kind long --hr 152 --note "Mont-Royal loop"
k log sore calf:right 5 --date -15d
k log massage sports --date -14d --regions calf:right,hamstring:left --therapist Julie --note "tight"
k log sore calf:right 2 --date -12d
k log massage deep-tissue --date -28d --regions it-band:right
k log sore it-band:right 6 --date -29d
k log sore it-band:right 3 --date -26d
k log massage sports --date -45d
k log sore calf:right 6 hamstring:left 3 it-band:right 4 quad:left 2 hip-flexor:right 3 --date -1d \
	--note "after the long run"
k log sore glute:left 7 --sharp --date -1d
k log sore lower-back 2 achilles:left 3 --date -2d
k race add +6d "Course 10 km de Verdun" 10km --priority C
k race add +20d "Demi-marathon international de Montréal" 21.1km --priority A
k race add +48d "Marathon de Montréal" 42.2km --priority B
NOTE="Right calf first, please; the left glute hurts on stairs since Sunday's long run, so leave it alone."

. "$top_srcdir/tests/french-lib.sh"
for lang in en fr; do
	page=$T/brief-$lang.html
	env $FRENCH "$KNEAD" --db "$DB" --now $NOW brief --lang $lang --format html \
		--include all --note "$NOTE" --output "$page"
	ok $? "$lang: the page is written"

	tidy -q -e "$page" >"$T/tidy" 2>&1
	ok $? "$lang: tidy finds no error or warning"
	sed 's/^/# /' "$T/tidy"
	unlike "$(cat "$page")" "src=|href=|url\(|@import|<link|<script" "$lang: nothing fetched"

	for size in A4 letter; do
		sed "s|</style>|@page{size:$size}</style>|" "$page" >"$T/print.html"
		browse --no-pdf-header-footer --print-to-pdf="$T/$lang-$size.pdf" "file://$T/print.html" \
			>/dev/null
		is "$(pdfinfo "$T/$lang-$size.pdf" 2>/dev/null | sed -n 's/^Pages: *//p')" 1 \
			"$lang: one printed page on $size"
	done

	# The page in a frame of each width; the frame's document measured.
	for w in 360 1024; do
		cat >"$T/measure.html" <<EOS
<!DOCTYPE html><html><head><meta charset="utf-8"><title>-</title></head>
<body style="margin:0"><iframe id="f" src="brief-$lang.html" width="$w" height="1400"
style="border:0"></iframe><script>
document.getElementById("f").onload = function () {
	document.title = "width " + this.contentDocument.documentElement.scrollWidth +
		" in " + this.contentWindow.innerWidth;
};
</script></body></html>
EOS
		m=$(browse --window-size=$((w + 40)),1400 --virtual-time-budget=5000 --dump-dom \
			"file://$T/measure.html" | sed -n 's|.*<title>width \([0-9]*\) in \([0-9]*\)</title>.*|\1 \2|p')
		is "${m#* }" "$w" "$lang: the frame is $w px wide"
		ok "$([ -n "$m" ] && [ "${m% *}" -le "${m#* }" ]; echo $?)" \
			"$lang: no overflow at $w px (measured ${m% *})"
		browse --window-size=$((w + 40)),1400 --screenshot="$T/$lang-$w.png" \
			"file://$T/measure.html" >/dev/null
		ok "$([ -s "$T/$lang-$w.png" ]; echo $?)" "$lang: a screenshot at $w px"
	done
done

done_testing

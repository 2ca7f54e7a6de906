#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The French manual is the whole English one: po/man/fr.po translates every
# paragraph of data/knead.1 as it is now, with nothing left untranslated
# or fuzzy.  A change to the English page that was not followed by `make
# update-man-po` and its translation fails here, naming the paragraphs.
# The template (po/man/knead-man.pot) is not in the sources: po4a makes
# one here from data/knead.1, and the French page is made without one, as
# the build does.
. "$top_srcdir/tests/lib.sh"

PO=$top_srcdir/po/man/fr.po
CFG=$top_srcdir/po/man/po4a.cfg
# The tree's French page, which render.sh may be reading meanwhile: left as
# it is.
page_sum() { cksum <"$top_srcdir/data/fr/knead.1" 2>/dev/null || echo none; }
page_before=$(page_sum)

# msgids PO-FILE: each live msgid of PO-FILE on one line (a line break
# inside one shows as \n), the header left out.
msgids() {
	msgattrib --no-obsolete --no-wrap "$1" | awk '
		/^msgid / { s = substr($0, 8, length($0) - 8); inid = 1; next }
		/^"/ && inid { s = s substr($0, 2, length($0) - 2); next }
		/^msgstr/ { if (inid && s != "") print s; inid = 0 }' | LC_ALL=C sort -u
}

# incomplete PO-FILE: the msgids PO-FILE leaves untranslated or fuzzy,
# reported as TAP comments; its status is 0 when there is none.
incomplete() {
	{ msgattrib --untranslated --no-obsolete "$1" >"$T/untranslated.po" &&
	  msgattrib --only-fuzzy --no-obsolete "$1" >"$T/fuzzy.po"; } || return 2
	msgids "$T/untranslated.po" >"$T/untranslated"
	msgids "$T/fuzzy.po" >"$T/fuzzy"
	sed 's/^/#   untranslated: /' "$T/untranslated" | cut -c1-160
	sed 's/^/#   fuzzy: /' "$T/fuzzy" | cut -c1-160
	[ ! -s "$T/untranslated" ] && [ ! -s "$T/fuzzy" ]
}

msgfmt --check --statistics -o /dev/null "$PO" 2>"$T/stats"
ok $? "po/man/fr.po passes msgfmt --check"
incomplete "$PO"
ok $? "po/man/fr.po leaves no paragraph untranslated or fuzzy"
like "$(cat "$T/stats")" "^[0-9]+ translated messages\.$" "msgfmt counts only translated messages"

msgids "$PO" >"$T/po-ids"

# A copy of the sources po4a reads, without a template, as a git clone
# has none: a template left by `make update-man-po` (ignored by git) would
# make po4a find nothing to write.
src=$T/src
mkdir -p "$src/po/man" "$src/data"
cp "$top_srcdir/data/knead.1" "$src/data/" &&
	cp "$CFG" "$top_srcdir/po/man/"*.po "$top_srcdir/po/man/"*.add "$src/po/man/"

# The template of data/knead.1 as it is now, and the PO file merged with
# it: po4a writes into $T only (the source tree may be read-only, as in
# distcheck).
if command -v po4a >/dev/null 2>&1; then
	mkdir -p "$T/po/man" "$T/data"
	po4a --srcdir "$src" --destdir "$T" --no-translations "$src/po/man/po4a.cfg" >"$T/po4a.out" 2>&1
	ok $? "po4a reads data/knead.1 and the PO file"
	pot=$T/po/man/knead-man.pot
	[ -f "$pot" ]
	ok $? "po4a makes the template of data/knead.1"
	msgids "$pot" >"$T/now-ids"
	if [ -s "$T/now-ids" ] && cmp -s "$T/now-ids" "$T/po-ids"; then
		ok 0 "po/man/fr.po has exactly the paragraphs of data/knead.1 as it is now"
	else
		ok 1 "po/man/fr.po has exactly the paragraphs of data/knead.1 as it is now (run make update-man-po, then translate)"
		diff "$T/po-ids" "$T/now-ids" | sed -n 's/^> /#   new in data\/knead.1: /p; s/^< /#   gone from data\/knead.1: /p' |
			cut -c1-160 | head -n 20
	fi
	merged=$T/po/man/fr.po
	[ -f "$merged" ] || merged=$PO
	incomplete "$merged"
	ok $? "po/man/fr.po translates every paragraph of data/knead.1 as it is now"
	[ -z "$(find "$T/data" -type f)" ]
	ok $? "po4a wrote no page while only checking"

	# The build's own command on the copy.  po4a writes the page at its
	# relative path under the current directory first, then moves it to
	# --destdir: run from an empty directory, it never takes the tree's own
	# data/fr/knead.1 away.
	mkdir -p "$T/out/data/fr" "$T/cwd"
	(cd "$T/cwd" && po4a --no-update --srcdir "$src" --destdir "$T/out" "$src/po/man/po4a.cfg") \
		>"$T/po4a-build.out" 2>&1 && [ -s "$T/out/data/fr/knead.1" ]
	ok $? "po4a writes the French page without a template, as the build does"
	[ ! -e "$src/po/man/knead-man.pot" ] && [ ! -e "$T/out/po/man/knead-man.pot" ]
	ok $? "and writes no template while building"
	is "$(page_sum)" "$page_before" "the tree's data/fr/knead.1 is left as it was"
else
	for name in "po4a reads data/knead.1 and the PO file" \
		"po4a makes the template of data/knead.1" \
		"po/man/fr.po has exactly the paragraphs of data/knead.1 as it is now" \
		"po/man/fr.po translates every paragraph of data/knead.1 as it is now" \
		"po4a wrote no page while only checking" \
		"po4a writes the French page without a template, as the build does" \
		"and writes no template while building" \
		"the tree's data/fr/knead.1 is left as it was"; do
		skip "po4a is not installed" "$name"
	done
fi

done_testing

# SPDX-License-Identifier: GPL-3.0-or-later
# The manual in French.  One source, data/knead.1: po4a (po/man/po4a.cfg)
# cuts it into paragraphs, po/man/fr.po translates them, and po4a writes
# the French page from the two.  The page is made in the source tree and
# shipped in the tarball, so a build from the tarball needs no po4a: make
# remakes it only when po4a is there and the English page, the PO file or
# the configuration changed.  `make update-man-po` brings the PO files up
# to date after data/knead.1 changes (HACKING.md, Translations); the
# template it writes on the way, po/man/knead-man.pot, is a by-product,
# neither committed nor shipped: the build (--no-update) never reads it,
# and tests/man/translation.sh makes its own from data/knead.1.
MAN_PO4A_CFG = po/man/po4a.cfg
MAN_POS = po/man/fr.po
# What po4a adds to a language's page (French hyphenation for French).
MAN_ADDS = po/man/fr.add
frman1dir = $(mandir)/fr/man1
dist_frman1_DATA = $(srcdir)/data/fr/knead.1
EXTRA_DIST += $(MAN_PO4A_CFG) $(MAN_POS) $(MAN_ADDS)

# --no-update: the build neither needs the template nor rewrites the PO
# files.  The page is removed first, so that a translation po4a refuses
# (under the --keep threshold of po4a.cfg) fails the build rather than
# keep an old page.
$(srcdir)/data/fr/knead.1: $(srcdir)/data/knead.1 $(MAN_POS:%=$(srcdir)/%) $(MAN_ADDS:%=$(srcdir)/%) \
		$(srcdir)/$(MAN_PO4A_CFG)
if HAVE_PO4A
	$(AM_V_GEN)rm -f $@ && \
	$(PO4A) --no-update --srcdir $(srcdir) --destdir $(srcdir) \
		$(srcdir)/$(MAN_PO4A_CFG) >/dev/null && \
	{ test -f $@ || { echo "$@: po/man/fr.po translates too little of data/knead.1:" \
		"run make update-man-po and translate it" >&2; exit 1; }; }
else
	@echo "warning: $@ is older than its sources, and po4a (Debian: po4a) is not installed to remake it" >&2
endif

update-man-po:
if HAVE_PO4A
	$(AM_V_GEN)$(PO4A) --srcdir $(srcdir) --destdir $(srcdir) $(srcdir)/$(MAN_PO4A_CFG)
else
	@echo "update-man-po needs po4a (Debian: po4a)" >&2; exit 1
endif
.PHONY: update-man-po

# The French manual is whole (every paragraph of data/knead.1 as it is now
# translated, none fuzzy) and reads cleanly at 80 columns with every
# command and option of the English page.
MAN_TESTS = tests/man/translation.sh tests/man/render.sh
TESTS += $(MAN_TESTS)
EXTRA_DIST += $(MAN_TESTS)

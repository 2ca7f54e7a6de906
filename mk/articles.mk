# SPDX-License-Identifier: GPL-3.0-or-later
# mk/articles.mk: files of the articles area (included by Makefile.am).

# Finding, indexing, laying out and ranking the articles.
libknead_a_SOURCES += \
	tui/core/articles/articles.h tui/core/articles/articles.c \
	tui/core/articles/markdown.h tui/core/articles/markdown.c \
	tui/core/articles/rank.h tui/core/articles/rank.c \
	tui/core/articles/rank_inputs.h tui/core/articles/rank_inputs.c

knead_SOURCES += tui/cli/cli_articles.c

# The articles themselves, one Markdown file per slug and language, the same
# slugs in both.  The program finds them under $(pkgdatadir)/articles, or in
# the source tree when it runs uninstalled.
articlesendir = $(pkgdatadir)/articles/en
dist_articlesen_DATA = \
	data/articles/en/after-marathon.md \
	data/articles/en/back-posture.md \
	data/articles/en/calves-achilles.md \
	data/articles/en/circulation.md \
	data/articles/en/compression-cold-water.md \
	data/articles/en/first-massage.md \
	data/articles/en/flexibility-strength.md \
	data/articles/en/foam-rolling.md \
	data/articles/en/hips-piriformis.md \
	data/articles/en/how-often.md \
	data/articles/en/injury-prevention.md \
	data/articles/en/injury-recovery.md \
	data/articles/en/it-band.md \
	data/articles/en/knees-thighs.md \
	data/articles/en/massage-types.md \
	data/articles/en/nervous-system-sleep.md \
	data/articles/en/plantar-fascia.md \
	data/articles/en/race-timing.md \
	data/articles/en/sore-or-injured.md \
	data/articles/en/soreness-doms.md \
	data/articles/en/talk-to-your-therapist.md
articlesfrdir = $(pkgdatadir)/articles/fr
dist_articlesfr_DATA = \
	data/articles/fr/after-marathon.md \
	data/articles/fr/back-posture.md \
	data/articles/fr/calves-achilles.md \
	data/articles/fr/circulation.md \
	data/articles/fr/compression-cold-water.md \
	data/articles/fr/first-massage.md \
	data/articles/fr/flexibility-strength.md \
	data/articles/fr/foam-rolling.md \
	data/articles/fr/hips-piriformis.md \
	data/articles/fr/how-often.md \
	data/articles/fr/injury-prevention.md \
	data/articles/fr/injury-recovery.md \
	data/articles/fr/it-band.md \
	data/articles/fr/knees-thighs.md \
	data/articles/fr/massage-types.md \
	data/articles/fr/nervous-system-sleep.md \
	data/articles/fr/plantar-fascia.md \
	data/articles/fr/race-timing.md \
	data/articles/fr/sore-or-injured.md \
	data/articles/fr/soreness-doms.md \
	data/articles/fr/talk-to-your-therapist.md

if HAVE_CMOCKA
check_PROGRAMS += tests/unit/test_articles
TESTS += tests/unit/test_articles
endif
tests_unit_test_articles_SOURCES = tests/unit/test_articles.c
tests_unit_test_articles_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_articles_LDADD = $(UNIT_LDADD)

TESTS += tests/cli/articles.sh
EXTRA_DIST += tests/cli/articles.sh

# The articles' text: phrasings they must not use, citations against the
# reference lists, and every article at 80 columns in both languages, read
# with knead read and in the TUI's reader (tmux).
ARTICLES_TESTS = \
	tests/articles/forbidden.sh tests/articles/citations.sh \
	tests/articles/render80.sh tests/articles/reader_tui.sh
TESTS += $(ARTICLES_TESTS)
EXTRA_DIST += $(ARTICLES_TESTS) tests/articles/forbidden-phrases.txt \
	tests/articles/references.txt

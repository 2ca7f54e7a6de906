# SPDX-License-Identifier: GPL-3.0-or-later
# mk/desktop.mk: files of the desktop and distribution area (included by
# Makefile.am).  The launcher, the icon, the AppStream metainfo, and the
# tests that knead runs as built and as installed.

# The launcher, the autostart entry and the AppStream metainfo are made
# from templates (.in) and po/: their translations are fr.po's, like every
# other string (msgfmt --desktop, msgfmt --xml with po/its/ rules).
desktopdir = $(datadir)/applications
desktop_DATA = data/knead.desktop
# The reminder daemon as an XDG autostart entry, for a session without
# graphical-session.target: copied by the runner who wants it.
autostartdir = $(pkgdatadir)/autostart
autostart_DATA = data/knead-reminders.desktop
translated_data = data/knead.desktop data/knead-reminders.desktop data/knead.metainfo.xml
all-local: $(translated_data)
CLEANFILES += $(translated_data)
EXTRA_DIST += data/knead.desktop.in data/knead-reminders.desktop.in data/knead.metainfo.xml.in \
	po/its/knead-metainfo.loc po/its/knead-metainfo.its po/its/xgettext
translations = $(srcdir)/po/LINGUAS $(srcdir)/po/fr.po
data/knead.desktop: $(srcdir)/data/knead.desktop.in $(translations)
	$(AM_V_GEN)$(MKDIR_P) data && \
		$(MSGFMT) --desktop --template=$(srcdir)/data/knead.desktop.in -d $(srcdir)/po -o $@
data/knead-reminders.desktop: $(srcdir)/data/knead-reminders.desktop.in $(translations)
	$(AM_V_GEN)$(MKDIR_P) data && \
		$(MSGFMT) --desktop --template=$(srcdir)/data/knead-reminders.desktop.in -d $(srcdir)/po -o $@
data/knead.metainfo.xml: $(srcdir)/data/knead.metainfo.xml.in $(srcdir)/po/its/knead-metainfo.its \
		$(srcdir)/po/its/knead-metainfo.loc $(translations)
	$(AM_V_GEN)$(MKDIR_P) data && GETTEXTDATADIRS=$(srcdir)/po \
		$(MSGFMT) --xml --template=$(srcdir)/data/knead.metainfo.xml.in -d $(srcdir)/po -o $@

# The icon: one SVG, and PNGs rendered from it once (rsvg-convert -w N -h N)
# and kept in git, so that building needs no SVG renderer.
hicolor16dir = $(datadir)/icons/hicolor/16x16/apps
dist_hicolor16_DATA = data/icons/hicolor/16x16/apps/knead.png
hicolor24dir = $(datadir)/icons/hicolor/24x24/apps
dist_hicolor24_DATA = data/icons/hicolor/24x24/apps/knead.png
hicolor32dir = $(datadir)/icons/hicolor/32x32/apps
dist_hicolor32_DATA = data/icons/hicolor/32x32/apps/knead.png
hicolor48dir = $(datadir)/icons/hicolor/48x48/apps
dist_hicolor48_DATA = data/icons/hicolor/48x48/apps/knead.png
hicolor64dir = $(datadir)/icons/hicolor/64x64/apps
dist_hicolor64_DATA = data/icons/hicolor/64x64/apps/knead.png
hicolor128dir = $(datadir)/icons/hicolor/128x128/apps
dist_hicolor128_DATA = data/icons/hicolor/128x128/apps/knead.png
hicolor256dir = $(datadir)/icons/hicolor/256x256/apps
dist_hicolor256_DATA = data/icons/hicolor/256x256/apps/knead.png
hicolorscalabledir = $(datadir)/icons/hicolor/scalable/apps
dist_hicolorscalable_DATA = data/icons/hicolor/scalable/apps/knead.svg

# AppStream wants the file named after the component id.
metainfo_id = org.knead.knead
metainfodir = $(datadir)/metainfo
install-data-local: install-metainfo
uninstall-local: uninstall-metainfo
install-metainfo:
	$(MKDIR_P) '$(DESTDIR)$(metainfodir)'
	$(INSTALL_DATA) data/knead.metainfo.xml \
		'$(DESTDIR)$(metainfodir)/$(metainfo_id).metainfo.xml'
uninstall-metainfo:
	rm -f '$(DESTDIR)$(metainfodir)/$(metainfo_id).metainfo.xml'
.PHONY: install-metainfo uninstall-metainfo

desktop_tests = \
	tests/desktop/validate.sh \
	tests/desktop/buildtree.sh \
	tests/desktop/install.sh \
	tests/desktop/housekeeping.sh
TESTS += $(desktop_tests)
EXTRA_DIST += $(desktop_tests)

# mk/tui.mk: files of the tui area (included by Makefile.am).
knead_SOURCES += tui/ui/interface_pending.c

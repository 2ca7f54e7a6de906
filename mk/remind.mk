# mk/remind.mk: files of the remind area (included by Makefile.am).

# mk/reliability.mk: files of the reliability area (included by Makefile.am).

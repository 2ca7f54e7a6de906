# mk/bench.mk: files of the bench area (included by Makefile.am).

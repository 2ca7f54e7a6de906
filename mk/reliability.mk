# SPDX-License-Identifier: GPL-3.0-or-later
# mk/reliability.mk: files of the reliability area (included by Makefile.am).
# Proofs that nothing logged is lost and bad input never gets in: crashes,
# concurrency, migrations, damaged files, failing disks, permissions,
# hostile input, signals, and the hardening of the build itself.

# The store on a disk that fills up or turns read-only (a SQLite VFS shim).
if HAVE_CMOCKA
check_PROGRAMS += tests/unit/test_failures
TESTS += tests/unit/test_failures
endif
tests_unit_test_failures_SOURCES = tests/unit/test_failures.c
tests_unit_test_failures_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_failures_LDADD = $(UNIT_LDADD)

reliability_tests = \
	tests/reliability/crash.sh \
	tests/reliability/concurrency.sh \
	tests/reliability/migrate.sh \
	tests/reliability/corrupt.sh \
	tests/reliability/readonly.sh \
	tests/reliability/perms.sh \
	tests/reliability/hostile.sh \
	tests/reliability/signals.sh \
	tests/reliability/hardening.sh \
	tests/reliability/nolocks.sh \
	tests/reliability/fsize.sh \
	tests/reliability/truthful.sh
TESTS += $(reliability_tests)
EXTRA_DIST += $(reliability_tests)
# nolocks.sh builds it as an LD_PRELOAD shim when it runs.
EXTRA_DIST += tests/reliability/nolocks.c

# One database per released schema version, vN.db, and the script that
# made them: the directory ships whole, so a new version's fixture needs
# no line here (migrate.sh finds every one).
EXTRA_DIST += tests/fixtures/db

# Private files whatever the umask, replaced whole (config, exports).
if HAVE_CMOCKA
check_PROGRAMS += tests/unit/test_atomic
TESTS += tests/unit/test_atomic
endif
tests_unit_test_atomic_SOURCES = tests/unit/test_atomic.c tests/unit/testutil.h
tests_unit_test_atomic_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_atomic_LDADD = $(UNIT_LDADD)

# Backups written like every other file (temporary, fsync, rename, fsync of
# the directory); fsync wrapped to see the order and to make it fail.
if HAVE_CMOCKA
check_PROGRAMS += tests/unit/test_store_backup
TESTS += tests/unit/test_store_backup
endif
tests_unit_test_store_backup_SOURCES = tests/unit/test_store_backup.c tests/unit/testutil.h
tests_unit_test_store_backup_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_store_backup_LDADD = $(UNIT_LDADD)
tests_unit_test_store_backup_LDFLAGS = -Wl,--wrap=fsync

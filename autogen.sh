#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the build system from a git checkout (tarballs do not need it).
set -e
cd "$(dirname "$0")"
mkdir -p build-aux m4
autoreconf --force --install --warnings=all
# The TAP driver ships with automake; take the installed one rather than
# keeping a copy in the repository.
cp -f "$(automake --print-libdir)/tap-driver.sh" build-aux/tap-driver.sh
chmod +x build-aux/tap-driver.sh

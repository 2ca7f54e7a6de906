#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# knead import on a terminal: a large file shows how much of it was read,
# the line is gone when the summary comes; without a terminal, no progress.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux.sh"

# An Apple Health export of 60 MB: several seconds of reading.
sh "$top_srcdir/tests/bench/gen_import.sh" health "$T/export.xml" 60
cat >"$T/imp.sh" <<EOS
"$KNEAD" --db "$DB" --now "$NOW" import "$T/export.xml" >"$T/summary"
echo \$? >"$T/status"
sleep 600
EOS
tm new-session -d -x 120 -y 10 "sh '$T/imp.sh'"
wait_for "MB of this file read" 60
ok $? "a large file shows how much of it was read, on the terminal"
like "$(screen)" "\[ *\] 0/1 " "with the files done of all"
wait_exit 120
is "$status" 0 "the import ends with status 0"
unlike "$(screen)" "MB of this file read" "the progress line is erased at the end"
like "$(cat "$T/summary")" "Imported: [0-9]+" "the summary goes to standard output"

rm -f "$DB"
"$KNEAD" --db "$DB" --now "$NOW" import "$T/export.xml" >"$T/out" 2>"$T/err"
is "$(cat "$T/err")" "" "without a terminal, nothing on standard error"

done_testing

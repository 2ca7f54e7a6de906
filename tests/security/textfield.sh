#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# textfield.sh - the interface stays instant on long text: a 10,000-character
# paste into the check-in's Note (which
# froze the old cubic drawing for hours) shows at once, the field stops at
# the store's limit, and what is saved is what was pasted.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux.sh"

long=$(head -c 9990 /dev/zero | tr '\0' a)
tui_start 80 24
wait_for "You have not checked in today"
keys c
wait_for "Massage received today"
type_text "10km"
keys Tab
type_text "50:00"
keys Tab Tab Tab
start=$(date +%s%N)
tm send-keys -l "${long}ZZEND"
# Each key redraws the field: the old drawing took 17 s at 2,000
# characters and 130 s at 4,000; 60 s leaves room for a loaded machine.
wait_for "aaaZZEND" 60
ok $? "a 9,995-character paste shows its end in the Note field"
echo "# pasted and drawn in $((($(date +%s%N) - start) / 1000000)) ms (10,000 keys, one redraw each)"
tm send-keys -l "0123456789xyz"
wait_for "ZZEND01234"
ok $? "typing goes on up to the limit"
keys F2
wait_for "Check-in saved"
ok $? "the check-in saves"
keys q
wait_exit
is "$(sql "SELECT length(note) FROM runs")" 10000 "the note stops at the store's limit (10,000 characters)"
is "$(sql "SELECT substr(note, 9990, 11) FROM runs")" "aZZEND01234" "  and holds what was typed up to it"

done_testing

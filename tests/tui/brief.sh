#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The Brief view: b on Today shows the page knead brief gives the
# therapist; e saves it as a page to print, m sends it (a fake xdg-email
# records what it was given); Esc goes back; it follows a resize; French.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux.sh"

"$KNEAD" --db "$DB" --now "$NOW" log run 10km 55:00 --date -2d --rpe 4 >/dev/null
"$KNEAD" --db "$DB" --now "$NOW" log massage sports --date -9d --regions calf:right >/dev/null
"$KNEAD" --db "$DB" --now "$NOW" log sore calf:right 5 --date -10d >/dev/null
"$KNEAD" --db "$DB" --now "$NOW" log sore calf:right 2 --date -8d >/dev/null
"$KNEAD" --db "$DB" --now "$NOW" log sore glute:left 7 --sharp --date -1d >/dev/null
"$KNEAD" --db "$DB" --now "$NOW" race add +12d "Demi de Verdun" 21.1km --priority A >/dev/null
mkdir -p "$T/bin"
cat >"$T/bin/xdg-email" <<'SH'
#!/bin/sh
for a in "$@"; do printf '%s\n--\n' "$a"; done >"$XDG_EMAIL_LOG"
SH
chmod +x "$T/bin/xdg-email"
# The therapist reads French: what e and m give her is in French, the
# view stays in the interface's language.
printf '[therapist]\nemail = julie@example.com\nlang = fr\n' >"$CONF"

tui_start 80 24 PATH="$T/bin:$PATH" XDG_EMAIL_LOG="$T/mail.log" -- --config "$CONF"
wait_for "Weekly distance"
ok $? "Today"
like "$(screen | tail -n 1)" "b Brief" "the hint bar offers b"
keys b
wait_for "BRIEF FOR THE MASSAGE THERAPIST"
ok $? "b opens the brief"
like "$(screen)" "Date: 20" "the session asked for"
like "$(screen | tail -n 1)" "e Save as a page to print" "the hint bar offers e"
like "$(screen | tail -n 1)" "m Send to the therapist" "and m"
keys NPage
wait_gone "BRIEF FOR THE MASSAGE THERAPIST"
ok $? "Page Down scrolls"
keys End
wait_for "The last sessions"
ok $? "End shows the last sessions"
like "$(screen)" "right calf 5 → 2 in 24 h" "how the calf moved after the session"

keys e
wait_for "The brief is saved in"
ok $? "e saves the page"
like "$(cat "$XDG_DATA_HOME/knead/brief.html" 2>/dev/null)" "<svg xmlns" \
	"the page holds the body picture"
like "$(cat "$XDG_DATA_HOME/knead/brief.html" 2>/dev/null)" '<html lang="fr">' \
	"in the therapist's language"
is "$(stat -c %a "$XDG_DATA_HOME/knead/brief.html" 2>/dev/null)" 600 "mode 0600"

keys m
wait_for "new message to julie@example.com"
ok $? "m opens a message to the therapist"
like "$(cat "$T/mail.log" 2>/dev/null)" "Régions douloureuses" "with the text brief, in French"
like "$(cat "$T/mail.log" 2>/dev/null)" "Massage du 20" "the subject in French too"
is "$(tail -n 2 "$T/mail.log" 2>/dev/null | head -n 1)" "julie@example.com" "to her address"

tm resize-window -x 100 -y 30
wait_for "5 Articles"
ok $? "a resize keeps the view"
keys Home
wait_for "BRIEF FOR THE MASSAGE THERAPIST"
ok $? "Home goes back to the top"

keys Escape
wait_for "Weekly distance"
ok $? "Esc goes back to Today"
keys q
wait_exit
is "$status" 0 "quits cleanly"
tm_kill_server

# --screen brief opens on it.
tui_start 80 24 -- --config "$CONF" --screen brief
wait_for "BRIEF FOR THE MASSAGE THERAPIST"
ok $? "--screen brief"
keys q
wait_exit
is "$status" 0 "quits cleanly"
tm_kill_server

# French.
. "$top_srcdir/tests/french-lib.sh"
tui_start 80 24 $FRENCH -- --config "$CONF"
wait_for "Aujourd"
keys b
wait_for "RÉSUMÉ POUR LA MASSOTHÉRAPEUTE"
ok $? "fr: the brief"
like "$(screen)" "La séance demandée" "fr: the session"
like "$(screen | tail -n 1)" "e Enregistrer en page" "fr: the hint bar"
show_screen
keys q
wait_exit
is "$status" 0 "fr: quits cleanly"

done_testing

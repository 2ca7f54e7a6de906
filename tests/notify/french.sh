#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# tests/notify/french.sh - under fr_CA.UTF-8 the reminders reach the desktop
# in French: titles and bodies with French dates, region names and decimal
# commas, knead remind's own report, the daemon's snooze and the error
# without a notification server.
. "${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/notify/env.sh"
. "$top_srcdir/tests/french-lib.sh"
start_desktop

# fremind NOW [ARGS...]: knead remind at NOW in French; sets $out, $err, $rc.
fremind() {
	_now=$1
	shift
	out=$(env $FRENCH "$KNEAD" --db "$DB" --config "$CONF" --now "$_now" remind "$@" 2>"$T/stderr")
	rc=$?
	err=$(cat "$T/stderr")
}

config "checkin booking race after_run professional" "checkin = 19:00" \
	"[therapist]" "name = Geneviève" "phone = 514-555-0100"
at 2026-11-01T12:00 log massage sports --date 2026-11-01
at 2026-11-01T12:00 race add 2026-11-30 "Marathon de Montréal" 42.2km --priority A
at 2026-11-01T12:00 log massage flush --date 2026-11-29 --regions calf:left
at 2026-11-28T12:00 log run 30.5km 2:40:00 --kind long --date 2026-11-27
for d in 25 26 27; do
	at 2026-11-${d}T12:00 log sore calf:left 8
done

fremind 2026-11-28T19:00
is "$rc:$err" "0:" "knead remind succeeds in French"
notes_fr=$(new_notes)
like "$notes_fr" "C'est l'heure de votre bilan knead \| Rien de noté pour le samedi 2026-11-28 : notez votre course" \
	"the check-in, with the French day name"
like "$notes_fr" "Le lendemain de votre sortie longue \| Sortie longue d'hier \(30,50 km\) : les courbatures culminent" \
	"the morning after a long run, with a decimal comma"
# Two days before an A race nothing is overdue; the session booked for the
# next day is the reminder, with a word about the calf to be looked at
# (in the body of the morning after's notification: both are about
# booking, and come at once).
# Two reminders of one subject in one notification: "TITLE : BODY", with
# French typography's no-break space before the colon.
nbsp=$(printf '\302\240')
like "$notes_fr" "^Votre massage de demain : un mot pour votre massothérapeute($nbsp| ): Réservé pour le dimanche 2026-11-29 : massage de récupération léger \(mollet \(gauche\)\)\. La séance réservée .* demandez au massothérapeute de ne pas y toucher\." \
	"the booked session, the day before, with a warning"
like "$notes_fr" "Fenêtre d'épreuve : Marathon de Montréal \| Épreuve le lundi 2026-11-30 : pas de massage en profondeur du vendredi au mercredi" \
	"the race window, with French weekdays"
like "$notes_fr" "Consultez un professionnel : mollet \(gauche\) \| Niveau 8/10, 4 jours de suite" \
	"see a professional, the region named in French"
is "$(printf '%s\n' "$notes_fr" | wc -l | tr -d ' ')" 5 "five reminders, each once"
like "$out" "Envoyé" "knead remind reports what it sent in French"
unlike "$notes_fr" "Time for|The morning|Race window|See a professional|is overdue|is tomorrow" "no English left in them"

# The daemon's snooze, in French.
config checkin "checkin = 19:00"
env $FRENCH "$KNEAD" --db "$DB" --config "$CONF" --now 2026-11-29T19:00:00 remind --daemon \
	>"$T/daemon.out" 2>"$T/daemon.err" &
daemon=$!
i=0
until [ "$(dunstctl count displayed 2>/dev/null)" -gt 0 ] 2>/dev/null || [ $i -ge 150 ]; do
	sleep 0.1
	i=$((i + 1))
done
invoke_action snooze
i=0
until grep -q "reporté" "$T/daemon.out" || [ $i -ge 50 ]; do
	sleep 0.1
	i=$((i + 1))
done
like "$(cat "$T/daemon.out")" "« C'est l'heure de votre bilan knead » reporté au 2026-11-29T20:00" \
	"the daemon's snooze, in French"
kill -TERM "$daemon"
wait "$daemon"
is "$?:$(tail -n 1 "$T/daemon.out")" "0:Arrêté." "the daemon stops, saying so in French"

# A check-in held by quiet hours past midnight is dropped, not sent the
# next morning as if it were that day's; one they release the same
# evening comes, in French.
config checkin "checkin = 23:00" "quiet_start = 22:00" "quiet_end = 07:00"
new_notes >/dev/null
fremind 2026-11-30T23:00
fremind 2026-12-01T07:00
is "$rc:$(new_notes)" "0:" "a check-in held past midnight is not sent the next morning"
config checkin "checkin = 20:30" "quiet_start = 20:00" "quiet_end = 21:00"
fremind 2026-12-01T21:00
like "$(new_notes)" "Rien de noté pour le mardi 2026-12-01" "one released the same evening comes, in French"
config checkin "checkin = 19:00"

# No notification server: the error in French, nothing recorded.
stop_dunst
sql "DELETE FROM reminders"
fremind 2026-11-29T19:30
is "$rc" 1 "no server: exit status 1"
like "$err" "aucun serveur de notifications" "no server: said in French"
is "$(sql "SELECT count(*) FROM reminders")" 0 "no server: nothing recorded"

done_testing

#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# truthful.sh - what knead says is so: "1 minute", never "1 minutes";
# "Nothing logged since D." under --since when older entries exist (not
# "Nothing logged yet."); the same activity imported from two sources on
# either side of a time-zone change is one run, not two.
. "$top_srcdir/tests/lib.sh"

FIX=${FIXTURES:-$top_srcdir/tests/fixtures}

# A race of one minute (an A race of the calendar: its flush is offered),
# and a long run of one (when the regular session is due: its flush is
# that session).
"$KNEAD" --db "$DB" --now 2026-11-01T10:00 race add 2026-11-10 Mile 0.3km --priority A >/dev/null
"$KNEAD" --db "$DB" --now 2026-11-10T10:00 log run 0.3km 1:00 --kind race >/dev/null
run --now 2026-11-10T18:00 next --json
like "$out" "\\(1 minute\\)" "a one-minute race: \"1 minute\""
unlike "$out" "1 minutes" "  never \"1 minutes\""
DB=$T/long.db
"$KNEAD" --db "$DB" --now 2026-10-17T10:00 log massage sports >/dev/null
"$KNEAD" --db "$DB" --now 2026-11-10T10:00 log run 0.2km 1:00 --kind long >/dev/null
run --now 2026-11-10T18:00 next --json
like "$out" "Long run on 2026-11-10 \\(1 minute\\)" "a one-minute long run: \"1 minute\""

# --since after everything logged.
run --now 2026-11-20T18:00 list --since 2026-11-15
is "$rc" 0 "list --since after the last entry: exit 0"
is "$out" "Nothing logged since 2026-11-15." "  says nothing since that day, not \"Nothing logged yet.\""

# The same run from a GPX (imported in UTC) and from Strava (imported in
# Vancouver, where its local start is 7 hours earlier).
DB=$T/tz.db
TZ=UTC0 "$KNEAD" --db "$DB" import "$FIX/gpx_garmin-connect_run_hr.gpx" >/dev/null
printf 'Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance\n555,"Jul 29, 2017, 2:46:35 PM",Same run,Run,5498,12.82\n' >"$T/activities.csv"
TZ=America/Vancouver "$KNEAD" --db "$DB" import "$T/activities.csv" >"$T/out"
like "$(cat "$T/out")" "Already there: 1" "the same run imported again after a time-zone change is already there"
is "$(sql 'SELECT count(*) FROM runs')" 1 "  one run, not two"
# A different run the same day, hours later, is its own.
printf 'Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance\n556,"Jul 29, 2017, 9:46:35 PM",Evening,Run,3000,8.0\n' >"$T/evening.csv"
TZ=UTC0 "$KNEAD" --db "$DB" import "$T/evening.csv" >/dev/null
is "$(sql 'SELECT count(*) FROM runs')" 2 "  a different run that evening is added"

done_testing

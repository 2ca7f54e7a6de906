# SPDX-License-Identifier: GPL-3.0-or-later
# fish completion for knead: subcommands, their options, region ids with
# their sides, kinds, lists, setting names and article slugs.

set -l knead_commands log list edit rm undo redo race regions status next brief plan articles read remind import export backup config help

function __knead_words --description 'the words of the command line, past the global options'
    set -l tokens (commandline -opc)
    set -e tokens[1]
    set -l out
    set -l skip 0
    for t in $tokens
        if test $skip = 1
            set skip 0
            continue
        end
        switch $t
            case --db --now --config
                set skip 1
            case '-*'
            case '*'
                set -a out $t
        end
    end
    printf '%s\n' $out
end

function __knead_is --description 'true when the command (and subcommand) are these'
    set -l w (__knead_words)
    test (count $w) -ge (count $argv); or return 1
    for i in (seq (count $argv))
        test "$w[$i]" = "$argv[$i]"; or return 1
    end
end

function __knead_nwords
    count (__knead_words)
end

# Every region, with a side where it takes one, as knead regions --json
# says: a new region needs nothing here.
function __knead_regions
    command knead regions --json 2>/dev/null | awk -F'"' '/"id":/ { id = $4 } /"sided": true/ { print id ":left"; print id ":right" } /"sided": false/ { print id }'
end

# The region ids alone (knead articles --region).
function __knead_region_ids
    command knead regions --json 2>/dev/null | awk -F'"' '/"id":/ { print $4 }'
end

# The lists (runs soreness ...) and the fields knead edit takes on each,
# as knead edit --fields says: a new kind of entry needs nothing here.
function __knead_lists
    command knead edit --fields 2>/dev/null | awk '{ print $1 }'
end

# True on knead edit LIST when LIST takes the field $argv[1].
function __knead_edit_takes
    set -l w (__knead_words)
    test (count $w) -ge 2; and test "$w[1]" = edit; or return 1
    command knead edit --fields 2>/dev/null |
        awk -v list="$w[2]" -v field="$argv[1]" '$1 == list { for (i = 2; i <= NF; i++) if ($i == field) found = 1 } END { exit !found }'
end

function __knead_sore_wants_region
    set -l n (__knead_nwords)
    test (math "($n - 2) % 2") -eq 0
end

complete -c knead -f
complete -c knead -l db -r -F -d 'the database'
complete -c knead -l now -x -d 'behave as if it were DATE'
complete -c knead -l config -r -F -d 'the configuration file'
complete -c knead -l demo -d 'the interface on a demo database'
complete -c knead -l version -d 'the version'

complete -c knead -n "not __fish_seen_subcommand_from $knead_commands" -a log -d 'log a run, soreness, a massage or an assessment'
complete -c knead -n "not __fish_seen_subcommand_from $knead_commands" -a list -d 'list what was logged'
complete -c knead -n "not __fish_seen_subcommand_from $knead_commands" -a edit -d 'change an entry by id'
complete -c knead -n "not __fish_seen_subcommand_from $knead_commands" -a rm -d 'remove an entry by id'
complete -c knead -n "not __fish_seen_subcommand_from $knead_commands" -a undo -d 'undo the last change, made here or in the interface'
complete -c knead -n "not __fish_seen_subcommand_from $knead_commands" -a redo -d 'redo the change knead undo took back last'
complete -c knead -n "not __fish_seen_subcommand_from $knead_commands" -a race -d 'add, list or remove races'
complete -c knead -n "not __fish_seen_subcommand_from $knead_commands" -a regions -d 'the body regions and their ids'
complete -c knead -n "not __fish_seen_subcommand_from $knead_commands" -a status -d 'training load, fitness, fatigue, form'
complete -c knead -n "not __fish_seen_subcommand_from $knead_commands" -a next -d 'when to book the next massage'
complete -c knead -n "not __fish_seen_subcommand_from $knead_commands" -a brief -d 'one page for the massage therapist'
complete -c knead -n "not __fish_seen_subcommand_from $knead_commands" -a plan -d 'what to do for sore legs tonight'
complete -c knead -n "not __fish_seen_subcommand_from $knead_commands" -a articles -d 'the articles that matter now'
complete -c knead -n "not __fish_seen_subcommand_from $knead_commands" -a read -d 'an article as plain text'
complete -c knead -n "not __fish_seen_subcommand_from $knead_commands" -a remind -d 'send the reminders that are due'
complete -c knead -n "not __fish_seen_subcommand_from $knead_commands" -a import -d 'import runs'
complete -c knead -n "not __fish_seen_subcommand_from $knead_commands" -a export -d 'export everything'
complete -c knead -n "not __fish_seen_subcommand_from $knead_commands" -a backup -d 'copy the database, safely'
complete -c knead -n "not __fish_seen_subcommand_from $knead_commands" -a config -d 'show or change the settings'
complete -c knead -n "not __fish_seen_subcommand_from $knead_commands" -a help -d 'the help of knead or of a command'

# log
complete -c knead -n '__knead_is log; and test (__knead_nwords) -eq 1' -a 'run sore massage assessed'
complete -c knead -n '__knead_is log run' -l date -x -a 'today yesterday -1d -3d'
complete -c knead -n '__knead_is log run' -l kind -x -a 'easy long tempo intervals race trail recovery'
complete -c knead -n '__knead_is log run' -l rpe -x -a '1 2 3 4 5 6 7 8 9 10'
complete -c knead -n '__knead_is log run' -l hr -x
complete -c knead -n '__knead_is log run' -l note -x
complete -c knead -n '__knead_is log run' -l force -d 'log an implausible pace without asking'
complete -c knead -n '__knead_is log sore; and __knead_sore_wants_region' -a '(__knead_regions)'
complete -c knead -n '__knead_is log sore; and not __knead_sore_wants_region' -a '0 1 2 3 4 5 6 7 8 9 10'
complete -c knead -n '__knead_is log sore' -l date -x -a 'today yesterday -1d -3d'
complete -c knead -n '__knead_is log sore' -l note -x
complete -c knead -n '__knead_is log sore' -l sharp
complete -c knead -n '__knead_is log massage; and test (__knead_nwords) -eq 2' -a 'sports deep-tissue myofascial trigger-point flush relaxation'
complete -c knead -n '__knead_is log massage' -l date -x -a 'today yesterday tomorrow -3d +3d'
complete -c knead -n '__knead_is log massage' -l regions -x -a '(__fish_append , (__knead_regions))'
complete -c knead -n '__knead_is log massage' -l therapist -x
complete -c knead -n '__knead_is log massage' -l note -x
complete -c knead -n '__knead_is log assessed; and test (__knead_nwords) -eq 2' -a '(__knead_regions)'
complete -c knead -n '__knead_is log assessed' -l date -x -a 'today yesterday -1d -3d'
complete -c knead -n '__knead_is log assessed' -l cleared

# list, rm, edit
complete -c knead -n '__knead_is list; and test (__knead_nwords) -eq 1' -a '(__knead_lists)'
complete -c knead -n '__knead_is list' -l since -x -a 'today yesterday -7d -30d'
complete -c knead -n '__knead_is list' -l json
complete -c knead -n '__knead_is list' -l no-pager
complete -c knead -n '__knead_is rm; and test (__knead_nwords) -eq 1' -a '(__knead_lists)'
complete -c knead -n '__knead_is edit; and test (__knead_nwords) -eq 1' -a '(__knead_lists)'
complete -c knead -n '__knead_is edit; and test (__knead_nwords) -eq 1' -l move-day -d 'move a day\'s check-in'
# edit's fields, each offered on the lists that take it.
complete -c knead -n '__knead_edit_takes date' -l date -x -a 'today yesterday tomorrow -1d +3d'
complete -c knead -n '__knead_edit_takes distance' -l distance -x
complete -c knead -n '__knead_edit_takes duration' -l duration -x
complete -c knead -n '__knead_edit_takes kind; and not __knead_is edit massages' -l kind -x -a 'easy long tempo intervals race trail recovery'
complete -c knead -n '__knead_edit_takes kind; and __knead_is edit massages' -l kind -x -a 'sports deep-tissue myofascial trigger-point flush relaxation'
complete -c knead -n '__knead_edit_takes rpe' -l rpe -x -a '1 2 3 4 5 6 7 8 9 10'
complete -c knead -n '__knead_edit_takes hr' -l hr -x
complete -c knead -n '__knead_edit_takes region' -l region -x -a '(__knead_regions)'
complete -c knead -n '__knead_edit_takes level' -l level -x -a '0 1 2 3 4 5 6 7 8 9 10'
complete -c knead -n '__knead_edit_takes regions' -l regions -x -a '(__fish_append , (__knead_regions))'
complete -c knead -n '__knead_edit_takes therapist' -l therapist -x
complete -c knead -n '__knead_edit_takes name' -l name -x
complete -c knead -n '__knead_edit_takes priority' -l priority -x -a 'A B C'
complete -c knead -n '__knead_edit_takes cleared' -l cleared
complete -c knead -n '__knead_edit_takes note' -l note -x

# race
complete -c knead -n '__knead_is race; and test (__knead_nwords) -eq 1' -a 'add list rm'
complete -c knead -n '__knead_is race add' -l priority -x -a 'A B C'
complete -c knead -n '__knead_is race list' -l json
complete -c knead -n '__knead_is race list' -l no-pager

# the others
complete -c knead -n '__knead_is status; or __knead_is next' -l json
complete -c knead -n '__knead_is brief' -l for -x
complete -c knead -n '__knead_is brief' -l lang -x -a 'en fr'
complete -c knead -n '__knead_is brief' -l format -x -a 'text markdown html'
complete -c knead -n '__knead_is brief' -l json
complete -c knead -n '__knead_is brief' -l output -r
complete -c knead -n '__knead_is brief' -l force
complete -c knead -n '__knead_is brief' -l note -x
complete -c knead -n '__knead_is brief' -l include -x -a 'notes heart-rate all'
complete -c knead -n '__knead_is brief' -l mail
complete -c knead -n '__knead_is status; or __knead_is next; or __knead_is plan' -l json
complete -c knead -n '__knead_is plan' -a done -d 'tick an item of today\'s plan'
complete -c knead -n '__knead_is status; or __knead_is next' -l no-pager
complete -c knead -n '__knead_is articles' -l region -x -a '(__knead_region_ids)'
complete -c knead -n '__knead_is articles' -l json
complete -c knead -n '__knead_is read; and test (__knead_nwords) -eq 1' -a '(knead read --list 2>/dev/null)'
complete -c knead -n '__knead_is read' -l no-pager
complete -c knead -n '__knead_is read' -l list -d 'the slugs, one per line'
complete -c knead -n '__knead_is remind' -l dry-run
complete -c knead -n '__knead_is remind' -l daemon
complete -c knead -n '__knead_is import' -F
complete -c knead -n '__knead_is import' -l sport -x -a run
complete -c knead -n '__knead_is import' -l dry-run
complete -c knead -n '__knead_is import' -l json
complete -c knead -n '__knead_is export' -l format -x -a 'csv json measures'
complete -c knead -n '__knead_is export' -s o -l output -r -F
complete -c knead -n '__knead_is export' -l ics
complete -c knead -n '__knead_is export' -l force -d 'write through a symbolic link'
complete -c knead -n '__knead_is backup' -F
complete -c knead -n '__knead_is backup' -l force -d 'write through a symbolic link'
complete -c knead -n '__knead_is config; and test (__knead_nwords) -eq 1' -a 'list get set'
complete -c knead -n '__knead_is config get; and test (__knead_nwords) -eq 2; or __knead_is config set; and test (__knead_nwords) -eq 2' -a 'general.units therapist.name therapist.phone therapist.email therapist.booking_url therapist.note therapist.lang runner.max_hr runner.resting_hr reminders.checkin reminders.quiet_start reminders.quiet_end reminders.selfcare reminders.checkin_enabled reminders.booking_enabled reminders.race_enabled reminders.after_run_enabled reminders.professional_enabled reminders.selfcare_enabled'
complete -c knead -n '__knead_is help; and test (__knead_nwords) -eq 1' -a "$knead_commands"

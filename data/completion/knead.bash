# SPDX-License-Identifier: GPL-3.0-or-later
# bash completion for knead                                  -*- shell-script -*-
# Subcommands, their options, region ids with their sides, kinds, lists,
# setting names and article slugs; the regions, lists, edit's fields and
# slugs asked of knead itself.  Installed where bash-completion looks
# (make install), so it loads on first use of knead.

# Every region, with a side where it takes one (calf:left calf:right ...
# lower-back), as knead regions --json says: a new region needs nothing
# here.
_knead_region_words()
{
	command knead regions --json 2>/dev/null |
		awk -F'"' '/"id":/ { id = $4 } /"sided": true/ { print id ":left"; print id ":right" } /"sided": false/ { print id }'
}

# The region ids alone (knead articles --region).
_knead_region_ids()
{
	command knead regions --json 2>/dev/null | awk -F'"' '/"id":/ { print $4 }'
}

# The lists (runs soreness ...) and the fields knead edit takes on each,
# as knead edit --fields says: a new kind of entry needs nothing here.
_knead_lists()
{
	command knead edit --fields 2>/dev/null | awk '{ print $1 }'
}

# knead edit's options on the list $1, or on every list when $1 is empty.
_knead_edit_fields()
{
	command knead edit --fields 2>/dev/null |
		awk -v list="$1" 'list == "" || $1 == list { for (i = 2; i <= NF; i++) if (!seen[$i]++) print "--" $i }'
}

_knead()
{
	local cur prev cword
	local -a words
	# Words split on blanks only: bash would also split "calf:left" at
	# the colon (COMP_WORDBREAKS).
	if [[ -n ${COMP_LINE-} ]]; then
		local line=${COMP_LINE:0:COMP_POINT}
		read -ra words <<<"$line"
		[[ -z $line || $line == *[[:space:]] ]] && words+=("")
	else
		words=("${COMP_WORDS[@]}")
	fi
	cword=$((${#words[@]} - 1))
	cur=${words[cword]}
	prev=${words[cword - 1]}

	local commands="log list edit rm undo redo race regions status next brief plan articles read remind import export backup config help"
	local globals="--db --now --config --help --version --demo"
	local run_kinds="easy long tempo intervals race trail recovery"
	local massage_kinds="sports deep-tissue myofascial trigger-point flush relaxation"
	local settings="general.units therapist.name therapist.phone therapist.email therapist.booking_url therapist.note therapist.lang runner.max_hr runner.resting_hr reminders.checkin reminders.quiet_start reminders.quiet_end reminders.selfcare reminders.checkin_enabled reminders.booking_enabled reminders.race_enabled reminders.after_run_enabled reminders.professional_enabled reminders.selfcare_enabled"

	# The command and its subcommand, skipping the global options.
	local i cmd="" sub="" n=0
	for ((i = 1; i < cword; i++)); do
		case ${words[i]} in
		--db | --now | --config) ((i++)) ;;
		-*) ;;
		*)
			if [[ -z $cmd ]]; then
				cmd=${words[i]}
			elif [[ -z $sub ]]; then
				sub=${words[i]}
			fi
			((n++))
			;;
		esac
	done

	# Values of options.
	case $prev in
	--db | --config | --output | -o)
		COMPREPLY=($(compgen -f -- "$cur"))
		return
		;;
	--date | --since | --now)
		COMPREPLY=($(compgen -W "today yesterday tomorrow -1d -3d +3d" -- "$cur"))
		return
		;;
	--kind)
		if [[ $cmd == log && $sub == massage ]] || [[ $cmd == edit && $sub == massages ]]; then
			COMPREPLY=($(compgen -W "$massage_kinds" -- "$cur"))
		else
			COMPREPLY=($(compgen -W "$run_kinds" -- "$cur"))
		fi
		return
		;;
	--region)
		if [[ $cmd == articles ]]; then
			COMPREPLY=($(compgen -W "$(_knead_region_ids)" -- "$cur"))
		else
			COMPREPLY=($(compgen -W "$(_knead_region_words)" -- "$cur"))
		fi
		_knead_colons
		return
		;;
	--regions)
		# A comma-separated list: complete the last item.
		local head=${cur%,*} last=${cur##*,}
		[[ $head == "$cur" ]] && head="" || head="$head,"
		COMPREPLY=($(compgen -P "$head" -W "$(_knead_region_words)" -- "$last"))
		compopt -o nospace 2>/dev/null
		_knead_colons
		return
		;;
	--priority)
		COMPREPLY=($(compgen -W "A B C" -- "$cur"))
		return
		;;
	--format)
		COMPREPLY=($(compgen -W "csv json measures" -- "$cur"))
		return
		;;
	--sport)
		COMPREPLY=($(compgen -W "run" -- "$cur"))
		return
		;;
	--rpe | --level)
		COMPREPLY=($(compgen -W "0 1 2 3 4 5 6 7 8 9 10" -- "$cur"))
		return
		;;
	--hr | --note | --therapist | --name | --distance | --duration)
		return
		;;
	esac

	if [[ -z $cmd ]]; then
		if [[ $cur == -* ]]; then
			COMPREPLY=($(compgen -W "$globals" -- "$cur"))
		else
			COMPREPLY=($(compgen -W "$commands" -- "$cur"))
		fi
		return
	fi

	local opts="" args=""
	case $cmd in
	log)
		case $sub in
		"") args="run sore massage assessed" ;;
		run) opts="--date --kind --rpe --hr --note --force" ;;
		sore | soreness)
			opts="--date --note --sharp"
			# Operands alternate REGION:SIDE LEVEL.
			if (((n - 2) % 2 == 0)); then
				args=$(_knead_region_words)
			else
				args="0 1 2 3 4 5 6 7 8 9 10"
			fi
			;;
		massage)
			opts="--date --regions --therapist --note"
			((n == 2)) && args=$massage_kinds
			;;
		assessed)
			opts="--date --cleared"
			((n == 2)) && args=$(_knead_region_words)
			;;
		esac
		;;
	list)
		opts="--since --json --no-pager"
		((n == 1)) && args=$(_knead_lists)
		;;
	edit)
		((n == 1)) && args=$(_knead_lists)
		if [[ -z $sub ]]; then
			opts="--move-day $(_knead_edit_fields)"
		else
			opts=$(_knead_edit_fields "$sub")
		fi
		;;
	rm)
		((n == 1)) && args=$(_knead_lists)
		;;
	race)
		case $sub in
		"") args="add list rm" ;;
		add) opts="--priority" ;;
		list) opts="--json --no-pager" ;;
		esac
		;;
	status | next) opts="--json --no-pager" ;;
	brief) opts="--for --lang --format --json --output --force --note --include --mail" ;;
	plan) opts="--json done" ;;
	articles) opts="--region --json" ;;
	read)
		opts="--no-pager --list"
		((n == 1)) && args=$(command knead read --list 2>/dev/null)
		;;
	remind) opts="--dry-run --daemon" ;;
	import)
		opts="--sport --dry-run --json"
		COMPREPLY=($(compgen -f -- "$cur"))
		;;
	export) opts="--format --output --ics --force" ;;
	backup)
		opts="--force"
		COMPREPLY=($(compgen -f -- "$cur"))
		;;
	config)
		case $sub in
		"") args="list get set" ;;
		get | set) ((n == 2)) && args=$settings ;;
		esac
		;;
	help)
		((n == 1)) && args=$commands
		;;
	esac

	if [[ $cur == -* ]]; then
		COMPREPLY+=($(compgen -W "$opts --help" -- "$cur"))
	else
		COMPREPLY+=($(compgen -W "$args" -- "$cur"))
	fi
	_knead_colons
}

# Bash replaces only the part of the word after its last colon.
_knead_colons()
{
	if [[ $cur == *:* && ${COMP_WORDBREAKS-:} == *:* ]]; then
		local before=${cur%"${cur##*:}"}
		COMPREPLY=("${COMPREPLY[@]#"$before"}")
	fi
}

complete -F _knead knead

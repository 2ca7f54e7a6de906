#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Shell completion: bash, zsh and fish complete the
# commands, their options, region ids with sides, kinds, lists, settings
# and article slugs; they agree with what knead itself says; make install
# puts them where each shell looks.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/french-lib.sh"
: "${top_builddir:=$top_srcdir}"
COMP=$top_srcdir/data/completion

# knead itself on the PATH: the completions ask it for the article slugs.
mkdir -p "$T/bin"
ln -s "$KNEAD" "$T/bin/knead"
PATH=$T/bin:$PATH
export PATH

# The lists and the fields edit takes on each, as knead says them (knead
# edit --fields, in the order of the kinds): checked against knead edit
# below, and what every shell offers.
fields=$("$KNEAD" edit --fields)
lists=$(printf '%s\n' "$fields" | awk '{ print $1 }' | sort | tr '\n' ' ')

# --- bash: source it and call the function ------------------------------------
# bashc LINE: what _knead offers at the end of LINE, sorted, one line.
bashc() {
	bash -c '
		. "$1"
		COMP_LINE=$2
		COMP_POINT=${#2}
		read -ra COMP_WORDS <<<"$2"
		case $2 in *" ") COMP_WORDS+=("") ;; esac
		COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
		_knead
		printf "%s\n" "${COMPREPLY[@]}" | sort | tr "\n" " "' bash "$COMP/knead.bash" "$1"
}

is "$(bashc 'knead ')" "articles backup brief config edit export help import list log next plan race read redo regions remind rm status undo " \
	"bash: the commands"
is "$(bashc 'knead un')" "undo " "bash: a prefix"
is "$(bashc 'knead log ')" "assessed massage run sore " "bash: log what"
is "$(bashc 'knead log assessed sh')" "shin:left shin:right " "bash: log assessed, a region"
is "$(bashc 'knead log sore ca')" "calf:left calf:right " "bash: a sided region comes with its sides"
is "$(bashc 'knead log sore calf:r')" "right " "bash: after the colon, the side (bash replaces past the colon)"
is "$(bashc 'knead log sore lower')" "lower-back " "bash: an unsided region alone"
is "$(bashc 'knead log sore calf:left ')" "0 1 10 2 3 4 5 6 7 8 9 " "bash: then a level"
is "$(bashc 'knead log sore calf:left 4 it')" "it-band:left it-band:right " "bash: then a region again"
is "$(bashc 'knead log run 10km 50:00 --kind t')" "tempo trail " "bash: run kinds"
is "$(bashc 'knead log massage d')" "deep-tissue " "bash: massage kinds"
is "$(bashc 'knead log massage sports --regions calf:left,it')" "left,it-band:left left,it-band:right " \
	"bash: --regions completes the last item of the list"
is "$(bashc 'knead log run 10km 50:00 --r')" "--rpe " "bash: a command's options"
is "$(bashc 'knead edit ')" "$lists" "bash: edit which list: the lists of knead edit --fields"
is "$(bashc 'knead edit assessments 2 --')" "--cleared --date --help --region " "bash: edit assessments, its fields"
is "$(bashc 'knead rm a')" "assessments " "bash: rm assessments"
is "$(bashc 'knead edit races 2 --')" "--date --distance --help --name --priority " "bash: edit races, its fields"
is "$(bashc 'knead list --n')" "--no-pager " "bash: --no-pager"
is "$(bashc 'knead read it')" "it-band " "bash: article slugs, from knead read --list"
is "$(bashc 'knead config set reminders.q')" "reminders.quiet_end reminders.quiet_start " "bash: setting names"
# The settings each shell completes are knead's own (config list), all of them.
settings=$("$KNEAD" --db "$T/settings.db" config list | sed -n 's/ = .*//p' | sort)
is "$(bashc 'knead config get ' | tr ' ' '\n' | sed '/^$/d' | sort)" "$settings" \
	"bash: every setting of knead config list, no more"
is "$(bashc 'knead --db x.db st')" "status " "bash: past the global options"
is "$(bashc 'knead help ed')" "edit " "bash: knead help COMMAND"
is "$(bashc 'knead race add 2027-05-30 X 21km --priority ')" "A B C " "bash: priorities"

# --- they agree with knead ------------------------------------------------------
ids=$("$KNEAD" regions | awk '{print $1}' | sort | tr '\n' ' ')
is "$(bashc 'knead articles --region ')" "$ids" "bash: the region ids are knead regions' ids"
cmds=$("$KNEAD" --help | sed -n '/^Commands:/,/^$/p' | awk 'NF > 1 {print $1}' | sort | tr '\n' ' ')
is "$(bashc 'knead ')" "$cmds" "bash: the commands are those of knead --help"
missing=
for spec in "log run" "log sore" "log massage" "log assessed" "list" "edit" "race add" "race list" "status" "next" \
	"articles" "read" "remind" "export" "config" "undo" "rm"; do
	for opt in $("$KNEAD" $spec --help 2>/dev/null | sed -n 's/^  \(-., \)\{0,1\}\(--[a-z-]*\).*/\2/p'); do
		[ "$opt" = --help ] && continue
		case $(bashc "knead $spec --") in
		*"$opt "*) ;;
		*) missing="$missing $spec:$opt" ;;
		esac
	done
done
is "$missing" "" "bash: every option in each command's --help is completed"
missing=
for f in "$COMP/_knead" "$COMP/knead.fish"; do
	for w in $cmds no-pager sharp reminders.quiet_start; do
		grep -q -- "$w" "$f" || missing="$missing $(basename "$f"):$w"
	done
done
is "$missing" "" "zsh and fish name every command, and the new options"
# The regions are knead's: every region and side of knead regions --json,
# as the completions of log sore offer them.
words=$("$KNEAD" regions --json | jq -r '.[] | if .sided then "\(.id):left", "\(.id):right" else .id end' |
	sort | tr '\n' ' ')
is "$(bashc 'knead log sore ')" "$words" "bash: log sore offers every region of knead regions, with its sides"

# The lists and edit's fields are knead's (knead edit --fields, in the order
# of the kinds): each list is one knead list and knead rm take, each field
# one knead edit takes on that list and no other field is; bash offers
# exactly them.
: >"$T/fields.db"
all=$(printf '%s\n' "$fields" | awk '{ for (i = 2; i <= NF; i++) print $i }' | sort -u)
like "$(printf '%s\n' "$fields" | awk '{ print $1 }' | tr '\n' ' ')" "^runs soreness massages races " \
	"knead edit --fields names the lists in the order of the kinds"
is "$(bashc 'knead list ')" "$lists" "bash: list offers the lists of knead edit --fields"
is "$(bashc 'knead rm ')" "$lists" "bash: rm offers the lists of knead edit --fields"
bad=
while read -r list flds; do
	LC_ALL=C "$KNEAD" --db "$T/fields.db" list "$list" --json >/dev/null 2>&1 || bad="$bad list:$list"
	for f in $all; do
		out=$(LC_ALL=C LANGUAGE= "$KNEAD" --db "$T/fields.db" edit "$list" 1 "--$f=x" 2>&1)
		case " $flds " in
		*" $f "*) case $out in *"is not a field"*) bad="$bad $list:--$f-refused" ;; esac ;;
		*) case $out in *"is not a field"*) ;; *) bad="$bad $list:--$f-taken" ;; esac ;;
		esac
	done
	want=$(for f in $flds help; do echo "--$f"; done | sort | tr '\n' ' ')
	[ "$(bashc "knead edit $list 1 --")" = "$want" ] || bad="$bad bash:$list"
done <<EOF_FIELDS
$fields
EOF_FIELDS
is "$bad" "" "knead edit --fields says what knead edit takes on each list, and bash offers it"

# --- zsh: call the function with the completion builtins stubbed ---------------
if command -v zsh >/dev/null 2>&1; then
	zshc() {
		zsh -f -c '
			compadd() { while [[ $1 == -* && $1 != -- ]]; do [[ $1 == -[SPr] ]] && shift; shift; done
				[[ $1 == -- ]] && shift; reply+=("$@"); }
			_describe() { local a; for a in ${(P)${@[-1]}}; do reply+=(${a%%:*}); done; }
			_files() { reply+=(FILES); }
			compset() { return 1; }
			reply=()
			source "$1"
			words=(${(z)2})
			[[ $2 == *" " ]] && words+=("")
			CURRENT=${#words}
			PREFIX=${words[CURRENT]}
			reply=()
			_knead
			print -r -- ${(o)reply}' zsh "$COMP/_knead" "$1"
	}
	is "$(zshc 'knead un')" "articles backup brief config edit export help import list log next plan race read redo regions remind rm status undo" \
		"zsh: the commands (zsh filters by prefix itself)"
	like "$(zshc 'knead log sore ca')" "calf:left calf:right" "zsh: sided regions with their sides"
	is "$(zshc 'knead articles --region ') " "$ids" "zsh: the region ids are knead regions' ids"
	is "$(zshc 'knead log sore calf:left ')" "0 1 10 2 3 4 5 6 7 8 9" "zsh: then a level"
	is "$(zshc 'knead edit soreness 3 --')" "--date --help --level --note --region" "zsh: edit soreness, its fields"
	is "$(zshc 'knead edit assessments 3 --')" "--cleared --date --help --region" "zsh: edit assessments, its fields"
	is "$(zshc 'knead log run 10km 50:00 --kind ')" "easy intervals long race recovery tempo trail" "zsh: run kinds"
	like "$(zshc 'knead read ')" "it-band" "zsh: article slugs"
	like "$(zshc 'knead config get ')" "reminders.checkin" "zsh: settings"
	is "$(zshc 'knead config get ' | tr ' ' '\n' | sed '/^$/d' | sort)" "$settings" \
		"zsh: every setting of knead config list, no more"
	is "$(zshc 'knead edit ') " "$lists" "zsh: edit offers the lists of knead edit --fields"
	bad=
	while read -r list flds; do
		want=$(for f in $flds help; do echo "--$f"; done | sort | tr '\n' ' ')
		[ "$(zshc "knead edit $list 1 --") " = "$want" ] || bad="$bad $list"
	done <<EOF_FIELDS
$fields
EOF_FIELDS
	is "$bad" "" "zsh: edit offers each list's fields of knead edit --fields"
else
	for n in 1 2 3 4 5 6 7 8 9 10 11 12; do skip "zsh is not installed (apt-get install zsh)" "zsh completion $n"; done
fi

# --- fish: complete -C ------------------------------------------------------------
if command -v fish >/dev/null 2>&1; then
	fishc() {
		fish --no-config -c "source $COMP/knead.fish; complete -C '$1'" 2>/dev/null |
			cut -f1 | sort | tr '\n' ' '
	}
	is "$(fishc 'knead log sore ca')" "calf:left calf:right " "fish: sided regions with their sides"
	is "$(fishc 'knead articles --region ')" "$ids" "fish: the region ids are knead regions' ids"
	is "$(fishc 'knead log sore calf:left ')" "0 1 10 2 3 4 5 6 7 8 9 " "fish: then a level"
	like "$(fishc 'knead un')" "^undo $" "fish: the commands"
	like "$(fishc 'knead edit races 1 --')" "--priority" "fish: edit races, its fields"
	is "$(fishc 'knead log assessed sh')" "shin:left shin:right " "fish: log assessed, a region"
	like "$(fishc 'knead edit assessments 1 --')" "--cleared" "fish: edit assessments, its fields"
	like "$(fishc 'knead read it')" "it-band" "fish: article slugs"
	like "$(fishc 'knead config set reminders.ch')" "reminders.checkin" "fish: settings"
	is "$(fishc 'knead config get ' | tr ' ' '\n' | sed '/^$/d' | sort)" "$settings" \
		"fish: every setting of knead config list, no more"
	is "$(fishc 'knead rm ')" "$lists" "fish: rm offers the lists of knead edit --fields"
	bad=
	while read -r list flds; do
		want=$(for f in $flds; do echo "--$f"; done | sort | tr '\n' ' ')
		got=$(fishc "knead edit $list 1 --" | tr ' ' '\n' | grep -v -e '^--db$' -e '^--now$' -e '^--config$' \
			-e '^--demo$' -e '^--version$' -e '^$' | tr '\n' ' ')
		[ "$got" = "$want" ] || bad="$bad $list"
	done <<EOF_FIELDS
$fields
EOF_FIELDS
	is "$bad" "" "fish: edit offers each list's fields of knead edit --fields"
else
	for n in 1 2 3 4 5 6 7 8 9 10 11 12; do skip "fish is not installed (apt-get install fish)" "fish completion $n"; done
fi

# --- make install puts them where each shell looks ----------------------------------
if [ -f "$top_builddir/Makefile" ] && command -v make >/dev/null 2>&1; then
	make -s -C "$top_builddir" DESTDIR="$T/inst" \
		install-bashcompletionDATA install-zshcompletionDATA install-fishcompletionDATA >/dev/null 2>&1
	found=$(cd "$T/inst" 2>/dev/null && find . -type f | sort | sed 's|.*/share/||' | tr '\n' ' ')
	is "$found" "bash-completion/completions/knead fish/vendor_completions.d/knead.fish zsh/site-functions/_knead " \
		"make install: bash-completion/completions, zsh/site-functions, fish/vendor_completions.d"
else
	skip "no configured build tree" "make install puts the completions in place"
fi

# --- in French: completion offers the ids; knead takes the French names too --------
out=$(env $FRENCH "$KNEAD" read --list | head -n 1)
like "$out" "^[a-z-]+$" "French: knead read --list gives slugs, untranslated"
out=$(env $FRENCH bash -c '. "$1"; COMP_LINE="knead log sore mollet:g"; COMP_POINT=${#COMP_LINE}; _knead; echo "${COMPREPLY[*]}"' bash "$COMP/knead.bash")
is "$out" "" "French: completion offers the stable ids (knead takes mollet:gauche typed whole)"
done_testing

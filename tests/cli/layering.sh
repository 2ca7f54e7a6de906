#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The layers keep to their places (HACKING.md): core/ holds the rules and
# never draws, prints or asks the clock itself; SQL stays in core/ (the
# store); every file that marks strings for translation is listed for
# xgettext; every subcommand in the command table is in the man page and
# in doc/contract.md.  A grep over the sources, so that a slip shows in
# `make check` and not in a review.
. "$top_srcdir/tests/lib.sh"
cd "$top_srcdir" || exit 1

# offenders PATTERN FILES...: the lines of FILES matching PATTERN, comments
# aside (a line whose first non-blank is /* or *).
offenders() {
	pattern=$1
	shift
	grep -nE -- "$pattern" "$@" 2>/dev/null | grep -vE '^[^:]+:[0-9]+:[[:space:]]*(/\*|\*)'
}

core=$(ls tui/core/*.c tui/core/*.h tui/core/*/*.c tui/core/*/*.h)
is "$(offenders '#include <(n?curses|ncursesw/)' $core)" "" "no curses in core/"
is "$(offenders '(^|[^_a-z])(printf|puts|fputs|putchar|fprintf|vfprintf|g_print|g_printerr)[[:space:]]*\(' $core)" "" \
	"no printing in core/"
is "$(offenders '(^|[^_a-z.>])time[[:space:]]*\([[:space:]]*NULL' $(ls tui/core/*.c tui/core/*/*.c | grep -v 'tui/core/clock\.c'))" "" \
	"no time(NULL) in core/ but in clock.c (--now must reach every rule)"
is "$(offenders '(#include <sqlite3\.h>|sqlite3_[a-z_]+[[:space:]]*\()' tui/ui/*.c tui/ui/*.h tui/cli/*.c tui/cli/*.h tui/main.c)" "" \
	"no SQLite in ui/ or cli/: the store speaks for the database"
is "$(offenders '#include <(n?curses|ncursesw/)' tui/cli/*.c tui/cli/*.h)" "" "no curses in cli/"
# The front ends meet only in main.c and app.h: the interface never reaches
# into the command line's plumbing, nor the command line into the screens.
is "$(offenders '#include "(\.\./)?cli/' tui/ui/*.c tui/ui/*.h)" "" "no cli/ header in ui/"
is "$(offenders '#include "(\.\./)?ui/' tui/cli/*.c tui/cli/*.h)" "" "no ui/ header in cli/"
is "$(offenders '#include "(\.\./)?(cli|ui)/|#include "app\.h"' $core)" "" \
	"no cli/, ui/ or app.h header in core/"
is "$(offenders '#include "core/(store|advice|import|articles|remind|selfcare)/' $(ls tui/core/*.c tui/core/*.h))" "" \
	"the shared modules at core/ include no wing's header (the wings build on them)"

# The wings of core/ depend on one another downwards only.  Each wing's
# line names the wings whose headers it may include (besides its own and
# the shared modules at core/); a wing not listed may include none.  The
# import reads files into the store and never needs the advice: the export,
# which writes the advice out, is a wing of its own above both.
wing_deps='store:
advice: store
import: store
export: store advice import
articles: store advice
selfcare: store advice
remind: store advice selfcare
brief: store advice'
wings=$(ls -d tui/core/*/ | sed 's#tui/core/##; s#/$##')
like "$wings" "export" "the wings of core/ are listed"
crossing=""
for w in $wings; do
	allowed=$(printf '%s\n' "$wing_deps" | sed -n "s/^$w:[[:space:]]*//p")
	printf '%s\n' "$wing_deps" | grep -q "^$w:" || crossing="$crossing $w:(no line in wing_deps)"
	for f in $(ls tui/core/$w/*.c tui/core/$w/*.h 2>/dev/null); do
		for dep in $(offenders '#include "core/[a-z_]+/' "$f" | sed -n 's#.*\#include "core/\([a-z_]*\)/.*#\1#p' | sort -u); do
			[ "$dep" = "$w" ] && continue
			case " $allowed " in *" $dep "*) ;; *) crossing="$crossing $f->$dep" ;; esac
		done
	done
done
is "$crossing" "" "every wing of core/ includes only the wings below it (import never the advice nor the export)"

# The entry kinds are descriptors (core/store/kinds.c): nowhere else does
# the code branch on which kind an entry is (a switch, or a comparison with
# one kind), so that a new kind is never taken for another.
is "$(offenders '(case[[:space:]]+TABLE_[A-Z]+[[:space:]]*:|[!=]=[[:space:]]*TABLE_[A-Z]+)' \
	$(ls tui/*.c tui/*/*.c tui/core/*/*.c | grep -v 'tui/core/store/kinds\.c') | grep -v 'TABLE_COUNT\|G_STATIC_ASSERT')" "" \
	"no switch or comparison on the entry kind outside the kind descriptors"

# Every file under tui/ has a name of its own: a name that two wings share
# ("store.c", "send.c") says nothing in a backtrace, a grep or a commit
# list without its folder.
twins=$(find tui -name '*.[ch]' | sed 's#.*/##' | sort | uniq -d | tr '\n' ' ')
is "$twins" "" "no two files under tui/ share a name"

missing=""
for f in $(grep -lE '(^|[^A-Za-z0-9_])(N?C?_|ngettext)\(' tui/*.c tui/*/*.c tui/core/*/*.c); do
	grep -qx "$f" po/POTFILES.in || missing="$missing $f"
done
is "$missing" "" "every file that uses _() is in po/POTFILES.in"

# The subcommands of the command table, in the man page and the contract.
cmds=$(sed -n 's/^[[:space:]]*{ "\([a-z]*\)", \(N_(\|SUMMARY_\).*/\1/p' tui/cli/commands.c tui/cli/commands_io.c | sort -u)
like "$cmds" "log" "the command table is read"
absent=""
for c in $cmds; do
	grep -q "^\.B.*knead $c\b\|^\.BI \"knead $c\b" data/knead.1 || absent="$absent man:$c"
	grep -q "knead $c\b" doc/contract.md || absent="$absent contract:$c"
done
is "$absent" "" "every subcommand is in the man page and in doc/contract.md"

# The man page lists no regions (knead regions does, from the one table in
# region_list.h): the ids it gives as examples under knead regions ("such
# as ...") and every REGION:SIDE it writes anywhere are ids knead regions
# prints.
region_ids=" $("$KNEAD" regions --json | jq -r '[.[].id] | join(" ")') "
like "$region_ids" " calf " "knead regions --json gives the ids"
man_examples=$(sed -n '/^\.B knead regions /,/^\.TP/p' data/knead.1 | sed -n '/(such as$/,/)/p' |
	sed -n 's/^\.IR\{0,1\} \([a-z][a-z\\-]*\).*/\1/p' | sed 's/\\-/-/g')
like "$(printf '%s\n' "$man_examples" | wc -l)" "^[[:space:]]*[2-9]" \
	"the man page gives example region ids under knead regions"
man_sided=$(sed 's/\\-/-/g' data/knead.1 | grep -oE '(^|[^a-z_-])[a-z][a-z-]*:(left|right)' |
	sed 's/^[^a-z]//; s/:.*//' | sort -u)
like "$man_sided" "calf" "the man page writes regions with their side"
unknown=""
for r in $man_examples $man_sided; do
	case $region_ids in *" $r "*) ;; *) unknown="$unknown $r" ;; esac
done
is "$unknown" "" "every region id the man page names is one of knead regions"

# Every source, script and build file opens with its licence (after a #!
# or #compdef line).
unlicensed=""
for f in tui/*.c tui/*.h tui/*/*.c tui/*/*.h tui/core/*/*.c tui/core/*/*.h \
	tests/*.sh tests/*/*.sh tests/*/*.c tests/*/*.h tests/fixtures/db/*.sh mk/*.mk \
	data/completion/_knead data/completion/knead.bash data/completion/knead.fish \
	Makefile.am configure.ac autogen.sh; do
	[ -e "$f" ] || continue
	head -n 3 "$f" | grep -q 'SPDX-License-Identifier: GPL-3.0-or-later' || unlicensed="$unlicensed $f"
done
is "$unlicensed" "" "every source file starts with its SPDX licence line"

# Comments and tests say what a thing is for: the tracker that asked for it
# is not in the repository, so a reference to one of its entries says
# nothing to a reader of the code.
is "$(grep -rnIiE '(^|[^a-z])issues? #?[0-9]' tui tests mk data doc HACKING.md \
	--include='*.c' --include='*.h' --include='*.sh' --include='*.mk' --include='*.md' \
	--include='*.txt' --include='*.1' --include='*.in' --include='*.py' 2>/dev/null |
	grep -v '^tests/fixtures/')" "" "no reference to a tracker entry (\"issue N\") in the sources"

done_testing

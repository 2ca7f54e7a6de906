#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Long output through $PAGER: knead list and knead read
# go through $PAGER (else `pager`, else less, with LESS=FRX unless set)
# when stdout is a terminal, never with --no-pager, PAGER=cat or an empty
# PAGER, or into a pipe; a pager that is not installed is passed over, and
# with none the listing goes straight to the terminal.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/french-lib.sh"
NOW=2026-11-23T09:00

if ! command -v script >/dev/null 2>&1; then
	echo "1..0 # SKIP script(1) is needed to give knead a terminal"
	exit 0
fi

"$KNEAD" --db "$DB" --now $NOW log run 10km 52:30 >/dev/null
"$KNEAD" --db "$DB" --now $NOW log sore calf:left 3 >/dev/null

# A fake less and a fake pager on the PATH record how they were called
# (name, arguments and $LESS) and what they read.  $T/less-only has less
# and no pager; $T/none has neither.
mkdir -p "$T/bin" "$T/less-only" "$T/none"
for p in less pager; do
	cat >"$T/bin/$p" <<EOF
#!/bin/sh
echo "$p \$* LESS=\$LESS" >"$T/less-args"
/bin/cat >"$T/paged"
EOF
	chmod +x "$T/bin/$p"
done
cp "$T/bin/less" "$T/less-only/less"

# on_tty VAR=VALUE... -- ARGS...: knead on a terminal (script(1)), with
# the environment given; its output in $out.
on_tty() {
	env_args=
	while [ "$1" != "--" ]; do
		env_args="$env_args $1"
		shift
	done
	shift
	rm -f "$T/paged" "$T/less-args"
	case $env_args in
	*PATH=*) ;;
	*) env_args="$env_args PATH=$T/bin:$PATH" ;;
	esac
	cmd="env $env_args $KNEAD --db $DB --now $NOW $*"
	out=$(script -qec "$cmd" /dev/null </dev/null | tr -d '\r')
}
paged() { [ -f "$T/paged" ] && cat "$T/paged"; }

on_tty -u PAGER -u LESS -- list
is "$(cat "$T/less-args" 2>/dev/null)" "pager  LESS=FRX" "on a terminal, no PAGER: pager, with LESS=FRX"
like "$(paged)" "10.00 km" "knead list went through it"
like "$(paged)" "left calf" "all of it"
on_tty -u PAGER LESS=S -- list
is "$(cat "$T/less-args" 2>/dev/null)" "pager  LESS=S" "the runner's own LESS is kept"
on_tty -u PAGER -u LESS "PATH=$T/less-only" -- list
is "$(cat "$T/less-args" 2>/dev/null)" "less  LESS=FRX" "no pager installed: less"
like "$(paged)" "10.00 km" "  the list went through it"
on_tty -u PAGER "PATH=$T/none" -- list
ok "$([ ! -f "$T/paged" ]; echo $?)" "neither pager nor less: no pager"
like "$out" "10.00 km" "  the list goes straight to the terminal"
like "$out" "left calf" "  all of it"
on_tty PAGER=no-such-pager "PATH=$T/none" -- list
like "$out" "10.00 km" "a PAGER that is not installed: the list is not lost"
unlike "$out" "not found" "  no error from the shell"
on_tty -u LESS "PAGER='no-such-pager -x'" -- list
is "$(cat "$T/less-args" 2>/dev/null)" "pager  LESS=FRX" "a PAGER that is not installed: the next pager in line"

on_tty "PAGER='cat >$T/paged'" -- list runs
like "$(paged)" "10.00 km" "\$PAGER is used when set (run by the shell)"
is "$(cat "$T/less-args" 2>/dev/null)" "" "and less is not"

on_tty -u PAGER -- read it-band
like "$(paged)" "IT band" "knead read goes through the pager"

on_tty -u PAGER -- list --no-pager
ok "$([ ! -f "$T/paged" ]; echo $?)" "--no-pager: no pager"
like "$out" "10.00 km" "--no-pager: straight to the terminal"
on_tty -u PAGER -- read it-band --no-pager
ok "$([ ! -f "$T/paged" ]; echo $?)" "read --no-pager: no pager"
on_tty PAGER=cat -- list
ok "$([ ! -f "$T/paged" ]; echo $?)" "PAGER=cat: no pager"
like "$out" "10.00 km" "PAGER=cat: the list"
on_tty PAGER= -- list
ok "$([ ! -f "$T/paged" ]; echo $?)" "an empty PAGER: no pager"
on_tty -u PAGER -- list --json
ok "$([ ! -f "$T/paged" ]; echo $?)" "JSON is never paged"
# next, status, articles and help page like list (less -F shows a short
# one at once); --no-pager and JSON never.
for cmd in next status articles help; do
	on_tty -u PAGER -- $cmd
	ok "$([ -s "$T/paged" ]; echo $?)" "$cmd goes through the pager like list"
	on_tty -u PAGER -- $cmd --no-pager
	ok "$([ ! -f "$T/paged" ]; echo $?)" "$cmd --no-pager: no pager"
done
on_tty -u PAGER -- next --json
ok "$([ ! -f "$T/paged" ]; echo $?)" "next --json is never paged"

# Into a pipe: never.
rm -f "$T/paged"
out=$(env PATH="$T/bin:$PATH" "$KNEAD" --db "$DB" --now $NOW list | cat)
ok "$([ ! -f "$T/paged" ]; echo $?)" "into a pipe: no pager"
like "$out" "10.00 km" "into a pipe: the list"

# A pager that quits at once (q before the end) is not an error.
script -qec "env PAGER=true $KNEAD --db $DB --now $NOW list; echo rc=\$?" /dev/null </dev/null >"$T/rc" 2>&1
like "$(tr -d '\r' <"$T/rc")" "rc=0" "knead exits 0 when the pager quits early"

# In French: the option is described, and the pager gets French.
out=$(env $FRENCH "$KNEAD" --db "$DB" list --help)
like "$out" "--no-pager +jamais par \\\$PAGER" "French: --no-pager in list --help"
on_tty -u PAGER $FRENCH -- list
like "$(paged)" "mollet gauche|gauche" "French: the list goes through the pager in French"

done_testing

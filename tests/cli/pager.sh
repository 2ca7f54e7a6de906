#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Long output through $PAGER (issue 15, item 17): knead list and knead read
# go through $PAGER (less -FRX by default) when stdout is a terminal, never
# with --no-pager, PAGER=cat or an empty PAGER, or into a pipe.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/french-lib.sh"
NOW=2026-11-23T09:00

if ! command -v script >/dev/null 2>&1; then
	echo "1..0 # SKIP script(1) is needed to give knead a terminal"
	exit 0
fi

"$KNEAD" --db "$DB" --now $NOW log run 10km 52:30 >/dev/null
"$KNEAD" --db "$DB" --now $NOW log sore calf:left 3 >/dev/null

# A fake less on the PATH records how it was called and what it read.
mkdir -p "$T/bin"
cat >"$T/bin/less" <<EOF
#!/bin/sh
echo "\$*" >"$T/less-args"
cat >"$T/paged"
EOF
chmod +x "$T/bin/less"

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
	cmd="env $env_args PATH=$T/bin:$PATH $KNEAD --db $DB --now $NOW $*"
	out=$(script -qec "$cmd" /dev/null </dev/null | tr -d '\r')
}
paged() { [ -f "$T/paged" ] && cat "$T/paged"; }

on_tty -u PAGER -- list
is "$(cat "$T/less-args" 2>/dev/null)" "-FRX" "on a terminal, no PAGER: less -FRX"
like "$(paged)" "10.00 km" "knead list went through it"
like "$(paged)" "left calf" "all of it"

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

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Hostile TFTP requests against `rackside serve` while a normal download
# runs: '..', absolute paths, a symlink out of the tree, over-long names,
# NUL tricks, unknown opcodes, writes, and an ACK storm. Each gets the right
# error or is dropped; the download completes byte-identical.
. "$(dirname "$0")/../lib/netns.sh"
. "$SRC/tests/lib/tftp.sh"
need curl python3 cmp tc

tftp_pair
TREE=$WORK/tree
tftp_tree "$TREE"
head -c $((40 * 1024 * 1024)) /dev/urandom >"$TREE/long.bin"
tftp_serve server.log "$TREE"
# 20 Mbit/s from the server: the 40 MiB download takes over 16 s, longer than
# everything below, whatever the machine's speed.
nsx srv tc qdisc add dev srv0 root tbf rate 20mbit burst 32kb latency 400ms

# A long lockstep download in the background, through everything below.
bg curl.log nsx cli curl -sS --tftp-blksize 512 -o "$WORK/long.out" tftp://10.77.0.1/long.bin
CURL=$LAST_PID
wait_for 10 "$WORK/server.log" 'TFTP read .*long.bin' || fail "the background download did not start"

expect() {
    local want=$1
    shift
    local got
    got=$(tftp_raw "$@")
    [[ "$got" == $want ]] || fail "tftp_raw $*: expected '$want', got '$got'"
    local what="$*"
    pass "${what:0:80} -> $got"
}
expect 'ERROR 2 *' rrq ../outside/secret
expect 'ERROR 2 *' rrq boot/../../outside/secret
expect 'ERROR 2 *' rrq '..\..\outside\secret'
expect 'ERROR 1 *' rrq "$WORK/outside/secret" # absolute: looked up inside the tree, not found
expect 'ERROR 1 *' rrq /etc/passwd
expect 'ERROR 2 *' rrq secret-link
expect 'ERROR 2 *' rrq outdir/secret
expect 'ERROR 2 *' rrq boot/grub # a directory
expect 'ERROR 2 *' rrq "C:\\Windows\\win.ini"
expect 'ERROR 2 *' rrq "$(head -c 3000 /dev/zero | tr '\0' a)"
expect 'OACK blksize=1468' rrq small.bin blksize 1468 # a valid request is still answered
expect 'ERROR 2 *' raw "$(printf 'upload\0octet\0' | od -An -tx1 | tr -d ' \n' | sed 's/^/0002/')"
expect 'ERROR 4 *' raw "$(printf 'small.bin\0mail\0' | od -An -tx1 | tr -d ' \n' | sed 's/^/0001/')"
expect TIMEOUT raw 0009000000
expect TIMEOUT raw ffff
expect TIMEOUT raw 00
expect TIMEOUT raw 0001736d616c6c2e62696e # no NUL terminator
expect TIMEOUT raw 00040001 # an ACK to the server port
expect TIMEOUT raw 0005000068656c6c6f00 # an ERROR to the server port: never answered
expect TIMEOUT raw "0001$(printf 'small.bin\0octet\0' | od -An -tx1 | tr -d ' \n')$(for i in $(seq 40); do printf '78003100'; done)"

got=$(tftp_raw ackstorm boot/grub/medium.bin 20000)
[[ "$got" =~ ^DATA-AFTER-STORM\ packets=([0-9]+)\ blocks=2$ ]] && [ "${BASH_REMATCH[1]}" -le 3 ] ||
    fail "ACK storm: expected only block 2 (once, or again on the server's own timeout), got '$got'"
pass "an ACK storm of 20000 duplicate/stale ACKs drew no extra DATA: $got"

wait_for 10 "$WORK/server.log" 'TFTP dropped' || fail "no 'dropped' event for malformed packets"
kill -0 "$CURL" 2>/dev/null || fail "the background download ended before the hostile requests did"
wait "$CURL" || fail "the background download failed: $(cat "$WORK/curl.log")"
cmp "$TREE/long.bin" "$WORK/long.out" || fail "the background download differs"
pass "the concurrent 40 MiB download completed byte-identical"
grep -q 'TFTP failed .*refused .*leads out of the boot tree' "$WORK/server.log" || fail "no failed event for the symlink"
kill -0 "$SERVER" || fail "rackside died"
echo "tftp_hostile: all checks passed"

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Real TFTP clients against `rackside serve` over a veth pair in private
# namespaces: atftp (blksize 1468, windowsize 16), curl (tsize, blksize) and
# tftp-hpa download byte-identical files, one over 64 MiB at blksize 512
# (block numbers wrap past 65535 twice). The timeline names the client's
# MAC (from the server's neighbour table) and reports read and sent with
# bytes equal to the file size.
. "$(dirname "$0")/../lib/netns.sh"
. "$SRC/tests/lib/tftp.sh"
need atftp curl tftp python3 cmp

tftp_pair
TREE=$WORK/tree
tftp_tree "$TREE"
head -c $((64 * 1024 * 1024 + 333)) /dev/urandom >"$TREE/big.bin"
tftp_serve server.log "$TREE"
grep -q "TFTP on port 69 from $TREE" "$WORK/server.log" || fail "summary lacks the TFTP part: $(cat "$WORK/server.log")"

# atftp, windowed.
nsx cli atftp --option "blksize 1468" --option "windowsize 16" --option "tsize 0" --trace \
    -g -r boot/grub/medium.bin -l "$WORK/atftp.out" 10.77.0.1 >"$WORK/atftp.log" 2>&1 ||
    fail "atftp failed: $(tail -n 5 "$WORK/atftp.log")"
cmp "$TREE/boot/grub/medium.bin" "$WORK/atftp.out" || fail "atftp download differs"
grep -q 'received OACK.*windowsize' "$WORK/atftp.log" || grep -qi 'oack.*windowsize' "$WORK/atftp.log" ||
    fail "atftp did not get windowsize in the OACK: $(grep -i oack "$WORK/atftp.log" | head -n 3)"
wait_for 5 "$WORK/server.log" 'TFTP read .*boot/grub/medium.bin .*blksize 1468.*windowsize 16' ||
    fail "no windowed read on the timeline: $(grep TFTP "$WORK/server.log")"
pass "atftp blksize 1468 windowsize 16: byte-identical"

# curl: tsize and blksize.
nsx cli curl -sS --tftp-blksize 1024 -o "$WORK/curl.out" tftp://10.77.0.1/small.bin || fail "curl failed"
cmp "$TREE/small.bin" "$WORK/curl.out" || fail "curl download differs"
wait_for 5 "$WORK/server.log" 'TFTP read .*small.bin \(1000 bytes; .*tsize 1000.*blksize 1024' ||
    wait_for 1 "$WORK/server.log" 'TFTP read .*small.bin \(1000 bytes; .*blksize 1024.*tsize 1000' ||
    fail "curl's tsize/blksize not negotiated: $(grep 'TFTP read' "$WORK/server.log")"
nsx cli curl -sS -o "$WORK/empty.out" tftp://10.77.0.1/empty.bin || fail "curl failed on an empty file"
cmp "$TREE/empty.bin" "$WORK/empty.out" || fail "empty file differs"
pass "curl tsize + blksize 1024, and an empty file: byte-identical"

# tftp-hpa: plain RFC 1350, no options; a leading slash and backslashes are tree-relative.
(cd "$WORK" && nsx cli tftp 10.77.0.1 -m binary -c get /small.bin hpa.out) || fail "tftp-hpa failed"
cmp "$TREE/small.bin" "$WORK/hpa.out" || fail "tftp-hpa download differs"
(cd "$WORK" && nsx cli tftp 10.77.0.1 -m binary -c get 'boot\grub\medium.bin' hpa2.out) ||
    fail "tftp-hpa failed with backslashes"
cmp "$TREE/boot/grub/medium.bin" "$WORK/hpa2.out" || fail "tftp-hpa backslash download differs"
pass "tftp-hpa (no options, leading slash, backslashes): byte-identical"

# Over 64 MiB at blksize 512: 131,073 blocks, the number wraps to 0 twice.
start=$(date +%s.%N)
nsx cli curl -sS --tftp-blksize 512 -o "$WORK/big.out" tftp://10.77.0.1/big.bin || fail "curl big.bin failed"
took=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
cmp "$TREE/big.bin" "$WORK/big.out" || fail "64 MiB download at blksize 512 differs"
rm -f "$WORK/big.out"
pass "64 MiB + 333 bytes at blksize 512 (rollover) byte-identical in ${took} s"

# The timeline: read and sent with the MAC and bytes equal to the size.
size=$(file_size "$TREE/big.bin")
wait_for 5 "$WORK/server.log" "$CLIENT_MAC  TFTP sent +big.bin: $size bytes in" ||
    fail "no 'sent' event with $size bytes and MAC $CLIENT_MAC: $(grep 'TFTP' "$WORK/server.log" | tail -n 5)"
grep -qE "$CLIENT_MAC  TFTP read +big.bin \($size bytes; " "$WORK/server.log" || fail "no 'read' event for big.bin"
grep -q "TFTP progress .*big.bin: [0-9]* of $size bytes" "$WORK/server.log" || fail "no progress for a long transfer"
grep -q "TFTP sent .*small.bin: 1000 bytes in" "$WORK/server.log" || fail "no 'sent' for small.bin"
grep -q "TFTP failed" "$WORK/server.log" && fail "a transfer failed: $(grep 'TFTP failed' "$WORK/server.log")"
pass "timeline: read, progress and sent with bytes = size and the client's MAC"
echo "tftp_clients: all checks passed"

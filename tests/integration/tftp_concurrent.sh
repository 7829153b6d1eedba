#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# 200 concurrent curl downloads of a 32 MiB file from `rackside serve`
# over a veth pair; each compared with the original as it arrives (no
# copies on disk). Prints the wall time.
. "$(dirname "$0")/../lib/netns.sh"
. "$SRC/tests/lib/tftp.sh"
need curl cmp
CLIENTS=${TFTP_CLIENTS:-200}

tftp_pair
TREE=$WORK/tree
mkdir -p "$TREE"
head -c $((32 * 1024 * 1024)) /dev/urandom >"$TREE/32m.bin"
tftp_serve server.log "$TREE" --quiet

start=$(date +%s.%N)
pids=()
for i in $(seq "$CLIENTS"); do
    ip netns exec cli bash -c "curl -sS --tftp-blksize 1468 tftp://10.77.0.1/32m.bin | cmp - '$TREE/32m.bin' \
        && echo ok >'$WORK/done.$i'" >"$WORK/client.$i.log" 2>&1 &
    pids+=($!)
done
failed=0
for p in "${pids[@]}"; do wait "$p" || failed=$((failed + 1)); done
took=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
ok=$(ls "$WORK"/done.* 2>/dev/null | wc -l)
[ "$ok" = "$CLIENTS" ] || fail "$ok of $CLIENTS downloads byte-identical ($failed failed): $(cat "$WORK"/client.*.log | sort | uniq -c | head)"
kill -0 "$SERVER" || fail "rackside died"
pass "$CLIENTS concurrent downloads of 32 MiB byte-identical in ${took} s"
echo "tftp_concurrent: all checks passed"

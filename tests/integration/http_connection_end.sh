#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# How Rackside's HTTP connections end, with a client that reboots the way
# GRUB does: same address, same source port (GRUB numbers its ports from
# 21550 on every start), and no reset for segments it does not expect. The
# client is a namespace that is deleted and made again ("power-cycled"); in
# the new one an nftables rule drops outgoing resets, as GRUB sends none.
#  1. The client closes after a complete response and vanishes before it
#     acknowledges the server's answer to its FIN (an nftables rule drops
#     incoming FINs): the server holds no socket (no LAST-ACK), and the
#     rebooted client connects again from the same port at once.
#  2. "Connection: close": the server ends the connection itself and holds
#     no socket afterwards (no FIN-WAIT, no TIME-WAIT); the body is whole.
#  3. Slow readers lose nothing: curl at 1 MiB/s, and a client with a 16 KiB
#     receive buffer that stops reading for 3 s twice, the second time with
#     the file's last bytes unread in its buffer (longer than the server's
#     grace before its reset), get the 3 MiB file byte-identical with
#     "Connection: close".
#  4. A client powered off with a kept-alive idle connection: keepalive
#     probes free it within 10 s. A client that stops reading mid-download
#     stays served for as long as it lives (10 s here: no timer may take a
#     slow reader for a dead one); powered off, it is dropped the moment the
#     machine asks DHCP for an address again (udhcpc's DISCOVER), and the
#     same ports connect again at once.
. "$(dirname "$0")/../lib/netns.sh"
. "$SRC/tests/lib/tftp.sh"
need curl python3 cmp nft ss sha256sum udhcpc

TREE=$WORK/tree
tftp_tree "$TREE"
net_add srv "" 10.77.0.1/24
CLI_MAC=52:54:00:aa:00:01
# DHCP serves the bridge: the client machine has its fixed address there.
write_site "$WORK/site.json" serve "{ \"mac\": \"$CLI_MAC\", \"hostname\": \"cli\", \"ip\": \"10.77.0.2\", \"menu\": \"\" }"

# power_on NAME: the client machine (MAC $CLI_MAC, 10.77.0.2) in a fresh
# namespace; GRUB-like: it never sends a TCP reset.
power_on() {
    net_add "$1" "$CLI_MAC" 10.77.0.2/24
    nsx "$1" nft -f - <<'NFT'
table inet grubish {
    chain out { type filter hook output priority 0; tcp flags & rst == rst drop; }
}
NFT
}
# power_off NAME: the machine and every socket it had are gone, without a
# word on the wire (the link goes first, so not even a dying process's FIN).
power_off() {
    ip link del "$1-br" 2>/dev/null || true
    ip netns pids "$1" | xargs -r kill -9 2>/dev/null || true
    ip netns del "$1"
}
# server_sockets: the server's connections on port 80 in any state but LISTEN.
server_sockets() { nsx srv ss -Htan state all '( sport = :80 )' | grep -v '^LISTEN' || true; }

cat >"$WORK/client.py" <<'PY'
# client.py PORT PATH [close] [RCVBUF PAUSE_AT...]: one GET from 10.77.0.2:PORT,
# prints "status bytes sha256 connect_ms". With "close", asks for
# Connection: close; RCVBUF sets SO_RCVBUF; reading stops for 3 s at each
# PAUSE_AT byte count. With "hold", keeps the connection open (idle) for 60 s after
# the body; with "stall", stops reading after PAUSE_AT and holds for 60 s.
import hashlib, socket, sys, time
port, path = int(sys.argv[1]), sys.argv[2]
args = sys.argv[3:]
close = "close" in args
hold = "hold" in args
stall = "stall" in args
nums = [int(a) for a in args if a.isdigit()]
rcvbuf, pauses = (nums[0], nums[1:]) if nums else (0, [])
s = socket.socket()
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
if rcvbuf:
    s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, rcvbuf)
s.bind(("10.77.0.2", port))
s.settimeout(4)
t0 = time.monotonic()
try:
    s.connect(("10.77.0.1", 80))
except OSError as e:
    print(f"CONNECT-FAILED {e} after {int((time.monotonic() - t0) * 1000)} ms")
    sys.exit(0)
connect_ms = int((time.monotonic() - t0) * 1000)
s.settimeout(30)
head = f"GET /{path} HTTP/1.1\r\nHost: 10.77.0.1\r\n" + ("Connection: close\r\n" if close else "") + "\r\n"
s.sendall(head.encode())
buf = b""
while b"\r\n\r\n" not in buf:
    buf += s.recv(4096)
h, body = buf.split(b"\r\n\r\n", 1)
status = h.split(b" ")[1].decode()
length = int([l.split(b":")[1] for l in h.split(b"\r\n") if l.lower().startswith(b"content-length:")][0])
digest = hashlib.sha256(body)
got = len(body)
while got < length:
    if pauses and got >= pauses[0]:
        pauses.pop(0)
        if stall:
            time.sleep(60)
        time.sleep(3)
    chunk = s.recv(min(4096, length - got))
    if not chunk:
        break
    digest.update(chunk)
    got += len(chunk)
print(f"{status} {got} {digest.hexdigest()} {connect_ms}", flush=True)
if hold:
    time.sleep(60)
s.close()
PY
client() { local ns=$1; shift; nsx "$ns" python3 "$WORK/client.py" "$@"; }
sha() { sha256sum "$1" | cut -d' ' -f1; }
SMALL="200 1000 $(sha "$TREE/small.bin")"
MEDIUM="200 $(stat -c %s "$TREE/boot/grub/medium.bin") $(sha "$TREE/boot/grub/medium.bin")"

bg server.log nsx srv "$RACKSIDE" serve --site "$WORK/site.json" --boot-tree "$TREE" --rogue-timeout 500
wait_for 10 "$WORK/server.log" 'rackside: .*HTTP on port 80' || fail "rackside did not start HTTP: $(cat "$WORK/server.log")"

# --- 1. The client closes first and vanishes before acknowledging our answer ---
power_on boot1
nsx boot1 nft -f - <<'NFT'
table inet vanish {
    chain in { type filter hook input priority 0; tcp sport 80 tcp flags & fin == fin drop; }
}
NFT
OUT=$(client boot1 21550 small.bin)
[ "${OUT% *}" = "$SMALL" ] || fail "first boot: small.bin came back as '$OUT', expected '$SMALL ...'"
sleep 0.5
LEFT=$(server_sockets)
power_off boot1
[ -z "$LEFT" ] || fail "the client closed and is gone, but the server still holds: $LEFT"
pass "client closed after the whole body: the server holds no socket (no LAST-ACK)"
power_on boot2
OUT=$(client boot2 21550 small.bin)
MS=${OUT##* }
[ "${OUT% *}" = "$SMALL" ] || fail "rebooted client from port 21550: '$OUT'"
[ "$MS" -lt 300 ] || fail "rebooted client from port 21550 took $MS ms to connect"
pass "the rebooted client connects again from port 21550 in $MS ms"

# --- 2. Connection: close: the server ends it and keeps nothing ---
OUT=$(client boot2 21551 boot/grub/medium.bin close)
[ "${OUT% *}" = "$MEDIUM" ] || fail "Connection: close: '$OUT', expected '$MEDIUM ...'"
sleep 0.5
LEFT=$(server_sockets)
[ -z "$LEFT" ] || fail "after a Connection: close response the server still holds: $LEFT"
power_off boot2
power_on boot3
OUT=$(client boot3 21551 small.bin close)
MS=${OUT##* }
[ "${OUT% *}" = "$SMALL" ] && [ "$MS" -lt 300 ] || fail "rebooted client from port 21551: '$OUT'"
# A client that keeps the connection open after a Connection: close answer:
# the server resets it after its grace, and keeps nothing.
client boot3 21555 small.bin close hold >"$WORK/held.out" &
wait_for 5 "$WORK/held.out" . || fail "the holding client got no answer"
[ "$(cut -d' ' -f1-3 "$WORK/held.out")" = "$SMALL" ] || fail "the holding client got '$(cat "$WORK/held.out")'"
sleep 3
LEFT=$(server_sockets)
[ -z "$LEFT" ] || fail "3 s after a Connection: close answer to a client that holds on, the server still holds: $LEFT"
pass "Connection: close: body whole, no FIN-WAIT or TIME-WAIT left whoever closes first, the same port connects again in $MS ms"

# --- 3. Slow readers ---
START=$SECONDS
nsx boot3 curl -sS --fail --limit-rate 1M -H 'Connection: close' -o "$WORK/slow.bin" \
    http://10.77.0.1/boot/grub/medium.bin || fail "curl --limit-rate 1M failed"
cmp -s "$WORK/slow.bin" "$TREE/boot/grub/medium.bin" || fail "curl at 1 MiB/s got a different file"
OUT=$(client boot3 21552 boot/grub/medium.bin close 16384 65536 $(($(stat -c %s "$TREE/boot/grub/medium.bin") - 8000)))
[ "${OUT% *}" = "$MEDIUM" ] || fail "a client reading slowly from a 16 KiB buffer got '$OUT', expected '$MEDIUM ...'"
pass "slow readers get the whole file with Connection: close ($((SECONDS - START)) s): curl at 1 MiB/s, a 16 KiB buffer paused twice for 3 s"

# --- 4. Powered off while idle, and mid-download ---
client boot3 21553 boot/grub/medium.bin 16384 32768 stall >"$WORK/stalled.out" &
client boot3 21554 small.bin hold >"$WORK/idle.out" &
for _ in $(seq 50); do
    [ "$(server_sockets | grep -c ESTAB)" = 2 ] && [ -s "$WORK/idle.out" ] && break
    sleep 0.1
done
[ "$(server_sockets | grep -c ESTAB)" = 2 ] || fail "expected two open connections: $(server_sockets)"
sleep 10
[ "$(server_sockets | grep -c ESTAB)" = 2 ] || fail "a client that stopped reading for 10 s lost its connection: $(server_sockets)"
power_off boot3
START=$SECONDS
while server_sockets | grep -q ':21554' && [ $((SECONDS - START)) -lt 15 ]; do sleep 0.5; done
IDLE=$((SECONDS - START))
server_sockets | grep -q ':21554' && fail "15 s after the idle client was powered off the server still holds: $(server_sockets)"
[ "$IDLE" -le 10 ] || fail "the idle client's connection took $IDLE s to go"
server_sockets | grep -q ':21553' || fail "the stalled download went before the machine came back: keepalive is not for it"
power_on boot4
nsx boot4 udhcpc -i boot40 -f -q -n -t 3 -T 1 -s /bin/true >"$WORK/udhcpc.log" 2>&1 ||
    fail "udhcpc got no lease: $(cat "$WORK/udhcpc.log")"
sleep 0.3
LEFT=$(server_sockets)
[ -z "$LEFT" ] || fail "the machine asked DHCP for an address again, but the server still holds: $LEFT"
for port in 21553 21554; do
    OUT=$(client boot4 $port small.bin)
    MS=${OUT##* }
    [ "${OUT% *}" = "$SMALL" ] && [ "$MS" -lt 300 ] || fail "rebooted client from port $port: '$OUT'"
done
pass "powered off: the idle connection went after $IDLE s (keepalive), the stalled download at the machine's DHCPDISCOVER; both ports connect again at once"

echo "http_connection_end: all checks passed"

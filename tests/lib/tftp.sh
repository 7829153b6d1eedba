# SPDX-License-Identifier: GPL-3.0-or-later
# Shared helpers for TFTP tests and benchmarks. Source after netns.sh.
#
#   tftp_pair                 namespaces srv (10.77.0.1) and cli (10.77.0.2) on a veth pair
#   tftp_tree DIR             a boot tree of random files, with a symlink out of it
#   tftp_serve LOG TREE [ARGS...]   `rackside serve`, TFTP only, in srv; pid in SERVER
#   tftp_raw ARGS...          the raw-packet client below (python3), run in cli
#   file_size FILE

file_size() { stat -c %s "$1"; }

tftp_pair() {
    pair_add srv cli
    CLIENT_MAC=$(nsx cli cat /sys/class/net/cli0/address)
}

# tftp_tree DIR: small.bin (1000 B), empty.bin, boot/grub/medium.bin (3 MiB + 7),
# and secret-link -> a file outside the tree ($WORK/outside/secret).
tftp_tree() {
    local d=$1
    mkdir -p "$d/boot/grub" "$WORK/outside"
    head -c 1000 /dev/urandom >"$d/small.bin"
    : >"$d/empty.bin"
    head -c $((3 * 1024 * 1024 + 7)) /dev/urandom >"$d/boot/grub/medium.bin"
    echo "not for clients" >"$WORK/outside/secret"
    ln -s "$WORK/outside/secret" "$d/secret-link"
    ln -s "$WORK/outside" "$d/outdir"
}

# tftp_serve LOG TREE [ARGS...]: Rackside with DHCP off serving TREE by TFTP
# on 10.77.0.1:69 in namespace srv. Waits until it runs.
tftp_serve() {
    local log=$1 tree=$2
    shift 2
    echo '{ "version": 1 }' >"$WORK/tftp-site.json"
    bg "$log" nsx srv "$RACKSIDE" serve --site "$WORK/tftp-site.json" --dhcp-mode off --bind 10.77.0.1 \
        --boot-tree "$tree" "$@"
    SERVER=$LAST_PID
    wait_for 10 "$WORK/$log" 'rackside: .*TFTP on port' || fail "rackside did not start TFTP: $(cat "$WORK/$log")"
}

# tftp_raw ARGS...: a TFTP client that sends what it is told, for hostile
# requests and ACK storms. Prints what came back, one line a packet.
#   tftp_raw rrq NAME [OPTION VALUE]...      -> "ERROR code text" | "DATA n size" | "OACK k=v..." | "TIMEOUT"
#   tftp_raw raw HEX                          -> the same for any bytes sent to port 69
#   tftp_raw ackstorm NAME COUNT              -> receives DATA 1, sends ACK 1 and then COUNT duplicate,
#                                                stale and future ACKs; prints "DATA-AFTER-STORM packets=N blocks=B,..."
tftp_raw() {
    nsx cli python3 - "$@" <<'PY'
import socket, struct, sys

SERVER = ("10.77.0.1", 69)
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.settimeout(1.0)

def describe(p):
    op = struct.unpack("!H", p[:2])[0] if len(p) >= 2 else -1
    if op == 5:
        return "ERROR %d %s" % (struct.unpack("!H", p[2:4])[0], p[4:].split(b"\0")[0].decode(errors="replace"))
    if op == 3:
        return "DATA %d %d" % (struct.unpack("!H", p[2:4])[0], len(p) - 4)
    if op == 6:
        parts = p[2:].split(b"\0")[:-1]
        return "OACK " + " ".join("%s=%s" % (parts[i].decode(), parts[i + 1].decode()) for i in range(0, len(parts) - 1, 2))
    return "OPCODE %d" % op

def receive():
    try:
        return s.recvfrom(70000)
    except socket.timeout:
        return None, None

def rrq(name, options=()):
    p = b"\0\1" + name + b"\0octet\0"
    for o in options:
        p += o.encode() + b"\0"
    return p

cmd = sys.argv[1]
if cmd in ("rrq", "raw"):
    packet = rrq(sys.argv[2].encode(), sys.argv[3:]) if cmd == "rrq" else bytes.fromhex(sys.argv[2])
    s.sendto(packet, SERVER)
    p, peer = receive()
    print(describe(p) if p else "TIMEOUT")
    if p and p[:2] in (b"\0\3", b"\0\6"):
        s.sendto(struct.pack("!HH", 5, 0) + b"test done\0", peer)
elif cmd == "ackstorm":
    name, count = sys.argv[2].encode(), int(sys.argv[3])
    s.sendto(rrq(name), SERVER)
    p, peer = receive()
    assert p and p[:4] == b"\0\3\0\1", describe(p) if p else "TIMEOUT"
    ack = lambda n: struct.pack("!HH", 4, n)
    s.sendto(ack(1), peer)  # the one real ACK: block 2 follows
    for i in range(count):
        s.sendto(ack(1 if i % 3 else (0 if i % 2 else 60000)), peer)
    data, blocks = 0, set()
    s.settimeout(0.7)
    while True:
        p, _ = receive()
        if not p:
            break
        if p[:2] == b"\0\3":
            data += 1
            blocks.add(struct.unpack("!H", p[2:4])[0])
    # Block 2 once, plus the server's own timed retransmissions of it at most.
    print("DATA-AFTER-STORM packets=%d blocks=%s" % (data, ",".join(map(str, sorted(blocks)))))
    s.sendto(struct.pack("!HH", 5, 0) + b"storm over\0", peer)
PY
}

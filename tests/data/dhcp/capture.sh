#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the captured DHCP fixtures in this directory: real packets from
# clients and a server we did not write (busybox udhcpc, ISC dhclient,
# dnsmasq), exchanged over a veth pair inside a private network namespace.
# Nothing touches a real interface or leaves the namespace.
#
#   tools/dev shell tests/data/dhcp/capture.sh
#
# Needs root (or CAP_NET_ADMIN) for unshare -n; re-executes itself there.
# The server and the clients sit in two namespaces of their own, joined by
# the veth pair srv0 (10.99.0.1, dnsmasq) <-> cli0 (the clients).
#
# Writes <client>-<type>.bin for the clients' DISCOVER, REQUEST and RELEASE
# and dnsmasq-<type>-<client>.bin for dnsmasq's OFFER and ACK. Transaction
# ids are random, so every run gives different bytes: the tests in
# tests/unit/tst_dhcpmessage.cpp check that the xids of one exchange match,
# never their values; MACs, host names, addresses and options are fixed here.
set -euo pipefail

out=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

if [ "${RACKSIDE_CAPTURE_NETNS:-}" != 1 ]; then
    exec env RACKSIDE_CAPTURE_NETNS=1 unshare --net -- bash "${BASH_SOURCE[0]}" "$@"
fi

# From here on we are alone in a fresh network namespace.
work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    if [ -n "${RACKSIDE_CAPTURE_DEBUG:-}" ]; then tail -n +1 "$work"/*.log >&2; fi
    rm -rf "$work"
}
trap cleanup EXIT

udhcpc_mac=52:54:00:12:34:56
dhclient_mac=52:54:00:ab:cd:ef

# The clients get a namespace of their own, so that even their unicast
# RELEASE crosses the veth (within one namespace it would go over lo).
unshare --net -- sleep infinity &
client_ns=$!
pids+=("$client_ns")
in_client() { nsenter --target "$client_ns" --net -- "$@"; }

ip link set lo up
ip link add name srv0 type veth peer name cli0
ip link set cli0 netns "$client_ns"
ip addr add 10.99.0.1/24 dev srv0
ip link set srv0 up
in_client ip link set lo up
in_client ip link set cli0 address "$udhcpc_mac"
in_client ip link set cli0 up

dumpcap -q -F pcap -i srv0 -f 'udp port 67 or udp port 68' -w "$work/dhcp.pcap" >"$work/dumpcap.log" 2>&1 &
dumpcap_pid=$!
pids+=("$dumpcap_pid")

dnsmasq --no-daemon --conf-file=/dev/null --port=0 --interface=srv0 --bind-interfaces \
    --dhcp-range=10.99.0.100,10.99.0.150,255.255.255.0,12h \
    --dhcp-boot=pxelinux.0,rackside,10.99.0.1 \
    --dhcp-leasefile="$work/dnsmasq.leases" --no-ping --log-dhcp \
    >"$work/dnsmasq.log" 2>&1 &
pids+=($!)

# Both need a moment before the first packet is worth sending.
for _ in $(seq 50); do
    [ -s "$work/dhcp.pcap" ] && break
    sleep 0.1
done
sleep 1

# Client scripts only put the address on cli0: the RELEASE goes out from it.
cat >"$work/udhcpc.script" <<'EOF_SCRIPT'
#!/bin/sh
case "$1" in
    bound | renew) ip addr replace "$ip/24" dev "$interface" ;;
    deconfig) ip addr flush dev "$interface" ;;
esac
EOF_SCRIPT
cat >"$work/dhclient.script" <<'EOF_SCRIPT'
#!/bin/sh
case "$reason" in
    BOUND | RENEW | REBIND | REBOOT) ip addr replace "$new_ip_address/24" dev "$interface" ;;
    RELEASE | EXPIRE | STOP) ip addr flush dev "$interface" ;;
esac
EOF_SCRIPT
chmod +x "$work/udhcpc.script" "$work/dhclient.script"

# busybox udhcpc: DISCOVER, REQUEST, then a RELEASE on SIGUSR2 (with -q it
# would quit before it counts as bound and never release).
nsenter --target "$client_ns" --net -- udhcpc -f -i cli0 -t 3 -T 1 -s "$work/udhcpc.script" \
    -x hostname:rackside-udhcpc >"$work/udhcpc.log" 2>&1 &
udhcpc_pid=$!
for _ in $(seq 100); do
    in_client ip -4 addr show dev cli0 | grep -q 'inet 10\.99\.' && break
    sleep 0.1
done
kill -USR2 "$udhcpc_pid"
sleep 0.5
kill "$udhcpc_pid"
wait "$udhcpc_pid" 2>/dev/null || true
in_client ip addr flush dev cli0

# ISC dhclient with a different MAC so dnsmasq sees a new client; -1 tries
# once and then stays in the background, -r releases and stops it.
in_client ip link set cli0 down
in_client ip link set cli0 address "$dhclient_mac"
in_client ip link set cli0 up
cat >"$work/dhclient.conf" <<'EOF_CONF'
send host-name "rackside-dhclient";
send dhcp-client-identifier = hardware;
request subnet-mask, broadcast-address, time-offset, routers,
        domain-name, domain-name-servers, domain-search, host-name,
        interface-mtu, ntp-servers;
EOF_CONF
dhclient_args=(-cf "$work/dhclient.conf" -sf "$work/dhclient.script"
    -lf "$work/dhclient.leases" -pf "$work/dhclient.pid" cli0)
in_client dhclient -1 -v "${dhclient_args[@]}" >"$work/dhclient.log" 2>&1
in_client dhclient -r -v "${dhclient_args[@]}" >>"$work/dhclient.log" 2>&1

sleep 1
kill "$dumpcap_pid"
wait "$dumpcap_pid" 2>/dev/null || true

# Split the capture into one UDP payload per file: <sender>-<type>.bin, the
# first of each kind (dnsmasq's replies are named after the client too).
python3 - "$work/dhcp.pcap" "$out" "$udhcpc_mac" "$dhclient_mac" <<'EOF'
import struct, sys
path, out, udhcpc_mac, dhclient_mac = sys.argv[1:]
clients = {bytes.fromhex(udhcpc_mac.replace(':', '')): 'udhcpc',
           bytes.fromhex(dhclient_mac.replace(':', '')): 'dhclient'}
types = {1: 'discover', 2: 'offer', 3: 'request', 4: 'decline', 5: 'ack',
         6: 'nak', 7: 'release', 8: 'inform'}

def packets(data):
    magic = struct.unpack_from('<I', data)[0]
    endian = '<' if magic in (0xa1b2c3d4, 0xa1b23c4d) else '>'
    link = struct.unpack_from(endian + 'I', data, 20)[0]
    assert link == 1, 'expected an Ethernet capture'
    pos = 24
    while pos + 16 <= len(data):
        incl = struct.unpack_from(endian + 'I', data, pos + 8)[0]
        yield data[pos + 16:pos + 16 + incl]
        pos += 16 + incl

def udp_payload(frame):
    if struct.unpack_from('>H', frame, 12)[0] != 0x0800:
        return None
    ip = frame[14:]
    ihl = (ip[0] & 15) * 4
    if ip[9] != 17:
        return None
    udp = ip[ihl:]
    length = struct.unpack_from('>H', udp, 4)[0]
    return udp[8:length]

def message_type(payload):
    i = 240
    while i < len(payload):
        code = payload[i]
        if code == 255:
            break
        if code == 0:
            i += 1
            continue
        if code == 53:
            return payload[i + 2]
        i += 2 + payload[i + 1]
    return 0

data = open(path, 'rb').read()
if data[:4] == b'\x0a\x0d\x0d\x0a':
    sys.exit('pcapng capture: run dumpcap with -P')
seen = set()
for frame in packets(data):
    payload = udp_payload(frame)
    if not payload or len(payload) < 240:
        continue
    client = clients.get(payload[28:34], 'unknown')
    kind = types.get(message_type(payload), 'bootp')
    name = f'{client}-{kind}.bin' if payload[0] == 1 else f'dnsmasq-{kind}-{client}.bin'
    if name in seen:
        continue
    seen.add(name)
    open(f'{out}/{name}', 'wb').write(payload)
    print(f'{name}: {len(payload)} bytes')
EOF

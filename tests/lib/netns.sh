# SPDX-License-Identifier: GPL-3.0-or-later
# Shared helpers for tests that run real clients in private network namespaces.
#
# Source this at the top of a test script. The script re-executes itself in a
# new network and mount namespace, so everything it creates (bridge, veths,
# taps, namespaces) lives and dies with it and no packet can reach a real
# network. Addresses are in 10.77.0.0/24, inside those namespaces only.
#
#   net_add NAME [MAC]   a namespace NAME with interface NAME0 on bridge br0
#   nsx NAME CMD...       run CMD in namespace NAME
#   fail MSG / pass MSG  report and exit / report
set -euo pipefail

if [ "${RACKSIDE_IN_NETNS:-}" != 1 ]; then
    if [ "$(id -u)" != 0 ]; then
        echo "FAIL: this test builds network namespaces and needs root (CI runs as root; use tools/dev test)" >&2
        exit 1
    fi
    export RACKSIDE_IN_NETNS=1
    exec unshare --net --mount --propagation private -- bash "$0" "$@"
fi

RACKSIDE=${1:?usage: $0 path/to/rackside}
RACKSIDE=$(readlink -f "$RACKSIDE")
SRC=${RACKSIDE_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}
WORK=$(mktemp -d "${RACKSIDE_BUILD_DIR:-/var/tmp}/test-$(basename "$0" .sh).XXXX")
mount -t tmpfs tmpfs /run 2>/dev/null || true
mkdir -p /run/netns /run/lock
PIDS=()

cleanup() {
    local rc=$?
    for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
    sleep 0.2
    for p in "${PIDS[@]}"; do kill -9 "$p" 2>/dev/null || true; done
    for ns in $(ip netns list | awk '{print $1}'); do
        ip netns pids "$ns" 2>/dev/null | xargs -r kill -9 2>/dev/null || true
        ip netns del "$ns" 2>/dev/null || true
    done
    if [ $rc != 0 ]; then
        echo "--- work dir $WORK (kept for inspection)"
        for f in "$WORK"/*.log; do [ -f "$f" ] && { echo "--- $f"; tail -n 40 "$f"; }; done
    else
        rm -rf "$WORK"
    fi
    exit $rc
}
trap cleanup EXIT

ip link set lo up
ip link add br0 type bridge
ip link set br0 up

fail() { echo "FAIL: $*" >&2; exit 1; }
pass() { echo "ok: $*"; }
nsx() { local ns=$1; shift; ip netns exec "$ns" "$@"; }

# net_add NAME [MAC] [ADDRESS/PREFIX]
net_add() {
    local name=$1 mac=${2:-} addr=${3:-}
    ip netns add "$name"
    ip link add "${name}0" type veth peer name "${name}-br"
    ip link set "${name}-br" master br0 up
    ip link set "${name}0" netns "$name"
    [ -n "$mac" ] && nsx "$name" ip link set "${name}0" address "$mac"
    nsx "$name" ip link set lo up
    nsx "$name" ip link set "${name}0" up
    [ -n "$addr" ] && nsx "$name" ip addr add "$addr" dev "${name}0"
    return 0
}

# tap_add NAME: a tap on the bridge for a QEMU VM.
tap_add() {
    ip tuntap add dev "$1" mode tap
    ip link set "$1" master br0 up
}

# bg LOG CMD...: run CMD in the background, output to $WORK/LOG.
bg() {
    local log=$1; shift
    # Run namespaced commands directly, so $LAST_PID is the command itself.
    if [ "$1" = nsx ]; then shift; set -- ip netns exec "$@"; fi
    "$@" >"$WORK/$log" 2>&1 &
    PIDS+=($!)
    LAST_PID=$!
}

# wait_for SECONDS FILE PATTERN: wait until FILE has a line matching PATTERN.
wait_for() {
    local secs=$1 file=$2 pattern=$3 i
    for ((i = 0; i < secs * 10; i++)); do
        grep -qE "$pattern" "$file" 2>/dev/null && return 0
        sleep 0.1
    done
    return 1
}

# write_site FILE MODE [EXTRA_HOSTS_JSON]: a site for interface srv0, 10.77.0.1.
write_site() {
    local file=$1 mode=$2 hosts=${3:-}
    cat >"$file" <<JSON
{
  "version": 1,
  "interface": "srv0",
  "dhcp": {
    "mode": "$mode",
    "subnet": "10.77.0.0/24",
    "ranges": [ { "start": "10.77.0.100", "end": "10.77.0.150" } ],
    "leaseTime": 600,
    "router": "10.77.0.1",
    "dns": [ "10.77.0.1" ],
    "domain": "rack.test"
  },
  "boot": {
    "bios": "boot/grub/i386-pc/core.0",
    "uefi-x64": "boot/grub/x86_64-efi/core.efi",
    "http-x64": "http://{server}/boot/grub/x86_64-efi/core.efi",
    "ipxe": "boot/ipxe/menu.ipxe"
  },
  "hosts": [ $hosts ]
}
JSON
}

# --- Firmware tests: tools, packet captures, QEMU VMs ---

# need CMD...: fail (never skip) unless every CMD is installed.
need() {
    local c
    for c in "$@"; do
        command -v "$c" >/dev/null || fail "$c is not installed (tools/packages lists what the tests need)"
    done
}

# site_drop FILE SECTION.KEY...: remove keys from a site file, e.g. boot.ipxe.
site_drop() {
    local file=$1
    shift
    need python3
    python3 - "$file" "$@" <<'PY'
import json, sys
path = sys.argv[1]
with open(path) as f:
    site = json.load(f)
for key in sys.argv[2:]:
    section, name = key.split(".", 1)
    del site[section][name]
with open(path, "w") as f:
    json.dump(site, f, indent=2)
PY
}

# capture_start NAME: tshark on br0 (promiscuous, so it sees frames between
# ports too) writing $WORK/NAME.pcapng, one summary line per packet in
# $WORK/NAME.log for wait_for. Its pid is in CAPTURE_PID.
capture_start() {
    local name=$1
    need tshark
    bg "$name.log" tshark -i br0 -n -l -P -w "$WORK/$name.pcapng"
    CAPTURE_PID=$LAST_PID
    wait_for 20 "$WORK/$name.log" "Capturing on 'br0'" || fail "tshark did not start capturing on br0"
}

# capture_stop: end the capture and let tshark finish its file.
capture_stop() {
    [ -n "${CAPTURE_PID:-}" ] || return 0
    sleep 0.5 # frames still in flight
    kill -INT "$CAPTURE_PID" 2>/dev/null || true
    wait "$CAPTURE_PID" 2>/dev/null || true
    CAPTURE_PID=
}

# pcap_fields FILE FILTER FIELD...: the FIELDs of every packet in FILE that
# matches the display FILTER, one packet a line, tab-separated.
pcap_fields() {
    local file=$1 filter=$2 f
    shift 2
    local args=()
    for f in "$@"; do args+=(-e "$f"); done
    # A filter tshark rejects must fail the test, not read as "no packets".
    tshark -n -r "$file" -Y "$filter" -T fields -E separator=/t -E occurrence=f "${args[@]}" \
        2>"$WORK/tshark-read.err" || fail "tshark -r $file -Y '$filter': $(grep -v dangerous "$WORK/tshark-read.err")"
}

# qemu_pxe NAME TAP MAC [QEMU ARGS...]: a diskless SeaBIOS VM that network
# boots from an e1000 with QEMU's iPXE ROM (Debian's ipxe-qemu) on TAP.
# KVM fails here, so TCG. QEMU's output goes to $WORK/NAME.log, the serial
# console (SeaBIOS and iPXE text) to $WORK/NAME.serial. Pid in VM_PID.
qemu_pxe() {
    local name=$1 tap=$2 mac=$3
    shift 3
    need qemu-system-x86_64
    [ -f /usr/share/qemu/efi-e1000.rom ] || [ -f /usr/share/qemu/pxe-e1000.rom ] ||
        fail "QEMU's e1000 iPXE ROM is missing (package ipxe-qemu)"
    [ -c /dev/net/tun ] || fail "/dev/net/tun is missing: no tap devices for QEMU"
    bg "$name.log" qemu-system-x86_64 -accel tcg -m 256 -nographic -no-reboot \
        -serial "file:$WORK/$name.serial" -monitor none -boot n \
        -netdev "tap,id=n0,ifname=$tap,script=no,downscript=no" \
        -device "e1000,netdev=n0,mac=$mac" "$@" </dev/null
    VM_PID=$LAST_PID
}

# stop_pid PID: end a process started with bg and reap it.
stop_pid() {
    kill "$1" 2>/dev/null || true
    wait "$1" 2>/dev/null || true
}

# dnsmasq_start NS LOG [DNSMASQ ARGS...]: dnsmasq (dnsmasq-base) as a plain
# DHCP server on NS's interface, range 10.77.0.200-220, no boot file, no DNS.
# Leases in $WORK/dnsmasq.leases, its log in $WORK/LOG. Pid in DNSMASQ_PID.
dnsmasq_start() {
    local ns=$1 log=$2
    shift 2
    need dnsmasq
    : >"$WORK/dnsmasq.leases"
    bg "$log" nsx "$ns" dnsmasq --no-daemon --conf-file=/dev/null --user=root --log-facility=- --log-dhcp \
        --interface="${ns}0" --bind-interfaces --port=0 \
        --dhcp-range=10.77.0.200,10.77.0.220,255.255.255.0,1h \
        --dhcp-leasefile="$WORK/dnsmasq.leases" --pid-file="$WORK/dnsmasq.pid" "$@"
    DNSMASQ_PID=$LAST_PID
    wait_for 10 "$WORK/$log" 'DHCP, IP range 10\.77\.0\.200' ||
        fail "dnsmasq did not start: $(cat "$WORK/$log")"
}

# --- Load tests: perfdhcp against a DHCP server over a veth pair ---

# pair_add SERVER_NS CLIENT_NS: two namespaces joined by their own veth pair
# (SERVER_NS0 10.77.0.1/16 <-> CLIENT_NS0 10.77.0.2/16), off the bridge.
pair_add() {
    local s=$1 c=$2
    ip netns add "$s"
    ip netns add "$c"
    ip link add "${s}0" netns "$s" type veth peer name "${c}0" netns "$c"
    nsx "$s" ip link set lo up
    nsx "$c" ip link set lo up
    nsx "$s" ip addr add 10.77.0.1/16 dev "${s}0"
    nsx "$c" ip addr add 10.77.0.2/16 dev "${c}0"
    nsx "$s" ip link set "${s}0" up
    nsx "$c" ip link set "${c}0" up
}

# write_load_site FILE INTERFACE [SUBNET START END]: a serve-mode site for
# load tests, by default subnet 10.77.0.0/16 (perfdhcp relays from
# 10.77.0.2), range 10.77.1.0-10.77.255.254 (65,279 addresses), one-hour
# leases, no boot files.
write_load_site() {
    cat >"$1" <<JSON
{
  "version": 1,
  "interface": "$2",
  "dhcp": {
    "mode": "serve",
    "subnet": "${3:-10.77.0.0/16}",
    "ranges": [ { "start": "${4:-10.77.1.0}", "end": "${5:-10.77.255.254}" } ],
    "leaseTime": 3600,
    "router": "10.77.0.1"
  },
  "hosts": []
}
JSON
}

# perfdhcp_value FILE EXCHANGE KEY: a number from perfdhcp's final report,
# e.g. perfdhcp_value out DISCOVER-OFFER "sent packets"; "avg delay" is in ms.
# EXCHANGE "Rate" gives the achieved rate line's number.
perfdhcp_value() {
    local file=$1 exchange=$2 key=${3:-}
    if [ "$exchange" = Rate ]; then
        awk '/^Rate: / { v = $2 } END { print v }' "$file"
        return
    fi
    awk -v ex="***Statistics for: $exchange***" -v key="$key: " '
        $0 == ex { on = 1; next }
        /^\*\*\*/ { on = 0 }
        on && index($0, key) == 1 { v = substr($0, length(key) + 1); sub(/ .*/, "", v) }
        END { print v }' "$file"
}

# wait_vm_reads FILE: waits (90 s) until the capture started by capture_start
# shows the VM started by qemu_pxe asking for FILE by TFTP, then stops the VM.
# Sets ELAPSED to the seconds since START.
wait_vm_reads() {
    if ! wait_for 90 "$WORK/capture.log" 'TFTP .*Read Request'; then
        kill -0 "$VM_PID" 2>/dev/null || fail "QEMU exited early: $(cat "$WORK/vm.log")"
        fail "no TFTP read request within 90 s of starting the VM; its console: $(tail -n 5 "$WORK/vm.serial")"
    fi
    ELAPSED=$((SECONDS - START))
    stop_pid "$VM_PID"
    grep -q "Read Request, File: $1," "$WORK/capture.log" ||
        fail "the VM asked for another file than $1: $(grep 'Read Request' "$WORK/capture.log")"
}

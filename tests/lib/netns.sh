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
    tshark -n -r "$file" -Y "$filter" -T fields -E separator=/t -E occurrence=f "${args[@]}" 2>/dev/null
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

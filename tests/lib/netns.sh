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

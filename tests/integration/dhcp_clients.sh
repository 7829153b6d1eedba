#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Real DHCP clients (busybox udhcpc, ISC dhclient) against `rackside serve`
# in private network namespaces: leases from the range, a reservation with
# its fixed address and hostname, renew, release, and leases kept across a
# restart.
. "$(dirname "$0")/../lib/netns.sh"

net_add srv "" 10.77.0.1/24
net_add a 02:00:00:00:00:0a
net_add b 02:00:00:00:00:0b
net_add r 52:54:00:aa:bb:01
net_add c 02:00:00:00:00:0c

write_site "$WORK/site.json" serve \
    '{ "mac": "52:54:00:aa:bb:01", "hostname": "reserved-node", "ip": "10.77.0.20" }'

start_server() {
    bg "$1" nsx srv "$RACKSIDE" serve --site "$WORK/site.json" --rogue-timeout 1000
    SERVER=$LAST_PID
    wait_for 10 "$WORK/$1" 'DHCP server on srv0' || fail "server did not start: $(cat "$WORK/$1")"
}
stop_server() { kill "$SERVER"; wait "$SERVER" 2>/dev/null || true; }

cat >"$WORK/udhcpc.sh" <<'SH'
#!/bin/sh
echo "$1 ip=$ip mask=$subnet router=$router dns=$dns hostname=$hostname domain=$domain lease=$lease serverid=$serverid" >>"$LOG"
[ "$1" = bound ] || [ "$1" = renew ] && ip addr replace "$ip/$mask" dev "$interface" || true
SH
# dhclient scrubs the environment: the script names its log itself.
cat >"$WORK/dhclient.sh" <<SH
#!/bin/sh
LOG=$WORK/r.events
SH
cat >>"$WORK/dhclient.sh" <<'SH'
echo "$reason ip=$new_ip_address hostname=$new_host_name domain=$new_domain_name router=$new_routers" >>"$LOG"
case "$reason" in BOUND|RENEW|REBOOT) ip addr replace "$new_ip_address/24" dev "$interface" ;; esac
SH
chmod +x "$WORK/udhcpc.sh" "$WORK/dhclient.sh"

start_server server1.log

# udhcpc: a dynamic lease from the range, with the site's options.
LOG=$WORK/a.events nsx a udhcpc -i a0 -n -q -t 5 -T 1 -s "$WORK/udhcpc.sh" >"$WORK/udhcpc-a.log" 2>&1 ||
    fail "udhcpc got no lease"
grep -q 'bound ip=10.77.0.1[0-4][0-9] .*router=10.77.0.1 dns=10.77.0.1 .*domain=rack.test lease=600 serverid=10.77.0.1' \
    "$WORK/a.events" || fail "udhcpc lease wrong: $(cat "$WORK/a.events")"
A_IP=$(sed -n 's/^bound ip=\([0-9.]*\).*/\1/p' "$WORK/a.events")
pass "udhcpc leased $A_IP"

# dhclient with the reserved MAC: fixed address and hostname.
nsx r dhclient -1 -v -sf "$WORK/dhclient.sh" -lf "$WORK/r.leases" -pf "$WORK/r.pid" r0 \
    >"$WORK/dhclient-r.log" 2>&1 || fail "dhclient got no lease"
grep -q 'BOUND ip=10.77.0.20 hostname=reserved-node domain=rack.test router=10.77.0.1' "$WORK/r.events" ||
    fail "reservation not honoured: $(cat "$WORK/r.events")"
pass "dhclient got reserved 10.77.0.20 and hostname reserved-node"

# Renew (udhcpc in the background, SIGUSR1) and release (SIGUSR2).
: >"$WORK/b.events"
LOG=$WORK/b.events bg udhcpc-b.log nsx b udhcpc -i b0 -f -t 5 -T 1 -s "$WORK/udhcpc.sh"
UDHCPC_B=$LAST_PID
wait_for 10 "$WORK/b.events" '^bound' || fail "udhcpc b got no lease"
B_IP=$(sed -n 's/^bound ip=\([0-9.]*\).*/\1/p' "$WORK/b.events")
[ "$B_IP" != "$A_IP" ] || fail "two clients got the same address $A_IP"
kill -USR1 "$UDHCPC_B"
wait_for 10 "$WORK/b.events" "^renew ip=$B_IP" || fail "renew failed: $(cat "$WORK/b.events")"
grep -qE "02:00:00:00:00:0b  DHCP ACK +$B_IP" "$WORK/server1.log" || fail "no ACK for renew in the timeline"
pass "udhcpc renewed $B_IP"
kill -USR2 "$UDHCPC_B"
wait_for 10 "$WORK/server1.log" '02:00:00:00:00:0b  DHCP RELEASE' || fail "release not seen"
kill "$UDHCPC_B" 2>/dev/null || true
sleep 0.3
grep -q "^released $B_IP 02:00:00:00:00:0b" "$WORK/site.json.leases" || fail "release not in the lease file"
pass "udhcpc released $B_IP"

# Every exchange is on the timeline with the client's MAC.
for kind in DISCOVER OFFER REQUEST ACK; do
    grep -qE "02:00:00:00:00:0a  DHCP $kind" "$WORK/server1.log" || fail "timeline lacks $kind for a"
done
pass "timeline holds DISCOVER/OFFER/REQUEST/ACK"

# Restart: leases come back from disk. Client a asks again without naming
# its old address, after a new client took the first free one.
stop_server
grep -q "^bound $A_IP 02:00:00:00:00:0a" "$WORK/site.json.leases" || fail "lease of a not persisted"
start_server server2.log
# Without the lease file a newcomer would now be handed a's address.
LOG=$WORK/c.events nsx c udhcpc -i c0 -n -q -t 5 -T 1 -s "$WORK/udhcpc.sh" >"$WORK/udhcpc-c.log" 2>&1 ||
    fail "udhcpc c got no lease after restart"
grep -q '^bound ip=10.77.0.1' "$WORK/c.events" || fail "c: $(cat "$WORK/c.events")"
grep -q "^bound ip=$A_IP " "$WORK/c.events" && fail "after restart the newcomer got a's address $A_IP"
nsx a ip addr flush dev a0
: >"$WORK/a.events"
LOG=$WORK/a.events nsx a udhcpc -i a0 -n -q -t 5 -T 1 -s "$WORK/udhcpc.sh" >>"$WORK/udhcpc-a.log" 2>&1 ||
    fail "udhcpc got no lease after restart"
grep -q "^bound ip=$A_IP " "$WORK/a.events" || fail "after restart a got $(cat "$WORK/a.events"), had $A_IP"
pass "after a restart a keeps $A_IP"

# dhclient renews its reservation after the restart (INIT-REBOOT from its lease file).
nsx r dhclient -x -pf "$WORK/r.pid" r0 >/dev/null 2>&1 || true
: >"$WORK/r.events"
nsx r dhclient -1 -v -sf "$WORK/dhclient.sh" -lf "$WORK/r.leases" -pf "$WORK/r.pid" r0 \
    >>"$WORK/dhclient-r.log" 2>&1 || fail "dhclient reboot failed"
grep -qE '^(REBOOT|BOUND) ip=10.77.0.20 ' "$WORK/r.events" || fail "dhclient reboot: $(cat "$WORK/r.events")"
nsx r dhclient -r -sf "$WORK/dhclient.sh" -lf "$WORK/r.leases" -pf "$WORK/r.pid" r0 >/dev/null 2>&1 || true
wait_for 5 "$WORK/server2.log" '52:54:00:aa:bb:01  DHCP RELEASE' || fail "dhclient release not seen"
pass "dhclient rebooted into and released 10.77.0.20"
stop_server
echo "dhcp_clients: all checks passed"

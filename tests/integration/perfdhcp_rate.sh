#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Load: perfdhcp (kea-admin) runs 1,000 DORA exchanges a second for 10 s
# against `rackside serve` over a veth pair. Every DISCOVER must get its
# OFFER and every REQUEST its ACK, at the offered rate, and the lease file
# must hold one bound line per ACK (each ACK is journaled before it is sent).
# perfdhcp acts as a relay: giaddr is its own 10.77.0.2, replies go to :67.
. "$(dirname "$0")/../lib/netns.sh"
need perfdhcp

RATE=1000
SECONDS_RUN=10
CLIENTS=10000

pair_add srv perf
write_load_site "$WORK/site.json" srv0
bg server.log nsx srv "$RACKSIDE" serve --site "$WORK/site.json" --leases "$WORK/leases" --quiet \
    --allow-other-servers --rogue-timeout 200
SERVER=$LAST_PID
wait_for 10 "$WORK/server.log" 'DHCP server on srv0' || fail "server did not start: $(cat "$WORK/server.log")"

# -W: after the last DISCOVER, wait 0.5 s for the answers still in flight.
cmd=(perfdhcp -4 -r "$RATE" -p "$SECONDS_RUN" -R "$CLIENTS" -W 500000 -l 10.77.0.2 10.77.0.1)
echo "running: ${cmd[*]}"
rc=0
timeout $((SECONDS_RUN + 20)) ip netns exec perf "${cmd[@]}" >"$WORK/perfdhcp.log" 2>&1 || rc=$?
grep -q 'Statistics for: REQUEST-ACK' "$WORK/perfdhcp.log" ||
    fail "perfdhcp gave no report (exit $rc): $(tail -n 20 "$WORK/perfdhcp.log")"

v() { perfdhcp_value "$WORK/perfdhcp.log" "$@"; }
d_sent=$(v DISCOVER-OFFER "sent packets")
d_recv=$(v DISCOVER-OFFER "received packets")
r_sent=$(v REQUEST-ACK "sent packets")
r_recv=$(v REQUEST-ACK "received packets")
d_delay=$(v DISCOVER-OFFER "avg delay")
r_delay=$(v REQUEST-ACK "avg delay")
reported=$(v Rate)
achieved=$((r_recv / SECONDS_RUN))
echo "DISCOVER-OFFER: sent $d_sent received $d_recv drops $((d_sent - d_recv)) avg delay $d_delay ms"
echo "REQUEST-ACK:    sent $r_sent received $r_recv drops $((r_sent - r_recv)) avg delay $r_delay ms"
echo "rate: $achieved DORA/s completed over ${SECONDS_RUN} s (perfdhcp reports $reported incl. the 0.5 s wait), offered $RATE"

[ "$d_sent" -gt 0 ] || fail "perfdhcp sent nothing"
[ "$d_sent" = "$d_recv" ] || fail "DISCOVER-OFFER drops: $((d_sent - d_recv)) of $d_sent"
[ "$r_sent" = "$r_recv" ] || fail "REQUEST-ACK drops: $((r_sent - r_recv)) of $r_sent"
[ "$r_recv" = "$d_sent" ] || fail "only $r_recv of $d_sent exchanges completed"
# ~1000/s: within 3 % of the offered rate (perfdhcp paces; a late server makes it fall behind).
[ "$achieved" -ge $((RATE * 97 / 100)) ] || fail "achieved $achieved DORA/s, offered $RATE"
pass "$r_recv DORA exchanges at $achieved/s, no drops"

# Each ACK was journaled before it was sent: one bound line per ACK. Clients
# repeat (random among $CLIENTS), so count lines, then check no address
# went to two clients.
kill "$SERVER"
wait "$SERVER" 2>/dev/null || true
bound=$(grep -c '^bound ' "$WORK/leases" || true)
echo "lease file: $bound bound lines for $r_recv ACKs"
[ "$bound" = "$r_recv" ] || fail "lease file holds $bound bound lines, perfdhcp received $r_recv ACKs"
clash=$(awk '$1 == "bound" { if (($2 in mac) && mac[$2] != $3) n++; mac[$2] = $3 } END { print n + 0 }' \
    "$WORK/leases")
[ "$clash" = 0 ] || fail "$clash addresses were bound to two different clients"
pass "lease file holds $bound bound leases, one per ACK, no address given twice"
echo "perfdhcp_rate: all checks passed"

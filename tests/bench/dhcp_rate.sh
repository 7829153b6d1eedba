#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# DHCP throughput: perfdhcp (kea-admin) against Rackside, Kea (kea-dhcp4,
# memfile, persist: true) and dnsmasq (dnsmasq-base, with a lease file),
# each in its own network namespace joined to perfdhcp's by a veth pair.
# For each server: the highest offered DORA rate with under 1 % of the
# exchanges lost, found by doubling from --min and then bisecting, and the
# average DORA latency at that rate. Every step starts the server afresh
# with an empty lease file. Results are printed and written to
# tests/bench/results.md.
#
# usage: dhcp_rate.sh RACKSIDE [--servers rackside,kea,dnsmasq] [--duration S]
#        [--clients N] [--min RATE] [--max RATE] [--refine N] [--rates R,R,...]
#        [--no-pin] [--results FILE | --no-results]
#
# Unless --no-pin, the server runs on CPU 1 and perfdhcp (single-threaded)
# on CPU 0, so the load generator never takes the server's CPU.
. "$(dirname "$0")/../lib/netns.sh"
need perfdhcp kea-dhcp4 dnsmasq taskset ss

shift # the rackside binary, taken by netns.sh
SERVERS=rackside,kea,dnsmasq
DURATION=8
CLIENTS=60000
MIN=250
MAX=8000
REFINE=5
RATES=
PIN=1
RESULTS=$SRC/tests/bench/results.md
while [ $# -gt 0 ]; do
    case $1 in
        --servers) SERVERS=$2; shift ;;
        --duration) DURATION=$2; shift ;;
        --clients) CLIENTS=$2; shift ;;
        --min) MIN=$2; shift ;;
        --max) MAX=$2; shift ;;
        --refine) REFINE=$2; shift ;;
        --rates) RATES=$2; shift ;;
        --no-pin) PIN=0 ;;
        --results) RESULTS=$2; shift ;;
        --no-results) RESULTS= ;;
        -h | --help) sed -n '2,/^$/p' "$0" | sed -n 's/^# \{0,1\}//p'; exit 0 ;;
        *) fail "unknown argument $1 (--help lists them)" ;;
    esac
    shift
done
# Bounded: at most this many perfdhcp runs per server, each under DURATION + 20 s.
MAX_STEPS=16
[ "$DURATION" -ge 2 ] && [ "$DURATION" -le 60 ] || fail "--duration must be 2-60 s"
[ "$MAX" -le 20000 ] || fail "--max above 20000/s is not a test this machine can drive"

if [ "$(nproc)" -ge 2 ] && [ "$PIN" = 1 ]; then
    SERVER_CPU=(taskset -c 1)
    PERF_CPU=(taskset -c 0)
    PERF_THREADS=single
else
    PIN=0
    SERVER_CPU=()
    PERF_CPU=()
    PERF_THREADS=multi
fi

# --- the servers: start_NAME NS LEASEFILE sets SERVER_PID --------------------

# A /12 with 851,711 addresses, so that no step runs out of them: a /16's
# 65,279 end a step of 8 s above 8,160/s, which is where every server seemed
# to stop (2026-12-01).
SUBNET=10.64.0.0/12 POOL_START=10.64.1.0 POOL_END=10.76.255.254 NETMASK=255.240.0.0
write_load_site "$WORK/site.json" rk0 "$SUBNET" "$POOL_START" "$POOL_END"

start_rackside() {
    bg rackside.log nsx rk "${SERVER_CPU[@]}" "$RACKSIDE" serve --site "$WORK/site.json" --leases "$1" \
        --quiet --allow-other-servers --rogue-timeout 100
    SERVER_PID=$LAST_PID
}
leases_rackside() { grep -c '^bound ' "$1" || true; }

cat >"$WORK/kea.json" <<JSON
{
  "Dhcp4": {
    "interfaces-config": { "interfaces": [ "kea0" ], "dhcp-socket-type": "udp" },
    "lease-database": { "type": "memfile", "persist": true, "name": "$WORK/kea.leases", "lfc-interval": 0 },
    "valid-lifetime": 3600,
    "subnet4": [ {
      "id": 1,
      "subnet": "$SUBNET",
      "pools": [ { "pool": "$POOL_START - $POOL_END" } ],
      "option-data": [ { "name": "routers", "data": "10.77.0.1" } ]
    } ],
    "loggers": [ { "name": "kea-dhcp4", "output-options": [ { "output": "stdout" } ], "severity": "WARN" } ]
  }
}
JSON
start_kea() {
    # Kea 2.6.3 only writes lease files under its data directory.
    KEA_PIDFILE_DIR=$WORK KEA_LOCKFILE_DIR=none KEA_DHCP_DATA_DIR=$WORK \
        bg kea.log nsx kea "${SERVER_CPU[@]}" kea-dhcp4 -c "$WORK/kea.json"
    SERVER_PID=$LAST_PID
}
leases_kea() { [ -f "$1" ] && echo $(($(wc -l <"$1") - 1)) || echo 0; }

start_dnsmasq() {
    # --quiet-dhcp: no log line per packet (Rackside runs --quiet, Kea at WARN).
    # --no-ping: Kea does not ping an address before offering it, and Rackside
    # checks addresses with ARP only on its own link, never across a relay as here.
    bg dnsmasq.log nsx dm "${SERVER_CPU[@]}" dnsmasq --no-daemon --conf-file=/dev/null --user=root \
        --log-facility=- --quiet-dhcp --no-ping --port=0 --interface=dm0 --bind-interfaces \
        --dhcp-range=$POOL_START,$POOL_END,$NETMASK,1h --dhcp-lease-max=1000000 \
        --dhcp-leasefile="$1" --pid-file="$WORK/dnsmasq.pid"
    SERVER_PID=$LAST_PID
}
leases_dnsmasq() { [ -f "$1" ] && wc -l <"$1" || echo 0; }

declare -A NS=([rackside]=rk [kea]=kea [dnsmasq]=dm)
declare -A LEASES=([rackside]=$WORK/rackside.leases [kea]=$WORK/kea.leases [dnsmasq]=$WORK/dnsmasq.leases)
. "$(dirname "$0")/version.sh"
declare -A VERSION=(
    [rackside]="$(source_version)"
    [kea]="$(kea-dhcp4 -v 2>/dev/null || echo unknown)"
    [dnsmasq]="$(dnsmasq -v 2>/dev/null | sed -n '1s/^Dnsmasq version \([^ ]*\).*/\1/p')"
)

# wait_port NS SECONDS: until something listens on UDP 67 in NS.
wait_port() {
    local i
    for ((i = 0; i < $2 * 10; i++)); do
        [ -n "$(nsx "$1" ss -Hlun 'sport = :67' 2>/dev/null)" ] && return 0
        sleep 0.1
    done
    return 1
}

# --- one step: a fresh server at one rate ------------------------------------

# step SERVER RATE: sets S_* and appends a line to $WORK/steps; 0 when drops < 1 %.
step() {
    local server=$1 rate=$2 ns=${NS[$1]} leases=${LEASES[$1]} rc=0
    local out=$WORK/perfdhcp-$server-$rate.log
    rm -f "$leases" "$leases".* "$WORK/$server.log"
    "start_$server" "$leases"
    wait_port "$ns" 15 || fail "$server did not start: $(tail -n 20 "$WORK/$server.log")"
    sleep 0.3
    local cmd=(perfdhcp -4 -g "$PERF_THREADS" -r "$rate" -p "$DURATION" -R "$CLIENTS" -W 500000
        -l 10.77.0.2 10.77.0.1)
    PERFDHCP_CMD="${PERF_CPU[*]}${PERF_CPU:+ }${cmd[*]}"
    timeout $((DURATION + 20)) ip netns exec "${ns}c" "${PERF_CPU[@]}" "${cmd[@]}" >"$out" 2>&1 || rc=$?
    kill -0 "$SERVER_PID" 2>/dev/null || fail "$server died at $rate/s: $(tail -n 20 "$WORK/$server.log")"
    stop_pid "$SERVER_PID"
    grep -q 'Statistics for: REQUEST-ACK' "$out" || fail "perfdhcp gave no report (exit $rc): $(tail -n 20 "$out")"
    local v=(perfdhcp_value "$out")
    S_DSENT=$("${v[@]}" DISCOVER-OFFER "sent packets")
    S_DRECV=$("${v[@]}" DISCOVER-OFFER "received packets")
    S_RSENT=$("${v[@]}" REQUEST-ACK "sent packets")
    S_RRECV=$("${v[@]}" REQUEST-ACK "received packets")
    S_DDELAY=$("${v[@]}" DISCOVER-OFFER "avg delay")
    S_RDELAY=$("${v[@]}" REQUEST-ACK "avg delay")
    S_ONDISK=$("leases_$server" "$leases")
    # Lost: DORA exchanges begun (DISCOVERs sent) that got no ACK.
    S_DROP=$(awk -v s="$S_DSENT" -v r="$S_RRECV" 'BEGIN { printf "%.2f", s ? (s - r) * 100 / s : 100 }')
    S_DONE=$((S_RRECV / DURATION))
    S_LAT=$(awk -v a="$S_DDELAY" -v b="$S_RDELAY" 'BEGIN { printf "%.3f", a + b }')
    local verdict=pass
    # The generator must have offered the rate (within 3 %), or the step says nothing.
    if [ "$S_DSENT" -lt $((rate * DURATION * 97 / 100)) ]; then
        verdict=gen-limited
    elif awk -v d="$S_DROP" 'BEGIN { exit !(d >= 1) }'; then
        verdict=fail
    fi
    S_VERDICT=$verdict
    printf '%-9s %6d/s  sent %6d  offers %6d  acks %6d  lost %6s %%  done %5d/s  latency %s+%s ms  leases on disk %6d  %s\n' \
        "$server" "$rate" "$S_DSENT" "$S_DRECV" "$S_RRECV" "$S_DROP" "$S_DONE" "$S_DDELAY" "$S_RDELAY" \
        "$S_ONDISK" "$verdict" | tee -a "$WORK/steps"
    echo "$server $rate $S_DSENT $S_DRECV $S_RRECV $S_DROP $S_DONE $S_DDELAY $S_RDELAY $S_ONDISK $verdict" >>"$WORK/steps.raw"
    [ "$verdict" = pass ]
}

# search SERVER: doubling from MIN until a step fails (or MAX), then REFINE
# bisections. Sets BEST (0: even the lowest rate failed), FIRST_FAIL and BEST_* from the best step.
search() {
    local server=$1 lo=0 hi=0 r=$MIN steps=0 i mid
    BEST=0 FIRST_FAIL= BEST_DROP= BEST_LAT= BEST_DDELAY= BEST_RDELAY= GEN_LIMIT=
    record_pass() { BEST=$1 BEST_DROP=$S_DROP BEST_LAT=$S_LAT BEST_DDELAY=$S_DDELAY BEST_RDELAY=$S_RDELAY; }
    while :; do
        steps=$((steps + 1))
        if step "$server" "$r"; then
            record_pass "$r"
            lo=$r
            [ "$r" -ge "$MAX" ] && return 0
            r=$((r * 2 > MAX ? MAX : r * 2))
        else
            [ "$S_VERDICT" = gen-limited ] && GEN_LIMIT=$r
            hi=$r
            break
        fi
    done
    for ((i = 0; i < REFINE && steps < MAX_STEPS; i++)); do
        mid=$(((lo + hi) / 2 / 10 * 10))
        [ "$mid" -le "$lo" ] || [ "$mid" -ge "$hi" ] && break
        steps=$((steps + 1))
        if step "$server" "$mid"; then
            record_pass "$mid"
            lo=$mid
        else
            [ "$S_VERDICT" = gen-limited ] && GEN_LIMIT=$mid
            hi=$mid
        fi
    done
    FIRST_FAIL=$hi
}

# --- run ---------------------------------------------------------------------

IFS=, read -ra server_list <<<"$SERVERS"
for s in "${server_list[@]}"; do
    [ -n "${NS[$s]:-}" ] || fail "unknown server $s (rackside, kea, dnsmasq)"
    pair_add "${NS[$s]}" "${NS[$s]}c"
done

echo "bench: ${CLIENTS} clients, ${DURATION} s a step, pinning $([ "$PIN" = 1 ] && echo 'server CPU 1, perfdhcp CPU 0' || echo off)"
declare -A R_BEST R_FAIL R_DROP R_LAT R_DD R_RD R_GEN
started=$(date +%s)
LOAD_START=$(cut -d' ' -f1 /proc/loadavg)
for s in "${server_list[@]}"; do
    if [ -n "$RATES" ]; then
        IFS=, read -ra rates <<<"$RATES"
        for r in "${rates[@]}"; do step "$s" "$r" || true; done
        continue
    fi
    search "$s"
    R_BEST[$s]=$BEST R_FAIL[$s]=$FIRST_FAIL R_DROP[$s]=$BEST_DROP R_LAT[$s]=$BEST_LAT
    R_DD[$s]=$BEST_DDELAY R_RD[$s]=$BEST_RDELAY R_GEN[$s]=$GEN_LIMIT
done
elapsed=$(($(date +%s) - started))
[ -n "$RATES" ] && { echo "bench: fixed rates done in ${elapsed} s"; exit 0; }

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b + 0 == 0) print "-"; else printf "%.2f", a / b }'; }
table() {
    echo "| Server | Version | Highest rate, < 1 % lost | Lost at that rate | Avg DORA latency (OFFER + ACK) | First failing rate | Rate vs Kea | Latency vs Kea |"
    echo "|---|---|---:|---:|---:|---:|---:|---:|"
    local s best fail note
    for s in "${server_list[@]}"; do
        best=${R_BEST[$s]}
        fail=${R_FAIL[$s]:-none up to $MAX}
        [ -n "${R_GEN[$s]}" ] && fail="$fail (perfdhcp could not send faster)"
        if [ "$best" = 0 ]; then
            note="< $MIN/s"
            echo "| $s | ${VERSION[$s]} | $note | - | - | $fail | - | - |"
            continue
        fi
        echo "| $s | ${VERSION[$s]} | $best DORA/s | ${R_DROP[$s]} % | ${R_LAT[$s]} ms (${R_DD[$s]} + ${R_RD[$s]}) | $fail |" \
            "$(ratio "$best" "${R_BEST[kea]:-}") | $(ratio "${R_LAT[$s]}" "${R_LAT[kea]:-}") |"
    done
}

mem=$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n1)
machine="$(nproc) CPUs ($cpu), $mem RAM, Linux $(uname -r)"
# Other work on the machine skews every server's numbers: say how busy it was.
load="load average $(cut -d' ' -f1-3 /proc/loadavg) at the end (started at $LOAD_START)"
perf_example="${PERF_CPU[*]}${PERF_CPU:+ }perfdhcp -4 -g $PERF_THREADS -r RATE -p $DURATION -R $CLIENTS -W 500000 -l 10.77.0.2 10.77.0.1"
echo
echo "DHCPv4 DORA throughput, $(date -u '+%Y-%m-%d %H:%M UTC'), $machine, $load"
table
echo "bench: done in ${elapsed} s"

if [ -n "$RESULTS" ]; then
    {
        echo "# DHCP benchmark results"
        echo
        echo "Written by \`tests/bench/run\` (\`tools/dev bench\`); rerun to refresh."
        echo
        echo "- Date: $(date -u '+%Y-%m-%d %H:%M UTC')"
        echo "- Machine: $machine; $load"
        echo "- Load: perfdhcp $(perfdhcp -v 2>/dev/null) as a relay (giaddr 10.77.0.2), $CLIENTS simulated clients, pool $POOL_START-$POOL_END ($SUBNET),"
        echo "  $DURATION s a step, every step a fresh server with an empty lease file; each server in its own"
        echo "  network namespace, joined to perfdhcp's by a veth pair."
        echo "- CPUs: $([ "$PIN" = 1 ] && echo "server pinned to CPU 1, perfdhcp (single-threaded) to CPU 0" || echo "not pinned")."
        echo "- Command: \`$perf_example\`"
        echo "- Search: rates doubling from $MIN/s up to $MAX/s until a step loses 1 % or more of its exchanges"
        echo "  (DISCOVERs sent without an ACK back), then $REFINE bisections."
        echo "- Servers: Rackside \`serve --quiet\` (lease journal, one write() per ACK before the ACK);"
        echo "  Kea \`kea-dhcp4\` memfile \`persist: true\` (lfc-interval 0), multi-threading as shipped, logging WARN;"
        echo "  dnsmasq \`--dhcp-leasefile\` \`--quiet-dhcp --no-ping --dhcp-lease-max=1000000\`."
        echo
        table
        echo
        echo "Latency is perfdhcp's average DISCOVER->OFFER plus REQUEST->ACK delay at the highest passing rate."
        echo
        echo "## Every step"
        echo
        echo '```'
        cat "$WORK/steps"
        echo '```'
    } >"$RESULTS"
    echo "bench: results in $RESULTS"
fi

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# TFTP download speed: a 64 MiB file over a veth pair limited to 1 Gbit/s
# (tc tbf on the server side), from Rackside, tftpd-hpa, dnsmasq and
# atftpd, fetched by atftp and curl: lockstep at blksize 512 and 1468, and
# windowed (atftp, windowsize 16; curl has no windowsize).
# All servers run at once, each on its own address of the server side, and
# the downloads take turns (every case from every server, then again), so a
# slow spell of this shared machine hits them all alike. For each server and
# case: the best wall time, its ratio to the fastest server, and the
# server's CPU time for that transfer (its cpuacct cgroup, which counts
# tftpd-hpa's forked children too; /proc/PID/stat without cgroups). Every
# download is compared with the file.
#
# usage: tftp_rate.sh RACKSIDE [--servers rackside,tftpd-hpa,dnsmasq,atftpd]
#        [--cases curl-512,curl-1468,atftp-512,atftp-1468,atftp-1468-w16]
#        [--repeat N] [--size MIB] [--results FILE]
. "$(dirname "$0")/../lib/netns.sh"
. "$SRC/tests/lib/tftp.sh"
need atftp curl tc cmp ss
ATFTPD=/opt/unpacked/atftpd/usr/sbin/atftpd
[ -x "$ATFTPD" ] || fail "atftpd is not unpacked at $ATFTPD"
[ -x /usr/sbin/in.tftpd ] || fail "tftpd-hpa (/usr/sbin/in.tftpd) is missing"

shift # the rackside binary, taken by netns.sh
SERVERS=rackside,tftpd-hpa,dnsmasq,atftpd
CASES=curl-512,curl-1468,atftp-512,atftp-1468,atftp-1468-w16
REPEAT=2
SIZE_MIB=64
RESULTS=
while [ $# -gt 0 ]; do
    case $1 in
        --servers) SERVERS=$2; shift ;;
        --cases) CASES=$2; shift ;;
        --repeat) REPEAT=$2; shift ;;
        --size) SIZE_MIB=$2; shift ;;
        --results) RESULTS=$2; shift ;;
        -h | --help) sed -n '2,/^$/p' "$0" | sed -n 's/^# \{0,1\}//p'; exit 0 ;;
        *) fail "unknown argument $1 (--help lists them)" ;;
    esac
    shift
done

tftp_pair
nsx srv tc qdisc add dev srv0 root tbf rate 1gbit burst 256kb latency 50ms
TREE=$WORK/tree
mkdir -p "$TREE"
head -c $((SIZE_MIB * 1024 * 1024)) /dev/urandom >"$TREE/file.bin"
echo '{ "version": 1 }' >"$WORK/site.json"

# Each server on its own address of srv0.
declare -A ADDR=([rackside]=10.77.0.1 [tftpd-hpa]=10.77.0.11 [dnsmasq]=10.77.0.12 [atftpd]=10.77.0.13)
for a in 10.77.0.11 10.77.0.12 10.77.0.13; do nsx srv ip addr add "$a/24" dev srv0; done

start_rackside() {
    bg rackside.log nsx srv "$RACKSIDE" serve --site "$WORK/site.json" --dhcp-mode off --bind "${ADDR[rackside]}" \
        --boot-tree "$TREE" --quiet
}
start_tftpd-hpa() { bg tftpd-hpa.log nsx srv /usr/sbin/in.tftpd -L -u root -s "$TREE" -a "${ADDR[tftpd-hpa]}:69"; }
start_dnsmasq() {
    bg dnsmasq.log nsx srv dnsmasq --no-daemon --conf-file=/dev/null --user=root --port=0 --enable-tftp \
        --tftp-root="$TREE" --listen-address="${ADDR[dnsmasq]}" --bind-interfaces --log-facility=- \
        --pid-file="$WORK/dm.pid"
}
start_atftpd() {
    bg atftpd.log nsx srv "$ATFTPD" --daemon --no-fork --user root.root --bind-address "${ADDR[atftpd]}" --port 69 \
        --logfile /dev/null "$TREE"
}

# CPU accounting: a cpuacct cgroup per server (children included), else
# utime+stime+cutime+cstime of the process.
CGROOT=/sys/fs/cgroup/cpuacct
declare -A PID CGROUP
cgroup_join() { # SERVER PID
    [ -w "$CGROOT" ] || return 0
    local g="$CGROOT/rackside-bench-$$-$1"
    mkdir -p "$g" && echo "$2" >"$g/cgroup.procs" && CGROUP[$1]=$g
}
cgroup_leave() {
    local s
    for s in "${!CGROUP[@]}"; do rmdir "${CGROUP[$s]}" 2>/dev/null || true; done
}
cpu_ns() { # SERVER
    if [ -n "${CGROUP[$1]:-}" ]; then
        cat "${CGROUP[$1]}/cpuacct.usage"
    else
        awk -v k="$(getconf CLK_TCK)" '{ printf "%d", ($14 + $15 + $16 + $17) * 1e9 / k }' "/proc/${PID[$1]}/stat"
    fi
}

# fetch SERVER CASE: downloads file.bin to $WORK/out.bin.
fetch() {
    local host=${ADDR[$1]}
    rm -f "$WORK/out.bin"
    case $2 in
        curl-*) nsx cli curl -sS --tftp-blksize "${2#curl-}" -o "$WORK/out.bin" "tftp://$host/file.bin" ;;
        atftp-1468-w16) nsx cli atftp --option "blksize 1468" --option "windowsize 16" -g -r file.bin \
            -l "$WORK/out.bin" "$host" ;;
        atftp-*) nsx cli atftp --option "blksize ${2#atftp-}" -g -r file.bin -l "$WORK/out.bin" "$host" ;;
        *) fail "unknown case $2" ;;
    esac
}

declare -A TIME CPU
IFS=, read -ra servers <<<"$SERVERS"
IFS=, read -ra cases <<<"$CASES"
trap cgroup_leave EXIT
for s in "${servers[@]}"; do
    declare -F "start_$s" >/dev/null || fail "unknown server $s"
    "start_$s"
    PID[$s]=$LAST_PID
    cgroup_join "$s" "$LAST_PID"
done
for s in "${servers[@]}"; do
    for ((i = 0; i < 50; i++)); do
        [ -n "$(nsx srv ss -Hlun "src ${ADDR[$s]} and sport = :69")" ] && break
        sleep 0.1
    done
    [ -n "$(nsx srv ss -Hlun "src ${ADDR[$s]} and sport = :69")" ] || fail "$s did not start: $(tail -n 5 "$WORK/$s.log")"
done
echo "CPU time from ${CGROUP[${servers[0]}]:+cpuacct cgroups}${CGROUP[${servers[0]}]:-/proc/PID/stat}"
for ((r = 0; r < REPEAT; r++)); do
    for c in "${cases[@]}"; do
        for s in "${servers[@]}"; do
            [ "${TIME[$s,$c]:-}" = failed ] && continue
            before=$(cpu_ns "$s")
            t0=$(date +%s.%N)
            if ! fetch "$s" "$c" >"$WORK/fetch.log" 2>&1; then
                echo "$s $c: download failed: $(tail -n 2 "$WORK/fetch.log")"
                TIME[$s,$c]=failed
                continue
            fi
            t1=$(date +%s.%N)
            sleep 0.2 # tftpd-hpa's child exits after the last ACK
            after=$(cpu_ns "$s")
            cmp -s "$TREE/file.bin" "$WORK/out.bin" || fail "$s $c: the download differs from the file"
            t=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')
            cpu=$(awk -v a="$before" -v b="$after" 'BEGIN { printf "%.2f", (b - a) / 1e9 }')
            printf '%-10s %-15s run %d: %7s s  server CPU %5s s\n' "$s" "$c" "$((r + 1))" "$t" "$cpu"
            if [ -z "${TIME[$s,$c]:-}" ] || awk -v a="$t" -v b="${TIME[$s,$c]}" 'BEGIN { exit !(a < b) }'; then
                TIME[$s,$c]=$t
                CPU[$s,$c]=$cpu
            fi
        done
    done
done
for s in "${servers[@]}"; do stop_pid "${PID[$s]}"; done

. "$(dirname "$0")/version.sh"
ver_rackside=$(source_version)
table() {
    local head="| Case |" line="|---|" s c fastest
    for s in "${servers[@]}"; do head+=" $s |"; line+="---:|"; done
    echo "$head"
    echo "$line"
    for c in "${cases[@]}"; do
        fastest=
        for s in "${servers[@]}"; do
            t=${TIME[$s,$c]}
            [ "$t" = failed ] && continue
            if [ -z "$fastest" ] || awk -v a="$t" -v b="$fastest" 'BEGIN { exit !(a < b) }'; then fastest=$t; fi
        done
        row="| $c |"
        for s in "${servers[@]}"; do
            t=${TIME[$s,$c]}
            if [ "$t" = failed ]; then
                row+=" failed |"
            else
                row+=" $(awk -v a="$t" -v b="$fastest" -v cpu="${CPU[$s,$c]}" \
                    'BEGIN { printf "%.2f s (x%.2f, CPU %s s)", a, a / b, cpu }') |"
            fi
        done
        echo "$row"
    done
}
about() {
    echo "TFTP, ${SIZE_MIB} MiB over veth at 1 Gbit/s (tbf), best of $REPEAT taking turns, $(date -u '+%Y-%m-%d %H:%M UTC'),"
    echo "$(nproc) CPUs ($(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -n1)), Linux $(uname -r), load average $(cut -d' ' -f1-3 /proc/loadavg) at the end;"
    echo "rackside $ver_rackside. Cell: time (ratio to the fastest, server CPU)."
}
echo
about
table
if [ -n "$RESULTS" ]; then
    { echo "# TFTP benchmark results"; echo; echo "Written by tests/bench/tftp_rate.sh (tools/dev bench tftp); rerun to refresh."; echo; about; echo; table; } >"$RESULTS"
    echo "bench: results in $RESULTS"
fi

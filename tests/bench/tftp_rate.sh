#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# TFTP download speed: a 64 MiB file over a veth pair limited to 1 Gbit/s
# (tc tbf on the server side), from Rackside, tftpd-hpa, dnsmasq and
# atftpd, fetched by atftp and curl: lockstep at blksize 512 and 1468, and
# windowed (atftp, windowsize 16; curl has no windowsize). For each run the
# wall time, its ratio to the fastest server in that case, and the server's
# CPU time (utime+stime of the server and its reaped children, from
# /proc/PID/stat) for the transfer. Every download is compared with the file.
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
TICK=$(getconf CLK_TCK)
echo '{ "version": 1 }' >"$WORK/site.json"

start_rackside() {
    bg rackside.log nsx srv "$RACKSIDE" serve --site "$WORK/site.json" --dhcp-mode off --bind 10.77.0.1 \
        --boot-tree "$TREE" --quiet
}
start_tftpd-hpa() { bg tftpd-hpa.log nsx srv /usr/sbin/in.tftpd -L -u root -s "$TREE" -a 10.77.0.1:69; }
start_dnsmasq() {
    bg dnsmasq.log nsx srv dnsmasq --no-daemon --conf-file=/dev/null --user=root --port=0 --enable-tftp \
        --tftp-root="$TREE" --listen-address=10.77.0.1 --bind-interfaces --log-facility=- --pid-file="$WORK/dm.pid"
}
start_atftpd() {
    bg atftpd.log nsx srv "$ATFTPD" --daemon --no-fork --user root.root --bind-address 10.77.0.1 --port 69 \
        --logfile /dev/null "$TREE"
}

# cpu_ticks PID: utime+stime+cutime+cstime.
cpu_ticks() { awk '{ print $14 + $15 + $16 + $17 }' "/proc/$1/stat"; }

# fetch CASE: downloads file.bin to $WORK/out.bin.
fetch() {
    rm -f "$WORK/out.bin"
    case $1 in
        curl-*) nsx cli curl -sS --tftp-blksize "${1#curl-}" -o "$WORK/out.bin" tftp://10.77.0.1/file.bin ;;
        atftp-1468-w16) nsx cli atftp --option "blksize 1468" --option "windowsize 16" -g -r file.bin \
            -l "$WORK/out.bin" 10.77.0.1 ;;
        atftp-*) nsx cli atftp --option "blksize ${1#atftp-}" -g -r file.bin -l "$WORK/out.bin" 10.77.0.1 ;;
        *) fail "unknown case $1" ;;
    esac
}

declare -A TIME CPU
IFS=, read -ra servers <<<"$SERVERS"
IFS=, read -ra cases <<<"$CASES"
for s in "${servers[@]}"; do
    declare -F "start_$s" >/dev/null || fail "unknown server $s"
    "start_$s"
    pid=$LAST_PID
    for ((i = 0; i < 50; i++)); do
        [ -n "$(nsx srv ss -Hlun 'sport = :69')" ] && break
        sleep 0.1
    done
    [ -n "$(nsx srv ss -Hlun 'sport = :69')" ] || fail "$s did not start: $(tail -n 5 "$WORK/$s.log")"
    for c in "${cases[@]}"; do
        best=
        bestcpu=
        for ((r = 0; r < REPEAT; r++)); do
            before=$(cpu_ticks "$pid")
            t0=$(date +%s.%N)
            if ! fetch "$c" >"$WORK/fetch.log" 2>&1; then
                echo "$s $c: download failed: $(tail -n 2 "$WORK/fetch.log")"
                best=failed
                break
            fi
            t1=$(date +%s.%N)
            sleep 0.2 # tftpd-hpa's child is reaped after it exits
            after=$(cpu_ticks "$pid")
            cmp -s "$TREE/file.bin" "$WORK/out.bin" || fail "$s $c: the download differs from the file"
            t=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')
            cpu=$(awk -v a="$before" -v b="$after" -v k="$TICK" 'BEGIN { printf "%.2f", (b - a) / k }')
            printf '%-10s %-15s run %d: %7s s  server CPU %5s s\n' "$s" "$c" "$((r + 1))" "$t" "$cpu"
            if [ -z "$best" ] || awk -v a="$t" -v b="$best" 'BEGIN { exit !(a < b) }'; then
                best=$t
                bestcpu=$cpu
            fi
        done
        TIME[$s,$c]=$best
        CPU[$s,$c]=${bestcpu:--}
    done
    stop_pid "$pid"
    sleep 0.3
done

ver_rackside=$(git -C "$SRC" describe --always --dirty 2>/dev/null || echo unknown)
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
echo
echo "TFTP, ${SIZE_MIB} MiB over veth at 1 Gbit/s (tbf), best of $REPEAT, $(date -u '+%Y-%m-%d %H:%M UTC'),"
echo "$(nproc) CPUs, Linux $(uname -r); rackside $ver_rackside. Cell: time (ratio to the fastest, server CPU)."
table
if [ -n "$RESULTS" ]; then
    { echo "# TFTP benchmark results"; echo; table; } >"$RESULTS"
    echo "bench: results in $RESULTS"
fi

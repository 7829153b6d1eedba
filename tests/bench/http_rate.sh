#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# HTTP download speed: Rackside's HTTP server against nginx (nginx-light),
# both on 127.0.0.1 in this script's private network namespace, fetched by
# curl over loopback, two cases:
#   single  one file (--size-single, 1024 MiB), one stream;
#   many    --clients (100) at once, each fetching the same file of
#           --size-many (30) MiB, one connection a client, each from its
#           own address 127.1.x.y as if from that many machines (Rackside
#           allows 32 connections an address); the clients are split over
#           --curls (one a CPU) curl --parallel --parallel-immediate: one
#           curl alone is the bottleneck, and more only take CPU time.
# Both servers run throughout and take turns, the first of each repeat
# alternating, so a slow spell of this shared machine hits both. For each
# case and server: the best wall time over the repeats, its throughput in
# MiB/s, the server's CPU time for that run (its cpuacct cgroup, which
# counts nginx's workers too; /proc/PID/stat of the server and its children
# without cgroups) and curl's; and the ratio of Rackside's throughput to
# nginx's (the goal is 0.80 or more). Each file is first fetched once from
# each server and compared with cmp; every timed transfer must answer 200
# with the whole file. Over loopback the kernel's TCP work is charged to
# whichever side happens to run it, so read server and curl CPU together.
#
# nginx runs as Debian configures it for static files: sendfile and
# tcp_nopush on, a master and worker_processes auto (one worker a CPU, no
# pinning), keepalive and buffers at their defaults, no access log.
# Rackside reads and writes through its one network thread. So on this
# machine nginx may use every CPU and copy nothing in user space, which is
# the bar the goal is set against; --nginx-workers 1 compares one thread
# with one process.
#
# usage: http_rate.sh RACKSIDE [--size-single MIB] [--size-many MIB]
#        [--clients N] [--curls N] [--repeat N] [--nginx-workers N|auto]
#        [--results FILE]
. "$(dirname "$0")/../lib/netns.sh"
need curl cmp
NGINX=/usr/sbin/nginx
[ -x "$NGINX" ] || fail "nginx ($NGINX, package nginx-light) is missing"

shift # the rackside binary, taken by netns.sh
SIZE_SINGLE=1024
SIZE_MANY=30
CLIENTS=100
CURLS=$(nproc)
REPEAT=3
NGINX_WORKERS=auto
RESULTS=
while [ $# -gt 0 ]; do
    case $1 in
        --size-single) SIZE_SINGLE=$2; shift ;;
        --size-many) SIZE_MANY=$2; shift ;;
        --clients) CLIENTS=$2; shift ;;
        --curls) CURLS=$2; shift ;;
        --repeat) REPEAT=$2; shift ;;
        --nginx-workers) NGINX_WORKERS=$2; shift ;;
        --results) RESULTS=$2; shift ;;
        -h | --help) sed -n '2,/^$/p' "$0" | sed -n 's/^# \{0,1\}//p'; exit 0 ;;
        *) fail "unknown argument $1 (--help lists them)" ;;
    esac
    shift
done
for v in SIZE_SINGLE SIZE_MANY CLIENTS CURLS REPEAT; do
    [[ ${!v} =~ ^[1-9][0-9]*$ ]] || fail "--$(tr _ - <<<"${v,,}") must be a whole number above 0, not '${!v}'"
done
[ "$CLIENTS" -le 300 ] || fail "--clients above 300 is past curl's --parallel-max"
[ "$CURLS" -le "$CLIENTS" ] || CURLS=$CLIENTS
[[ $NGINX_WORKERS =~ ^(auto|[1-9][0-9]*)$ ]] || fail "--nginx-workers must be auto or a number"

TREE=$WORK/tree
mkdir -p "$TREE"
echo "bench: writing ${SIZE_SINGLE} MiB and ${SIZE_MANY} MiB of random data to $TREE"
head -c $((SIZE_SINGLE * 1024 * 1024)) /dev/urandom >"$TREE/single.bin"
head -c $((SIZE_MANY * 1024 * 1024)) /dev/urandom >"$TREE/many.bin"
echo '{ "version": 1 }' >"$WORK/site.json"

# Every path nginx would write (pid, lock, logs, temp dirs) is in $WORK:
# nothing under /etc/nginx, /var/lib/nginx or /var/log.
cat >"$WORK/nginx.conf" <<CONF
daemon off;
master_process on;
worker_processes $NGINX_WORKERS;
user root root;
pid $WORK/nginx.pid;
lock_file $WORK/nginx.lock;
error_log stderr warn;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    default_type application/octet-stream;
    client_body_temp_path $WORK/nginx-body;
    proxy_temp_path $WORK/nginx-proxy;
    fastcgi_temp_path $WORK/nginx-fastcgi;
    uwsgi_temp_path $WORK/nginx-uwsgi;
    scgi_temp_path $WORK/nginx-scgi;
    server {
        listen 127.0.0.1:8081;
        root $TREE;
    }
}
CONF

servers=(rackside nginx)
declare -A PORT=([rackside]=8080 [nginx]=8081)
start_rackside() {
    in_cgroup rackside rackside.log "$RACKSIDE" serve --site "$WORK/site.json" --dhcp-mode off --bind 127.0.0.1 \
        --boot-tree "$TREE" --tftp-port 0 --http-port "${PORT[rackside]}" --quiet
}
start_nginx() { in_cgroup nginx nginx.log "$NGINX" -p "$WORK" -e stderr -c "$WORK/nginx.conf"; }

# CPU accounting: each server starts inside its own cpuacct cgroup, so
# nginx's workers (forked at start) count too; without cgroups, utime+stime
# of the server and its children from /proc.
CGROOT=/sys/fs/cgroup/cpuacct
declare -A PID CGROUP
in_cgroup() { # SERVER LOG CMD...: bg CMD, in a new cgroup when we can make one
    local s=$1 log=$2 g="$CGROOT/rackside-bench-$$-$1"
    shift 2
    if [ -w "$CGROOT" ] && mkdir -p "$g"; then
        CGROUP[$s]=$g
        bg "$log" sh -c 'echo $$ >"$0/cgroup.procs" && exec "$@"' "$g" "$@"
    else
        bg "$log" "$@"
    fi
    PID[$s]=$LAST_PID
}
cpu_ns() { # SERVER
    if [ -n "${CGROUP[$1]:-}" ]; then
        cat "${CGROUP[$1]}/cpuacct.usage"
        return
    fi
    local p=${PID[$1]} f=()
    for p in $p $(cat "/proc/$p/task/"*/children 2>/dev/null); do f+=("/proc/$p/stat"); done
    cat "${f[@]}" 2>/dev/null | awk -v k="$(getconf CLK_TCK)" '{ t += $14 + $15 } END { printf "%d", t * 1e9 / k }'
}
# curl's CPU: what this shell's waited-for children used (cutime + cstime).
client_ns() { awk -v k="$(getconf CLK_TCK)" '{ printf "%d", ($16 + $17) * 1e9 / k }' "/proc/$$/stat"; }
# Stop the servers before their cgroups can go, then netns.sh's cleanup.
finish() {
    local rc=$? s i
    set +e
    for s in "${!PID[@]}"; do stop_pid "${PID[$s]}"; done
    for s in "${!CGROUP[@]}"; do
        for ((i = 0; i < 20; i++)); do rmdir "${CGROUP[$s]}" 2>/dev/null && break; sleep 0.1; done
    done
    (exit $rc)
    cleanup
}
trap finish EXIT

url() { echo "http://127.0.0.1:${PORT[$1]}/$2"; }

# The many case: CURLS curl configs a server, client i in config i % CURLS
# (one connection each, from its own address).
many_configs() { # SERVER
    local p i f
    for ((p = 0; p < CURLS; p++)); do
        f=$WORK/many-$1-$p.curlrc
        printf 'parallel\nparallel-immediate\nparallel-max = %d\n' "$CLIENTS" >"$f"
        for ((i = p; i < CLIENTS; i += CURLS)); do
            ((i == p)) || echo next
            printf 'url = "%s"\ninterface = "127.1.%d.%d"\noutput = "/dev/null"\n' \
                "$(url "$1" many.bin)" $((i / 250)) $((i % 250 + 1))
            echo 'write-out = "%{http_code} %{size_download}\n"'
        done >>"$f"
    done
}

# fetch SERVER CASE: one timed run; sets T (s), CPU_S and CPU_C (s), or fails.
fetch() {
    local s=$1 c=$2 p pids=() want n ok before after before_c after_c t0 t1
    rm -f "$WORK"/fetch.*
    before=$(cpu_ns "$s")
    before_c=$(client_ns)
    t0=$EPOCHREALTIME
    if [ "$c" = single ]; then
        curl -sS -o /dev/null -w '%{http_code} %{size_download}\n' "$(url "$s" single.bin)" \
            >"$WORK/fetch.0.out" 2>"$WORK/fetch.0.err" || true
    else
        for ((p = 0; p < CURLS; p++)); do
            curl -sS -K "$WORK/many-$s-$p.curlrc" >"$WORK/fetch.$p.out" 2>"$WORK/fetch.$p.err" &
            pids+=($!)
        done
        for p in "${pids[@]}"; do wait "$p" || true; done
    fi
    t1=$EPOCHREALTIME
    after_c=$(client_ns)
    after=$(cpu_ns "$s")
    if [ "$c" = single ]; then want=$((SIZE_SINGLE * 1024 * 1024)) n=1; else want=$((SIZE_MANY * 1024 * 1024)) n=$CLIENTS; fi
    ok=$(cat "$WORK"/fetch.*.out | grep -cx "200 $want" || true)
    [ "$ok" = "$n" ] || fail "$s $c: $ok of $n transfers were whole (200, $want bytes); answers:" \
        "$(cat "$WORK"/fetch.*.out | sort | uniq -c | awk '{ printf "%d x %s %s B; ", $1, $2, $3 }')" \
        "$(cat "$WORK"/fetch.*.err | head -n 3)"
    T=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')
    CPU_S=$(awk -v a="$before" -v b="$after" 'BEGIN { printf "%.2f", (b - a) / 1e9 }')
    CPU_C=$(awk -v a="$before_c" -v b="$after_c" 'BEGIN { printf "%.2f", (b - a) / 1e9 }')
}

for s in "${servers[@]}"; do "start_$s" && many_configs "$s"; done
wait_for 20 "$WORK/rackside.log" 'rackside: .*HTTP on port' || fail "rackside did not start: $(tail -n 5 "$WORK/rackside.log")"
for ((i = 0; i < 100; i++)); do
    curl -sfI -o /dev/null "$(url nginx many.bin)" && break
    kill -0 "${PID[nginx]}" 2>/dev/null || break
    sleep 0.1
done
curl -sfI -o /dev/null "$(url nginx many.bin)" || fail "nginx did not start: $(tail -n 5 "$WORK/nginx.log")"
echo "bench: server CPU time from $([ -n "${CGROUP[rackside]:-}" ] && echo "cpuacct cgroups" || echo /proc/PID/stat)"

# Once each: the bytes must be the file's (this also reads both into the page cache).
for s in "${servers[@]}"; do
    for f in single.bin many.bin; do
        curl -sS --fail "$(url "$s" $f)" | cmp -s - "$TREE/$f" || fail "$s: $f over HTTP differs from the file"
    done
done

cases=(single many)
declare -A TIME CPU CCPU
for ((r = 0; r < REPEAT; r++)); do
    order=("${servers[@]}")
    ((r % 2)) && order=("${servers[1]}" "${servers[0]}")
    for c in "${cases[@]}"; do
        for s in "${order[@]}"; do
            fetch "$s" "$c"
            printf '%-8s %-6s run %d: %8s s  server CPU %6s s  curl CPU %6s s\n' "$s" "$c" "$((r + 1))" "$T" "$CPU_S" "$CPU_C" |
                tee -a "$WORK/runs"
            if [ -z "${TIME[$s,$c]:-}" ] || awk -v a="$T" -v b="${TIME[$s,$c]}" 'BEGIN { exit !(a < b) }'; then
                TIME[$s,$c]=$T CPU[$s,$c]=$CPU_S CCPU[$s,$c]=$CPU_C
            fi
        done
    done
done
LOAD_END=$(cut -d' ' -f1-3 /proc/loadavg)

. "$(dirname "$0")/version.sh"
ver_rackside=$(source_version)
ver_nginx=$("$NGINX" -v 2>&1 | sed 's|.*nginx/||')
declare -A MIB=([single]=$SIZE_SINGLE [many]=$((SIZE_MANY * CLIENTS)))
declare -A LABEL=([single]="1 × $SIZE_SINGLE MiB, one stream" [many]="$CLIENTS clients × $SIZE_MANY MiB at once")
rate() { awk -v m="${MIB[$2]}" -v t="${TIME[$1,$2]}" 'BEGIN { printf "%.0f", m / t }'; }
table() {
    echo "| Case | rackside | nginx | rackside / nginx |"
    echo "|---|---:|---:|---:|"
    local c s row ratio
    for c in "${cases[@]}"; do
        row="| ${LABEL[$c]} |"
        for s in "${servers[@]}"; do
            row+=" ${TIME[$s,$c]} s, $(rate "$s" "$c") MiB/s (CPU ${CPU[$s,$c]} s, curl ${CCPU[$s,$c]} s) |"
        done
        ratio=$(awk -v r="${TIME[rackside,$c]}" -v n="${TIME[nginx,$c]}" \
            'BEGIN { printf "%.2f%s", n / r, (n / r >= 0.8 ? "" : " (below 0.80)") }')
        echo "$row $ratio |"
    done
}
about() {
    echo "HTTP over loopback, curl $(curl --version | sed -n '1s/^curl \([^ ]*\).*/\1/p') ($CURLS processes for the $CLIENTS clients), best of $REPEAT taking turns, $(date -u '+%Y-%m-%d %H:%M UTC'),"
    echo "$(nproc) CPUs ($(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -n1)), Linux $(uname -r), load average $LOAD_END at the end;"
    echo "rackside $ver_rackside (one network thread), nginx $ver_nginx (sendfile, worker_processes $NGINX_WORKERS)."
    echo "Cell: best wall time, throughput (server CPU, curl CPU in that run); last column: throughput ratio, goal 0.80 or more."
}
echo
about
echo
table
if [ -n "$RESULTS" ]; then
    {
        echo "# HTTP benchmark results"
        echo
        echo "Written by tests/bench/http_rate.sh (tools/dev bench http); rerun to refresh."
        echo
        about
        echo
        table
        echo
        echo "## Every run"
        echo
        echo '```'
        cat "$WORK/runs"
        echo '```'
    } >"$RESULTS"
    echo "bench: results in $RESULTS"
fi

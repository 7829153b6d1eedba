#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# curl against Rackside's HTTP server over a veth pair in private namespaces:
# HEAD, byte ranges (start, middle, suffix, past the end), several requests
# on one kept-alive connection, a sparse file over 4 GiB streamed
# byte-identical, hostile requests (traversal, huge heads, a client that
# never finishes its head) answered with errors while other clients are
# served; then unattended installs: a kickstart asked for with Anaconda's
# X-RHN-Provisioning-MAC header gets that host's rendered file, an unknown
# MAC the 404 that says why, the client's own MAC (from the neighbour table)
# its own; install-done switches the host to its local disk, in the site
# file and in the grub.cfg served next by HTTP and TFTP.
. "$(dirname "$0")/../lib/netns.sh"
. "$SRC/tests/lib/tftp.sh"
need curl python3 cmp dd truncate

tftp_pair
TREE=$WORK/tree
tftp_tree "$TREE"
CLI_MAC=$CLIENT_MAC
KS_MAC=52:54:00:12:34:56

# > 4 GiB, sparse, with marks across the 4 GiB line and at the end, so a
# 32-bit length or offset anywhere shows as a mismatch.
BIG=$TREE/huge.img
BIG_SIZE=$((4 * 1024 * 1024 * 1024 + 5 * 1024 * 1024 + 3))
truncate -s "$BIG_SIZE" "$BIG"
mark() { printf '%s' "$2" | dd of="$BIG" bs=1 seek="$1" conv=notrunc status=none; }
mark 0 "start of huge.img"
mark $((4 * 1024 * 1024 * 1024 - 7)) "across the 4 GiB line"
mark $((BIG_SIZE - 11)) "end of file"

cat >"$WORK/site.json" <<JSON
{
  "version": 1,
  "serverAddress": "10.77.0.1",
  "menus": [ { "name": "install", "title": "Install", "default": "debian", "timeout": 5,
      "entries": [ { "name": "debian", "title": "Debian", "kernel": "small.bin", "initrds": [],
                     "args": "auto=true url=http://{server}/answers/preseed.cfg" } ] } ],
  "hosts": [
    { "mac": "$KS_MAC", "hostname": "ks-host", "ip": "10.77.0.50", "menu": "" },
    { "mac": "$CLI_MAC", "hostname": "cli-host", "ip": "", "menu": "", "variables": { "disk": "vdb" } }
  ],
  "answerFiles": [
    { "name": "ks.cfg", "text": "network --hostname={hostname} --device={mac}\n# disk {disk} ip {ip} server {server}\n%post\ncurl http://{server}/install-done\n%end\n" }
  ],
  "variables": { "disk": "sda" },
  "httpFolders": { "mirror": "mirror" }
}
JSON
# A folder of the site's own beside the boot tree (a package mirror).
mkdir -p "$WORK/mirror/dists/trixie"
echo "Suite: trixie" >"$WORK/mirror/dists/trixie/Release"
# A second address on the client with a MAC no host has (macvlan), so a
# request from it is told apart by its X-RHN header alone. arp_ignore: only
# mv0 answers ARP for its own address, so the server learns mv0's MAC.
nsx cli sysctl -qw net.ipv4.conf.all.arp_ignore=1
nsx cli ip link add mv0 link cli0 type macvlan mode private
nsx cli ip addr add 10.77.0.3/16 dev mv0
nsx cli ip link set mv0 up
bg server.log nsx srv "$RACKSIDE" serve --site "$WORK/site.json" --dhcp-mode off --bind 10.77.0.1 \
    --boot-tree "$TREE"
SERVER=$LAST_PID
wait_for 10 "$WORK/server.log" 'rackside: .*HTTP on port 80' || fail "rackside did not start HTTP: $(cat "$WORK/server.log")"
URL=http://10.77.0.1
c() { nsx cli curl -sS "$@"; }

# --- HEAD, ranges, keep-alive ---
head_out=$(c -I "$URL/boot/grub/medium.bin" | tr -d '\r')
grep -q '^HTTP/1.1 200 ' <<<"$head_out" || fail "HEAD: $head_out"
grep -qx "Content-Length: $(file_size "$TREE/boot/grub/medium.bin")" <<<"$head_out" || fail "HEAD length: $head_out"
grep -qx 'Accept-Ranges: bytes' <<<"$head_out" || fail "HEAD without Accept-Ranges: $head_out"
pass "HEAD: 200, exact Content-Length, Accept-Ranges"

range() { # range SPEC OFFSET LENGTH: a 206 with exactly those bytes
    local spec=$1 offset=$2 length=$3 size
    size=$(file_size "$TREE/boot/grub/medium.bin")
    c -D "$WORK/range.head" -o "$WORK/range.out" -r "$spec" "$URL/boot/grub/medium.bin" || fail "range $spec"
    tr -d '\r' <"$WORK/range.head" | grep -q '^HTTP/1.1 206 ' || fail "range $spec: $(cat "$WORK/range.head")"
    tr -d '\r' <"$WORK/range.head" | grep -qx "Content-Range: bytes $offset-$((offset + length - 1))/$size" ||
        fail "range $spec: $(cat "$WORK/range.head")"
    dd if="$TREE/boot/grub/medium.bin" of="$WORK/range.want" bs=1M iflag=skip_bytes,count_bytes \
        skip="$offset" count="$length" status=none
    cmp "$WORK/range.out" "$WORK/range.want" || fail "range $spec: wrong bytes"
}
SIZE=$(file_size "$TREE/boot/grub/medium.bin")
range 0-99 0 100
range 1000000-2000000 1000000 1000001
range -500 $((SIZE - 500)) 500
range "$((SIZE - 10))-" $((SIZE - 10)) 10
code=$(c -o /dev/null -w '%{http_code}' -r "$((SIZE + 5))-" "$URL/boot/grub/medium.bin")
[ "$code" = 416 ] || fail "a range past the end got $code, not 416"
pass "Range: start, middle, suffix, open end are 206 with the right bytes; past the end is 416"

# Three files on one connection: curl connects once and reuses it twice.
connects=$(c -o /dev/null -o /dev/null -o /dev/null -w '%{num_connects} ' \
    "$URL/small.bin" "$URL/boot/grub/medium.bin" "$URL/small.bin")
[ "$connects" = "1 0 0 " ] || fail "keep-alive: connections per transfer were '$connects', not '1 0 0 '"
pass "keep-alive: three requests on one connection"

# --- > 4 GiB ---
c -I "$URL/huge.img" | tr -d '\r' | grep -qx "Content-Length: $BIG_SIZE" || fail "HEAD of huge.img"
start=$(date +%s%N)
c "$URL/huge.img" | cmp - "$BIG" || fail "huge.img differs"
ms=$(( ($(date +%s%N) - start) / 1000000 ))
c -r "$((4 * 1024 * 1024 * 1024 - 7))-$((4 * 1024 * 1024 * 1024 + 13))" "$URL/huge.img" | grep -q "across the 4 GiB line" ||
    fail "a range across the 4 GiB line"
pass "huge.img ($BIG_SIZE bytes, sparse) byte-identical in $ms ms; a range across 4 GiB"

# --- Hostile requests while others are served ---
status() { c -o "$WORK/body" -w '%{http_code}' "$@"; }
[ "$(status --path-as-is "$URL/../outside/secret")" = 403 ] || fail "traversal was not refused"
[ "$(status --path-as-is "$URL/secret-link")" = 403 ] || fail "a symlink out of the tree was not refused"
[ "$(status --path-as-is "$URL/%2e%2e/outside/secret")" = 403 ] || fail "an escaped traversal was not refused"
[ "$(status "$URL/no/such/file")" = 404 ] || fail "a missing file was not 404"
grep -q 'not found: no/such/file' "$WORK/body" || fail "the 404 body does not say what: $(cat "$WORK/body")"
[ "$(status -H "X-Big: $(head -c 20000 /dev/zero | tr '\0' a)" "$URL/small.bin")" = 431 ] || fail "a 20 KB header field was not 431"
[ "$(status "$URL/$(head -c 9000 /dev/zero | tr '\0' a)")" = 414 ] || fail "a 9 KB request line was not 414"
[ "$(status -X POST -d x "$URL/small.bin")" = 413 ] || [ "$(status -X POST "$URL/small.bin")" = 405 ] ||
    fail "POST was not refused"
pass "traversal 403, missing 404 with the path, 431, 414, POST refused"

# A client that sends half a head and waits: 408 after 10 s, while curl is served meanwhile.
nsx cli python3 - >"$WORK/slow.out" 2>&1 <<'PY' &
import socket, time
s = socket.create_connection(("10.77.0.1", 80))
s.sendall(b"GET /small.bin HTTP/1.1\r\nHost: x\r\n")
s.settimeout(20)
start = time.time()
data, first = b"", None
# Until the server ends the connection: with a reset once the client has had
# the answer and 2 s to close first (it never leaves a half-closed socket).
while True:
    try:
        chunk = s.recv(4096)
    except ConnectionResetError:
        break
    if not chunk:
        break
    first = first or time.time()
    data += chunk
print("%s after %.1f s" % (data.split(b"\r\n")[0].decode(), (first or time.time()) - start))
PY
SLOW=$!
sleep 1
for i in 1 2 3; do
    c -o "$WORK/meanwhile.out" "$URL/boot/grub/medium.bin" || fail "curl was not served beside the slow client"
    cmp "$WORK/meanwhile.out" "$TREE/boot/grub/medium.bin" || fail "curl got the wrong bytes beside the slow client"
done
wait $SLOW || fail "the slow client: $(cat "$WORK/slow.out")"
grep -qE '^HTTP/1.1 408 .* after (9|1[0-2])\.' "$WORK/slow.out" || fail "the slow client: $(cat "$WORK/slow.out")"
pass "a half-sent head: $(cat "$WORK/slow.out"); three downloads meanwhile"

# --- A site folder ---
[ "$(c "$URL/mirror/dists/trixie/Release")" = "Suite: trixie" ] || fail "the site's mirror folder is not served"
[ "$(status --path-as-is "$URL/mirror/../site.json")" = 403 ] || fail "the mirror folder let a request out"
pass "httpFolders: mirror/dists/trixie/Release served, mirror/../site.json refused"

# --- Answer files ---
c --interface mv0 -o "$WORK/ks.out" -H "X-RHN-Provisioning-MAC-0: eth0 $KS_MAC" "$URL/answers/ks.cfg" ||
    fail "kickstart: $(cat "$WORK/ks.out")"
printf 'network --hostname=ks-host --device=%s\n# disk sda ip 10.77.0.50 server 10.77.0.1\n%%post\ncurl http://10.77.0.1/install-done\n%%end\n' \
    "$KS_MAC" >"$WORK/ks.want"
cmp "$WORK/ks.out" "$WORK/ks.want" || fail "kickstart for $KS_MAC: $(cat "$WORK/ks.out")"
pass "from a MAC no host has, X-RHN-Provisioning-MAC-0: eth0 $KS_MAC -> ks-host's kickstart"

# A host (cli-host, by the neighbour table) announcing another host's MAC is refused.
code=$(c -o "$WORK/conflict.out" -w '%{http_code}' -H "X-RHN-Provisioning-MAC-0: eth0 $KS_MAC" "$URL/answers/ks.cfg")
[ "$code" = 404 ] && grep -q "belongs to cli-host" "$WORK/conflict.out" ||
    fail "cli-host announcing ks-host's MAC got $code: $(cat "$WORK/conflict.out")"
code=$(c -o "$WORK/conflict.out" -w '%{http_code}' "$URL/answers/$KS_MAC/ks.cfg")
[ "$code" = 404 ] && grep -q "cli-host ($CLI_MAC) asked for the answers of $KS_MAC: refused" "$WORK/conflict.out" ||
    fail "cli-host asking for ks-host's answers by URL got $code: $(cat "$WORK/conflict.out")"
pass "a host never gets another host's answers: $(cat "$WORK/conflict.out")"

code=$(c --interface mv0 -o "$WORK/ks404.out" -w '%{http_code}' -H "X-RHN-Provisioning-MAC-0: eth0 52:54:00:99:99:99" \
    -H "X-RHN-Provisioning-MAC-1: eth1 52:54:00:99:99:98" "$URL/answers/ks.cfg")
[ "$code" = 404 ] || fail "an unknown MAC got $code"
grep -q 'no host in the site has the MAC 52:54:00:99:99:99, 52:54:00:99:99:98' "$WORK/ks404.out" ||
    fail "the 404 does not say why: $(cat "$WORK/ks404.out")"
pass "unknown MACs -> 404: $(cat "$WORK/ks404.out")"

# No header: the client's own MAC, from the server's neighbour table.
c -o "$WORK/own.out" "$URL/answers/ks.cfg" || fail "own kickstart: $(cat "$WORK/own.out")"
grep -qx "network --hostname=cli-host --device=$CLI_MAC" "$WORK/own.out" || fail "own kickstart: $(cat "$WORK/own.out")"
grep -qx '# disk vdb ip 10.77.0.2 server 10.77.0.1' "$WORK/own.out" || fail "own kickstart: $(cat "$WORK/own.out")"
pass "no header: the client's own host (cli-host, its {disk}, its address)"

# --- Install done ---
c -o "$WORK/menu.before" "$URL/boot/grub/grub.cfg-01-${KS_MAC//:/-}"
grep -q 'linux /small.bin' "$WORK/menu.before" || fail "before install-done: $(cat "$WORK/menu.before")"
c --interface mv0 -o "$WORK/done.out" "$URL/install-done/$KS_MAC" || fail "install-done: $(cat "$WORK/done.out")"
grep -q 'ks-host (52:54:00:12:34:56) is installed' "$WORK/done.out" || fail "install-done said: $(cat "$WORK/done.out")"
wait_for 5 "$WORK/server.log" 'is installed: its next boot is its local disk \(saved in' ||
    fail "serve did not save the install"
python3 - "$WORK/site.json" "$KS_MAC" <<'PY' || fail "the site file: $(cat "$WORK/site.json")"
import json, sys
site = json.load(open(sys.argv[1]))
host = [h for h in site["hosts"] if h["mac"] == sys.argv[2]][0]
assert host.get("nextBoot") == "local", host
assert all(h.get("nextBoot", "menu") == "menu" for h in site["hosts"] if h["mac"] != sys.argv[2])
assert site["answerFiles"][0]["name"] == "ks.cfg"
PY
sleep 0.5 # the served files follow on a worker thread
c -o "$WORK/menu.after" "$URL/boot/grub/grub.cfg-01-${KS_MAC//:/-}"
grep -q 'is installed: boot its local disk' "$WORK/menu.after" || fail "after install-done (HTTP): $(cat "$WORK/menu.after")"
grep -q 'chainloader' "$WORK/menu.after" && ! grep -q 'linux /small.bin' "$WORK/menu.after" ||
    fail "after install-done: $(cat "$WORK/menu.after")"
c -o "$WORK/menu.tftp" "tftp://10.77.0.1/boot/grub/grub.cfg-01-${KS_MAC//:/-}"
cmp "$WORK/menu.after" "$WORK/menu.tftp" || fail "TFTP serves another grub.cfg than HTTP after install-done"
c -o "$WORK/menu.other" "$URL/boot/grub/grub.cfg-01-${CLI_MAC//:/-}"
grep -q 'linux /small.bin' "$WORK/menu.other" || fail "another host lost its menu: $(cat "$WORK/menu.other")"
pass "install-done: site file says nextBoot local; grub.cfg over HTTP and TFTP boots the disk; others keep the menu"

# The timeline: the answer file and the install on the host's lane.
grep -q "$KS_MAC  session 1: answers answers/ks.cfg" "$WORK/server.log" || fail "no answers stage for $KS_MAC"
grep -q "$KS_MAC  session 1: installed after" "$WORK/server.log" || fail "no installed stage for $KS_MAC"
grep -q 'HTTP failed.*answers/ks.cfg: no host in the site' "$WORK/server.log" || fail "the refused kickstart is not on the timeline"
pass "timeline: answers and installed for $KS_MAC; the refused request noted"
kill "$SERVER"

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The network doctor (issue 19): each field failure made real in namespaces
# with real clients, and the words `rackside serve` prints on that machine's
# lane for it.
#
#   (a) a namespace already holds the first address of the range (its
#       kernel answers ARP, as arping proves): the client is offered the
#       next one, and its lane says which device holds the first;
#   (b) dnsmasq (with --no-ping, so it answers first) wins a client: its
#       lane names dnsmasq, the address it took and ours;
#   (c) a client whose bridge port stays in spanning tree's listening
#       state for 20 s (bridge link set ... state 1): dhclient's first
#       DISCOVER that gets through says how long it had been asking;
#       dnsmasq starting mid-session is an alarm with its address and MAC
#       (the watch runs every 3 s here);
#   (d) a client behind an MTU of 1200 asks for 1468-byte TFTP blocks
#       (curl): the first download ends with an error after 3 tries, the
#       lane says why, and the same request again gets 1024-byte blocks
#       and the whole file;
#   (e) the server namespace has a second interface, srv1, where a client
#       asks to boot: its lane says where it asks and where Rackside answers;
#   (g) serve --pcap: after it stops, tshark reads each machine's pcapng and
#       finds there what the lane told: the ARP answer of the device holding
#       10.77.0.100, DHCP's four messages, the TFTP options, block 1 sent
#       three times and the error, an HTTP request and response head;
#   (f) on a network of its own (br1), a second Rackside whose namespace has
#       an nftables rule dropping UDP 69: serve warns at start, naming the
#       rule; a client gets its address, its TFTP download times out (the
#       drop is real), and 30 s later its lane says the boot file was never
#       asked for, with the firewall's rule as the reason.
#
# RACKSIDE_RECORD=FILE keeps the main server's events (the timeline fixture
# tests/data/timeline/network-doctor.jsonl was made so).
. "$(dirname "$0")/../lib/netns.sh"

need udhcpc dhclient arping dnsmasq bridge curl nft tshark timeout

net_add srv "" 10.77.0.1/24
net_add squat 02:00:00:00:5a:01 10.77.0.100/24
net_add cla 02:00:00:00:00:a1
net_add clb 02:00:00:00:00:b1
net_add late 02:00:00:00:00:c1
net_add dns 02:00:00:00:00:d2 10.77.0.2/24
net_add mtu 02:00:00:00:00:d1 10.77.0.60/24
nsx mtu ip link set mtu0 mtu 1200

# A second interface of the server's, with a machine behind it.
ip netns add stray
ip link add srv1 netns srv type veth peer name stray0 netns stray address 02:00:00:00:00:e1
nsx srv ip link set srv1 up
nsx stray ip link set stray0 up

mkdir -p "$WORK/boot-tree"
head -c 300000 /dev/urandom >"$WORK/boot-tree/big.bin"

# (f) first, as its lane needs 30 s of silence: its own bridge, server and client.
ip link add br1 type bridge
ip link set br1 up
for ns in fw fwc; do
    ip netns add $ns
    ip link add ${ns}0 type veth peer name ${ns}-br
    ip link set ${ns}-br master br1 up
    ip link set ${ns}0 netns $ns
    nsx $ns ip link set lo up
    nsx $ns ip link set ${ns}0 up
done
nsx fwc ip link set fwc0 address 02:00:00:00:00:f1
nsx fw ip addr add 10.77.0.1/24 dev fw0
nsx fw nft -f - <<'NFT'
table inet lockdown {
    chain input {
        type filter hook input priority 0; policy accept;
        ct state established,related accept
        udp dport 69 drop
    }
}
NFT
mkdir -p "$WORK/fw/boot-tree"
head -c 1000 /dev/urandom >"$WORK/fw/boot-tree/core.0"
write_site "$WORK/fw/site.json" serve
sed -i 's/"srv0"/"fw0"/; s|"boot/grub/i386-pc/core.0"|"core.0"|' "$WORK/fw/site.json"
bg fw-serve.log nsx fw "$RACKSIDE" serve --site "$WORK/fw/site.json" --rogue-timeout 1000
FW_SERVE=$LAST_PID

write_site "$WORK/site.json" serve
bg serve.log nsx srv "$RACKSIDE" serve --site "$WORK/site.json" --rogue-timeout 1000 --rogue-watch 3000 --pcap "$WORK/pcap" \
    ${RACKSIDE_RECORD:+--record "$RACKSIDE_RECORD"}
SERVE=$LAST_PID
wait_for 15 "$WORK/serve.log" 'DHCP server on srv0' || fail "serve did not start: $(cat "$WORK/serve.log")"

PXE_VENDOR=PXEClient:Arch:00000:UNDI:002001
# pxe_udhcpc NS: one DHCP exchange as BIOS PXE firmware announces itself
# (vendor class, architecture 0); prints the address it was given.
pxe_udhcpc() {
    local ns=$1
    nsx "$ns" udhcpc -i "${ns}0" -n -q -t 6 -T 1 -V "$PXE_VENDOR" -x 0x5d:0000 \
        -s "$WORK/print-ip.sh" 2>>"$WORK/udhcpc-$ns.log"
}
cat >"$WORK/print-ip.sh" <<'SH'
#!/bin/sh
[ "$1" = bound ] && echo "$ip serverid=$serverid"
exit 0
SH
chmod +x "$WORK/print-ip.sh"

# lane MAC PATTERN SECONDS: wait for a session line of MAC matching PATTERN.
lane() {
    wait_for "$3" "$WORK/serve.log" "  $1  session [0-9]+: $2" ||
        fail "no lane line for $1 matching '$2': $(grep "  $1  " "$WORK/serve.log" | tail -n 8)"
    grep -E "  $1  session [0-9]+: $2" "$WORK/serve.log" | head -n 1 | sed 's/^.*session/session/'
}

# --- (f) the firewall check at start, and a client that cannot fetch its file.
wait_for 15 "$WORK/fw-serve.log" 'DHCP server on fw0' || fail "the second serve did not start: $(cat "$WORK/fw-serve.log")"
wait_for 10 "$WORK/fw-serve.log" "rackside: warning: the laptop's firewall \(nftables\) drops UDP port 69 \(TFTP\) arriving on fw0: table inet lockdown, chain input, rule handle [0-9]+\. Allow the ports" ||
    fail "no warning about the nftables rule: $(grep -v '  DHCP ' "$WORK/fw-serve.log")"
grep -q 'drops UDP port 67' "$WORK/fw-serve.log" && fail "the firewall check blames port 67: $(grep firewall "$WORK/fw-serve.log")"
GOT=$(nsx fwc udhcpc -i fwc0 -n -q -t 6 -T 1 -V "$PXE_VENDOR" -x 0x5d:0000 -s "$WORK/print-ip.sh" 2>/dev/null) ||
    fail "the client behind the firewall got no address"
nsx fwc ip addr add "${GOT%% *}/24" dev fwc0
nsx fwc timeout 10 curl -sS -o /dev/null tftp://10.77.0.1/core.0 2>/dev/null &&
    fail "the client fetched core.0 through a firewall that drops UDP 69"
FW_ACKED=$SECONDS

# --- (c) starts first: its 20 s run while (a) and (b) go on.
cat >"$WORK/late.conf" <<CONF
option pxe-arch code 93 = unsigned integer 16;
send vendor-class-identifier "$PXE_VENDOR";
send pxe-arch 0;
initial-interval 1;
backoff-cutoff 2;
timeout 60;
CONF
bridge link set dev late-br state 1 || fail "cannot put late-br into the listening state"
bg port.log sh -c 'sleep 20; bridge link set dev late-br state 3 && echo forwarding'
bg dhclient-late.log nsx late dhclient -d -v -1 -cf "$WORK/late.conf" -sf /bin/true -lf "$WORK/late.leases" \
    -pf "$WORK/late.pid" late0

# --- (a) the first address of the range is taken by a device that answers ARP.
# Duplicate address detection, as a client without an address can ask:
# arping -D exits 1 when someone answers.
nsx cla arping -D -c 2 -w 3 -I cla0 10.77.0.100 >"$WORK/arping.log" 2>&1 &&
    fail "arping: nobody answers for 10.77.0.100, the test set-up is wrong: $(cat "$WORK/arping.log")"
grep -qi '02:00:00:00:5a:01' "$WORK/arping.log" || fail "10.77.0.100 answered from another MAC: $(cat "$WORK/arping.log")"
GOT=$(pxe_udhcpc cla) || fail "client a got no lease: $(cat "$WORK/udhcpc-cla.log")"
[[ $GOT == "10.77.0.101 serverid=10.77.0.1" ]] || fail "client a was given '$GOT', not 10.77.0.101 from Rackside"
LINE=$(lane 02:00:00:00:00:a1 'diagnosis: 10\.77\.0\.100 is in use by 02:00:00:00:5a:01 \(it answered ARP\): offered 10\.77\.0\.101 instead\. What to do: .*reservation' 5)
pass "address in use: $LINE"

# --- (b) dnsmasq answers at once; Rackside waits for its ARP check first.
dnsmasq_start dns dnsmasq.log --no-ping
GOT=$(pxe_udhcpc clb) || fail "client b got no lease: $(cat "$WORK/udhcpc-clb.log")"
[[ $GOT =~ ^10\.77\.0\.2[0-2][0-9]\ serverid=10\.77\.0\.2$ ]] || fail "client b did not take dnsmasq's offer: '$GOT'"
TOOK=${GOT%% *}
LINE=$(lane 02:00:00:00:00:b1 "diagnosis: took ${TOOK//./\\.} from the DHCP server 10\.77\.0\.2; Rackside had 10\.77\.0\.1[0-5][0-9] ready for it\. What to do: .*proxy" 5)
lane 02:00:00:00:00:b1 "failed after .*: took ${TOOK//./\\.} from the DHCP server 10\.77\.0\.2" 1 >/dev/null
pass "another server chosen: $LINE"
wait_for 10 "$WORK/serve.log" 'rackside: warning: a new DHCP server answers on srv0: 10\.77\.0\.2 \(02:00:00:00:00:d2\) offered 10\.77\.0\.2[0-2][0-9]\. Machines may take' ||
    fail "no alarm about dnsmasq: $(grep warning "$WORK/serve.log")"
pass "new DHCP server: $(grep -o 'a new DHCP server answers.*offered [0-9.]*' "$WORK/serve.log" | head -n 1)"
stop_pid "$DNSMASQ_PID"

# --- (d) blocks of 1468 bytes do not fit through the client's 1200-byte MTU.
nsx mtu arping -c 1 -w 2 -I mtu0 10.77.0.1 >/dev/null || fail "the MTU client cannot reach 10.77.0.1"
RC=0
nsx mtu timeout 30 curl -sS --tftp-blksize 1468 -o "$WORK/first.bin" tftp://10.77.0.1/big.bin \
    2>"$WORK/curl-first.err" || RC=$?
[ "$RC" != 0 ] || fail "the first download with 1468-byte blocks through an MTU of 1200 succeeded: the test set-up is wrong"
grep -q 'TFTP' "$WORK/curl-first.err" || fail "curl did not get Rackside's TFTP error: $(cat "$WORK/curl-first.err")"
LINE=$(lane 02:00:00:00:00:d1 'diagnosis: TFTP stalled at 1468-byte blocks: none got through, while smaller packets did\. It gets at most 1024-byte blocks for the next 30 minutes\. What to do: Path MTU smaller than 1500\?' 5)
nsx mtu timeout 30 curl -sS --tftp-blksize 1468 -o "$WORK/second.bin" tftp://10.77.0.1/big.bin ||
    fail "the second download failed"
cmp -s "$WORK/second.bin" "$WORK/boot-tree/big.bin" || fail "the second download differs from big.bin"
grep -qE '02:00:00:00:00:d1  TFTP read +big\.bin \(300000 bytes; .*blksize 1024' "$WORK/serve.log" ||
    fail "the second download was not served with 1024-byte blocks: $(grep 'TFTP read' "$WORK/serve.log")"
pass "path MTU: $LINE; the second download got 300,000 bytes in 1024-byte blocks"
nsx mtu curl -sS -o /dev/null http://10.77.0.1/big.bin || fail "HTTP from the MTU client failed"

# --- (e) a machine on the server's other interface.
nsx stray udhcpc -i stray0 -n -q -t 2 -T 1 -V "$PXE_VENDOR" -x 0x5d:0000 -s /bin/true >/dev/null 2>&1 &&
    fail "the client on srv1 got an address: nothing should answer there"
LINE=$(lane 02:00:00:00:00:e1 'diagnosis: asks to boot on srv1, but Rackside answers only on srv0\. What to do: Rackside answers only on the interface chosen' 5)
pass "other interface: $LINE"

# --- (c) the port forwards after 20 s.
wait_for 25 "$WORK/port.log" forwarding || fail "late-br was not set forwarding: $(cat "$WORK/port.log")"
LINE=$(lane 02:00:00:00:00:c1 'diagnosis: its first DHCP request reached Rackside (1[5-9]|[23][0-9]) s after it began asking: the earlier ones were lost on the way\. What to do: .*edge port' 15)
wait_for 10 "$WORK/dhclient-late.log" 'bound to 10\.77\.0\.' || fail "dhclient got no lease: $(cat "$WORK/dhclient-late.log")"
pass "spanning-tree delay: $LINE"

# --- (f) 30 s after its address, the lane's verdict names the rule.
LINE=$(WORK=$WORK; wait_for $((45 - (SECONDS - FW_ACKED))) "$WORK/fw-serve.log" '02:00:00:00:00:f1  session [0-9]+: diagnosis: the laptop' ||
    fail "no firewall diagnosis on the lane: $(grep '02:00:00:00:00:f1  session' "$WORK/fw-serve.log")"
    grep -E '02:00:00:00:00:f1  session [0-9]+: (failed|diagnosis)' "$WORK/fw-serve.log" | sed 's/^.*session/session/')
[[ $LINE == *"never asked for its boot file"* ]] || fail "the lane did not fail for the boot file: $LINE"
[[ $LINE == *"diagnosis: the laptop's firewall (nftables) drops UDP port 69 (TFTP) arriving on fw0: table inet lockdown, chain input, rule handle"* ]] ||
    fail "the lane does not name the rule: $LINE"
pass "firewall: $(tail -n 1 <<<"$LINE")"

stop_pid "$SERVE"
stop_pid "$FW_SERVE"

# --- (g) the captures, read by tshark.
for f in "$WORK"/pcap/*.pcapng; do
    tshark -n -r "$f" >/dev/null 2>"$WORK/tshark.err" || fail "tshark cannot read $f: $(cat "$WORK/tshark.err")"
done
# Rackside's own rogue-check DISCOVERs (a made-up MAC each) are no machines.
STRANGERS=$(ls "$WORK/pcap" | grep -v '^02-00-00-00-00-' || true)
[ -z "$STRANGERS" ] || fail "captures of machines that do not exist: $STRANGERS"
A=$WORK/pcap/02-00-00-00-00-a1.pcapng
[ -f "$A" ] || fail "no capture of 02:00:00:00:00:a1: $(ls "$WORK/pcap")"
[ "$(pcap_fields "$A" "arp.opcode == 2" arp.src.hw_mac arp.src.proto_ipv4 | sort -u)" = "$(printf '02:00:00:00:5a:01\t10.77.0.100')" ] ||
    fail "the capture of a1 lacks the ARP answer for 10.77.0.100: $(tshark -n -r "$A" 2>&1 | head)"
[ "$(pcap_fields "$A" dhcp dhcp.option.dhcp | sort -u | tr '\n' ' ')" = "1 2 3 5 " ] ||
    fail "the capture of a1 lacks DHCP's four messages: $(pcap_fields "$A" dhcp dhcp.option.dhcp | tr '\n' ' ')"
D=$WORK/pcap/02-00-00-00-00-d1.pcapng
[ "$(pcap_fields "$D" "tftp.opcode == 1" tftp.option.value | head -n 1)" != "" ] || fail "no TFTP read request in d1's capture"
[ -n "$(pcap_fields "$D" 'tftp.opcode == 6 && tftp.option.name == "blksize" && tftp.option.value == "1468"' frame.number)" ] ||
    fail "no option answer in d1's capture: $(tshark -n -r "$D" -Y tftp 2>&1 | head)"
RESENT=$(tshark -n -r "$D" -Y 'udp.length == 1480' 2>/dev/null | wc -l)
[ "$RESENT" = 3 ] || fail "d1's capture has $RESENT 1468-byte data blocks, not 3 (sent, sent again twice): $(tshark -n -r "$D" 2>&1 | head -n 20)"
pcap_fields "$D" "tftp.opcode == 5" tftp.error.message | grep -q 'ask again for smaller blocks' ||
    fail "no TFTP error in d1's capture"
pcap_fields "$D" "http.request" http.request.method http.request.uri | grep -q "GET"$'\t'"/big.bin" ||
    fail "no HTTP request in d1's capture: $(tshark -n -r "$D" -Y http 2>&1)"
# The body is not kept: without body reassembly, tshark dissects the head.
tshark -n -o http.desegment_body:FALSE -r "$D" -Y http.response -T fields -e http.response.code 2>/dev/null | grep -q 200 ||
    fail "no HTTP response head in d1's capture"
pass "captures: $(ls "$WORK/pcap" | wc -l) files, tshark reads each; a1 $(tshark -n -r "$A" 2>/dev/null | wc -l) packets, d1 $(tshark -n -r "$D" 2>/dev/null | wc -l) packets, $(stat -c %s "$D") bytes"
echo "network_doctor: all checks passed"

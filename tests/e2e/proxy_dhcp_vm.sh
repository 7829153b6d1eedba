#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Rackside as a proxyDHCP server beside another DHCP server: dnsmasq (at
# 10.77.0.2) hands out addresses with no boot file and no TFTP, `rackside
# serve --dhcp-mode proxy` (at 10.77.0.1) only the boot file. A diskless BIOS
# VM (SeaBIOS, QEMU's iPXE ROM) takes its address from dnsmasq, loads GRUB
# from 10.77.0.1 and must boot the installer's kernel to /init: GRUB takes
# its server from dnsmasq's cached ACK, so Rackside serves, in proxy mode, a
# GRUB with its own address built in (Boot::ProxyLoaders), even over the
# boot tree's grub-mknetdir image. Then a UEFI VM (OVMF, EDK2's own PXE)
# does the same with GRUB x64. Every TFTP request must go to 10.77.0.1.
. "$(dirname "$0")/../lib/netns.sh"
. "$(dirname "$0")/../lib/vm.sh"

VM_MAC=52:54:00:12:34:56
UEFI_MAC=52:54:00:12:34:59
need qemu-system-x86_64 tshark python3 dnsmasq tftp

net_add srv "" 10.77.0.1/24
net_add dns "" 10.77.0.2/24
tap_add tap0
boot_tree_make "$WORK/tree"
write_site "$WORK/site.json" proxy
site_drop "$WORK/site.json" boot.ipxe boot.http-x64
site_menu_add "$WORK/site.json"

capture_start capture
dnsmasq_start dns dnsmasq.log
# RACKSIDE_RECORD=FILE keeps the run's events (fixtures for the timeline's tests).
bg server.log nsx srv "$RACKSIDE" serve --site "$WORK/site.json" --dhcp-mode proxy --boot-tree "$WORK/tree" \
    ${RACKSIDE_RECORD:+--record "$RACKSIDE_RECORD"}
SERVER=$LAST_PID
wait_for 10 "$WORK/server.log" 'DHCP proxy on srv0 port 67 as 10\.77\.0\.1, proxyDHCP port 4011' ||
    fail "proxy did not start: $(cat "$WORK/server.log")"
wait_for 10 "$WORK/server.log" "Proxy mode: Rackside serves its own GRUB in boot/grub/i386-pc" ||
    fail "rackside did not say it serves its own GRUB over the boot tree's: $(cat "$WORK/server.log")"

vm_start vm bios e1000 tap0 "$VM_MAC"
echo "--- vm: $(cat "$WORK/vm.cmd")"

# iPXE never uses port 4011 here (see below); PXE ROMs that follow the PXE
# spec's boot server discovery do. Ask there as they would, from a client
# that already has its address, and expect an ACK from port 4011 to port 68.
net_add pc 02:00:00:00:00:d1 10.77.0.60/24
cat >"$WORK/probe4011.py" <<'PY'
import socket, struct, sys
mac = bytes.fromhex("0200000000d1")
xid = 0x52414b31
head = struct.pack("!BBBBIHH4s4s4s4s16s64s128s", 1, 1, 6, 0, xid, 0, 0,
                   socket.inet_aton("10.77.0.60"), bytes(4), bytes(4), bytes(4),
                   mac + bytes(10), bytes(64), bytes(128))
vendor = b"PXEClient:Arch:00000:UNDI:002001"
opts = (b"\x63\x82\x53\x63" + b"\x35\x01\x03" + bytes([60, len(vendor)]) + vendor
        + b"\x5d\x02\x00\x00" + b"\x37\x03\x2b\x3c\x43" + b"\xff")
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind(("10.77.0.60", 68))
s.settimeout(3)
s.sendto(head + opts, ("10.77.0.1", 4011))
try:
    data, (src, port) = s.recvfrom(2048)
except socket.timeout:
    sys.exit("no answer from 10.77.0.1:4011 within 3 s")
op, xid_r = data[0], struct.unpack("!I", data[4:8])[0]
yiaddr, siaddr = socket.inet_ntoa(data[16:20]), socket.inet_ntoa(data[20:24])
file = data[108:236].split(b"\0")[0].decode()
opts, i, found = data[240:], 0, {}
while i < len(opts) and opts[i] != 255:
    if opts[i] == 0:
        i += 1
        continue
    found[opts[i]] = opts[i + 2:i + 2 + opts[i + 1]]
    i += 2 + opts[i + 1]
print(f"from={src}:{port} op={op} xid_ok={xid_r == xid} type={found.get(53, b'?')[0]} "
      f"yiaddr={yiaddr} siaddr={siaddr} file={file} vendor={found.get(60, b'').decode()} "
      f"opt43={found.get(43, b'').hex()}")
PY
PROBE=$(nsx pc python3 "$WORK/probe4011.py" 2>&1) || fail "proxyDHCP REQUEST on port 4011: $PROBE"
[ "$PROBE" = "from=10.77.0.1:4011 op=2 xid_ok=True type=5 yiaddr=0.0.0.0 siaddr=10.77.0.1 file=$BIOS_FILE vendor=PXEClient opt43=060108ff" ] ||
    fail "proxyDHCP ACK on port 4011 is wrong: $PROBE"
wait_for 5 "$WORK/server.log" "02:00:00:00:00:d1  proxyDHCP ACK +boot file $BIOS_FILE from 10\.77\.0\.1" ||
    fail "timeline lacks the port 4011 exchange: $(grep d1 "$WORK/server.log")"
grep -qE "02:00:00:00:00:d1  proxyDHCP REQUEST +x86 BIOS" "$WORK/server.log" || fail "timeline lacks the proxyDHCP REQUEST"
pass "port 4011: a PXE REQUEST gets an ACK from 10.77.0.1:4011 with $BIOS_FILE, no address (timeline too)"

# What Rackside serves for the BIOS file in proxy mode: GRUB with its address in the prefix.
nsx pc tftp -m binary 10.77.0.1 -c get "$BIOS_FILE" "$WORK/served-core.0" || fail "cannot fetch $BIOS_FILE by TFTP"
PINNED=${XDG_CACHE_HOME:-$HOME/.cache}/rackside/proxy-loaders/10.77.0.1/$BIOS_FILE
cmp -s "$WORK/served-core.0" "$PINNED" || fail "the served $BIOS_FILE is not Rackside's proxy-mode GRUB $PINNED"
cmp -s "$WORK/served-core.0" "$WORK/tree/$BIOS_FILE" && fail "the boot tree's grub-mknetdir $BIOS_FILE was served"
pass "TFTP: $BIOS_FILE is Rackside's proxy-mode GRUB ($PINNED), not the boot tree's"

vm_wait_serial vm "Run /init"
pass "BIOS VM with its address from dnsmasq ran /init ${VM_ELAPSED} s after QEMU started"

# The same for UEFI: OVMF's own PXE (virtio, no iPXE) and GRUB x64.
vm_start uefi uefi virtio tap0 "$UEFI_MAC"
vm_wait_serial uefi "Run /init"
pass "UEFI VM with its address from dnsmasq ran /init ${VM_ELAPSED} s after QEMU started"
wait_for 10 "$WORK/server.log" "  $UEFI_MAC  .*handed over" || true

capture_stop
stop_pid "$SERVER"
stop_pid "$DNSMASQ_PID"

CAP=$WORK/capture.pcapng
# The address came from dnsmasq, which named no boot file.
ACKS=$(pcap_fields "$CAP" "dhcp.option.dhcp == 5 && dhcp.hw.mac_addr == $VM_MAC && ip.src == 10.77.0.2" \
    dhcp.ip.your dhcp.file dhcp.option.bootfile_name)
YIADDR=$(echo "$ACKS" | head -n1 | cut -f1)
[[ $YIADDR =~ ^10\.77\.0\.(2[01][0-9]|220)$ ]] || fail "no ACK from dnsmasq with an address in .200-.220: $ACKS"
[ -z "$(echo "$ACKS" | cut -f2,3 | tr -d '\t')" ] || fail "dnsmasq's ACK carried a boot file: $ACKS"
pass "wire: dnsmasq (10.77.0.2) gave $VM_MAC $YIADDR without a boot file"

# Our replies: never an address, always PXEClient, discovery control, siaddr and file.
OURS=$(pcap_fields "$CAP" "dhcp.option.dhcp in {2, 5} && ip.src == 10.77.0.1 && dhcp.hw.mac_addr == $VM_MAC" \
    dhcp.option.dhcp udp.srcport dhcp.ip.your dhcp.ip.server dhcp.file dhcp.option.vendor_class_id)
echo "$OURS" | grep -qP "^2\t67\t0\.0\.0\.0\t10\.77\.0\.1\t$BIOS_FILE\tPXEClient$" ||
    fail "no proxy OFFER from 10.77.0.1:67 without address, with $BIOS_FILE and PXEClient: $OURS"
echo "$OURS" | grep -vqP "\t0\.0\.0\.0\t" && fail "rackside handed out an address in proxy mode: $OURS"
pass "wire: proxy OFFER from 10.77.0.1 without address, PXEClient, file $BIOS_FILE"

LOG=$WORK/server.log
grep -qE "$VM_MAC  DHCP DISCOVER +x86 BIOS, iPXE" "$LOG" || fail "timeline lacks DISCOVER from $VM_MAC"
grep -qE "$VM_MAC  DHCP OFFER +boot file $BIOS_FILE from 10\.77\.0\.1" "$LOG" ||
    fail "timeline lacks the proxy OFFER of $BIOS_FILE"
pass "timeline: DISCOVER (x86 BIOS, iPXE) and proxy OFFER of $BIOS_FILE"

# Port 4011. iPXE sends a proxyDHCP REQUEST there only when the proxy OFFER
# lacks PXE options (src/net/udp/dhcp.c, dhcp_has_pxeopts: a boot file, with
# siaddr in some versions, or a PXE boot menu); ours carries siaddr and the
# file, and Debian's ROM (iPXE 1.21.1+git20250501) boots from the OFFER
# without asking. Should another iPXE ask, the exchange must be right on the
# wire and on the timeline.
REQ4011=$(pcap_fields "$CAP" "udp.dstport == 4011 && eth.src == $VM_MAC" ip.src ip.dst dhcp.option.dhcp)
if [ -z "$REQ4011" ]; then
    grep -q "$VM_MAC  proxyDHCP" "$LOG" && fail "timeline shows proxyDHCP traffic the wire does not: $(cat "$LOG")"
    pass "iPXE took the boot file from the proxy OFFER and sent nothing to port 4011"
else
    echo "$REQ4011" | grep -qP "^$YIADDR\t10\.77\.0\.1\t3$" ||
        fail "VM's port 4011 traffic is not a REQUEST from $YIADDR to 10.77.0.1: $REQ4011"
    ACK4011=$(pcap_fields "$CAP" "udp.srcport == 4011 && dhcp.option.dhcp == 5 && dhcp.hw.mac_addr == $VM_MAC" \
        ip.src ip.dst udp.dstport dhcp.ip.your dhcp.ip.server dhcp.file)
    echo "$ACK4011" | grep -qP "^10\.77\.0\.1\t$YIADDR\t68\t0\.0\.0\.0\t10\.77\.0\.1\t$BIOS_FILE$" ||
        fail "no proxyDHCP ACK from 10.77.0.1:4011 to $YIADDR:68 with $BIOS_FILE: $ACK4011"
    grep -qE "$VM_MAC  proxyDHCP REQUEST" "$LOG" || fail "timeline lacks the proxyDHCP REQUEST"
    grep -qE "$VM_MAC  proxyDHCP ACK +boot file $BIOS_FILE from 10\.77\.0\.1" "$LOG" ||
        fail "timeline lacks the proxyDHCP ACK of $BIOS_FILE"
    pass "iPXE asked on port 4011 and got an ACK with $BIOS_FILE (wire and timeline)"
fi

RRQ=$(pcap_fields "$CAP" "tftp.opcode == 1 && eth.src == $VM_MAC" ip.src ip.dst tftp.source_file)
echo "$RRQ" | grep -qP "^$YIADDR\t10\.77\.0\.1\t$BIOS_FILE$" ||
    fail "no TFTP read request for $BIOS_FILE from $YIADDR to 10.77.0.1 on the wire: $RRQ"
pass "wire: VM at $YIADDR sent a TFTP read request for $BIOS_FILE to 10.77.0.1"
# Every TFTP request went to Rackside, and each VM read its GRUB, GRUB's
# modules, a menu, the kernel and the initrd whole.
STRAY=$(pcap_fields "$CAP" "tftp.opcode == 1 && ip.dst != 10.77.0.1" ip.src ip.dst tftp.source_file)
[ -z "$STRAY" ] || fail "TFTP requests went elsewhere than 10.77.0.1: $STRAY"
tftp_transfers vm "$CAP" >/dev/null
tftp_expect_config vm boot/grub
# Each VM read its own GRUB's modules, the kernel and the initrd whole, by its address from dnsmasq.
UEFI_ADDRESS=$(pcap_fields "$CAP" "dhcp.option.dhcp == 5 && dhcp.hw.mac_addr == $UEFI_MAC && ip.src == 10.77.0.2" dhcp.ip.your | head -n1)
for want in "$YIADDR boot/grub/i386-pc/normal.mod" "$UEFI_ADDRESS boot/grub/x86_64-efi/normal.mod" \
    "$YIADDR $KERNEL_FILE" "$YIADDR $INITRD_FILE" "$UEFI_ADDRESS $KERNEL_FILE" "$UEFI_ADDRESS $INITRD_FILE"; do
    set -- $want
    size=$(stat -c %s "$WORK/tree/$2" 2>/dev/null || stat -c %s "${XDG_CACHE_HOME:-$HOME/.cache}/rackside/loaders/$2")
    awk -F'\t' -v c="$1" -v p="$2" -v n="$size" '$2 == c && ($3 == p || $3 == "/" p) && $6 == "complete" && $5 == n { ok = 1 }
        END { exit !ok }' "$WORK/vm.tftp" ||
        fail "$1 read no complete $2 ($size bytes) from 10.77.0.1: $(cut -f2,3,5,6 "$WORK/vm.tftp" | tr '\t\n' ' ;')"
done
serial_has vm "Command line: BOOT_IMAGE=/$KERNEL_FILE console=ttyS0 rackside.menu=bios\$" ||
    fail "BIOS VM: the kernel's command line is not the BIOS menu's: $(grep 'Command line' "$WORK/vm.serial.txt")"
serial_has uefi "Command line: BOOT_IMAGE=/$KERNEL_FILE console=ttyS0 rackside.menu=uefi\$" ||
    fail "UEFI VM: the kernel's command line is not the UEFI menu's: $(grep 'Command line' "$WORK/uefi.serial.txt")"
pass "TFTP: every request to 10.77.0.1; GRUB's modules, menus, kernel and initrd read whole (both VMs)"

for mac in "$VM_MAC" "$UEFI_MAC"; do
    grep -F "  $mac  " "$LOG" >"$WORK/lane.txt" || true
    grep -E "session [0-9]+: initrd $INITRD_FILE" "$WORK/lane.txt" >/dev/null ||
        fail "the timeline of $mac lacks the initrd: $(tail -n 5 "$WORK/lane.txt")"
done
pass "timeline: both lanes reach the initrd"
echo "proxy_dhcp_vm: all checks passed"

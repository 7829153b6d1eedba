#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Real firmware against `rackside serve`: a diskless QEMU VM (SeaBIOS, QEMU's
# iPXE ROM on an e1000) network boots on br0. Rackside's timeline must show
# the whole exchange for the VM, a capture on the bridge must show the ACK
# with our boot file, and the VM must then ask 10.77.0.1 for that file by
# TFTP: proof that the firmware took our answer. (There is no TFTP server
# yet, so the boot stops there.)
. "$(dirname "$0")/../lib/netns.sh"

VM_MAC=52:54:00:12:34:56
BIOS_FILE=boot/grub/i386-pc/core.0
need qemu-system-x86_64 tshark python3

net_add srv "" 10.77.0.1/24
tap_add tap0
# Without an "ipxe" entry the VM's iPXE gets the file for its architecture.
write_site "$WORK/site.json" serve
site_drop "$WORK/site.json" boot.ipxe

capture_start capture
bg server.log nsx srv "$RACKSIDE" serve --site "$WORK/site.json" --rogue-timeout 1000
SERVER=$LAST_PID
wait_for 10 "$WORK/server.log" 'DHCP server on srv0' || fail "server did not start: $(cat "$WORK/server.log")"

START=$SECONDS
qemu_pxe vm tap0 "$VM_MAC"
# The read request for our boot file ends the test: kill the VM at once.
wait_vm_reads "$BIOS_FILE"
capture_stop
stop_pid "$SERVER"
pass "VM asked for $BIOS_FILE by TFTP ${ELAPSED} s after QEMU started"

# (a) Rackside's own timeline.
LOG=$WORK/server.log
grep -qE "$VM_MAC  DHCP DISCOVER +x86 BIOS, iPXE" "$LOG" || fail "timeline lacks DISCOVER from $VM_MAC as x86 BIOS iPXE"
grep -qE "$VM_MAC  DHCP OFFER +10\.77\.0\.1[0-5][0-9], boot file $BIOS_FILE from 10\.77\.0\.1" "$LOG" ||
    fail "timeline lacks OFFER of $BIOS_FILE to $VM_MAC"
grep -qE "$VM_MAC  DHCP REQUEST +x86 BIOS" "$LOG" || fail "timeline lacks REQUEST from $VM_MAC"
grep -qE "$VM_MAC  DHCP ACK +10\.77\.0\.1[0-5][0-9], boot file $BIOS_FILE from 10\.77\.0\.1" "$LOG" ||
    fail "timeline lacks ACK of $BIOS_FILE to $VM_MAC"
grep -q 'no boot file' "$LOG" && fail "timeline has a 'no boot file' warning: $(grep 'no boot file' "$LOG")"
pass "timeline: DISCOVER (x86 BIOS, iPXE), OFFER, REQUEST, ACK with $BIOS_FILE"

# (b) Independently, what went over the bridge.
CAP=$WORK/capture.pcapng
ACKS=$(pcap_fields "$CAP" "dhcp.option.dhcp == 5 && dhcp.hw.mac_addr == $VM_MAC" \
    ip.src dhcp.ip.your dhcp.ip.server dhcp.file dhcp.option.dhcp_server_id)
[ -n "$ACKS" ] || fail "capture holds no DHCP ACK to $VM_MAC"
echo "$ACKS" | grep -qP "^10\.77\.0\.1\t10\.77\.0\.(1[0-4][0-9]|150)\t10\.77\.0\.1\t$BIOS_FILE\t10\.77\.0\.1$" ||
    fail "ACK on the wire is not ours with $BIOS_FILE and an address in the range: $ACKS"
YIADDR=$(echo "$ACKS" | head -n1 | cut -f2)
pass "wire: ACK from 10.77.0.1 gives $VM_MAC $YIADDR and boot file $BIOS_FILE"

# Nobody but us answered, and the VM's read request went to us from its address.
OTHERS=$(pcap_fields "$CAP" "dhcp.option.dhcp in {2, 5, 6} && ip.src != 10.77.0.1" ip.src)
[ -z "$OTHERS" ] || fail "DHCP replies from elsewhere on the bridge: $OTHERS"
RRQ=$(pcap_fields "$CAP" "tftp.opcode == 1 && eth.src == $VM_MAC" ip.src ip.dst tftp.source_file)
echo "$RRQ" | grep -qP "^$YIADDR\t10\.77\.0\.1\t$BIOS_FILE$" ||
    fail "no TFTP read request for $BIOS_FILE from $YIADDR to 10.77.0.1 on the wire: $RRQ"
pass "wire: VM at $YIADDR sent a TFTP read request for $BIOS_FILE to 10.77.0.1"
echo "pxe_bios_vm: all checks passed"

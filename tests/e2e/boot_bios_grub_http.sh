#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# GRUB fetches the kernel and initrd over HTTP: a diskless BIOS VM (SeaBIOS,
# QEMU's iPXE ROM) gets GRUB i386-pc by DHCP and TFTP, and Rackside's
# grub.cfg (site "kernelsOver": "http") sets GRUB's root to (http,10.77.0.1),
# so the Debian installer's kernel and initrd come from Rackside's HTTP
# server; the kernel runs /init. The capture must show both as HTTP GETs and
# neither over TFTP; the timeline has the kernel and initrd with their sizes.
#
# Then the reboot that used to fail (GRUB printed "error: connection
# timeout." and the kernel panicked without its initrd): the VM is killed as
# soon as the kernel runs /init and boots again at once with the same MAC,
# so the same address; GRUB opens its TCP connections from the same source
# ports on every start. Then Rackside restarts with a site that gives that
# address to a second VM with another MAC (and without the first VM's lease,
# as after it ran out), which boots at once too. All three reach /init with
# the kernel and initrd fetched whole over HTTP.
. "$(dirname "$0")/../lib/netns.sh"
. "$(dirname "$0")/../lib/vm.sh"

VM_MAC=52:54:00:12:34:57
OTHER_MAC=52:54:00:12:34:58
need qemu-system-x86_64 tshark python3
[ "$SERVER" = rackside ] || fail "this test is about Rackside's own HTTP server"
site_hook() {
    site_edit "$1" 'site["kernelsOver"] = "http"'
    # The third run: the first VM's address is the second VM's fixed one
    # (outside the dynamic range, as the site requires).
    if [ -n "${REUSED:-}" ]; then
        site_edit "$1" "site['hosts'] = [{'mac': '$OTHER_MAC', 'hostname': 'second', 'ip': '$REUSED', 'menu': ''}]
site['dhcp']['ranges'] = [{'start': '10.77.0.151', 'end': '10.77.0.160'}]"
    fi
}

# address_of MAC: the address Rackside's timeline gave MAC in this run.
address_of() {
    grep -oE "  $1  session [0-9]+: address 10\\.77\\.0\\.[0-9]+" "$WORK/server.log" | grep -oE '10\.77\.0\.[0-9]+$' | sort -u
}
# ports_of ADDRESS FROM_FRAME TO_FRAME: the TCP source ports of ADDRESS's SYNs to port 80 in those frames.
ports_of() {
    pcap_fields "$WORK/vm-capture.pcapng" "ip.src == $1 && tcp.dstport == 80 && tcp.flags.syn == 1 && tcp.flags.ack == 0 && frame.number >= $2 && frame.number <= $3" \
        tcp.srcport | sort -un | tr '\n' ' '
}

boot_tree_make "$WORK/tree"
tap_add tap0
capture_start vm-capture
# One capture for the three VMs; vm_fail shows NAME-capture.pcapng.
ln -s vm-capture.pcapng "$WORK/again-capture.pcapng"
ln -s vm-capture.pcapng "$WORK/other-capture.pcapng"
boot_server_start "$WORK/tree" "$BIOS_FILE" "$UEFI_FILE"

# --- First boot ---
vm_start vm bios e1000 tap0 "$VM_MAC"
echo "--- vm: $(cat "$WORK/vm.cmd")"
vm_wait_serial vm "Run /init"
pass "BIOS VM ran /init ${VM_ELAPSED} s after QEMU started"
FIRST_END=$(grep -c . "$WORK/vm-capture.log")

# --- Killed right after the kernel started (vm_wait_serial stops QEMU at
# once); the same machine boots again at once ---
vm_start again bios e1000 tap0 "$VM_MAC"
vm_wait_serial again "Run /init"
pass "rebooted at once with the same MAC: /init ${VM_ELAPSED} s after QEMU started"
SECOND_END=$(grep -c . "$WORK/vm-capture.log")
wait_for 10 "$WORK/server.log" "  $VM_MAC  session 2: handed over" || true
ADDRESS=$(address_of "$VM_MAC")
[[ $ADDRESS =~ ^10\.77\.0\.[0-9]+$ ]] || fail "the VM had more or fewer than one address: '$ADDRESS'"
boot_server_stop
mv "$WORK/server.log" "$WORK/server-1.log"

# --- Another machine gets that address and boots at once ---
rm -f "$WORK/site.json.leases"
REUSED=$ADDRESS
boot_server_start "$WORK/tree" "$BIOS_FILE" "$UEFI_FILE"
vm_start other bios e1000 tap0 "$OTHER_MAC"
vm_wait_serial other "Run /init"
pass "a second VM with another MAC and the same address $ADDRESS: /init ${VM_ELAPSED} s after QEMU started"
capture_stop
wait_for 10 "$WORK/server.log" "  $OTHER_MAC  .*handed over" || true
[ "$(address_of "$OTHER_MAC")" = "$ADDRESS" ] || fail "the second VM got '$(address_of "$OTHER_MAC")', not $ADDRESS"
boot_server_stop

# The situation that used to fail: the later boots opened connections from
# the ports the first one had used, to the same server, from the same address.
P1=$(ports_of "$ADDRESS" 1 "$FIRST_END")
P2=$(ports_of "$ADDRESS" "$((FIRST_END + 1))" "$SECOND_END")
P3=$(ports_of "$ADDRESS" "$((SECOND_END + 1))" 999999999)
[ -n "$P1" ] && [ "$P1" = "$P2" ] && [ "$P1" = "$P3" ] ||
    fail "the three boots did not reuse the same TCP source ports: '$P1' / '$P2' / '$P3'"
pass "all three boots connected from $ADDRESS, TCP ports $P1"

http_requests vm "$WORK/vm-capture.pcapng"
for f in "$KERNEL_FILE" "$INITRD_FILE"; do
    n=$(grep -cx "GET /$f" "$WORK/vm.http" || true)
    [ "$n" -ge 3 ] || fail "$n HTTP GETs of $f on the wire, expected one a boot"
done
tftp_transfers vm "$WORK/vm-capture.pcapng" >/dev/null
if grep -E "	($KERNEL_FILE|$INITRD_FILE)	" "$WORK/vm.tftp"; then
    fail "the kernel or initrd went over TFTP too"
fi
tftp_expect_first vm "$BIOS_FILE"
tftp_expect_config vm boot/grub
pass "TFTP: $BIOS_FILE and a GRUB config; HTTP: $KERNEL_FILE and $INITRD_FILE, once a boot"

cat "$WORK/server-1.log" "$WORK/server.log" >"$WORK/server-all.log"
for f in "$KERNEL_FILE" "$INITRD_FILE"; do
    n=$(grep -cE "HTTP sent +$f \\($(stat -c %s "$WORK/tree/$f") bytes\\)" "$WORK/server-all.log" || true)
    [ "$n" = 3 ] || fail "Rackside sent $f whole $n times over HTTP, expected 3"
done
for vm in vm again other; do
    serial_has "$vm" "Command line: BOOT_IMAGE=/$KERNEL_FILE $(menu_args bios)\$" ||
        fail "$vm: the kernel's command line is not GRUB's entry: $(grep 'Command line' "$WORK/$vm.serial.txt")"
    ! serial_has "$vm" "^error: " || fail "$vm: GRUB reported an error: $(grep 'error: ' "$WORK/$vm.serial.txt")"
done
timeline_expect_stages "$OTHER_MAC" "$BIOS_FILE"
echo "boot_bios_grub_http: all checks passed"

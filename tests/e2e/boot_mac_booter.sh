#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Rackside's GRUB booter for Intel Macs boots a machine to the kernel. A
# diskless UEFI VM (OVMF, EDK2's own PXE on virtio-net) stands in for the
# Mac: its DHCP boot file is the booter Rackside builds with grub-mkimage
# (boot/grub/x86_64-efi/mac.efi, what an ACK[SELECT] names), as a Mac's
# firmware would TFTP it after BSDP. The booter's embedded config takes the
# address the firmware got (OVMF leaves its DHCP packet; without one it runs
# net_bootp, a path this test does not take), then reads the machine's
# per-MAC grub.cfg from Rackside over TFTP; the host's menu boots the Debian
# installer's kernel, which runs /init.
. "$(dirname "$0")/../lib/netns.sh"
. "$(dirname "$0")/../lib/vm.sh"

VM_MAC=52:54:00:12:34:5c
BOOTER=boot/grub/x86_64-efi/mac.efi
need qemu-system-x86_64 tshark python3
[ "$SERVER" = rackside ] || fail "this test is about Rackside's booter"

# The Mac's NetBoot image with the default booter, and the machine as a host
# pinned to it, with a menu of its own (so the per-MAC grub.cfg decides).
site_hook() {
    site_edit "$1" "
site['netboot'] = {'images': [{'name': 'The-Image', 'index': 137, 'kind': 'macosx', 'install': True, 'models': []}]}
mac_menu = json.loads(json.dumps(site['menus'][0]))
mac_menu['name'] = 'mac'
mac_menu['entries'][0]['args'] = 'console=ttyS0 rackside.menu=mac'
site['menus'].append(mac_menu)
site['hosts'] = [{'mac': '$VM_MAC', 'hostname': 'mac-standin', 'menu': 'mac', 'netbootImage': 'The-Image'}]
"
}

boot_tree_make "$WORK/tree"
[ ! -e "$WORK/tree/$BOOTER" ] || fail "the boot tree has a $BOOTER of its own; the test needs Rackside's"
boot_vm vm uefi virtio "$BOOTER"
pass "UEFI VM with Rackside's Mac booter ran /init ${VM_ELAPSED} s after QEMU started"

wire_expect_boot_file "$WORK/vm-capture.pcapng" "$VM_MAC" "$BOOTER"
tftp_expect_first vm "$BOOTER"
grep -qP "\t$BOOTER\t.*\tcomplete\t" "$WORK/vm.tftp" || fail "the booter's transfer did not complete: $(cat "$WORK/vm.tftp")"
# The embedded config asked for this machine's own config, by MAC, in the
# prefix folder, not the folder the booter came from (where GRUB's own search
# would look: x86_64-efi/grub.cfg-01-...).
grep -qP "\t/?boot/grub/grub\.cfg-01-${VM_MAC//:/-}\t.*\tcomplete\t" "$WORK/vm.tftp" ||
    fail "the booter did not fetch grub.cfg-01-<mac>: $(cat "$WORK/vm.tftp")"
tftp_expect_complete vm "$WORK/tree" "$KERNEL_FILE" "$INITRD_FILE"
pass "TFTP: $BOOTER, then boot/grub/grub.cfg-01-<mac>, then the kernel and initrd"

serial_has vm "Rackside: this Mac is $VM_MAC, asking 10\.77\.0\.1 for its menu" || fail "the booter's embedded config did not run: $(tail -20 "$WORK/vm.serial.txt")"
serial_has vm "Command line: .*rackside\\.menu=mac" ||
    fail "the kernel did not come from the host's menu: $(grep 'Command line' "$WORK/vm.serial.txt")"
pass "serial: the embedded config ran, and the kernel's command line is the host's menu entry"

grep -qE "  $VM_MAC  .*boot loader $BOOTER \\([0-9,]+ bytes" "$WORK/server.log" ||
    fail "the timeline does not show the booter as the boot loader: $(grep -F "  $VM_MAC  " "$WORK/server.log" | head -30)"
echo "boot_mac_booter: all checks passed"

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A bare UEFI machine boots Linux from `rackside serve` with EDK2's own PXE:
# a diskless QEMU VM (OVMF, virtio-net without iPXE ROM) gets GRUB x86_64-efi
# (core.efi) by DHCP and TFTP, GRUB reads its config, the Debian installer's
# kernel and initrd, and the kernel runs /init (serial console).
# SERVER=dnsmasq runs the same against dnsmasq, to prove the VM side.
. "$(dirname "$0")/../lib/netns.sh"
. "$(dirname "$0")/../lib/vm.sh"

VM_MAC=52:54:00:12:34:57
need qemu-system-x86_64 tshark python3

boot_tree_make "$WORK/tree"
boot_vm vm uefi virtio "$UEFI_FILE"
pass "$SERVER: UEFI VM (EDK2 PXE) ran /init ${VM_ELAPSED} s after QEMU started"

wire_expect_boot_file "$WORK/vm-capture.pcapng" "$VM_MAC" "$UEFI_FILE"
vendor=$(pcap_fields "$WORK/vm-capture.pcapng" "dhcp.option.dhcp == 1 && dhcp.hw.mac_addr == $VM_MAC" dhcp.option.vendor_class_id | sort -u)
[ "$vendor" = "PXEClient:Arch:00007:UNDI:003000" ] || fail "not EDK2's own PXE (vendor class $vendor)"
pass "wire: EDK2's PXE (x64 UEFI), ACK from 10.77.0.1 with $UEFI_FILE in the file field"

# EDK2 first asks for the size and aborts that transfer (error 8).
tftp_expect_first vm "$UEFI_FILE"
tftp_expect_config vm boot/grub
tftp_expect_order vm "$UEFI_FILE" "$KERNEL_FILE" "$INITRD_FILE"
tftp_expect_complete vm "$WORK/tree" "$UEFI_FILE" "$KERNEL_FILE" "$INITRD_FILE"
pass "TFTP: $UEFI_FILE, a GRUB config, $KERNEL_FILE, $INITRD_FILE, each whole and in order"

serial_has vm "Command line: BOOT_IMAGE=/$KERNEL_FILE console=ttyS0\$" ||
    fail "the kernel's command line is not GRUB's entry: $(grep 'Command line' "$WORK/vm.serial.txt")"
timeline_expect_stages "$VM_MAC" "$UEFI_FILE"
echo "boot_uefi_grub ($SERVER): all checks passed"

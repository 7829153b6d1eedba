#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A bare UEFI machine boots Linux from `rackside serve` with iPXE under EDK2:
# a diskless QEMU VM (OVMF, an e1000 with QEMU's iPXE EFI ROM, which gives
# EDK2 its network driver; EDK2 still does the PXE) gets GRUB x86_64-efi
# (core.efi) by DHCP and TFTP, GRUB reads its config, the Debian installer's
# kernel and initrd, and the kernel runs /init (serial console).
# SERVER=dnsmasq runs the same against dnsmasq, to prove the VM side.
. "$(dirname "$0")/../lib/netns.sh"
. "$(dirname "$0")/../lib/vm.sh"

VM_MAC=52:54:00:12:34:58
need qemu-system-x86_64 tshark python3

boot_tree_make "$WORK/tree"
boot_vm vm uefi e1000 "$UEFI_FILE"
pass "$SERVER: UEFI VM (iPXE EFI ROM) ran /init ${VM_ELAPSED} s after QEMU started"

wire_expect_boot_file "$WORK/vm-capture.pcapng" "$VM_MAC" "$UEFI_FILE"
vendor=$(pcap_fields "$WORK/vm-capture.pcapng" "dhcp.option.dhcp == 1 && dhcp.hw.mac_addr == $VM_MAC" dhcp.option.vendor_class_id | sort -u)
[ "$vendor" = "PXEClient:Arch:00007:UNDI:003001" ] || fail "not EDK2's PXE over iPXE's driver (vendor class $vendor)"
pass "wire: EDK2's PXE over iPXE (x64 UEFI), ACK from 10.77.0.1 with $UEFI_FILE in the file field"

# EDK2 first asks for the size and aborts that transfer (error 8).
tftp_expect_first vm "$UEFI_FILE"
tftp_expect_config vm boot/grub
tftp_expect_order vm "$UEFI_FILE" "$KERNEL_FILE" "$INITRD_FILE"
tftp_expect_complete vm "$WORK/tree" "$UEFI_FILE" "$KERNEL_FILE" "$INITRD_FILE"
pass "TFTP: $UEFI_FILE, a GRUB config, $KERNEL_FILE, $INITRD_FILE, each whole and in order"

serial_has vm "Command line: BOOT_IMAGE=/$KERNEL_FILE console=ttyS0\$" ||
    fail "the kernel's command line is not GRUB's entry: $(grep 'Command line' "$WORK/vm.serial.txt")"
timeline_expect_stages "$VM_MAC" "$UEFI_FILE"
echo "boot_uefi_ipxe_grub ($SERVER): all checks passed"

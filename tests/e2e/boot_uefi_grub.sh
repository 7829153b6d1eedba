#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A bare UEFI machine boots Linux from `rackside serve`: a diskless QEMU VM
# (OVMF) gets GRUB x86_64-efi (core.efi) by DHCP and TFTP, GRUB reads its
# config, the Debian installer's kernel and initrd, and the kernel runs
# /init (serial console). Two firmware network paths:
#   NIC=virtio (default): virtio-net without iPXE ROM, EDK2's own PXE;
#   NIC=e1000: QEMU's iPXE EFI ROM gives EDK2 its network driver, EDK2 still
#   does the PXE (boot_uefi_ipxe_grub.sh).
# SERVER=dnsmasq runs the same against dnsmasq, to prove the VM side.
. "$(dirname "$0")/../lib/netns.sh"
. "$(dirname "$0")/../lib/vm.sh"

NIC=${NIC:-virtio}
case $NIC in
virtio) VM_MAC=52:54:00:12:34:57 PXE="EDK2's own PXE" UNDI=003000 NAME=boot_uefi_grub ;;
e1000) VM_MAC=52:54:00:12:34:58 PXE="EDK2's PXE over iPXE's driver" UNDI=003001 NAME=boot_uefi_ipxe_grub ;;
*) fail "NIC=$NIC: virtio or e1000" ;;
esac
need qemu-system-x86_64 tshark python3

boot_tree_make "$WORK/tree"
boot_vm vm uefi "$NIC" "$UEFI_FILE"
pass "$SERVER: UEFI VM ($PXE) ran /init ${VM_ELAPSED} s after QEMU started"

wire_expect_boot_file "$WORK/vm-capture.pcapng" "$VM_MAC" "$UEFI_FILE"
vendor=$(pcap_fields "$WORK/vm-capture.pcapng" "dhcp.option.dhcp == 1 && dhcp.hw.mac_addr == $VM_MAC" dhcp.option.vendor_class_id | sort -u)
[ "$vendor" = "PXEClient:Arch:00007:UNDI:$UNDI" ] || fail "not $PXE (vendor class $vendor)"
pass "wire: $PXE (x64 UEFI), ACK from 10.77.0.1 with $UEFI_FILE in the file field"

# EDK2 first asks for the size and aborts that transfer (error 8).
tftp_expect_first vm "$UEFI_FILE"
tftp_expect_config vm boot/grub
tftp_expect_order vm "$UEFI_FILE" "$KERNEL_FILE" "$INITRD_FILE"
tftp_expect_complete vm "$WORK/tree" "$UEFI_FILE" "$KERNEL_FILE" "$INITRD_FILE"
pass "TFTP: $UEFI_FILE, a GRUB config, $KERNEL_FILE, $INITRD_FILE, each whole and in order"

serial_has vm "Command line: BOOT_IMAGE=/$KERNEL_FILE $(menu_args uefi)\$" ||
    fail "the kernel's command line is not GRUB's entry: $(grep 'Command line' "$WORK/vm.serial.txt")"
timeline_expect_stages "$VM_MAC" "$UEFI_FILE"
echo "$NAME ($SERVER): all checks passed"

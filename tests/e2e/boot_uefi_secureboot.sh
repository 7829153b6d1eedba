#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A UEFI machine with Secure Boot enforcing (OVMF with Microsoft's keys,
# EDK2's own PXE on virtio-net) boots Linux from `rackside serve` through
# the signed chain of debian-installer-13-netboot-amd64: shim
# (bootnetx64.efi) loads grubx64.efi from beside its own path in the BOOTP
# file field, the signed GRUB reads grub.cfg under its built-in prefix
# /debian-installer/amd64/grub, then the signed kernel runs /init.
# First, proof that Secure Boot is enforced: unsigned GRUB is refused.
# SERVER=dnsmasq runs the same against dnsmasq, to prove the VM side.
. "$(dirname "$0")/../lib/netns.sh"
. "$(dirname "$0")/../lib/vm.sh"

need qemu-system-x86_64 tshark python3
boot_tree_make "$WORK/tree"

# 1. Unsigned GRUB: OVMF downloads it whole and refuses to start it.
VM_MAC=52:54:00:12:34:5a
boot_vm unsigned secureboot virtio "$UEFI_FILE" 'failed to load Boot[0-9A-F]+ .*: Access Denied' 120
serial_has unsigned 'Run /init' && fail "unsigned GRUB ran a kernel under Secure Boot"
tftp_expect_complete unsigned "$WORK/tree" "$UEFI_FILE"
pass "$SERVER: unsigned $UEFI_FILE downloaded whole and refused (Access Denied) ${VM_ELAPSED} s after QEMU started"

# 2. The signed chain.
VM_MAC=52:54:00:12:34:59
boot_vm vm secureboot virtio "$SHIM_FILE"
pass "$SERVER: Secure Boot VM ran /init ${VM_ELAPSED} s after QEMU started"

wire_expect_boot_file "$WORK/vm-capture.pcapng" "$VM_MAC" "$SHIM_FILE"
pass "wire: ACK from 10.77.0.1 with $SHIM_FILE in the file field, all TFTP to 10.77.0.1"

# Shim also asks for revocations_*.efi and shim_certificate_0.efi beside
# itself; they are optional and missing here.
tftp_expect_first vm "$SHIM_FILE"
tftp_expect_config vm "$DI_DIR/grub"
tftp_expect_order vm "$SHIM_FILE" "$DI_DIR/grubx64.efi" "$KERNEL_FILE" "$INITRD_FILE"
tftp_expect_complete vm "$WORK/tree" "$SHIM_FILE" "$DI_DIR/grubx64.efi" "$KERNEL_FILE" "$INITRD_FILE"
pass "TFTP: shim, signed GRUB, its config under /$DI_DIR/grub, kernel, initrd, each whole and in order"

serial_has vm 'secureboot: Secure boot enabled' ||
    fail "the kernel did not report Secure Boot enabled: $(grep -i secure "$WORK/vm.serial.txt")"
serial_has vm "Command line: BOOT_IMAGE=/$KERNEL_FILE $(menu_args uefi)\$" ||
    fail "the kernel's command line is not GRUB's entry: $(grep 'Command line' "$WORK/vm.serial.txt")"
pass "kernel: Secure Boot enabled, command line from our GRUB entry"
timeline_expect_stages "$VM_MAC" "$SHIM_FILE" "$DI_DIR/grubx64.efi"
echo "boot_uefi_secureboot ($SERVER): all checks passed"

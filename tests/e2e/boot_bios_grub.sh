#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A bare BIOS machine boots Linux from `rackside serve`: a diskless QEMU VM
# (SeaBIOS, QEMU's iPXE ROM on an e1000) gets GRUB i386-pc (core.0) by DHCP
# and TFTP, GRUB reads its config, the Debian installer's kernel and initrd,
# and the kernel runs /init (seen on the serial console). SERVER=dnsmasq runs
# the same against dnsmasq, which proves the VM side of the test.
. "$(dirname "$0")/../lib/netns.sh"
. "$(dirname "$0")/../lib/vm.sh"

VM_MAC=52:54:00:12:34:56
need qemu-system-x86_64 tshark python3

boot_tree_make "$WORK/tree"
boot_vm vm bios e1000 "$BIOS_FILE"
pass "$SERVER: BIOS VM ran /init ${VM_ELAPSED} s after QEMU started"

wire_expect_boot_file "$WORK/vm-capture.pcapng" "$VM_MAC" "$BIOS_FILE"
pass "wire: ACK from 10.77.0.1 with $BIOS_FILE in the file field, all TFTP to 10.77.0.1"

tftp_expect_first vm "$BIOS_FILE"
tftp_expect_config vm boot/grub
tftp_expect_order vm "$BIOS_FILE" "$KERNEL_FILE" "$INITRD_FILE"
tftp_expect_complete vm "$WORK/tree" "$BIOS_FILE" "$KERNEL_FILE" "$INITRD_FILE"
pass "TFTP: $BIOS_FILE, a GRUB config, $KERNEL_FILE, $INITRD_FILE, each whole and in order"

serial_has vm "Command line: BOOT_IMAGE=/$KERNEL_FILE $(menu_args bios)\$" ||
    fail "the kernel's command line is not GRUB's entry: $(grep 'Command line' "$WORK/vm.serial.txt")"
timeline_expect_stages "$VM_MAC" "$BIOS_FILE"
echo "boot_bios_grub ($SERVER): all checks passed"

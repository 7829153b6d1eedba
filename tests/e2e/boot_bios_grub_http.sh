#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# GRUB fetches the kernel and initrd over HTTP: a diskless BIOS VM (SeaBIOS,
# QEMU's iPXE ROM) gets GRUB i386-pc by DHCP and TFTP, and Rackside's
# grub.cfg (site "kernelsOver": "http") sets GRUB's root to (http,10.77.0.1),
# so the Debian installer's kernel and initrd come from Rackside's HTTP
# server; the kernel runs /init. The capture must show both as HTTP GETs and
# neither over TFTP; the timeline has the kernel and initrd with their sizes.
. "$(dirname "$0")/../lib/netns.sh"
. "$(dirname "$0")/../lib/vm.sh"

VM_MAC=52:54:00:12:34:57
need qemu-system-x86_64 tshark python3
[ "$SERVER" = rackside ] || fail "this test is about Rackside's own HTTP server"
site_hook() { site_edit "$1" 'site["kernelsOver"] = "http"'; }

boot_tree_make "$WORK/tree"
boot_vm vm bios e1000 "$BIOS_FILE"
pass "BIOS VM ran /init ${VM_ELAPSED} s after QEMU started"

http_requests vm "$WORK/vm-capture.pcapng"
grep -qx "GET /$KERNEL_FILE" "$WORK/vm.http" || fail "no HTTP GET of the kernel"
grep -qx "GET /$INITRD_FILE" "$WORK/vm.http" || fail "no HTTP GET of the initrd"
if grep -E "	($KERNEL_FILE|$INITRD_FILE)	" "$WORK/vm.tftp"; then
    fail "the kernel or initrd went over TFTP too"
fi
tftp_expect_first vm "$BIOS_FILE"
tftp_expect_config vm boot/grub
pass "TFTP: $BIOS_FILE and a GRUB config; HTTP: $KERNEL_FILE and $INITRD_FILE"

grep -qE "HTTP sent +$KERNEL_FILE \\($(stat -c %s "$WORK/tree/$KERNEL_FILE") bytes\\)" "$WORK/server.log" ||
    fail "Rackside did not send the whole kernel over HTTP"
grep -qE "HTTP sent +$INITRD_FILE \\($(stat -c %s "$WORK/tree/$INITRD_FILE") bytes\\)" "$WORK/server.log" ||
    fail "Rackside did not send the whole initrd over HTTP"
serial_has vm "Command line: BOOT_IMAGE=/$KERNEL_FILE $(menu_args bios)\$" ||
    fail "the kernel's command line is not GRUB's entry: $(grep 'Command line' "$WORK/vm.serial.txt")"
timeline_expect_stages "$VM_MAC" "$BIOS_FILE"
echo "boot_bios_grub_http: all checks passed"

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# An iPXE script from Rackside boots Linux over HTTP: a diskless BIOS VM
# whose NIC runs iPXE (QEMU's ROM) asks DHCP for its boot file; Rackside
# sees iPXE (option 77/175) and hands it the site's iPXE boot file,
# boot/ipxe/menu.ipxe, which Rackside renders from the site's menu ("kernelsOver":
# "http"); iPXE fetches it over TFTP, then the installer's kernel and initrd
# over HTTP, and the kernel runs /init. No GRUB on the way.
. "$(dirname "$0")/../lib/netns.sh"
. "$(dirname "$0")/../lib/vm.sh"

VM_MAC=52:54:00:12:34:59
SCRIPT=boot/ipxe/menu.ipxe
need qemu-system-x86_64 tshark python3
[ "$SERVER" = rackside ] || fail "this test is about the iPXE scripts Rackside renders"
site_hook() { site_edit "$1" "site['boot']['ipxe'] = '$SCRIPT'; site['kernelsOver'] = 'http'"; }

boot_tree_make "$WORK/tree"
[ ! -e "$WORK/tree/$SCRIPT" ] || fail "the tree has its own $SCRIPT: the test would not prove Rackside's"
boot_vm vm bios e1000 "$BIOS_FILE"
pass "BIOS VM (iPXE) ran /init ${VM_ELAPSED} s after QEMU started"

wire_expect_boot_file "$WORK/vm-capture.pcapng" "$VM_MAC" "$SCRIPT"
tftp_expect_first vm "$SCRIPT"
grep -q "	$BIOS_FILE	" "$WORK/vm.tftp" && fail "iPXE was handed GRUB, not the script"
http_requests vm "$WORK/vm-capture.pcapng"
grep -qx "GET /$KERNEL_FILE" "$WORK/vm.http" || fail "no HTTP GET of the kernel"
grep -qx "GET /$INITRD_FILE" "$WORK/vm.http" || fail "no HTTP GET of the initrd"
pass "DHCP: $SCRIPT to iPXE; TFTP: the script; HTTP: $KERNEL_FILE and $INITRD_FILE"

serial_has vm "Command line: initrd=initrd.gz console=ttyS0\$" ||
    fail "the kernel's command line is not the script's: $(grep 'Command line' "$WORK/vm.serial.txt")"
grep -F "  $VM_MAC  " "$WORK/server.log" >"$WORK/timeline.txt" || true
for want in "session 1: menu $SCRIPT" "session 1: kernel $KERNEL_FILE ($(bytes_grouped "$WORK/tree/$KERNEL_FILE") bytes" \
    "session 1: initrd $INITRD_FILE ($(bytes_grouped "$WORK/tree/$INITRD_FILE") bytes" "session 1: handed over"; do
    grep -qF "$want" "$WORK/timeline.txt" || fail "the timeline lacks '$want': $(cat "$WORK/timeline.txt")"
done
pass "timeline: menu (the script), kernel, initrd, handed over"
echo "boot_bios_ipxe_http: all checks passed"

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# UEFI HTTP boot (arch 16): an OVMF VM with PXE turned off asks DHCP as
# "HTTPClient:Arch:00016"; Rackside answers with the site's http-x64 URL
# (option 60 HTTPClient echoed), EDK2 fetches GRUB x86_64-efi from
# Rackside's HTTP server, and GRUB, started over HTTP, fetches its modules,
# its config and the installer's kernel and initrd over HTTP as well (no
# kernelsOver needed), and the kernel runs /init. No TFTP at all.
. "$(dirname "$0")/../lib/netns.sh"
. "$(dirname "$0")/../lib/vm.sh"

VM_MAC=52:54:00:12:34:5a
need qemu-system-x86_64 tshark python3
[ "$SERVER" = rackside ] || fail "this test is about Rackside's HTTP boot"
site_hook() { site_edit "$1" "site['boot']['http-x64'] = 'http://{server}/$UEFI_FILE'"; }

boot_tree_make "$WORK/tree"
boot_vm vm uefi-http virtio "$UEFI_FILE" 'Run /init' 240
pass "UEFI HTTP boot VM ran /init ${VM_ELAPSED} s after QEMU started"

http_requests vm "$WORK/vm-capture.pcapng"
grep -qx "GET /$UEFI_FILE" "$WORK/vm.http" || fail "EDK2 did not fetch GRUB over HTTP"
grep -qx "GET /$KERNEL_FILE" "$WORK/vm.http" || fail "no HTTP GET of the kernel"
grep -qx "GET /$INITRD_FILE" "$WORK/vm.http" || fail "no HTTP GET of the initrd"
[ ! -s "$WORK/vm.tftp" ] || fail "the VM used TFTP: $(cat "$WORK/vm.tftp")"
pass "HTTP only: GRUB ($UEFI_FILE), its modules and config, $KERNEL_FILE, $INITRD_FILE; no TFTP"

# The firmware asked as an HTTP client; the ACK echoed HTTPClient and gave the URL.
asked=$(pcap_fields "$WORK/vm-capture.pcapng" "dhcp.option.dhcp == 3 && dhcp.hw.mac_addr == $VM_MAC" \
    dhcp.option.vendor_class_id dhcp.option.client_system_architecture | head -n 1)
[[ "$asked" == HTTPClient:Arch:00016*$'\t'16 ]] || fail "the VM did not ask as an HTTP boot client: '$asked'"
acked=$(pcap_fields "$WORK/vm-capture.pcapng" "dhcp.option.dhcp == 5 && dhcp.hw.mac_addr == $VM_MAC" \
    dhcp.option.vendor_class_id dhcp.file dhcp.option.bootfile_name | head -n 1)
url="http://10.77.0.1/$UEFI_FILE"
[[ "$acked" == "HTTPClient"$'\t'* && "$acked" == *"$url"* ]] || fail "the ACK: '$acked', expected HTTPClient and $url"
pass "DHCP: HTTPClient:Arch:00016 asked, ACK with HTTPClient and $url"

grep -F "  $VM_MAC  " "$WORK/server.log" >"$WORK/timeline.txt" || true
for want in "session 1: boot loader $UEFI_FILE ($(bytes_grouped "$WORK/tree/$UEFI_FILE") bytes" \
    "session 1: kernel $KERNEL_FILE ($(bytes_grouped "$WORK/tree/$KERNEL_FILE") bytes" \
    "session 1: initrd $INITRD_FILE ($(bytes_grouped "$WORK/tree/$INITRD_FILE") bytes" "session 1: handed over"; do
    grep -qF "$want" "$WORK/timeline.txt" || fail "the timeline lacks '$want': $(cat "$WORK/timeline.txt")"
done
pass "timeline: boot loader, kernel, initrd over HTTP, handed over"
echo "boot_uefi_http: all checks passed"

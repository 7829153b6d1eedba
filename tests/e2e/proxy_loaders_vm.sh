#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Proxy mode with the loaders other than GRUB: dnsmasq (10.77.0.2) hands out
# the addresses and names 10.77.0.2 as its next server, Rackside (10.77.0.1,
# --dhcp-mode proxy) only the boot files. Each VM must boot the installer's
# kernel to /init with every TFTP request going to Rackside:
#   (1) BIOS, SeaBIOS with QEMU's iPXE ROM: iPXE gets the site's iPXE menu
#       script from the proxy offer and fetches kernel and initrd by it;
#   (2) x64 UEFI, OVMF's own PXE: iPXE (ipxe.efi from the loader tree), then
#       the same iPXE menu script;
#   (3) BIOS again, with no iPXE boot file in the site: the iPXE ROM runs
#       PXELINUX (pxelinux.0 and ldlinux.c32 from the loader tree), which
#       reads Rackside's pxelinux.cfg.
# GRUB in proxy mode is proxy_dhcp_vm's.
. "$(dirname "$0")/../lib/netns.sh"
. "$(dirname "$0")/../lib/vm.sh"

BIOS_MAC=52:54:00:12:34:61
UEFI_MAC=52:54:00:12:34:62
PXELINUX_MAC=52:54:00:12:34:63
need qemu-system-x86_64 tshark python3 dnsmasq

net_add srv "" 10.77.0.1/24
net_add dns "" 10.77.0.2/24
tap_add tap0
boot_tree_make "$WORK/tree"
write_site "$WORK/site.json" proxy
site_drop "$WORK/site.json" boot.http-x64
site_menu_add "$WORK/site.json"
site_edit "$WORK/site.json" "site['boot']['uefi-x64'] = 'ipxe/ipxe.efi'"

capture_start capture
dnsmasq_start dns dnsmasq.log

# serve_proxy LOG: rackside in proxy mode on the current site file.
serve_proxy() {
    bg "$1" nsx srv "$RACKSIDE" serve --site "$WORK/site.json" --dhcp-mode proxy --boot-tree "$WORK/tree"
    SERVER=$LAST_PID
    wait_for 15 "$WORK/$1" 'DHCP proxy on srv0 port 67 as 10\.77\.0\.1, proxyDHCP port 4011' ||
        fail "proxy did not start: $(cat "$WORK/$1")"
}

# booted NAME: the VM NAME's kernel has the site's menu's command line.
booted() {
    serial_has "$1" "Command line: .*console=ttyS0" ||
        fail "$1: the kernel's command line is not the site's: $(grep 'Command line' "$WORK/$1.serial.txt")"
}

serve_proxy server1.log
vm_start ipxe bios e1000 tap0 "$BIOS_MAC"
vm_wait_serial ipxe "Run /init"
booted ipxe
pass "(1) BIOS, iPXE ROM, iPXE menu script: /init ${VM_ELAPSED} s after QEMU started"

vm_start uefi uefi virtio tap0 "$UEFI_MAC"
vm_wait_serial uefi "Run /init"
booted uefi
pass "(2) x64 UEFI, EDK2's PXE, then ipxe.efi and the iPXE menu script: /init ${VM_ELAPSED} s after QEMU started"
stop_pid "$SERVER"

site_drop "$WORK/site.json" boot.ipxe
site_edit "$WORK/site.json" "site['boot']['bios'] = 'pxelinux.0'"
serve_proxy server2.log
vm_start pxelinux bios e1000 tap0 "$PXELINUX_MAC"
vm_wait_serial pxelinux "Run /init"
booted pxelinux
pass "(3) BIOS, iPXE ROM, PXELINUX: /init ${VM_ELAPSED} s after QEMU started"
stop_pid "$SERVER"
capture_stop
stop_pid "$DNSMASQ_PID"

CAP=$WORK/capture.pcapng
# Addresses from dnsmasq only; not one TFTP or HTTP request to it.
OURS=$(pcap_fields "$CAP" "dhcp.option.dhcp in {2, 5} && ip.src == 10.77.0.1" dhcp.ip.your | sort -u)
[ "$OURS" = 0.0.0.0 ] || fail "Rackside handed out addresses in proxy mode: $OURS"
STRAY=$(pcap_fields "$CAP" "(tftp.opcode == 1 || http.request) && ip.dst != 10.77.0.1" ip.src ip.dst tftp.source_file http.request.uri)
[ -z "$STRAY" ] || fail "requests went elsewhere than 10.77.0.1: $STRAY"
for want in "$BIOS_MAC boot/ipxe/menu.ipxe" "$UEFI_MAC ipxe/ipxe.efi" "$UEFI_MAC boot/ipxe/menu.ipxe" \
    "$PXELINUX_MAC pxelinux.0" "$PXELINUX_MAC ldlinux.c32" "$PXELINUX_MAC pxelinux.cfg/"; do
    set -- $want
    [ -n "$(pcap_fields "$CAP" "eth.src == $1 && tftp.opcode == 1 && tftp.source_file contains \"$2\"" frame.number)" ] ||
        fail "$1 asked Rackside for no $2: $(pcap_fields "$CAP" "eth.src == $1 && tftp.opcode == 1" tftp.source_file | tr '\n' ' ')"
done
for mac in "$BIOS_MAC" "$UEFI_MAC" "$PXELINUX_MAC"; do
    [ -n "$(pcap_fields "$CAP" "eth.src == $mac && ((tftp.opcode == 1 && tftp.source_file contains \"initrd.gz\") || http.request.uri contains \"initrd.gz\")" frame.number)" ] ||
        fail "$mac fetched no initrd from Rackside"
done
pass "wire: addresses from dnsmasq only; every loader, menu, kernel and initrd request to 10.77.0.1"
echo "proxy_loaders_vm: all checks passed"

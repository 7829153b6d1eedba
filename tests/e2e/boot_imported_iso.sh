#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A VM boots an imported ISO: the test builds a Fedora-layout ISO with
# xorriso (productmd .treeinfo naming images/pxeboot/vmlinuz and initrd.img,
# which are the Debian installer's kernel and initrd, and repodata/), and
# `rackside import X.iso --site ... --name fedora41 --menu installer-uefi`
# copies its kernel and initrd into the boot tree's images/fedora41/ and adds
# an entry with inst.repo=http://{server}/iso/fedora41 to the UEFI menu.
# That entry made the menu's default (console=ttyS0 added), a diskless UEFI
# VM (OVMF, EDK2's own PXE on virtio-net) gets GRUB by DHCP and TFTP, and
# GRUB (site "kernelsOver": "http") fetches the imported kernel and initrd
# from Rackside's HTTP server; the kernel runs /init with the entry's command
# line. While the server runs, a client on the bridge fetches the tree that
# inst.repo names (.treeinfo, repodata/repomd.xml), served from the ISO.
. "$(dirname "$0")/../lib/netns.sh"
. "$(dirname "$0")/../lib/vm.sh"
. "$(dirname "$0")/../lib/isos.sh"

VM_MAC=52:54:00:12:34:5b
NAME=fedora41
MENU=installer-uefi
IMPORTED_KERNEL=images/$NAME/vmlinuz
IMPORTED_INITRD=images/$NAME/initrd.img
REPO=http://10.77.0.1/iso/$NAME
need qemu-system-x86_64 tshark python3 xorriso curl cmp
[ "$SERVER" = rackside ] || fail "this test is about Rackside's import"

# The ISO: Anaconda's layout, with the Debian installer's kernel and initrd
# as its payload (graft points: no copies on disk).
fedora_tree_files "$WORK/payload"
ISO=$WORK/Fedora-41-x86_64.iso
xorriso -as mkisofs -R -J -V Fedora-41 -o "$ISO" -graft-points \
    "/images/pxeboot/vmlinuz=$DI_IMAGES/linux" "/images/pxeboot/initrd.img=$DI_IMAGES/initrd.gz" \
    "/.treeinfo=$WORK/payload/.treeinfo" "/repodata/repomd.xml=$WORK/payload/repodata/repomd.xml" \
    >"$WORK/xorriso.log" 2>&1 || fail "xorriso: $(cat "$WORK/xorriso.log")"

# Runs in boot_server_start on the site vm.sh wrote, before Rackside starts.
site_hook() {
    local site=$1
    site_edit "$site" "site['bootTree'] = '$WORK/tree'"
    "$RACKSIDE" import "$ISO" --site "$site" --name "$NAME" --menu "$MENU" >"$WORK/import.out" 2>"$WORK/import.err" ||
        fail "rackside import failed: $(cat "$WORK/import.out" "$WORK/import.err")"
    cat "$WORK/import.out"
    cmp "$DI_IMAGES/linux" "$WORK/tree/$IMPORTED_KERNEL" || fail "the imported kernel is not the ISO's"
    cmp "$DI_IMAGES/initrd.gz" "$WORK/tree/$IMPORTED_INITRD" || fail "the imported initrd is not the ISO's"
    # The imported entry, and only it, boots: the menu's default, on ttyS0.
    site_edit "$site" "
site['kernelsOver'] = 'http'
menu = [m for m in site['menus'] if m['name'] == '$MENU'][0]
entry = [e for e in menu['entries'] if e['name'] == '$NAME']
assert len(entry) == 1, 'import added no entry $NAME to menu $MENU: %r' % menu['entries']
assert entry[0]['kernel'] == '$IMPORTED_KERNEL' and entry[0]['initrds'] == ['$IMPORTED_INITRD'], entry[0]
assert 'inst.repo=http://{server}/iso/$NAME' in entry[0]['args'].split(), entry[0]
entry[0]['args'] += ' console=ttyS0'
menu['default'] = '$NAME'
" || fail "the imported entry in the site: $(cat "$site")"
}

boot_tree_make "$WORK/tree"
tap_add tap0
capture_start vm-capture
boot_server_start "$WORK/tree" "$BIOS_FILE" "$UEFI_FILE"
pass "rackside import: $ISO as $NAME in menu $MENU, kernel and initrd copied whole"

vm_start vm uefi virtio tap0 "$VM_MAC"
echo "--- vm: $(cat "$WORK/vm.cmd")"
vm_wait_serial vm 'Run /init' 240
pass "UEFI VM ran /init from the imported $NAME ${VM_ELAPSED} s after QEMU started"

# What inst.repo names, from another machine on the bridge, while Rackside runs.
net_add cli "" 10.77.0.9/24
for f in .treeinfo repodata/repomd.xml; do
    nsx cli curl -sS --max-time 20 -o "$WORK/fetched" "$REPO/$f" 2>"$WORK/curl.err" ||
        fail "GET $REPO/$f: $(cat "$WORK/curl.err")"
    cmp -s "$WORK/payload/$f" "$WORK/fetched" || fail "GET $REPO/$f gave other bytes: $(head -c 300 "$WORK/fetched")"
done
pass "HTTP: $REPO/.treeinfo and repodata/repomd.xml are the ISO's files"

capture_stop
# Rackside says "handed over" once the initrd is in and 3 s pass quietly.
wait_for 10 "$WORK/server.log" "  $VM_MAC  .*handed over" || true
boot_server_stop
echo "--- vm: Rackside's session for $VM_MAC"
grep -F "  $VM_MAC  session" "$WORK/server.log" || true
echo "--- vm: TFTP read requests (s after QEMU start, client, path, options, bytes, end, s taken)"
tftp_transfers vm "$WORK/vm-capture.pcapng"

http_requests vm "$WORK/vm-capture.pcapng"
grep -qx "GET /$IMPORTED_KERNEL" "$WORK/vm.http" || fail "no HTTP GET of $IMPORTED_KERNEL"
grep -qx "GET /$IMPORTED_INITRD" "$WORK/vm.http" || fail "no HTTP GET of $IMPORTED_INITRD"
if grep -E "	(/?$KERNEL_FILE|/?$INITRD_FILE|/?images/.*)	" "$WORK/vm.tftp"; then
    fail "a kernel or initrd went over TFTP"
fi
if grep -E "^GET /($KERNEL_FILE|$INITRD_FILE)$" "$WORK/vm.http"; then
    fail "the VM fetched the Debian entry's kernel or initrd"
fi
tftp_expect_first vm "$UEFI_FILE"
tftp_expect_config vm boot/grub
pass "TFTP: $UEFI_FILE and a GRUB config; HTTP: $IMPORTED_KERNEL and $IMPORTED_INITRD"

grep -qE "  $VM_MAC  HTTP sent +$IMPORTED_KERNEL \\($(stat -c %s "$DI_IMAGES/linux") bytes\\)" "$WORK/server.log" ||
    fail "Rackside did not send the VM the whole imported kernel: $(grep -F "$IMPORTED_KERNEL" "$WORK/server.log")"
grep -qE "  $VM_MAC  HTTP sent +$IMPORTED_INITRD \\($(stat -c %s "$DI_IMAGES/initrd.gz") bytes\\)" "$WORK/server.log" ||
    fail "Rackside did not send the VM the whole imported initrd: $(grep -F "$IMPORTED_INITRD" "$WORK/server.log")"
pass "server log: $IMPORTED_KERNEL and $IMPORTED_INITRD sent whole to $VM_MAC"

serial_has vm "Command line: BOOT_IMAGE=/$IMPORTED_KERNEL " ||
    fail "the kernel is not the imported one: $(grep 'Command line' "$WORK/vm.serial.txt")"
serial_has vm "Command line: .* inst\\.repo=${REPO//./\\.}( |\$)" ||
    fail "the kernel's command line lacks inst.repo=$REPO: $(grep 'Command line' "$WORK/vm.serial.txt")"
serial_has vm "Command line: .* console=ttyS0\$" ||
    fail "the kernel's command line is not the imported entry's: $(grep 'Command line' "$WORK/vm.serial.txt")"
pass "kernel command line: $(grep -m1 -o 'Command line: .*' "$WORK/vm.serial.txt")"

# The session's stages, with the imported kernel and initrd in them.
KERNEL_FILE=$IMPORTED_KERNEL INITRD_FILE=$IMPORTED_INITRD timeline_expect_stages "$VM_MAC" "$UEFI_FILE"
pass "timeline: address, $UEFI_FILE, menu, $IMPORTED_KERNEL, $IMPORTED_INITRD, handed over"
echo "boot_imported_iso: all checks passed"

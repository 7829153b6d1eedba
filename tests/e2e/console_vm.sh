#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The real console under Xvfb serves a UEFI VM: `rackside --site ... --start`
# (the window, its Start, its rogue check and servers) in a private
# namespace, a QEMU VM (OVMF, EDK2's PXE) network-boots from it, and once
# the VM's lane reaches the kernel stage the console takes a screenshot,
# prints its lanes and quits. The lane must say kernel (or later) and the
# screenshot must hold the kernel span's colour.
. "$(dirname "$0")/../lib/netns.sh"
. "$(dirname "$0")/../lib/vm.sh"

need qemu-system-x86_64 xvfb-run convert python3
VM_MAC=52:54:00:12:34:5b
KERNEL_COLOUR=2A9DA6 # Ui::TimelineDelegate::stageColor(Kernel)

# The site's own boot tree (boot-tree beside the site file): no --boot-tree here.
boot_tree_make "$WORK/boot-tree"
ip netns list | grep -qw srv || net_add srv "" 10.77.0.1/24
tap_add tap0
write_site "$WORK/site.json" serve
site_drop "$WORK/site.json" boot.ipxe boot.http-x64
site_set "$WORK/site.json" boot.bios "$BIOS_FILE" boot.uefi-x64 "$UEFI_FILE"
site_menu_add "$WORK/site.json"

# A home of its own: no settings or loader cache from the machine's user.
mkdir -p "$WORK/home"
bg console.log nsx srv env HOME="$WORK/home" XDG_RUNTIME_DIR="$WORK/home" QT_QPA_PLATFORM=xcb \
    xvfb-run -a -s "-screen 0 1280x800x24" \
    "$RACKSIDE" --site "$WORK/site.json" --start --screenshot "$WORK/console.png" --screenshot-at-stage kernel
CONSOLE_PID=$LAST_PID
for ((i = 0; i < 150; i++)); do
    [ -n "$(nsx srv ss -Hlun 'sport = :67')" ] && [ -n "$(nsx srv ss -Hlun 'sport = :69')" ] && break
    kill -0 "$CONSOLE_PID" 2>/dev/null || fail "the console ended before serving: $(tail -n 20 "$WORK/console.log")"
    sleep 0.2
done
[ -n "$(nsx srv ss -Hlun 'sport = :69')" ] || fail "the console did not start DHCP and TFTP: $(tail -n 20 "$WORK/console.log")"
pass "console under Xvfb pressed Start: DHCP on 67 and TFTP on 69 in its namespace"

vm_start vm uefi virtio tap0 "$VM_MAC"
for ((i = 0; i < 200; i++)); do
    kill -0 "$CONSOLE_PID" 2>/dev/null || break
    sleep 1
done
rc=0
wait "$CONSOLE_PID" || rc=$?
stop_pid "$VM_PID"
[ "$rc" = 0 ] || fail "the console quit with $rc (no lane reached the kernel stage): $(tail -n 20 "$WORK/console.log")"
lane=$(grep "^lane $VM_MAC " "$WORK/console.log") || fail "no lane for $VM_MAC: $(cat "$WORK/console.log")"
case "$lane" in
    *"  kernel" | *"  initrd" | *"  handed over") ;;
    *) fail "the VM's lane says '$lane', not the kernel stage or later" ;;
esac
pass "console: $lane"

[ -s "$WORK/console.png" ] || fail "no screenshot"
pixels=$(convert "$WORK/console.png" -format %c histogram:info:- | grep -i "#$KERNEL_COLOUR" | awk '{ print $1 + 0 }' | head -n1)
[ "${pixels:-0}" -gt 50 ] || fail "the screenshot has no kernel span (#$KERNEL_COLOUR: ${pixels:-0} pixels)"
pass "screenshot $(identify -format '%wx%h' "$WORK/console.png") with ${pixels} pixels of the kernel span's colour"
cp "$WORK/console.png" "${RACKSIDE_BUILD_DIR:-$WORK}/console-vm.png" 2>/dev/null || true
echo "console_vm: all checks passed"

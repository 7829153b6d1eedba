#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# An unattended Debian install's loop, on real firmware: a diskless BIOS VM
# network boots the Debian installer from Rackside with `auto=true
# priority=critical url=http://{server}/answers/preseed.cfg`; the installer
# takes an address from Rackside, fetches its preseed, which Rackside renders
# for the VM's MAC (known from the lease: no MAC in the URL), and runs the
# preseed's early_command, which calls install-done (standing in for a
# late_command after a real install). Rackside then switches the host to its
# local disk: the site file says so, and the next grub.cfg for the VM's MAC
# (over TFTP, as GRUB would fetch it) boots the disk instead of the installer.
# The timeline shows the answer file fetched and the install done.
. "$(dirname "$0")/../lib/netns.sh"
. "$(dirname "$0")/../lib/vm.sh"

VM_MAC=52:54:00:12:34:58
need qemu-system-x86_64 python3 curl
[ "$SERVER" = rackside ] || fail "this test is about Rackside's answer files"

# The VM is a host with a name, and every menu boots the installer unattended.
site_hook() {
    site_edit "$1" "
site['hosts'] = [{'mac': '$VM_MAC', 'hostname': 'rack-node-7', 'ip': '', 'menu': ''}]
for menu in site['menus']:
    for entry in menu['entries']:
        entry['args'] += ' auto=true priority=critical url=http://{server}/answers/preseed.cfg'
site['answerFiles'] = [{'name': 'preseed.cfg', 'file': 'answers/preseed.cfg'}]
site['variables'] = {'domain': 'rack.test'}
"
    mkdir -p "$WORK/answers"
    # Only the questions asked before the preseed is read, and the call home.
    cat >"$WORK/answers/preseed.cfg" <<'PRESEED'
# Rackside renders this for {hostname} ({mac}) at {ip}
d-i debian-installer/locale string en_US.UTF-8
d-i keyboard-configuration/xkb-keymap select us
d-i netcfg/choose_interface select auto
d-i netcfg/get_hostname string {hostname}
d-i netcfg/get_domain string {domain}
d-i preseed/early_command string wget -q -O /tmp/rackside-install-done http://{server}/install-done
PRESEED
}

boot_tree_make "$WORK/tree"
tap_add tap0
boot_server_start "$WORK/tree" "$BIOS_FILE" "$UEFI_FILE"
vm_start vm bios e1000 tap0 "$VM_MAC"
echo "--- vm: $(cat "$WORK/vm.cmd")"
# Under TCG the installer needs about a minute after the kernel to get this far.
wait_for 400 "$WORK/server.log" "  $VM_MAC  session [0-9]+: installed after" || {
    kill -0 "$VM_PID" 2>/dev/null || echo "--- QEMU exited: $(cat "$WORK/vm.log")"
    grep -F "  $VM_MAC  " "$WORK/server.log" | grep -v 'HTTP progress' | tail -n 30
    vm_fail vm "no install-done from the installer within 400 s"
}
VM_ELAPSED=$(elapsed_since "$VM_T0" "$(date +%s.%N)")
stop_pid "$VM_PID"
pass "the installer called install-done ${VM_ELAPSED} s after QEMU started"

# The answer file, rendered for the VM, and who asked for it.
sent=$(grep -oE "  $VM_MAC  HTTP sent +answers/preseed.cfg \\([0-9]+ bytes\\)" "$WORK/server.log" | grep -oE '[0-9]+ bytes' | head -n 1 | cut -d' ' -f1)
[ -n "$sent" ] || fail "Rackside did not send the VM its preseed"
address=$(grep -oE "  $VM_MAC  session [0-9]+: address 10\\.77\\.0\\.[0-9]+" "$WORK/server.log" | head -n 1 | grep -oE '10\.77\.0\.[0-9]+$')
# The same file asked for by MAC from the server's side: all but {ip}, which
# is the VM's own address only when the VM asks. With it put back, the size
# is what the VM received.
nsx srv curl -sS -o "$WORK/preseed.out" "http://10.77.0.1/answers/$VM_MAC/preseed.cfg" || fail "fetching the preseed again"
grep -qx "# Rackside renders this for rack-node-7 ($VM_MAC) at " "$WORK/preseed.out" ||
    fail "the preseed is not rendered for the VM: $(head -n 3 "$WORK/preseed.out")"
[ $(($(stat -c %s "$WORK/preseed.out") + ${#address})) = "$sent" ] ||
    fail "the VM got $sent bytes, not the preseed rendered for $address"
grep -qx 'd-i netcfg/get_domain string rack.test' "$WORK/preseed.out" || fail "the site's {domain} was not filled in"
grep -qx 'd-i preseed/early_command string wget -q -O /tmp/rackside-install-done http://10.77.0.1/install-done' \
    "$WORK/preseed.out" || fail "{server} was not filled in: $(cat "$WORK/preseed.out")"
pass "preseed rendered for rack-node-7 ($VM_MAC) at $address"

# The timeline: the answers stage, then installed, on the VM's lane.
grep -qE "  $VM_MAC  session [0-9]+: answers answers/preseed.cfg \\(" "$WORK/server.log" ||
    fail "the timeline has no answers stage for the VM"
grep -qE "  $VM_MAC  HTTP install done +rack-node-7 \\($VM_MAC\\) is installed" "$WORK/server.log" ||
    fail "no install done event for the VM"
pass "timeline: answers answers/preseed.cfg, then installed"

# Kept in the site file, and what GRUB gets next time.
wait_for 5 "$WORK/server.log" 'is installed: its next boot is its local disk \(saved in' || fail "serve did not save the install"
python3 - "$WORK/site.json" "$VM_MAC" <<'PY' || fail "the site file does not say nextBoot local: $(cat "$WORK/site.json")"
import json, sys
site = json.load(open(sys.argv[1]))
assert [h.get("nextBoot") for h in site["hosts"] if h["mac"] == sys.argv[2]] == ["local"]
PY
cfg_name=boot/grub/i386-pc/grub.cfg-01-${VM_MAC//:/-}
nsx srv curl -sS -o "$WORK/next-grub-mac.cfg" "tftp://10.77.0.1/$cfg_name" || fail "fetching $cfg_name"
grep -q 'rack-node-7 .* is installed: boot its local disk' "$WORK/next-grub-mac.cfg" ||
    fail "the next $cfg_name does not boot the disk: $(cat "$WORK/next-grub-mac.cfg")"
grep -q 'chainloader +1' "$WORK/next-grub-mac.cfg" && ! grep -q "$KERNEL_FILE" "$WORK/next-grub-mac.cfg" ||
    fail "the next $cfg_name still boots the installer: $(cat "$WORK/next-grub-mac.cfg")"
pass "the next grub.cfg for $VM_MAC boots its local disk"
boot_server_stop
echo "install_preseed: all checks passed"

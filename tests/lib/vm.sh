# SPDX-License-Identifier: GPL-3.0-or-later
# Whole network boots of real firmware under QEMU, to the Debian installer's
# kernel: a boot tree, a GRUB config, VMs (SeaBIOS + iPXE, OVMF with EDK2's
# own PXE or iPXE's, OVMF with Secure Boot enforcing), the wait for the kernel
# to run /init, and the TFTP transfers the firmware made, from a capture.
# Source after tests/lib/netns.sh.
#
#   boot_tree_make DIR        GRUB network images, the installer, the signed chain
#   grub_cfg_write FILE       one entry: the installer kernel on ttyS0
#   boot_server_start DIR BIOS_FILE UEFI_FILE
#                             $SERVER (rackside, the default, or dnsmasq) on srv0;
#                             a site_hook FILE function, when defined, edits the site first
#   vm_start NAME FIRMWARE NIC TAP MAC
#                             FIRMWARE bios|uefi|secureboot, NIC e1000|virtio
#   vm_wait_serial NAME PATTERN [SECONDS]   then stops the VM; sets VM_ELAPSED
#   tftp_transfers NAME       what the VM fetched, from its capture
#   boot_vm NAME FIRMWARE NIC BOOT_FILE     all of the above for $WORK/tree
#   tftp_expect_* / wire_expect_boot_file / timeline_expect_stages  checks

# Debian installer images (debian-installer-13-netboot-amd64).
DI_IMAGES=/usr/lib/debian-installer/images/13/amd64/text/debian-installer/amd64
# Same place as in Debian's netboot tarball: the signed GRUB's prefix is
# built in as /debian-installer/amd64/grub, and shim loads grubx64.efi from
# the directory its own path (the BOOTP file field) names.
DI_DIR=debian-installer/amd64
BIOS_FILE=boot/grub/i386-pc/core.0
UEFI_FILE=boot/grub/x86_64-efi/core.efi
SHIM_FILE=$DI_DIR/bootnetx64.efi
KERNEL_FILE=$DI_DIR/linux
INITRD_FILE=$DI_DIR/initrd.gz
# Where grub-mknetdir's images read their config (boot/grub/*/grub.cfg says
# `source boot/grub/grub.cfg`) and where the signed GRUB reads it (its
# memdisk config sources $prefix/grub.cfg; measured in the VM).
GRUB_CFG=boot/grub/grub.cfg
SIGNED_GRUB_CFG=$DI_DIR/grub/grub.cfg
OVMF=/usr/share/OVMF
SERVER=${SERVER:-rackside}

# boot_tree_make DIR: everything the three firmware paths fetch, as plain
# files (no symlinks: a confined server may refuse links out of the tree).
# GRUB configs only for dnsmasq: Rackside must render its own from the
# site's menu (boot_server_start), so a pass proves its configs.
boot_tree_make() {
    local dir=$1 f
    need grub-mknetdir
    for f in /usr/lib/grub/i386-pc/moddep.lst /usr/lib/grub/x86_64-efi/moddep.lst; do
        [ -f "$f" ] || fail "$f is missing (packages grub-pc-bin and grub-efi-amd64-bin)"
    done
    for f in linux initrd.gz bootnetx64.efi grubx64.efi; do
        [ -f "$DI_IMAGES/$f" ] || fail "$DI_IMAGES/$f is missing (package debian-installer-13-netboot-amd64)"
    done
    mkdir -p "$dir/$DI_DIR/grub"
    grub-mknetdir --net-directory="$dir" --subdir=boot/grub >"$WORK/grub-mknetdir.log" 2>&1 ||
        fail "grub-mknetdir failed: $(cat "$WORK/grub-mknetdir.log")"
    for f in "$BIOS_FILE" "$UEFI_FILE"; do
        [ -f "$dir/$f" ] || fail "grub-mknetdir made no $f: $(cat "$WORK/grub-mknetdir.log")"
    done
    for f in linux initrd.gz bootnetx64.efi grubx64.efi; do
        cp "$DI_IMAGES/$f" "$dir/$DI_DIR/$f"
    done
    if [ "$SERVER" = dnsmasq ]; then
        grub_cfg_write "$dir/$GRUB_CFG"
        grub_cfg_write "$dir/$SIGNED_GRUB_CFG"
    fi
}

# grub_cfg_write FILE: boot the installer at once (the same entry as
# site_menu_add gives Rackside). Without `quiet` the kernel
# prints "Run /init as init process" when it starts the initramfs.
grub_cfg_write() {
    cat >"$1" <<CFG
set timeout=0
menuentry 'Debian installer' {
    linux /$KERNEL_FILE console=ttyS0
    initrd /$INITRD_FILE
}
CFG
}

# site_set FILE SECTION.KEY VALUE...: set keys in a site file.
site_set() {
    local file=$1
    shift
    python3 - "$file" "$@" <<'PY'
import json, sys
path, pairs = sys.argv[1], sys.argv[2:]
with open(path) as f:
    site = json.load(f)
for key, value in zip(pairs[0::2], pairs[1::2]):
    section, name = key.split(".", 1)
    site[section][name] = value
with open(path, "w") as f:
    json.dump(site, f, indent=2)
PY
}

# site_edit FILE PYTHON: run PYTHON on the site file's JSON as `site`.
site_edit() {
    python3 - "$1" "$2" <<'PY'
import json, sys
path, code = sys.argv[1:3]
with open(path) as f:
    site = json.load(f)
exec(code)
with open(path, "w") as f:
    json.dump(site, f, indent=2)
PY
}

# http_requests NAME PCAP: the HTTP requests in the capture, "METHOD URI" a
# line, into $WORK/NAME.http and printed.
http_requests() {
    pcap_fields "$2" "http.request" http.request.method http.request.uri | tr '\t' ' ' | tee "$WORK/$1.http"
}

# site_menu_add FILE: menus that boot the installer at once on ttyS0 (what
# grub_cfg_write writes for dnsmasq): BIOS and x64 UEFI machines get menus of
# their own (archMenus) whose kernel line says which one GRUB chose at run
# time, "rackside.menu=bios" or "=uefi"; any other platform gets "installer".
site_menu_add() {
    python3 - "$1" "$KERNEL_FILE" "$INITRD_FILE" <<'PY'
import json, sys
path, kernel, initrd = sys.argv[1:4]
with open(path) as f:
    site = json.load(f)
def menu(name, args):
    return {"name": name, "title": "Installer", "default": "debian", "timeout": 0,
            "entries": [{"name": "debian", "title": "Debian installer", "kernel": kernel,
                         "initrds": [initrd], "args": args}]}
site["menus"] = [menu("installer", "console=ttyS0"),
                 menu("installer-bios", "console=ttyS0 rackside.menu=bios"),
                 menu("installer-uefi", "console=ttyS0 rackside.menu=uefi")]
site["defaultMenu"] = "installer"
site["archMenus"] = {"bios": "installer-bios", "uefi-x64": "installer-uefi"}
with open(path, "w") as f:
    json.dump(site, f, indent=2)
PY
}

# boot_server_start TREE BIOS_FILE UEFI_FILE: DHCP and TFTP at 10.77.0.1 on
# srv0 (made here), serving TREE; x64 UEFI clients (option 93 = 7 or 9) get
# UEFI_FILE, others BIOS_FILE, in the BOOTP file field. SERVER=dnsmasq runs
# dnsmasq instead of Rackside, to prove the VM side against a known server.
# Pid in SERVER_PID, output in $WORK/server.log. RACKSIDE_RECORD=FILE appends
# Rackside's events to FILE as JSON Lines.
boot_server_start() {
    local tree=$1 bios=$2 uefi=$3
    ip netns list | grep -qw srv || net_add srv "" 10.77.0.1/24
    case "$SERVER" in
        rackside)
            write_site "$WORK/site.json" serve
            site_drop "$WORK/site.json" boot.ipxe boot.http-x64
            site_set "$WORK/site.json" boot.bios "$bios" boot.uefi-x64 "$uefi"
            site_menu_add "$WORK/site.json"
            # A test that defines site_hook FILE changes the site before Rackside starts.
            if declare -F site_hook >/dev/null; then site_hook "$WORK/site.json"; fi
            # RACKSIDE_RECORD=FILE keeps the run's events (fixtures for the timeline's tests).
            bg server.log nsx srv "$RACKSIDE" serve --site "$WORK/site.json" --boot-tree "$tree" --rogue-timeout 1000 \
                ${RACKSIDE_RECORD:+--record "$RACKSIDE_RECORD"}
            SERVER_PID=$LAST_PID
            wait_for 10 "$WORK/server.log" 'DHCP server on srv0' ||
                fail "rackside did not start: $(cat "$WORK/server.log")"
            ;;
        dnsmasq)
            # dnsmasq_start writes to LOG; name it server.log like Rackside's.
            # --dhcp-no-override: the boot file in the BOOTP file field even
            # when the client lists option 67 (EDK2 does), as shim needs.
            dnsmasq_start srv server.log --enable-tftp --tftp-root="$tree" --dhcp-no-override \
                --dhcp-match=set:efi64,option:client-arch,7 --dhcp-match=set:efi64,option:client-arch,9 \
                --dhcp-boot=tag:efi64,"$uefi",,10.77.0.1 --dhcp-boot=tag:!efi64,"$bios",,10.77.0.1
            SERVER_PID=$DNSMASQ_PID
            ;;
        *) fail "SERVER=$SERVER: expected rackside or dnsmasq" ;;
    esac
}

# boot_server_stop: end the server started by boot_server_start.
boot_server_stop() {
    [ -n "${SERVER_PID:-}" ] && stop_pid "$SERVER_PID"
    SERVER_PID=
}

# vm_start NAME FIRMWARE NIC TAP MAC: a diskless VM that network boots.
#   bios        SeaBIOS, QEMU's iPXE ROM on the NIC (NIC must be e1000)
#   uefi        OVMF; NIC virtio: EDK2's own PXE; e1000: iPXE's EFI driver
#   secureboot  OVMF with Secure Boot enforcing and Microsoft's keys enrolled
#   uefi-http   OVMF with PXE turned off: UEFI HTTP boot (arch 16) only
# KVM fails here: TCG. Serial console in $WORK/NAME.serial, QEMU's output in
# $WORK/NAME.log, the exact command line in $WORK/NAME.cmd. Sets VM_PID and
# VM_T0 (epoch seconds, just before QEMU starts).
vm_start() {
    local name=$1 fw=$2 nic=$3 tap=$4 mac=$5 dev
    need qemu-system-x86_64
    [ -c /dev/net/tun ] || fail "/dev/net/tun is missing: no tap devices for QEMU"
    local args=(qemu-system-x86_64 -accel tcg -m 1024 -nographic -no-reboot -monitor none
        -serial "file:$WORK/$name.serial"
        -netdev "tap,id=n0,ifname=$tap,script=no,downscript=no")
    case "$nic" in
        e1000)
            [ -f /usr/share/qemu/efi-e1000.rom ] || fail "QEMU's e1000 iPXE ROM is missing (package ipxe-qemu)"
            dev="e1000,netdev=n0,mac=$mac"
            ;;
        # romfile= (empty): no iPXE, so OVMF's own network stack does the PXE.
        virtio) dev="virtio-net-pci,netdev=n0,mac=$mac,romfile=" ;;
        *) fail "vm_start: NIC $nic: expected e1000 or virtio" ;;
    esac
    case "$fw" in
        bios)
            [ "$nic" = e1000 ] || fail "vm_start: a BIOS VM boots from iPXE on an e1000"
            args+=(-boot n -device "$dev")
            ;;
        uefi | secureboot | uefi-http)
            local code=$OVMF/OVMF_CODE_4M.fd vars=$OVMF/OVMF_VARS_4M.fd machine=q35
            if [ "$fw" = secureboot ]; then
                code=$OVMF/OVMF_CODE_4M.secboot.fd vars=$OVMF/OVMF_VARS_4M.ms.fd machine=q35,smm=on
                # shellcheck disable=SC2054 # one QEMU argument, commas and all
                args+=(-global driver=cfi.pflash01,property=secure,value=on)
            fi
            [ -f "$code" ] || fail "$code is missing (package ovmf)"
            [ -f "$vars" ] || fail "$vars is missing (package ovmf)"
            cp "$vars" "$WORK/$name.vars.fd"
            # OVMF ignores -boot n: the NIC's bootindex makes it try PXE
            # first. Without an RNG it loads no network stack under TCG.
            args+=(-machine "$machine"
                -drive "if=pflash,format=raw,unit=0,readonly=on,file=$code"
                -drive "if=pflash,format=raw,unit=1,file=$WORK/$name.vars.fd"
                -device virtio-rng-pci -device "$dev,bootindex=1")
            # UEFI HTTP boot only: no PXE boot options (OVMF reads these since edk2-stable202005).
            if [ "$fw" = uefi-http ]; then
                args+=(-fw_cfg name=opt/org.tianocore/IPv4PXESupport,string=n
                    -fw_cfg name=opt/org.tianocore/IPv6PXESupport,string=n)
            fi
            ;;
        *) fail "vm_start: firmware $fw: expected bios, uefi, secureboot or uefi-http" ;;
    esac
    printf '%q ' "${args[@]}" >"$WORK/$name.cmd"
    echo >>"$WORK/$name.cmd"
    : >"$WORK/$name.serial"
    VM_T0=$(date +%s.%N)
    # shellcheck disable=SC2217 # QEMU, started by bg, must not read the test's stdin
    bg "$name.log" "${args[@]}" </dev/null
    VM_PID=$LAST_PID
}

# serial_text NAME: the VM's serial console as plain text (no escapes, no CRs).
serial_text() {
    sed -e 's/\x1b\[[0-9;?]*[A-Za-z]//g' -e 's/\r//g' "$WORK/$1.serial" | tr -cd '\11\12\40-\176'
}

# menu_args FIRMWARE: the kernel command line a VM of FIRMWARE (bios, uefi)
# gets from the server under test's GRUB config.
menu_args() {
    if [ "$SERVER" = rackside ]; then
        echo "console=ttyS0 rackside.menu=$1"
    else
        echo "console=ttyS0"
    fi
}

# serial_has NAME PATTERN: the serial console has a line matching PATTERN
# (extended regex). Not `serial_text | grep -q`: under pipefail, grep's
# early exit fails the pipe.
serial_has() {
    serial_text "$1" >"$WORK/$1.serial.txt"
    grep -qE "$2" "$WORK/$1.serial.txt"
}

# Console lines after which no boot recovers: fail at once instead of at the
# timeout. iPXE and SeaBIOS give up; GRUB reports an error (file not found,
# bad signature) or, without a config, waits at its prompt; EDK2 moves on
# to PXE over IPv6 only when IPv4 failed.
VM_DEAD_END='No more network devices|No bootable device|^error: |^grub( rescue)?> |Kernel panic|>>Start PXE over IPv6|Shell> '

# vm_wait_serial NAME PATTERN [SECONDS]: wait (default 150 s) until the VM's
# serial console shows PATTERN (extended regex), then stop the VM. Sets
# VM_ELAPSED to the seconds from QEMU's start. Fails with the elapsed time
# and the console's tail when it does not come, QEMU exits first, or the
# console shows a dead end (VM_DEAD_END, checked after PATTERN).
vm_wait_serial() {
    local name=$1 pattern=$2 secs=${3:-150} now polls=0
    local deadline=$((SECONDS + secs))
    while ! grep -aqE "$pattern" "$WORK/$name.serial"; do
        now=$(date +%s.%N)
        # Once a second: cleaning the console text costs CPU the VM needs.
        # The firmware may print PATTERN and a dead end in one burst (refused
        # by Secure Boot, then on to IPv6): PATTERN wins when both are there.
        if [ $((++polls % 10)) = 0 ] && serial_has "$name" "$VM_DEAD_END" &&
            ! grep -aqE "$pattern" "$WORK/$name.serial"; then
            vm_fail "$name" "dead end on the serial console $(elapsed_since "$VM_T0" "$now") s after QEMU started: $(grep -E "$VM_DEAD_END" "$WORK/$name.serial.txt" | head -n 3)"
        fi
        if ! kill -0 "$VM_PID" 2>/dev/null; then
            vm_fail "$name" "QEMU exited after $(elapsed_since "$VM_T0" "$now") s before '$pattern': $(cat "$WORK/$name.log")"
        fi
        if [ $SECONDS -ge $deadline ]; then
            vm_fail "$name" "no '$pattern' on the serial console $(elapsed_since "$VM_T0" "$now") s after QEMU started"
        fi
        sleep 0.1
    done
    VM_ELAPSED=$(elapsed_since "$VM_T0" "$(date +%s.%N)")
    stop_pid "$VM_PID"
}

# vm_fail NAME MESSAGE: stop the VM, show its console's tail and what it
# fetched so far (from the capture boot_vm started), and fail.
vm_fail() {
    local name=$1
    stop_pid "$VM_PID"
    echo "--- $name: serial console, last lines:" >&2
    serial_text "$name" | tail -n 25 >&2
    if [ -n "${CAPTURE_PID:-}" ]; then
        capture_stop
        echo "--- $name: TFTP read requests so far:" >&2
        (tftp_transfers "$name" "$WORK/$name-capture.pcapng") >&2 || true
    fi
    fail "$name: $2"
}

# elapsed_since T0 T1: T1 - T0 in seconds, one decimal.
elapsed_since() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

# tftp_transfers NAME [PCAP]: every TFTP read request in the capture (default
# $WORK/NAME-capture.pcapng), in order, one a line, tab-separated: seconds after
# VM_T0, client address, path, options asked, bytes delivered in order
# (retransmissions and duplicates counted once), and how it ended:
# "complete", "error N by client|server: MESSAGE" or "unfinished", and the
# seconds from the request to the last new block. Also
# written to $WORK/NAME.tftp. Only port 69 is decoded: what firmware uses.
tftp_transfers() {
    local name=$1 pcap=${2:-$WORK/$1-capture.pcapng}
    need tshark python3
    tshark -n -r "$pcap" -Y tftp -T fields -E separator=/t -E occurrence=a -E aggregator=, \
        -e frame.time_epoch -e ip.src -e udp.srcport -e ip.dst -e udp.dstport -e udp.length \
        -e tftp.opcode -e tftp.block.full -e tftp.source_file -e tftp.option.name -e tftp.option.value \
        -e tftp.error.code -e tftp.error.message >"$WORK/$name.tftp-fields" 2>"$WORK/tshark-read.err" ||
        fail "tshark -r $pcap: $(grep -v dangerous "$WORK/tshark-read.err")"
    python3 - "$VM_T0" "$WORK/$name.tftp-fields" >"$WORK/$name.tftp" <<'PY'
import sys
t0 = float(sys.argv[1])
transfers, by_client = [], {}
for line in open(sys.argv[2]):
    f = line.rstrip("\n").split("\t")
    f += [""] * (13 - len(f))
    when, src, sport, dst, dport, ulen, op, block, path, onames, ovalues, ecode, emsg = f[:13]
    op = int(op or 0)
    if op == 1:
        names, values = onames.split(",") if onames else [], ovalues.split(",") if ovalues else []
        t = {"t": float(when) - t0, "client": src, "path": path,
             "opts": " ".join(f"{n}={v}" for n, v in zip(names, values)) or "-",
             "bytes": 0, "last": 0, "blksize": 512, "end": "unfinished", "done": float(when)}
        for n, v in zip(names, values):
            if n.lower() == "blksize":
                t["blksize"] = int(v)
        transfers.append(t)
        by_client[(src, sport)] = t
    elif op == 6:  # OACK: the server's word on blksize counts
        t = by_client.get((dst, dport))
        if t and onames:
            for n, v in zip(onames.split(","), ovalues.split(",")):
                if n.lower() == "blksize":
                    t["blksize"] = int(v)
    elif op == 3:
        t = by_client.get((dst, dport))
        if t and block and int(block) == t["last"] + 1:
            size = int(ulen) - 12
            t["bytes"] += size
            t["last"] += 1
            t["done"] = float(when)
            if size < t["blksize"]:
                t["end"] = "complete"
    elif op == 5:
        t = by_client.get((src, sport)) or by_client.get((dst, dport))
        if t:
            who = "client" if (src, sport) in by_client else "server"
            t["end"] = f"error {ecode} by {who}: {emsg}"
for t in transfers:
    took = t["done"] - t0 - t["t"]
    print(f'{t["t"]:.1f}\t{t["client"]}\t{t["path"]}\t{t["opts"]}\t{t["bytes"]}\t{t["end"]}\t{took:.1f}')
PY
    cat "$WORK/$name.tftp"
}

# tftp_expect_complete NAME TREE PATH...: each PATH was read to the end at
# least once, with exactly the bytes of TREE/PATH.
tftp_expect_complete() {
    local name=$1 tree=$2 path size got
    shift 2
    for path in "$@"; do
        size=$(stat -c %s "$tree/$path")
        got=$(awk -F'\t' -v p="$path" '($3 == p || $3 == "/" p) && $6 == "complete" { print $5; exit }' "$WORK/$name.tftp")
        [ -n "$got" ] || fail "$name never read $path to the end: $(cut -f3,5,6 "$WORK/$name.tftp" | tr '\t\n' ' ;')"
        [ "$got" = "$size" ] || fail "$name read $got bytes of $path, the file has $size"
    done
}

# tftp_expect_first NAME PATH: the VM's first read request was for PATH.
tftp_expect_first() {
    local first
    first=$(head -n1 "$WORK/$1.tftp" | cut -f3)
    [ "$first" = "$2" ] || fail "$1 first asked for '${first:-nothing}', expected $2"
}

# tftp_expect_order NAME PATH...: PATHs were each read to the end, first in
# this order (a later re-read does not count).
tftp_expect_order() {
    local name=$1 path n prev=0
    shift
    for path in "$@"; do
        n=$(awk -F'\t' -v p="$path" '($3 == p || $3 == "/" p) && $6 == "complete" { print NR; exit }' "$WORK/$name.tftp")
        if [ -z "$n" ] || [ "$n" -le "$prev" ]; then
            fail "$name did not read $* to the end in this order: $(cut -f3,6 "$WORK/$name.tftp" | tr '\t\n' ' ;')"
        fi
        prev=$n
    done
}

# tftp_expect_config NAME DIR: a GRUB config in DIR or a platform folder below
# it (grub.cfg or a per-MAC or per-address one; Rackside renders the menu
# where the image first looks, e.g. boot/grub/i386-pc/grub.cfg) was read to
# the end and was not empty.
tftp_expect_config() {
    awk -F'\t' -v d="$2" '($3 ~ "^/?" d "/([^/]+/)?grub\\.cfg") && $6 == "complete" && $5 > 0 { ok = 1 } END { exit !ok }' \
        "$WORK/$1.tftp" || fail "$1 read no GRUB config under $2: $(cut -f3,6 "$WORK/$1.tftp" | tr '\t\n' ' ;')"
}

# wire_expect_boot_file PCAP MAC FILE: the DHCP ACK to MAC came from
# 10.77.0.1 with FILE in the BOOTP file field (shim reads only that field),
# nobody else answered DHCP, and every TFTP request went to 10.77.0.1.
wire_expect_boot_file() {
    local pcap=$1 mac=$2 file=$3 acks others
    acks=$(pcap_fields "$pcap" "dhcp.option.dhcp == 5 && dhcp.hw.mac_addr == $mac" ip.src dhcp.ip.server dhcp.file)
    [ -n "$acks" ] || fail "capture holds no DHCP ACK to $mac"
    echo "$acks" | grep -qP "^10\.77\.0\.1\t10\.77\.0\.1\t\Q$file\E$" ||
        fail "DHCP ACK to $mac lacks next-server 10.77.0.1 and file field $file: $acks"
    others=$(pcap_fields "$pcap" "(dhcp.option.dhcp in {2, 5, 6} && ip.src != 10.77.0.1) || (tftp.opcode == 1 && ip.dst != 10.77.0.1)" ip.src ip.dst)
    [ -z "$others" ] || fail "DHCP replies or TFTP requests not from/to 10.77.0.1: $others"
}

# timeline_expect_stages MAC LOADER...: with Rackside as the server, its
# output holds the VM's boot session stage by stage, in order: the address,
# each LOADER, a menu, the kernel and the initrd with their sizes in bytes
# (as "12,171,200 bytes"), then "handed over". dnsmasq has no timeline.
timeline_expect_stages() {
    local mac=$1 path
    shift
    [ "$SERVER" = rackside ] || return 0
    # One step a line: "R regex" or "F fixed text".
    local want=("R session [0-9]+: address 10\.77\.0\.[0-9]+ in")
    for path in "$@"; do want+=("F boot loader $path ($(bytes_grouped "$WORK/tree/$path") bytes"); done
    want+=("R menu [^ ]*grub\.cfg[^ ]* \([0-9,]+ bytes")
    want+=("F kernel $KERNEL_FILE ($(bytes_grouped "$WORK/tree/$KERNEL_FILE") bytes")
    want+=("F initrd $INITRD_FILE ($(bytes_grouped "$WORK/tree/$INITRD_FILE") bytes")
    want+=("F handed over")
    grep -F "  $mac  " "$WORK/server.log" >"$WORK/timeline.txt" || true
    # ENVIRON, not -v: awk would eat the backslashes.
    WANT=$(printf '%s\n' "${want[@]}") awk '
        BEGIN { n = split(ENVIRON["WANT"], w, "\n"); i = 1 }
        i <= n && (substr(w[i], 1, 1) == "R" ? $0 ~ substr(w[i], 3) : index($0, substr(w[i], 3)) > 0) { i++ }
        END { if (i <= n) { print substr(w[i], 3); exit 1 } }' "$WORK/timeline.txt" >"$WORK/timeline.missing" ||
        fail "rackside's timeline for $mac lacks, in this order, '$(cat "$WORK/timeline.missing")':
$(cat "$WORK/timeline.txt")"
}

# bytes_grouped FILE: FILE's size with thousands separators, as Rackside prints it.
bytes_grouped() {
    stat -c %s "$1" | sed -e ':a' -e 's/\([0-9]\)\([0-9]\{3\}\)\($\|,\)/\1,\2\3/' -e 'ta'
}

# boot_vm NAME FIRMWARE NIC BOOT_FILE [PATTERN] [SECONDS]: the whole run.
# Serves $WORK/tree with BOOT_FILE for FIRMWARE's architecture, captures
# br0 to $WORK/NAME-capture.pcapng, starts VM NAME (MAC $VM_MAC, on tap0),
# waits for PATTERN (default "Run /init") on its console, stops VM, capture
# and server, and prints the TFTP transfers (also in $WORK/NAME.tftp).
boot_vm() {
    local name=$1 fw=$2 nic=$3 file=$4 pattern=${5:-Run /init} secs=${6:-150}
    local bios=$BIOS_FILE uefi=$UEFI_FILE
    if [ "$fw" = bios ]; then bios=$file; else uefi=$file; fi
    ip link show tap0 >/dev/null 2>&1 || tap_add tap0
    capture_start "$name-capture"
    boot_server_start "$WORK/tree" "$bios" "$uefi"
    vm_start "$name" "$fw" "$nic" tap0 "$VM_MAC"
    echo "--- $name: $(cat "$WORK/$name.cmd")"
    vm_wait_serial "$name" "$pattern" "$secs"
    capture_stop
    # Rackside says "handed over" once the initrd is in and 3 s pass quietly.
    if [ "$SERVER" = rackside ] && [ "$pattern" = 'Run /init' ]; then
        wait_for 10 "$WORK/server.log" "  $VM_MAC  .*handed over" || true
    fi
    boot_server_stop
    echo "--- $name: '$pattern' ${VM_ELAPSED} s after QEMU started, server $SERVER"
    echo "--- $name: TFTP read requests (s after QEMU start, client, path, options, bytes, end, s taken)"
    tftp_transfers "$name" "$WORK/$name-capture.pcapng"
}

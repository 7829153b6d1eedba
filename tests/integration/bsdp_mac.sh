#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Mac NetBoot over real sockets: a scripted Intel Mac (tests/lib/bsdp_client.py,
# a MacBookPro11,1) asks `rackside serve` for its NetBoot images in each DHCP
# mode: serve (Rackside gives the Mac its address), proxy and bsdp (dnsmasq
# at 10.77.0.2 gives the address, Rackside only BSDP). Each reply is checked
# where it arrived (address and port) and, independently, decoded by tshark.
. "$(dirname "$0")/../lib/netns.sh"
need python3 tshark udhcpc dnsmasq

CLIENT="python3 $SRC/tests/lib/bsdp_client.py"
MAC=02:00:00:00:ac:01
net_add srv "" 10.77.0.1/24
net_add dhcp "" 10.77.0.2/24
net_add mac $MAC

# The site: The-Image (index 137, install: id 0x81000089), one image only
# Mac minis may see, and 40 more so the list needs several option-43 instances.
write_netboot_site() {
    python3 - "$1" "$2" <<'PY'
import json, sys
path, mode = sys.argv[1], sys.argv[2]
images = [{"name": "The-Image", "index": 137, "kind": "macosx", "install": True, "models": []},
          {"name": "Minis only", "index": 200, "kind": "macosx", "install": True, "models": ["Macmini7,1"]},
          {"name": "Diagnostics", "index": 300, "kind": "hardware-test", "install": False, "models": []}]
images += [{"name": f"Filler image {i:02}", "index": 1000 + i, "kind": "macosx", "install": False, "models": []}
           for i in range(40)]
site = {"version": 1, "interface": "srv0",
        "dhcp": {"mode": mode, "subnet": "10.77.0.0/24",
                 "ranges": [{"start": "10.77.0.100", "end": "10.77.0.150"}], "leaseTime": 600},
        "hosts": [],
        "netboot": {"priority": 33000, "defaultImage": "The-Image", "images": images}}
if mode != "serve":
    del site["dhcp"]["ranges"]
json.dump(site, open(path, "w"), indent=2)
PY
}

cat >"$WORK/udhcpc.sh" <<'SH'
#!/bin/sh
[ "$1" = bound ] && ip addr replace "$ip/24" dev "$interface" && echo "$ip" >"$LOG"
exit 0
SH
chmod +x "$WORK/udhcpc.sh"

# ask NAME ARGS...: one client run; its JSON lines in $WORK/NAME.json.
ask() {
    local name=$1
    shift
    nsx mac $CLIENT --iface mac0 --mac $MAC --ciaddr "$MAC_IP" --timeout 1.2 "$@" \
        >"$WORK/$name.json" 2>"$WORK/$name.err" || fail "$name: client failed: $(cat "$WORK/$name.err")"
}
# expect NAME PYTHON-CONDITION: over r, Rackside's first reply (ours: all of
# Rackside's; rs: every reply, dnsmasq answers INFORMs too).
expect() {
    python3 - "$WORK/$1.json" "$2" <<'PY' || fail "$1: $2 is false for: $(head -c 1500 "$WORK/$1.json")"
import json, sys
rs = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
ours = [x for x in rs if x["from"] == "10.77.0.1"]
r = ours[0] if ours else {}
sys.exit(0 if eval(sys.argv[2]) else 1)
PY
}

# An Apple NBI folder as System Image Utility leaves it, with a stand-in
# booter and disk image: `rackside import` adds it, and it is served as is.
NBI=$WORK/HighSierra.nbi
mkdir -p "$NBI/i386/x86_64"
cp "$SRC/tests/data/nbi/NBImageInfo.plist" "$NBI/"
head -c 300000 /dev/urandom >"$NBI/i386/booter"
head -c 5000000 /dev/urandom >"$NBI/NetInstall.dmg"
mkdir "$WORK/boot-tree" # beside the sites: TFTP and HTTP serve it, the booter and the NBI folder

run_mode() {
    local mode=$1
    write_netboot_site "$WORK/site-$mode.json" "$mode"
    if [ "$mode" = bsdp ]; then
        "$RACKSIDE" import "$NBI" --site "$WORK/site-$mode.json" >"$WORK/import-nbi.out" 2>&1 ||
            fail "rackside import of the NBI folder: $(cat "$WORK/import-nbi.out")"
        grep -q 'macOS High Sierra NetInstall  (Mac NetBoot, id 0x81001068, macosx, install)' "$WORK/import-nbi.out" ||
            fail "import did not read the NBI folder: $(cat "$WORK/import-nbi.out")"
    fi
    capture_start "cap-$mode"
    if [ "$mode" != serve ]; then
        dnsmasq_start dhcp "dnsmasq-$mode.log"
    fi
    bg "server-$mode.log" nsx srv "$RACKSIDE" serve --site "$WORK/site-$mode.json" --rogue-timeout 1000
    SERVER=$LAST_PID
    wait_for 15 "$WORK/server-$mode.log" '(DHCP server|DHCP proxy|BSDP \(Macs only\)) on srv0' ||
        fail "$mode: server did not start: $(cat "$WORK/server-$mode.log")"

    # 1. The Mac's address, as its firmware gets it: ordinary DHCP with option 60.
    nsx mac ip addr flush dev mac0
    LOG=$WORK/mac-ip nsx mac udhcpc -i mac0 -n -q -t 6 -T 1 -V "AAPLBSDPC/i386/MacBookPro11,1" \
        -s "$WORK/udhcpc.sh" >"$WORK/udhcpc-$mode.log" 2>&1 || fail "$mode: the Mac got no address"
    MAC_IP=$(cat "$WORK/mac-ip")
    case $mode in
    serve) [[ $MAC_IP == 10.77.0.1[0-4][0-9] ]] || fail "serve: address $MAC_IP not from Rackside's range" ;;
    *) [[ $MAC_IP == 10.77.0.2[0-2][0-9] ]] || fail "$mode: address $MAC_IP not from dnsmasq's range" ;;
    esac

    # 2. INFORM[LIST] with reply port 993: unicast to the Mac, on 993.
    ask "$mode-list" --step list --reply-port 993
    expect "$mode-list" "len(ours) == 1 and r['from_port'] == 67"
    expect "$mode-list" "r['to'] == '$MAC_IP' and r['to_port'] == 993 and r['ciaddr'] == '$MAC_IP'"
    expect "$mode-list" "r['dhcp_type'] == 5 and r['options']['60'] == b'AAPLBSDPC'.hex() and r['options']['54'] == '0a4d0001'"
    expect "$mode-list" "r['bsdp']['message_type'] == 1 and r['bsdp']['server_priority'] == 33000 and r['bsdp']['default_image'] == 0x81000089"
    local total=42
    [ "$mode" = bsdp ] && total=43
    expect "$mode-list" "len(r['bsdp']['images']) == $total and r['bsdp']['images'][0] == [0x81000089, 'The-Image'] and 'Minis only' not in str(r)"
    expect "$mode-list" "len(r['option43_instances']) > 1 and all(len(i) <= 510 for i in r['option43_instances'])"
    expect "$mode-list" "r['bsdp']['selected_image'] is None and 'bsdp_error' not in r"
    # Without a reply port: port 68. BSDP 1.0: no list. A filter: installs only.
    ask "$mode-list68" --step list
    expect "$mode-list68" "r['to'] == '$MAC_IP' and r['to_port'] == 68"
    ask "$mode-list10" --step list --version 0x0100
    expect "$mode-list10" "r['bsdp']['images'] == [] and r['bsdp']['default_image'] == 0x81000089 and not any(c == 9 for c, v in r['bsdp']['sub_options'])"
    ask "$mode-filter" --step list --filter 0x0300
    expect "$mode-filter" "r['bsdp']['images'] == [[0x03000000 + 300, 'Diagnostics']]"
    ask "$mode-small" --step list --bsdp-max-size 576
    expect "$mode-small" "0 < len(r['bsdp']['images']) < $total and len(bytes.fromhex(''.join(r['option43_instances']))) < 548 - 240"
    # A Mac mini sees its own image too.
    ask "$mode-mini" --step list --model Macmini7,1
    expect "$mode-mini" "[0x810000c8, 'Minis only'] in r['bsdp']['images']"

    # 3. INFORM[SELECT] for us: the booter; for another server: silence.
    nsx mac $CLIENT --iface mac0 --mac $MAC --ciaddr "$MAC_IP" --timeout 1.2 --step select --server 10.77.0.2 \
        --image 0x81000089 --reply-port 993 >"$WORK/$mode-other.json" 2>"$WORK/$mode-other.err" || true
    grep -q "sent SELECT" "$WORK/$mode-other.err" || fail "$mode: the SELECT for another server was not sent: $(cat "$WORK/$mode-other.err")"
    expect "$mode-other" "ours == []"
    ask "$mode-select" --step select --server 10.77.0.1 --image 0x81000089 --reply-port 993
    expect "$mode-select" "r['to'] == '$MAC_IP' and r['to_port'] == 993 and r['bsdp']['message_type'] == 2"
    expect "$mode-select" "r['bsdp']['selected_image'] == 0x81000089 and r['bsdp']['machine_name'] == 'The-Image'"
    expect "$mode-select" "r['file'] == 'boot/grub/x86_64-efi/mac.efi' and r['siaddr'] == '10.77.0.1'"
    ask "$mode-failed" --step select --server 10.77.0.1 --image 0x810000c8 --reply-port 993
    expect "$mode-failed" "r['bsdp']['message_type'] == 3 and r['file'] == ''"

    if [ "$mode" = bsdp ]; then
        # The NBI folder's image: its booter over TFTP, its disk image over HTTP.
        ask "$mode-nbi" --step select --server 10.77.0.1 --image 0x81001068 --reply-port 993
        expect "$mode-nbi" "r['file'] == 'nbi/4200/i386/booter' and r['options']['17'] == b'http://10.77.0.1/nbi/4200/NetInstall.dmg'.hex()"
        expect "$mode-nbi" "r['bsdp']['selected_image'] == 0x81001068"
        nsx mac curl -sS --max-time 20 -o "$WORK/booter.got" tftp://10.77.0.1/nbi/4200/i386/booter || fail "TFTP of the NBI booter"
        cmp "$NBI/i386/booter" "$WORK/booter.got" || fail "the NBI booter came back different"
        nsx mac curl -sS --max-time 20 -o "$WORK/dmg.got" http://10.77.0.1/nbi/4200/NetInstall.dmg || fail "HTTP of the NBI disk image"
        cmp "$NBI/NetInstall.dmg" "$WORK/dmg.got" || fail "the NBI disk image came back different"
        ask "$mode-select" --step select --server 10.77.0.1 --image 0x81000089 --reply-port 993
        pass "$mode: the NBI folder's image: booter by TFTP and NetInstall.dmg by HTTP, byte-identical, root path with our address"
    fi

    # 4. A later boot's DISCOVER: the chosen image at once.
    ask "$mode-discover" --step discover
    if [ "$mode" = serve ]; then
        expect "$mode-discover" "r['dhcp_type'] == 2 and r['yiaddr'].startswith('10.77.0.1') and r['file'] == 'boot/grub/x86_64-efi/mac.efi'"
    else
        # Rackside's OFFER* (no address) and dnsmasq's OFFER (an address).
        expect "$mode-discover" "any(x['from'] == '10.77.0.1' and x['yiaddr'] == '0.0.0.0' and x['file'] == 'boot/grub/x86_64-efi/mac.efi' for x in rs)"
        expect "$mode-discover" "any(x['from'] == '10.77.0.2' and x['yiaddr'] != '0.0.0.0' for x in rs)"
        ask "$mode-request" --step request --server 10.77.0.2
        expect "$mode-request" "ours == [] and any(x['from'] == '10.77.0.2' for x in rs)"
    fi
    expect "$mode-discover" "[x for x in rs if x['from'] == '10.77.0.1'][0]['bsdp']['selected_image'] == 0x81000089"

    capture_stop
    stop_pid "$SERVER"
    [ "$mode" != serve ] && stop_pid "$DNSMASQ_PID"

    # 5. tshark's own BSDP dissector agrees, reply by reply.
    local cap=$WORK/cap-$mode.pcapng
    local f=dhcp.option.vendor.bsdp
    local acks
    acks=$(pcap_fields "$cap" "ip.src == 10.77.0.1 && dhcp.option.dhcp == 5" ip.dst udp.dstport $f.message_type \
        $f.server_priority $f.default_boot_image_id $f.selected_boot_image_id)
    echo "$acks" >"$WORK/acks-$mode.txt"
    grep -qP "^$MAC_IP\t993\t1\t33000\t0x81000089\t$" <<<"$acks" && grep -qP "^$MAC_IP\t68\t1\t33000\t0x81000089\t$" <<<"$acks" ||
        fail "$mode: tshark does not see the ACK[LIST]s: $acks"
    grep -qP "^$MAC_IP\t993\t2\t\t\t0x81000089$" <<<"$acks" || fail "$mode: tshark does not see the ACK[SELECT]: $acks"
    grep -qP "^$MAC_IP\t993\t3\t\t\t$" <<<"$acks" || fail "$mode: tshark does not see the ACK[FAILED]: $acks"
    local names
    names=$(tshark -n -r "$cap" -Y "ip.src == 10.77.0.1 && udp.dstport == 993 && $f.message_type == 1" -T fields \
        -E occurrence=a -E aggregator=, -e "$f.boot_image.name" 2>/dev/null | head -1)
    [[ $names == The-Image,Diagnostics,Filler\ image\ 00,*,Filler\ image\ 39* ]] || fail "$mode: tshark reads the image names as '$names'"
    local offer
    offer=$(pcap_fields "$cap" "ip.src == 10.77.0.1 && dhcp.option.dhcp == 2 && $f.selected_boot_image_id == 0x81000089" dhcp.file udp.dstport)
    [[ $offer == boot/grub/x86_64-efi/mac.efi$'\t'68* ]] || fail "$mode: tshark sees no OFFER with the image: '$offer'"
    pass "$mode: Mac at $MAC_IP; LIST ($total images the MacBook Pro may see, in $(python3 -c "import json; print([len(x['option43_instances']) for x in map(json.loads, open('$WORK/$mode-list.json')) if x['from'] == '10.77.0.1'][0])") option-43 instances), SELECT, FAILED and the later OFFER, checked by the client and by tshark"
}

run_mode serve
run_mode proxy
run_mode bsdp

# The timeline says what the Mac did, with its model.
grep -q 'BSDP INFORM\[LIST\].*Intel Mac MacBookPro11,1' "$WORK/server-bsdp.log" ||
    fail "the server's log has no BSDP INFORM[LIST] from the MacBook Pro: $(grep BSDP "$WORK/server-bsdp.log" | head -5)"
grep -q 'BSDP ACK\[SELECT\].*The-Image (0x81000089): boot file boot/grub/x86_64-efi/mac.efi' "$WORK/server-bsdp.log" ||
    fail "no ACK[SELECT] line in the server's log"
pass "the timeline shows the MacBook Pro's LIST and SELECT"

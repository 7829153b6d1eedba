#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Scripted Apple Mac BSDP client: stands in for Intel Mac NetBoot firmware.

One run sends one packet and prints each reply with its xid as one JSON line:
  list/select       DHCPINFORM[LIST|SELECT] from --ciaddr:(reply port or 68)
                    to 255.255.255.255:67; replies awaited on that port.
  discover/request  a later boot: DISCOVER/REQUEST, ciaddr 0, option 43 with
                    only the version, raw frame from 0.0.0.0:68; listen on 68.
Image ids, ports and priorities are JSON integers. --vendor-class takes
backslash escapes (\\x00, \\n) for bytes argv cannot carry. Exit status: 0 if
a reply arrived (--expect-none: if none did), 1 otherwise, 2 on usage errors.
Needs root (port 68, SO_BINDTODEVICE, AF_PACKET); diagnostics on stderr.
"""
import argparse
import codecs
import ipaddress
import json
import os
import re
import select
import socket
import struct
import sys
import time

COOKIE = b"\x63\x82\x53\x63"
DHCP_TYPES = {"discover": 1, "request": 3, "list": 8, "select": 8}
BSDP_MSG = {"list": 1, "select": 2}


def log(msg):
    print(f"bsdp_client: {msg}", file=sys.stderr, flush=True)


# argparse turns a ValueError from these into "invalid <name> value" (exit 2).
def int_arg(lo, hi):
    def integer(text):
        if not lo <= (v := int(text, 0)) <= hi:
            raise ValueError(f"{text} not in {lo}..{hi}")
        return v
    return integer


def ipv4(text):
    return str(ipaddress.IPv4Address(text))


def mac(text):
    if not re.fullmatch(r"[0-9A-Fa-f]{2}([:-][0-9A-Fa-f]{2}){5}", text):
        raise ValueError(text)
    return bytes.fromhex(re.sub("[:-]", "", text))


def filter_list(text):
    return [int_arg(0, 0xFFFF)(t) for t in text.split(",") if t.strip()]


def opt(code, data):
    """One DHCP option; data over 255 bytes becomes several instances."""
    chunks = [data[i:i + 255] for i in range(0, len(data), 255)] or [b""]
    return b"".join(bytes([code, len(c)]) + c for c in chunks)


def build_request(a, xid):
    inform, sel = a.step in BSDP_MSG, a.step == "select"
    h16 = lambda v: struct.pack("!H", v)
    bsdp = [  # option 43 sub-options: (code, bytes), None for absent ones
        (1, bytes([BSDP_MSG[a.step]])) if inform else None,
        (2, h16(a.version)),
        (3, socket.inet_aton(a.server)) if sel and a.server else None,
        (8, struct.pack("!I", a.image)) if sel and a.image is not None else None,
        (5, h16(a.reply_port)) if inform and a.reply_port else None,
        (12, h16(a.bsdp_max_size)) if a.bsdp_max_size is not None else None,
        (11, b"".join(map(h16, a.filter))) if a.filter is not None else None]
    o43, cur = b"", b""  # split at sub-option boundaries, <= 255 bytes each
    for code, data in filter(None, bsdp):
        sub = bytes([code, len(data)]) + data
        if len(cur) + len(sub) > 255:
            o43, cur = o43 + opt(43, cur), b""
        cur += sub
    o43 += opt(43, cur)
    ciaddr = socket.inet_aton(a.ciaddr if inform else "0.0.0.0")
    hdr = struct.pack("!BBBBIHH4s4s4s4s16s64s128s", 1, 1, 6, 0, xid, 0, 0,
                      ciaddr, bytes(4), bytes(4), bytes(4), a.mac, b"", b"")
    opts = opt(53, bytes([DHCP_TYPES[a.step]]))
    if a.step == "request":  # INIT-REBOOT style: ask for the known address
        opts += opt(50, socket.inet_aton(a.ciaddr))
        if a.server:
            opts += opt(54, socket.inet_aton(a.server))
    opts += opt(55, bytes([1, 3, 17, 43, 60]))
    opts += opt(57, struct.pack("!H", a.dhcp_max_size))
    opts += opt(60, a.vendor_class_bytes) + o43 + b"\xff"
    pkt = hdr + COOKIE + opts
    return pkt + bytes(max(0, 300 - len(pkt)))  # BOOTP minimum size


def checksum(data):
    if len(data) % 2:
        data += b"\0"
    s = sum(struct.unpack(f"!{len(data) // 2}H", data))
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return ~s & 0xFFFF


def send_raw(iface, payload):
    """Broadcast payload from 0.0.0.0:68 to 255.255.255.255:67 (AF_PACKET)."""
    src, dst = bytes(4), b"\xff" * 4
    ulen = 8 + len(payload)
    pseudo = src + dst + struct.pack("!BBH", 0, 17, ulen)
    udp = struct.pack("!HHHH", 68, 67, ulen, 0) + payload
    ucs = checksum(pseudo + udp) or 0xFFFF
    udp = udp[:6] + struct.pack("!H", ucs) + udp[8:]
    ip = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + ulen, 0, 0, 64, 17, 0,
                     src, dst)
    ip = ip[:10] + struct.pack("!H", checksum(ip)) + ip[12:]
    with socket.socket(socket.AF_PACKET, socket.SOCK_RAW) as s:
        s.bind((iface, 0x0800))
        hwaddr = s.getsockname()[4]
        s.send(b"\xff" * 6 + hwaddr + b"\x08\x00" + ip + udp)


def parse_options(data):
    """[(code, bytes)] in order up to END, skipping PAD; ValueError if truncated."""
    out, i = [], 0
    while i < len(data) and data[i] != 255:
        if data[i] == 0:
            i += 1
        elif i + 2 > len(data) or i + 2 + data[i + 1] > len(data):
            raise ValueError(f"option {data[i]} at offset {i} truncated")
        else:
            out.append((data[i], data[i + 2:i + 2 + data[i + 1]]))
            i += 2 + data[i + 1]
    return out


def decode_bsdp(data):
    """Decode concatenated option 43 data; returns (dict, error or None)."""
    b = dict.fromkeys(["message_type", "version", "server_id", "server_priority",
                       "reply_port", "default_image", "selected_image"])
    b.update(images=[], machine_name=None, sub_options=[])
    num = lambda v: int.from_bytes(v, "big")
    fixed = {1: ("message_type", 1, num), 2: ("version", 2, num),
             3: ("server_id", 4, socket.inet_ntoa), 4: ("server_priority", 2, num),
             5: ("reply_port", 2, num), 7: ("default_image", 4, num),
             8: ("selected_image", 4, num)}
    try:
        subs = parse_options(data)  # same code/len/data layout, with 0/255
    except ValueError as e:
        return b, f"option 43: {e}"
    errors, imagelist = [], b""
    for code, val in subs:
        b["sub_options"].append([code, val.hex()])
        if code in fixed:
            key, size, conv = fixed[code]
            if len(val) != size:
                errors.append(f"sub-option {code} length {len(val)} != {size}")
            else:
                b[key] = conv(val)
        elif code == 9:
            imagelist += val
        elif code == 130:
            b["machine_name"] = val.decode("utf-8", "replace")
    i = 0
    while i < len(imagelist):
        if i + 5 > len(imagelist) or i + 5 + imagelist[i + 4] > len(imagelist):
            errors.append(f"image list entry at offset {i} truncated")
            break
        n = imagelist[i + 4]
        b["images"].append([num(imagelist[i:i + 4]),
                            imagelist[i + 5:i + 5 + n].decode("utf-8", "replace")])
        i += 5 + n
    return b, "; ".join(errors) or None


def decode_reply(pkt, src, to):
    if len(pkt) < 240 or pkt[236:240] != COOKIE:
        raise ValueError(f"{len(pkt)} bytes, not a DHCP packet")
    (op, _, hlen, _, xid, _, flags, ciaddr, yiaddr, siaddr, giaddr,
     chaddr, sname, bootfile) = struct.unpack(
        "!BBBBIHH4s4s4s4s16s64s128s", pkt[:236])
    cstr = lambda raw: raw.split(b"\0", 1)[0].decode("latin-1")
    r = {"from": src[0], "from_port": src[1], "to": to[0], "to_port": to[1],
         "op": op, "xid": xid, "flags": flags,
         "chaddr": chaddr[:min(hlen, 16)].hex(":"),
         "ciaddr": socket.inet_ntoa(ciaddr), "yiaddr": socket.inet_ntoa(yiaddr),
         "siaddr": socket.inet_ntoa(siaddr), "giaddr": socket.inet_ntoa(giaddr),
         "file": cstr(bootfile), "sname": cstr(sname), "dhcp_type": None,
         "options": {}, "option43_instances": [], "bsdp": None}
    try:
        opts = parse_options(pkt[240:])
    except ValueError as e:
        r["options_error"] = str(e)
        opts = []
    joined = {}
    for code, val in opts:
        joined[code] = joined.get(code, b"") + val
        if code == 43:
            r["option43_instances"].append(val.hex())
    r["options"] = {str(c): v.hex() for c, v in joined.items()}
    if len(joined.get(53, b"")) == 1:
        r["dhcp_type"] = joined[53][0]
    if 43 in joined:
        r["bsdp"], err = decode_bsdp(joined[43])
        if err:
            r["bsdp_error"] = err
    return r


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    add = p.add_argument
    add("--iface", required=True, help="interface to send and listen on")
    add("--mac", required=True, type=mac, help="chaddr, aa:bb:cc:dd:ee:ff")
    add("--ciaddr", required=True, type=ipv4,
        help="client address (INFORM source and ciaddr; option 50 in REQUEST)")
    add("--step", required=True, choices=["list", "select", "discover", "request"])
    add("--model", default="MacBookPro11,1", help="option 60 model part")
    add("--arch", default="i386", help="option 60 architecture part")
    add("--reply-port", type=int_arg(0, 65535), default=0,
        help="BSDP option 5 and listening port (0: none, listen on 68)")
    add("--server", type=ipv4, help="SELECT: BSDP option 3; REQUEST: option 54")
    add("--image", type=int_arg(0, 0xFFFFFFFF), help="SELECT: BSDP option 8")
    add("--version", type=int_arg(0, 0xFFFF), default=0x0101, help="BSDP option 2")
    add("--bsdp-max-size", type=int_arg(0, 0xFFFF), help="BSDP option 12")
    add("--dhcp-max-size", type=int_arg(0, 0xFFFF), default=1500, help="DHCP option 57")
    add("--filter", type=filter_list, help="BSDP option 11, e.g. 0x8100,0x0100")
    add("--vendor-class", help="exact option 60 (backslash escapes allowed)")
    add("--xid", type=int_arg(0, 0xFFFFFFFF), help="transaction id (default random)")
    add("--timeout", type=float, default=3.0, help="seconds to wait after the last reply")
    add("--expect-none", action="store_true", help="succeed only if nothing answers")
    a = p.parse_args()
    if a.vendor_class is None:
        a.vendor_class_bytes = f"AAPLBSDPC/{a.arch}/{a.model}".encode()
    else:
        try:
            a.vendor_class_bytes = codecs.escape_decode(a.vendor_class.encode())[0]
        except ValueError as e:
            p.error(f"--vendor-class: {e}")
    if len(a.vendor_class_bytes) > 255:
        p.error("option 60 longer than 255 bytes")
    try:
        ifindex = socket.if_nametoindex(a.iface)
    except OSError:
        p.error(f"no such interface: {a.iface}")
    if a.step != "select" and (a.image is not None or a.server and a.step != "request"):
        log("note: --image goes only into SELECT, --server into SELECT/REQUEST")
    xid = a.xid if a.xid is not None else int.from_bytes(os.urandom(4), "big")
    pkt = build_request(a, xid)
    inform = a.step in BSDP_MSG
    port = a.reply_port if inform and a.reply_port else 68
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_BINDTODEVICE, a.iface.encode())
    sock.setsockopt(socket.IPPROTO_IP, socket.IP_PKTINFO, 1)
    sock.bind(("0.0.0.0", port))
    if inform:
        info = struct.pack("=I4s4s", ifindex, socket.inet_aton(a.ciaddr), bytes(4))
        src = f"{a.ciaddr}:{port}"
        try:
            sock.sendmsg([pkt], [(socket.IPPROTO_IP, socket.IP_PKTINFO, info)], 0,
                         ("255.255.255.255", 67))
        except OSError as e:  # ciaddr is not an address of this host
            log(f"cannot send from {a.ciaddr} ({e}); the kernel picks the source")
            sock.sendto(pkt, ("255.255.255.255", 67))
            src = f"(kernel's choice):{port}"
    else:
        send_raw(a.iface, pkt)
        src = "0.0.0.0:68"
    log(f"sent {a.step.upper()} xid {xid:#010x} ({len(pkt)} bytes) {src} -> "
        f"255.255.255.255:67 on {a.iface}; listening on port {port}")
    replies, deadline = 0, time.monotonic() + a.timeout
    while (left := deadline - time.monotonic()) > 0:
        if not select.select([sock], [], [], left)[0]:
            continue
        data, anc, _, addr = sock.recvmsg(65535, socket.CMSG_SPACE(12))
        to = "?"
        for level, kind, cdata in anc:
            if level == socket.IPPROTO_IP and kind == socket.IP_PKTINFO:
                to = socket.inet_ntoa(cdata[8:12])  # ipi_addr: header dst
        try:
            r = decode_reply(data, addr, (to, port))
        except (ValueError, struct.error) as e:
            log(f"ignored from {addr[0]}:{addr[1]}: {e}")
            continue
        if r["op"] != 2 or r["xid"] != xid:
            log(f"ignored op {r['op']} xid {r['xid']:#010x} from {addr[0]}")
            continue
        print(json.dumps(r), flush=True)
        replies += 1
        deadline = time.monotonic() + a.timeout
    log(f"{replies} repl{'y' if replies == 1 else 'ies'}")
    return int((replies == 0) != a.expect_none)


if __name__ == "__main__":
    sys.exit(main())

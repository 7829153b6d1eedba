// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// DHCP test inputs shared by the codec, boot-client and fuzz tests: the
// packets captured from real clients (tests/data/dhcp, see capture.sh there)
// and hand-built requests from firmware we cannot run in a unit test, each
// modelled on what that firmware sends (the team notes, boot-clients.md).

#include "dhcp/message.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>
#include <utility>

namespace DhcpSamples {

using namespace Qt::StringLiterals;

inline QString dataDir()
{
    return QStringLiteral(RACKSIDE_TEST_DATA "/dhcp");
}

/// The captured UDP payloads, sorted by file name: "udhcpc-discover.bin"...
inline QStringList fixtureNames()
{
    return QDir(dataDir()).entryList({u"*.bin"_s}, QDir::Files, QDir::Name);
}

inline QByteArray fixture(const QString &name)
{
    QFile f(dataDir() + u'/' + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

/// A BOOTREQUEST header for 52:54:00:12:34:xx with the magic cookie and
/// \a options appended verbatim (no End added): for bytes no encoder writes.
inline QByteArray rawRequest(QByteArrayView options, quint8 macLast = 0x01)
{
    QByteArray p(Dhcp::Message::MinimumSize, '\0');
    p[0] = 1; // BOOTREQUEST
    p[1] = 1; // Ethernet
    p[2] = 6;
    p[4] = char(0x12);
    p[5] = char(0x34);
    p[6] = char(0x56);
    p[7] = char(0x78);
    const char mac[6] = {0x52, 0x54, 0x00, 0x12, 0x34, char(macLast)};
    std::copy_n(mac, 6, p.begin() + 28);
    const char cookie[4] = {char(99), char(130), char(83), char(99)};
    std::copy_n(cookie, 4, p.begin() + Dhcp::Message::HeaderSize);
    p.append(options);
    return p;
}

inline QByteArray range(int from, int to)
{
    QByteArray out;
    for (int i = from; i <= to; ++i)
        out.append(char(i));
    return out;
}

inline Dhcp::Message request(Dhcp::MessageType type, quint8 macLast, quint32 xid)
{
    Dhcp::Message m;
    m.xid = xid;
    m.setMac(Net::MacAddress({0x52, 0x54, 0x00, 0x12, 0x34, macLast}));
    m.options.setU8(Dhcp::Option::MessageType, quint8(type));
    return m;
}

inline QByteArray uuidOption()
{
    return QByteArray(1, '\0') + QByteArray::fromHex("6f2b1d4e8c3a4b7f9e21a0b1c2d3e4f5");
}

/// SeaBIOS running QEMU's iPXE ROM (e1000): legacy PXE, iPXE options.
inline Dhcp::Message seabiosIpxeDiscover()
{
    using namespace Dhcp;
    Message m = request(MessageType::Discover, 0x01, 0x2f1c9a01);
    m.flags = Message::BroadcastFlag;
    m.options.setU16(Option::MaxMessageSize, 1472);
    m.options.set(
        Option::ParameterList, QByteArray::fromHex("0103060c0f111a2b3c4243778081828384858687afcb"));
    m.options.setU16(Option::ClientArch, 0);
    m.options.set(Option::ClientNdi, QByteArray::fromHex("010201"));
    m.options.set(Option::VendorClass, QByteArrayLiteral("PXEClient:Arch:00000:UNDI:002001"));
    m.options.set(Option::UserClass, QByteArrayLiteral("iPXE"));
    // iPXE feature indicators (src/include/ipxe/dhcp.h): PXE ext, HTTP, DNS,
    // TFTP, bzImage, ELF, version 1.21.1.
    m.options.set(
        Option::Ipxe, QByteArray::fromHex("100101130101170101150101180101220101eb03011501"));
    m.options.set(Option::ClientId, QByteArray::fromHex("01525400123401"));
    m.options.set(Option::ClientUuid, uuidOption());
    return m;
}

/// OVMF's own PXE (EDK2 NetworkPkg) on virtio-net: x64 UEFI.
inline Dhcp::Message edk2Discover()
{
    using namespace Dhcp;
    Message m = request(MessageType::Discover, 0x07, 0x7e570007);
    m.flags = Message::BroadcastFlag;
    m.secs = 4;
    m.options.setU16(Option::MaxMessageSize, 1472);
    // boot-clients.md: 1 2 3 4 5 6 12 13 15 17 18 22 23 28 40 41 42 43 50
    // 51 54 58 59 60 66 67 97 128-135.
    m.options.set(Option::ParameterList,
        QByteArray::fromHex("0102030405060c0d0f111216171c28292a2b3233363a3b3c42436180")
            + range(129, 135));
    m.options.setU16(Option::ClientArch, 7);
    m.options.set(Option::ClientNdi, QByteArray::fromHex("010300"));
    m.options.set(Option::ClientUuid, uuidOption());
    m.options.set(Option::VendorClass, QByteArrayLiteral("PXEClient:Arch:00007:UNDI:003000"));
    return m;
}

/// OVMF falling back to HTTP boot over IPv4.
inline Dhcp::Message httpBootDiscover()
{
    using namespace Dhcp;
    Message m = request(MessageType::Discover, 0x16, 0x4854500f);
    m.flags = Message::BroadcastFlag;
    m.options.setU16(Option::MaxMessageSize, 1472);
    m.options.set(Option::ParameterList,
        QByteArray::fromHex("0102030405060c0d0f111216171c28292a2b3233363a3b3c4243"));
    m.options.setU16(Option::ClientArch, 16);
    m.options.set(Option::ClientNdi, QByteArray::fromHex("010300"));
    m.options.set(Option::ClientUuid, uuidOption());
    m.options.set(Option::VendorClass, QByteArrayLiteral("HTTPClient:Arch:00016:UNDI:003001"));
    return m;
}

/// An Intel Mac's BSDP LIST request: a DHCP INFORM from a configured address.
inline Dhcp::Message bsdpInform()
{
    using namespace Dhcp;
    Message m = request(MessageType::Inform, 0xac, 0xb5d90001);
    m.ciaddr = 0x0a63006e; // 10.99.0.110
    m.options.setU16(Option::MaxMessageSize, 1500);
    m.options.set(Option::ParameterList, QByteArray::fromHex("3c2b"));
    m.options.set(Option::VendorClass, QByteArrayLiteral("AAPLBSDPC/i386/MacBookPro11,1"));
    // BSDP: message type LIST, version 1.1, reply port 1022, max size 1500.
    m.options.set(Option::VendorSpecific,
        QByteArray::fromHex("010101020201010502"
                            "03fe"
                            "0c0205dc"));
    return m;
}

/// EDK2 on a Raspberry Pi 4: ARM64 UEFI, no option 93 (arch only in option 60).
inline Dhcp::Message raspberryPiDiscover()
{
    using namespace Dhcp;
    Message m = request(MessageType::Discover, 0x4b, 0xd2a61104);
    m.setMac(Net::MacAddress({0xdc, 0xa6, 0x32, 0x01, 0x02, 0x03}));
    m.flags = Message::BroadcastFlag;
    m.options.setU16(Option::MaxMessageSize, 1472);
    m.options.set(Option::ParameterList,
        QByteArray::fromHex("0102030405060c0d0f111216171c28292a2b3233363a3b3c4243"));
    m.options.set(Option::ClientNdi, QByteArray::fromHex("010300"));
    m.options.set(Option::VendorClass, QByteArrayLiteral("PXEClient:Arch:00011:UNDI:003000"));
    return m;
}

inline QList<std::pair<QString, Dhcp::Message>> handBuilt()
{
    return {
        {u"seabios-ipxe"_s, seabiosIpxeDiscover()},
        {u"edk2"_s, edk2Discover()},
        {u"http-boot"_s, httpBootDiscover()},
        {u"bsdp-inform"_s, bsdpInform()},
        {u"raspberry-pi"_s, raspberryPiDiscover()},
    };
}

} // namespace DhcpSamples

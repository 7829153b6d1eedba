// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/pcapng.h"

#include <QtEndian>

namespace Capture::Pcapng {

namespace {

constexpr quint32 SectionHeader = 0x0A0D0D0A;
constexpr quint32 InterfaceDescription = 1;
constexpr quint32 EnhancedPacket = 6;
constexpr quint16 LinkTypeEthernet = 1;

void le16(QByteArray &out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

void le32(QByteArray &out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

void be16(QByteArray &out, quint16 v)
{
    char b[2];
    qToBigEndian(v, b);
    out.append(b, 2);
}

void be32(QByteArray &out, quint32 v)
{
    char b[4];
    qToBigEndian(v, b);
    out.append(b, 4);
}

void pad4(QByteArray &out)
{
    while (out.size() % 4)
        out.append('\0');
}

void option(QByteArray &out, quint16 code, QByteArrayView value)
{
    le16(out, code);
    le16(out, quint16(value.size()));
    out.append(value.data(), value.size());
    pad4(out);
}

// Type and both lengths around a body that is a multiple of 4 bytes.
QByteArray block(quint32 type, const QByteArray &body)
{
    QByteArray out;
    const quint32 total = quint32(body.size() + 12);
    le32(out, type);
    le32(out, total);
    out.append(body);
    le32(out, total);
    return out;
}

void ethernet(QByteArray &out, const Net::MacAddress &to, const Net::MacAddress &from, quint16 type)
{
    out.append(reinterpret_cast<const char *>(to.bytes().data()), 6);
    out.append(reinterpret_cast<const char *>(from.bytes().data()), 6);
    be16(out, type);
}

void ipv4(QByteArray &out, quint32 from, quint32 to, quint8 protocol, qsizetype payloadLength)
{
    const qsizetype start = out.size();
    out.append(char(0x45));
    out.append('\0');
    be16(out, quint16(std::min<qsizetype>(20 + payloadLength, 0xffff)));
    be16(out, 0); // identification
    be16(out, 0x4000); // don't fragment
    out.append(char(64));
    out.append(char(protocol));
    be16(out, 0); // checksum, below
    be32(out, from);
    be32(out, to);
    quint32 sum = 0;
    for (int i = 0; i < 20; i += 2)
        sum += quint32(quint8(out[start + i])) << 8 | quint8(out[start + i + 1]);
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    qToBigEndian(quint16(~sum), out.data() + start + 10);
}

Net::MacAddress orBroadcast(const Net::MacAddress &mac)
{
    return mac.isNull() ? Net::MacAddress({0xff, 0xff, 0xff, 0xff, 0xff, 0xff}) : mac;
}

} // namespace

QByteArray fileHeader(const QString &interfaceName, const QString &comment)
{
    QByteArray shb;
    le32(shb, 0x1A2B3C4D); // byte-order magic
    le16(shb, 1);
    le16(shb, 0);
    le32(shb, 0xffffffff); // section length unknown
    le32(shb, 0xffffffff);
    if (!comment.isEmpty())
        option(shb, 1, comment.toUtf8());
    option(shb, 4, "Rackside"); // shb_userappl
    le32(shb, 0); // end of options
    QByteArray idb;
    le16(idb, LinkTypeEthernet);
    le16(idb, 0);
    le32(idb, 0); // no snap length limit
    if (!interfaceName.isEmpty())
        option(idb, 2, interfaceName.toUtf8()); // if_name
    le32(idb, 0);
    return block(SectionHeader, shb) + block(InterfaceDescription, idb);
}

QByteArray packetBlock(qint64 usecs, QByteArrayView frame, qsizetype originalLength, const QString &comment)
{
    QByteArray epb;
    le32(epb, 0); // interface 0
    le32(epb, quint32(quint64(usecs) >> 32));
    le32(epb, quint32(quint64(usecs)));
    le32(epb, quint32(frame.size()));
    le32(epb, quint32(std::max(originalLength, frame.size())));
    epb.append(frame.data(), frame.size());
    pad4(epb);
    if (!comment.isEmpty()) {
        option(epb, 1, comment.toUtf8());
        le32(epb, 0);
    }
    return block(EnhancedPacket, epb);
}

QByteArray udpFrame(const Endpoint &from, const Endpoint &to, QByteArrayView payload, qsizetype payloadLength)
{
    QByteArray out;
    out.reserve(42 + payload.size());
    ethernet(out, orBroadcast(to.mac), from.mac, 0x0800);
    ipv4(out, from.address, to.address, 17, 8 + payloadLength);
    be16(out, from.port);
    be16(out, to.port);
    be16(out, quint16(std::min<qsizetype>(8 + payloadLength, 0xffff)));
    be16(out, 0); // no checksum (allowed for UDP over IPv4)
    out.append(payload.data(), payload.size());
    return out;
}

QByteArray tcpFrame(const Endpoint &from, const Endpoint &to, quint32 seq, quint32 ack, QByteArrayView payload)
{
    QByteArray out;
    out.reserve(54 + payload.size());
    ethernet(out, orBroadcast(to.mac), from.mac, 0x0800);
    ipv4(out, from.address, to.address, 6, 20 + payload.size());
    be16(out, from.port);
    be16(out, to.port);
    be32(out, seq);
    be32(out, ack);
    out.append(char(5 << 4)); // 20-byte header
    out.append(char(0x18)); // PSH, ACK
    be16(out, 0xffff); // window
    be16(out, 0); // checksum not computed: Wireshark does not check it by default
    be16(out, 0);
    out.append(payload.data(), payload.size());
    return out;
}

QByteArray arpFrame(const Net::MacAddress &from, const Net::MacAddress &to, QByteArrayView arp)
{
    QByteArray out;
    ethernet(out, orBroadcast(to), from, 0x0806);
    out.append(arp.data(), arp.size());
    return out;
}

} // namespace Capture::Pcapng

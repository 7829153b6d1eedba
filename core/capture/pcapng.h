// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/macaddress.h"

#include <QByteArray>
#include <QString>

namespace Capture {

/// The pcapng file format (draft-ietf-opsawg-pcapng) as far as a capture of
/// one machine needs it, little-endian, one Ethernet interface; and the
/// Ethernet, IPv4, UDP and TCP headers of frames rebuilt from what the
/// servers received and sent. Plain value code.
namespace Pcapng {

/// Section header and interface description: the start of every file.
QByteArray fileHeader(const QString &interfaceName, const QString &comment);
/// One enhanced packet block: \a frame as captured (maybe cut short) of a
/// frame \a originalLength bytes long, at \a usecs since the epoch.
QByteArray packetBlock(qint64 usecs, QByteArrayView frame, qsizetype originalLength, const QString &comment = {});

struct Endpoint
{
    Net::MacAddress mac;
    quint32 address = 0;
    quint16 port = 0;
};

/// An Ethernet frame with an IPv4 and a UDP header around \a payload, whose
/// real length was \a payloadLength (the headers say that length; the
/// caller keeps what it wants of the payload).
QByteArray udpFrame(const Endpoint &from, const Endpoint &to, QByteArrayView payload, qsizetype payloadLength);
/// Likewise with a TCP header (PSH+ACK) at sequence number \a seq.
QByteArray tcpFrame(const Endpoint &from, const Endpoint &to, quint32 seq, quint32 ack, QByteArrayView payload);
/// An Ethernet frame around an ARP packet (28 bytes).
QByteArray arpFrame(const Net::MacAddress &from, const Net::MacAddress &to, QByteArrayView arp);

} // namespace Pcapng

} // namespace Capture

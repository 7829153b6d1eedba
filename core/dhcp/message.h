// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dhcp/options.h"
#include "net/macaddress.h"

#include <QString>

#include <array>
#include <optional>

namespace Dhcp {

/// One DHCP/BOOTP message (RFC 2131 section 2) as plain values.
/// Addresses are IPv4 in host byte order; 0 means unset.
struct Message
{
    static constexpr int HeaderSize = 236;
    static constexpr int MinimumSize = 240; // header + magic cookie
    static constexpr int BootpMinimumSize = 300; // RFC 1542: some relays and clients drop shorter
    static constexpr quint16 BroadcastFlag = 0x8000;

    quint8 op = 1; ///< 1 BOOTREQUEST, 2 BOOTREPLY
    quint8 htype = 1;
    quint8 hlen = 6;
    quint8 hops = 0;
    quint32 xid = 0;
    quint16 secs = 0;
    quint16 flags = 0;
    quint32 ciaddr = 0;
    quint32 yiaddr = 0;
    quint32 siaddr = 0;
    quint32 giaddr = 0;
    std::array<quint8, 16> chaddr{};
    QByteArray sname; ///< server host name, at most 63 bytes
    QByteArray file; ///< boot file name, at most 127 bytes
    Options options;

    MessageType type() const;
    bool broadcast() const { return flags & BroadcastFlag; }
    /// The client's Ethernet address; null unless htype is 1 and hlen 6.
    Net::MacAddress mac() const;
    void setMac(const Net::MacAddress &mac);

    /// Parses a UDP payload. Options split over several instances are joined
    /// (RFC 3396) and overloaded file/sname fields are read (option 52).
    /// Returns nullopt for anything malformed and says why in \a error.
    static std::optional<Message> decode(QByteArrayView data, QString *error = nullptr);
    /// The start of every answer to @p request: a BOOTREPLY with its
    /// hardware address, xid, flags and relay, of @p type, from @p serverId,
    /// with the relay agent's option 82 echoed (RFC 3046 2.2). The one place
    /// a reply is begun; the DHCP and BSDP responders add the rest.
    static Message replyTo(const Message &request, MessageType type, quint32 serverId);

    /// Serializes for a client that accepts at most \a maxSize bytes of DHCP
    /// payload: options that do not fit spill into file and sname (option 52)
    /// when those are empty, then are dropped from the end, never truncated.
    QByteArray encode(int maxSize = 548) const;
};

QString messageTypeName(MessageType type);

} // namespace Dhcp

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>

#include <optional>
#include <utility>

namespace Dhcp {

/// DHCP message types, option 53 (RFC 2132 9.6).
enum class MessageType : quint8 {
    None = 0,
    Discover = 1,
    Offer = 2,
    Request = 3,
    Decline = 4,
    Ack = 5,
    Nak = 6,
    Release = 7,
    Inform = 8,
};

/// Option codes used by Rackside (RFC 2132, RFC 4578, RFC 3046, iPXE).
namespace Option {
enum Code : quint8 {
    Pad = 0,
    SubnetMask = 1,
    Router = 3,
    DnsServers = 6,
    HostName = 12,
    BootFileSize = 13,
    DomainName = 15,
    RootPath = 17,
    BroadcastAddress = 28,
    VendorSpecific = 43,
    RequestedAddress = 50,
    LeaseTime = 51,
    Overload = 52,
    MessageType = 53,
    ServerId = 54,
    ParameterList = 55,
    Message = 56,
    MaxMessageSize = 57,
    RenewalTime = 58,
    RebindingTime = 59,
    VendorClass = 60,
    ClientId = 61,
    TftpServerName = 66,
    BootFileName = 67,
    UserClass = 77,
    RelayAgent = 82,
    ClientArch = 93,
    ClientNdi = 94,
    ClientUuid = 97,
    Ipxe = 175,
    End = 255,
};
} // namespace Option

/// The options of one message, in the order they were added or received.
/// A code appears once: repeated instances on the wire are joined (RFC 3396).
class Options
{
public:
    bool contains(quint8 code) const;
    std::optional<QByteArray> value(quint8 code) const;
    void set(quint8 code, const QByteArray &data);
    void append(quint8 code, QByteArrayView data); ///< joins with an existing instance
    /// Sets \a code to several instances sent as they are (RFC 3396): for
    /// values whose readers need each instance to end at a boundary of their
    /// own, like BSDP's option 43. Each instance holds at most 255 bytes.
    void setInstances(quint8 code, const QList<QByteArray> &instances);
    /// How long each instance of \a code is, when it came (or goes) as
    /// several; empty for one instance.
    QList<qsizetype> instanceSizes(quint8 code) const { return m_instances.value(code); }
    void remove(quint8 code);
    void clear()
    {
        m_items.clear();
        m_instances.clear();
    }

    std::optional<quint8> u8(quint8 code) const;
    std::optional<quint16> u16(quint8 code) const;
    std::optional<quint32> u32(quint8 code) const; ///< also IPv4 addresses, host order
    void setU8(quint8 code, quint8 v);
    void setU16(quint8 code, quint16 v);
    void setU32(quint8 code, quint32 v);
    void setAddresses(quint8 code, const QList<quint32> &addresses);

    const QList<std::pair<quint8, QByteArray>> &items() const { return m_items; }

    /// Appends one option as code, length, data, in instances of at most
    /// 255 bytes (RFC 3396), cut at @p instanceSizes first when given.
    static void write(QByteArray &out, quint8 code, const QByteArray &data, const QList<qsizetype> &instanceSizes = {});
    /// Bytes write() appends.
    static qsizetype encodedSize(const QByteArray &data, const QList<qsizetype> &instanceSizes = {});
    /// Bytes all the options take on the wire, without End.
    qsizetype encodedSize() const;
    bool operator==(const Options &o) const { return m_items == o.m_items; }

private:
    QList<std::pair<quint8, QByteArray>> m_items;
    QHash<quint8, QList<qsizetype>> m_instances;
};

} // namespace Dhcp

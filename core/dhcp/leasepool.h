// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dhcp/lease.h"

#include <QHash>
#include <QList>

#include <optional>

namespace Dhcp {

/// Which address each client gets: dynamic ranges, fixed reservations,
/// offers held briefly so simultaneous clients never get the same address,
/// declined addresses set aside, and client affinity (a client that comes
/// back gets its old address when it is still free). Plain logic: the
/// caller passes the time and persists what changes.
class LeasePool
{
public:
    struct Reservation
    {
        quint32 address = 0; ///< 0: a known host without a fixed address
        QString hostname;
    };
    struct Config
    {
        quint32 network = 0;
        quint32 mask = 0;
        QList<std::pair<quint32, quint32>> ranges; ///< inclusive
        QHash<Net::MacAddress, Reservation> reservations;
        int leaseTime = 3600;
        int offerHold = 30; ///< seconds an offered address stays held
        int declineHold = 600; ///< seconds a declined address is not offered
    };

    enum class Verdict { Ack, Nak, Ignore };
    struct Answer
    {
        Verdict verdict = Verdict::Ignore;
        Lease lease;
        QString reason; ///< why a NAK or why ignored, in words
    };

    explicit LeasePool(Config config);

    const Config &config() const { return m_config; }
    bool inSubnet(quint32 address) const { return (address & m_config.mask) == m_config.network; }

    /// DISCOVER: the address to offer, held for offerHold seconds.
    std::optional<Lease> offer(const QByteArray &key, const Net::MacAddress &mac, quint32 requested,
                               const QString &clientHostname, qint64 now);
    /// REQUEST in any state (RFC 2131 4.3.2). \a serverChosen: the client
    /// named this server (option 54), \a otherServer: it named another one.
    Answer request(const QByteArray &key, const Net::MacAddress &mac, quint32 requested, quint32 ciaddr,
                   bool otherServer, const QString &clientHostname, qint64 now);
    /// DECLINE: the address is in use by someone else; set it aside.
    std::optional<Lease> decline(const QByteArray &key, quint32 address, qint64 now);
    /// RELEASE: the client gives the address back.
    std::optional<Lease> release(const QByteArray &key, quint32 address, qint64 now);

    /// Puts back a lease read from disk.
    void restore(const Lease &lease);
    const Lease *leaseByAddress(quint32 address) const;
    const Lease *leaseByKey(const QByteArray &key) const;
    QList<Lease> leases() const { return m_byAddress.values(); }
    qsizetype leaseCount() const { return m_byAddress.size(); }
    qsizetype boundCount(qint64 now) const;
    quint64 rangeSize() const;

private:
    bool isFreeFor(quint32 address, const QByteArray &key, qint64 now) const;
    bool isAllocatable(quint32 address) const;
    std::optional<quint32> nextFree(const QByteArray &key, qint64 now);
    const Reservation *reservationFor(const Net::MacAddress &mac) const;
    Lease &put(const Lease &lease);

    Config m_config;
    QHash<quint32, Lease> m_byAddress;
    QHash<QByteArray, quint32> m_byKey;
    QHash<quint32, Net::MacAddress> m_reservedAddresses;
    qsizetype m_rangeIndex = 0;
    quint32 m_cursor = 0;
};

} // namespace Dhcp

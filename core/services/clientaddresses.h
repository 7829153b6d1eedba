// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/macaddress.h"

#include <QHash>
#include <QReadWriteLock>
#include <QString>

namespace Services {

/// Which MAC has which IPv4 address, so file servers can name the machine
/// that asks. Learnt from our own DHCP server's leases (Dhcp::Server's
/// leaseOffered, leaseGranted and leaseReleased); for clients whose
/// address came from another server (proxy mode), looked up in the kernel's
/// neighbour table. Thread-safe: DHCP writes, TFTP reads, on any thread.
class ClientAddresses
{
public:
    /// \a neighbourTable: the kernel's ARP table, replaceable for tests.
    explicit ClientAddresses(QString neighbourTable = QStringLiteral("/proc/net/arp"));

    void record(const Net::MacAddress &mac, quint32 ipv4);
    /// \a mac gave \a ipv4 back: the neighbour table knows best from now on.
    void forget(const Net::MacAddress &mac, quint32 ipv4);
    /// The MAC for \a ipv4, or a null one when neither source knows it.
    Net::MacAddress lookup(quint32 ipv4) const;
    qsizetype size() const;

    /// The MAC for \a ipv4 in a /proc/net/arp style table (complete entries only).
    static Net::MacAddress fromNeighbourTable(const QByteArray &table, quint32 ipv4);

private:
    mutable QReadWriteLock m_lock;
    QHash<quint32, Net::MacAddress> m_macs;
    QString m_neighbourTable;
};

} // namespace Services

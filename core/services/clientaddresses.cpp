// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/clientaddresses.h"

#include <QFile>
#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace Services {

namespace {
constexpr qsizetype MaxEntries = 65536; // a /16 of leases; past it the oldest knowledge is dropped
constexpr int AtfComplete = 0x2; // ATF_COM in <net/if_arp.h>: the hardware address is known
} // namespace

ClientAddresses::ClientAddresses(QString neighbourTable)
    : m_neighbourTable(std::move(neighbourTable))
{
}

void ClientAddresses::record(const Net::MacAddress &mac, quint32 ipv4)
{
    if (!ipv4 || mac.isNull())
        return;
    QWriteLocker lock(&m_lock);
    if (m_macs.size() >= MaxEntries && !m_macs.contains(ipv4))
        m_macs.clear();
    m_macs.insert(ipv4, mac);
}

void ClientAddresses::forget(const Net::MacAddress &mac, quint32 ipv4)
{
    QWriteLocker lock(&m_lock);
    const auto it = m_macs.constFind(ipv4);
    if (it != m_macs.cend() && *it == mac)
        m_macs.erase(it);
}

Net::MacAddress ClientAddresses::lookup(quint32 ipv4) const
{
    {
        QReadLocker lock(&m_lock);
        const auto it = m_macs.constFind(ipv4);
        if (it != m_macs.cend())
            return *it;
    }
    if (m_neighbourTable.isEmpty())
        return {};
    QFile table(m_neighbourTable);
    if (!table.open(QIODevice::ReadOnly))
        return {};
    return fromNeighbourTable(table.read(1024 * 1024), ipv4);
}

qsizetype ClientAddresses::size() const
{
    QReadLocker lock(&m_lock);
    return m_macs.size();
}

Net::MacAddress ClientAddresses::fromNeighbourTable(const QByteArray &table, quint32 ipv4)
{
    // "IP address       HW type     Flags       HW address            Mask     Device"
    const QByteArray wanted = QHostAddress(ipv4).toString().toLatin1();
    for (const QByteArray &line : table.split('\n')) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() < 4 || f[0] != wanted)
            continue;
        bool ok = false;
        const int flags = f[2].toInt(&ok, 16);
        if (!ok || !(flags & AtfComplete))
            continue;
        const auto mac = Net::MacAddress::parse(QString::fromLatin1(f[3]));
        if (mac && !mac->isNull())
            return *mac;
    }
    return {};
}

} // namespace Services

// SPDX-License-Identifier: GPL-3.0-or-later
#include "dhcp/roguewatch.h"

namespace Dhcp {

RogueWatch::RogueWatch(Settings settings, const QList<RogueCheck::Finding> &known, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
{
    for (const RogueCheck::Finding &f : known)
        m_known.insert(f.server.toIPv4Address());
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_check = std::make_unique<RogueCheck>(m_settings.check);
        connect(m_check.get(), &RogueCheck::finished, this, &RogueWatch::checked);
        m_check->start();
    });
    connect(&m_arp, &Net::ArpProbe::finished, this, &RogueWatch::macFound);
}

void RogueWatch::start()
{
    QString ignored; // without ARP, servers are told without their MAC
    m_arp.open(m_settings.check.interfaceName, m_settings.check.ownAddress, &ignored);
    m_timer.start(m_settings.intervalMs);
}

void RogueWatch::checked()
{
    const QList<RogueCheck::Finding> findings = m_check->findings();
    m_check.release()->deleteLater();
    for (const RogueCheck::Finding &f : findings) {
        const quint32 server = f.server.toIPv4Address();
        if (m_known.contains(server))
            continue;
        m_known.insert(server);
        if (m_arp.isOpen()) {
            m_waitingForMac.insert(server, f);
            m_arp.probe(server, 1000);
        } else {
            Q_EMIT newServer(f, Net::MacAddress());
        }
    }
    m_timer.start(m_settings.intervalMs);
}

void RogueWatch::macFound(quint32 address, const Net::MacAddress &mac)
{
    const auto it = m_waitingForMac.find(address);
    if (it == m_waitingForMac.end())
        return;
    const RogueCheck::Finding f = *it;
    m_waitingForMac.erase(it);
    Q_EMIT newServer(f, mac);
}

} // namespace Dhcp

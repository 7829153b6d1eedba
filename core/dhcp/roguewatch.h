// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dhcp/roguecheck.h"
#include "net/arpprobe.h"

#include <QSet>
#include <QTimer>

namespace Dhcp {

/// Keeps looking for other DHCP servers while Rackside serves: the check
/// of RogueCheck again every interval, and a server not seen before is
/// reported once, with its hardware address (asked with ARP).
class RogueWatch : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        RogueCheck::Settings check;
        int intervalMs = 60'000;
    };

    /// \a known: the servers already told (found at start and allowed).
    RogueWatch(Settings settings, const QList<RogueCheck::Finding> &known, QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    /// A server that was not answering before; \a mac null when it did not
    /// answer ARP (behind a relay).
    void newServer(const Dhcp::RogueCheck::Finding &finding, const Net::MacAddress &mac);

private:
    void checked();
    void macFound(quint32 address, const Net::MacAddress &mac);

    Settings m_settings;
    QTimer m_timer;
    std::unique_ptr<RogueCheck> m_check;
    Net::ArpProbe m_arp;
    QSet<quint32> m_known;
    QHash<quint32, RogueCheck::Finding> m_waitingForMac;
};

} // namespace Dhcp

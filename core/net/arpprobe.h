// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/macaddress.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

class QSocketNotifier;

namespace Net {

/// Asks the rack LAN whether an address is taken before the DHCP server
/// offers it: an ARP request for the address (sent twice), and any ARP
/// packet from the address within the wait counts as its holder. ISC dhcpd
/// and dnsmasq ping instead; ARP is answered also by devices whose firewall
/// drops ICMP. Owns a packet socket on one interface (needs CAP_NET_RAW).
class ArpProbe : public QObject
{
    Q_OBJECT
public:
    explicit ArpProbe(QObject *parent = nullptr);
    ~ArpProbe() override;

    /// Opens the socket on \a interfaceName; requests are sent from
    /// \a ownAddress. False and \a error if that is not possible.
    bool open(const QString &interfaceName, quint32 ownAddress, QString *error);
    bool isOpen() const { return m_fd >= 0; }
    /// Asks who holds \a address; finished() follows within \a waitMs.
    void probe(quint32 address, int waitMs);
    /// Called with each request sent and each answer received (the ARP
    /// packet and the Ethernet addresses around it), for a capture.
    using Tap = std::function<void(quint32 address, const MacAddress &from, const MacAddress &to, QByteArrayView arp)>;
    void setTap(Tap tap) { m_tap = std::move(tap); }

Q_SIGNALS:
    /// \a holder answered for \a address; a null holder: nobody did.
    void finished(quint32 address, const Net::MacAddress &holder);

private:
    void send(quint32 address);
    void read();
    void close();

    int m_fd = -1;
    int m_ifindex = 0;
    quint32 m_ownAddress = 0;
    MacAddress m_ownMac;
    QSocketNotifier *m_notifier = nullptr;
    QHash<quint32, int> m_pending; // address -> probe number, so a late timer of an old probe is ignored
    int m_nextProbe = 0;
    Tap m_tap;
};

} // namespace Net

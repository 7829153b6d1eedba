// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/macaddress.h"
#include "timeline/bootevent.h"

#include <QHash>
#include <QObject>

class QSocketNotifier;

namespace Dhcp {

/// Notices machines that ask to network boot on an interface Rackside does
/// not answer on: the laptop has several NICs, and the rack switch is on
/// another one than the operator chose. Reads DHCP requests from every
/// interface with a packet socket (filtered in the kernel to UDP port 67),
/// so it holds no port another DHCP server on the laptop could want. Needs
/// CAP_NET_RAW, like the ARP check.
class OtherInterfaceWatch : public QObject
{
    Q_OBJECT
public:
    explicit OtherInterfaceWatch(QObject *parent = nullptr);
    ~OtherInterfaceWatch() override;

    /// Watches every interface but \a chosen. False and \a error if the
    /// packet socket cannot be opened.
    bool start(const QString &chosen, quint16 serverPort, QString *error);

Q_SIGNALS:
    /// A diagnosis for a machine asking on another interface, at most once
    /// a minute per machine.
    void event(const Timeline::BootEvent &event);

private:
    void read();

    int m_fd = -1;
    int m_chosenIndex = 0;
    QString m_chosen;
    QSocketNotifier *m_notifier = nullptr;
    QHash<Net::MacAddress, qint64> m_lastTold;
};

} // namespace Dhcp

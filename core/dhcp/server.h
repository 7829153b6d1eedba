// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dhcp/leasepool.h"
#include "dhcp/leasestore.h"
#include "dhcp/responder.h"
#include "timeline/bootevent.h"

#include <QObject>
#include <QUdpSocket>

#include <memory>

namespace Dhcp {

/// The DHCP server: owns its sockets (67, and proxyPort for proxyDHCP), its lease
/// pool and lease file; lives on the network thread and reports every packet
/// as a BootEvent. Malformed packets are dropped and counted.
class Server : public QObject
{
    Q_OBJECT
public:
    struct Listen
    {
        QString interfaceName; ///< replies leave through this interface only
        QHostAddress address = QHostAddress::AnyIPv4;
        quint16 serverPort = 67;
        quint16 clientPort = 68;
        quint16 proxyPort = 4011; ///< 0: do not listen for proxyDHCP requests
        quint16 relayPort = 67; ///< where relayed replies go on giaddr
    };
    struct Counters
    {
        quint64 received = 0;
        quint64 replied = 0;
        quint64 malformed = 0;
        quint64 sendFailures = 0;
    };

    Server(Listen listen, Responder::Settings settings, LeasePool::Config pool, QString leaseFile,
           QObject *parent = nullptr);
    ~Server() override;

    /// Loads leases and opens the sockets. On failure, \a error says what to do.
    bool start(QString *error);
    void stop();
    Counters counters() const { return m_counters; }
    const LeasePool *pool() const { return m_pool.get(); }
    /// The site's NetBoot images changed. Call on the server's thread.
    void setBsdpSettings(const BsdpResponder::Settings &settings) { m_responder.setBsdp(settings); }

Q_SIGNALS:
    void event(const Timeline::BootEvent &event);
    /// A machine asked for an address from scratch (DHCPDISCOVER): it
    /// started over, and whatever it had open before is dead. Emitted on the
    /// network thread, before the reply's events.
    void machineStarting(const Net::MacAddress &mac);
    /// \a address is offered to \a mac (its OFFER is on its way).
    void leaseOffered(const Net::MacAddress &mac, quint32 address);
    /// \a address is bound to \a mac now (its ACK is on its way).
    void leaseGranted(const Net::MacAddress &mac, quint32 address);
    /// \a mac gave \a address back (RELEASE) or found it taken (DECLINE).
    void leaseReleased(const Net::MacAddress &mac, quint32 address);
    /// After Net::startOnItsThread(): whether the sockets are open, and if not why.
    void startFinished(bool ok, const QString &error);
    void problem(const QString &message);

private:
    void readPending(QUdpSocket *socket, Responder::Socket which);
    void process(const QByteArray &datagram, const QHostAddress &from, quint16 fromPort, Responder::Socket which);
    void send(const Responder::Reply &reply, const QHostAddress &from, quint16 fromPort, Responder::Socket arrivedOn);

    Listen m_listen;
    std::unique_ptr<LeasePool> m_pool;
    Responder m_responder;
    LeaseStore m_store;
    std::unique_ptr<QUdpSocket> m_socket;
    std::unique_ptr<QUdpSocket> m_proxySocket;
    Counters m_counters;
};

} // namespace Dhcp

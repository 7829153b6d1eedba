// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dhcp/leasepool.h"
#include "dhcp/leasestore.h"
#include "dhcp/responder.h"
#include "timeline/bootevent.h"

#include <QObject>
#include <QUdpSocket>

#include <memory>

namespace Capture {
class Recorder;
}
namespace Net {
class ArpProbe;
}

namespace Dhcp {

class OtherInterfaceWatch;

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
        /// Before offering a new address on the interface, wait this long for
        /// a device already using it to answer ARP; 0: offer at once.
        int conflictWaitMs = 500;
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
    /// Keeps what each machine sent and was sent in \a capture. Call before start().
    void setCapture(std::shared_ptr<Capture::Recorder> capture) { m_capture = std::move(capture); }
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
    /// A request whose OFFER waits for the ARP check of its address.
    struct Waiting
    {
        Message request;
        QHostAddress from;
        quint16 fromPort = 0;
        Responder::Socket which = Responder::Socket::Server;
        Responder::Outcome outcome;
        int attempts = 1;
    };

    void readPending(QUdpSocket *socket, Responder::Socket which);
    void process(const QByteArray &datagram, const QHostAddress &from, quint16 fromPort, Responder::Socket which);
    /// Persists, answers and reports one request's outcome.
    void finish(const Message &request, Responder::Outcome out, const QHostAddress &from, quint16 fromPort,
                Responder::Socket which);
    void send(const Responder::Reply &reply, const QHostAddress &from, quint16 fromPort, Responder::Socket arrivedOn);
    /// The address \a out offers, if it must be checked with ARP first.
    quint32 addressToCheck(const Message &request, const Responder::Outcome &out, quint32 own, qint64 nowMs) const;
    void conflictChecked(quint32 address, const Net::MacAddress &holder);
    static QList<Timeline::BootEvent> foundSoFar(const Responder::Outcome &held);

    Listen m_listen;
    std::unique_ptr<LeasePool> m_pool;
    Responder m_responder;
    LeaseStore m_store;
    std::unique_ptr<QUdpSocket> m_socket;
    std::unique_ptr<QUdpSocket> m_proxySocket;
    std::unique_ptr<Net::ArpProbe> m_arp;
    std::shared_ptr<Capture::Recorder> m_capture;
    std::unique_ptr<OtherInterfaceWatch> m_otherInterfaces;
    QHash<quint32, Waiting> m_waiting; // by the address being checked
    QHash<quint32, std::pair<Net::MacAddress, qint64>> m_checkedFree; // address -> for whom, when
    Counters m_counters;
};

} // namespace Dhcp

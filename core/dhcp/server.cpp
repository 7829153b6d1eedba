// SPDX-License-Identifier: GPL-3.0-or-later
#include "dhcp/server.h"

#include "capture/recorder.h"
#include "dhcp/otherinterfacewatch.h"
#include "dhcp/roguecheck.h"
#include "net/arpprobe.h"
#include "net/udpsocket.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Dhcp {

Server::Server(Listen listen, Responder::Settings settings, LeasePool::Config pool, QString leaseFile,
               QObject *parent)
    : QObject(parent)
    , m_listen(std::move(listen))
    , m_pool(settings.mode == Responder::Mode::Serve ? std::make_unique<LeasePool>(std::move(pool)) : nullptr)
    , m_responder(std::move(settings), m_pool.get())
    , m_store(std::move(leaseFile))
{
}

Server::~Server() = default;

bool Server::start(QString *error)
{
    m_responder.setServingSince(QDateTime::currentMSecsSinceEpoch());
    if (m_pool && !m_store.path().isEmpty()) {
        QStringList problems;
        const auto leases = m_store.load(&problems);
        for (const Lease &lease : leases)
            m_pool->restore(lease);
        for (const QString &p : problems)
            Q_EMIT problem(p);
        // Start every run from a compact file holding only what was loaded.
        if (!m_store.compact(m_pool->leases())) {
            *error = m_store.error();
            return false;
        }
    }
    Net::UdpSocket::Options o{m_listen.interfaceName, m_listen.address, m_listen.serverPort, true};
    m_socket = Net::UdpSocket::open(o, error);
    if (!m_socket)
        return false;
    connect(m_socket.get(), &QUdpSocket::readyRead, this, [this] { readPending(m_socket.get(), Responder::Socket::Server); });
    const bool proxy = m_responder.settings().mode == Responder::Mode::Proxy;
    if (proxy && m_listen.proxyPort) {
        o.port = m_listen.proxyPort;
        m_proxySocket = Net::UdpSocket::open(o, error);
        if (!m_proxySocket) {
            m_socket.reset();
            return false;
        }
        connect(m_proxySocket.get(), &QUdpSocket::readyRead, this,
                [this] { readPending(m_proxySocket.get(), Responder::Socket::Proxy); });
    }
    // What the network doctor needs beyond the DHCP port (a packet socket
    // each): without the privilege, Rackside serves all the same.
    QStringList without;
    QStringList reasons;
    QString why;
    if (m_pool && m_listen.conflictWaitMs > 0 && !m_listen.interfaceName.isEmpty()) {
        m_arp = std::make_unique<Net::ArpProbe>();
        if (m_arp->open(m_listen.interfaceName, m_responder.settings().serverAddress, &why)) {
            connect(m_arp.get(), &Net::ArpProbe::finished, this, &Server::conflictChecked);
            if (m_capture)
                m_arp->setTap([this](quint32 address, const Net::MacAddress &from, const Net::MacAddress &to,
                                     QByteArrayView arp) {
                    if (const auto w = m_waiting.constFind(address); w != m_waiting.cend())
                        m_capture->frame(w->request.mac(), Capture::Pcapng::arpFrame(from, to, arp));
                });
        } else {
            m_arp.reset();
            without << u"addresses are offered without checking that no other device uses them"_s;
            reasons << why;
        }
    }
    if (!m_listen.interfaceName.isEmpty()) {
        m_otherInterfaces = std::make_unique<OtherInterfaceWatch>();
        if (m_otherInterfaces->start(m_listen.interfaceName, m_listen.serverPort, &why)) {
            connect(m_otherInterfaces.get(), &OtherInterfaceWatch::event, this, &Server::event);
        } else {
            m_otherInterfaces.reset();
            without << u"machines asking on other interfaces go unnoticed"_s;
            reasons << why;
        }
    }
    reasons.removeDuplicates();
    if (!without.isEmpty())
        Q_EMIT problem(u"%1: %2"_s.arg(without.join(u"; "_s), reasons.join(u"; "_s)));
    return true;
}

void Server::stop()
{
    m_socket.reset();
    m_proxySocket.reset();
    m_arp.reset();
    m_otherInterfaces.reset();
    m_waiting.clear();
}

void Server::readPending(QUdpSocket *socket, Responder::Socket which)
{
    // One stack buffer for the whole drain: receiveDatagram(65536) allocated
    // (and QNetworkDatagram copied) 64 KiB for every packet.
    char buffer[65536];
    QHostAddress from;
    quint16 fromPort = 0;
    while (socket->hasPendingDatagrams()) {
        const qint64 n = socket->readDatagram(buffer, sizeof buffer, &from, &fromPort);
        if (n < 0)
            break;
        process(QByteArray(buffer, n), from, fromPort, which);
    }
}

void Server::process(const QByteArray &datagram, const QHostAddress &from, quint16 fromPort, Responder::Socket which)
{
    ++m_counters.received;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QString why;
    const auto request = Message::decode(datagram, &why);
    if (!request) {
        ++m_counters.malformed;
        Timeline::BootEvent ev;
        ev.msecs = now;
        ev.protocol = Timeline::BootEvent::Protocol::Dhcp;
        ev.kind = Timeline::BootEvent::Kind::Dropped;
        ev.summary = u"malformed packet from %1:%2 (%3), %4 dropped so far"_s.arg(from.toString())
                         .arg(fromPort)
                         .arg(why)
                         .arg(m_counters.malformed);
        ev.severity = Timeline::BootEvent::Severity::Warning;
        Q_EMIT event(ev);
        return;
    }
    if (request->op != 1)
        return; // a reply from another server, seen because we listen on 67
    if (request->options.value(Option::VendorClass) == RogueCheck::ownVendorClass())
        return; // this process looking for other servers (RogueWatch): no machine
    if (m_capture) {
        const quint16 port = which == Responder::Socket::Proxy ? m_listen.proxyPort : m_listen.serverPort;
        const bool broadcast = from.toIPv4Address() == 0;
        m_capture->datagram(request->mac(), {request->mac(), from.toIPv4Address(), fromPort},
                            broadcast ? Capture::Pcapng::Endpoint{{}, 0xffffffff, port} : m_capture->local(port), datagram);
    }
    if (request->type() == MessageType::Discover)
        Q_EMIT machineStarting(request->mac());
    const Lease *before = m_pool ? m_pool->leaseByKey(Responder::clientKey(*request)) : nullptr;
    const quint32 own = before && before->state == Lease::State::Bound ? before->address : 0;
    Responder::Outcome out = m_responder.handle(*request, which, now);
    if (const quint32 address = addressToCheck(*request, out, own, now)) {
        // The request is told now, what we answer once the address is checked.
        Q_EMIT event(out.events.takeFirst());
        if (const auto waiting = m_waiting.find(address); waiting != m_waiting.end()) {
            // Asked again while the address is checked: the answer, when it
            // goes, answers the latest request (its xid). The same client
            // keeps what was found so far; another one means the first
            // client's offer was withdrawn meanwhile.
            if (Responder::clientKey(waiting->request) == Responder::clientKey(*request))
                out.events = foundSoFar(waiting->outcome) + out.events;
            *waiting = Waiting{*request, from, fromPort, which, std::move(out), waiting->attempts};
            return;
        }
        m_waiting.insert(address, Waiting{*request, from, fromPort, which, std::move(out)});
        m_arp->probe(address, m_listen.conflictWaitMs);
        return;
    }
    finish(*request, std::move(out), from, fromPort, which);
}

// A held outcome's events but its OFFER: what was found while the address
// was checked (a conflict, a diagnosis), still worth telling.
QList<Timeline::BootEvent> Server::foundSoFar(const Responder::Outcome &held)
{
    QList<Timeline::BootEvent> found;
    for (const Timeline::BootEvent &ev : held.events)
        if (ev.kind != Timeline::BootEvent::Kind::Offer)
            found.append(ev);
    return found;
}

// RFC 2131 3.1 (2): a server SHOULD probe an address before offering it.
// Only new addresses on the interface's own network are checked: not the
// client's own lease again, not a reservation, not across a relay.
quint32 Server::addressToCheck(const Message &request, const Responder::Outcome &out, quint32 own, qint64 nowMs) const
{
    if (!m_arp || !out.reply || out.reply->message.type() != MessageType::Offer || request.giaddr)
        return 0;
    const quint32 address = out.reply->message.yiaddr;
    if (!address || address == own || m_pool->config().reservations.value(request.mac()).address == address)
        return 0;
    const auto checked = m_checkedFree.constFind(address);
    if (checked != m_checkedFree.cend() && checked->first == request.mac() && nowMs - checked->second < 60'000)
        return 0; // checked a moment ago for this same machine
    return address;
}

void Server::conflictChecked(quint32 address, const Net::MacAddress &holder)
{
    const auto it = m_waiting.find(address);
    if (it == m_waiting.end())
        return;
    Waiting w = std::move(*it);
    m_waiting.erase(it);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    using Kind = Timeline::BootEvent::Kind;
    const QByteArray key = Responder::clientKey(w.request);
    const Lease *held = m_pool->leaseByAddress(address);
    if (!held || held->clientKey != key || held->state != Lease::State::Offered) {
        // Meanwhile the client took another server's offer: ours was
        // withdrawn. What was found on the way is still told.
        for (const Timeline::BootEvent &ev : foundSoFar(w.outcome))
            Q_EMIT event(ev);
        return;
    }
    if (holder.isNull() || holder == w.request.mac()) {
        if (m_checkedFree.size() >= 4096)
            m_checkedFree.clear();
        m_checkedFree.insert(address, {w.request.mac(), now});
        for (Timeline::BootEvent &ev : w.outcome.events)
            if (ev.kind == Kind::Offer)
                ev.msecs = now; // sent now, not when the DISCOVER came
        finish(w.request, std::move(w.outcome), w.from, w.fromPort, w.which);
        return;
    }
    // Someone uses it: set it aside as if the client had declined it, and
    // offer the next one (checked in turn).
    if (const auto declined = m_pool->decline(key, address, now / 1000);
        declined && !m_store.record(*declined))
        Q_EMIT problem(m_store.error());
    QList<Timeline::BootEvent> told = foundSoFar(w.outcome);
    Responder::Outcome next = m_responder.handle(w.request, w.which, now);
    Timeline::BootEvent note = next.events.takeFirst(); // the request, told already
    const quint32 instead = next.reply && next.reply->message.type() == MessageType::Offer ? next.reply->message.yiaddr : 0;
    note.msecs = now;
    note.kind = Kind::Diagnosis;
    note.secs = -1;
    note.requestedAddress = 0;
    note.finding = Timeline::Diagnosis::Finding::AddressInUse;
    note.severity = Timeline::BootEvent::Severity::Warning;
    const QString ip = QHostAddress(address).toString();
    note.summary = instead ? tr("%1 is in use by %2 (it answered ARP): offered %3 instead")
                                 .arg(ip, holder.toString(), QHostAddress(instead).toString())
                           : tr("%1 is in use by %2 (it answered ARP)").arg(ip, holder.toString());
    told.append(note);
    told.append(next.events);
    next.events = told;
    if (instead && w.attempts < 3 && addressToCheck(w.request, next, 0, now) == instead
        && !m_waiting.contains(instead)) {
        m_waiting.insert(instead, Waiting{w.request, w.from, w.fromPort, w.which, std::move(next), w.attempts + 1});
        m_arp->probe(instead, m_listen.conflictWaitMs);
        return;
    }
    if (instead && w.attempts >= 3)
        next.reply.reset(); // three in a row taken: the client asks again, and finds the next ones
    finish(w.request, std::move(next), w.from, w.fromPort, w.which);
}

void Server::finish(const Message &request, Responder::Outcome out, const QHostAddress &from, quint16 fromPort,
                    Responder::Socket which)
{
    // RFC 2131 4.3.2: the lease is on disk before the client hears ACK.
    for (const Lease &lease : std::as_const(out.changed)) {
        if (!m_store.record(lease)) {
            Q_EMIT problem(m_store.error());
            out.reply.reset();
            break;
        }
    }
    // Answer first (the lease is already on disk), then report: each event
    // crosses to another thread, which must not delay the client.
    if (out.reply)
        send(*out.reply, from, fromPort, which);
    // Domain facts, on the network thread as they happen (Http::Server and
    // ClientAddresses must know before the machine's next packet).
    if (out.reply && out.reply->message.type() == MessageType::Offer && out.reply->message.yiaddr)
        Q_EMIT leaseOffered(request.mac(), out.reply->message.yiaddr);
    for (const Lease &lease : std::as_const(out.changed)) {
        if (out.reply && lease.state == Lease::State::Bound)
            Q_EMIT leaseGranted(lease.mac, lease.address);
        else if (lease.state == Lease::State::Released || lease.state == Lease::State::Declined)
            Q_EMIT leaseReleased(lease.mac, lease.address);
    }
    for (const auto &ev : std::as_const(out.events))
        Q_EMIT event(ev);
    if (m_pool && m_store.needsCompaction(m_pool->leaseCount()))
        m_store.compact(m_pool->leases());
}

void Server::send(const Responder::Reply &reply, const QHostAddress &from, quint16 fromPort, Responder::Socket arrivedOn)
{
    QHostAddress to;
    quint16 port = m_listen.clientPort;
    switch (reply.to) {
    case Responder::Reply::To::Relay:
        to = QHostAddress(reply.address);
        port = m_listen.relayPort;
        break;
    case Responder::Reply::To::Unicast:
        to = QHostAddress(reply.address);
        if (reply.port)
            port = reply.port; // BSDP's reply port
        else if (fromPort != 68 && fromPort != 0 && from.toIPv4Address() == reply.address)
            port = fromPort; // proxyDHCP answers the port it was asked from
        break;
    case Responder::Reply::To::UnicastNoArp:
        if (Net::UdpSocket::addArpEntry(*m_socket, m_listen.interfaceName, reply.address,
                                        reply.message.chaddr.data()))
            to = QHostAddress(reply.address);
        else
            to = QHostAddress::Broadcast; // RFC 2131 4.1 allows broadcast when unicast is impossible
        break;
    case Responder::Reply::To::Broadcast:
        to = QHostAddress::Broadcast;
        break;
    }
    // On a loopback test setup there is no broadcast: answer the sender.
    if (to == QHostAddress::Broadcast && m_listen.address.isLoopback())
        to = from;
    QUdpSocket *socket = m_socket.get();
    if (m_proxySocket && arrivedOn == Responder::Socket::Proxy)
        socket = m_proxySocket.get(); // PXE: the ACK comes from the port asked
    const QByteArray data = reply.message.encode(reply.maxSize);
    if (m_capture) {
        const bool broadcast = to == QHostAddress::Broadcast;
        const Net::MacAddress mac = reply.message.mac();
        m_capture->datagram(mac, m_capture->local(socket->localPort()),
                            {broadcast ? Net::MacAddress() : mac, to.toIPv4Address(), port}, data);
    }
    if (socket->writeDatagram(data, to, port) == data.size())
        ++m_counters.replied;
    else
        ++m_counters.sendFailures;
}

} // namespace Dhcp

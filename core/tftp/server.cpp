// SPDX-License-Identifier: GPL-3.0-or-later
#include "tftp/server.h"

#include "capture/recorder.h"

#include "net/udpsocket.h"
#include "tftp/transfer.h"

#include <QDateTime>
#include <QNetworkDatagram>

#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Tftp {

Server::Server(Listen listen, std::shared_ptr<const Boot::FileSource> files, MacLookup macs, Limits limits,
               QObject *parent)
    : QObject(parent)
    , m_listen(std::move(listen))
    , m_files(std::move(files))
    , m_macs(std::move(macs))
    , m_limits(limits)
{
}

Server::~Server()
{
    stop();
}

bool Server::start(QString *error)
{
    Net::UdpSocket::Options o;
    o.address = m_listen.address;
    o.port = m_listen.port;
    o.broadcast = false;
    m_socket = Net::UdpSocket::open(o, error);
    if (!m_socket)
        return false;
    connect(m_socket.get(), &QUdpSocket::readyRead, this, &Server::readPending);
    return true;
}

void Server::stop()
{
    m_socket.reset();
    qDeleteAll(m_transfers);
    m_transfers.clear();
}

void Server::setFileSource(std::shared_ptr<const Boot::FileSource> files)
{
    QMetaObject::invokeMethod(this, [this, files = std::move(files)]() mutable { m_files = std::move(files); },
                              Qt::AutoConnection);
}

quint16 Server::port() const
{
    return m_socket ? m_socket->localPort() : 0;
}

void Server::readPending()
{
    while (m_socket && m_socket->hasPendingDatagrams()) {
        const QNetworkDatagram d = m_socket->receiveDatagram(65536);
        if (!d.isValid())
            break;
        handleRequest(d.data(), d.senderAddress(), quint16(d.senderPort()), d.destinationAddress());
    }
}

void Server::handleRequest(const QByteArray &datagram, const QHostAddress &from, quint16 fromPort,
                           const QHostAddress &to)
{
    QString why;
    const auto packet = Packet::decode(datagram, &why);
    if (!packet) {
        drop(from, why);
        return;
    }
    if (packet->opcode != Opcode::ReadRequest && packet->opcode != Opcode::WriteRequest) {
        // Never answered: an answer to a stray ERROR or DATA could start a loop.
        drop(from, u"%1 sent to the server port, not to a transfer"_s.arg(opcodeName(packet->opcode)));
        return;
    }
    if (fromPort == 0) {
        drop(from, u"request from port 0"_s);
        return;
    }
    // Reply from the address the client asked, so it recognises us.
    const QHostAddress local = (!to.isNull() && !to.isMulticast() && to != QHostAddress::Broadcast)
        ? to
        : m_listen.address;
    const Net::MacAddress mac = m_macs ? m_macs(from.toIPv4Address()) : Net::MacAddress();
    if (m_capture)
        m_capture->datagram(mac, {mac, from.toIPv4Address(), fromPort}, m_capture->local(port(), local.toIPv4Address()),
                            datagram);
    const QString name = QString::fromUtf8(packet->fileName);
    if (packet->opcode == Opcode::WriteRequest) {
        refuse(local, from, fromPort, ErrorCode::AccessViolation, "read-only server: uploads are not accepted");
        refusedEvent(from, mac, name, u"write refused (read-only server): %1"_s.arg(name.left(200)));
        return;
    }
    // RFC 1350 modes. Boot clients ask octet; netascii is served as the
    // file's bytes unchanged (converting line ends would make tsize lie).
    if (packet->mode != "octet" && packet->mode != "netascii") {
        refuse(local, from, fromPort, ErrorCode::IllegalOperation, "only octet and netascii modes are served");
        refusedEvent(from, mac, name, u"unsupported mode '%1' for %2"_s.arg(
                                          QString::fromLatin1(packet->mode.left(20)), name.left(200)));
        return;
    }
    // A repeated request (our OACK or first block was lost or slow) is
    // answered by the transfer already under way, when its timer fires.
    for (const Transfer *t : std::as_const(m_transfers)) {
        if (t->isFor(from, fromPort))
            return;
    }
    if (m_transfers.size() >= m_limits.maxTransfers) {
        m_busy.fetch_add(1, std::memory_order_relaxed);
        refuse(local, from, fromPort, ErrorCode::NotDefined, "server busy: too many transfers");
        refusedEvent(from, mac, name, u"server busy: %1 transfers under way, %2 refused"_s.arg(
                                          m_transfers.size()).arg(refusedBusy()));
        return;
    }
    const std::shared_ptr<const Boot::FileSource> files = m_files;
    Boot::OpenedFile file = files ? files->open(name, Boot::Requester{mac, from, {}, u"TFTP"_s})
                                  : Boot::OpenedFile::notFound(name, u"no boot tree: nothing is served"_s);
    if (!file.ok()) {
        const bool notFound = file.status == Boot::OpenedFile::Status::NotFound;
        refuse(local, from, fromPort, notFound ? ErrorCode::FileNotFound : ErrorCode::AccessViolation,
               notFound ? "file not found" : "access violation");
        refusedEvent(from, mac, file.path.isEmpty() ? name.left(200) : file.path, file.reason);
        return;
    }
    Transfer::Setup setup;
    setup.peer = from;
    setup.peerPort = fromPort;
    setup.local = local;
    Limits limits = m_limits;
    if (const auto cap = m_blockSizeLimit.constFind(from.toIPv4Address()); cap != m_blockSizeLimit.cend()) {
        if (QDateTime::currentMSecsSinceEpoch() < cap->second)
            limits.maxBlockSize = std::min(limits.maxBlockSize, cap->first);
        else
            m_blockSizeLimit.erase(cap); // the path may be mended, or the address another machine's
    }
    setup.negotiation = Negotiation::negotiate(packet->options, file.size, limits);
    setup.file = std::move(file);
    setup.limits = limits;
    setup.mac = mac;
    setup.capture = m_capture;
    auto *transfer = new Transfer(std::move(setup), this);
    m_transfers.append(transfer);
    connect(transfer, &Transfer::event, this, &Server::event);
    connect(transfer, &Transfer::dropped, this, &Server::drop);
    connect(transfer, &Transfer::stalledAtBlockSize, this,
            [this, mac](const QHostAddress &peer, int size) { blockSizeStalled(peer, mac, size); });
    connect(transfer, &Transfer::finished, this, [this, transfer] {
        m_transfers.removeOne(transfer);
        transfer->deleteLater();
    });
    QString error;
    if (!transfer->start(&error)) {
        m_transfers.removeOne(transfer);
        delete transfer;
        refuse(local, from, fromPort, ErrorCode::NotDefined, "server error");
        refusedEvent(from, mac, name.left(200), error);
    }
}

void Server::refuse(const QHostAddress &local, const QHostAddress &peer, quint16 port, ErrorCode code,
                    const QByteArray &text)
{
    // RFC 1350 section 4: answers come from a new transfer ID, never port 69.
    const QByteArray error = Packet::errorPacket(code, text).encode();
    if (m_capture && m_macs) {
        const Net::MacAddress mac = m_macs(peer.toIPv4Address());
        m_capture->datagram(mac, m_capture->local(0, local.toIPv4Address()), {mac, peer.toIPv4Address(), port}, error);
    }
    Net::UdpSocket::sendFromNewPort(local, peer, port, error);
}

void Server::blockSizeStalled(const QHostAddress &peer, const Net::MacAddress &mac, int blockSize)
{
    // 1024-byte blocks fit a 1280-byte path (IPv6's minimum, most tunnels);
    // below that, RFC 1350's 512.
    const int next = blockSize > 1024 ? 1024 : 512;
    if (m_blockSizeLimit.size() >= 4096)
        m_blockSizeLimit.clear();
    // For 30 minutes: long enough for the machine's next boots, short
    // enough that a client which only went away at block 1 costs little.
    m_blockSizeLimit.insert(peer.toIPv4Address(), {next, QDateTime::currentMSecsSinceEpoch() + 30 * 60'000});
    Timeline::BootEvent ev;
    ev.msecs = QDateTime::currentMSecsSinceEpoch();
    ev.mac = mac;
    ev.protocol = Timeline::BootEvent::Protocol::Tftp;
    ev.kind = Timeline::BootEvent::Kind::Diagnosis;
    ev.finding = Timeline::Diagnosis::Finding::PathMtu;
    ev.address = peer.toIPv4Address();
    ev.severity = Timeline::BootEvent::Severity::Warning;
    ev.summary = tr("TFTP stalled at %1-byte blocks: none got through, while smaller packets did. It gets at most "
                    "%2-byte blocks for the next 30 minutes")
                     .arg(blockSize)
                     .arg(next);
    Q_EMIT event(ev);
}

void Server::refusedEvent(const QHostAddress &peer, const Net::MacAddress &mac, const QString &path,
                          const QString &reason)
{
    Timeline::BootEvent ev;
    ev.msecs = QDateTime::currentMSecsSinceEpoch();
    ev.mac = mac;
    ev.protocol = Timeline::BootEvent::Protocol::Tftp;
    ev.kind = Timeline::BootEvent::Kind::Failed;
    ev.address = peer.toIPv4Address();
    ev.path = path;
    ev.summary = reason;
    ev.severity = Timeline::BootEvent::Severity::Failure;
    Q_EMIT event(ev);
}

void Server::drop(const QHostAddress &peer, const QString &why)
{
    const quint64 count = m_dropped.fetch_add(1, std::memory_order_relaxed) + 1;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const quint32 key = peer.toIPv4Address();
    const auto last = m_lastDropEvent.constFind(key);
    if (last != m_lastDropEvent.cend() && now - *last < 1000)
        return;
    if (m_lastDropEvent.size() > 4096)
        m_lastDropEvent.removeIf([now](const auto &it) { return now - it.value() >= 1000; });
    m_lastDropEvent.insert(key, now);
    Timeline::BootEvent ev;
    ev.msecs = now;
    ev.protocol = Timeline::BootEvent::Protocol::Tftp;
    ev.kind = Timeline::BootEvent::Kind::Dropped;
    ev.address = key;
    ev.summary = u"from %1: %2 (%3 dropped so far)"_s.arg(peer.toString(), why.left(200)).arg(count);
    ev.severity = Timeline::BootEvent::Severity::Warning;
    Q_EMIT event(ev);
}

} // namespace Tftp

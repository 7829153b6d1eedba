// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/connection.h"

#include "http/byterange.h"
#include "capture/recorder.h"
#include "http/responsehead.h"
#include "net/tcpending.h"

#include <QDateTime>

#include <utility>

using namespace Qt::StringLiterals;

namespace Http {

namespace {

// Anaconda's inst.ks.sendmac: "X-RHN-Provisioning-MAC-0: eth0 aa:bb:cc:dd:ee:ff", one per NIC.
QList<Net::MacAddress> announcedMacs(const Request &request)
{
    QList<Net::MacAddress> macs;
    for (const auto &[name, value] : request.fields) {
        if (!name.startsWith("x-rhn-provisioning-mac-"))
            continue;
        const QByteArray last = value.split(' ').last();
        if (const auto mac = Net::MacAddress::parse(QString::fromLatin1(last)); mac && !mac->isNull())
            macs.append(*mac);
    }
    return macs;
}

// A dual-stack listener sees ::ffff:10.0.0.5; leases and hosts know 10.0.0.5.
QHostAddress plainIpv4(const QHostAddress &address)
{
    bool ok = false;
    const quint32 v4 = address.toIPv4Address(&ok);
    return ok ? QHostAddress(v4) : address;
}

} // namespace

Connection::Connection(QTcpSocket *socket, std::shared_ptr<const Boot::FileSource> files,
                       const Net::MacAddress &mac, const Limits &limits, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_files(std::move(files))
    , m_mac(mac)
    , m_peer(plainIpv4(socket->peerAddress()))
    , m_limits(limits)
{
    m_socket->setParent(this);
    // Every close from now on is a reset: see Net::TcpEnding and endWhenDelivered().
    if (!Net::TcpEnding::prepare(m_socket->socketDescriptor())) {
        static bool told = false;
        if (!std::exchange(told, true))
            qWarning("HTTP: cannot make connections end with a reset (%s): a machine that reboots may wait for "
                     "its old connection to time out", qPrintable(qt_error_string()));
    }
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_closing || m_file.device)
            close(); // a client that stopped taking its answer: what it has is all it gets
        else if (!m_buffer.isEmpty())
            sendError(408, "the request took too long", false);
        else
            endWhenDelivered(); // an idle keep-alive connection
    });
    m_deliveryPoll.setSingleShot(true);
    connect(&m_deliveryPoll, &QTimer::timeout, this, &Connection::endIfDelivered);
    connect(m_socket, &QTcpSocket::readyRead, this, &Connection::readPending);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &Connection::pump);
    connect(m_socket, &QTcpSocket::disconnected, this, &Connection::close);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this] { close(); });
    m_timer.start(m_limits.headTimeoutMs);
    readPending();
}

Timeline::BootEvent Connection::makeEvent(Timeline::BootEvent::Kind kind) const
{
    Timeline::BootEvent ev;
    ev.msecs = QDateTime::currentMSecsSinceEpoch();
    ev.mac = m_file.machine.isNull() ? m_mac : m_file.machine;
    ev.protocol = Timeline::BootEvent::Protocol::Http;
    ev.kind = kind;
    ev.address = m_peer.toIPv4Address();
    ev.path = m_file.path;
    ev.bytes = m_sent;
    ev.size = m_size;
    return ev;
}

void Connection::readPending()
{
    if (m_closing)
        return;
    m_buffer.append(m_socket->readAll());
    // One request at a time: the next waits in the buffer until this body is out.
    while (!m_file.device && !m_closing && !m_buffer.isEmpty()) {
        const Request::Parsed parsed = Request::parse(m_buffer, m_limits.request);
        if (parsed.status == Request::Parsed::Status::NeedMore) {
            m_timer.start(m_limits.headTimeoutMs);
            return;
        }
        if (parsed.isError()) {
            Timeline::BootEvent ev = makeEvent(Timeline::BootEvent::Kind::Refused);
            ev.severity = Timeline::BootEvent::Severity::Warning;
            ev.summary = u"%1 %2"_s.arg(parsed.errorStatus).arg(parsed.error);
            Q_EMIT event(ev);
            sendError(parsed.errorStatus, parsed.error.toUtf8(), false);
            return;
        }
        captureRequest(QByteArrayView(m_buffer).first(parsed.headSize));
        m_buffer.remove(0, parsed.headSize);
        if (parsed.request.contentLength > 0) {
            // GET and HEAD have no body; anything else is refused before it is read.
            sendError(413, "request bodies are not accepted", false);
            return;
        }
        answer(parsed.request);
    }
}

void Connection::answer(const Request &request)
{
    m_keepAlive = request.keepAlive();
    const bool head = request.method == "HEAD";
    if (!head && request.method != "GET") {
        sendError(405, "only GET and HEAD are served", m_keepAlive);
        return;
    }
    Boot::Requester who;
    who.mac = m_mac;
    who.address = m_peer;
    who.announcedMacs = announcedMacs(request);
    who.protocol = u"HTTP"_s;
    Boot::OpenedFile file = m_files->open(request.path.mid(1), who);
    m_file.path = file.path;
    m_file.machine = file.machine;
    if (!file.ok()) {
        const bool denied = file.status == Boot::OpenedFile::Status::AccessDenied;
        Timeline::BootEvent ev = makeEvent(Timeline::BootEvent::Kind::Failed);
        ev.severity = Timeline::BootEvent::Severity::Failure;
        ev.summary = file.reason;
        Q_EMIT event(ev);
        sendError(denied ? 403 : 404, file.reason.toUtf8(), m_keepAlive);
        return;
    }
    m_size = file.size;
    const ByteRange range = ByteRange::parse(request.field("range"), file.size);
    ResponseHead out;
    out.keepAlive = m_keepAlive;
    out.add("Content-Type", "application/octet-stream").add("Accept-Ranges", "bytes");
    qint64 first = 0;
    m_left = file.size;
    if (range.kind == ByteRange::Kind::Unsatisfiable) {
        out.status = 416;
        out.contentLength = 0;
        out.add("Content-Range", range.contentRange(file.size));
        writeHead(out.toBytes(), 0);
        m_file = {};
        if (m_keepAlive)
            m_timer.start(m_limits.idleTimeoutMs);
        else
            endWhenDelivered();
        return;
    }
    if (range.kind == ByteRange::Kind::Partial) {
        out.status = 206;
        out.add("Content-Range", range.contentRange(file.size));
        first = range.first;
        m_left = range.length();
    }
    out.contentLength = m_left;
    if (first > 0 && !file.device->seek(first)) {
        sendError(500, "cannot seek in the file", false);
        return;
    }
    writeHead(out.toBytes(), head ? 0 : m_left);
    m_sent = 0;
    Timeline::BootEvent ev = makeEvent(head ? Timeline::BootEvent::Kind::Head : Timeline::BootEvent::Kind::Get);
    ev.bytes = 0;
    ev.summary = range.kind == ByteRange::Kind::Partial
                     ? u"%1 bytes %2-%3 of %4"_s.arg(file.path).arg(range.first).arg(range.last).arg(file.size)
                     : u"%1 (%2 bytes)"_s.arg(file.path).arg(file.size);
    Q_EMIT event(ev);
    if (!head && file.notice == Boot::OpenedFile::Notice::InstallDone) {
        Timeline::BootEvent notice = makeEvent(Timeline::BootEvent::Kind::InstallDone);
        notice.summary = file.noticeText;
        Q_EMIT event(notice);
        Q_EMIT installDone(notice.mac);
    }
    if (head) {
        m_file = {};
        if (m_keepAlive)
            m_timer.start(m_limits.idleTimeoutMs);
        else
            endWhenDelivered();
        return;
    }
    m_file = std::move(file);
    m_progressClock.start();
    pump();
}

void Connection::pump()
{
    if (!m_file.device) {
        if (m_closing) {
            m_timer.start(m_limits.idleTimeoutMs); // the client is taking its answer
            endIfDelivered();
        }
        return;
    }
    // Back-pressure: read more only once the client has taken what was queued.
    while (m_left > 0 && m_socket->bytesToWrite() < m_limits.queued) {
        const QByteArray data = m_file.device->read(std::min(m_limits.chunk, m_left));
        if (data.isEmpty()) {
            Timeline::BootEvent ev = makeEvent(Timeline::BootEvent::Kind::Failed);
            ev.severity = Timeline::BootEvent::Severity::Failure;
            ev.summary = u"%1: cannot read: %2"_s.arg(m_file.path, m_file.device->errorString());
            Q_EMIT event(ev);
            close(); // the length was promised: the client must see a short body
            return;
        }
        m_socket->write(data);
        m_left -= data.size();
        m_sent += data.size();
    }
    m_timer.start(m_limits.idleTimeoutMs);
    if (m_progressClock.elapsed() >= 1000 && m_left > 0) {
        m_progressClock.restart();
        Timeline::BootEvent ev = makeEvent(Timeline::BootEvent::Kind::Progress);
        ev.summary = u"%1: %2 of %3 bytes"_s.arg(m_file.path).arg(m_sent).arg(m_sent + m_left);
        Q_EMIT event(ev);
    }
    if (m_left == 0)
        finishBody();
}

void Connection::finishBody()
{
    Timeline::BootEvent ev = makeEvent(Timeline::BootEvent::Kind::Sent);
    ev.summary = u"%1 (%2 bytes)"_s.arg(m_file.path).arg(m_sent);
    Q_EMIT event(ev);
    m_file = {};
    if (!m_keepAlive) {
        endWhenDelivered();
        return;
    }
    // The next request may already be waiting.
    QMetaObject::invokeMethod(this, &Connection::readPending, Qt::QueuedConnection);
}

void Connection::captureRequest(QByteArrayView head)
{
    if (m_capture && !m_mac.isNull())
        m_capture->segment(m_mac, {m_mac, m_peer.toIPv4Address(), m_socket->peerPort()},
                           m_capture->local(m_socket->localPort(), m_socket->localAddress().toIPv4Address()),
                           m_clientSeq, m_serverSeq, head);
    m_clientSeq += quint32(head.size());
}

void Connection::writeHead(const QByteArray &head, qint64 bodyFollowing)
{
    if (m_capture && !m_mac.isNull()) {
        const QString unseen = bodyFollowing > 0 ? u"%1 body bytes follow, not kept"_s.arg(bodyFollowing) : QString();
        m_capture->segment(m_mac, m_capture->local(m_socket->localPort(), m_socket->localAddress().toIPv4Address()),
                           {m_mac, m_peer.toIPv4Address(), m_socket->peerPort()}, m_serverSeq, m_clientSeq, head, unseen);
    }
    m_serverSeq += quint32(head.size() + bodyFollowing);
    m_socket->write(head);
}

void Connection::sendError(int status, const QByteArray &why, bool keepAlive)
{
    ResponseHead out;
    out.status = status;
    out.keepAlive = keepAlive;
    const QByteArray body = QByteArray(why).append('\n');
    out.contentLength = body.size();
    out.add("Content-Type", "text/plain; charset=utf-8");
    if (status == 405)
        out.add("Allow", "GET, HEAD");
    writeHead(out.toBytes().append(body), 0);
    m_file = {};
    m_keepAlive = keepAlive;
    if (!keepAlive) {
        endWhenDelivered();
    } else {
        m_timer.start(m_limits.idleTimeoutMs);
    }
}

void Connection::endWhenDelivered()
{
    // No FIN from us (it would leave FIN-WAIT or TIME-WAIT behind, see
    // Net::TcpEnding): stop reading, let the client take the answer, then
    // reset. Bounded by the idle timeout for a client that takes nothing.
    m_closing = true;
    m_deliveredSince.invalidate();
    m_unacknowledged = -1;
    m_timer.start(m_limits.idleTimeoutMs);
    endIfDelivered();
}

void Connection::endIfDelivered()
{
    if (m_finished)
        return;
    if (m_socket->bytesToWrite() > 0)
        return; // bytesWritten calls pump(), which calls again (and restarts the timer)
    const qint64 unacknowledged = Net::TcpEnding::unacknowledged(m_socket->socketDescriptor());
    if (unacknowledged > 0) {
        // A slow reader still taking its data is no idle client.
        if (m_unacknowledged < 0 || unacknowledged < m_unacknowledged)
            m_timer.start(m_limits.idleTimeoutMs);
        m_unacknowledged = unacknowledged;
        m_deliveryPoll.start(DeliveryPollMs);
        return;
    }
    // Everything is in the client's receive buffer. A client that closes
    // now gets the reset after its own FIN; one that keeps the connection
    // open gets it after a grace period in which to read its buffer (some
    // systems drop unread data when a reset arrives).
    if (!m_deliveredSince.isValid())
        m_deliveredSince.start();
    const qint64 left = CloseGraceMs - m_deliveredSince.elapsed();
    if (left > 0)
        m_deliveryPoll.start(int(left));
    else
        close();
}

void Connection::refuse(int status, const QByteArray &why)
{
    sendError(status, why, false);
}

void Connection::drop()
{
    m_file = {};
    close();
}

void Connection::close()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_file.device && m_left > 0) {
        Timeline::BootEvent ev = makeEvent(Timeline::BootEvent::Kind::Failed);
        ev.severity = Timeline::BootEvent::Severity::Failure;
        ev.summary = u"%1: the client went away after %2 of %3 bytes"_s.arg(m_file.path).arg(m_sent).arg(m_sent + m_left);
        Q_EMIT event(ev);
    }
    m_file = {};
    m_timer.stop();
    m_deliveryPoll.stop();
    m_closing = true;
    // A reset (SO_LINGER 0): nothing of this connection stays in the kernel.
    m_socket->abort();
    Q_EMIT finished();
}

} // namespace Http

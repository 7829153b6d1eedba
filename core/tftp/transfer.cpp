// SPDX-License-Identifier: GPL-3.0-or-later
#include "tftp/transfer.h"

#include "capture/recorder.h"

#include "net/udpsocket.h"

#include <QDateTime>
#include <QSocketNotifier>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Tftp {

namespace {

QString rate(qint64 bytes, qint64 ms)
{
    const double perSecond = double(bytes) * 1000.0 / double(std::max<qint64>(ms, 1));
    if (perSecond >= 1024.0 * 1024.0)
        return u"%1 MiB/s"_s.arg(perSecond / (1024.0 * 1024.0), 0, 'f', 1);
    return u"%1 KiB/s"_s.arg(perSecond / 1024.0, 0, 'f', 1);
}

} // namespace

Transfer::Transfer(Setup setup, QObject *parent)
    : QObject(parent)
    , m_setup(std::move(setup))
    , m_window(m_setup.negotiation.windowSize,
               m_setup.file.size >= 0 ? SendWindow::blockCount(m_setup.file.size, m_setup.negotiation.blockSize)
                                      : SendWindow::UnknownLast)
    , m_reader(m_setup.file.device.get(), m_setup.negotiation.blockSize)
    , m_buffer(Packet::HeaderSize + m_setup.negotiation.blockSize, Qt::Uninitialized)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Transfer::onTimer);
}

Transfer::~Transfer()
{
    m_readable.reset();
    m_writable.reset();
    if (m_fd >= 0)
        ::close(m_fd);
}

bool Transfer::start(QString *error)
{
    // A new transfer ID, connected: the kernel drops datagrams from any
    // other. A whole window of large blocks is queued at once (1 MiB).
    m_fd = Net::UdpSocket::openConnected(m_setup.local, m_setup.peer, m_setup.peerPort, 1024 * 1024, error);
    if (m_fd < 0)
        return false;
    sockaddr_in me{};
    socklen_t meSize = sizeof me;
    if (::getsockname(m_fd, reinterpret_cast<sockaddr *>(&me), &meSize) == 0)
        m_localPort = ntohs(me.sin_port);
    m_readable = std::make_unique<QSocketNotifier>(qintptr(m_fd), QSocketNotifier::Read);
    connect(m_readable.get(), &QSocketNotifier::activated, this, &Transfer::readPending);
    m_writable = std::make_unique<QSocketNotifier>(qintptr(m_fd), QSocketNotifier::Write);
    m_writable->setEnabled(false);
    connect(m_writable.get(), &QSocketNotifier::activated, this, [this] {
        m_writable->setEnabled(false);
        pump();
    });
    m_clock.start();
    if (m_setup.negotiation.acknowledged.isEmpty()) {
        m_phase = Phase::Sending;
        pump();
    } else {
        sendOptionAck();
    }
    armTimeout();
    if (m_phase == Phase::Done)
        return true;
    Timeline::BootEvent ev = makeEvent(Timeline::BootEvent::Kind::Read);
    ev.bytes = 0;
    ev.summary = u"%1 (%2 bytes%3; %4)"_s.arg(m_setup.file.path)
                     .arg(m_setup.file.size)
                     .arg(m_setup.file.generated ? u", generated"_s : QString())
                     .arg(m_setup.negotiation.describe());
    Q_EMIT event(ev);
    return true;
}

qint64 Transfer::bytesAcknowledged() const
{
    const qint64 bytes = m_window.acked() * m_setup.negotiation.blockSize;
    return m_setup.file.size >= 0 ? std::min(bytes, m_setup.file.size) : bytes;
}

Timeline::BootEvent Transfer::makeEvent(Timeline::BootEvent::Kind kind) const
{
    Timeline::BootEvent ev;
    ev.msecs = QDateTime::currentMSecsSinceEpoch();
    ev.mac = m_setup.mac;
    ev.protocol = Timeline::BootEvent::Protocol::Tftp;
    ev.kind = kind;
    ev.address = m_setup.peer.toIPv4Address();
    ev.path = m_setup.file.path;
    ev.bytes = bytesAcknowledged();
    ev.size = m_setup.file.size;
    return ev;
}

int Transfer::currentTimeoutMs() const
{
    const int base = m_setup.negotiation.timeoutSecs > 0 ? m_setup.negotiation.timeoutSecs * 1000
                                                         : m_setup.limits.defaultTimeoutMs;
    // Exponential back-off, each wait at most 8 s (or the client's own timeout).
    const qint64 wait = qint64(base) << std::min(m_retries, 16);
    return int(std::min<qint64>(wait, std::max(base, 8000)));
}

void Transfer::armTimeout()
{
    if (m_phase == Phase::Done)
        return;
    const int timeout = currentTimeoutMs();
    m_deadlineMs = m_clock.elapsed() + timeout;
    // Re-armed lazily: restarting a timer for every ACK costs more than the ACK.
    if (!m_timer.isActive())
        m_timer.start(timeout);
}

void Transfer::onTimer()
{
    if (m_phase == Phase::Done)
        return;
    const qint64 now = m_clock.elapsed();
    if (now < m_deadlineMs) {
        m_timer.start(int(m_deadlineMs - now));
        return;
    }
    // Large blocks that never arrive while the small OACK did: a link on the
    // way carries less than 1500 bytes (a VLAN or tunnel) and drops the rest,
    // so waiting longer cannot help. End it; the server gives this client
    // smaller blocks when it asks again.
    constexpr int SmallBlock = 512;
    if (m_phase == Phase::Sending && m_optionsAcked && m_window.acked() == 0 && m_retries >= 2
        && m_setup.negotiation.blockSize > SmallBlock && m_setup.file.size > m_setup.negotiation.blockSize) {
        const int size = m_setup.negotiation.blockSize;
        Q_EMIT stalledAtBlockSize(m_setup.peer, size);
        abortWith(ErrorCode::NotDefined, QByteArrayLiteral("no block got through: ask again for smaller blocks"),
                  u"no %1-byte block got through after %2 tries, while the option answer did"_s.arg(size).arg(m_retries + 1));
        return;
    }
    if (m_retries >= m_setup.limits.maxRetries) {
        const QString where = m_phase == Phase::Negotiating
            ? u"waiting for the client to acknowledge the options"_s
            : u"block %1"_s.arg(m_window.acked() + 1);
        fail(u"timed out after %1 retries at %2"_s.arg(m_retries).arg(where), Timeline::BootEvent::Severity::Failure);
        return;
    }
    ++m_retries;
    if (m_phase == Phase::Negotiating) {
        sendOptionAck();
    } else {
        m_window.rewind();
        pump();
    }
    armTimeout();
}

void Transfer::readPending()
{
    // One datagram per wake-up: the notifier is level-triggered, and in
    // lockstep a second recv() would only return EAGAIN, a syscall per block.
    char buffer[2048];
    if (m_phase != Phase::Done) {
        const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
        if (n < 0) {
            if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)
                return;
            if (errno == ECONNREFUSED) {
                fail(u"the client went away (port unreachable) at block %1"_s.arg(m_window.acked() + 1),
                     Timeline::BootEvent::Severity::Failure);
                return;
            }
            fail(u"receive failed: %1"_s.arg(QString::fromLocal8Bit(strerror(errno))),
                 Timeline::BootEvent::Severity::Failure);
            return;
        }
        handle(QByteArrayView(buffer, n));
    }
}

void Transfer::handle(QByteArrayView datagram)
{
    QString why;
    const auto packet = Packet::decode(datagram, &why);
    if (!packet) {
        Q_EMIT dropped(m_setup.peer, why);
        return;
    }
    if (m_setup.capture
        && (packet->opcode != Opcode::Ack || packet->block <= 1 || m_retries > 0
            || (m_window.last() != SendWindow::UnknownLast && SendWindow::wire(m_window.last()) == packet->block)))
        capture(true, datagram);
    switch (packet->opcode) {
    case Opcode::Ack:
        if (m_phase == Phase::Negotiating) {
            // RFC 2347: the client acknowledges the OACK with ACK 0.
            if (packet->block != 0)
                return;
            m_phase = Phase::Sending;
            m_optionsAcked = true;
            m_retries = 0;
            m_timer.stop();
            pump();
            armTimeout();
            return;
        }
        switch (m_window.acknowledge(packet->block)) {
        case SendWindow::Ack::Ignored:
            return;
        case SendWindow::Ack::Complete:
            succeed();
            return;
        case SendWindow::Ack::Advanced:
            break;
        }
        if (m_retries) {
            m_retries = 0;
            m_timer.stop();
        }
        if (const qint64 now = m_clock.elapsed(); now - m_lastProgressMs >= 1000) {
            m_lastProgressMs = now;
            Timeline::BootEvent ev = makeEvent(Timeline::BootEvent::Kind::Progress);
            ev.summary = m_setup.file.size > 0
                ? u"%1: %2 of %3 bytes (%4 %)"_s.arg(m_setup.file.path)
                      .arg(ev.bytes)
                      .arg(m_setup.file.size)
                      .arg(ev.bytes * 100 / m_setup.file.size)
                : u"%1: %2 bytes"_s.arg(m_setup.file.path).arg(ev.bytes);
            Q_EMIT event(ev);
        }
        pump();
        armTimeout();
        return;
    case Opcode::Error: {
        const QString text = u"client error %1: %2"_s.arg(quint16(packet->error))
                                 .arg(QString::fromUtf8(packet->message).left(200));
        if (m_phase == Phase::Negotiating) {
            // EDK2 asks for tsize, then ends the transfer with error 8 before
            // the real download: a probe, not a failure.
            fail(u"%1 ended after the option answer (%2)%3"_s.arg(m_setup.file.path, text,
                     m_setup.negotiation.tsize ? u", a size probe"_s : QString()),
                 Timeline::BootEvent::Severity::Info, Timeline::BootEvent::Kind::Aborted);
        } else {
            fail(text, Timeline::BootEvent::Severity::Failure);
        }
        return;
    }
    default:
        abortWith(ErrorCode::IllegalOperation, "only ACK and ERROR are expected during a download",
                  u"client sent %1 during a download"_s.arg(opcodeName(packet->opcode)));
        return;
    }
}

void Transfer::pump()
{
    while (m_phase == Phase::Sending && m_window.canSend() && !m_writable->isEnabled()) {
        if (!sendBlock(m_window.next()))
            return;
        m_window.markSent();
    }
}

bool Transfer::sendBlock(qint64 block)
{
    const int blockSize = m_setup.negotiation.blockSize;
    const auto data = m_reader.block((block - 1) * blockSize);
    if (!data) {
        abortWith(ErrorCode::NotDefined, "read error",
                  u"cannot read %1: %2"_s.arg(m_setup.file.path, m_reader.errorString()));
        return false;
    }
    const qsizetype got = data->size();
    if (got < blockSize) {
        if (m_window.last() == SendWindow::UnknownLast)
            m_window.setLast(block);
        else if (block != m_window.last()) {
            abortWith(ErrorCode::NotDefined, "read error",
                      u"%1 is shorter than its size of %2 bytes"_s.arg(m_setup.file.path).arg(m_setup.file.size));
            return false;
        }
    }
    if (got > 0) // an empty last block has no bytes (and data() may be null)
        std::memcpy(m_buffer.data() + Packet::HeaderSize, data->data(), size_t(got));
    Packet::writeDataHeader(m_buffer.data(), SendWindow::wire(block));
    // The first and last blocks and any sent again tell the story; the
    // thousands in between would only fill the capture.
    if (m_setup.capture && (block == 1 || got < blockSize || m_retries > 0))
        capture(false, QByteArrayView(m_buffer.constData(), Packet::HeaderSize + got));
    return sendRaw(m_buffer.constData(), Packet::HeaderSize + got);
}

void Transfer::capture(bool fromMachine, QByteArrayView packet)
{
    if (!m_setup.capture)
        return;
    const Capture::Pcapng::Endpoint machine{m_setup.mac, m_setup.peer.toIPv4Address(), m_setup.peerPort};
    const Capture::Pcapng::Endpoint us = m_setup.capture->local(m_localPort, m_setup.local.toIPv4Address());
    const qsizetype keep = Packet::HeaderSize + m_setup.capture->limits().payloadKept;
    if (fromMachine)
        m_setup.capture->datagram(m_setup.mac, machine, us, packet, keep);
    else
        m_setup.capture->datagram(m_setup.mac, us, machine, packet, keep);
}

bool Transfer::sendRaw(const char *data, qsizetype size)
{
    for (;;) {
        if (::send(m_fd, data, size_t(size), 0) >= 0)
            return true;
        if (errno == EINTR)
            continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK || errno == ENOBUFS) {
            // The send queue is full: continue when it drains (the block is sent again then).
            m_writable->setEnabled(true);
            return false;
        }
        if (errno == ECONNREFUSED) {
            fail(u"the client went away (port unreachable) at block %1"_s.arg(m_window.acked() + 1),
                 Timeline::BootEvent::Severity::Failure);
            return false;
        }
        fail(u"send failed: %1"_s.arg(QString::fromLocal8Bit(strerror(errno))), Timeline::BootEvent::Severity::Failure);
        return false;
    }
}

void Transfer::sendOptionAck()
{
    const QByteArray oack = Packet::optionAck(m_setup.negotiation.acknowledged).encode();
    capture(false, oack);
    sendRaw(oack.constData(), oack.size());
}

void Transfer::succeed()
{
    m_phase = Phase::Done;
    m_timer.stop();
    const qint64 ms = m_clock.elapsed();
    Timeline::BootEvent ev = makeEvent(Timeline::BootEvent::Kind::Sent);
    ev.summary = u"%1: %2 bytes in %3 s (%4)"_s.arg(m_setup.file.path)
                     .arg(ev.bytes)
                     .arg(double(ms) / 1000.0, 0, 'f', 2)
                     .arg(rate(ev.bytes, ms));
    Q_EMIT event(ev);
    Q_EMIT finished();
}

void Transfer::fail(const QString &reason, Timeline::BootEvent::Severity severity, Timeline::BootEvent::Kind kind)
{
    if (m_phase == Phase::Done)
        return;
    m_phase = Phase::Done;
    m_timer.stop();
    if (m_readable)
        m_readable->setEnabled(false);
    Timeline::BootEvent ev = makeEvent(kind);
    ev.summary = reason;
    ev.severity = severity;
    Q_EMIT event(ev);
    Q_EMIT finished();
}

void Transfer::abortWith(ErrorCode code, const QByteArray &text, const QString &reason)
{
    const QByteArray error = Packet::errorPacket(code, text).encode();
    capture(false, error);
    ::send(m_fd, error.constData(), size_t(error.size()), 0);
    fail(reason, Timeline::BootEvent::Severity::Failure);
}

} // namespace Tftp

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boot/filesource.h"
#include "tftp/blockreader.h"
#include "tftp/negotiation.h"
#include "tftp/sendwindow.h"
#include "timeline/bootevent.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>

class QSocketNotifier;

namespace Capture {
class Recorder;
}

namespace Tftp {

/// One download: its own UDP socket (a new transfer ID, RFC 1350 section 4)
/// connected to the client, the open file read through a BlockReader (a lost
/// window is sent again from its read-ahead, or read again), retransmission
/// with back-off.
/// Reports read, progress, sent, failed and aborted to the timeline and
/// emits finished() once, after which the server deletes it.
class Transfer : public QObject
{
    Q_OBJECT
public:
    struct Setup
    {
        QHostAddress peer;
        quint16 peerPort = 0;
        QHostAddress local; ///< the address the request came to
        Boot::OpenedFile file;
        Negotiation negotiation;
        Limits limits;
        Net::MacAddress mac;
        std::shared_ptr<Capture::Recorder> capture; ///< may be null
    };

    explicit Transfer(Setup setup, QObject *parent = nullptr);
    ~Transfer() override;

    /// Opens the socket and sends the OACK or the first window. False (and
    /// \a error) when no socket could be made.
    bool start(QString *error);
    qint64 bytesAcknowledged() const;
    bool isFor(const QHostAddress &peer, quint16 port) const
    {
        return m_setup.peerPort == port && m_setup.peer == peer;
    }

Q_SIGNALS:
    void event(const Timeline::BootEvent &event);
    void dropped(const QHostAddress &peer, const QString &why);
    /// No block of \a blockSize bytes got through to \a peer, while the
    /// smaller option answer did: the transfer ended, the client may ask again.
    void stalledAtBlockSize(const QHostAddress &peer, int blockSize);
    void finished();

private:
    enum class Phase { Negotiating, Sending, Done };

    void readPending();
    void handle(QByteArrayView datagram);
    void pump();
    bool sendBlock(qint64 block);
    bool sendRaw(const char *data, qsizetype size);
    /// Keeps a packet of this transfer in the machine's capture.
    void capture(bool fromMachine, QByteArrayView packet);
    void sendOptionAck();
    void armTimeout();
    void onTimer();
    void succeed();
    void fail(const QString &reason, Timeline::BootEvent::Severity severity,
              Timeline::BootEvent::Kind kind = Timeline::BootEvent::Kind::Failed);
    void abortWith(ErrorCode code, const QByteArray &text, const QString &reason);
    Timeline::BootEvent makeEvent(Timeline::BootEvent::Kind kind) const;
    int currentTimeoutMs() const;

    Setup m_setup;
    SendWindow m_window;
    Phase m_phase = Phase::Negotiating;
    int m_fd = -1;
    std::unique_ptr<QSocketNotifier> m_readable;
    std::unique_ptr<QSocketNotifier> m_writable;
    BlockReader m_reader;
    QByteArray m_buffer; ///< the DATA packet being sent
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_deadlineMs = 0;
    qint64 m_lastProgressMs = 0;
    int m_retries = 0;
    bool m_optionsAcked = false; ///< the client's ACK 0 came: small packets get through
    quint16 m_localPort = 0; ///< the transfer ID, for the capture
};

} // namespace Tftp

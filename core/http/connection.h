// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boot/filesource.h"
#include "http/request.h"
#include "timeline/bootevent.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace Capture {
class Recorder;
}

namespace Http {

/// One client connection: reads request heads, answers GET and HEAD from a
/// Boot::FileSource (whole files, or one byte range), keeps the connection
/// for the next request when the client wants, and streams bodies only as
/// fast as the client takes them (never more than a few chunks queued, so a
/// 4 GiB ISO costs a few hundred KiB of memory). Owns its socket.
class Connection : public QObject
{
    Q_OBJECT
public:
    /// How often a closing connection looks whether the client has acknowledged everything.
    static constexpr int DeliveryPollMs = 20;
    /// After that, how long the client has to close first (and read what it received).
    static constexpr int CloseGraceMs = 2000;

    struct Limits
    {
        Request::Limits request;
        int headTimeoutMs = 10'000; ///< from the first byte of a head to its end: else 408
        int idleTimeoutMs = 60'000; ///< between requests, and with nothing taken from us
        qint64 chunk = 256 * 1024;  ///< read from the file at once
        qint64 queued = 1024 * 1024; ///< most bytes waiting in the socket
    };

    Connection(QTcpSocket *socket, std::shared_ptr<const Boot::FileSource> files,
               const Net::MacAddress &mac, const Limits &limits, QObject *parent = nullptr);

    QHostAddress peer() const { return m_peer; }
    /// The client's MAC, from its lease or the neighbour table when it connected; null if unknown.
    Net::MacAddress machine() const { return m_mac; }

    /// Answers @p status with a short text body and closes (busy server, too many connections).
    void refuse(int status, const QByteArray &why);
    /// Resets the connection now, without a word on the timeline: the
    /// machine started over, and its new boot has a lane of its own.
    void drop();
    /// Keeps request and response heads in the machine's capture.
    void setCapture(std::shared_ptr<Capture::Recorder> capture) { m_capture = std::move(capture); }
    /// Requests from now on use @p files (a body being sent keeps its file).
    void setFileSource(std::shared_ptr<const Boot::FileSource> files) { m_files = std::move(files); }

Q_SIGNALS:
    void event(const Timeline::BootEvent &event);
    /// An installer fetched install-done for @p mac (a host of the site).
    void installDone(const Net::MacAddress &mac);
    /// The connection is over; the server deletes it.
    void finished();

private:
    void readPending();
    void answer(const Request &request);
    void sendError(int status, const QByteArray &why, bool keepAlive);
    void pump();
    void finishBody();
    /// Ends a connection whose answer says "Connection: close" once the client has it.
    void endWhenDelivered();
    void endIfDelivered();
    /// Ends the connection at once, with a reset.
    void close();
    Timeline::BootEvent makeEvent(Timeline::BootEvent::Kind kind) const;
    /// Writes \a head (and what of a body it holds), keeping it in the
    /// capture, where \a bodyFollowing more bytes count as sent unseen.
    void writeHead(const QByteArray &head, qint64 bodyFollowing);
    void captureRequest(QByteArrayView head);

    QTcpSocket *m_socket;
    std::shared_ptr<Capture::Recorder> m_capture;
    quint32 m_clientSeq = 1; ///< TCP sequence numbers of the capture's rebuilt segments
    quint32 m_serverSeq = 1;
    std::shared_ptr<const Boot::FileSource> m_files;
    Net::MacAddress m_mac;
    QHostAddress m_peer;
    Limits m_limits;
    QByteArray m_buffer;
    QTimer m_timer;
    QTimer m_deliveryPoll;
    QElapsedTimer m_deliveredSince;
    // The body being sent.
    Boot::OpenedFile m_file;
    qint64 m_left = 0;
    qint64 m_sent = 0;
    qint64 m_size = -1;
    bool m_keepAlive = true;
    bool m_closing = false;
    bool m_finished = false;
    qint64 m_unacknowledged = -1; ///< at the last look while closing; less means progress
    QElapsedTimer m_progressClock;
};

} // namespace Http

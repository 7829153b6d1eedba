// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boot/filesource.h"
#include "tftp/negotiation.h"
#include "timeline/bootevent.h"

#include <QHash>
#include <QObject>
#include <QUdpSocket>

#include <atomic>
#include <functional>
#include <memory>

namespace Capture {
class Recorder;
}

namespace Tftp {

class Transfer;

/// The TFTP server (read-only): owns its listening socket, starts one
/// Transfer per accepted read request, serves from a Boot::FileSource that
/// can be swapped while running (transfers under way keep their open file).
/// Lives on the network thread; reports every transfer as BootEvents.
class Server : public QObject
{
    Q_OBJECT
public:
    struct Listen
    {
        QHostAddress address = QHostAddress::AnyIPv4;
        quint16 port = 69; ///< 0: any free port (tests), see port()
    };
    /// The MAC for a client address, from its lease or the neighbour table.
    using MacLookup = std::function<Net::MacAddress(quint32 ipv4)>;

    Server(Listen listen, std::shared_ptr<const Boot::FileSource> files, MacLookup macs = {},
           Limits limits = {}, QObject *parent = nullptr);
    ~Server() override;

    /// Opens the listening socket. On failure, \a error says what to do.
    bool start(QString *error);
    void stop();
    /// Keeps each machine's requests and transfers' key packets in \a capture. Call before start().
    void setCapture(std::shared_ptr<Capture::Recorder> capture) { m_capture = std::move(capture); }
    /// New transfers use \a files; callable from any thread.
    void setFileSource(std::shared_ptr<const Boot::FileSource> files);

    quint16 port() const;
    int activeTransfers() const { return int(m_transfers.size()); }
    /// Malformed or misdirected packets dropped so far; readable from any thread.
    quint64 dropped() const { return m_dropped.load(std::memory_order_relaxed); }
    /// Requests answered "server busy" so far; readable from any thread.
    quint64 refusedBusy() const { return m_busy.load(std::memory_order_relaxed); }

Q_SIGNALS:
    void event(const Timeline::BootEvent &event);
    /// After Net::startOnItsThread(): whether the socket is open, and if not why.
    void startFinished(bool ok, const QString &error);

private:
    void readPending();
    void handleRequest(const QByteArray &datagram, const QHostAddress &from, quint16 fromPort,
                       const QHostAddress &to);
    void refuse(const QHostAddress &local, const QHostAddress &peer, quint16 port, ErrorCode code,
                const QByteArray &text);
    void drop(const QHostAddress &peer, const QString &why);
    void refusedEvent(const QHostAddress &peer, const Net::MacAddress &mac, const QString &path,
                      const QString &reason);
    void blockSizeStalled(const QHostAddress &peer, const Net::MacAddress &mac, int blockSize);

    Listen m_listen;
    std::shared_ptr<const Boot::FileSource> m_files;
    MacLookup m_macs;
    Limits m_limits;
    std::shared_ptr<Capture::Recorder> m_capture;
    std::unique_ptr<QUdpSocket> m_socket;
    QList<Transfer *> m_transfers;
    QHash<quint32, qint64> m_lastDropEvent; ///< per peer, for one "dropped" event a second
    /// Per peer whose large blocks never arrived: the largest block size
    /// it gets, and until when (ms since the epoch).
    QHash<quint32, std::pair<int, qint64>> m_blockSizeLimit;
    std::atomic<quint64> m_dropped{0};
    std::atomic<quint64> m_busy{0};
};

} // namespace Tftp

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boot/filesource.h"
#include "http/connection.h"
#include "timeline/bootevent.h"

#include <QHash>
#include <QObject>
#include <QTcpServer>

#include <functional>
#include <memory>

namespace Http {

/// The HTTP server (read-only, GET and HEAD): owns its listening socket and
/// one Connection per client connection, serves from a Boot::FileSource that
/// can be swapped while running. Lives on the network thread; reports every
/// request as BootEvents. Caps connections per client address and in all,
/// answering 503 past them.
class Server : public QObject
{
    Q_OBJECT
public:
    struct Listen
    {
        QHostAddress address = QHostAddress::AnyIPv4;
        quint16 port = 80; ///< 0: any free port (tests), see port()
    };
    struct Limits
    {
        Connection::Limits connection;
        int connectionsPerClient = 32;
        int connections = 1024;
    };
    /// The MAC for a client address, from its lease or the neighbour table.
    using MacLookup = std::function<Net::MacAddress(quint32 ipv4)>;

    Server(Listen listen, std::shared_ptr<const Boot::FileSource> files, MacLookup macs, Limits limits,
           QObject *parent = nullptr);
    /// With the default limits.
    Server(Listen listen, std::shared_ptr<const Boot::FileSource> files, MacLookup macs = {});
    ~Server() override;

    /// Opens the listening socket. On failure, @p error says what to do.
    bool start(QString *error);
    void stop();
    /// Keeps each machine's request and response heads in \a capture. Call before start().
    void setCapture(std::shared_ptr<Capture::Recorder> capture) { m_capture = std::move(capture); }
    /// New requests use @p files (safe from any thread).
    void setFileSource(std::shared_ptr<const Boot::FileSource> files);
    quint16 port() const;
    int connections() const { return int(m_connections.size()); }

    /// The machine started over (Dhcp::Server::machineStarting): its
    /// connections are dead, and one left open would swallow the SYN of its
    /// next boot from the same port (see Net::TcpEnding). Reset them.
    void dropMachine(const Net::MacAddress &mac);
    /// \a address now belongs to \a mac (Dhcp::Server::leaseGranted): reset
    /// other machines' connections from it.
    void addressTaken(const Net::MacAddress &mac, quint32 address);

Q_SIGNALS:
    void event(const Timeline::BootEvent &event);
    /// An installer fetched install-done for @p mac: from now on that host
    /// boots its local disk (BootServices applies it to the site).
    void installDone(const Net::MacAddress &mac);
    /// After Net::startOnItsThread(): whether the socket is open, and if not why.
    void startFinished(bool ok, const QString &error);

private:
    void accept();

    Listen m_listen;
    std::shared_ptr<const Boot::FileSource> m_files;
    MacLookup m_macs;
    Limits m_limits;
    std::shared_ptr<Capture::Recorder> m_capture;
    std::unique_ptr<QTcpServer> m_server;
    QList<Connection *> m_connections;
    QHash<quint32, int> m_perClient;
};

} // namespace Http

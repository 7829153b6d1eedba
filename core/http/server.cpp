// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/server.h"

using namespace Qt::StringLiterals;

namespace Http {

Server::Server(Listen listen, std::shared_ptr<const Boot::FileSource> files, MacLookup macs, Limits limits,
               QObject *parent)
    : QObject(parent)
    , m_listen(std::move(listen))
    , m_files(std::move(files))
    , m_macs(std::move(macs))
    , m_limits(limits)
{
}

Server::Server(Listen listen, std::shared_ptr<const Boot::FileSource> files, MacLookup macs)
    : Server(std::move(listen), std::move(files), std::move(macs), Limits())
{
}

Server::~Server()
{
    stop();
}

bool Server::start(QString *error)
{
    m_server = std::make_unique<QTcpServer>();
    if (!m_server->listen(m_listen.address, m_listen.port)) {
        const bool inUse = m_server->serverError() == QAbstractSocket::AddressInUseError;
        const bool denied = m_server->serverError() == QAbstractSocket::SocketAccessError;
        *error = inUse ? u"HTTP port %1 is in use: stop the other web server, or give Rackside another port"_s.arg(m_listen.port)
                 : denied ? u"HTTP port %1 needs privileges: run Rackside with CAP_NET_BIND_SERVICE or as root"_s.arg(m_listen.port)
                          : u"HTTP port %1: %2"_s.arg(m_listen.port).arg(m_server->errorString());
        m_server.reset();
        return false;
    }
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, &Server::accept);
    return true;
}

void Server::stop()
{
    m_server.reset();
    qDeleteAll(m_connections);
    m_connections.clear();
    m_perClient.clear();
}

void Server::setFileSource(std::shared_ptr<const Boot::FileSource> files)
{
    QMetaObject::invokeMethod(this, [this, files = std::move(files)]() mutable {
        // Kept-alive connections too: an installed host's next grub.cfg must not come from the old site.
        for (Connection *connection : std::as_const(m_connections))
            connection->setFileSource(files);
        m_files = std::move(files);
    }, Qt::AutoConnection);
}

void Server::dropMachine(const Net::MacAddress &mac)
{
    if (mac.isNull())
        return;
    for (Connection *connection : QList(m_connections)) {
        if (connection->machine() == mac)
            connection->drop();
    }
}

void Server::addressTaken(const Net::MacAddress &mac, quint32 address)
{
    for (Connection *connection : QList(m_connections)) {
        // Only a connection known to be another machine's: a MAC unknown at accept proves nothing.
        const Net::MacAddress other = connection->machine();
        if (connection->peer().toIPv4Address() == address && !other.isNull() && other != mac)
            connection->drop();
    }
}

quint16 Server::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

void Server::accept()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        const quint32 ip = socket->peerAddress().toIPv4Address();
        const Net::MacAddress mac = m_macs ? m_macs(ip) : Net::MacAddress();
        auto *connection = new Connection(socket, m_files, mac, m_limits.connection, this);
        connection->setCapture(m_capture);
        m_connections.append(connection);
        const int count = ++m_perClient[ip];
        connect(connection, &Connection::event, this, &Server::event);
        connect(connection, &Connection::installDone, this, &Server::installDone);
        connect(connection, &Connection::finished, this, [this, connection, ip] {
            m_connections.removeOne(connection);
            if (--m_perClient[ip] <= 0)
                m_perClient.remove(ip);
            connection->deleteLater();
        });
        if (count > m_limits.connectionsPerClient || m_connections.size() > m_limits.connections)
            connection->refuse(503, "too many connections from this address");
    }
}

} // namespace Http

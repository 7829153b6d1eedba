// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaObject>
#include <QString>

namespace Net {

/// Calls @p server's start(QString *error) on the thread the server lives on
/// and reports through its startFinished(bool ok, const QString &error)
/// signal: how a server moved to the network thread opens its sockets there.
template<typename Server>
void startOnItsThread(Server *server)
{
    QMetaObject::invokeMethod(server, [server] {
        QString error;
        const bool ok = server->start(&error);
        Q_EMIT server->startFinished(ok, error);
    }, Qt::QueuedConnection);
}

} // namespace Net

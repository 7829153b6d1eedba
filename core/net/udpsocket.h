// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QString>
#include <QUdpSocket>

#include <memory>

namespace Net {

/// Opens a UDP socket the way a DHCP or TFTP server needs it: bound to one
/// interface (SO_BINDTODEVICE, so broadcasts go out and come in there only),
/// broadcast allowed. The port is ours alone unless shareAddress is set, so
/// a second server on it (another Rackside, dnsmasq, tftpd) is an error
/// rather than two servers answering. Errors say what to do about them.
class UdpSocket
{
public:
    struct Options
    {
        QString interfaceName; ///< empty: not bound to a device
        QHostAddress address = QHostAddress::AnyIPv4;
        quint16 port = 0;
        bool broadcast = true;
        /// SO_REUSEADDR: for a client port that a DHCP client on this host
        /// (dhclient) may hold too; never for a server port.
        bool shareAddress = false;
    };
    static std::unique_ptr<QUdpSocket> open(const Options &options, QString *error);

    /// A socket of its own for one conversation with @p peer:@p peerPort,
    /// from a new port on @p local (a TFTP transfer ID, RFC 1350 4), connected
    /// so the kernel drops datagrams from anyone else. Non-blocking; the
    /// caller owns and closes the descriptor. -1 and @p error on failure.
    static int openConnected(const QHostAddress &local, const QHostAddress &peer, quint16 peerPort, int sendBuffer,
                             QString *error);
    /// Sends @p datagram to @p peer:@p peerPort from a new port on @p local,
    /// and forgets the port (a TFTP refusal never comes from port 69).
    static void sendFromNewPort(const QHostAddress &local, const QHostAddress &peer, quint16 peerPort,
                                QByteArrayView datagram);

    /// Tells the kernel that \a ip is at \a mac on \a interfaceName, so a
    /// reply can be unicast to a client that has no address yet (RFC 2131 4.1).
    static bool addArpEntry(QUdpSocket &socket, const QString &interfaceName, quint32 ip,
                            const quint8 *mac);
};

} // namespace Net

// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/udpsocket.h"

#include <QCoreApplication>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <net/if.h>
#include <net/if_arp.h>
#include <netinet/in.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Net {

namespace {
QString describe(const UdpSocket::Options &o)
{
    const QString where = o.address == QHostAddress::AnyIPv4 ? u"*"_s : o.address.toString();
    return o.interfaceName.isEmpty() ? u"%1:%2"_s.arg(where).arg(o.port)
                                     : u"%1:%2 on %3"_s.arg(where).arg(o.port).arg(o.interfaceName);
}
} // namespace

std::unique_ptr<QUdpSocket> UdpSocket::open(const Options &o, QString *error)
{
    const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0) {
        *error = u"cannot create a UDP socket: %1"_s.arg(QString::fromLocal8Bit(strerror(errno)));
        return nullptr;
    }
    const int one = 1;
    if (o.shareAddress)
        ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (o.broadcast)
        ::setsockopt(fd, SOL_SOCKET, SO_BROADCAST, &one, sizeof one);
    if (!o.interfaceName.isEmpty()) {
        const QByteArray name = o.interfaceName.toLocal8Bit();
        if (::setsockopt(fd, SOL_SOCKET, SO_BINDTODEVICE, name.constData(), socklen_t(name.size())) != 0) {
            const int err = errno;
            ::close(fd);
            *error = err == EPERM
                ? u"binding to interface %1 needs root or CAP_NET_RAW: run as root, or "
                  "'sudo setcap cap_net_bind_service,cap_net_raw+ep %2'"_s
                      .arg(o.interfaceName, QCoreApplication::applicationFilePath())
                : u"cannot bind to interface %1: %2"_s.arg(o.interfaceName,
                                                           QString::fromLocal8Bit(strerror(err)));
            return nullptr;
        }
    }
    sockaddr_in sa{};
    sa.sin_family = AF_INET;
    sa.sin_port = htons(o.port);
    sa.sin_addr.s_addr = htonl(o.address.toIPv4Address());
    if (::bind(fd, reinterpret_cast<sockaddr *>(&sa), sizeof sa) != 0) {
        const int err = errno;
        ::close(fd);
        if (err == EACCES)
            *error = u"port %1 is privileged: run as root, or "
                     "'sudo setcap cap_net_bind_service,cap_net_raw+ep %2', or pick a port above 1023"_s
                         .arg(o.port)
                         .arg(QCoreApplication::applicationFilePath());
        else if (err == EADDRINUSE)
            *error = u"%1 is already in use: another server (dnsmasq, dhcpd, tftpd, kea?) holds it; "
                     "stop it ('ss -ulpn sport = :%2' shows which) or choose another port"_s
                         .arg(describe(o))
                         .arg(o.port);
        else
            *error = u"cannot bind %1: %2"_s.arg(describe(o), QString::fromLocal8Bit(strerror(err)));
        return nullptr;
    }
    auto socket = std::make_unique<QUdpSocket>();
    if (!socket->setSocketDescriptor(fd, QAbstractSocket::BoundState)) {
        ::close(fd);
        *error = u"cannot use socket for %1: %2"_s.arg(describe(o), socket->errorString());
        return nullptr;
    }
    // Bursts of hundreds of DISCOVERs must not overflow the receive queue.
    const int buffer = 4 * 1024 * 1024;
    ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &buffer, sizeof buffer);
    return socket;
}

bool UdpSocket::addArpEntry(QUdpSocket &socket, const QString &interfaceName, quint32 ip, const quint8 *mac)
{
    if (interfaceName.isEmpty())
        return false;
    arpreq req{};
    auto *pa = reinterpret_cast<sockaddr_in *>(&req.arp_pa);
    pa->sin_family = AF_INET;
    pa->sin_addr.s_addr = htonl(ip);
    req.arp_ha.sa_family = ARPHRD_ETHER;
    std::memcpy(req.arp_ha.sa_data, mac, 6);
    req.arp_flags = ATF_COM;
    const QByteArray dev = interfaceName.toLocal8Bit();
    std::strncpy(req.arp_dev, dev.constData(), sizeof req.arp_dev - 1);
    return ::ioctl(int(socket.socketDescriptor()), SIOCSARP, &req) == 0;
}

namespace {

sockaddr_in socketAddress(const QHostAddress &address, quint16 port)
{
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(port);
    a.sin_addr.s_addr = htonl(address.isNull() ? 0 : address.toIPv4Address());
    return a;
}

} // namespace

int UdpSocket::openConnected(const QHostAddress &local, const QHostAddress &peer, quint16 peerPort, int sendBuffer,
                             QString *error)
{
    const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        *error = u"cannot create a UDP socket: %1"_s.arg(QString::fromLocal8Bit(strerror(errno)));
        return -1;
    }
    if (sendBuffer > 0)
        ::setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &sendBuffer, sizeof sendBuffer);
    const sockaddr_in from = socketAddress(local, 0);
    const sockaddr_in to = socketAddress(peer, peerPort);
    if (::bind(fd, reinterpret_cast<const sockaddr *>(&from), sizeof from) != 0
        || ::connect(fd, reinterpret_cast<const sockaddr *>(&to), sizeof to) != 0) {
        *error = u"cannot open a socket to %1: %2"_s.arg(peer.toString(), QString::fromLocal8Bit(strerror(errno)));
        ::close(fd);
        return -1;
    }
    return fd;
}

void UdpSocket::sendFromNewPort(const QHostAddress &local, const QHostAddress &peer, quint16 peerPort,
                                QByteArrayView datagram)
{
    QString ignored;
    const int fd = openConnected(local, peer, peerPort, 0, &ignored);
    if (fd < 0)
        return;
    ::send(fd, datagram.data(), size_t(datagram.size()), 0);
    ::close(fd);
}

} // namespace Net

// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/arpprobe.h"

#include <QSocketNotifier>
#include <QTimer>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <linux/if_packet.h>
#include <net/ethernet.h>
#include <net/if.h>
#include <net/if_arp.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Net {

namespace {

// RFC 826 for Ethernet and IPv4: 28 bytes after the Ethernet header.
constexpr int ArpSize = 28;
constexpr quint16 Request = 1;

void put16(quint8 *p, quint16 v)
{
    p[0] = quint8(v >> 8);
    p[1] = quint8(v);
}

void put32(quint8 *p, quint32 v)
{
    put16(p, quint16(v >> 16));
    put16(p + 2, quint16(v));
}

quint32 get32(const quint8 *p)
{
    return quint32(p[0]) << 24 | quint32(p[1]) << 16 | quint32(p[2]) << 8 | p[3];
}

} // namespace

ArpProbe::ArpProbe(QObject *parent)
    : QObject(parent)
{
}

ArpProbe::~ArpProbe()
{
    close();
}

void ArpProbe::close()
{
    delete m_notifier;
    m_notifier = nullptr;
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    m_pending.clear();
}

bool ArpProbe::open(const QString &interfaceName, quint32 ownAddress, QString *error)
{
    close();
    const QByteArray name = interfaceName.toLocal8Bit();
    m_ifindex = int(if_nametoindex(name.constData()));
    if (!m_ifindex) {
        *error = u"no interface %1"_s.arg(interfaceName);
        return false;
    }
    const int fd = ::socket(AF_PACKET, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, htons(ETH_P_ARP));
    if (fd < 0) {
        *error = errno == EPERM ? u"reading ARP needs the CAP_NET_RAW capability (or root)"_s
                                : QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    ifreq ifr{};
    std::strncpy(ifr.ifr_name, name.constData(), IFNAMSIZ - 1);
    sockaddr_ll local{};
    local.sll_family = AF_PACKET;
    local.sll_protocol = htons(ETH_P_ARP);
    local.sll_ifindex = m_ifindex;
    if (::ioctl(fd, SIOCGIFHWADDR, &ifr) != 0 || ifr.ifr_hwaddr.sa_family != ARPHRD_ETHER
        || ::bind(fd, reinterpret_cast<sockaddr *>(&local), sizeof local) != 0) {
        *error = u"%1 is not an Ethernet interface ARP can be used on"_s.arg(interfaceName);
        ::close(fd);
        return false;
    }
    m_ownMac = MacAddress::fromBytes(reinterpret_cast<const quint8 *>(ifr.ifr_hwaddr.sa_data));
    m_ownAddress = ownAddress;
    m_fd = fd;
    m_notifier = new QSocketNotifier(qintptr(fd), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &ArpProbe::read);
    return true;
}

void ArpProbe::probe(quint32 address, int waitMs)
{
    if (m_fd < 0 || m_pending.contains(address))
        return;
    const int number = ++m_nextProbe;
    m_pending.insert(address, number);
    send(address);
    // Once more halfway, in case the first request or its answer was lost.
    QTimer::singleShot(waitMs / 2, this, [this, address, number] {
        if (m_pending.value(address) == number)
            send(address);
    });
    QTimer::singleShot(waitMs, this, [this, address, number] {
        if (m_pending.value(address) != number)
            return;
        m_pending.remove(address);
        Q_EMIT finished(address, MacAddress());
    });
}

void ArpProbe::send(quint32 address)
{
    quint8 arp[ArpSize]{};
    put16(arp, ARPHRD_ETHER);
    put16(arp + 2, ETH_P_IP);
    arp[4] = 6;
    arp[5] = 4;
    put16(arp + 6, Request);
    std::memcpy(arp + 8, m_ownMac.bytes().data(), 6);
    put32(arp + 14, m_ownAddress);
    put32(arp + 24, address);
    sockaddr_ll to{};
    to.sll_family = AF_PACKET;
    to.sll_protocol = htons(ETH_P_ARP);
    to.sll_ifindex = m_ifindex;
    to.sll_halen = 6;
    std::memset(to.sll_addr, 0xff, 6);
    // A lost request is a lost probe: the address counts as free, as after
    // a ping nobody answered.
    (void)::sendto(m_fd, arp, sizeof arp, 0, reinterpret_cast<sockaddr *>(&to), sizeof to);
    if (m_tap)
        m_tap(address, m_ownMac, MacAddress(), QByteArrayView(arp, sizeof arp));
}

void ArpProbe::read()
{
    quint8 packet[256];
    for (;;) {
        const ssize_t n = ::recv(m_fd, packet, sizeof packet, 0);
        if (n < 0)
            return; // EAGAIN: drained
        if (n < ArpSize || packet[4] != 6 || packet[5] != 4)
            continue;
        // A reply, or the holder asking something itself: either way the
        // address is in use by the sender's hardware address.
        const quint32 sender = get32(packet + 14);
        const MacAddress holder = MacAddress::fromBytes(packet + 8);
        if (holder == m_ownMac || !m_pending.contains(sender))
            continue;
        m_pending.remove(sender);
        if (m_tap)
            m_tap(sender, holder, m_ownMac, QByteArrayView(packet, ArpSize));
        Q_EMIT finished(sender, holder);
    }
}

} // namespace Net

// SPDX-License-Identifier: GPL-3.0-or-later
#include "dhcp/otherinterfacewatch.h"

#include "dhcp/bootclient.h"

#include <QDateTime>
#include <QSocketNotifier>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <linux/filter.h>
#include <linux/if_packet.h>
#include <net/ethernet.h>
#include <net/if.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Dhcp {

OtherInterfaceWatch::OtherInterfaceWatch(QObject *parent)
    : QObject(parent)
{
}

OtherInterfaceWatch::~OtherInterfaceWatch()
{
    delete m_notifier;
    if (m_fd >= 0)
        ::close(m_fd);
}

bool OtherInterfaceWatch::start(const QString &chosen, quint16 serverPort, QString *error)
{
    m_chosen = chosen;
    m_chosenIndex = int(if_nametoindex(chosen.toLocal8Bit().constData()));
    const int fd = ::socket(AF_PACKET, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, htons(ETH_P_IP));
    if (fd < 0) {
        *error = errno == EPERM ? u"watching other interfaces needs the CAP_NET_RAW capability (or root)"_s
                                : QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    // Only unfragmented UDP to the server port reaches user space. The
    // packet starts at its IP header (SOCK_DGRAM).
    sock_filter code[] = {
        BPF_STMT(BPF_LD | BPF_B | BPF_ABS, 9), // protocol
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, IPPROTO_UDP, 0, 6),
        BPF_STMT(BPF_LD | BPF_H | BPF_ABS, 6), // flags and fragment offset
        BPF_JUMP(BPF_JMP | BPF_JSET | BPF_K, 0x1fff, 4, 0),
        BPF_STMT(BPF_LDX | BPF_B | BPF_MSH, 0), // x = header length
        BPF_STMT(BPF_LD | BPF_H | BPF_IND, 2), // UDP destination port
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, serverPort, 0, 1),
        BPF_STMT(BPF_RET | BPF_K, 2048),
        BPF_STMT(BPF_RET | BPF_K, 0),
    };
    sock_fprog program{quint16(std::size(code)), code};
    if (::setsockopt(fd, SOL_SOCKET, SO_ATTACH_FILTER, &program, sizeof program) != 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        ::close(fd);
        return false;
    }
    m_fd = fd;
    m_notifier = new QSocketNotifier(qintptr(fd), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &OtherInterfaceWatch::read);
    return true;
}

void OtherInterfaceWatch::read()
{
    quint8 packet[2048];
    for (;;) {
        sockaddr_ll from{};
        socklen_t fromSize = sizeof from;
        const ssize_t n = ::recvfrom(m_fd, packet, sizeof packet, 0, reinterpret_cast<sockaddr *>(&from), &fromSize);
        if (n < 0)
            return;
        if (from.sll_ifindex == m_chosenIndex || from.sll_pkttype == PACKET_OUTGOING || n < 20)
            continue;
        const int headerLength = (packet[0] & 0x0f) * 4;
        if (n < headerLength + 8)
            continue;
        const auto request = Message::decode(QByteArrayView(packet + headerLength + 8, n - headerLength - 8));
        if (!request || request->op != 1)
            continue;
        const BootClient client = BootClient::fromMessage(*request);
        // Only machines that want to boot: an office LAN's laptops asking
        // for addresses are none of Rackside's business.
        if (!client.isNetworkBoot() && !client.apple)
            continue;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const Net::MacAddress mac = request->mac();
        const auto told = m_lastTold.constFind(mac);
        if (told != m_lastTold.cend() && now - *told < 60'000)
            continue;
        if (m_lastTold.size() >= 4096)
            m_lastTold.clear();
        m_lastTold.insert(mac, now);
        char name[IF_NAMESIZE] = {};
        const QString where = if_indextoname(unsigned(from.sll_ifindex), name) ? QString::fromLocal8Bit(name)
                                                                              : u"interface %1"_s.arg(from.sll_ifindex);
        Timeline::BootEvent ev;
        ev.msecs = now;
        ev.mac = mac;
        ev.protocol = Timeline::BootEvent::Protocol::Dhcp;
        ev.kind = Timeline::BootEvent::Kind::Diagnosis;
        ev.finding = Timeline::Diagnosis::Finding::OtherInterface;
        // Nothing answers it there: from here, its boot fails.
        ev.severity = Timeline::BootEvent::Severity::Failure;
        ev.arch = client.archName();
        ev.vendorClass = client.vendorClass;
        ev.summary = tr("asks to boot on %1, but Rackside answers only on %2").arg(where, m_chosen);
        Q_EMIT event(ev);
    }
}

} // namespace Dhcp

// SPDX-License-Identifier: GPL-3.0-or-later
#include "dhcp/roguecheck.h"

#include "dhcp/message.h"
#include "net/udpsocket.h"

#include <QNetworkDatagram>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace Dhcp {

QString RogueCheck::Finding::summary() const
{
    QString s = u"DHCP server %1 offered %2"_s.arg(server.toString(), offered.toString());
    if (!bootFile.isEmpty())
        s += u" with boot file %1"_s.arg(bootFile);
    return s;
}

QByteArray RogueCheck::ownVendorClass()
{
    static const QByteArray vendor = "rackside-rogue-check/"
        + QByteArray::number(QRandomGenerator::global()->generate64(), 16);
    return vendor;
}

RogueCheck::RogueCheck(Settings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_resend.stop();
        m_socket.reset();
        Q_EMIT finished();
    });
    connect(&m_resend, &QTimer::timeout, this, [this] {
        if (m_socket)
            m_socket->writeDatagram(m_discover, m_target, m_settings.serverPort);
    });
}

void RogueCheck::start()
{
    m_findings.clear();
    Net::UdpSocket::Options o{m_settings.interfaceName, m_settings.bindAddress, m_settings.clientPort, true, true};
    m_socket = Net::UdpSocket::open(o, &m_error);
    if (!m_socket) {
        m_error = u"could not look for other DHCP servers: %1"_s.arg(m_error);
        QMetaObject::invokeMethod(this, &RogueCheck::finished, Qt::QueuedConnection);
        return;
    }
    connect(m_socket.get(), &QUdpSocket::readyRead, this, &RogueCheck::read);

    auto *rng = QRandomGenerator::global();
    std::array<quint8, 6> mac{};
    for (auto &b : mac)
        b = quint8(rng->bounded(256));
    mac[0] = (mac[0] & 0xfc) | 0x02; // locally administered, unicast
    Message discover;
    discover.xid = m_xid = rng->generate();
    discover.flags = Message::BroadcastFlag;
    discover.setMac(Net::MacAddress(mac));
    discover.options.setU8(Option::MessageType, quint8(MessageType::Discover));
    discover.options.set(Option::ParameterList, QByteArray("\x01\x03\x06\x0f\x36\x42\x43", 7));
    discover.options.set(Option::VendorClass, ownVendorClass());
    m_target = m_settings.bindAddress.isLoopback() ? m_settings.bindAddress : QHostAddress::Broadcast;
    m_discover = discover.encode();
    m_socket->writeDatagram(m_discover, m_target, m_settings.serverPort);
    m_timer.start(m_settings.timeoutMs);
    if (m_settings.resendMs > 0)
        m_resend.start(m_settings.resendMs);
}

void RogueCheck::read()
{
    while (m_socket && m_socket->hasPendingDatagrams()) {
        const QNetworkDatagram d = m_socket->receiveDatagram(65536);
        const auto reply = Message::decode(d.data());
        if (!reply || reply->op != 2 || reply->xid != m_xid || reply->type() != MessageType::Offer)
            continue;
        Finding f;
        const quint32 id = reply->options.u32(Option::ServerId).value_or(d.senderAddress().toIPv4Address());
        if (m_settings.ownAddress && id == m_settings.ownAddress)
            continue;
        f.server = QHostAddress(id);
        f.offered = QHostAddress(reply->yiaddr);
        f.bootFile = QString::fromLatin1(reply->file);
        const bool seen = std::any_of(m_findings.cbegin(), m_findings.cend(),
                                      [&](const Finding &x) { return x.server == f.server; });
        if (!seen)
            m_findings.append(f);
    }
}

} // namespace Dhcp

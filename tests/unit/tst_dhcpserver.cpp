// SPDX-License-Identifier: GPL-3.0-or-later
// Dhcp::Server over a socket on 127.0.0.1: a relayed client (giaddr, so the
// answers come back to this test's port) takes a lease and gives it back.
// The server reports each step as a typed event and as a domain fact
// (leaseOffered, leaseGranted, leaseReleased) that ClientAddresses and the
// HTTP server act on, without reading any event's words.
#include "dhcp/bootclient.h"
#include "dhcp/server.h"

#include <QHostAddress>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

using namespace Qt::StringLiterals;
using namespace Dhcp;
using Timeline::BootEvent;

namespace {

quint32 ip(const char *text)
{
    return QHostAddress(QString::fromLatin1(text)).toIPv4Address();
}

const Net::MacAddress Client({0x52, 0x54, 0, 0, 0, 0x07});

quint16 freePort()
{
    QUdpSocket probe;
    probe.bind(QHostAddress::LocalHost, 0);
    return probe.localPort();
}

} // namespace

class TestDhcpServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup()
    {
        m_server.reset();
        m_client.close();
    }
    void leaseFactsAndTypedEvents();
    void malformedIsDroppedAndCounted();

private:
    Message request(MessageType type) const;
    std::optional<Message> exchange(const Message &m);

    QTemporaryDir m_dir;
    QUdpSocket m_client;
    quint16 m_serverPort = 0;
    std::unique_ptr<Server> m_server;
};

void TestDhcpServer::init()
{
    QVERIFY(m_client.bind(QHostAddress::LocalHost, 0));
    m_serverPort = freePort();
    Server::Listen listen;
    listen.address = QHostAddress::LocalHost;
    listen.serverPort = m_serverPort;
    listen.proxyPort = 0;
    listen.relayPort = m_client.localPort(); // replies to giaddr come here
    Responder::Settings settings;
    settings.mode = Responder::Mode::Serve;
    settings.serverAddress = ip("10.0.0.1");
    settings.subnetMask = ip("255.255.255.0");
    settings.leaseTime = 600;
    settings.boot.setFile(BootClient::Arch::X86Bios, u"boot/grub/i386-pc/core.0"_s);
    LeasePool::Config pool;
    pool.network = ip("10.0.0.0");
    pool.mask = ip("255.255.255.0");
    pool.ranges = {{ip("10.0.0.100"), ip("10.0.0.110")}};
    m_server = std::make_unique<Server>(listen, settings, pool, m_dir.filePath(u"leases"_s));
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
}

Message TestDhcpServer::request(MessageType type) const
{
    Message m;
    m.xid = 0x5150;
    m.setMac(Client);
    m.giaddr = ip("127.0.0.1");
    m.options.setU8(Option::MessageType, quint8(type));
    m.options.set(Option::VendorClass, QByteArrayLiteral("PXEClient:Arch:00000:UNDI:002001"));
    return m;
}

std::optional<Message> TestDhcpServer::exchange(const Message &m)
{
    m_client.writeDatagram(m.encode(), QHostAddress::LocalHost, m_serverPort);
    if (!m_client.hasPendingDatagrams() && !QTest::qWaitFor([this] { return m_client.hasPendingDatagrams(); }, 3000))
        return std::nullopt;
    QByteArray datagram(int(m_client.pendingDatagramSize()), '\0');
    m_client.readDatagram(datagram.data(), datagram.size());
    return Message::decode(datagram);
}

void TestDhcpServer::leaseFactsAndTypedEvents()
{
    QSignalSpy events(m_server.get(), &Server::event);
    QSignalSpy starting(m_server.get(), &Server::machineStarting);
    QSignalSpy offered(m_server.get(), &Server::leaseOffered);
    QSignalSpy granted(m_server.get(), &Server::leaseGranted);
    QSignalSpy released(m_server.get(), &Server::leaseReleased);

    const auto offer = exchange(request(MessageType::Discover));
    QVERIFY(offer && offer->type() == MessageType::Offer);
    const quint32 address = offer->yiaddr;
    QCOMPARE(starting.size(), 1);
    QCOMPARE(offered.size(), 1);
    QCOMPARE(offered.at(0).at(0).value<Net::MacAddress>(), Client);
    QCOMPARE(offered.at(0).at(1).toUInt(), address);
    QVERIFY(granted.isEmpty());

    Message req = request(MessageType::Request);
    req.options.setU32(Option::ServerId, ip("10.0.0.1"));
    req.options.setU32(Option::RequestedAddress, address);
    const auto ack = exchange(req);
    QVERIFY(ack && ack->type() == MessageType::Ack);
    QTRY_COMPARE(granted.size(), 1);
    QCOMPARE(granted.at(0).at(1).toUInt(), address);
    QCOMPARE(starting.size(), 1); // a REQUEST is no new power-on

    Message release = request(MessageType::Release);
    release.giaddr = 0;
    release.ciaddr = address;
    release.options.setU32(Option::ServerId, ip("10.0.0.1"));
    m_client.writeDatagram(release.encode(), QHostAddress::LocalHost, m_serverPort);
    QTRY_COMPARE(released.size(), 1);
    QCOMPARE(released.at(0).at(1).toUInt(), address);

    // The same steps on the timeline, by kind, with the facts in fields.
    QList<BootEvent::Kind> kinds;
    for (const auto &args : std::as_const(events))
        kinds << args.at(0).value<BootEvent>().kind;
    using K = BootEvent::Kind;
    QCOMPARE(kinds, (QList<K>{K::Discover, K::Offer, K::Request, K::Ack, K::Release}));
    const BootEvent first = events.at(0).at(0).value<BootEvent>();
    QCOMPARE(first.protocol, BootEvent::Protocol::Dhcp);
    QVERIFY(first.firmware.testFlag(BootEvent::Firmware::Pxe));
    QCOMPARE(first.relay, ip("127.0.0.1"));
    const BootEvent acked = events.at(3).at(0).value<BootEvent>();
    QCOMPARE(acked.address, address);
    QCOMPARE(acked.bootFile, u"boot/grub/i386-pc/core.0"_s);
    QCOMPARE(acked.bootServer, ip("10.0.0.1"));
    const BootEvent asked = events.at(2).at(0).value<BootEvent>();
    QCOMPARE(asked.requestedAddress, address);
}

void TestDhcpServer::malformedIsDroppedAndCounted()
{
    QSignalSpy events(m_server.get(), &Server::event);
    m_client.writeDatagram(QByteArray("not DHCP at all"), QHostAddress::LocalHost, m_serverPort);
    QTRY_COMPARE(events.size(), 1);
    const BootEvent e = events.at(0).at(0).value<BootEvent>();
    QCOMPARE(e.kind, BootEvent::Kind::Dropped);
    QCOMPARE(e.severity, BootEvent::Severity::Warning);
    QCOMPARE(m_server->counters().malformed, quint64(1));
}

QTEST_GUILESS_MAIN(TestDhcpServer)
#include "tst_dhcpserver.moc"

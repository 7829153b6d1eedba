// SPDX-License-Identifier: GPL-3.0-or-later
#include "dhcp/responder.h"

#include <QHostAddress>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Dhcp;
using To = Responder::Reply::To;

namespace {

quint32 ip(const char *text)
{
    return QHostAddress(QString::fromLatin1(text)).toIPv4Address();
}

struct Client
{
    QByteArray vendor; // option 60
    int arch = -1; // option 93
    bool ipxe = false;
    quint32 giaddr = 0;
    quint32 ciaddr = 0;
    bool broadcast = true;
    MessageType type = MessageType::Discover;
    int macByte = 1;

    Message message() const
    {
        Message m;
        m.xid = 0x1234;
        m.setMac(Net::MacAddress({0x52, 0x54, 0, 0, 0, quint8(macByte)}));
        m.giaddr = giaddr;
        m.ciaddr = ciaddr;
        m.flags = broadcast ? Message::BroadcastFlag : 0;
        m.options.setU8(Option::MessageType, quint8(type));
        if (!vendor.isEmpty())
            m.options.set(Option::VendorClass, vendor);
        if (arch >= 0)
            m.options.setU16(Option::ClientArch, quint16(arch));
        if (ipxe)
            m.options.set(Option::UserClass, QByteArrayLiteral("iPXE"));
        return m;
    }
};

Responder::Settings settings(Responder::Mode mode)
{
    Responder::Settings s;
    s.mode = mode;
    s.serverAddress = ip("10.0.0.1");
    s.subnetMask = ip("255.255.255.0");
    s.router = ip("10.0.0.1");
    s.dns = {ip("10.0.0.1")};
    s.domain = u"rack.test"_s;
    s.leaseTime = 600;
    s.boot.setFile(BootClient::Arch::X86Bios, u"boot/grub/i386-pc/core.0"_s);
    s.boot.setFile(BootClient::Arch::UefiX64, u"boot/grub/x86_64-efi/core.efi"_s);
    s.boot.setFile(BootClient::Arch::UefiArm64, u"boot/grub/arm64-efi/core.efi"_s);
    s.boot.setFile(BootClient::Arch::HttpX64, u"http://{server}/boot/x64.efi"_s);
    s.boot.setIpxeFile(u"boot/ipxe/menu.ipxe"_s);
    s.hostBootFiles.insert(Net::MacAddress({0x52, 0x54, 0, 0, 0, 0x42}), u"special/host.efi"_s);
    return s;
}

LeasePool::Config poolConfig()
{
    LeasePool::Config c;
    c.network = ip("10.0.0.0");
    c.mask = ip("255.255.255.0");
    c.ranges = {{ip("10.0.0.100"), ip("10.0.0.150")}};
    return c;
}

} // namespace

class TestResponder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bootFileByClient_data()
    {
        QTest::addColumn<QByteArray>("vendor");
        QTest::addColumn<int>("arch");
        QTest::addColumn<bool>("ipxe");
        QTest::addColumn<int>("macByte");
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<bool>("httpClientEchoed");
        QTest::newRow("SeaBIOS PXE") << QByteArray("PXEClient:Arch:00000:UNDI:002001") << 0 << false << 1
                                     << QByteArray("boot/grub/i386-pc/core.0") << false;
        QTest::newRow("EDK2 x64 (7)") << QByteArray("PXEClient:Arch:00007:UNDI:003000") << 7 << false << 1
                                      << QByteArray("boot/grub/x86_64-efi/core.efi") << false;
        QTest::newRow("x64 as 9") << QByteArray("PXEClient:Arch:00009:UNDI:003000") << 9 << false << 1
                                  << QByteArray("boot/grub/x86_64-efi/core.efi") << false;
        QTest::newRow("ARM64, no option 93") << QByteArray("PXEClient:Arch:00011:UNDI:003000") << -1 << false << 1
                                             << QByteArray("boot/grub/arm64-efi/core.efi") << false;
        QTest::newRow("HTTP boot x64") << QByteArray("HTTPClient:Arch:00016:UNDI:003001") << 16 << false << 1
                                       << QByteArray("http://10.0.0.1/boot/x64.efi") << true;
        QTest::newRow("iPXE gets its script") << QByteArray("PXEClient:Arch:00000:UNDI:002001") << 0 << true << 1
                                              << QByteArray("boot/ipxe/menu.ipxe") << false;
        QTest::newRow("host override") << QByteArray("PXEClient:Arch:00007:UNDI:003000") << 7 << false << 0x42
                                       << QByteArray("special/host.efi") << false;
        QTest::newRow("IA32 without a file") << QByteArray("PXEClient:Arch:00006:UNDI:003000") << 6 << false << 1
                                             << QByteArray() << false;
        QTest::newRow("plain client") << QByteArray("udhcp 1.37.0") << -1 << false << 1 << QByteArray() << false;
    }

    void bootFileByClient()
    {
        QFETCH(QByteArray, vendor);
        QFETCH(int, arch);
        QFETCH(bool, ipxe);
        QFETCH(int, macByte);
        QFETCH(QByteArray, file);
        QFETCH(bool, httpClientEchoed);
        LeasePool pool(poolConfig());
        Responder responder(settings(Responder::Mode::Serve), &pool);
        Client c{vendor, arch, ipxe};
        c.macByte = macByte;
        const auto out = responder.handle(c.message(), Responder::Socket::Server, 1'000'000);
        QVERIFY(out.reply);
        const Message &m = out.reply->message;
        QCOMPARE(m.type(), MessageType::Offer);
        QCOMPARE(m.op, 2);
        QCOMPARE(m.xid, 0x1234u);
        QVERIFY(m.yiaddr >= ip("10.0.0.100") && m.yiaddr <= ip("10.0.0.150"));
        QCOMPARE(m.file, file);
        QCOMPARE(m.siaddr, file.isEmpty() ? 0u : ip("10.0.0.1"));
        QCOMPARE(m.options.value(Option::VendorClass).value_or(QByteArray()) == "HTTPClient", httpClientEchoed);
        QCOMPARE(m.options.u32(Option::ServerId).value_or(0), ip("10.0.0.1"));
        QCOMPARE(m.options.u32(Option::LeaseTime).value_or(0), 600u);
        QCOMPARE(m.options.contains(Option::Ipxe), ipxe);
        QCOMPARE(m.options.value(Option::DomainName).value_or(QByteArray()), QByteArray("rack.test"));
        QCOMPARE(out.events.first().kind, Timeline::BootEvent::Kind::Discover);
        QCOMPARE(out.events.last().kind, Timeline::BootEvent::Kind::Offer);
    }

    void ipxeNeverChainloadsItself()
    {
        auto s = settings(Responder::Mode::Serve);
        s.boot.setIpxeFile({});
        s.boot.setFile(BootClient::Arch::X86Bios, u"undionly.kpxe"_s);
        LeasePool pool(poolConfig());
        Responder responder(s, &pool);
        const auto first = responder.handle(Client{"PXEClient:Arch:00000:UNDI:002001", 0, false}.message(), Responder::Socket::Server, 0);
        QCOMPARE(first.reply->message.file, QByteArray("undionly.kpxe"));
        const auto again = responder.handle(Client{"PXEClient:Arch:00000:UNDI:002001", 0, true}.message(), Responder::Socket::Server, 0);
        QVERIFY(again.reply->message.file.isEmpty());
        QVERIFY(std::any_of(again.events.cbegin(), again.events.cend(),
                            [](const auto &e) { return e.summary.contains(u"iPXE itself"_s); }));
    }

    void routing_data()
    {
        QTest::addColumn<quint32>("giaddr");
        QTest::addColumn<quint32>("ciaddr");
        QTest::addColumn<bool>("broadcast");
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("to");
        QTest::addColumn<quint32>("address");
        QTest::newRow("broadcast flag") << 0u << 0u << true << int(MessageType::Discover) << int(To::Broadcast) << 0u;
        QTest::newRow("no flag: unicast to yiaddr") << 0u << 0u << false << int(MessageType::Discover)
                                                    << int(To::UnicastNoArp) << ip("10.0.0.100");
        QTest::newRow("relayed") << ip("10.0.0.254") << 0u << true << int(MessageType::Discover) << int(To::Relay)
                                 << ip("10.0.0.254");
        QTest::newRow("renewing: ciaddr") << 0u << ip("10.0.0.100") << false << int(MessageType::Request)
                                          << int(To::Unicast) << ip("10.0.0.100");
        QTest::newRow("inform") << 0u << ip("10.0.0.7") << false << int(MessageType::Inform) << int(To::Unicast)
                                << ip("10.0.0.7");
    }

    void routing()
    {
        QFETCH(quint32, giaddr);
        QFETCH(quint32, ciaddr);
        QFETCH(bool, broadcast);
        QFETCH(int, type);
        QFETCH(int, to);
        QFETCH(quint32, address);
        LeasePool pool(poolConfig());
        Responder responder(settings(Responder::Mode::Serve), &pool);
        Client c;
        c.giaddr = giaddr;
        c.ciaddr = ciaddr;
        c.broadcast = broadcast;
        c.type = MessageType(type);
        Message m = c.message();
        if (m.type() == MessageType::Request && ciaddr) // renewing a lease it holds
            QCOMPARE(pool.request(Responder::clientKey(m), m.mac(), ciaddr, 0, false, {}, 0).verdict,
                     LeasePool::Verdict::Ack);
        m.options.set(Option::RelayAgent, QByteArray("\x01\x03" "abc", 5));
        const auto out = responder.handle(m, Responder::Socket::Server, 0);
        QVERIFY(out.reply);
        QCOMPARE(int(out.reply->to), to);
        QCOMPARE(out.reply->address, address);
        QCOMPARE(out.reply->message.options.value(Option::RelayAgent).value_or(QByteArray()),
                 QByteArray("\x01\x03" "abc", 5));
        if (MessageType(type) == MessageType::Inform) {
            QCOMPARE(out.reply->message.yiaddr, 0u);
            QVERIFY(!out.reply->message.options.contains(Option::LeaseTime));
        }
    }

    void nakIsBroadcastWithReason()
    {
        LeasePool pool(poolConfig());
        Responder responder(settings(Responder::Mode::Serve), &pool);
        Client c;
        c.type = MessageType::Request;
        c.broadcast = false;
        Message m = c.message();
        m.options.setU32(Option::RequestedAddress, ip("192.168.1.5"));
        const auto out = responder.handle(m, Responder::Socket::Server, 0);
        QVERIFY(out.reply);
        QCOMPARE(out.reply->message.type(), MessageType::Nak);
        QCOMPARE(int(out.reply->to), int(To::Broadcast));
        QVERIFY(out.reply->message.options.value(Option::Message)->contains("not on this network"));
        QCOMPARE(out.events.last().severity, Timeline::BootEvent::Severity::Failure);
    }

    void requestForAnotherServerIsIgnored()
    {
        LeasePool pool(poolConfig());
        Responder responder(settings(Responder::Mode::Serve), &pool);
        Client c;
        c.vendor = "PXEClient:Arch:00000:UNDI:002001";
        c.arch = 0;
        QVERIFY(responder.handle(c.message(), Responder::Socket::Server, 0).reply);
        c.type = MessageType::Request;
        Message m = c.message();
        m.options.setU32(Option::ServerId, ip("10.0.0.2"));
        m.options.setU32(Option::RequestedAddress, ip("10.0.0.100"));
        const auto out = responder.handle(m, Responder::Socket::Server, 0);
        QVERIFY(!out.reply);
        QVERIFY(out.changed.isEmpty());
        // We had offered 10.0.0.100: the machine went elsewhere, said in words.
        const Timeline::BootEvent &why = out.events.last();
        QCOMPARE(why.kind, Timeline::BootEvent::Kind::Diagnosis);
        QCOMPARE(why.finding, Timeline::Diagnosis::Finding::OtherServerChosen);
        QCOMPARE(why.severity, Timeline::BootEvent::Severity::Failure);
        QCOMPARE(why.summary, u"took 10.0.0.100 from the DHCP server 10.0.0.2; Rackside had 10.0.0.100 ready for it"_s);

        // No offer of ours stands (it was freed): nothing to diagnose.
        m.options.setU32(Option::RequestedAddress, ip("10.0.0.7"));
        const auto again = responder.handle(m, Responder::Socket::Server, 0);
        for (const auto &ev : again.events)
            QVERIFY(ev.kind != Timeline::BootEvent::Kind::Diagnosis);

        // A laptop (no network boot) going to the other server is none of the lanes' business.
        Client laptop;
        laptop.macByte = 9;
        QVERIFY(responder.handle(laptop.message(), Responder::Socket::Server, 0).reply);
        laptop.type = MessageType::Request;
        Message l = laptop.message();
        l.options.setU32(Option::ServerId, ip("10.0.0.2"));
        l.options.setU32(Option::RequestedAddress, ip("10.0.0.9"));
        for (const auto &ev : responder.handle(l, Responder::Socket::Server, 0).events)
            QVERIFY(ev.kind != Timeline::BootEvent::Kind::Diagnosis);
    }

    // A power-on's first DISCOVER that says (secs) it has asked for a while.
    void spanningTreeDelay_data()
    {
        QTest::addColumn<int>("secs");
        QTest::addColumn<qint64>("servingSince"); // ms; the DISCOVER comes at 100,000
        QTest::addColumn<bool>("told");
        QTest::newRow("21 s lost") << 21 << qint64(0) << true;
        QTest::newRow("a firmware's own retry") << 5 << qint64(0) << false;
        QTest::newRow("asking since before Rackside served") << 21 << qint64(90'000) << false;
        QTest::newRow("no measurement (byte-swapped)") << 0x1500 << qint64(0) << false;
    }

    void spanningTreeDelay()
    {
        QFETCH(int, secs);
        QFETCH(qint64, servingSince);
        QFETCH(bool, told);
        LeasePool pool(poolConfig());
        Responder responder(settings(Responder::Mode::Serve), &pool);
        responder.setServingSince(servingSince);
        Client c;
        c.vendor = "PXEClient:Arch:00000:UNDI:002001";
        c.arch = 0;
        Message m = c.message();
        m.secs = quint16(secs);
        const auto has = [](const Responder::Outcome &out) {
            return std::any_of(out.events.cbegin(), out.events.cend(), [](const Timeline::BootEvent &e) {
                return e.finding == Timeline::Diagnosis::Finding::PortDelay
                    && e.summary.contains(u"reached Rackside"_s);
            });
        };
        QCOMPARE(has(responder.handle(m, Responder::Socket::Server, 100'000)), told);
        // The same power-on asking again: told once.
        m.secs = quint16(secs + 4);
        QVERIFY(!has(responder.handle(m, Responder::Socket::Server, 104'000)));
        // A plain DHCP client (no network boot) is none of this.
        Client plain;
        Message p = plain.message();
        p.secs = 30;
        QVERIFY(!has(responder.handle(p, Responder::Socket::Server, 200'000)));
    }

    void proxyAnswersOnlyPxeClientsWithoutAddress_data()
    {
        QTest::addColumn<QByteArray>("vendor");
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("port");
        QTest::addColumn<int>("answer"); // 0 none
        QTest::newRow("PXE discover on 67") << QByteArray("PXEClient:Arch:00007:UNDI:003000")
                                            << int(MessageType::Discover) << 67 << int(MessageType::Offer);
        QTest::newRow("PXE request on 4011") << QByteArray("PXEClient:Arch:00007:UNDI:003000")
                                             << int(MessageType::Request) << 4011 << int(MessageType::Ack);
        QTest::newRow("PXE request on 67") << QByteArray("PXEClient:Arch:00007:UNDI:003000")
                                           << int(MessageType::Request) << 67 << 0;
        QTest::newRow("plain client") << QByteArray("udhcp 1.37.0") << int(MessageType::Discover) << 67 << 0;
    }

    void proxyAnswersOnlyPxeClientsWithoutAddress()
    {
        QFETCH(QByteArray, vendor);
        QFETCH(int, type);
        QFETCH(int, port);
        QFETCH(int, answer);
        Responder responder(settings(Responder::Mode::Proxy), nullptr);
        Client c{vendor, -1};
        c.type = MessageType(type);
        c.ciaddr = port == 4011 ? ip("10.0.0.55") : 0;
        const auto out = responder.handle(c.message(), port == 4011 ? Responder::Socket::Proxy : Responder::Socket::Server, 0);
        QCOMPARE(bool(out.reply), answer != 0);
        if (!out.reply)
            return;
        const Message &m = out.reply->message;
        QCOMPARE(int(m.type()), answer);
        QCOMPARE(m.yiaddr, 0u);
        QVERIFY(!m.options.contains(Option::LeaseTime));
        QCOMPARE(m.options.value(Option::VendorClass).value_or(QByteArray()), QByteArray("PXEClient"));
        QVERIFY(m.options.contains(Option::VendorSpecific));
        QCOMPARE(m.file, QByteArray("boot/grub/x86_64-efi/core.efi"));
        QCOMPARE(m.siaddr, ip("10.0.0.1"));
        QVERIFY(out.changed.isEmpty());
    }

    void maxMessageSizeIsHonoured()
    {
        auto s = settings(Responder::Mode::Serve);
        s.domain = QString(200, u'x');
        for (int i = 0; i < 60; ++i)
            s.dns.append(ip("10.0.0.1") + i);
        LeasePool pool(poolConfig());
        Responder responder(s, &pool);
        Message m = Client{"PXEClient:Arch:00007:UNDI:003000", 7}.message();
        m.options.setU16(Option::MaxMessageSize, 576);
        const auto out = responder.handle(m, Responder::Socket::Server, 0);
        const QByteArray wire = out.reply->message.encode(out.reply->maxSize);
        QVERIFY2(wire.size() <= 548, qPrintable(QString::number(wire.size())));
        const auto back = Message::decode(wire);
        QVERIFY(back);
        QCOMPARE(back->type(), MessageType::Offer);
        QCOMPARE(back->options.u32(Option::ServerId).value_or(0), ip("10.0.0.1"));
    }
};

QTEST_GUILESS_MAIN(TestResponder)
#include "tst_responder.moc"

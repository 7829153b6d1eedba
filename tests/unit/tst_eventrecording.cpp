// SPDX-License-Identifier: GPL-3.0-or-later
// Timeline::EventRecording: events to JSON Lines and back, broken lines, a
// recording cut short by a kill, and lines of recordings made before the
// kinds were typed (OldRecordingFormat).
#include "timeline/eventrecording.h"

#include <QBuffer>
#include <QHostAddress>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using Timeline::BootEvent;
using Timeline::EventRecording;

namespace {

BootEvent fullEvent()
{
    BootEvent e;
    e.msecs = 1'764'633'286'925;
    e.mac = *Net::MacAddress::parse(u"52:54:00:12:34:56"_s);
    e.protocol = BootEvent::Protocol::Tftp;
    e.kind = BootEvent::Kind::Sent;
    e.summary = u"boot/grub/x86_64-efi/core.efi: 1,234 bytes in 0.2 s \"quoted\" ü"_s;
    e.arch = u"x64 UEFI"_s;
    e.vendorClass = u"PXEClient:Arch:00007:UNDI:003000"_s;
    e.address = 0x0a4d0065;
    e.requestedAddress = 0x0a4d0066;
    e.relay = 0x0a4d0001;
    e.bootFile = u"boot/grub/x86_64-efi/core.efi"_s;
    e.bootServer = 0x0a4d0001;
    e.firmware = BootEvent::Firmware::Pxe | BootEvent::Firmware::Ipxe;
    e.path = u"boot/grub/x86_64-efi/core.efi"_s;
    e.bytes = 1234;
    e.size = 1234;
    e.secs = 21;
    e.finding = Timeline::Diagnosis::Finding::PortDelay;
    e.severity = BootEvent::Severity::Warning;
    return e;
}

void compareEvents(const BootEvent &a, const BootEvent &b)
{
    QCOMPARE(a.msecs, b.msecs);
    QCOMPARE(a.mac, b.mac);
    QCOMPARE(a.protocol, b.protocol);
    QCOMPARE(a.kind, b.kind);
    QCOMPARE(a.summary, b.summary);
    QCOMPARE(a.arch, b.arch);
    QCOMPARE(a.vendorClass, b.vendorClass);
    QCOMPARE(a.address, b.address);
    QCOMPARE(a.requestedAddress, b.requestedAddress);
    QCOMPARE(a.relay, b.relay);
    QCOMPARE(a.bootFile, b.bootFile);
    QCOMPARE(a.bootServer, b.bootServer);
    QCOMPARE(a.firmware, b.firmware);
    QCOMPARE(a.path, b.path);
    QCOMPARE(a.bytes, b.bytes);
    QCOMPARE(a.size, b.size);
    QCOMPARE(a.secs, b.secs);
    QCOMPARE(a.finding, b.finding);
    QCOMPARE(a.severity, b.severity);
}

} // namespace

class TestEventRecording : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip()
    {
        const BootEvent e = fullEvent();
        const QByteArray line = EventRecording::toLine(e);
        QVERIFY(line.endsWith('\n'));
        QCOMPARE(line.count('\n'), 1); // one line, whatever the summary holds
        QString error;
        const auto back = EventRecording::fromLine(line, &error);
        QVERIFY2(back, qPrintable(error));
        compareEvents(*back, e);

        BootEvent bare; // defaults stay defaults: no MAC, no transfer, info
        bare.msecs = 5;
        const QByteArray bareLine = EventRecording::toLine(bare);
        QCOMPARE(bareLine, QByteArray("{\"t\":5}\n"));
        const auto bareBack = EventRecording::fromLine(bareLine, &error);
        QVERIFY(bareBack);
        compareEvents(*bareBack, bare);
    }

    void stableKeys()
    {
        const QByteArray line = EventRecording::toLine(fullEvent());
        QVERIFY2(line.contains("\"protocol\":\"tftp\"") && line.contains("\"kind\":\"sent\""), line.constData());
        QVERIFY2(line.contains("\"bootServer\":\"10.77.0.1\"") && line.contains("\"firmware\":[\"pxe\",\"ipxe\"]"),
                 line.constData());
        // Every protocol and kind has a key of its own, and comes back as itself.
        QSet<QString> keys;
        for (int p = 0; p <= int(BootEvent::Protocol::Console); ++p) {
            const auto protocol = BootEvent::Protocol(p);
            QVERIFY(!keys.contains(BootEvent::protocolKey(protocol)));
            keys.insert(BootEvent::protocolKey(protocol));
            QCOMPARE(BootEvent::protocolFromKey(BootEvent::protocolKey(protocol)), protocol);
        }
        keys.clear();
        for (int k = 0; k <= int(BootEvent::Kind::Diagnosis); ++k) {
            BootEvent e = fullEvent();
            e.kind = BootEvent::Kind(k);
            QVERIFY(!keys.contains(BootEvent::kindKey(e.kind)));
            keys.insert(BootEvent::kindKey(e.kind));
            QVERIFY(!BootEvent::kindName(e.kind).isEmpty());
            QString error;
            const auto back = EventRecording::fromLine(EventRecording::toLine(e), &error);
            QVERIFY2(back, qPrintable(error));
            QCOMPARE(back->kind, e.kind);
        }
    }

    // Lines as releases before typed kinds wrote them: the facts that were
    // only in the summary's words come back as fields.
    void oldForm_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<int>("protocol");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("bootFile");
        QTest::addColumn<QString>("bootServer");
        QTest::addColumn<int>("firmware");
        QTest::addColumn<QString>("address");
        using K = BootEvent::Kind;
        using P = BootEvent::Protocol;
        using F = BootEvent::Firmware;
        QTest::newRow("DHCP OFFER with a boot file")
            << QByteArray("{\"t\":1764708818965,\"mac\":\"52:54:00:12:34:56\",\"protocol\":\"DHCP\",\"kind\":\"OFFER\","
                          "\"summary\":\"10.77.0.100, boot file boot/grub/i386-pc/core.0 from 10.77.0.1\","
                          "\"arch\":\"x86 BIOS\",\"vendorClass\":\"PXEClient:Arch:00000:UNDI:002001\",\"address\":172818532}")
            << int(P::Dhcp) << int(K::Offer) << u"boot/grub/i386-pc/core.0"_s << u"10.77.0.1"_s << int(F::Pxe)
            << u"10.77.0.100"_s;
        QTest::newRow("proxyDHCP ACK, boot file and a message")
            << QByteArray("{\"t\":1,\"mac\":\"52:54:00:12:34:56\",\"protocol\":\"proxyDHCP\",\"kind\":\"ACK\","
                          "\"summary\":\"boot file a, b.efi from 10.0.0.1, hello\",\"vendorClass\":\"HTTPClient:Arch:00016\"}")
            << int(P::ProxyDhcp) << int(K::Ack) << u"a, b.efi"_s << u"10.0.0.1"_s << int(F::HttpBoot) << u"0.0.0.0"_s;
        QTest::newRow("DISCOVER from iPXE")
            << QByteArray("{\"t\":1,\"mac\":\"52:54:00:12:34:56\",\"protocol\":\"DHCP\",\"kind\":\"DISCOVER\","
                          "\"summary\":\"x86 BIOS, iPXE, \\\"PXEClient:Arch:00000:UNDI:002001\\\"\","
                          "\"vendorClass\":\"PXEClient:Arch:00000:UNDI:002001\"}")
            << int(P::Dhcp) << int(K::Discover) << QString() << u"0.0.0.0"_s << int(F::Pxe | F::Ipxe) << u"0.0.0.0"_s;
        QTest::newRow("a vendor class that only mentions iPXE")
            << QByteArray("{\"t\":1,\"protocol\":\"DHCP\",\"kind\":\"DISCOVER\",\"summary\":\"x86 BIOS, \\\"my iPXE\\\"\"}")
            << int(P::Dhcp) << int(K::Discover) << QString() << u"0.0.0.0"_s << 0 << u"0.0.0.0"_s;
        QTest::newRow("BSDP ACK[SELECT]")
            << QByteArray("{\"t\":1,\"protocol\":\"BSDP\",\"kind\":\"ACK[SELECT]\",\"vendorClass\":\"AAPLBSDPC/i386/Mac\","
                          "\"summary\":\"Install (0x81000001): boot file boot/grub/x86_64-efi/mac.efi from 10.0.0.1\"}")
            << int(P::Bsdp) << int(K::AckSelect) << u"boot/grub/x86_64-efi/mac.efi"_s << u"10.0.0.1"_s
            << int(F::Apple) << u"0.0.0.0"_s;
        QTest::newRow("BSDP INFORM of a server's type")
            << QByteArray("{\"t\":1,\"protocol\":\"BSDP\",\"kind\":\"INFORM[FAILED]\"}") << int(P::Bsdp) << int(K::InformOther)
            << QString() << u"0.0.0.0"_s << 0 << u"0.0.0.0"_s;
        QTest::newRow("no boot file words in a REQUEST")
            << QByteArray("{\"t\":1,\"protocol\":\"DHCP\",\"kind\":\"REQUEST\",\"summary\":\"boot file x from 10.0.0.1\"}")
            << int(P::Dhcp) << int(K::Request) << QString() << u"0.0.0.0"_s << 0 << u"0.0.0.0"_s;
        QTest::newRow("TFTP read") << QByteArray("{\"t\":1,\"protocol\":\"TFTP\",\"kind\":\"read\",\"path\":\"x\"}") << int(P::Tftp)
                                   << int(K::Read) << QString() << u"0.0.0.0"_s << 0 << u"0.0.0.0"_s;
        QTest::newRow("HTTP install done") << QByteArray("{\"t\":1,\"protocol\":\"HTTP\",\"kind\":\"install done\"}")
                                           << int(P::Http) << int(K::InstallDone) << QString() << u"0.0.0.0"_s << 0
                                           << u"0.0.0.0"_s;
        QTest::newRow("console, English") << QByteArray("{\"t\":1,\"protocol\":\"Rackside\",\"kind\":\"started\"}")
                                          << int(P::Console) << int(K::Started) << QString() << u"0.0.0.0"_s << 0
                                          << u"0.0.0.0"_s;
        QTest::newRow("console, German") << QByteArray("{\"t\":1,\"protocol\":\"Rackside\",\"kind\":\"gestartet\"}")
                                         << int(P::Console) << int(K::Note) << QString() << u"0.0.0.0"_s << 0
                                         << u"0.0.0.0"_s;
    }

    void oldForm()
    {
        QFETCH(QByteArray, line);
        QFETCH(int, protocol);
        QFETCH(int, kind);
        QFETCH(QString, bootFile);
        QFETCH(QString, bootServer);
        QFETCH(int, firmware);
        QFETCH(QString, address);
        QString error;
        const auto e = EventRecording::fromLine(line, &error);
        QVERIFY2(e, qPrintable(error));
        QCOMPARE(int(e->protocol), protocol);
        QCOMPARE(int(e->kind), kind);
        QCOMPARE(e->bootFile, bootFile);
        QCOMPARE(QHostAddress(e->bootServer).toString(), bootServer);
        QCOMPARE(e->firmware.toInt(), firmware);
        QCOMPARE(QHostAddress(e->address).toString(), address);
        // Written again, it is in the new form and reads as the same event.
        const QByteArray again = EventRecording::toLine(*e);
        QVERIFY(!again.contains("\"protocol\":\"DHCP\""));
        const auto back = EventRecording::fromLine(again, &error);
        QVERIFY2(back, qPrintable(error));
        compareEvents(*back, *e);
    }

    void brokenLines_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("error");
        QTest::newRow("not JSON") << QByteArray("hello") << u""_s;
        QTest::newRow("an array") << QByteArray("[1,2]") << u"not a JSON object"_s;
        QTest::newRow("no time") << QByteArray("{\"kind\":\"ACK\"}") << u"\"t\""_s;
        QTest::newRow("time as text") << QByteArray("{\"t\":\"now\"}") << u"\"t\""_s;
        QTest::newRow("bad MAC") << QByteArray("{\"t\":1,\"mac\":\"52:54:00\"}") << u"\"mac\""_s;
        QTest::newRow("unknown severity") << QByteArray("{\"t\":1,\"severity\":\"doom\"}") << u"doom"_s;
        QTest::newRow("unknown kind") << QByteArray("{\"t\":1,\"protocol\":\"dhcp\",\"kind\":\"wave\"}") << u"wave"_s;
        QTest::newRow("unknown protocol") << QByteArray("{\"t\":1,\"protocol\":\"smtp\",\"kind\":\"sent\"}")
                                          << u"smtp"_s;
        QTest::newRow("old unknown kind") << QByteArray("{\"t\":1,\"protocol\":\"DHCP\",\"kind\":\"WAVE\"}")
                                          << u"WAVE"_s;
        QTest::newRow("address as number")
            << QByteArray("{\"t\":1,\"protocol\":\"tftp\",\"kind\":\"read\",\"address\":167772161}") << u"\"address\""_s;
        QTest::newRow("unknown firmware")
            << QByteArray("{\"t\":1,\"protocol\":\"dhcp\",\"kind\":\"discover\",\"firmware\":[\"bios\"]}") << u"bios"_s;
        QTest::newRow("cut in half") << EventRecording::toLine(fullEvent()).left(40) << u""_s;
        QTest::newRow("NUL bytes") << QByteArray("{\"t\":1\0\0}", 10) << u""_s;
    }

    void brokenLines()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, error);
        QString why;
        QVERIFY(!EventRecording::fromLine(line, &why));
        QVERIFY(!why.isEmpty());
        QVERIFY2(why.contains(error), qPrintable(why));
    }

    void readSkipsBrokenLines()
    {
        QByteArray data;
        for (int i = 0; i < 3; ++i) {
            BootEvent e = fullEvent();
            e.msecs += i;
            data += EventRecording::toLine(e);
        }
        data += "\n   \ngarbage\n";
        data += EventRecording::toLine(fullEvent()).left(30); // killed mid-write
        QBuffer buffer(&data);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        const auto read = EventRecording::read(&buffer);
        QCOMPARE(read.events.size(), 3);
        QCOMPARE(read.events.at(2).msecs, fullEvent().msecs + 2);
        QCOMPARE(read.errors.size(), 2);
        QVERIFY2(read.errors.first().startsWith(u"line 6: "_s), qPrintable(read.errors.first()));
        QVERIFY2(read.errors.last().startsWith(u"line 7: "_s), qPrintable(read.errors.last()));
    }
};

QTEST_GUILESS_MAIN(TestEventRecording)
#include "tst_eventrecording.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Timeline::EventRecording: events to JSON Lines and back, broken lines, a
// recording cut short by a kill.
#include "timeline/eventrecording.h"

#include <QBuffer>
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
    e.protocol = u"TFTP"_s;
    e.kind = u"sent"_s;
    e.summary = u"boot/grub/x86_64-efi/core.efi: 1,234 bytes in 0.2 s \"quoted\" ü"_s;
    e.arch = u"x64 UEFI"_s;
    e.vendorClass = u"PXEClient:Arch:00007:UNDI:003000"_s;
    e.address = 0x0a4d0065;
    e.path = u"boot/grub/x86_64-efi/core.efi"_s;
    e.bytes = 1234;
    e.size = 1234;
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
    QCOMPARE(a.path, b.path);
    QCOMPARE(a.bytes, b.bytes);
    QCOMPARE(a.size, b.size);
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

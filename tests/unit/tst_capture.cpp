// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/recorder.h"

#include <QTest>
#include <QtEndian>

using namespace Qt::StringLiterals;
using namespace Capture;

namespace {

Net::MacAddress machine(int n)
{
    return Net::MacAddress({0x52, 0x54, 0, 0, 0, quint8(n)});
}

// Walks the blocks of a pcapng file: their types, or an empty list if a
// length does not add up.
QList<quint32> blockTypes(const QByteArray &file)
{
    QList<quint32> types;
    qsizetype at = 0;
    while (at + 12 <= file.size()) {
        const quint32 type = qFromLittleEndian<quint32>(file.constData() + at);
        const quint32 length = qFromLittleEndian<quint32>(file.constData() + at + 4);
        if (length < 12 || length % 4 || at + length > file.size()
            || qFromLittleEndian<quint32>(file.constData() + at + length - 4) != length)
            return {};
        types.append(type);
        at += length;
    }
    return at == file.size() ? types : QList<quint32>{};
}

} // namespace

// tshark reading real captures is in tests/integration/network_doctor.sh;
// here, the file's structure and the recorder's bounds.
class TestCapture : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fileStructure()
    {
        Recorder r;
        r.setLocal(u"rack0"_s, machine(99), 0x0a000001);
        QVERIFY(r.pcapng(machine(1)).isEmpty());
        const Pcapng::Endpoint peer{machine(1), 0x0a000064, 68};
        r.datagram(machine(1), peer, r.local(67), QByteArray(300, 'x'));
        r.datagram(machine(1), r.local(69), peer, QByteArray(1472, 'y'), 132, u"cut"_s);
        r.segment(machine(1), peer, r.local(80), 1, 1, "GET / HTTP/1.1\r\n\r\n");
        const QByteArray file = r.pcapng(machine(1));
        QCOMPARE(blockTypes(file), (QList<quint32>{0x0A0D0D0A, 1, 6, 6, 6}));
        QCOMPARE(qFromLittleEndian<quint32>(file.constData() + 8), 0x1A2B3C4Du);
        // The cut datagram: 132 of its 1472 payload bytes kept.
        QCOMPARE(file.count('y'), 132);
    }

    void boundedPerMachine()
    {
        Recorder::Limits limits;
        limits.bytesPerMachine = 10'000;
        Recorder r(limits);
        const Pcapng::Endpoint peer{machine(1), 0x0a000064, 68};
        for (int i = 0; i < 100; ++i)
            r.datagram(machine(1), peer, r.local(67), QByteArray(500, char('a' + i % 26)));
        const QByteArray file = r.pcapng(machine(1));
        QVERIFY2(file.size() < 10'000 + 1000, qPrintable(QString::number(file.size())));
        QVERIFY(file.contains("the oldest")); // the section comment says packets were dropped
        QVERIFY(!blockTypes(file).isEmpty());
    }

    void boundedMachines()
    {
        Recorder::Limits limits;
        limits.machines = 5;
        Recorder r(limits);
        for (int i = 1; i <= 12; ++i)
            r.datagram(machine(i), {machine(i), 0, 68}, r.local(67), "x");
        QCOMPARE(r.machines().size(), 5);
        QVERIFY(!r.pcapng(machine(12)).isEmpty());
    }

    void saveNeedsPackets()
    {
        Recorder r;
        QString error;
        QVERIFY(!r.save(machine(7), u"/nonexistent/x.pcapng"_s, &error));
        QVERIFY(error.contains(u"nothing was seen"_s));
        r.datagram(machine(7), {machine(7), 0, 68}, r.local(67), "x");
        QVERIFY(!r.save(machine(7), u"/nonexistent/x.pcapng"_s, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCapture)
#include "tst_capture.moc"

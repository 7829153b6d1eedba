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

struct Block
{
    quint32 type = 0;
    QByteArray body; ///< between the two lengths
};

// Walks the blocks of a pcapng file, or returns none if a length does not add up.
QList<Block> blocks(const QByteArray &file)
{
    QList<Block> out;
    qsizetype at = 0;
    while (at + 12 <= file.size()) {
        const quint32 type = qFromLittleEndian<quint32>(file.constData() + at);
        const quint32 length = qFromLittleEndian<quint32>(file.constData() + at + 4);
        if (length < 12 || length % 4 || at + length > file.size()
            || qFromLittleEndian<quint32>(file.constData() + at + length - 4) != length)
            return {};
        out.append(Block{type, file.mid(at + 8, length - 12)});
        at += length;
    }
    return at == file.size() ? out : QList<Block>{};
}

QList<quint32> blockTypes(const QByteArray &file)
{
    QList<quint32> types;
    for (const Block &b : blocks(file))
        types.append(b.type);
    return types;
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
        // The cut datagram (the second packet): 42 + 132 bytes kept of 42 + 1472.
        const Block cut = blocks(file).at(3);
        QCOMPARE(qFromLittleEndian<quint32>(cut.body.constData() + 12), 42u + 132u); // captured
        QCOMPARE(qFromLittleEndian<quint32>(cut.body.constData() + 16), 42u + 1472u); // original
        QCOMPARE(cut.body.mid(20 + 42, 132), QByteArray(132, 'y'));
        QVERIFY(cut.body.contains("cut")); // its comment
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

    void boundedInAll()
    {
        Recorder::Limits limits;
        limits.bytes = 50'000;
        Recorder r(limits);
        for (int i = 1; i <= 200; ++i)
            r.datagram(machine(i), {machine(i), 0, 68}, r.local(67), QByteArray(1000, 'x'));
        qsizetype total = 0;
        for (const Net::MacAddress &m : r.machines())
            for (const Block &b : blocks(r.pcapng(m)))
                if (b.type == 6)
                    total += b.body.size() + 12;
        QVERIFY2(total <= 50'000 && total > 40'000, qPrintable(QString::number(total)));
        QVERIFY(!r.pcapng(machine(200)).isEmpty()); // the newest stay
        QVERIFY(r.pcapng(machine(1)).isEmpty());
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

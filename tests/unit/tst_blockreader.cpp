// SPDX-License-Identifier: GPL-3.0-or-later
// Tftp::BlockReader: every block of files around the read-ahead's edges,
// in order, rewound as a lost window is, and past the end; read errors.
#include "tftp/blockreader.h"

#include <QBuffer>
#include <QTest>

using namespace Qt::StringLiterals;
using Tftp::BlockReader;

namespace {

QByteArray pattern(qsizetype size)
{
    QByteArray out(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        out[i] = char((i * 7 + i / 509) & 0xff);
    return out;
}

// Counts read() calls; fails them past a given offset.
class CountingBuffer : public QBuffer
{
public:
    int reads = 0;
    qint64 failFrom = -1;

protected:
    qint64 readData(char *data, qint64 max) override
    {
        ++reads;
        if (failFrom >= 0 && pos() >= failFrom) {
            setErrorString(u"disk on fire"_s);
            return -1;
        }
        return QBuffer::readData(data, max);
    }
};

} // namespace

class TestBlockReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void inOrder_data()
    {
        QTest::addColumn<int>("blockSize");
        QTest::addColumn<qsizetype>("size");
        const qsizetype ahead512 = 64 * 1024, ahead1468 = 1468 * 44;
        for (qsizetype size : {qsizetype(0), qsizetype(1), qsizetype(511), qsizetype(512), qsizetype(513),
                               ahead512 - 1, ahead512, ahead512 + 1, 3 * ahead512 + 100})
            QTest::addRow("512, %lld bytes", qlonglong(size)) << 512 << size;
        for (qsizetype size : {qsizetype(1467), ahead1468, ahead1468 + 1468, ahead1468 * 2 + 5})
            QTest::addRow("1468, %lld bytes", qlonglong(size)) << 1468 << size;
        QTest::addRow("65464, two blocks and a bit") << 65464 << qsizetype(65464 * 2 + 3);
        QTest::addRow("8, odd sizes") << 8 << qsizetype(100'001);
    }

    void inOrder()
    {
        QFETCH(int, blockSize);
        QFETCH(qsizetype, size);
        const QByteArray file = pattern(size);
        CountingBuffer device;
        device.setData(file);
        QVERIFY(device.open(QIODevice::ReadOnly));
        BlockReader reader(&device, blockSize);
        QByteArray got;
        for (qint64 offset = 0;; offset += blockSize) {
            const auto block = reader.block(offset);
            QVERIFY(block);
            got += *block;
            if (block->size() < blockSize)
                break; // RFC 1350: a short block (perhaps empty) ends the file
        }
        QCOMPARE(got.size(), file.size());
        QVERIFY(got == file);
        // Read ahead: at most one read() per 64 KiB, plus the one that finds the end.
        QVERIFY2(device.reads <= size / (60 * 1024) + 2 + (blockSize > 64 * 1024 ? size / blockSize : 0),
                 qPrintable(u"%1 reads"_s.arg(device.reads)));
    }

    void rewind()
    {
        // A lost window of 16 is sent again: inside the buffer, and across a refill.
        const QByteArray file = pattern(500'000);
        CountingBuffer device;
        device.setData(file);
        QVERIFY(device.open(QIODevice::ReadOnly));
        BlockReader reader(&device, 1468);
        const auto at = [&](qint64 block) { return reader.block((block - 1) * 1468).value().toByteArray(); };
        for (qint64 b = 1; b <= 40; ++b)
            at(b);
        const int before = device.reads;
        QCOMPARE(at(25), file.mid(24 * 1468, 1468));
        QCOMPARE(device.reads, before); // still in the buffer
        for (qint64 b = 41; b <= 60; ++b)
            QCOMPARE(at(b), file.mid((b - 1) * 1468, 1468));
        QCOMPARE(at(30), file.mid(29 * 1468, 1468)); // before the buffer now: read again
        QCOMPARE(at(341), file.mid(340 * 1468)); // the last block, short
        QCOMPARE(at(342), QByteArray()); // past the end: empty, not an error
    }

    void readError()
    {
        CountingBuffer device;
        device.setData(pattern(200'000));
        device.failFrom = 100'000;
        QVERIFY(device.open(QIODevice::ReadOnly));
        BlockReader reader(&device, 512);
        QVERIFY(reader.block(0));
        const auto broken = reader.block(150'000);
        QVERIFY(!broken);
        QVERIFY2(reader.errorString().contains(u"disk on fire"_s), qPrintable(reader.errorString()));
    }
};

QTEST_GUILESS_MAIN(TestBlockReader)
#include "tst_blockreader.moc"

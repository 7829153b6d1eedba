// SPDX-License-Identifier: GPL-3.0-or-later
// The TFTP codec, option negotiation and the send window: good, truncated
// and hostile packets; RFC 2347/2348/2349/7440 option rules; block number
// rollover and duplicate ACKs.
#include "tftp/negotiation.h"
#include "tftp/packet.h"
#include "tftp/sendwindow.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Tftp;

namespace {
QByteArray bytes(const char *text, qsizetype size) { return QByteArray(text, size); }
#define RAW(s) bytes(s, sizeof(s) - 1)
} // namespace

class TestTftpPacket : public QObject
{
    Q_OBJECT

private slots:
    void decode_data();
    void decode();
    void roundTrip();
    void negotiate_data();
    void negotiate();
    void optionNumbers_data();
    void optionNumbers();
    void windowLockstep();
    void windowRollover();
    void windowLossRestartsAfterAck();
    void windowIgnoresStaleAndDuplicateAcks();
    void windowExactMultiple();
};

void TestTftpPacket::decode_data()
{
    QTest::addColumn<QByteArray>("packet");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("opcode");
    QTest::addColumn<QByteArray>("fileName");
    QTest::addColumn<QByteArray>("mode");
    QTest::addColumn<QByteArray>("options"); // "name=value;..." in order
    QTest::addColumn<int>("block");
    QTest::addColumn<QString>("why"); // part of the reason when rejected

    // Good: what real clients send.
    QTest::newRow("plain rrq") << RAW("\0\1pxelinux.0\0octet\0") << true << 1 << "pxelinux.0"_ba << "octet"_ba
                               << ""_ba << 0 << QString();
    QTest::newRow("ipxe rrq") << RAW("\0\1/boot/ipxe.efi\0octet\0blksize\0" "1432\0tsize\0" "0\0") << true << 1
                              << "/boot/ipxe.efi"_ba << "octet"_ba << "blksize=1432;tsize=0"_ba << 0 << QString();
    QTest::newRow("edk2 rrq, upper case") << RAW("\0\1grubx64.efi\0OCTET\0TSIZE\0" "0\0BlkSize\0" "1468\0WINDOWSIZE\0" "4\0")
                                          << true << 1 << "grubx64.efi"_ba << "octet"_ba
                                          << "tsize=0;blksize=1468;windowsize=4"_ba << 0 << QString();
    QTest::newRow("netascii") << RAW("\0\1a\0NetASCII\0") << true << 1 << "a"_ba << "netascii"_ba << ""_ba << 0
                              << QString();
    QTest::newRow("nul padding") << RAW("\0\1a\0octet\0\0\0\0") << true << 1 << "a"_ba << "octet"_ba << ""_ba << 0
                                 << QString();
    QTest::newRow("padding after options") << RAW("\0\1a\0octet\0blksize\0" "512\0\0\0") << true << 1 << "a"_ba
                                           << "octet"_ba << "blksize=512"_ba << 0 << QString();
    QTest::newRow("empty value last") << RAW("\0\1a\0octet\0x\0\0") << true << 1 << "a"_ba << "octet"_ba << "x="_ba
                                      << 0 << QString();
    QTest::newRow("duplicate option: first wins") << RAW("\0\1a\0octet\0blksize\0" "1024\0BLKSIZE\0" "8\0") << true << 1
                                                  << "a"_ba << "octet"_ba << "blksize=1024"_ba << 0 << QString();
    QTest::newRow("wrq") << RAW("\0\2up\0octet\0") << true << 2 << "up"_ba << "octet"_ba << ""_ba << 0 << QString();
    QTest::newRow("ack") << RAW("\0\4\x12\x34") << true << 4 << ""_ba << ""_ba << ""_ba << 0x1234 << QString();
    QTest::newRow("ack 0") << RAW("\0\4\0\0") << true << 4 << ""_ba << ""_ba << ""_ba << 0 << QString();
    QTest::newRow("ack 65535") << RAW("\0\4\xff\xff") << true << 4 << ""_ba << ""_ba << ""_ba << 65535 << QString();
    QTest::newRow("data") << RAW("\0\3\0\1hello") << true << 3 << ""_ba << ""_ba << ""_ba << 1 << QString();
    QTest::newRow("empty data") << RAW("\0\3\0\7") << true << 3 << ""_ba << ""_ba << ""_ba << 7 << QString();
    QTest::newRow("error") << RAW("\0\5\0\x08" "tsize probe\0") << true << 5 << ""_ba << ""_ba << ""_ba << 0 << QString();
    QTest::newRow("error without nul") << RAW("\0\5\0\1gone") << true << 5 << ""_ba << ""_ba << ""_ba << 0 << QString();
    QTest::newRow("oack") << RAW("\0\6blksize\0" "512\0") << true << 6 << ""_ba << ""_ba << "blksize=512"_ba << 0
                          << QString();

    // Truncated.
    QTest::newRow("empty") << QByteArray() << false << 0 << ""_ba << ""_ba << ""_ba << 0 << u"too short"_s;
    QTest::newRow("one byte") << RAW("\0") << false << 0 << ""_ba << ""_ba << ""_ba << 0 << u"too short"_s;
    QTest::newRow("rrq opcode only") << RAW("\0\1") << false << 0 << ""_ba << ""_ba << ""_ba << 0
                                     << u"file name not NUL-terminated"_s;
    QTest::newRow("rrq no nul") << RAW("\0\1pxelinux.0") << false << 0 << ""_ba << ""_ba << ""_ba << 0
                                << u"file name not NUL-terminated"_s;
    QTest::newRow("rrq no mode nul") << RAW("\0\1pxelinux.0\0oct") << false << 0 << ""_ba << ""_ba << ""_ba << 0
                                     << u"mode not NUL-terminated"_s;
    QTest::newRow("rrq option cut") << RAW("\0\1a\0octet\0blksize\0" "14") << false << 0 << ""_ba << ""_ba << ""_ba << 0
                                    << u"not NUL-terminated"_s;
    QTest::newRow("ack short") << RAW("\0\4\0") << false << 0 << ""_ba << ""_ba << ""_ba << 0 << u"too short"_s;
    QTest::newRow("data short") << RAW("\0\3\1") << false << 0 << ""_ba << ""_ba << ""_ba << 0 << u"too short"_s;
    QTest::newRow("error short") << RAW("\0\5\0") << false << 0 << ""_ba << ""_ba << ""_ba << 0 << u"too short"_s;

    // Hostile.
    QTest::newRow("opcode 0") << RAW("\0\0a\0octet\0") << false << 0 << ""_ba << ""_ba << ""_ba << 0
                              << u"unknown opcode 0"_s;
    QTest::newRow("opcode 7") << RAW("\0\7\0\0") << false << 0 << ""_ba << ""_ba << ""_ba << 0 << u"unknown opcode 7"_s;
    QTest::newRow("opcode 65535") << RAW("\xff\xff") << false << 0 << ""_ba << ""_ba << ""_ba << 0
                                  << u"unknown opcode 65535"_s;
    QTest::newRow("empty name") << RAW("\0\1\0octet\0") << false << 0 << ""_ba << ""_ba << ""_ba << 0
                                << u"empty file name"_s;
    QTest::newRow("empty mode") << RAW("\0\1a\0\0") << false << 0 << ""_ba << ""_ba << ""_ba << 0
                                << u"empty transfer mode"_s;
    QTest::newRow("option without value") << RAW("\0\1a\0octet\0blksize\0") << false << 0 << ""_ba << ""_ba << ""_ba
                                          << 0 << u"without a value"_s;
    QTest::newRow("empty option name") << RAW("\0\1a\0octet\0\0" "512\0") << false << 0 << ""_ba << ""_ba << ""_ba
                                       << 0 << u"empty option name"_s;
    QByteArray many = RAW("\0\1a\0octet\0");
    for (int i = 0; i < 40; ++i)
        many += "opt" + QByteArray::number(i) + '\0' + "1" + '\0';
    QTest::newRow("40 options") << many << false << 0 << ""_ba << ""_ba << ""_ba << 0 << u"40 options"_s;
    QByteArray huge = RAW("\0\1a\0octet\0");
    for (int i = 0; i < 5000; ++i)
        huge += "x\0" "1\0"_ba;
    QTest::newRow("5000 options") << huge << false << 0 << ""_ba << ""_ba << ""_ba << 0 << u"options"_s;
    QTest::newRow("oack odd") << RAW("\0\6blksize\0") << false << 0 << ""_ba << ""_ba << ""_ba << 0
                              << u"without a value"_s;
}

void TestTftpPacket::decode()
{
    QFETCH(QByteArray, packet);
    QFETCH(bool, ok);
    QFETCH(int, opcode);
    QFETCH(QByteArray, fileName);
    QFETCH(QByteArray, mode);
    QFETCH(QByteArray, options);
    QFETCH(int, block);
    QFETCH(QString, why);

    QString reason;
    const auto p = Packet::decode(packet, &reason);
    QCOMPARE(bool(p), ok);
    if (!ok) {
        QVERIFY2(reason.contains(why), qPrintable(reason));
        return;
    }
    QCOMPARE(int(p->opcode), opcode);
    QCOMPARE(p->fileName, fileName);
    QCOMPARE(p->mode, mode);
    QByteArrayList parts;
    for (const Option &o : p->options)
        parts << o.name + '=' + o.value;
    QCOMPARE(parts.join(';'), options);
    QCOMPARE(int(p->block), block);
}

void TestTftpPacket::roundTrip()
{
    const QList<Packet> packets = {
        Packet::readRequest("boot/grub/x86_64-efi/core.efi", "octet", {{"blksize", "1024"}, {"tsize", "0"}}),
        Packet::ack(0),
        Packet::ack(65535),
        Packet::dataBlock(42, QByteArray(1468, 'x')),
        Packet::dataBlock(1, {}),
        Packet::optionAck({{"windowsize", "16"}}),
        Packet::errorPacket(ErrorCode::FileNotFound, "file not found"),
        Packet::errorPacket(ErrorCode::NotDefined, "server busy: too many transfers"),
    };
    for (const Packet &p : packets) {
        const QByteArray wire = p.encode();
        QString why;
        const auto back = Packet::decode(wire, &why);
        QVERIFY2(back, qPrintable(why));
        QCOMPARE(back->encode(), wire);
        QCOMPARE(back->opcode, p.opcode);
        QCOMPARE(back->block, p.block);
        QCOMPARE(back->data, p.data);
        QCOMPARE(back->options, p.options);
        QCOMPARE(back->error, p.error);
        QCOMPARE(back->message, p.message);
    }
    // The exact bytes of an ERROR (RFC 1350 section 5).
    QCOMPARE(Packet::errorPacket(ErrorCode::OptionRefused, "no").encode(), RAW("\0\5\0\x08no\0"));
    char header[4];
    Packet::writeDataHeader(header, 0x0102);
    QCOMPARE(QByteArray(header, 4), RAW("\0\3\1\2"));
}

void TestTftpPacket::negotiate_data()
{
    QTest::addColumn<QByteArray>("request"); // options of an RRQ, "name=value;..."
    QTest::addColumn<qint64>("size");
    QTest::addColumn<int>("blockSize");
    QTest::addColumn<int>("windowSize");
    QTest::addColumn<int>("timeout");
    QTest::addColumn<QByteArray>("oack");

    QTest::newRow("none") << ""_ba << 100LL << 512 << 1 << 0 << ""_ba;
    QTest::newRow("ipxe") << "blksize=1432;tsize=0"_ba << 5000LL << 1432 << 1 << 0 << "blksize=1432;tsize=5000"_ba;
    QTest::newRow("grub") << "tsize=0;blksize=1024"_ba << 7LL << 1024 << 1 << 0 << "tsize=7;blksize=1024"_ba;
    QTest::newRow("edk2 window") << "tsize=0;blksize=1468;windowsize=4"_ba << 9LL << 1468 << 4 << 0
                                 << "tsize=9;blksize=1468;windowsize=4"_ba;
    QTest::newRow("tsize of an empty file left out (curl rejects 0)") << "tsize=0;blksize=1468"_ba << 0LL << 1468 << 1
                                                                      << 0 << "blksize=1468"_ba;
    QTest::newRow("blksize smallest") << "blksize=8"_ba << 1LL << 8 << 1 << 0 << "blksize=8"_ba;
    QTest::newRow("blksize too small ignored") << "blksize=7"_ba << 1LL << 512 << 1 << 0 << ""_ba;
    QTest::newRow("blksize largest") << "blksize=65464"_ba << 1LL << 65464 << 1 << 0 << "blksize=65464"_ba;
    QTest::newRow("blksize above RFC served at max") << "blksize=99999"_ba << 1LL << 65464 << 1 << 0
                                                     << "blksize=65464"_ba;
    QTest::newRow("blksize not a number") << "blksize=1k"_ba << 1LL << 512 << 1 << 0 << ""_ba;
    QTest::newRow("blksize negative") << "blksize=-1"_ba << 1LL << 512 << 1 << 0 << ""_ba;
    QTest::newRow("blksize huge digits") << "blksize=99999999999999999999"_ba << 1LL << 512 << 1 << 0 << ""_ba;
    QTest::newRow("blksize empty") << "blksize="_ba << 1LL << 512 << 1 << 0 << ""_ba;
    QTest::newRow("timeout echoed") << "timeout=3"_ba << 1LL << 512 << 1 << 3 << "timeout=3"_ba;
    QTest::newRow("timeout 0 ignored") << "timeout=0"_ba << 1LL << 512 << 1 << 0 << ""_ba;
    QTest::newRow("timeout 256 ignored") << "timeout=256"_ba << 1LL << 512 << 1 << 0 << ""_ba;
    QTest::newRow("windowsize capped") << "windowsize=1000"_ba << 1LL << 512 << 64 << 0 << "windowsize=64"_ba;
    QTest::newRow("windowsize 0 ignored") << "windowsize=0"_ba << 1LL << 512 << 1 << 0 << ""_ba;
    QTest::newRow("windowsize 65536 ignored") << "windowsize=65536"_ba << 1LL << 512 << 1 << 0 << ""_ba;
    QTest::newRow("tsize unknown size") << "tsize=0"_ba << -1LL << 512 << 1 << 0 << ""_ba;
    QTest::newRow("unknown options ignored") << "multicast=;rollover=0;blksize=1024"_ba << 1LL << 1024 << 1 << 0
                                             << "blksize=1024"_ba;
}

void TestTftpPacket::negotiate()
{
    QFETCH(QByteArray, request);
    QFETCH(qint64, size);
    QFETCH(int, blockSize);
    QFETCH(int, windowSize);
    QFETCH(int, timeout);
    QFETCH(QByteArray, oack);

    QList<Option> options;
    for (const QByteArray &pair : request.split(';')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        options.append({pair.left(eq), pair.mid(eq + 1)});
    }
    const Negotiation n = Negotiation::negotiate(options, size, Limits{});
    QCOMPARE(n.blockSize, blockSize);
    QCOMPARE(n.windowSize, windowSize);
    QCOMPARE(n.timeoutSecs, timeout);
    QByteArrayList parts;
    for (const Option &o : n.acknowledged)
        parts << o.name + '=' + o.value;
    QCOMPARE(parts.join(';'), oack);
    QCOMPARE(n.describe().isEmpty(), false);
}

void TestTftpPacket::optionNumbers_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("value");
    QTest::newRow("0") << "0"_ba << 0LL;
    QTest::newRow("1468") << "1468"_ba << 1468LL;
    QTest::newRow("leading zeros") << "0512"_ba << 512LL;
    QTest::newRow("ten digits") << "9999999999"_ba << 9999999999LL;
    QTest::newRow("eleven digits") << "99999999999"_ba << -1LL;
    QTest::newRow("space") << " 512"_ba << -1LL;
    QTest::newRow("plus") << "+512"_ba << -1LL;
    QTest::newRow("hex") << "0x200"_ba << -1LL;
    QTest::newRow("empty") << ""_ba << -1LL;
}

void TestTftpPacket::optionNumbers()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, value);
    QCOMPARE(optionNumber(text), value);
}

void TestTftpPacket::windowLockstep()
{
    SendWindow w(1, SendWindow::blockCount(1000, 512)); // blocks 1 (512) and 2 (488)
    QCOMPARE(w.last(), 2);
    QVERIFY(w.canSend());
    QCOMPARE(w.next(), 1);
    w.markSent();
    QVERIFY(!w.canSend());
    QCOMPARE(w.acknowledge(0), SendWindow::Ack::Ignored); // the OACK's ACK again
    QCOMPARE(w.acknowledge(2), SendWindow::Ack::Ignored); // not sent yet
    QCOMPARE(w.acknowledge(1), SendWindow::Ack::Advanced);
    QCOMPARE(w.acknowledge(1), SendWindow::Ack::Ignored); // duplicate: never resend on it
    QVERIFY(w.canSend());
    w.markSent();
    QCOMPARE(w.acknowledge(2), SendWindow::Ack::Complete);
    QVERIFY(w.complete());
}

void TestTftpPacket::windowRollover()
{
    // 70,000 blocks: numbers pass 65535 and continue at 0.
    const qint64 blocks = 70000;
    SendWindow w(16, blocks);
    qint64 sentTotal = 0;
    while (!w.complete()) {
        QList<quint16> sent;
        while (w.canSend()) {
            sent << SendWindow::wire(w.next());
            w.markSent();
            ++sentTotal;
        }
        QVERIFY(!sent.isEmpty());
        const auto r = w.acknowledge(sent.last());
        QVERIFY(r != SendWindow::Ack::Ignored);
    }
    QCOMPARE(sentTotal, blocks);
    QCOMPARE(SendWindow::wire(65535), quint16(65535));
    QCOMPARE(SendWindow::wire(65536), quint16(0));
    QCOMPARE(SendWindow::wire(65537), quint16(1));

    // An ACK 0 after the wrap means block 65536, not the OACK.
    SendWindow v(4, 70000);
    for (qint64 b = 1; b <= 65535; ++b) {
        v.markSent();
        QCOMPARE(v.acknowledge(SendWindow::wire(b)), SendWindow::Ack::Advanced);
    }
    v.markSent(); // 65536, wire 0
    QCOMPARE(v.acknowledge(0), SendWindow::Ack::Advanced);
    QCOMPARE(v.acked(), 65536);
    QCOMPARE(v.acknowledge(65535), SendWindow::Ack::Ignored);
}

void TestTftpPacket::windowLossRestartsAfterAck()
{
    SendWindow w(8, 100);
    while (w.canSend())
        w.markSent();
    QCOMPARE(w.next(), 9);
    // RFC 7440: the client got 1..3, lost 4, and acknowledges 3.
    QCOMPARE(w.acknowledge(3), SendWindow::Ack::Advanced);
    QCOMPARE(w.next(), 4);
    int resent = 0;
    while (w.canSend()) {
        w.markSent();
        ++resent;
    }
    QCOMPARE(resent, 8); // 4..11: one window, not more
    // The same ACK again (the client's duplicate for each later block) does nothing.
    QCOMPARE(w.acknowledge(3), SendWindow::Ack::Ignored);
    QCOMPARE(w.next(), 12);
    // A timeout rewinds to the first unacknowledged block.
    w.rewind();
    QCOMPARE(w.next(), 4);
}

void TestTftpPacket::windowIgnoresStaleAndDuplicateAcks()
{
    SendWindow w(4, 1000);
    while (w.canSend())
        w.markSent();
    QCOMPARE(w.acknowledge(4), SendWindow::Ack::Advanced);
    // An ACK storm of stale, duplicate and future numbers moves nothing.
    for (int i = 0; i < 10000; ++i) {
        const quint16 n = quint16(i % 3 == 0 ? 4 : i % 3 == 1 ? 2 : 60000);
        QCOMPARE(w.acknowledge(n), SendWindow::Ack::Ignored);
    }
    QCOMPARE(w.acked(), 4);
    QCOMPARE(w.next(), 5);
}

void TestTftpPacket::windowExactMultiple()
{
    // 1024 bytes at 512: two full blocks and an empty third (RFC 1350 section 6).
    QCOMPARE(SendWindow::blockCount(1024, 512), 3);
    QCOMPARE(SendWindow::blockCount(0, 512), 1);
    QCOMPARE(SendWindow::blockCount(511, 512), 1);
    QCOMPARE(SendWindow::blockCount(64LL * 1024 * 1024, 512), 131073);
}

QTEST_GUILESS_MAIN(TestTftpPacket)
#include "tst_tftppacket.moc"

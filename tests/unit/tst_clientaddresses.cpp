// SPDX-License-Identifier: GPL-3.0-or-later
// Services::ClientAddresses: learnt from our DHCP leases, falling back to a
// neighbour table in /proc/net/arp format; safe from several threads.
#include "services/clientaddresses.h"

#include <QFile>
#include <QHostAddress>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using Services::ClientAddresses;

namespace {
quint32 ip(const char *text) { return QHostAddress(QString::fromLatin1(text)).toIPv4Address(); }
Net::MacAddress mac(const char *text) { return *Net::MacAddress::parse(QString::fromLatin1(text)); }

const QByteArray Table = "IP address       HW type     Flags       HW address            Mask     Device\n"
                         "10.77.0.5        0x1         0x2         52:54:00:aa:bb:05     *        srv0\n"
                         "10.77.0.6        0x1         0x0         00:00:00:00:00:00     *        srv0\n"
                         "10.77.0.7        0x1         0x6         52:54:00:aa:bb:07     *        srv0\n"
                         "10.77.0.50       0x1         0x2         52:54:00:aa:bb:32     *        srv0\n";
} // namespace

class TestClientAddresses : public QObject
{
    Q_OBJECT

private slots:
    void neighbourTable_data();
    void neighbourTable();
    void learnsFromDhcp();
    void fallsBackToTheTable();
    void manyThreads();
};

void TestClientAddresses::neighbourTable_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("mac");
    QTest::newRow("complete") << u"10.77.0.5"_s << u"52:54:00:aa:bb:05"_s;
    QTest::newRow("incomplete entry") << u"10.77.0.6"_s << QString();
    QTest::newRow("permanent") << u"10.77.0.7"_s << u"52:54:00:aa:bb:07"_s;
    QTest::newRow("prefix of another") << u"10.77.0.50"_s << u"52:54:00:aa:bb:32"_s;
    QTest::newRow("absent") << u"10.77.0.9"_s << QString();
}

void TestClientAddresses::neighbourTable()
{
    QFETCH(QString, address);
    QFETCH(QString, mac);
    const Net::MacAddress found = ClientAddresses::fromNeighbourTable(Table, QHostAddress(address).toIPv4Address());
    QCOMPARE(found.isNull() ? QString() : found.toString(), mac);
    QVERIFY(ClientAddresses::fromNeighbourTable("garbage\n\n1 2 3\n", ip("10.77.0.5")).isNull());
}

void TestClientAddresses::learnsFromDhcp()
{
    ClientAddresses a(QString{}); // no neighbour table
    a.record(mac("52:54:00:12:34:56"), ip("10.77.0.100"));
    QCOMPARE(a.lookup(ip("10.77.0.100")), mac("52:54:00:12:34:56"));
    QVERIFY(a.lookup(ip("10.77.0.101")).isNull());

    a.record(mac("52:54:00:00:00:02"), ip("10.77.0.100")); // the address moved to another machine
    QCOMPARE(a.lookup(ip("10.77.0.100")), mac("52:54:00:00:00:02"));

    a.record(mac("52:54:00:00:00:03"), 0); // no address: nothing learnt
    a.record(Net::MacAddress(), ip("10.77.0.102"));
    QCOMPARE(a.size(), 1);

    // A release by a machine that no longer holds the address changes nothing.
    a.forget(mac("52:54:00:12:34:56"), ip("10.77.0.100"));
    QCOMPARE(a.lookup(ip("10.77.0.100")), mac("52:54:00:00:00:02"));
    a.forget(mac("52:54:00:00:00:02"), ip("10.77.0.100"));
    QVERIFY(a.lookup(ip("10.77.0.100")).isNull());
    QCOMPARE(a.size(), 0);
}

void TestClientAddresses::fallsBackToTheTable()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"arp"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(Table);
    f.close();
    ClientAddresses a(path);
    QCOMPARE(a.lookup(ip("10.77.0.5")), mac("52:54:00:aa:bb:05"));
    a.record(mac("52:54:00:00:00:01"), ip("10.77.0.5")); // our own lease wins
    QCOMPARE(a.lookup(ip("10.77.0.5")), mac("52:54:00:00:00:01"));
    QVERIFY(a.lookup(ip("10.77.0.200")).isNull());
    QVERIFY(ClientAddresses(dir.filePath(u"missing"_s)).lookup(ip("10.77.0.5")).isNull());
}

void TestClientAddresses::manyThreads()
{
    ClientAddresses a(QString{});
    QList<QThread *> threads;
    for (int t = 0; t < 4; ++t) {
        threads << QThread::create([&a, t] {
            for (quint32 i = 0; i < 20000; ++i) {
                const quint32 address = 0x0a000000 + (i % 500);
                if (t % 2)
                    a.record(Net::MacAddress({2, 0, 0, 0, quint8(i >> 8), quint8(i)}), address);
                else
                    (void)a.lookup(address);
            }
        });
        threads.last()->start();
    }
    for (QThread *t : threads) {
        QVERIFY(t->wait(30000));
        delete t;
    }
    QCOMPARE(a.size(), 500);
}

QTEST_GUILESS_MAIN(TestClientAddresses)
#include "tst_clientaddresses.moc"

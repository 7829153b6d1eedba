// SPDX-License-Identifier: GPL-3.0-or-later
#include "dhcp/leasepool.h"
#include "dhcp/leasestore.h"

#include <QHostAddress>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Dhcp::Lease;
using Dhcp::LeasePool;

namespace {
quint32 ip(const char *text)
{
    return QHostAddress(QString::fromLatin1(text)).toIPv4Address();
}
Net::MacAddress mac(int n)
{
    return Net::MacAddress({0x02, 0, 0, 0, quint8(n >> 8), quint8(n)});
}
QByteArray key(int n)
{
    return QByteArray(1, 1) + QByteArray(reinterpret_cast<const char *>(mac(n).bytes().data()), 6);
}
LeasePool::Config config(const char *first = "10.0.0.100", const char *last = "10.0.0.109")
{
    LeasePool::Config c;
    c.network = ip("10.0.0.0");
    c.mask = ip("255.255.255.0");
    c.ranges = {{ip(first), ip(last)}};
    c.leaseTime = 600;
    c.reservations.insert(mac(500), {ip("10.0.0.20"), u"fixed"_s});
    return c;
}
} // namespace

class TestLeasePool : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void offersAreHeldSoSimultaneousClientsDiffer()
    {
        LeasePool pool(config("10.0.0.100", "10.0.1.99"));
        QSet<quint32> seen;
        for (int i = 0; i < 256; ++i) {
            const auto lease = pool.offer(key(i), mac(i), 0, {}, 1000);
            QVERIFY(lease);
            QVERIFY2(!seen.contains(lease->address), "two clients were offered one address");
            seen.insert(lease->address);
        }
    }

    void exhaustedPoolOffersNothingUntilOffersExpire()
    {
        LeasePool pool(config("10.0.0.100", "10.0.0.101"));
        QVERIFY(pool.offer(key(1), mac(1), 0, {}, 1000));
        QVERIFY(pool.offer(key(2), mac(2), 0, {}, 1000));
        QVERIFY(!pool.offer(key(3), mac(3), 0, {}, 1000));
        QVERIFY(pool.offer(key(3), mac(3), 0, {}, 1000 + 31)); // offer hold is 30 s
    }

    void requestFlow_data()
    {
        QTest::addColumn<QString>("requested");
        QTest::addColumn<bool>("otherServer");
        QTest::addColumn<int>("verdict");
        QTest::addColumn<QString>("reason");
        QTest::newRow("selecting, our offer") << u"offered"_s << false << int(LeasePool::Verdict::Ack) << QString();
        QTest::newRow("chose another server") << u"offered"_s << true << int(LeasePool::Verdict::Ignore)
                                              << u"another server"_s;
        QTest::newRow("wrong network") << u"192.168.5.5"_s << false << int(LeasePool::Verdict::Nak)
                                       << u"not on this network"_s;
        QTest::newRow("outside ranges") << u"10.0.0.50"_s << false << int(LeasePool::Verdict::Nak)
                                        << u"outside the dynamic ranges"_s;
        QTest::newRow("someone's reservation") << u"10.0.0.20"_s << false << int(LeasePool::Verdict::Nak)
                                               << u"reserved for"_s;
        QTest::newRow("held by another") << u"10.0.0.109"_s << false << int(LeasePool::Verdict::Nak)
                                         << u"leased to another client"_s;
    }

    void requestFlow()
    {
        QFETCH(QString, requested);
        QFETCH(bool, otherServer);
        QFETCH(int, verdict);
        QFETCH(QString, reason);
        LeasePool pool(config());
        QVERIFY(pool.request(key(9), mac(9), ip("10.0.0.109"), 0, false, {}, 1000).verdict
                == LeasePool::Verdict::Ack);
        const auto offer = pool.offer(key(1), mac(1), 0, {}, 1000);
        QVERIFY(offer);
        const quint32 address = requested == u"offered"_s ? offer->address : QHostAddress(requested).toIPv4Address();
        const auto answer = pool.request(key(1), mac(1), address, 0, otherServer, u"client1"_s, 1001);
        QCOMPARE(int(answer.verdict), verdict);
        QVERIFY2(answer.reason.contains(reason), qPrintable(answer.reason));
        if (answer.verdict == LeasePool::Verdict::Ack) {
            QCOMPARE(answer.lease.state, Lease::State::Bound);
            QCOMPARE(answer.lease.expires, 1001 + 600);
            QCOMPARE(answer.lease.hostname, u"client1"_s);
        }
        if (otherServer) // our offer is freed at once
            QVERIFY(!pool.leaseByKey(key(1)));
    }

    void reservationGetsFixedAddressAndName()
    {
        LeasePool pool(config());
        const auto offer = pool.offer(key(500), mac(500), ip("10.0.0.105"), {}, 1000);
        QVERIFY(offer);
        QCOMPARE(offer->address, ip("10.0.0.20"));
        QCOMPARE(offer->hostname, u"fixed"_s);
        const auto wrong = pool.request(key(500), mac(500), ip("10.0.0.105"), 0, false, {}, 1000);
        QCOMPARE(wrong.verdict, LeasePool::Verdict::Nak);
    }

    void renewReleaseAndAffinity()
    {
        LeasePool pool(config());
        const auto a = pool.request(key(1), mac(1), ip("10.0.0.103"), 0, false, {}, 1000);
        QCOMPARE(a.verdict, LeasePool::Verdict::Ack);
        const auto renew = pool.request(key(1), mac(1), 0, ip("10.0.0.103"), false, {}, 1200);
        QCOMPARE(renew.verdict, LeasePool::Verdict::Ack);
        QCOMPARE(renew.lease.expires, 1800);
        QVERIFY(pool.release(key(1), ip("10.0.0.103"), 1300));
        QVERIFY(!pool.release(key(2), ip("10.0.0.103"), 1300)); // not yours to release
        // Other clients get untouched addresses first; the old one waits for its owner.
        for (int i = 2; i < 8; ++i)
            QVERIFY(pool.offer(key(i), mac(i), 0, {}, 1400)->address != ip("10.0.0.103"));
        QCOMPARE(pool.offer(key(1), mac(1), 0, {}, 1400)->address, ip("10.0.0.103"));
    }

    void declinedAddressIsSetAside()
    {
        LeasePool pool(config("10.0.0.100", "10.0.0.100"));
        QCOMPARE(pool.request(key(1), mac(1), ip("10.0.0.100"), 0, false, {}, 1000).verdict,
                 LeasePool::Verdict::Ack);
        QVERIFY(pool.decline(key(1), ip("10.0.0.100"), 1001));
        QVERIFY(!pool.offer(key(2), mac(2), 0, {}, 1002)); // nothing else to give
        QVERIFY(pool.offer(key(2), mac(2), 0, {}, 1001 + 601)); // decline hold over
    }

    void expiredLeasesAreReclaimed()
    {
        LeasePool pool(config("10.0.0.100", "10.0.0.101"));
        QCOMPARE(pool.request(key(1), mac(1), ip("10.0.0.100"), 0, false, {}, 1000).verdict, LeasePool::Verdict::Ack);
        QCOMPARE(pool.request(key(2), mac(2), ip("10.0.0.101"), 0, false, {}, 1000).verdict, LeasePool::Verdict::Ack);
        QVERIFY(!pool.offer(key(3), mac(3), 0, {}, 1500));
        QVERIFY(pool.offer(key(3), mac(3), 0, {}, 1601));
    }

    void storeSurvivesTornLastLineAndCompacts()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"site.json.leases"_s);
        Dhcp::LeaseStore store(path);
        Lease l;
        l.address = ip("10.0.0.100");
        l.clientKey = key(1);
        l.mac = mac(1);
        l.hostname = u"name with space"_s;
        l.expires = 2000;
        l.state = Lease::State::Bound;
        QVERIFY(store.record(l));
        l.state = Lease::State::Released;
        QVERIFY(store.record(l));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::Append));
            f.write("bound 10.0.0.101 02:00:00:00:00:02 20"); // killed mid-write
        }
        QStringList problems;
        const auto loaded = Dhcp::LeaseStore(path).load(&problems);
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.first(), l);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().contains(u"incomplete last line"_s));
        QVERIFY(store.compact(loaded));
        QCOMPARE(Dhcp::LeaseStore(path).load(), loaded);
        QVERIFY(!Dhcp::LeaseStore::decodeLine("bound 10.0.0.300 02:00:00:00:00:02 20 - -"));
        QVERIFY(!Dhcp::LeaseStore::decodeLine("bound 10.0.0.3 02:00:00:00:00:02 20 zz -"));
    }
};

QTEST_GUILESS_MAIN(TestLeasePool)
#include "tst_leasepool.moc"
